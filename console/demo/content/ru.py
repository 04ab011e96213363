"""Russian-speaking customers."""

from __future__ import annotations

from console.demo.spec import (
    SampleCall,
    SampleConversation,
    SampleCustomer,
    customer,
    days,
    hours,
    owner,
    pdf,
)
from console.domain.customers import CustomerKind
from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus

CONVERSATIONS = (
    SampleConversation(
        SampleCustomer("Ольга Смирнова", "olga.smirnova@pochta.example", "ru"),
        "Доставка в Москву",
        (
            customer(
                hours(9),
                "Здравствуйте!\n\nВы отправляете заказы в Россию? Сколько стоит доставка "
                "в Москву и сколько она займёт?\n\nС уважением,\nОльга",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Дмитрий Иванов", "d.ivanov@pochta.example", "ru", phones=("+79165550123",)),
        "Заказ #1044 не пришёл",
        (
            customer(
                days(3.5),
                "Добрый день!\n\nЗаказ #1044 оплачен три недели назад, но посылки всё ещё "
                "нет. Трек-номер не отслеживается.\n\nДмитрий",
            ),
            owner(
                days(3.2),
                "Здравствуйте, Дмитрий!\n\nПосылка прошла таможню в Москве, трек-номер "
                "обновится в течение пары дней. Извините за задержку.\n\nИвана",
            ),
            customer(days(1), "Всё ещё ничего нет. Позвоните мне, пожалуйста."),
        ),
        calls=(
            SampleCall(
                hours(22),
                CallOutcome.WRONG_NUMBER,
                "Номер в заказе неверный: попросить правильный номер по почте.",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Елена Козлова", "elena.kozlova@pochta.example", "ru"),
        "Спасибо за подарок",
        (
            customer(
                days(18),
                "Ивана, спасибо огромное! Мыло чудесно пахнет, мама в восторге.\n\nЕлена",
            ),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer(
            "Наталья Попова",
            "zakaz@lavka-provans.example",
            "ru",
            kind=CustomerKind.BUSINESS,
            company="ИП Попова (магазин «Лавка Прованс»)",
        ),
        "Оптовый заказ для магазина",
        (
            customer(
                days(6),
                "Здравствуйте!\n\nУ нас небольшой магазин в Санкт-Петербурге. Интересует "
                "оптовая поставка мыла и масла. Пришлите, пожалуйста, прайс-лист.\n\n"
                "Наталья Попова",
            ),
            owner(
                days(5.1),
                "Здравствуйте, Наталья!\n\nПрайс-лист во вложении. Минимальный заказ — "
                "12 бутылок или 24 куска мыла.\n\nС уважением,\nИвана",
                pdf("Price-list-2026.pdf"),
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Сергей Волков", "volkov.s@pochta.example", "ru"),
        "Возврат масленки",
        (
            customer(
                days(25),
                "Здравствуйте. Масленка пришла с трещиной. Хочу вернуть деньги.\n\nСергей",
            ),
            owner(
                days(24.5),
                "Сергей, извините! Деньги вернула на карту, масленку отправлять не нужно.\n\nИвана",
            ),
            customer(days(22), "Деньги пришли, спасибо.", quote=False),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer("Анна Морозова", "anna.morozova@pochta.example", "ru"),
        "Состав мыла",
        (
            customer(
                hours(36),
                "Добрый день! Подскажите, пожалуйста, состав лавандового мыла. Подходит "
                "ли оно для детей?\n\nАнна",
            ),
        ),
    ),
)
