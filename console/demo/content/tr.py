"""Turkish customers."""

from __future__ import annotations

from console.demo.spec import (
    SampleConversation,
    SampleCustomer,
    csv,
    customer,
    days,
    hours,
    minutes,
    owner,
)
from console.domain.customers import CustomerKind
from console.domain.status import ConversationStatus

CONVERSATIONS = (
    SampleConversation(
        SampleCustomer("Ayşe Yılmaz", "ayse.yilmaz@posta.example", "tr"),
        "Siparişim nerede? #1045",
        (
            customer(
                hours(11),
                "Merhaba,\n\nsiparişimi 10 gün önce verdim ama kargo takip numarası "
                "çalışmıyor. Siparişim ne zaman gelir?\n\nTeşekkürler,\nAyşe",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer(
            "Mehmet Demir",
            "mehmet@demir-organik.example",
            "tr",
            kind=CustomerKind.BUSINESS,
            company="Demir Organik Ltd. Şti.",
            phones=("+905325550123",),
        ),
        "Toptan sipariş hakkında",
        (
            customer(
                days(5),
                "Merhaba,\n\nİstanbul'da organik ürünler satan bir mağazamız var. "
                "Zeytinyağı ve sabunlarınız için toptan fiyat listesi alabilir miyiz?\n\n"
                "İyi çalışmalar,\nMehmet Demir",
                html=True,
            ),
            owner(
                days(4.2),
                "Merhaba Mehmet Bey,\n\nfiyat listemiz ekte. Türkiye'ye gönderimlerde "
                "gümrük işlemleri alıcıya aittir.\n\nSaygılarımla,\nIvana",
                csv("fiyat-listesi.csv"),
            ),
            customer(
                days(3),
                "Teşekkürler, fiyatları değerlendirip size dönüş yapacağız.\n\nMehmet",
            ),
        ),
        status=ConversationStatus.WAITING,
    ),
    SampleConversation(
        SampleCustomer("Zeynep Kaya", "zeynep.kaya@posta.example", "tr"),
        "Gümrük vergisi",
        (
            customer(
                days(2.2),
                "Merhaba, Türkiye'ye gönderimde gümrük vergisi ödemem gerekir mi?\n\nZeynep",
            ),
            owner(
                days(2),
                "Merhaba Zeynep Hanım,\n\nAB dışı gönderilerde gümrük vergisi alıcıya "
                "aittir; tutar kargo şirketi tarafından teslimatta tahsil edilir.\n\n"
                "Saygılarımla,\nIvana",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Emre Şahin", "emre.sahin@mail.example", "tr"),
        "Teşekkürler",
        (
            customer(
                days(14),
                "Merhaba, ürünler çok güzel paketlenmiş, elinize sağlık!\n\nEmre",
            ),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer("Elif Arslan", "elif.arslan@posta.example", "tr"),
        "Sabun kokusu",
        (
            customer(
                minutes(45),
                "Merhaba,\n\nlavanta sabununun kokusu çok yoğun mu? Hediye olarak almak "
                "istiyorum.\n\nElif",
            ),
        ),
    ),
)
