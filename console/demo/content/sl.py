"""Slovenian customers."""

from __future__ import annotations

from console.demo.spec import (
    SampleConversation,
    SampleCustomer,
    customer,
    days,
    hours,
    owner,
    pdf,
    photo,
)
from console.domain.customers import CustomerKind
from console.domain.status import ConversationStatus

CONVERSATIONS = (
    SampleConversation(
        SampleCustomer("Mojca Kranjc", "mojca.kranjc@posta.example", "sl"),
        "Dostava v Ljubljano",
        (
            customer(
                hours(20),
                "Pozdravljeni,\n\nkoliko časa traja dostava v Ljubljano? Ali lahko plačam "
                "po povzetju?\n\nLep pozdrav,\nMojca",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer(
            "Janez Novak",
            "janez@novak-sp.example",
            "sl",
            kind=CustomerKind.BUSINESS,
            company="Novak s.p.",
            vat_number="SI 12345679",
        ),
        "Račun za podjetje",
        (
            customer(
                days(4),
                "Spoštovani,\n\nprosim za račun na podjetje Novak s.p., ID za DDV "
                "SI 12345679, za naročilo #1035.\n\nLep pozdrav,\nJanez Novak",
            ),
            owner(
                days(3.8),
                "Spoštovani gospod Novak,\n\nračun je v prilogi. Hvala za naročilo!\n\n"
                "Lep pozdrav,\nIvana",
                pdf("Racun-2026-0176.pdf"),
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Špela Zupan", "spela.zupan@mail.example", "sl"),
        "Poškodovana steklenička",
        (
            customer(
                days(9),
                "Pozdravljeni,\n\nsteklenička olja je prispela počena. Prilagam fotografijo."
                "\n\nŠpela",
                photo("steklenicka.png"),
            ),
            owner(
                days(8.6),
                "Draga Špela,\n\nzelo mi je žal! Novo stekleničko vam pošljem še danes.\n\nIvana",
            ),
            customer(days(7), "Hvala, nova je prispela cela.", quote=False),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer("Andrej Horvat", "andrej.horvat@posta.example", "sl"),
        "Darilni paket za sodelavce",
        (
            customer(
                hours(3.5),
                "Pozdravljeni,\n\nali bi lahko pripravili 12 darilnih paketov (olje in "
                "milo) za naše sodelavce? Potrebovali bi jih do konca meseca.\n\nAndrej",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Nina Potočnik", "nina.potocnik@mail.example", "sl"),
        "Vprašanje o olju",
        (
            customer(
                days(30),
                "Pozdravljeni, ali je vaše olje primerno tudi za cvrtje?\n\nNina",
            ),
            owner(
                days(29.5),
                "Pozdravljeni Nina,\n\nje, ekstra deviško olje prenese do 190 °C, za "
                "cvrtje pa priporočam navadno olivno olje.\n\nIvana",
            ),
        ),
        status=ConversationStatus.DONE,
    ),
)
