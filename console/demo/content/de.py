"""German-speaking customers."""

from __future__ import annotations

from console.demo.spec import (
    SampleConversation,
    SampleCustomer,
    SampleNote,
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
        SampleCustomer("Klaus Weber", "klaus.weber@mailbox.example", "de"),
        "Lieferzeit nach München",
        (
            customer(
                hours(7),
                "Guten Tag,\n\nwie lange dauert der Versand nach München? Ich bräuchte das "
                "Olivenöl bis Freitag für ein Geschenk.\n\nMit freundlichen Grüßen\n"
                "Klaus Weber",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer(
            "Sabine Müller",
            "einkauf@feinkost-mueller.example",
            "de",
            kind=CustomerKind.BUSINESS,
            company="Feinkost Müller GmbH",
            vat_number="DE 123456789",
            phones=("+4989555012345",),
            notes="Feinkostladen in Augsburg. Rechnung immer mit ausgewiesener MwSt.",
        ),
        "Rechnung mit ausgewiesener MwSt.",
        (
            customer(
                days(3),
                "Sehr geehrte Damen und Herren,\n\nfür unsere Buchhaltung benötigen wir "
                "eine Rechnung mit ausgewiesener Mehrwertsteuer und unserer USt-IdNr. "
                "DE 123456789 für die Bestellung #1036.\n\nMit freundlichen Grüßen\n"
                "Sabine Müller\nFeinkost Müller GmbH",
                html=True,
            ),
            owner(
                days(2.2),
                "Sehr geehrte Frau Müller,\n\nanbei die Rechnung mit Ihrer USt-IdNr. "
                "(innergemeinschaftliche Lieferung).\n\nMit freundlichen Grüßen\n"
                "Ivana Kovač",
                pdf("Rechnung-2026-0181.pdf"),
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Jürgen Schmidt", "j.schmidt@post.example", "de"),
        "Beschädigte Lieferung",
        (
            customer(
                hours(30),
                "Hallo,\n\nder Karton kam völlig durchnässt an, zwei Flaschen sind "
                "ausgelaufen. Foto anbei. Was machen wir jetzt?\n\nJürgen Schmidt",
                photo("Foto_Karton.png"),
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Anna Fischer", "anna.fischer@mail.example", "de"),
        "Frage zu den Inhaltsstoffen",
        (
            customer(
                days(5.5),
                "Hallo,\n\nist die Lavendelseife auch für sehr empfindliche Haut "
                "geeignet? Sind Duftstoffe zugesetzt?\n\nViele Grüße\nAnna",
            ),
            owner(
                days(5.2),
                "Liebe Anna,\n\nes ist nur ätherisches Lavendelöl drin, keine künstlichen "
                "Duftstoffe. Für sehr empfindliche Haut empfehle ich die Olivenölseife "
                "ohne Duft.\n\nViele Grüße\nIvana",
            ),
            customer(days(4), "Vielen Dank für die schnelle Antwort!"),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer("Thomas Wagner", "t.wagner@mailbox.example", "de"),
        "Stornierung Bestellung #1049",
        (
            customer(
                hours(2),
                "Guten Tag,\n\nbitte stornieren Sie meine Bestellung #1049. Ich habe aus "
                "Versehen zweimal bestellt, #1048 ist richtig.\n\nDanke und Gruß\n"
                "Thomas Wagner",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Monika Becker", "monika.becker@post.example", "de"),
        "Rücksendung Ölkännchen",
        (
            customer(
                days(10),
                "Hallo,\n\nich möchte das Ölkännchen zurückschicken, es tropft beim "
                "Ausgießen. Wie soll ich vorgehen?\n\nMonika Becker",
            ),
            owner(
                days(9.3),
                "Liebe Frau Becker,\n\ndas tut mir leid. Bitte schicken Sie es mit dem "
                "beiliegenden Rücksendeschein zurück, die Kosten übernehmen wir.\n\n"
                "Viele Grüße\nIvana",
                pdf("Ruecksendeschein.pdf"),
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer(
            "Stefan Hoffmann", "stefan.hoffmann@mail.example", "de", phones=("+4915155501234",)
        ),
        "Gastgeschenke für unsere Hochzeit",
        (
            customer(
                days(1.2),
                "Hallo Ivana,\n\nwir heiraten am 14. Juni und hätten gern 80 kleine "
                "Lavendelseifen als Gastgeschenke. Geht das mit Etiketten mit unseren "
                "Namen? Und bis wann müssten wir bestellen?\n\nLiebe Grüße\n"
                "Stefan & Julia",
            ),
        ),
        notes=(
            SampleNote(
                days(1),
                "Etiketten mit Namen: bei der Druckerei Jadran nach Preis "
                "und Lieferzeit fragen, dann antworten.",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Lena Schulz", "lena.schulz@mailbox.example", "de"),
        "Gutscheincode funktioniert nicht",
        (
            customer(
                days(8.4),
                "Hallo,\n\nder Gutscheincode FRUEHLING10 aus dem Newsletter funktioniert "
                "im Shop nicht.\n\nLG Lena",
            ),
            owner(
                days(8.2),
                "Hallo Lena,\n\nentschuldige, der Code war falsch eingestellt. Jetzt sollte "
                "er gehen!\n\nIvana",
            ),
            customer(days(7.9), "Jetzt hat es geklappt, danke!", quote=False),
        ),
        status=ConversationStatus.DONE,
    ),
)
