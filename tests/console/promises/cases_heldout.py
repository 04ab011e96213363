"""Held-out promise sentences: written before the detector, never tuned against.

Same format and clock as ``cases_main``: every language is read at Sunday
2026-11-22 10:00 in its shop's time zone.  Each case is ``(text, expected)`` where
``expected`` lists ``(action, due)`` pairs, ``due`` a local date or date-time.
"""

from __future__ import annotations

Case = tuple[str, list[tuple[str, str]]]

HELDOUT: dict[str, list[Case]] = {
    "en": [
        (
            "Hi Sarah, I'll give you a ring on Tuesday to sort out the delivery address.",
            [("call", "2026-11-24")],
        ),
        (
            "Thanks for your patience. We'll dispatch your order first thing tomorrow.",
            [("ship", "2026-11-23")],
        ),
        (
            "I will send you the tracking number by Thursday at the latest.",
            [("send", "2026-11-26")],
        ),
        ("We posted the parcel on Friday, so it should be with you soon.", []),
        ("If anything is unclear, just give us a call.", []),
        (
            "I'll check with the supplier and get back to you on Monday.",
            [("reply", "2026-11-23")],
        ),
        ("Your refund will be processed within 5 days.", [("refund", "2026-11-27")]),
        ("We spoke on the phone yesterday and agreed on the new colour.", []),
        ("I'll call you back at 4 pm today.", [("call_back", "2026-11-22T16:00")]),
        ("Let me know if the size fits!", []),
        (
            "I'll ring you on Wednesday morning and we'll ship the replacement on 3 December.",
            [("call", "2026-11-25"), ("ship", "2026-12-03")],
        ),
        ("Feel free to visit our shop any Saturday.", []),
        (
            "We'll pop round to install the shelf next Thursday at 10.",
            [("visit", "2026-11-26T10:00")],
        ),
    ],
    "hr": [
        (
            "Poštovani, nazvat ću vas u utorak oko 11 sati da dogovorimo dostavu.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Paket šaljemo sutra ujutro, čim otvori pošta.", [("ship", "2026-11-23")]),
        ("Račun ću vam poslati najkasnije do četvrtka.", [("send", "2026-11-26")]),
        ("Jučer smo vam poslali paket preko GLS-a.", []),
        ("Ako imate bilo kakvih pitanja, slobodno nas nazovite.", []),
        (
            "Provjerit ću sa dobavljačem pa vam se javim u ponedjeljak.",
            [("reply", "2026-11-23")],
        ),
        ("Povrat novca izvršit ćemo u roku od 5 dana.", [("refund", "2026-11-27")]),
        ("Razgovarali smo telefonom prošli tjedan.", []),
        ("Vratit ću vam poziv danas u 16 h.", [("call_back", "2026-11-22T16:00")]),
        ("Javite nam se ako nešto ne bude u redu.", []),
        (
            "Sutra vas zovem, a narudžbu šaljemo 3. prosinca.",
            [("call", "2026-11-23"), ("ship", "2026-12-03")],
        ),
        ("Možete nas posjetiti u trgovini svake subote.", []),
        ("Dolazimo u četvrtak u 10 sati montirati policu.", [("visit", "2026-11-26T10:00")]),
    ],
    "de": [
        (
            "Ich rufe Sie am Dienstag gegen 11 Uhr an, um die Lieferung abzustimmen.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Wir versenden Ihr Paket gleich morgen früh.", [("ship", "2026-11-23")]),
        ("Die Rechnung schicke ich Ihnen spätestens bis Donnerstag.", [("send", "2026-11-26")]),
        ("Wir haben das Paket gestern mit DHL verschickt.", []),
        ("Bei Fragen rufen Sie uns gerne an.", []),
        (
            "Ich kläre das mit dem Lieferanten und melde mich am Montag bei Ihnen.",
            [("reply", "2026-11-23")],
        ),
        ("Die Erstattung erfolgt innerhalb von 5 Tagen.", [("refund", "2026-11-27")]),
        ("Wir hatten letzte Woche telefoniert.", []),
        ("Ich rufe Sie heute um 16 Uhr zurück.", [("call_back", "2026-11-22T16:00")]),
        ("Melden Sie sich einfach, falls etwas nicht passt.", []),
        (
            "Ich rufe Sie morgen an und die Bestellung geht am 3. Dezember raus.",
            [("call", "2026-11-23"), ("ship", "2026-12-03")],
        ),
        ("Sie können uns jeden Samstag im Laden besuchen.", []),
        (
            "Wir kommen am Donnerstag um 10 Uhr vorbei und montieren das Regal.",
            [("visit", "2026-11-26T10:00")],
        ),
    ],
    "ru": [
        (
            "Здравствуйте! Позвоню вам во вторник около 11 часов, чтобы согласовать доставку.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Посылку отправим завтра утром.", [("ship", "2026-11-23")]),
        ("Счёт пришлю не позднее четверга.", [("send", "2026-11-26")]),
        ("Вчера мы отправили вам посылку через СДЭК.", []),
        ("Если будут вопросы, звоните в любое время.", []),
        ("Уточню у поставщика и отвечу вам в понедельник.", [("reply", "2026-11-23")]),
        ("Деньги вернём в течение 5 дней.", [("refund", "2026-11-27")]),
        ("Мы созванивались на прошлой неделе.", []),
        ("Перезвоню вам сегодня в 16:00.", [("call_back", "2026-11-22T16:00")]),
        ("Напишите нам, если что-то не подойдёт.", []),
        (
            "Завтра позвоню, а заказ отправим 3 декабря.",
            [("call", "2026-11-23"), ("ship", "2026-12-03")],
        ),
        ("Вы можете заехать к нам в магазин в любую субботу.", []),
        ("Приедем в четверг в 10 часов и установим полку.", [("visit", "2026-11-26T10:00")]),
    ],
    "sl": [
        (
            "Pozdravljeni, v torek okoli 11. ure vas pokličem, da se dogovoriva za dostavo.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Paket vam pošljemo jutri zjutraj.", [("ship", "2026-11-23")]),
        ("Račun vam pošljem najkasneje do četrtka.", [("send", "2026-11-26")]),
        ("Paket smo vam poslali včeraj s Pošto Slovenije.", []),
        ("Če imate vprašanja, nas kar pokličite.", []),
        (
            "Preverila bom pri dobavitelju in se vam oglasim v ponedeljek.",
            [("reply", "2026-11-23")],
        ),
        ("Denar vam vrnemo v 5 dneh.", [("refund", "2026-11-27")]),
        ("Prejšnji teden sva se slišala po telefonu.", []),
        ("Poklicala vas bom nazaj danes ob 16h.", [("call_back", "2026-11-22T16:00")]),
        ("Sporočite nam, če kaj ne bo v redu.", []),
        (
            "Jutri vas pokličem, naročilo pa odpošljemo 3. decembra.",
            [("call", "2026-11-23"), ("ship", "2026-12-03")],
        ),
        ("Obiščete nas lahko v trgovini vsako soboto.", []),
        ("V četrtek ob 10. uri pridemo namestit polico.", [("visit", "2026-11-26T10:00")]),
    ],
    "tr": [
        (
            "Merhaba, salı günü saat 11 gibi sizi arayıp teslimatı konuşacağım.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Siparişinizi yarın sabah kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Faturayı en geç perşembeye kadar göndereceğim.", [("send", "2026-11-26")]),
        ("Paketinizi dün Yurtiçi Kargo ile gönderdik.", []),
        ("Sorularınız olursa bizi her zaman arayabilirsiniz.", []),
        (
            "Tedarikçiyle görüşüp pazartesi size dönüş yapacağım.",
            [("reply", "2026-11-23")],
        ),
        ("Ücret iadenizi 5 gün içinde yapacağız.", [("refund", "2026-11-27")]),
        ("Geçen hafta telefonda konuşmuştuk.", []),
        ("Bugün saat 16:00'da sizi geri arayacağım.", [("call_back", "2026-11-22T16:00")]),
        ("Bir sorun olursa bize haber verin.", []),
        (
            "Yarın sizi arayacağım, siparişi de 3 Aralık'ta göndereceğiz.",
            [("call", "2026-11-23"), ("ship", "2026-12-03")],
        ),
        ("Cumartesi günleri mağazamıza uğrayabilirsiniz.", []),
        ("Perşembe saat 10'da gelip rafı kuracağız.", [("visit", "2026-11-26T10:00")]),
    ],
}
