"""Croatian customers."""

from __future__ import annotations

from console.demo.spec import (
    SampleCall,
    SampleConversation,
    SampleCustomer,
    SampleNote,
    csv,
    customer,
    days,
    hours,
    owner,
    pdf,
    photo,
)
from console.domain.customers import CustomerKind
from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus

MARKO = SampleCustomer(
    "Marko Horvat",
    "marko.horvat@posta.example",
    "hr",
    phones=("+385915550101",),
    notes="Stalni kupac od 2023. Voli ulje u limenci od 3 l, plaća pouzećem.",
)
MAJA = SampleCustomer(
    "Maja Novak",
    "maja@suvenirnica-maliraj.example",
    "hr",
    kind=CustomerKind.BUSINESS,
    company="Suvenirnica Mali Raj, Hvar",
    vat_number="HR 48215679302",
    phones=("+385985550177",),
)

CONVERSATIONS = (
    SampleConversation(
        MARKO,
        "Narudžba #1047 – kada stiže?",
        (
            customer(
                hours(4),
                "Poštovani,\n\nnaručio sam dvije limenke ulja u ponedjeljak. Kada mogu "
                "očekivati dostavu? Idući tjedan putujem pa bih volio da stigne prije.\n\n"
                "Lijep pozdrav,\nMarko Horvat",
            ),
        ),
    ),
    SampleConversation(
        MARKO,
        "Ulje u limenci od 3 l?",
        (
            customer(
                days(40),
                "Pozdrav,\n\nimate li maslinovo ulje i u limenci od 3 litre? Kupio bih "
                "odmah dvije.\n\nMarko",
            ),
            owner(
                days(39.5),
                "Poštovani Marko,\n\nimamo, 3 l po 42 €. Narudžbu sam vam već pripremila, "
                "plaćanje pouzećem kao i prošli put.\n\nLijep pozdrav,\nIvana",
            ),
            customer(days(39), "Super, hvala puno!", quote=False),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        SampleCustomer(
            "Ana Jurić",
            "ana.juric@juric-doo.example",
            "hr",
            kind=CustomerKind.BUSINESS,
            company="Jurić d.o.o.",
            vat_number="HR 69435151530",
            phones=("+385912345678",),
            notes="Uvijek treba R1 račun (OIB 69435151530).",
        ),
        "R1 račun za narudžbu #1039",
        (
            customer(
                days(2),
                "Poštovani,\n\nmolim R1 račun za narudžbu #1039 na tvrtku Jurić d.o.o., "
                "OIB 69435151530, Ulica grada Vukovara 12, Zagreb.\n\nHvala,\nAna Jurić",
            ),
            owner(
                days(1.9),
                "Poštovana gospođo Jurić,\n\nu prilogu vam šaljem R1 račun. Hvala na "
                "narudžbi!\n\nLijep pozdrav,\nIvana Kovač",
                pdf("R1-racun-2026-0178.pdf"),
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Ivan Babić", "ivan.babic@posta.example", "hr", phones=("+385955550123",)),
        "Oštećena pošiljka",
        (
            customer(
                days(1),
                "Dobar dan,\n\npaket je stigao oštećen, jedna bočica ulja je razbijena. "
                "Šaljem sliku.\n\nIvan Babić",
                photo("paket.png"),
            ),
        ),
        calls=(
            SampleCall(
                hours(20),
                CallOutcome.REACHED,
                "Dogovorili zamjenu: nova bočica ide sutra s GLS-om. Poslati mu i potvrdu mailom.",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Petra Knežević", "petra.knezevic@mail.example", "hr"),
        "Poklon bon?",
        (
            customer(
                hours(6),
                "Bok!\n\nImate li poklon bonove? Htjela bih sestri za rođendan pokloniti "
                "bon od 50 eura, najbolje u PDF-u da ga mogu isprintati.\n\nHvala,\nPetra",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Tomislav Perić", "tperic@posta.example", "hr"),
        "Povrat novca za narudžbu #0991",
        (
            customer(
                days(15),
                "Poštovani,\n\nvratio sam keramičku posudu jer nije odgovarala. Kada mogu "
                "očekivati povrat novca?\n\nTomislav Perić",
            ),
            owner(
                days(14.5),
                "Poštovani,\n\nposuda je stigla, povrat ćemo uplatiti ovaj tjedan.\n\nIvana",
            ),
            customer(days(13), "Hvala, novac je sjeo na račun.", quote=False),
        ),
        status=ConversationStatus.DONE,
    ),
    SampleConversation(
        MAJA,
        "Veleprodaja – sapuni za sezonu",
        (
            customer(
                days(4),
                "Poštovani,\n\nimamo suvenirnicu na Hvaru i za sezonu bismo trebali oko "
                "100 sapuna od lavande, po mogućnosti zapakiranih pojedinačno. Možete li "
                "poslati veleprodajni cjenik?\n\nLijep pozdrav,\nMaja Novak",
            ),
            owner(
                days(3.2),
                "Poštovana gospođo Novak,\n\nu prilogu je cjenik. Za 100 komada odobravamo "
                "15 % popusta, a pojedinačno pakiranje je uključeno.\n\nLijep pozdrav,\n"
                "Ivana",
                csv("cjenik-veleprodaja.csv"),
            ),
            customer(
                days(2),
                "Hvala! Možete li me nazvati sutra prijepodne da dogovorimo detalje? "
                "Broj je 098 555 0177.\n\nMaja",
            ),
        ),
        notes=(
            SampleNote(days(1.9), "Sezona kreće u svibnju – isporuka najkasnije do 20. travnja."),
        ),
        calls=(
            SampleCall(
                days(1),
                CallOutcome.VOICEMAIL,
                "Ostavila poruku na sekretarici. Nazvat ću je opet sutra poslijepodne.",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Luka Matić", "luka.matic@mail.example", "hr"),
        "Dostava na otok Vis",
        (
            customer(
                days(2.5),
                "Pozdrav,\n\ndostavljate li i na Vis? Koliko to traje i košta li više?\n\nLuka",
            ),
            owner(
                days(2.3),
                "Bok Luka,\n\ndostavljamo! Na otoke treba 2 do 3 radna dana, a cijena je "
                "ista kao na kopnu.\n\nIvana",
            ),
        ),
    ),
    SampleConversation(
        SampleCustomer("Katarina Vuković", "kata.vukovic@posta.example", "hr"),
        "Hvala!",
        (
            customer(
                days(20),
                "Draga Ivana,\n\nsve je stiglo, prekrasno zapakirano. Hvala i na malom "
                "sapunu koji ste dodali!\n\nKatarina",
            ),
        ),
        status=ConversationStatus.DONE,
    ),
)
