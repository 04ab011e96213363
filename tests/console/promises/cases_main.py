"""The main table of promise sentences: what the owner writes, and what must be found.

Every language is read at Sunday 2026-11-22 10:00 in its shop's time zone (``ZONES``).
Each case is ``(text, expected)``; ``expected`` lists ``(action, due)`` pairs, ``due`` a
local date ("2026-11-25") or date-time ("2026-11-24T14:00").  The week ahead: Mon 23,
Tue 24, Wed 25, Thu 26, Fri 27, Sat 28; Wed 2 December.  ``cases_heldout`` has the same
format and is never tuned against.

The first held-out table missed four sentences, each of a whole class: returning a call
("vratit ću vam poziv") and getting back by phone are a call back; German separable verbs
("geht … raus"); a past clause keeps its day ("We posted it on Friday, so …"); Turkish
converb chains ("gelip … kuracağız").  Each class has cases of its own at the end of
every language, and that table's cases were copied here once looked at.

The second held-out table found five more classes, again with cases of their own in
every language and that table copied after them: send vs ship is decided by what is
sent (documents and information are sent, goods shipped: "Ihren Schal verschicken wir"
is a ship); an explicit date beside a weekday decides the day ("am Montag, den 30.
November"); the present tense with a future time is a commitment ("dovozimo u
ponedjeljak", "we ship on Monday"), a habit is not; informing verbs are a reply ("ich
gebe Ihnen … Bescheid", "bildireceğim"); looking at something is a check ("have a
proper look", "si ogledam"), and two promises joined by "and" keep their own times.

The third held-out table found five more classes, again with varied cases of their own in
every language (promises and sentences that must stay silent) and that table copied
after them: money is never a date ("£4.20", "12,90 €", "4.20 TL", "120,50 руб.", "the
3.10 difference"); coming to the customer is a visit, and what the owner comes to do
("to look at the frame", "посмотреть шкаф", "gelip … bakacağım") is its purpose, not a
check; what lands in the customer's inbox is sent ("you'll have the quote in your inbox",
"im Postfach", "u sandučiću"); the customer's own plans ("you said you'd pick it up"),
shop policies ("Orders placed by 12 ship the same day") and opening hours ("radimo do 13
sati") are no promises; and missing forms: "протестирую", "деньги переведу", "prebacit
ćemo novac", "hesabınıza geçeceğim", "klic vam vrnem", "bodo pri vas", half an hour
("čez pol ure", "yarım saat"), and goods named in the clause before a send verb
("Зайчика довяжу в четверг, а отправлю в пятницу" is a ship).  "We'll drop the table
off then" was listed as silent only because "drop … off" was not read: it is a delivery.

The fourth held-out table found four more classes, again with varied cases of their own in
every language (promises and sentences that must stay silent) and that table copied after
them.  Send vs ship: a verb that only ships ("ship", "dispatch", "in den Versand geben",
"otpremiti", "отгрузить", "odposlati", "kargoya vermek") is a ship whatever it carries;
documents are known in every inflected form and as the head of a longer object ("отчёт с
фотографиями", "Fotografije korica i autorova potpisa"); a pronoun stands for the nearest
thing named before it, also in the sentence before ("Ремень готов. … мы его отправим");
quoted titles ("«Колонизаторов»"), names where the object stands and "your copy" are
goods.  What the customer gets from the owner ("bekommen Sie … von mir", "you'll get it
from me", "dobit ćete od mene") is what the owner sends.  A date set off by commas beside
its weekday ("Wir kommen am Samstag, den 12. Dezember, vorbei") and the ways of coming
over ("drive out to the yard", "bit ću kod vas", "буду у вас", "yanınızda olacağım") are
visits.  Money on its way back is a refund ("back on your card", "wieder auf Ihrem Konto",
"novac će vam biti vraćen", "вернутся на карту", "na vašem računu", "iade edilecek").
"""

from __future__ import annotations

Case = tuple[str, list[tuple[str, str]]]

ZONES = {
    "en": "Europe/London",
    "hr": "Europe/Zagreb",
    "de": "Europe/Berlin",
    "ru": "Europe/Moscow",
    "sl": "Europe/Ljubljana",
    "tr": "Europe/Istanbul",
}

MAIN: dict[str, list[Case]] = {
    "en": [
        ("Hi Tom, I'll call you on Wednesday to go through the order.", [("call", "2026-11-25")]),
        (
            "We will call you on Tuesday at 10:30 to confirm the delivery slot.",
            [("call", "2026-11-24T10:30")],
        ),
        ("I'll send the invoice by Friday.", [("send", "2026-11-27")]),
        ("Thanks! I'll post the parcel tomorrow morning.", [("ship", "2026-11-23")]),
        ("We'll ship it the day after tomorrow.", [("ship", "2026-11-24")]),
        (
            "I'll get back to you in 3 days with the new price list.",
            [("reply", "2026-11-25")],
        ),
        (
            "We will refund the full amount within 5 working days.",
            [("refund", "2026-11-27")],
        ),
        ("I'm going to call you back in 2 hours.", [("call_back", "2026-11-22T12:00")]),
        ("I'll ring you next Monday.", [("call", "2026-11-23")]),
        ("We'll dispatch the replacement on 2 December.", [("ship", "2026-12-02")]),
        (
            "I will check the stock on Monday and let you know by Tuesday.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Your order will arrive on Thursday.", [("deliver", "2026-11-26")]),
        ("We'll deliver the sofa on 4 December at 9am.", [("deliver", "2026-12-04T09:00")]),
        ("I'll call you at 3 pm.", [("call", "2026-11-22T15:00")]),
        ("I will reply properly today, promise.", [("reply", "2026-11-22")]),
        (
            "Let me check with the courier and I'll email you by the end of the week.",
            [("reply", "2026-11-27")],
        ),
        ("We'll pop by on Saturday to measure the window.", [("visit", "2026-11-28")]),
        ("I'll look into it and reply within 24 hours.", [("reply", "2026-11-23T10:00")]),
        ("We will send you the samples on 12/12.", [("send", "2026-12-12")]),
        (
            "I'll call you tomorrow and we'll send the contract on Thursday.",
            [("call", "2026-11-23"), ("send", "2026-11-26")],
        ),
        ("We'll visit your shop next Thursday at 11.", [("visit", "2026-11-26T11:00")]),
        (
            "I'll have a look at the photos this afternoon and get back to you.",
            [("check", "2026-11-22")],
        ),
        ("The refund will be processed by Wednesday.", [("refund", "2026-11-25")]),
        ("I'll text you when the courier picks it up.", []),
        ("Many thanks, we'll be in touch on Monday.", [("reply", "2026-11-23")]),
        ("I'll phone you at 9 on Tuesday.", [("call", "2026-11-24T09:00")]),
        (
            "I'll call you on Monday. We'll ship the parcel on Tuesday and it should arrive "
            "by Thursday.",
            [("call", "2026-11-23"), ("ship", "2026-11-24"), ("deliver", "2026-11-26")],
        ),
        ("We called you yesterday but nobody answered.", []),
        ("We sent the parcel on Friday.", []),
        ("Let us know if you have any questions.", []),
        ("Feel free to call us any time on 01234 567890.", []),
        ("Could you send us a photo of the damage by Friday?", []),
        ("Please return the item within 14 days.", []),
        ("Shall I call you on Wednesday?", []),
        ("We won't be able to ship before Monday, sorry.", []),
        ("We can send it on Monday if that works for you.", []),
        ("We ship every weekday at 2 pm.", []),
        ("I'll call you back.", []),
        ("Our shop is closed on Monday.", []),
        ("The courier came on Thursday but you weren't home.", []),
        (
            "> Can you call me tomorrow?\nSure, I'll call you tomorrow at 11.",
            [("call", "2026-11-23T11:00")],
        ),
        (
            "When you get a chance, send me your address and I'll ship it on Monday.",
            [("ship", "2026-11-23")],
        ),
        ("If it hasn't arrived by Friday, let me know.", []),
        (
            "Good morning Anna, I'll deliver the cake tomorrow at 10:00.",
            [("deliver", "2026-11-23T10:00")],
        ),
        ("We'll send your order out first thing on Monday.", [("ship", "2026-11-23")]),
        ("I'd be happy to call you on Thursday afternoon.", [("call", "2026-11-26")]),
        (
            "The tracking number will be sent to you by email tomorrow.",
            [("send", "2026-11-23")],
        ),
        # The classes fixed after the first held-out run (see the module doc).
        ("I'll return your call this afternoon at 3.", [("call_back", "2026-11-22T15:00")]),
        ("I'll get back to you by phone on Tuesday.", [("call_back", "2026-11-24")]),
        ("We'll ring you again on Thursday morning.", [("call_back", "2026-11-26")]),
        ("I'll give you a call back tomorrow at 11.", [("call_back", "2026-11-23T11:00")]),
        ("The parcel was shipped on Friday, you should get it soon.", []),
        ("I emailed the invoice on Monday, so you should have it by now.", []),
        ("Posted it on Friday, should be with you soon.", []),
        (
            "We shipped your order on Thursday and it will arrive on Tuesday.",
            [("deliver", "2026-11-24")],
        ),
        ("I'll call you on Monday as we agreed.", [("call", "2026-11-23")]),
        ("Detailed quote by Friday, I'll send it over.", [("send", "2026-11-27")]),
        ("I'll respond to your call tomorrow morning.", [("call_back", "2026-11-23")]),
        (
            "I'll make a quick call to the supplier tomorrow and get back to you.",
            [("call", "2026-11-23")],
        ),
        # Formerly held out (looked at since, so no longer held out).
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
        ("I'll check with the supplier and get back to you on Monday.", [("reply", "2026-11-23")]),
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
        # The classes fixed after the second held-out run (see the module doc).
        # Send vs ship: documents and information are sent, goods shipped, by the object.
        ("I'll send you a payment request tomorrow.", [("send", "2026-11-23")]),
        ("We'll send the money back by Friday.", [("refund", "2026-11-27")]),
        ("We'll send your scarf the day after tomorrow.", [("ship", "2026-11-24")]),
        ("I'll send you the quote tomorrow.", [("send", "2026-11-23")]),
        ("I'll send the honey on Monday.", [("ship", "2026-11-23")]),
        ("Thanks for your order, I'll send it on Tuesday.", [("ship", "2026-11-24")]),
        ("I'll send you photos of the finished table tomorrow.", [("send", "2026-11-23")]),
        ("I'll email you the tracking link tomorrow.", [("send", "2026-11-23")]),
        ("We'll send the cups on 30 November.", [("ship", "2026-11-30")]),
        ("I'll post the catalogue to you on Monday.", [("send", "2026-11-23")]),
        # An explicit date beside a weekday decides the day.
        ("We'll deliver the wardrobe on Monday, 30 November.", [("deliver", "2026-11-30")]),
        ("I'll call you on Monday 30th November at 10am.", [("call", "2026-11-30T10:00")]),
        ("We'll ship it on Monday, November 30.", [("ship", "2026-11-30")]),
        ("I'll call you on Wednesday the 2nd of December.", [("call", "2026-12-02")]),
        ("I'll call you on Monday (30/11).", [("call", "2026-11-30")]),
        ("We'll deliver on Monday the 30th.", [("deliver", "2026-11-30")]),
        ("I'll call you on Wednesday 2nd at 10am.", [("call", "2026-12-02T10:00")]),
        ("I'll call you on Monday at 10.", [("call", "2026-11-23T10:00")]),
        # The present tense with a future time is a commitment (not a habit).
        ("We ship on Monday.", [("ship", "2026-11-23")]),
        ("We're sending it tomorrow.", [("send", "2026-11-23")]),
        ("We deliver the sofa on Thursday.", [("deliver", "2026-11-26")]),
        ("I'm calling you tomorrow at 10.", [("call", "2026-11-23T10:00")]),
        ("We refund the difference by Friday.", [("refund", "2026-11-27")]),
        ("We're popping round on Saturday.", [("visit", "2026-11-28")]),
        ("We usually deliver on Mondays.", []),
        ("We delivered on Monday.", []),
        # Informing verbs are a reply, with durations.
        ("I'll let you know in three days.", [("reply", "2026-11-25")]),
        ("I'll inform you by Friday.", [("reply", "2026-11-27")]),
        ("I'll update you on Monday.", [("reply", "2026-11-23")]),
        (
            "We'll let you know within three days whether we can reorder the colour.",
            [("reply", "2026-11-25")],
        ),
        ("I'll keep you posted and let you know by Wednesday.", [("reply", "2026-11-25")]),
        ("I'll notify you tomorrow.", [("reply", "2026-11-23")]),
        ("I'll let you know in fourteen days.", [("reply", "2026-12-06")]),
        # Looking at something is a check; two joined promises keep their own times.
        ("I'll take a quick look at it tomorrow.", [("check", "2026-11-23")]),
        (
            "I'll have a closer look on Monday and then call you on Tuesday.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        (
            "We'll take a look at the chair on Wednesday and then let you know on Thursday.",
            [("check", "2026-11-25"), ("reply", "2026-11-26")],
        ),
        ("I'll look over the photos tonight.", [("check", "2026-11-22")]),
        ("I'll examine the chair on Monday.", [("check", "2026-11-23")]),
        (
            "I'll inspect the damage tomorrow and call you back on Friday.",
            [("check", "2026-11-23"), ("call_back", "2026-11-27")],
        ),
        # More of the same classes, mixed, and sentences that must stay silent.
        ("Thanks for your order! I'll send it on Tuesday.", [("ship", "2026-11-24")]),
        ("Your mug is ready, we'll send it out on Monday.", [("ship", "2026-11-23")]),
        ("I'll send you the invoice and the tracking number tomorrow.", [("send", "2026-11-23")]),
        ("We'll send the wardrobe by courier on Friday.", [("ship", "2026-11-27")]),
        ("I'll send a few photos of the fabric tomorrow.", [("send", "2026-11-23")]),
        ("I'll send the rest of your order on Thursday.", [("ship", "2026-11-26")]),
        ("We're shipping your candles tomorrow.", [("ship", "2026-11-23")]),
        ("We send the honey on Monday.", [("ship", "2026-11-23")]),
        ("I'll send Anna the catalogue on Monday.", [("send", "2026-11-23")]),
        ("We'll send the new cushions on 2 December.", [("ship", "2026-12-02")]),
        ("I'll forward your complaint to the supplier tomorrow.", [("send", "2026-11-23")]),
        ("I'll send you a link to pay on Monday.", [("send", "2026-11-23")]),
        ("I'll send you an email with the details tomorrow.", [("send", "2026-11-23")]),
        ("I'll try to send the lamp on Wednesday.", [("ship", "2026-11-25")]),
        ("We deliver every Monday.", []),
        ("We usually ship on Fridays.", []),
        ("If we ship on Monday, it will arrive by Wednesday.", [("deliver", "2026-11-25")]),
        ("We're closed on Monday, 30 November.", []),
        (
            "We'll be in your area on Monday, 30 November, so we'll drop the table off then.",
            [("deliver", "2026-11-30")],
        ),
        ("I'll ring you on Thursday, 26 November, at 4pm.", [("call", "2026-11-26T16:00")]),
        (
            "We'll let you know in three days whether the blue is back in stock.",
            [("reply", "2026-11-25")],
        ),
        ("I'll update you by Wednesday at the latest.", [("reply", "2026-11-25")]),
        (
            "I'll take a look at the clasp tomorrow and get back to you on Friday.",
            [("check", "2026-11-23"), ("reply", "2026-11-27")],
        ),
        (
            "We'll have a look at the stitching on Monday and then ring you on Tuesday.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        (
            "We'll refund the postage on Monday and send you a new label on Tuesday.",
            [("refund", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Tomorrow we're sending you a new mug.", [("ship", "2026-11-23")]),
        ("On Saturday we deliver the wardrobe.", [("deliver", "2026-11-28")]),
        ("We're calling you the day after tomorrow around 11.", [("call", "2026-11-24T11:00")]),
        ("We're coming round on Tuesday to measure up.", [("visit", "2026-11-24")]),
        ("We refund the money by Wednesday.", [("refund", "2026-11-25")]),
        ("We hand the order to the courier on Monday.", [("ship", "2026-11-23")]),
        ("I'll let you know by Friday whether we can get it in green.", [("reply", "2026-11-27")]),
        ("We'll get back to you within two days.", [("reply", "2026-11-24")]),
        ("I will inform you on Monday about the delivery date.", [("reply", "2026-11-23")]),
        ("I'll take a look at the stitching tomorrow.", [("check", "2026-11-23")]),
        (
            "I'll check the frame on Monday, then send you a quote on Tuesday.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "I'll look at it on Monday and then get back to you on Wednesday.",
            [("check", "2026-11-23"), ("reply", "2026-11-25")],
        ),
        ("When we deliver on Monday, please be at home.", []),
        ("We check every parcel before we ship it.", []),
        ("Do we deliver on Saturday?", []),
        ("We deliver to Zagreb on Mondays and Thursdays.", []),
        ("I'm off on Monday, but my colleague will call you on Tuesday.", []),
        ("Your scarf was sent on Friday.", []),
        ("We sent the honey on Friday, so it will arrive on Tuesday.", [("deliver", "2026-11-24")]),
        # The second held-out table (looked at since, so no longer held out).
        (
            "Hi Mark, thanks for your order! I'll post it first thing on Tuesday.",
            [("ship", "2026-11-24")],
        ),
        (
            "Dear Mrs Patel,\nApologies for the mix-up with the colour. I'll send you a prepaid "
            "returns label tomorrow, and we'll refund the difference by Wednesday.\nKind regards,\n"
            "Lucy",
            [("send", "2026-11-23"), ("refund", "2026-11-25")],
        ),
        (
            "I'll give you a call on Friday at 2:30 pm to talk through the engraving options.",
            [("call", "2026-11-27T14:30")],
        ),
        ("Your oak table will be delivered on 1 December.", [("deliver", "2026-12-01")]),
        (
            "Sorry I missed you – I'll ring you back in an hour.",
            [("call_back", "2026-11-22T11:00")],
        ),
        (
            "The fabric has finally come in, so we'll dispatch your cushions the day after "
            "tomorrow.",
            [("ship", "2026-11-24")],
        ),
        (
            "I'll have a proper look at the faulty hinge on Monday and send you a quote for the "
            "repair on Tuesday.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Our fitter and I will come round on Wednesday at 11:30 to measure up for the blinds.",
            [("visit", "2026-11-25T11:30")],
        ),
        (
            "Thanks for bearing with us – I'll get back to you within 48 hours with a firm answer.",
            [("reply", "2026-11-24T10:00")],
        ),
        (
            "We'll deliver the Christmas hamper to your office on 18 December at 10am.",
            [("deliver", "2026-12-18T10:00")],
        ),
        (
            "> Could you check whether the ring comes in size N?\nOf course! I'll check with the "
            "workshop tomorrow and phone you on Tuesday.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        ("I'll send the corrected invoice over tonight.", [("send", "2026-11-22")]),
        ("Each piece is made by hand, so we'll ship yours in 10 days.", [("ship", "2026-12-02")]),
        (
            "I'm away at a craft fair today, but I'll answer your questions properly next Monday.",
            [("reply", "2026-11-23")],
        ),
        (
            "Hello Mr Evans, I'll call you tomorrow at 9:15 to confirm the shade, and we'll "
            "deliver the paint on 7 December.",
            [("call", "2026-11-23T09:15"), ("deliver", "2026-12-07")],
        ),
        (
            "We dispatched your parcel on Thursday with Royal Mail, so it should turn up any day "
            "now.",
            [],
        ),
        ("Thank you so much for your lovely review – it really made our day!", []),
        ("Would Tuesday or Wednesday suit you better for the delivery?", []),
        ("You mentioned you'd collect the order on Saturday – that's absolutely fine.", []),
        (
            "We might get the blue mugs back in stock next month, but I can't promise anything – "
            "we'll see.",
            [],
        ),
        ("If you'd like, we could gift-wrap it for you as well.", []),
        ("I rang the courier this morning and they said their van had broken down.", []),
        ("Wishing you and your family a very merry Christmas!", []),
        ("Once you've tried the candles, do let me know what you think.", []),
        (
            "> Please send me the invoice by Friday.\nHi Jo, the invoice is attached to this "
            "email.\nBest wishes,\nSam",
            [],
        ),
        # The classes fixed after the third held-out run (see the module doc).
        # Money amounts are never dates, whichever side the currency is on.
        ("I'll refund the £3.10 postage difference on Monday.", [("refund", "2026-11-23")]),
        ("We'll pay back the €5.12 you were overcharged by Friday.", [("refund", "2026-11-27")]),
        ("The extra 2.11 GBP will be refunded tomorrow.", [("refund", "2026-11-23")]),
        ("I'll send you the 4.50 dollars back on Wednesday.", [("refund", "2026-11-25")]),
        ("The lamp is £12.09 and I'll post it on Tuesday.", [("ship", "2026-11-24")]),
        ("We'll refund USD 6.10 to your card on Thursday.", [("refund", "2026-11-26")]),
        ("Postage is 3.11 pounds, I'll dispatch the mug tomorrow.", [("ship", "2026-11-23")]),
        (
            "Sorry about that, I'll refund the 3.10 difference on Thursday.",
            [("refund", "2026-11-26")],
        ),
        ("We'll refund €4,50 to your PayPal tomorrow.", [("refund", "2026-11-23")]),
        ("I'll pay the $2.10 back by Monday at the latest.", [("refund", "2026-11-23")]),
        ("The total is £5.10, and I'll post it on Friday.", [("ship", "2026-11-27")]),
        ("I'll ring you at 5.10 pm tomorrow.", [("call", "2026-11-23T17:10")]),
        ("I'll deliver the table on 4.12.", [("deliver", "2026-12-04")]),
        ("It came to £7.12 in total.", []),
        # Coming to the customer is a visit; what the owner comes to do is its purpose.
        ("I'll come over on Wednesday to have a look at the leak.", [("visit", "2026-11-25")]),
        (
            "We'll drop by tomorrow at 10 to check the boiler pressure.",
            [("visit", "2026-11-23T10:00")],
        ),
        ("I'll pop in on Friday to look at the wiring.", [("visit", "2026-11-27")]),
        ("I'll call round on Monday to inspect the damp patch.", [("visit", "2026-11-23")]),
        (
            "I'm coming round on Thursday at 2 pm to look over the cabinets.",
            [("visit", "2026-11-26T14:00")],
        ),
        (
            "I'll come by to take a look at the piano on Saturday morning.",
            [("visit", "2026-11-28")],
        ),
        ("We'll come and have a look at the fence on Tuesday.", [("visit", "2026-11-24")]),
        ("I'll come round and check the boiler on Wednesday morning.", [("visit", "2026-11-25")]),
        ("I'll be round on Friday at 9 to measure the alcove.", [("visit", "2026-11-27T09:00")]),
        ("We'll come out to you on Monday to assess the damage.", [("visit", "2026-11-23")]),
        ("We'll pick the sofa up from you on Saturday.", [("visit", "2026-11-28")]),
        ("I'll come and collect the chairs on Monday.", [("visit", "2026-11-23")]),
        ("I'll come by on Monday.", [("visit", "2026-11-23")]),
        (
            "I'll come by to pick up the chair on Monday and check it over on Tuesday.",
            [("visit", "2026-11-23"), ("check", "2026-11-24")],
        ),
        ("We'll drop the sofa off on Friday.", [("deliver", "2026-11-27")]),
        ("I'll drop it round tomorrow.", [("deliver", "2026-11-23")]),
        # What lands in the customer's inbox is sent.
        ("You'll have the revised quote in your inbox by Wednesday.", [("send", "2026-11-25")]),
        ("I'll have the invoice in your inbox first thing tomorrow.", [("send", "2026-11-23")]),
        ("I'll get the tracking number over to you this afternoon.", [("send", "2026-11-22")]),
        ("We'll get the photos across to you on Monday.", [("send", "2026-11-23")]),
        ("The receipt will be in your inbox within the hour.", [("send", "2026-11-22T11:00")]),
        ("I'll get the new lampshades over to you on Thursday.", [("ship", "2026-11-26")]),
        ("You'll find the invoice in your inbox tomorrow morning.", [("send", "2026-11-23")]),
        ("I'll get the quote to you by Thursday.", [("send", "2026-11-26")]),
        ("It'll land in your inbox on Monday.", [("send", "2026-11-23")]),
        ("You'll get an email with the tracking number tomorrow.", [("send", "2026-11-23")]),
        ("You'll get a call from our courier on Monday.", []),
        # The customer's plans, shop policies and opening hours are no promises.
        ("You said you'd collect the rug on Saturday, no problem.", []),
        ("You mentioned you'll be popping in on Friday, see you then!", []),
        ("You told me you'd call us on Monday about the colour.", []),
        ("You'd mentioned you'd be in on Saturday, that works for us.", []),
        ("You said the courier would come on Monday, but we haven't heard anything.", []),
        ("As you said, I'll ring you on Tuesday.", [("call", "2026-11-24")]),
        ("You said Saturday suits you, so I'll deliver on Saturday.", [("deliver", "2026-11-28")]),
        ("I'll call you tomorrow, you said mornings are best.", [("call", "2026-11-23")]),
        ("Orders placed before 1pm are dispatched the same day.", []),
        ("All orders received by 3 pm go out same day.", []),
        ("Anything ordered by noon ships the same day.", []),
        ("Same-day dispatch on all orders placed before 1 pm.", []),
        ("Orders received before 3 pm we ship the next day.", []),
        ("We ship all orders within 24 hours.", []),
        ("If you order by 12, we'll post it the same day.", []),
        ("We'll ship both orders by Friday.", [("ship", "2026-11-27")]),
        ("We'll fix the strap and send it back the same day, on Monday.", [("ship", "2026-11-23")]),
        (
            "Orders placed by 2pm go out the same day, so yours will be with you on Tuesday.",
            [("deliver", "2026-11-24")],
        ),
        ("We're open till 5 on Saturday if you want to collect.", []),
        ("On Sundays we are open from 10 am.", []),
        ("We close at 1 on Saturdays.", []),
        ("We're open until 4 today, so do pop in.", []),
        ("We're here until 5 pm on Saturday.", []),
        ("I'll call you on Monday, we're open from 9.", [("call", "2026-11-23")]),
        ("I'll call you tomorrow when we're open.", [("call", "2026-11-23")]),
        # Verbs and forms: half an hour, arrivals, objects named before.
        ("I'm driving, I'll call you back in half an hour.", [("call_back", "2026-11-22T10:30")]),
        ("I'll get back to you within half an hour.", [("reply", "2026-11-22T10:30")]),
        ("Your parcel will be with you on Wednesday.", [("deliver", "2026-11-25")]),
        ("It'll be with you on Wednesday.", [("deliver", "2026-11-25")]),
        ("I'll finish the scarf on Thursday and send it on Friday.", [("ship", "2026-11-27")]),
        # Mixed, as in a whole e-mail.
        (
            "Hi Jo,\n\nSorry for the mix-up with the postage: you paid £6.40 and it should have "
            "been £4.20, so I'll refund the £2.20 difference on Wednesday. You said you'd be "
            "passing on Saturday, that's fine, we're open till 2.\n\nBest,\nSam",
            [("refund", "2026-11-25")],
        ),
        (
            "Dear Mr Patel,\n\nThanks for the photos. I'll come over on Thursday at 10 to look "
            "at the staircase, and you'll have my quote in your inbox by Monday 30 "
            "November.\n\nKind regards,\nOwen",
            [("visit", "2026-11-26T10:00"), ("send", "2026-11-30")],
        ),
        (
            "Orders placed before noon go out the same day, so yours will be with you on Tuesday.",
            [("deliver", "2026-11-24")],
        ),
        # The third held-out table (looked at since, so no longer held out).
        (
            "Hi Gareth,\n\nThanks for ordering the brake pads and the chain tool. Both are on "
            "the shelf, so I'll post them tomorrow and drop you a line with the tracking "
            "details once Royal Mail has scanned them.\n\nCheers,\nDan\nSpoke & Chain Cycles",
            [("ship", "2026-11-23")],
        ),
        (
            "I'll ring you on Tuesday at 2:30 pm so we can go over the mount colours for "
            "your print.",
            [("call", "2026-11-24T14:30")],
        ),
        (
            "Your hand-dyed merino is packed and ready, and it'll be with you on Wednesday.",
            [("deliver", "2026-11-25")],
        ),
        (
            "Apologies for overcharging the postage, I'll refund the £4.20 difference on Tuesday.",
            [("refund", "2026-11-24")],
        ),
        (
            "I'll check the turntable motor tomorrow afternoon and let you know on Wednesday "
            "what the repair would cost.",
            [("check", "2026-11-23"), ("reply", "2026-11-25")],
        ),
        (
            "Dear Mrs Hughes,\n\nThank you for the photos of the wingback chair. I'll come "
            "round to look at the frame on Thursday 3 December at 11, and we can talk about "
            "fabrics then.\n\nKind regards,\nRuth Allen\nAllen Upholstery",
            [("visit", "2026-12-03T11:00")],
        ),
        (
            "Sorry about the mix-up with the wax colour! I'm pouring a fresh batch of the fig "
            "candles today and will dispatch them the day after tomorrow.",
            [("ship", "2026-11-24")],
        ),
        (
            "I'll send you the revised mock-up of the menu cards in two days.",
            [("send", "2026-11-24")],
        ),
        (
            "I'm going to phone our supplier in Darjeeling on Monday and I'll get back to you "
            "by Wednesday about the first-flush stock.",
            [("call", "2026-11-23"), ("reply", "2026-11-25")],
        ),
        (
            "I'm with a customer at the moment, I'll call you back at 4:15 this afternoon.",
            [("call_back", "2026-11-22T16:15")],
        ),
        (
            "Hello Mr Okafor,\n\nGreat news: the oak cabinet for your aquarium is finished "
            "and varnished. We'll deliver it on 9 December.\n\nBest wishes,\n"
            "The team at Reef & Root",
            [("deliver", "2026-12-09")],
        ),
        (
            "Quick update: I'll have the quote for reframing all six prints in your inbox "
            "by Friday.",
            [("send", "2026-11-27")],
        ),
        (
            "I'll send you photos of the glazed mugs on Monday 30 November, when they come "
            "out of the kiln.",
            [("send", "2026-11-30")],
        ),
        (
            "We'll pop over next Tuesday to measure the sofa for the new loose covers.",
            [("visit", "2026-11-24")],
        ),
        (
            "I'll check with Parcelforce tomorrow morning to find out where your parcel has "
            "got to.",
            [("check", "2026-11-23")],
        ),
        ("We posted your inner tubes last Thursday by second class.", []),
        ("Thanks so much for the lovely review, it really made our day!", []),
        ("Would Wednesday or Thursday suit you better for the fitting?", []),
        ("If you'd like, we could gift-wrap the candles for an extra £2.", []),
        (
            "You mentioned you're collecting the frames on Saturday, that's absolutely fine, "
            "we're open until 4.",
            [],
        ),
        (
            "We might get the Yirgacheffe back in at some point, we'll see how the harvest goes.",
            [],
        ),
        ("I'll let you know as soon as the new batch of yarn comes in.", []),
        (
            "The courier tried to deliver on Friday but nobody was in, so the parcel is "
            "waiting at the depot.",
            [],
        ),
        ("We normally dispatch orders within 2 working days of payment.", []),
        (
            "Hi Priya,\n\nJust wanted to say thank you again for coming to the workshop "
            "yesterday. It was lovely to meet you, and I hope the little bowl you made "
            "survived the trip home!\n\nAll the best,\nHannah",
            [],
        ),
        # The classes fixed after the fourth held-out run (see the module doc).
        # Send vs ship: verbs that only ship, documents in every form, pronouns, titles, copies.
        ("We'll dispatch your replacement charger on Tuesday.", [("ship", "2026-11-24")]),
        ("I'm posting the parcel tomorrow.", [("ship", "2026-11-23")]),
        ("I'll post the signed contract to you on Monday.", [("send", "2026-11-23")]),
        ("We'll courier the cushions to you on Friday.", [("ship", "2026-11-27")]),
        ("I'll pop your order in the post tomorrow.", [("ship", "2026-11-23")]),
        (
            "The restored clock is ready, and I'll dispatch it on Thursday.",
            [("ship", "2026-11-26")],
        ),
        (
            "I'll send over the report with photos of the damage by Thursday.",
            [("send", "2026-11-26")],
        ),
        ("We'll send the estimate and the pictures on Tuesday.", [("send", "2026-11-24")]),
        ("I'll send the pictures of the finished cabinet on Wednesday.", [("send", "2026-11-25")]),
        ("I'll text you the tracking link tomorrow.", [("send", "2026-11-23")]),
        ("I'll send Tom the tracking number tomorrow.", [("send", "2026-11-23")]),
        ("I'll post the voucher to you on Friday.", [("send", "2026-11-27")]),
        ("Your blanket is finished. I'll send it on Monday.", [("ship", "2026-11-23")]),
        ("The invoice is ready. I'll send it tomorrow.", [("send", "2026-11-23")]),
        ("I've finished the report. I'll send it over tomorrow.", [("send", "2026-11-23")]),
        ("I have your photos. I'll send them back tomorrow.", [("send", "2026-11-23")]),
        ("Thanks for your order! We'll send it on Monday.", [("ship", "2026-11-23")]),
        (
            "I've attached the invoice, and the lamp is ready. I'll send it on Monday.",
            [("ship", "2026-11-23")],
        ),
        ("The lamp is wrapped and ready, and I'll ship it on Monday.", [("ship", "2026-11-23")]),
        ("Thanks for the photos! I'll ship the frame on Friday.", [("ship", "2026-11-27")]),
        ('We\'ll send you "Azul" on Wednesday.', [("ship", "2026-11-25")]),
        ("We'll ship Catan to you on Thursday.", [("ship", "2026-11-26")]),
        ("We're sending your copy of Dune tomorrow.", [("ship", "2026-11-23")]),
        ("I'll send your signed copy tomorrow.", [("ship", "2026-11-23")]),
        ("I'll send you a copy of the receipt tomorrow.", [("send", "2026-11-23")]),
        ("I'll send you a copy of the catalogue tomorrow.", [("send", "2026-11-23")]),
        ("We'll get your order out to you on Wednesday.", [("ship", "2026-11-25")]),
        ("We'll send the replacement glass on Thursday.", [("ship", "2026-11-26")]),
        ("I'll send you a video of the engine running tomorrow.", [("send", "2026-11-23")]),
        # What the customer gets from the owner is what the owner sends (or says).
        ("You'll get the quote from me by Friday.", [("send", "2026-11-27")]),
        ("You'll have the written quote from us by Thursday.", [("send", "2026-11-26")]),
        ("You'll receive the invoice from us tomorrow.", [("send", "2026-11-23")]),
        ("Expect the photos from me tomorrow.", [("send", "2026-11-23")]),
        ("You'll get your new lamp from us on Tuesday.", [("ship", "2026-11-24")]),
        ("You'll have it from me by Thursday.", [("ship", "2026-11-26")]),
        ("You'll get a call from me on Tuesday at 11.", [("call", "2026-11-24T11:00")]),
        ("You'll get the parcel on Tuesday.", [("deliver", "2026-11-24")]),
        ("You'll get the parcel from DPD on Tuesday.", [("deliver", "2026-11-24")]),
        # Visits: a date set off by commas, and the ways of coming over.
        ("We'll come out to you on Tuesday 1 December to measure up.", [("visit", "2026-12-01")]),
        ("We'll come out to the farm on Monday 30 November.", [("visit", "2026-11-30")]),
        ("I'll head over to the farm on Thursday.", [("visit", "2026-11-26")]),
        ("I'll head over to you on Saturday morning.", [("visit", "2026-11-28")]),
        (
            "I'll drive up to the stables on Friday 27 November to fit the rug.",
            [("visit", "2026-11-27")],
        ),
        (
            "We'll drive over to the venue on Friday 4 December to set up.",
            [("visit", "2026-12-04")],
        ),
        ("I'll be at yours on Saturday at 10.", [("visit", "2026-11-28T10:00")]),
        ("I'll swing by yours on Friday.", [("visit", "2026-11-27")]),
        ("We'll be over on Monday to fit the blinds.", [("visit", "2026-11-23")]),
        # Money on its way back is a refund.
        ("We'll have the refund back on your card by Wednesday.", [("refund", "2026-11-25")]),
        ("The money will be back in your account by Friday.", [("refund", "2026-11-27")]),
        ("The money should be back in your account by Monday.", [("refund", "2026-11-23")]),
        ("Your refund will be back on your card by Friday.", [("refund", "2026-11-27")]),
        ("Your £20 will be back on your card by Friday.", [("refund", "2026-11-27")]),
        ("You'll have your money back by Tuesday.", [("refund", "2026-11-24")]),
        ("The refund will land in your account on Monday.", [("refund", "2026-11-23")]),
        ("You should see the refund on your statement by Thursday.", [("refund", "2026-11-26")]),
        ("I'll get the money back to you by Friday.", [("refund", "2026-11-27")]),
        ("We'll put the £15 back on your card on Monday.", [("refund", "2026-11-23")]),
        ("I'll put the difference back on your card today.", [("refund", "2026-11-22")]),
        ("We'll credit your card on Monday.", [("refund", "2026-11-23")]),
        # Sentences that must stay silent.
        ("Could you send us a photo of the label by Friday?", []),
        ("We shipped your order on Friday.", []),
        ("We shipped your copy on Friday.", []),
        ("Please post the item back to us by Friday.", []),
        ("The photos were sent yesterday.", []),
        ("You'll get a text from the courier on Tuesday.", []),
        ("I'll head to the post office tomorrow.", []),
        ("I'll head over to the supplier on Monday to pick up your tiles.", []),
        ("You're welcome to come over to the shop on Saturday.", []),
        ("If the money isn't back on your card by Friday, let me know.", []),
        ("Could you post the parcel back to us by Friday?", []),
        ("The refund was processed yesterday.", []),
        ("Refunds usually take 3 to 5 working days.", []),
        # A pronoun stands for the nearest thing named before it: documents sent, goods shipped.
        ("The photos are done, I'll send them tonight.", [("send", "2026-11-22")]),
        ("The plates are done, I'll send them tomorrow.", [("ship", "2026-11-23")]),
        # Goods setting off are shipped, and what is got sent off goes by its object.
        ("Your order will be on its way to you on Tuesday.", [("ship", "2026-11-24")]),
        ("We'll get your order dispatched on Monday.", [("ship", "2026-11-23")]),
        ("I'll get the invoice sent off tomorrow.", [("send", "2026-11-23")]),
        ("I'll get the invoice over to you by Friday.", [("send", "2026-11-27")]),
        ("The frame goes out to you on Monday.", [("ship", "2026-11-23")]),
        ("We'll ship the invoice with the order on Monday.", [("ship", "2026-11-23")]),
        ("When it ships on Monday, you'll get an email from the courier.", []),
        ("Our van usually goes out at 3 on weekdays.", []),
        ("Your order shipped on Friday.", []),
        # The same classes in other words: deposits, sketches, rugs, shelves.
        ("We'll ship the spare bulbs out on Wednesday 2 December.", [("ship", "2026-12-02")]),
        ("I'll post you the care guide and the receipt on Monday.", [("send", "2026-11-23")]),
        ("Your copy of the atlas goes in the post on Friday.", [("ship", "2026-11-27")]),
        ("You'll get the sketches from me on Thursday.", [("send", "2026-11-26")]),
        (
            "I'll pop out to the allotment on Sunday 29 November to look at the shed.",
            [("visit", "2026-11-29")],
        ),
        ("We'll have the deposit back in your account by Monday.", [("refund", "2026-11-23")]),
        # The fourth held-out table (looked at since, so no longer held out).
        (
            "Hi Megan, thanks for ordering the Darjeeling sampler! I'll post it first thing tomorrow.\n\nBest,\nPriya @ Leafwise Teas",
            [("ship", "2026-11-23")],
        ),
        (
            "I'll ring you on Tuesday at 2:30 pm to go over the engraving on the case back.",
            [("call", "2026-11-24T14:30")],
        ),
        (
            "We'll have the refund for the chipped mug back on your card by Wednesday.",
            [("refund", "2026-11-25")],
        ),
        (
            "I'll email the artwork proof over in 2 hours so you can sign it off before we print.",
            [("send", "2026-11-22T12:00")],
        ),
        (
            "Hi Callum,\n\nSorry to hear about the heater. I'll call you tomorrow at 9 to talk it through, and a replacement will go out to you on Tuesday.\n\nCheers,\nSam – Reef & Fin Aquatics",
            [("call", "2026-11-23T09:00"), ("ship", "2026-11-24")],
        ),
        (
            "I'll drive out to the yard on Saturday 5 December to fit the new saddle on Bella.",
            [("visit", "2026-12-05")],
        ),
        (
            "I'll test the motor on your Hornby loco on Monday and phone you on Thursday with the verdict.",
            [("check", "2026-11-23"), ("call", "2026-11-26")],
        ),
        (
            "Your 3D-printed enclosure is in the queue and will ship on 30 November.",
            [("ship", "2026-11-30")],
        ),
        (
            "I'm sending over the quote for the wedding favour candles tomorrow.",
            [("send", "2026-11-23")],
        ),
        (
            "Sorry I missed your call – I'll call you back at 4 this afternoon.",
            [("call_back", "2026-11-22T16:00")],
        ),
        (
            "I'll let you know in 3 days whether the merino in Storm Blue can be reordered.",
            [("reply", "2026-11-25")],
        ),
        (
            "Good news: Wingspan is back in stock, and we're shipping your copy the day after tomorrow.",
            [("ship", "2026-11-24")],
        ),
        (
            "Dear Mr Hargreaves,\n\nThank you for sending the Omega Seamaster back to us. I'll inspect the movement on Wednesday and send you a written estimate by Friday 4 December.\n\nKind regards,\nDaniel Price\nPrice & Son Vintage Watches",
            [("check", "2026-11-25"), ("send", "2026-12-04")],
        ),
        (
            "We'll deliver the six tins of olive oil to your restaurant on Thursday 3 December at 8:30.",
            [("deliver", "2026-12-03T08:30")],
        ),
        (
            "I'll print the last two dragons tonight and post the whole set to you on Wednesday.",
            [("ship", "2026-11-25")],
        ),
        ("We posted your jigsaw on Friday, so it should turn up any day now.", []),
        ("Thanks so much for the lovely review – it really made our week!", []),
        ("Would Tuesday or Wednesday suit you better for the fitting?", []),
        (
            "You mentioned you'll collect the bridle on Saturday, which is absolutely fine with us.",
            [],
        ),
        ("Orders placed before 1 pm are dispatched the same working day.", []),
        ("We're open Tuesday to Saturday, 10 till 5.", []),
        ("If the blue glaze comes back in stock, I might do a second batch in the new year.", []),
        ("I rang the courier yesterday and they confirmed the van had broken down.", []),
        ("Which colour would you like the lettering in – gold or silver?", []),
        ("Have a wonderful Christmas, and enjoy the new layout!", []),
    ],
    "hr": [
        (
            "Poštovani, nazvat ću vas u srijedu da dogovorimo detalje.",
            [("call", "2026-11-25")],
        ),
        ("Nazvat ćemo vas u utorak u 10:30.", [("call", "2026-11-24T10:30")]),
        ("Račun ću vam poslati do petka.", [("send", "2026-11-27")]),
        ("Paket šaljemo sutra ujutro.", [("ship", "2026-11-23")]),
        ("Narudžbu ćemo poslati prekosutra.", [("ship", "2026-11-24")]),
        ("Javit ću vam se za 3 dana s novim cjenikom.", [("reply", "2026-11-25")]),
        ("Novac ćemo vam vratiti u roku od 5 radnih dana.", [("refund", "2026-11-27")]),
        ("Nazvat ću vas natrag za 2 sata.", [("call_back", "2026-11-22T12:00")]),
        ("Zovem vas sljedeći ponedjeljak.", [("call", "2026-11-23")]),
        ("Zamjenu šaljemo 2. prosinca.", [("ship", "2026-12-02")]),
        (
            "Provjerit ću stanje na skladištu u ponedjeljak i javiti vam do utorka.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Paket će stići u četvrtak.", [("deliver", "2026-11-26")]),
        ("Dostavit ćemo vam ormar 4. prosinca u 9 sati.", [("deliver", "2026-12-04T09:00")]),
        ("Nazvat ću vas u 15 sati.", [("call", "2026-11-22T15:00")]),
        ("Odgovorit ću vam detaljno još danas.", [("reply", "2026-11-22")]),
        (
            "Pitat ću kurira pa vam se javim do kraja tjedna.",
            [("reply", "2026-11-27")],
        ),
        ("Svratit ćemo u subotu izmjeriti prozor.", [("visit", "2026-11-28")]),
        ("Pogledat ću i odgovoriti u roku od 24 sata.", [("reply", "2026-11-23T10:00")]),
        ("Uzorke vam šaljem 12.12.", [("send", "2026-12-12")]),
        (
            "Sutra vas nazovem, a ugovor šaljemo u četvrtak.",
            [("call", "2026-11-23"), ("send", "2026-11-26")],
        ),
        (
            "Doći ćemo u vašu trgovinu sljedeći četvrtak u 11 sati.",
            [("visit", "2026-11-26T11:00")],
        ),
        (
            "Popodne ću pogledati fotografije pa ću vam se javiti.",
            [("check", "2026-11-22")],
        ),
        ("Povrat novca napravit ćemo do srijede.", [("refund", "2026-11-25")]),
        ("Javit ću vam se čim kurir preuzme paket.", []),
        ("Hvala, čujemo se u ponedjeljak.", [("call", "2026-11-23")]),
        ("Nazovem vas u utorak oko 9.", [("call", "2026-11-24T09:00")]),
        (
            "Nazvat ću vas u ponedjeljak. Paket šaljemo u utorak i trebao bi stići do četvrtka.",
            [("call", "2026-11-23"), ("ship", "2026-11-24"), ("deliver", "2026-11-26")],
        ),
        ("Zvali smo vas jučer, ali se nitko nije javio.", []),
        ("Paket smo poslali u petak.", []),
        ("Javite nam ako imate pitanja.", []),
        ("Slobodno nas nazovite bilo kad na 091 555 0101.", []),
        ("Možete li nam poslati fotografiju oštećenja do petka?", []),
        ("Molimo vratite artikl u roku od 14 dana.", []),
        ("Da vas nazovem u srijedu?", []),
        ("Nažalost, nećemo stići poslati prije ponedjeljka.", []),
        ("Možemo poslati u ponedjeljak ako vam odgovara.", []),
        ("Šaljemo svaki radni dan u 14 sati.", []),
        ("Nazvat ću vas.", []),
        ("Trgovina ne radi u ponedjeljak.", []),
        ("Kurir je došao u četvrtak, ali vas nije bilo doma.", []),
        (
            "> Možete li me nazvati sutra?\nNaravno, nazvat ću vas sutra u 11 sati.",
            [("call", "2026-11-23T11:00")],
        ),
        ("Pošaljite nam adresu pa ćemo poslati u ponedjeljak.", [("send", "2026-11-23")]),
        ("Ako paket ne stigne do petka, javite nam.", []),
        (
            "Dobar dan, tortu vam dostavljam sutra u 10:00.",
            [("deliver", "2026-11-23T10:00")],
        ),
        ("Narudžbu šaljemo prvo u ponedjeljak ujutro.", [("ship", "2026-11-23")]),
        ("Rado ću vas nazvati u četvrtak poslijepodne.", [("call", "2026-11-26")]),
        ("Broj za praćenje poslat ćemo vam sutra mailom.", [("send", "2026-11-23")]),
        # The classes fixed after the first held-out run (see the module doc).
        ("Poziv ću vam vratiti sutra ujutro.", [("call_back", "2026-11-23")]),
        (
            "Uzvratit ćemo vam poziv u ponedjeljak oko 10 sati.",
            [("call_back", "2026-11-23T10:00")],
        ),
        ("Javit ću vam se telefonom u srijedu.", [("call_back", "2026-11-25")]),
        ("Vratiću vam poziv sutra u 9.", [("call_back", "2026-11-23T09:00")]),
        ("Nazvat ću vas ponovno u utorak.", [("call_back", "2026-11-24")]),
        ("Vratit ću vam se s odgovorom do petka.", [("reply", "2026-11-27")]),
        ("Novac ćemo vam vratiti u petak.", [("refund", "2026-11-27")]),
        ("Paket smo poslali u petak, trebao bi uskoro stići.", []),
        ("Kurir je paket preuzeo u četvrtak pa ga možete očekivati ovih dana.", []),
        ("Paket je poslan u petak, trebao bi stići uskoro.", []),
        ("Poslali smo paket u petak, a stići će u utorak.", [("deliver", "2026-11-24")]),
        ("Nazvat ću vas u ponedjeljak, kako smo se dogovorili.", [("call", "2026-11-23")]),
        ("Nazvat ću vas sutra u 9.", [("call", "2026-11-23T09:00")]),
        ("Odgovorit ću na vaš poziv sutra.", [("call_back", "2026-11-23")]),
        ("Javit ću vam se nakon poziva s dobavljačem u ponedjeljak.", [("reply", "2026-11-23")]),
        # Formerly held out (looked at since, so no longer held out).
        (
            "Poštovani, nazvat ću vas u utorak oko 11 sati da dogovorimo dostavu.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Paket šaljemo sutra ujutro, čim otvori pošta.", [("ship", "2026-11-23")]),
        ("Račun ću vam poslati najkasnije do četvrtka.", [("send", "2026-11-26")]),
        ("Jučer smo vam poslali paket preko GLS-a.", []),
        ("Ako imate bilo kakvih pitanja, slobodno nas nazovite.", []),
        ("Provjerit ću sa dobavljačem pa vam se javim u ponedjeljak.", [("reply", "2026-11-23")]),
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
        # The classes fixed after the second held-out run (see the module doc).
        # Send vs ship: documents and information are sent, goods shipped, by the object.
        ("Sutra vam šaljem uplatnicu.", [("send", "2026-11-23")]),
        ("Novac vam šaljemo do petka.", [("refund", "2026-11-27")]),
        ("Šalice vam šaljemo u utorak.", [("ship", "2026-11-24")]),
        ("Med ćemo vam poslati u ponedjeljak.", [("ship", "2026-11-23")]),
        ("Ponudu ću vam poslati sutra.", [("send", "2026-11-23")]),
        ("Fotografije vam šaljem večeras.", [("send", "2026-11-22")]),
        ("Link za praćenje pošaljem vam sutra.", [("send", "2026-11-23")]),
        ("Poslat ću vam upute za montažu u ponedjeljak.", [("send", "2026-11-23")]),
        ("Vazu ćemo poslati u srijedu.", [("ship", "2026-11-25")]),
        # An explicit date beside a weekday decides the day.
        ("Nazvat ću vas u ponedjeljak, 30.11.", [("call", "2026-11-30")]),
        (
            "Dostavit ćemo ormar u srijedu, 2. prosinca u 10 sati.",
            [("deliver", "2026-12-02T10:00")],
        ),
        ("Dostavljamo u ponedjeljak 30.", [("deliver", "2026-11-30")]),
        ("Nazvat ću vas u ponedjeljak u 10.", [("call", "2026-11-23T10:00")]),
        ("Paket košta 12.50 eura, šaljemo ga sutra.", [("ship", "2026-11-23")]),
        # The present tense with a future time is a commitment (not a habit).
        ("Komodu vam dovozimo u ponedjeljak.", [("deliver", "2026-11-23")]),
        ("Šaljemo prekosutra.", [("send", "2026-11-24")]),
        ("Sutra vam odgovaram na upit.", [("reply", "2026-11-23")]),
        ("U četvrtak provjeravamo zalihe.", [("check", "2026-11-26")]),
        ("Dolazimo u utorak u 9 sati.", [("visit", "2026-11-24T09:00")]),
        ("Isplaćujemo vam iznos do petka.", [("refund", "2026-11-27")]),
        ("Vraćam vam poziv sutra ujutro.", [("call_back", "2026-11-23")]),
        ("Obično šaljemo ponedjeljkom.", []),
        ("Dovozimo svaki utorak.", []),
        # Informing verbs are a reply, with durations.
        ("Javit ću vam za tri dana.", [("reply", "2026-11-25")]),
        ("Obavijestit ću vas najkasnije za tri dana.", [("reply", "2026-11-25")]),
        ("Obavijestit ćemo vas u ponedjeljak.", [("reply", "2026-11-23")]),
        ("Javim vam sutra.", [("reply", "2026-11-23")]),
        ("Do petka ću vas izvijestiti.", [("reply", "2026-11-27")]),
        ("Javit ću vam se za četrnaest dana.", [("reply", "2026-12-06")]),
        # Looking at something is a check; two joined promises keep their own times.
        (
            "Pogledat ću šarku u ponedjeljak i poslati vam ponudbu u utorak.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Sutra ću pregledati stolicu.", [("check", "2026-11-23")]),
        (
            "U ponedjeljak pogledam okvir, a u utorak vam šaljem ponudu.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Bacit ću pogled na stolicu sutra.", [("check", "2026-11-23")]),
        ("Sutra ću baciti oko na fotografije.", [("check", "2026-11-23")]),
        # More of the same classes, mixed, and sentences that must stay silent.
        ("Hvala na narudžbi, šaljemo je u utorak.", [("ship", "2026-11-24")]),
        ("Šalicu vam šaljemo sutra, a račun ćemo poslati mailom.", [("ship", "2026-11-23")]),
        ("Ponudu i fotografije šaljem vam sutra.", [("send", "2026-11-23")]),
        ("Sutra vam šaljem link za plaćanje.", [("send", "2026-11-23")]),
        ("Svijeće šaljemo u ponedjeljak, 30. studenoga.", [("ship", "2026-11-30")]),
        ("Lampu ćemo poslati u srijedu.", [("ship", "2026-11-25")]),
        ("Dostavljamo svaki utorak.", []),
        ("Obično šaljemo u ponedjeljak.", []),
        ("Stol vam dovozimo u četvrtak u 10 sati.", [("deliver", "2026-11-26T10:00")]),
        ("Javit ću vam za dva dana imamo li tu boju.", [("reply", "2026-11-24")]),
        ("Obavijestit ću vas do srijede.", [("reply", "2026-11-25")]),
        (
            "Pogledat ću stolicu u ponedjeljak i nazvati vas u utorak.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        (
            "Sutra pregledavamo reklamaciju, a u petak vam javljamo.",
            [("check", "2026-11-23"), ("reply", "2026-11-27")],
        ),
        ("Nazvat ću vas u petak, 27. studenoga, u 10 sati.", [("call", "2026-11-27T10:00")]),
        ("Iznos vraćamo na vaš račun do petka.", [("refund", "2026-11-27")]),
        ("Sutra vam šaljemo novu zamjensku šalicu.", [("ship", "2026-11-23")]),
        ("Ormar montiramo i dostavljamo u subotu.", [("deliver", "2026-11-28")]),
        ("Prekosutra vas zovemo oko 11 sati.", [("call", "2026-11-24T11:00")]),
        ("U utorak dolazimo izmjeriti prostor.", [("visit", "2026-11-24")]),
        ("Novac vam uplaćujemo do srijede.", [("refund", "2026-11-25")]),
        ("Narudžbu predajemo kuriru u ponedjeljak.", [("ship", "2026-11-23")]),
        (
            "Sutra provjeravam s dobavljačem pa vam javljam u utorak.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Najkasnije za tri dana ću vam javiti.", [("reply", "2026-11-25")]),
        ("Obavijestit ćemo vas najkasnije u petak.", [("reply", "2026-11-27")]),
        ("Do petka vam javim.", [("reply", "2026-11-27")]),
        (
            "U ponedjeljak ću pogledati okvir, a u utorak vam poslati ponudu.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Okvir ću pregledati u ponedjeljak, a ponudu vam šaljem u utorak.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Vraćamo se s godišnjeg u ponedjeljak.", []),
        ("U ponedjeljak se vraćamo u trgovinu.", []),
        ("Dostavljamo samo radnim danom.", []),
        ("Dostavljate li u subotu?", []),
        ("Šal smo poslali u petak.", []),
        # The second held-out table (looked at since, so no longer held out).
        (
            "Poštovana gospođo Marić,\nzahvaljujemo na narudžbi. Paket predajemo GLS-u u utorak, a "
            "broj za praćenje poslat ću vam e-mailom u srijedu ujutro.\nLijep pozdrav,\nAna",
            [("ship", "2026-11-24"), ("send", "2026-11-25")],
        ),
        (
            "Nazvat ću vas u petak u 14 sati pa ćemo se dogovoriti oko gravure.",
            [("call", "2026-11-27T14:00")],
        ),
        ("Komodu vam dovozimo u ponedjeljak, 30. studenoga.", [("deliver", "2026-11-30")]),
        (
            "Oprostite, bila sam na sajmu. Nazvat ću vas natrag za sat vremena.",
            [("call_back", "2026-11-22T11:00")],
        ),
        ("Vuna je napokon stigla, tako da vam šal šaljemo prekosutra.", [("ship", "2026-11-24")]),
        (
            "U ponedjeljak ću pogledati oštećeni okvir, a ponudu za popravak šaljem vam u utorak.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Najkasnije za tri dana javit ću vam možemo li naručiti tu nijansu.",
            [("reply", "2026-11-25")],
        ),
        (
            "Doći ćemo u srijedu u 11:30 izmjeriti prostor za kuhinju.",
            [("visit", "2026-11-25T11:30")],
        ),
        ("Novac za razbijenu vazu vraćamo vam na karticu do subote.", [("refund", "2026-11-28")]),
        (
            "Poklon-košaricu dostavit ćemo vam u ured 18. prosinca u 10 sati.",
            [("deliver", "2026-12-18T10:00")],
        ),
        (
            "> Možete li provjeriti imate li prsten u veličini 54?\nNaravno! Sutra ću provjeriti u "
            "radionici i javit ću vam se u utorak.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Ispravljeni račun poslat ću vam još večeras.", [("send", "2026-11-22")]),
        (
            "Ručno rađene narudžbe traju malo duže, vašu ćemo poslati za 10 dana.",
            [("ship", "2026-12-02")],
        ),
        ("Idući četvrtak svratit ćemo do vas s uzorcima pločica.", [("visit", "2026-11-26")]),
        (
            "Dobar dan, gospodine Horvat! Sutra u podne nazvat ću vas zbog nijanse fasade, a boje "
            "vam dovozimo 7. prosinca.",
            [("call", "2026-11-23T12:00"), ("deliver", "2026-12-07")],
        ),
        ("Paket smo poslali u četvrtak Hrvatskom poštom, trebao bi vam uskoro stići.", []),
        ("Hvala vam puno na lijepoj recenziji, baš ste nas razveselili!", []),
        ("Odgovara li vam više da dostavimo u utorak ili u srijedu?", []),
        ("Rekli ste da ćete narudžbu podići u subotu, to nam sasvim odgovara.", []),
        ("Možda ćemo plave šalice opet imati idući mjesec, ali vidjet ćemo.", []),
        ("Ako želite, možemo vam poklon i zamotati.", []),
        ("Jutros sam zvala kurira i rekli su mi da im se pokvario kombi.", []),
        ("Vama i vašoj obitelji želimo sretan Božić i puno zdravlja!", []),
        ("Kad isprobate svijeće, javite nam kako su vam se svidjele.", []),
        (
            "> Pošaljite mi račun do petka.\nPoštovani, račun vam je u privitku ovog maila.\nLijep "
            "pozdrav, Ivana",
            [],
        ),
        # The classes fixed after the third held-out run (see the module doc).
        # Money amounts are never dates, whichever side the currency is on.
        ("Razliku od 4,20 € vratit ćemo vam u utorak.", [("refund", "2026-11-24")]),
        ("Vratit ću vam 3.10 eura u ponedjeljak.", [("refund", "2026-11-23")]),
        ("Preplaćenih 5.11 kn uplatit ćemo vam sutra.", [("refund", "2026-11-23")]),
        ("Dostava je 2.12 €, a paket šaljemo u srijedu.", [("ship", "2026-11-25")]),
        ("Iznos od EUR 6.10 prebacit ćemo vam u četvrtak.", [("refund", "2026-11-26")]),
        ("Razliku od 3.10 vratit ćemo vam u četvrtak.", [("refund", "2026-11-26")]),
        ("Uplatit ćemo vam 4,50 € na račun do petka.", [("refund", "2026-11-27")]),
        ("Cijena je 5.10 eura, a šaljemo sutra.", [("ship", "2026-11-23")]),
        ("Dostavit ćemo vam stol 4.12.", [("deliver", "2026-12-04")]),
        ("Nazvat ću vas u 17.10 sutra.", [("call", "2026-11-23T17:10")]),
        ("Kutija košta 9.12 eura.", []),
        # Coming to the customer is a visit; what the owner comes to do is its purpose.
        ("Svratit ću u srijedu pogledati ormar.", [("visit", "2026-11-25")]),
        ("Doći ću sutra u 10 sati pregledati bojler.", [("visit", "2026-11-23T10:00")]),
        ("Doći ćemo u petak provjeriti instalaciju.", [("visit", "2026-11-27")]),
        ("Navratit ću do vas u ponedjeljak da pogledam stolice.", [("visit", "2026-11-23")]),
        ("Doći ću i pogledati ormar u srijedu.", [("visit", "2026-11-25")]),
        ("Svratit ćemo sutra u 15 sati da izmjerimo prozore.", [("visit", "2026-11-23T15:00")]),
        ("Majstor i ja doći ćemo u ponedjeljak provjeriti kotao.", [("visit", "2026-11-23")]),
        ("Kauč ćemo preuzeti kod vas u subotu.", [("visit", "2026-11-28")]),
        # What lands in the customer's inbox is sent.
        ("Ponuda će vam biti u sandučiću do srijede.", [("send", "2026-11-25")]),
        ("Račun ćete imati na mailu sutra ujutro.", [("send", "2026-11-23")]),
        ("Bit će vam u inboxu u ponedjeljak.", [("send", "2026-11-23")]),
        ("Račun vam stiže na mail sutra.", [("send", "2026-11-23")]),
        ("Ponudu ćete dobiti na e-mail do četvrtka.", [("send", "2026-11-26")]),
        ("Imat ćete ponudu u sandučiću do petka.", [("send", "2026-11-27")]),
        # The customer's plans, shop policies and opening hours are no promises.
        ("Rekli ste da ćete doći po paket u petak, to je u redu.", []),
        ("Spomenuli ste da ćete nazvati u ponedjeljak.", []),
        ("Kažete da ćete doći u subotu ujutro, u redu.", []),
        ("Napisali ste da će vam kurir doći u ponedjeljak.", []),
        ("Kako ste rekli, nazvat ću vas u utorak.", [("call", "2026-11-24")]),
        ("Rekli ste da vam odgovara subota, pa ćemo doći u subotu.", [("visit", "2026-11-28")]),
        ("Nazvat ću vas sutra, rekli ste da vam odgovara ujutro.", [("call", "2026-11-23")]),
        ("Sve narudžbe primljene do 14 sati šaljemo isti dan.", []),
        ("Sve što naručite do 12 sati šaljemo isti dan.", []),
        ("Narudžbe zaprimljene do četvrtka dostavljamo u subotu.", []),
        ("Sve narudžbe šaljemo u roku od 24 sata.", []),
        ("Narudžbe ćemo poslati do petka.", [("ship", "2026-11-27")]),
        ("Popravit ćemo ga i poslati isti dan, u ponedjeljak.", [("ship", "2026-11-23")]),
        ("Subotom radimo do 13 sati.", []),
        ("U subotu radimo do 14 sati, pa možete doći po narudžbu.", []),
        ("Otvoreni smo do 20 sati.", []),
        ("Radno vrijeme subotom je do 13 sati.", []),
        ("Radimo na tome i javit ćemo vam se sutra.", [("reply", "2026-11-23")]),
        # Verbs and forms: moving money, arrivals, half an hour, objects named before.
        ("Prebacit ćemo vam novac na račun u srijedu.", [("refund", "2026-11-25")]),
        ("Novac ćemo vam uplatiti u petak.", [("refund", "2026-11-27")]),
        ("Uplatit ćemo vam novac u ponedjeljak.", [("refund", "2026-11-23")]),
        ("Novac ćemo vam vratiti u ponedjeljak.", [("refund", "2026-11-23")]),
        ("Paket će biti kod vas u četvrtak.", [("deliver", "2026-11-26")]),
        ("Bit će kod vas u srijedu.", [("deliver", "2026-11-25")]),
        ("Paket će vam stići u srijedu.", [("deliver", "2026-11-25")]),
        ("Nazvat ću vas za pola sata.", [("call", "2026-11-22T10:30")]),
        ("Javit ću vam se u roku od pola sata.", [("reply", "2026-11-22T10:30")]),
        ("Zeca dovršavam u četvrtak, a šaljem ga u petak.", [("ship", "2026-11-27")]),
        ("Šal dovršavam u četvrtak, a šaljem u petak.", [("ship", "2026-11-27")]),
        # Mixed, as in a whole e-mail.
        (
            "Poštovani gospodine Kovač,\n\nhvala na strpljenju. Preplatili ste 6,40 €, pa ćemo "
            "vam razliku od 2,20 € vratiti u srijedu. Rekli ste da ćete svratiti u subotu, nema "
            "problema, radimo do 14 sati.\n\nLijep pozdrav,\nAna",
            [("refund", "2026-11-25")],
        ),
        (
            "Poštovana gospođo Perić,\n\nsvratit ću u četvrtak u 10 sati pogledati stubište, a "
            "ponuda će vam biti u sandučiću do ponedjeljka 30. studenog.\n\nSrdačno,\nMarko",
            [("visit", "2026-11-26T10:00"), ("send", "2026-11-30")],
        ),
        (
            "Narudžbe zaprimljene do podneva šaljemo isti dan, pa će vaša biti kod vas u utorak.",
            [("deliver", "2026-11-24")],
        ),
        # The third held-out table (looked at since, so no longer held out).
        (
            "Poštovana gospođo Marić,\n\nzahvaljujemo na narudžbi! Kreme s nevenom upravo "
            "miješamo, a paket ćemo vam poslati u utorak.\n\nLijep pozdrav,\nIvana iz Lavande",
            [("ship", "2026-11-24")],
        ),
        (
            "Mobitel ću pregledati sutra ujutro, a do srijede ću vam javiti koliko će koštati "
            "zamjena ekrana.",
            [("check", "2026-11-23"), ("reply", "2026-11-25")],
        ),
        (
            "Med vam šaljemo prekosutra, čim ga pretočimo u staklenke.",
            [("ship", "2026-11-24")],
        ),
        (
            "Nazvat ću vas u četvrtak oko 17 sati pa ćemo se dogovoriti oko sadnica.",
            [("call", "2026-11-26T17:00")],
        ),
        (
            "Iznos za oštećenu bočicu ulja vratit ćemo vam na račun u roku od 3 dana.",
            [("refund", "2026-11-25")],
        ),
        (
            "Ogrlicu vam osobno donosim 2. prosinca u 18 sati, kako smo se dogovorili.",
            [("deliver", "2026-12-02T18:00")],
        ),
        (
            "Fotografije komode sam pogledala i sve mi je jasno. Ponudu za restauraciju "
            "šaljem vam do četvrtka.",
            [("send", "2026-11-26")],
        ),
        (
            "Sad sam na sajmu pa ne mogu razgovarati, vratit ću vam poziv sutra u 12:30.",
            [("call_back", "2026-11-23T12:30")],
        ),
        (
            "Primjerak ću još danas provjeriti list po list, da vidim jesu li sve ilustracije "
            "na mjestu.",
            [("check", "2026-11-22")],
        ),
        ("Dolazimo vam u ponedjeljak posaditi tuje uz ogradu.", [("visit", "2026-11-23")]),
        ("Sadnice lavande stići će vam za 4 dana.", [("deliver", "2026-11-26")]),
        (
            "Dobavljača ću nazvati sutra, a vama se javljam u srijedu.",
            [("call", "2026-11-23"), ("reply", "2026-11-25")],
        ),
        ("Maslinovo ulje iz nove berbe šaljemo 7. prosinca.", [("ship", "2026-12-07")]),
        (
            "Račun vam šaljem mailom sutra, odmah nakon što otvorimo.",
            [("send", "2026-11-23")],
        ),
        (
            "Nazvat ću vas sljedeći utorak u 9:30 da potvrdimo termin.",
            [("call", "2026-11-24T09:30")],
        ),
        ("Paket smo jučer predali Overseasu, trebao bi uskoro stići.", []),
        ("Hvala vam puno na lijepim riječima, drago nam je da vam se krema svidjela!", []),
        ("Odgovara li vam da dođemo u srijedu ili vam je bolje u petak?", []),
        ("Ako želite, mogli bismo naušnice zapakirati kao poklon.", []),
        ("Vidjet ćemo hoćemo li do proljeća opet imati te sorte ruža.", []),
        (
            "Rekli ste da ćete po narudžbu doći u subotu, nema problema, radimo do 13 sati.",
            [],
        ),
        ("Javit ću vam čim knjiga stigne iz skladišta.", []),
        ("Zvali smo vas u petak, ali bili ste nedostupni.", []),
        ("Narudžbe zaprimljene do 12 sati šaljemo isti dan.", []),
        (
            "Poštovani gospodine Horvat,\n\nhvala vam što ste nam se ponovno javili. Drago "
            "nam je da je prsten stigao na vrijeme i da se vašoj zaručnici svidio. Puno "
            "sreće i ljubavi!\n\nSrdačan pozdrav,\nMarta, Zlatarna Vila",
            [],
        ),
        # The classes fixed after the fourth held-out run (see the module doc).
        # Send vs ship: verbs that only ship, documents in every form, pronouns, titles, copies.
        ("Šal ćemo otpremiti u srijedu.", [("ship", "2026-11-25")]),
        ("Narudžbu ćemo predati kuriru u ponedjeljak.", [("ship", "2026-11-23")]),
        ("Fotke stola šaljem vam sutra.", [("send", "2026-11-23")]),
        ("Slike gotovog ormara poslat ću vam večeras.", [("send", "2026-11-22")]),
        ("Izvještaj s fotografijama poslat ću vam u četvrtak.", [("send", "2026-11-26")]),
        ("Izvještaj i fotografije poslat ću vam u petak.", [("send", "2026-11-27")]),
        ("Fotografije i opis oštećenja šaljem vam sutra.", [("send", "2026-11-23")]),
        ("Ponudu i predračun šaljem vam do petka.", [("send", "2026-11-27")]),
        ("Broj za praćenje poslat ću vam sutra.", [("send", "2026-11-23")]),
        ("Poslat ću vam link za praćenje pošiljke sutra.", [("send", "2026-11-23")]),
        ("Račun vam šaljem mailom sutra.", [("send", "2026-11-23")]),
        ("Vaš primjerak knjige šaljemo u ponedjeljak.", [("ship", "2026-11-23")]),
        ("Vaš primjerak šaljemo sutra.", [("ship", "2026-11-23")]),
        ("Poslat ćemo vam »Catan« u srijedu.", [("ship", "2026-11-25")]),
        ("Vaza je gotova, poslat ćemo je u utorak.", [("ship", "2026-11-24")]),
        ("Ormarić je gotov. Šaljem vam ga sutra.", [("ship", "2026-11-23")]),
        ("Hvala na narudžbi! Poslat ćemo je sutra.", [("ship", "2026-11-23")]),
        ("Hvala na fotografijama, šal šaljemo sutra.", [("ship", "2026-11-23")]),
        ("Ponuda je spremna, poslat ću vam je sutra.", [("send", "2026-11-23")]),
        ("Izvještaj je gotov, šaljem vam ga sutra.", [("send", "2026-11-23")]),
        # What the customer gets from the owner is what the owner sends (or says).
        ("Ponudu ćete od mene dobiti do petka.", [("send", "2026-11-27")]),
        ("Predračun ćete od nas dobiti sutra.", [("send", "2026-11-23")]),
        ("Sutra ćete od mene dobiti fotografije.", [("send", "2026-11-23")]),
        ("Od nas ćete dobiti novu vazu u utorak.", [("ship", "2026-11-24")]),
        ("Od mene ćete dobiti poziv u utorak u 11 sati.", [("call", "2026-11-24T11:00")]),
        ("Paket ćete dobiti u utorak.", [("deliver", "2026-11-24")]),
        # Visits: a date set off by commas, and the ways of coming over.
        ("Dolazimo u subotu, 12. prosinca, u 10 sati.", [("visit", "2026-12-12T10:00")]),
        ("Dolazimo k vama u subotu, 28. studenoga.", [("visit", "2026-11-28")]),
        (
            "Dolazim k vama u ponedjeljak, 30. studenoga, oko 9 sati.",
            [("visit", "2026-11-30T09:00")],
        ),
        ("Svratit ću do vas u četvrtak, 3. prosinca.", [("visit", "2026-12-03")]),
        ("Bit ću kod vas u utorak ujutro.", [("visit", "2026-11-24")]),
        # Money on its way back is a refund.
        ("Novac će vam biti vraćen na karticu do srijede.", [("refund", "2026-11-25")]),
        ("Iznos će vam biti uplaćen u ponedjeljak.", [("refund", "2026-11-23")]),
        ("Povrat novca bit će izvršen do srijede.", [("refund", "2026-11-25")]),
        ("Novac će vam sjesti na račun do petka.", [("refund", "2026-11-27")]),
        ("Novac će biti na vašoj kartici do petka.", [("refund", "2026-11-27")]),
        # Sentences that must stay silent.
        ("Možete li nam do petka poslati fotografiju računa?", []),
        ("Paket smo poslali u petak.", []),
        ("Dobit ćete SMS od kurira u utorak.", []),
        ("Slobodno svratite u subotu.", []),
        ("Slobodno svratite k nama u subotu, 12. prosinca.", []),
        ("Novac vam je vraćen jučer.", []),
        ("Novac vam je vraćen na karticu u petak.", []),
        ("Ako vam novac ne sjedne na račun do petka, javite nam.", []),
        # A pronoun stands for the nearest thing named before it: documents sent, goods shipped.
        ("Tanjuri su gotovi. Šaljemo ih sutra.", [("ship", "2026-11-23")]),
        ("Fotografije su gotove, šaljem vam ih sutra.", [("send", "2026-11-23")]),
        ("Ponuda je gotova. Šaljem vam ju sutra.", [("send", "2026-11-23")]),
        # Goods setting off are shipped, and what is got sent off goes by its object.
        ("Vaša narudžba kreće prema vama u ponedjeljak.", [("ship", "2026-11-23")]),
        (
            "Knjigu ćemo vam otpremiti u ponedjeljak, a račun poslati mailom danas.",
            [("ship", "2026-11-23"), ("send", "2026-11-22")],
        ),
        ("Radionica kreće u ponedjeljak u 10 sati.", []),
        ("Narudžba je krenula prema vama u petak.", []),
        # The same classes in other words: deposits, sketches, rugs, shelves.
        ("Skice i uzorke boja poslat ću vam u srijedu.", [("send", "2026-11-25")]),
        ("Tepih šaljemo u ponedjeljak preko Overseasa.", [("ship", "2026-11-23")]),
        ("Procjenu štete dobit ćete od mene do petka.", [("send", "2026-11-27")]),
        ("Doći ćemo u ponedjeljak, 30. studenoga, da postavimo police.", [("visit", "2026-11-30")]),
        ("Akontacija će vam biti vraćena do ponedjeljka.", [("refund", "2026-11-23")]),
        # The fourth held-out table (looked at since, so no longer held out).
        (
            "Poštovana gospođo Marić, sapune s lavandom šaljemo sutra preko GLS-a.\n\nLijep pozdrav,\nAna",
            [("ship", "2026-11-23")],
        ),
        (
            "Nazvat ću vas u utorak u 17 sati da se dogovorimo oko veličine kombinezona.",
            [("call", "2026-11-24T17:00")],
        ),
        (
            "Ponudu za tisak 40 majica za vašu udrugu poslat ću vam do četvrtka.",
            [("send", "2026-11-26")],
        ),
        ("Hrana za kornjače stići će vam u petak, 27. studenoga.", [("deliver", "2026-11-27")]),
        (
            "Oprostite što se nisam javio, trenutno sam na sajmu – vratit ću vam poziv za sat vremena.",
            [("call_back", "2026-11-22T11:00")],
        ),
        (
            "Javit ću vam se za četiri dana s točnom cijenom etiopske kave.",
            [("reply", "2026-11-26")],
        ),
        (
            "U ponedjeljak ću pregledati obruč koji ste nam poslali, a u srijedu vam šaljemo novi.",
            [("check", "2026-11-23"), ("ship", "2026-11-25")],
        ),
        (
            "Novac za razbijenu bocu graševine vraćamo vam do 2. prosinca.",
            [("refund", "2026-12-02")],
        ),
        ("Doći ću k vama u subotu da izmjerim nišu za ugradbeni ormar.", [("visit", "2026-11-28")]),
        (
            "Fotografije korica i autorova potpisa poslat ću vam prekosutra.",
            [("send", "2026-11-24")],
        ),
        (
            "Tortu za krštenje dostavljamo u subotu, 5. prosinca, u 11 sati.",
            [("deliver", "2026-12-05T11:00")],
        ),
        (
            "Dobar dan, Ivane,\n\nhvala na strpljenju! Lego set koji ste naručili napokon nam je stigao u petak. Sutra ga šaljemo, a račun ću vam poslati e-mailom još danas.\n\nLijep pozdrav,\nMarija\nKockica, Varaždin",
            [("ship", "2026-11-23"), ("send", "2026-11-22")],
        ),
        ("Rabljene ploče koje ste rezervirali poslat ćemo 1. prosinca.", [("ship", "2026-12-01")]),
        (
            "Još danas ću provjeriti ima li maslinovog ulja u kantama od 5 litara.",
            [("check", "2026-11-22")],
        ),
        (
            "Čujemo se u četvrtak u 13 sati, dotad ću znati više o isporuci sadnica.",
            [("call", "2026-11-26T13:00")],
        ),
        ("Paket smo predali Hrvatskoj pošti u petak, pa bi trebao uskoro stići.", []),
        ("Hvala vam puno na lijepim riječima, drago nam je da se kćerki sviđa haljinica!", []),
        ("Odgovara li vam da kombinezon zamijenimo za veći broj?", []),
        ("Napisali ste da ćete sapune osobno preuzeti u subotu, to nam sasvim odgovara.", []),
        ("Sve narudžbe zaprimljene do 12 sati šaljemo isti radni dan.", []),
        ("Radno vrijeme trgovine je od ponedjeljka do petka, od 8 do 16 sati.", []),
        ("Ako dobavljač pošalje novu turu, možda ćemo opet imati i majice u zelenoj boji.", []),
        (
            "Jučer sam razgovarala s kurirskom službom i rekli su da je paket zapeo u sortirnom centru.",
            [],
        ),
        ("Možete li mi poslati fotografiju oštećenja na kutiji?", []),
        ("Sretni blagdani i puno zdravlja vama i obitelji!", []),
    ],
    "de": [
        (
            "Hallo Herr Weber, ich rufe Sie am Mittwoch an, um die Details zu besprechen.",
            [("call", "2026-11-25")],
        ),
        ("Wir rufen Sie am Dienstag um 10:30 Uhr an.", [("call", "2026-11-24T10:30")]),
        ("Die Rechnung schicke ich Ihnen bis Freitag.", [("send", "2026-11-27")]),
        ("Ich verschicke das Paket morgen früh.", [("ship", "2026-11-23")]),
        ("Wir versenden Ihre Bestellung übermorgen.", [("ship", "2026-11-24")]),
        ("Ich melde mich in 3 Tagen mit der neuen Preisliste.", [("reply", "2026-11-25")]),
        (
            "Wir erstatten Ihnen den vollen Betrag innerhalb von 5 Werktagen.",
            [("refund", "2026-11-27")],
        ),
        ("Ich rufe Sie in 2 Stunden zurück.", [("call_back", "2026-11-22T12:00")]),
        ("Ich rufe Sie nächsten Montag an.", [("call", "2026-11-23")]),
        ("Den Ersatz schicken wir am 2. Dezember.", [("ship", "2026-12-02")]),
        (
            "Ich prüfe am Montag den Lagerbestand und gebe Ihnen bis Dienstag Bescheid.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Ihre Bestellung wird am Donnerstag ankommen.", [("deliver", "2026-11-26")]),
        ("Wir liefern das Sofa am 4. Dezember um 9 Uhr.", [("deliver", "2026-12-04T09:00")]),
        ("Ich rufe Sie um 15 Uhr an.", [("call", "2026-11-22T15:00")]),
        ("Ich antworte Ihnen heute noch ausführlich.", [("reply", "2026-11-22")]),
        (
            "Ich frage beim Kurier nach und melde mich bis Ende der Woche.",
            [("reply", "2026-11-27")],
        ),
        (
            "Wir kommen am Samstag vorbei und messen das Fenster aus.",
            [("visit", "2026-11-28")],
        ),
        (
            "Ich schaue mir das an und antworte innerhalb von 24 Stunden.",
            [("reply", "2026-11-23T10:00")],
        ),
        ("Die Muster sende ich Ihnen am 12.12.", [("send", "2026-12-12")]),
        (
            "Ich rufe Sie morgen an und wir schicken den Vertrag am Donnerstag.",
            [("call", "2026-11-23"), ("send", "2026-11-26")],
        ),
        (
            "Wir besuchen Sie nächsten Donnerstag um 11 Uhr im Laden.",
            [("visit", "2026-11-26T11:00")],
        ),
        ("Heute Nachmittag schaue ich mir die Fotos an.", [("check", "2026-11-22")]),
        ("Die Erstattung veranlassen wir bis Mittwoch.", [("refund", "2026-11-25")]),
        ("Ich melde mich, sobald der Kurier das Paket abgeholt hat.", []),
        ("Vielen Dank, wir telefonieren am Montag.", [("call", "2026-11-23")]),
        ("Ich rufe Sie am Dienstag gegen 9 an.", [("call", "2026-11-24T09:00")]),
        (
            "Ich rufe Sie am Montag an. Das Paket verschicken wir am Dienstag, es sollte bis "
            "Donnerstag bei Ihnen sein.",
            [("call", "2026-11-23"), ("ship", "2026-11-24"), ("deliver", "2026-11-26")],
        ),
        ("Wir haben Sie gestern angerufen, aber niemand ist rangegangen.", []),
        ("Das Paket haben wir am Freitag verschickt.", []),
        ("Melden Sie sich gerne, wenn Sie Fragen haben.", []),
        ("Rufen Sie uns jederzeit unter 030 1234567 an.", []),
        ("Könnten Sie uns bis Freitag ein Foto vom Schaden schicken?", []),
        ("Bitte senden Sie den Artikel innerhalb von 14 Tagen zurück.", []),
        ("Soll ich Sie am Mittwoch anrufen?", []),
        ("Leider können wir erst nach Montag versenden.", []),
        ("Wir können es am Montag schicken, wenn Ihnen das passt.", []),
        ("Wir versenden jeden Werktag um 14 Uhr.", []),
        ("Ich rufe Sie zurück.", []),
        ("Am Montag ist unser Laden geschlossen.", []),
        ("Der Kurier war am Donnerstag da, aber Sie waren nicht zu Hause.", []),
        (
            "> Können Sie mich morgen anrufen?\nGerne, ich rufe Sie morgen um 11 Uhr an.",
            [("call", "2026-11-23T11:00")],
        ),
        (
            "Schicken Sie uns Ihre Adresse, dann verschicken wir am Montag.",
            [("send", "2026-11-23")],
        ),
        ("Falls das Paket bis Freitag nicht ankommt, melden Sie sich bitte.", []),
        (
            "Guten Morgen, ich bringe Ihnen die Torte morgen um 10:00 vorbei.",
            [("deliver", "2026-11-23T10:00")],
        ),
        (
            "Ihre Bestellung geben wir gleich Montag früh in den Versand.",
            [("ship", "2026-11-23")],
        ),
        ("Ich würde Sie gerne am Donnerstagnachmittag anrufen.", [("call", "2026-11-26")]),
        ("Die Sendungsnummer wird Ihnen morgen per E-Mail zugeschickt.", [("send", "2026-11-23")]),
        # The classes fixed after the first held-out run (see the module doc).
        ("Die Ware geht spätestens am Freitag an Sie raus.", [("ship", "2026-11-27")]),
        ("Ihre Bestellung geht am Montag in den Versand.", [("ship", "2026-11-23")]),
        ("Wir schicken das Paket am Dienstag ab.", [("ship", "2026-11-24")]),
        ("Die Rechnung geht Ihnen morgen per E-Mail zu.", [("send", "2026-11-23")]),
        ("Wir geben die Sendung morgen bei der Post auf.", [("ship", "2026-11-23")]),
        ("Wir zahlen Ihnen den Betrag bis Mittwoch zurück.", [("refund", "2026-11-25")]),
        ("Das Paket kommt am Mittwoch bei Ihnen an.", [("deliver", "2026-11-25")]),
        ("Wir fahren am Freitag um 14 Uhr bei Ihnen vorbei.", [("visit", "2026-11-27T14:00")]),
        ("Ich schaue am Montag bei Ihnen vorbei.", [("visit", "2026-11-23")]),
        ("Ich hake morgen beim Lieferanten nach.", [("check", "2026-11-23")]),
        ("Wir liefern die Möbel am Samstag aus.", [("deliver", "2026-11-28")]),
        ("Die Bestellung geht leider nicht vor Montag raus.", []),
        (
            "Ich rufe Sie morgen um 9 Uhr an, um den Termin abzustimmen.",
            [("call", "2026-11-23T09:00")],
        ),
        (
            "Ich rufe Sie am Dienstag gegen 11 Uhr noch einmal zurück.",
            [("call_back", "2026-11-24T11:00")],
        ),
        ("Ich melde mich am Mittwoch telefonisch bei Ihnen.", [("call_back", "2026-11-25")]),
        ("Den Rückruf erledige ich morgen früh.", [("call_back", "2026-11-23")]),
        ("Wir haben das Paket am Freitag verschickt, es sollte bald bei Ihnen sein.", []),
        ("Die Bestellung ging am Freitag raus, sie sollte bald ankommen.", []),
        ("Das Paket wurde am Freitag verschickt und sollte bald ankommen.", []),
        (
            "Wir haben Sie am Freitag angerufen und melden uns am Montag wieder.",
            [("reply", "2026-11-23")],
        ),
        ("Das Paket geht raus am Dienstag.", [("ship", "2026-11-24")]),
        # Formerly held out (looked at since, so no longer held out).
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
        # The classes fixed after the second held-out run (see the module doc).
        # Send vs ship: documents and information are sent, goods shipped, by the object.
        ("Ihre Tassen schicken wir Ihnen am Dienstag.", [("ship", "2026-11-24")]),
        ("Den Honig versende ich morgen.", [("ship", "2026-11-23")]),
        ("Das Angebot schicke ich Ihnen morgen.", [("send", "2026-11-23")]),
        ("Die Fotos schicke ich Ihnen heute Abend.", [("send", "2026-11-22")]),
        ("Den Link zur Sendungsverfolgung schicke ich Ihnen morgen.", [("send", "2026-11-23")]),
        ("Ich schicke Ihnen die Rechnung morgen per E-Mail.", [("send", "2026-11-23")]),
        ("Wir verschicken die Vase am Mittwoch.", [("ship", "2026-11-25")]),
        ("Danke für Ihre Bestellung, wir verschicken sie am Montag.", [("ship", "2026-11-23")]),
        ("Die Kerzen sind fertig, wir schicken sie morgen los.", [("ship", "2026-11-23")]),
        # An explicit date beside a weekday decides the day.
        ("Wir rufen Sie am Montag, 30.11., an.", [("call", "2026-11-30")]),
        ("Ich rufe Sie am Mittwoch, dem 2. Dezember an.", [("call", "2026-12-02")]),
        ("Die Lieferung bringen wir am Montag den 30.11. vorbei.", [("deliver", "2026-11-30")]),
        ("Wir liefern den Schrank am Montag, den 30., aus.", [("deliver", "2026-11-30")]),
        ("Ich rufe Sie am Mittwoch, den 2., an.", [("call", "2026-12-02")]),
        ("Ich rufe Sie am Montag um 10.30 Uhr an.", [("call", "2026-11-23T10:30")]),
        ("Ich rufe Sie am 30.11 an.", [("call", "2026-11-30")]),
        ("Ich rufe Sie morgen um 11.15 Uhr an.", [("call", "2026-11-23T11:15")]),
        # The present tense with a future time is a commitment (not a habit).
        ("Wir liefern am Montag.", [("deliver", "2026-11-23")]),
        ("Wir verschicken morgen.", [("send", "2026-11-23")]),
        ("Am Mittwoch kommen wir vorbei.", [("visit", "2026-11-25")]),
        ("Wir erstatten Ihnen das Geld bis Freitag.", [("refund", "2026-11-27")]),
        ("Ich prüfe das morgen.", [("check", "2026-11-23")]),
        ("Normalerweise liefern wir montags.", []),
        # Informing verbs are a reply, with durations.
        ("Ich sage Ihnen morgen Bescheid.", [("reply", "2026-11-23")]),
        ("Wir informieren Sie bis Freitag.", [("reply", "2026-11-27")]),
        ("Ich gebe Ihnen am Montag Bescheid.", [("reply", "2026-11-23")]),
        ("Bis Mittwoch gebe ich Ihnen Bescheid.", [("reply", "2026-11-25")]),
        ("Ich benachrichtige Sie morgen.", [("reply", "2026-11-23")]),
        ("Wir melden uns in vierzehn Tagen.", [("reply", "2026-12-06")]),
        # Looking at something is a check; two joined promises keep their own times.
        (
            "Ich schaue mir das Scharnier am Montag an und schicke Ihnen am Dienstag ein Angebot.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Am Montag sehe ich mir den Stuhl an.", [("check", "2026-11-23")]),
        ("Wir schauen uns den Rahmen morgen genauer an.", [("check", "2026-11-23")]),
        # More of the same classes, mixed, and sentences that must stay silent.
        ("Die Tassen sind fertig, wir verschicken sie morgen.", [("ship", "2026-11-23")]),
        ("Wir schicken Ihnen das Angebot und die Fotos morgen.", [("send", "2026-11-23")]),
        ("Den Kostenvoranschlag schicke ich Ihnen am Dienstag.", [("send", "2026-11-24")]),
        ("Ich schicke Ihnen morgen den Link zum Bezahlen.", [("send", "2026-11-23")]),
        ("Gerne verschicken wir die Lampe am Mittwoch.", [("ship", "2026-11-25")]),
        ("Wir versenden die Kerzen am Montag, den 30. November.", [("ship", "2026-11-30")]),
        ("Ihre Auftragsbestätigung schicke ich Ihnen heute noch.", [("send", "2026-11-22")]),
        ("Wir liefern die Kommode am Donnerstag.", [("deliver", "2026-11-26")]),
        ("Wir liefern immer donnerstags.", []),
        ("Ich sage Ihnen bis Mittwoch Bescheid.", [("reply", "2026-11-25")]),
        (
            "Ich gebe Ihnen in zwei Tagen Bescheid, ob die Farbe lieferbar ist.",
            [("reply", "2026-11-24")],
        ),
        (
            "Ich schaue mir den Stuhl am Montag an und rufe Sie dann am Dienstag an.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        ("Ich werfe morgen einen Blick auf die Naht.", [("check", "2026-11-23")]),
        (
            "Ich rufe Sie am Freitag, dem 27. November, um 10 Uhr an.",
            [("call", "2026-11-27T10:00")],
        ),
        ("Morgen schicken wir Ihnen die neue Tasse.", [("ship", "2026-11-23")]),
        ("Am Samstag liefern wir den Schrank.", [("deliver", "2026-11-28")]),
        ("Übermorgen rufen wir Sie gegen 11 Uhr an.", [("call", "2026-11-24T11:00")]),
        ("Am Dienstag kommen wir zum Ausmessen vorbei.", [("visit", "2026-11-24")]),
        ("Den Betrag überweisen wir Ihnen bis Mittwoch zurück.", [("refund", "2026-11-25")]),
        ("Die Bestellung übergeben wir am Montag dem Kurier.", [("ship", "2026-11-23")]),
        ("Spätestens in drei Tagen gebe ich Ihnen Bescheid.", [("reply", "2026-11-25")]),
        ("Wir informieren Sie spätestens am Freitag.", [("reply", "2026-11-27")]),
        ("Ich melde mich spätestens in drei Tagen.", [("reply", "2026-11-25")]),
        ("Ich werde Ihnen bis Freitag Bescheid geben.", [("reply", "2026-11-27")]),
        (
            "Ich sehe mir den Rahmen am Montag an und schicke Ihnen dann am Dienstag ein Angebot.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Ich schaue mir morgen die Fotos an.", [("check", "2026-11-23")]),
        ("Wir liefern nur montags und donnerstags.", []),
        ("Den Schal haben wir am Freitag verschickt.", []),
        # The second held-out table (looked at since, so no longer held out).
        (
            "Sehr geehrte Frau Schneider,\nvielen Dank für Ihre Bestellung. Wir geben das Paket am "
            "Dienstag bei der Post auf und schicken Ihnen die Sendungsnummer am Mittwoch per "
            "E-Mail.\nMit freundlichen Grüßen\nJana Roth",
            [("ship", "2026-11-24"), ("send", "2026-11-25")],
        ),
        (
            "Ich rufe Sie am Freitag um 17 Uhr an, dann besprechen wir die Gravur.",
            [("call", "2026-11-27T17:00")],
        ),
        ("Den Schrank liefern wir Ihnen am Montag, den 30. November.", [("deliver", "2026-11-30")]),
        (
            "Entschuldigung, ich war gerade im Kundengespräch – ich rufe Sie in einer Stunde "
            "zurück.",
            [("call_back", "2026-11-22T11:00")],
        ),
        (
            "Die Wolle ist endlich da, Ihren Schal verschicken wir übermorgen.",
            [("ship", "2026-11-24")],
        ),
        (
            "Am Montag schaue ich mir den beschädigten Rahmen an, und am Dienstag schicke ich "
            "Ihnen ein Angebot für die Reparatur.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Ich gebe Ihnen spätestens in drei Tagen Bescheid, ob wir den Farbton nachbestellen "
            "können.",
            [("reply", "2026-11-25")],
        ),
        (
            "Wir kommen am Mittwoch um 11:30 Uhr vorbei und nehmen die Maße für die Küche.",
            [("visit", "2026-11-25T11:30")],
        ),
        (
            "Den Betrag für die zerbrochene Vase erstatten wir Ihnen bis Samstag.",
            [("refund", "2026-11-28")],
        ),
        (
            "Den Präsentkorb liefern wir am 18. Dezember um 10 Uhr in Ihr Büro.",
            [("deliver", "2026-12-18T10:00")],
        ),
        (
            "> Können Sie nachsehen, ob es den Ring in Größe 54 gibt?\nNa klar! Ich sehe morgen in "
            "der Werkstatt nach und melde mich am Dienstag bei Ihnen.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Die korrigierte Rechnung schicke ich Ihnen heute Abend noch.", [("send", "2026-11-22")]),
        (
            "Handgefertigte Stücke brauchen etwas Zeit – Ihre Bestellung geht in 10 Tagen raus.",
            [("ship", "2026-12-02")],
        ),
        (
            "Ich komme nächste Woche am Donnerstag bei Ihnen vorbei, um die Lampe anzuschließen.",
            [("visit", "2026-11-26")],
        ),
        (
            "Guten Tag Herr Becker, ich rufe Sie morgen um 9:15 Uhr an, um den Farbton "
            "abzustimmen. Die Farbe liefern wir dann am 7. Dezember.",
            [("call", "2026-11-23T09:15"), ("deliver", "2026-12-07")],
        ),
        (
            "Wir haben Ihr Paket am Donnerstag mit Hermes verschickt, es müsste also bald bei "
            "Ihnen sein.",
            [],
        ),
        ("Herzlichen Dank für Ihre nette Bewertung, darüber haben wir uns sehr gefreut!", []),
        ("Passt Ihnen die Lieferung eher am Dienstag oder am Mittwoch?", []),
        (
            "Sie hatten geschrieben, dass Sie die Bestellung am Samstag abholen – das passt uns "
            "gut.",
            [],
        ),
        (
            "Vielleicht bekommen wir die blauen Tassen nächsten Monat wieder rein, aber "
            "versprechen kann ich nichts.",
            [],
        ),
        ("Wenn Sie möchten, können wir das Geschenk auch gerne einpacken.", []),
        (
            "Ich habe heute früh mit dem Paketdienst telefoniert, deren Transporter hatte eine "
            "Panne.",
            [],
        ),
        ("Wir wünschen Ihnen und Ihrer Familie frohe Weihnachten und einen guten Rutsch!", []),
        (
            "Wenn Sie die Kerzen ausprobiert haben, schreiben Sie uns gerne, wie sie Ihnen "
            "gefallen.",
            [],
        ),
        (
            "> Schicken Sie mir bitte bis Freitag die Rechnung.\nHallo Frau Lang, die Rechnung "
            "finden Sie im Anhang dieser E-Mail.\nViele Grüße\nTim",
            [],
        ),
        # The classes fixed after the third held-out run (see the module doc).
        # Money amounts are never dates, whichever side the currency is on.
        (
            "Die 4.20 € Differenz überweisen wir Ihnen am Dienstag zurück.",
            [("refund", "2026-11-24")],
        ),
        ("Ich erstatte Ihnen die 3,10 EUR am Montag.", [("refund", "2026-11-23")]),
        (
            "Die Versandkosten von 5.11 Euro überweise ich Ihnen morgen zurück.",
            [("refund", "2026-11-23")],
        ),
        ("Der Rahmen kostet 12.10 €, ich schicke ihn Ihnen am Mittwoch.", [("ship", "2026-11-25")]),
        ("Die 3.10 Differenz erstatte ich Ihnen am Donnerstag.", [("refund", "2026-11-26")]),
        ("Wir überweisen Ihnen 4,50 € bis Freitag zurück.", [("refund", "2026-11-27")]),
        ("Ich rufe Sie am 4.12. an.", [("call", "2026-12-04")]),
        ("Ich rufe Sie morgen um 17.10 Uhr an.", [("call", "2026-11-23T17:10")]),
        ("Das macht zusammen 7.12 Euro.", []),
        # Coming to the customer is a visit; what the owner comes to do is its purpose.
        ("Ich komme am Mittwoch vorbei, um mir die Heizung anzusehen.", [("visit", "2026-11-25")]),
        (
            "Wir kommen morgen um 9 Uhr vorbei und prüfen die Leitung.",
            [("visit", "2026-11-23T09:00")],
        ),
        (
            "Ich werde am Freitag vorbeikommen und mir den Schrank ansehen.",
            [("visit", "2026-11-27")],
        ),
        (
            "Am Donnerstag komme ich zu Ihnen und schaue mir die Fenster an.",
            [("visit", "2026-11-26")],
        ),
        (
            "Ich bin morgen um 10 Uhr bei Ihnen und sehe mir die Therme an.",
            [("visit", "2026-11-23T10:00")],
        ),
        (
            "Wir schauen am Montag bei Ihnen vorbei, um den Schaden zu begutachten.",
            [("visit", "2026-11-23")],
        ),
        ("Ich besuche Sie am Dienstag und messe die Fenster aus.", [("visit", "2026-11-24")]),
        ("Wir holen den Sessel am Samstag bei Ihnen ab.", [("visit", "2026-11-28")]),
        # What lands in the customer's inbox is sent.
        ("Sie haben das Angebot spätestens am Freitag im Postfach.", [("send", "2026-11-27")]),
        ("Die Rechnung ist morgen in Ihrem Posteingang.", [("send", "2026-11-23")]),
        ("Die Fotos landen heute Abend in Ihrem Postfach.", [("send", "2026-11-22")]),
        ("Sie bekommen das Angebot bis Freitag per Mail.", [("send", "2026-11-27")]),
        ("Sie finden die Rechnung morgen in Ihrem Postfach.", [("send", "2026-11-23")]),
        (
            "Sie haben das Angebot bis Montag, den 30. November, im Postfach.",
            [("send", "2026-11-30")],
        ),
        # The customer's plans, shop policies and opening hours are no promises.
        ("Sie sagten, Sie holen die Lampe am Samstag ab.", []),
        ("Sie hatten geschrieben, dass Sie am Montag vorbeikommen.", []),
        ("Sie meinten, Sie kommen am Samstag vorbei.", []),
        ("Sie haben geschrieben, dass das Paket am Montag kommt.", []),
        ("Wie Sie sagten, rufe ich Sie am Dienstag an.", [("call", "2026-11-24")]),
        ("Wie Sie wissen, rufe ich Sie am Montag an.", [("call", "2026-11-23")]),
        ("Bestellungen, die bis 14 Uhr eingehen, versenden wir noch am selben Tag.", []),
        ("Was bis 12 Uhr bestellt wird, verschicken wir am selben Tag.", []),
        ("Bestellungen, die bis Donnerstag eingehen, liefern wir am Samstag aus.", []),
        (
            "Wir reparieren die Uhr und schicken sie noch am selben Tag zurück, am Montag.",
            [("ship", "2026-11-23")],
        ),
        ("Samstags haben wir bis 14 Uhr geöffnet.", []),
        ("Am Samstag sind wir bis 13 Uhr für Sie geöffnet.", []),
        ("Wir haben am Samstag von 9 bis 13 Uhr offen.", []),
        ("Die Frage ist noch offen, ich melde mich morgen.", [("reply", "2026-11-23")]),
        # Verbs and forms: money back, arrivals, half an hour, objects named before.
        ("Das Geld überweise ich Ihnen am Montag zurück.", [("refund", "2026-11-23")]),
        ("Das Geld erstatten wir Ihnen bis Montag.", [("refund", "2026-11-23")]),
        ("Das Paket wird am Donnerstag bei Ihnen sein.", [("deliver", "2026-11-26")]),
        ("Ihre Bestellung wird am Mittwoch bei Ihnen sein.", [("deliver", "2026-11-25")]),
        ("Ich rufe Sie in einer halben Stunde zurück.", [("call_back", "2026-11-22T10:30")]),
        ("Ich melde mich in einer halben Stunde.", [("reply", "2026-11-22T10:30")]),
        (
            "Den Schal stricke ich am Donnerstag fertig und verschicke ihn am Freitag.",
            [("ship", "2026-11-27")],
        ),
        # Mixed, as in a whole e-mail.
        (
            "Sehr geehrte Frau Wagner,\n\nSie haben 6,40 € bezahlt, richtig wären 4,20 € "
            "gewesen. Die Differenz von 2,20 € überweisen wir Ihnen am Mittwoch zurück. Sie "
            "sagten, Sie kommen am Samstag vorbei, gerne, wir haben bis 14 Uhr geöffnet.\n\nMit "
            "freundlichen Grüßen\nTim",
            [("refund", "2026-11-25")],
        ),
        (
            "Hallo Herr Braun,\n\nich komme am Donnerstag um 10 Uhr vorbei, um mir die Treppe "
            "anzusehen, und Sie haben das Angebot bis Montag, den 30. November, im "
            "Postfach.\n\nViele Grüße\nKai",
            [("visit", "2026-11-26T10:00"), ("send", "2026-11-30")],
        ),
        (
            "Bestellungen, die bis 12 Uhr eingehen, verschicken wir am selben Tag, Ihre wird "
            "also am Dienstag bei Ihnen sein.",
            [("deliver", "2026-11-24")],
        ),
        # The third held-out table (looked at since, so no longer held out).
        (
            "Guten Tag Frau Schneider,\n\nvielen Dank für Ihre Bestellung. Die Bohnen für Ihre "
            "Espressomischung rösten wir am Dienstag frisch, am Mittwoch geht das Paket dann "
            "an Sie raus.\n\nHerzliche Grüße aus der Rösterei\nJonas Becker",
            [("ship", "2026-11-25")],
        ),
        (
            "Ich rufe Sie übermorgen gegen 18 Uhr an, dann besprechen wir die Futterumstellung "
            "für Ihren Hund.",
            [("call", "2026-11-24T18:00")],
        ),
        (
            "Den Kostenvoranschlag für die Reparatur Ihrer Nähmaschine schicke ich Ihnen bis "
            "Donnerstag per E-Mail.",
            [("send", "2026-11-26")],
        ),
        (
            "Wir schauen uns die Uhr morgen in der Werkstatt genau an und melden uns am "
            "Mittwoch bei Ihnen.",
            [("check", "2026-11-23"), ("reply", "2026-11-25")],
        ),
        (
            "Ihre Weinbestellung liefern wir am 10. Dezember um 15 Uhr aus.",
            [("deliver", "2026-12-10T15:00")],
        ),
        (
            "Den Differenzbetrag von 12,90 € überweisen wir Ihnen in den nächsten 3 Tagen zurück.",
            [("refund", "2026-11-25")],
        ),
        (
            "Ich sage Ihnen spätestens am Freitag Bescheid, ob die Lok der Baureihe 218 noch "
            "lieferbar ist.",
            [("reply", "2026-11-27")],
        ),
        (
            "Wir kommen nächsten Dienstag vorbei und holen die Stehlampe zum Restaurieren ab.",
            [("visit", "2026-11-24")],
        ),
        (
            "Morgen Nachmittag rufe ich Sie zurück, im Moment stehe ich noch auf dem Markt.",
            [("call_back", "2026-11-23")],
        ),
        (
            "Die Holzeisenbahn ist fertig lackiert, ich schicke sie Ihnen am Montag, den "
            "30. November, zu.",
            [("ship", "2026-11-30")],
        ),
        ("Den Stoff für Ihre Vorhänge liefern wir in 10 Tagen.", [("deliver", "2026-12-02")]),
        (
            "Ich prüfe heute noch, ob Ihre Überweisung bei uns eingegangen ist.",
            [("check", "2026-11-22")],
        ),
        (
            "Sehr geehrter Herr Yilmaz,\n\nes tut mir leid, dass der Karton beschädigt "
            "angekommen ist. Ich rufe Sie morgen um 10:15 Uhr an, und den Ersatzwagen "
            "verschicken wir gleich am Dienstag.\n\nMit freundlichen Grüßen\nPetra Lang\n"
            "Modellbahn Lang",
            [("call", "2026-11-23T10:15"), ("ship", "2026-11-24")],
        ),
        (
            "Die Fotos der restaurierten Stühle schicke ich Ihnen heute Abend.",
            [("send", "2026-11-22")],
        ),
        ("Ihr Futterpaket wird am Freitag bei Ihnen sein.", [("deliver", "2026-11-27")]),
        ("Wir haben Ihre Bestellung am Samstag an DPD übergeben.", []),
        (
            "Liebe Frau Krüger,\n\nvielen Dank für Ihre nette Nachricht und das Foto! Schön, "
            "dass die Kaffeemühle wieder so gut mahlt. Wir wünschen Ihnen einen gemütlichen "
            "ersten Advent.\n\nHerzliche Grüße\nIhr Team der Rösterei Bohnenglück",
            [],
        ),
        ("Passt Ihnen Donnerstagvormittag für die Abholung?", []),
        ("Wenn Sie möchten, könnten wir die Gravur auf der Rückseite noch ändern.", []),
        (
            "Sie schrieben, dass Sie die Maschine am Montag selbst vorbeibringen, gerne, wir "
            "sind ab 9 Uhr in der Werkstatt.",
            [],
        ),
        ("Mal sehen, ob wir den Riesling im Frühjahr wieder reinbekommen.", []),
        ("Ich melde mich, sobald die neuen Stoffe da sind.", []),
        ("Bei unserem Test am Freitag lief Ihre Uhr einwandfrei.", []),
        ("Bestellungen, die bis 12 Uhr eingehen, verlassen noch am selben Tag unser Lager.", []),
        ("Der Paketbote klingelt vor der Zustellung bei Ihnen.", []),
        # The classes fixed after the fourth held-out run (see the module doc).
        # Send vs ship: verbs that only ship, documents in every form, pronouns, titles, copies.
        ("Wir geben Ihr Paket am Mittwoch in den Versand.", [("ship", "2026-11-25")]),
        ("Die Bestellung ist verpackt. Wir geben sie morgen zur Post.", [("ship", "2026-11-23")]),
        ("Ihre Bestellung wird am Mittwoch versandt.", [("ship", "2026-11-25")]),
        ("Das Paket mit Ihren Kerzen schicke ich morgen los.", [("ship", "2026-11-23")]),
        ("Den Bilderrahmen versenden wir am Freitag.", [("ship", "2026-11-27")]),
        ("Ihr Exemplar von „Flügelschlag“ verschicken wir am Montag.", [("ship", "2026-11-23")]),
        ("Ihr Exemplar schicken wir Ihnen morgen.", [("ship", "2026-11-23")]),
        ("Die Vase ist fertig, wir verschicken sie am Dienstag.", [("ship", "2026-11-24")]),
        ("Der Tisch ist fertig. Wir verschicken ihn am Dienstag.", [("ship", "2026-11-24")]),
        ("Danke für die Fotos! Den Schal verschicken wir morgen.", [("ship", "2026-11-23")]),
        ("Die Rechnung schicke ich Ihnen morgen per E-Mail.", [("send", "2026-11-23")]),
        ("Wir versenden die Rechnung morgen per E-Mail.", [("send", "2026-11-23")]),
        ("Den Bericht mit den Fotos sende ich Ihnen bis Donnerstag.", [("send", "2026-11-26")]),
        ("Die Bilder vom Rahmen schicke ich Ihnen heute Abend.", [("send", "2026-11-22")]),
        ("Das Angebot ist fertig. Ich schicke es Ihnen morgen.", [("send", "2026-11-23")]),
        ("Der Bericht ist fertig. Ich schicke ihn Ihnen morgen.", [("send", "2026-11-23")]),
        ("Die Unterlagen gehen morgen an Sie raus.", [("send", "2026-11-23")]),
        ("Ich lasse Ihnen die Rechnung morgen zukommen.", [("send", "2026-11-23")]),
        (
            "Den Schal verschicke ich am Montag, die Rechnung maile ich Ihnen heute.",
            [("ship", "2026-11-23"), ("send", "2026-11-22")],
        ),
        # What the customer gets from the owner is what the owner sends (or says).
        ("Die Sendungsnummer bekommen Sie morgen von mir.", [("send", "2026-11-23")]),
        ("Sie erhalten die Rechnung bis Montag von uns.", [("send", "2026-11-23")]),
        ("Das Angebot erhalten Sie bis Mittwoch von uns.", [("send", "2026-11-25")]),
        ("Von mir bekommen Sie bis Freitag das Angebot.", [("send", "2026-11-27")]),
        (
            "Den Kostenvoranschlag und die Fotos bekommen Sie morgen von mir.",
            [("send", "2026-11-23")],
        ),
        ("Ihre Tassen bekommen Sie bis Freitag von uns.", [("ship", "2026-11-27")]),
        ("Sie bekommen am Dienstag einen Anruf von mir.", [("call", "2026-11-24")]),
        ("Das Paket erhalten Sie am Dienstag.", [("deliver", "2026-11-24")]),
        # Visits: a date set off by commas, and the ways of coming over.
        ("Wir kommen am Samstag, den 12. Dezember, vorbei.", [("visit", "2026-12-12")]),
        ("Wir kommen am Montag, 30. November, vorbei.", [("visit", "2026-11-30")]),
        ("Ich schaue am Montag, den 30. November, bei Ihnen vorbei.", [("visit", "2026-11-30")]),
        (
            "Ich schaue am Freitag, den 4. Dezember, um 10 Uhr bei Ihnen vorbei.",
            [("visit", "2026-12-04T10:00")],
        ),
        ("Am Donnerstag, den 3. Dezember, komme ich vorbei.", [("visit", "2026-12-03")]),
        ("Ich bin am Samstag, den 12. Dezember, bei Ihnen.", [("visit", "2026-12-12")]),
        ("Ich fahre am Samstag, den 28. November, zu Ihnen raus.", [("visit", "2026-11-28")]),
        ("Wir fahren am Freitag zu Ihnen raus.", [("visit", "2026-11-27")]),
        ("Wir stehen am Samstag um 9 bei Ihnen vor der Tür.", [("visit", "2026-11-28T09:00")]),
        ("Ich rufe Sie am Dienstag, den 1. Dezember, an.", [("call", "2026-12-01")]),
        # Money on its way back is a refund.
        ("Das Geld ist bis Mittwoch wieder auf Ihrem Konto.", [("refund", "2026-11-25")]),
        ("Ihr Geld ist bis Freitag wieder auf Ihrem Konto.", [("refund", "2026-11-27")]),
        ("Die Erstattung ist am Montag auf Ihrer Karte.", [("refund", "2026-11-23")]),
        ("Der Betrag wird Ihnen bis Freitag gutgeschrieben.", [("refund", "2026-11-27")]),
        ("Wir schreiben Ihnen den Betrag bis Freitag gut.", [("refund", "2026-11-27")]),
        ("Sie haben Ihr Geld bis Donnerstag zurück.", [("refund", "2026-11-26")]),
        ("Sie bekommen das Geld bis Freitag zurück.", [("refund", "2026-11-27")]),
        ("Das Geld kommt bis Freitag zurück.", [("refund", "2026-11-27")]),
        ("Die Erstattung geht am Montag raus.", [("refund", "2026-11-23")]),
        ("Die Rückerstattung geht Ihnen bis Mittwoch zu.", [("refund", "2026-11-25")]),
        # Sentences that must stay silent.
        ("Könnten Sie uns bis Freitag Fotos vom Schaden schicken?", []),
        ("Wir haben die Rechnung gestern verschickt.", []),
        ("Die Rechnung haben wir Ihnen gestern geschickt.", []),
        ("Bekommen Sie die Sendungsnummer bis Freitag von DHL?", []),
        ("Sie bekommen morgen eine SMS von DHL.", []),
        ("Kommen Sie gerne am Samstag vorbei.", []),
        ("Kommen Sie gerne am Samstag, den 12. Dezember, vorbei.", []),
        ("Das Geld wurde gestern überwiesen.", []),
        # A pronoun stands for the nearest thing named before it: documents sent, goods shipped.
        ("Die Rechnung ist fertig. Ich schicke sie Ihnen morgen.", [("send", "2026-11-23")]),
        ("Ihre Tasse ist fertig. Wir verschicken sie morgen.", [("ship", "2026-11-23")]),
        ("Die Fotos sind fertig, ich schicke sie Ihnen heute Abend.", [("send", "2026-11-22")]),
        # Goods setting off are shipped, and what is got sent off goes by its object.
        ("Ihre Bestellung macht sich am Montag auf den Weg zu Ihnen.", [("ship", "2026-11-23")]),
        ("Wir bringen das Paket morgen zur Post.", [("ship", "2026-11-23")]),
        ("Die Rechnung schicke ich Ihnen morgen ab.", [("send", "2026-11-23")]),
        ("Ihre Bestellung hat sich am Freitag auf den Weg gemacht.", []),
        # The same classes in other words: deposits, sketches, rugs, shelves.
        ("Die Fotos der Kommode schicke ich Ihnen bis Donnerstag.", [("send", "2026-11-26")]),
        ("Den Teppich geben wir am Montag in den Versand.", [("ship", "2026-11-23")]),
        ("Das Gutachten bekommen Sie bis Freitag von uns.", [("send", "2026-11-27")]),
        ("Wir schauen am Dienstag, den 1. Dezember, bei Ihnen vorbei.", [("visit", "2026-12-01")]),
        ("Die Anzahlung ist bis Montag wieder auf Ihrem Konto.", [("refund", "2026-11-23")]),
        ("Nach Ihrer Anzahlung liefern wir am Montag.", [("deliver", "2026-11-23")]),
        # The fourth held-out table (looked at since, so no longer held out).
        (
            "Hallo Frau Becker, Ihren Rooibos schicken wir morgen mit DHL los.\n\nViele Grüße aus dem Teekontor",
            [("ship", "2026-11-23")],
        ),
        (
            "Ich rufe Sie am Mittwoch um 15 Uhr an, dann besprechen wir das Motiv für die Tassen.",
            [("call", "2026-11-25T15:00")],
        ),
        (
            "Den Kostenvoranschlag für die Reparatur der Trense bekommen Sie bis Dienstag von mir.",
            [("send", "2026-11-24")],
        ),
        ("Die Ersatzlok kommt übermorgen bei Ihnen an.", [("deliver", "2026-11-24")]),
        (
            "Ich melde mich in fünf Tagen mit dem genauen Liefertermin für das Filament.",
            [("reply", "2026-11-27")],
        ),
        (
            "Entschuldigung, ich stehe gerade an der Kasse – ich rufe Sie in einer halben Stunde zurück.",
            [("call_back", "2026-11-22T10:30")],
        ),
        (
            "Am Montag prüfe ich den Sattel auf Druckstellen, und am Donnerstag bringe ich ihn Ihnen persönlich in den Stall.",
            [("check", "2026-11-23"), ("deliver", "2026-11-26")],
        ),
        (
            "Den Betrag für das beschädigte Puzzle werden wir Ihnen bis Freitag erstatten.",
            [("refund", "2026-11-27")],
        ),
        (
            "Wir kommen am Samstag, den 12. Dezember, vorbei und richten Ihr Aquarium ein.",
            [("visit", "2026-12-12")],
        ),
        (
            "Die Fotos vom fertigen Druckmodell schicke ich Ihnen heute Nachmittag.",
            [("send", "2026-11-22")],
        ),
        (
            "Den Honig für Ihr Café liefern wir am Freitag, den 4. Dezember, um 9 Uhr.",
            [("deliver", "2026-12-04T09:00")],
        ),
        (
            "Sehr geehrter Herr Schneider,\n\nvielen Dank für Ihre Geduld – die Weichen sind inzwischen eingetroffen. Wir verschicken Ihr Paket am Dienstag, und die Rechnung geht Ihnen am 1. Dezember per E-Mail zu.\n\nMit freundlichen Grüßen\nKlaus Wendt\nModellbahn Wendt",
            [("ship", "2026-11-24"), ("send", "2026-12-01")],
        ),
        (
            "Ich schaue mir die Fotos von der aufgegangenen Naht heute noch genau an.",
            [("check", "2026-11-22")],
        ),
        (
            "Die Strampler für Ihre Zwillinge werden am 30. November verschickt.",
            [("ship", "2026-11-30")],
        ),
        (
            "Ich gebe Ihnen bis Montag Bescheid, ob der Kampot-Pfeffer wieder reinkommt.",
            [("reply", "2026-11-23")],
        ),
        ("Wir haben das Paket am Freitag zur Post gebracht.", []),
        ("Vielen Dank für die nette Bewertung, darüber haben wir uns sehr gefreut!", []),
        ("Passt Ihnen Dienstag oder Mittwoch besser für die Anprobe?", []),
        (
            "Sie schrieben, dass Sie die Tassen am Samstag selbst abholen – das ist für uns kein Problem.",
            [],
        ),
        ("Bestellungen, die bis 13 Uhr eingehen, verlassen noch am selben Tag unser Lager.", []),
        ("Unser Laden ist montags geschlossen.", []),
        ("Vielleicht bekommen wir im Januar wieder Darjeeling First Flush rein, mal sehen.", []),
        ("Der Kurier war am Donnerstag da, hat Sie aber leider nicht angetroffen.", []),
        ("Könnten Sie mir die Seriennummer vom Typenschild schicken?", []),
        ("Falls Sie Fragen zum Aufbau haben, rufen Sie uns einfach an.", []),
    ],
    "ru": [
        (
            "Здравствуйте, Ирина! Позвоню вам в среду, обсудим детали.",
            [("call", "2026-11-25")],
        ),
        ("Мы позвоним вам во вторник в 10:30.", [("call", "2026-11-24T10:30")]),
        ("Счёт пришлю до пятницы.", [("send", "2026-11-27")]),
        ("Посылку отправлю завтра утром.", [("ship", "2026-11-23")]),
        ("Заказ отправим послезавтра.", [("ship", "2026-11-24")]),
        ("Напишу вам через 3 дня с новым прайсом.", [("reply", "2026-11-25")]),
        ("Деньги вернём в течение 5 рабочих дней.", [("refund", "2026-11-27")]),
        ("Перезвоню вам через 2 часа.", [("call_back", "2026-11-22T12:00")]),
        ("Позвоню в следующий понедельник.", [("call", "2026-11-23")]),
        ("Замену вышлем 2 декабря.", [("ship", "2026-12-02")]),
        (
            "В понедельник проверю наличие на складе и до вторника дам знать.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Посылка придёт в четверг.", [("deliver", "2026-11-26")]),
        ("Диван привезём 4 декабря в 9 утра.", [("deliver", "2026-12-04T09:00")]),
        ("Позвоню вам в 15:00.", [("call", "2026-11-22T15:00")]),
        ("Отвечу подробно сегодня же.", [("reply", "2026-11-22")]),
        ("Уточню у курьера и напишу до конца недели.", [("reply", "2026-11-27")]),
        ("В субботу заедем, замерим окно.", [("visit", "2026-11-28")]),
        ("Посмотрю и отвечу в течение 24 часов.", [("reply", "2026-11-23T10:00")]),
        ("Образцы отправлю 12.12.", [("send", "2026-12-12")]),
        (
            "Завтра позвоню, а договор отправим в четверг.",
            [("call", "2026-11-23"), ("send", "2026-11-26")],
        ),
        (
            "Приедем к вам в магазин в следующий четверг в 11 часов.",
            [("visit", "2026-11-26T11:00")],
        ),
        ("Сегодня после обеда посмотрю фотографии.", [("check", "2026-11-22")]),
        ("Возврат оформим до среды.", [("refund", "2026-11-25")]),
        ("Напишу, как только курьер заберёт посылку.", []),
        ("Спасибо, созвонимся в понедельник.", [("call", "2026-11-23")]),
        ("Наберу вас во вторник около 9 часов.", [("call", "2026-11-24T09:00")]),
        (
            "Позвоню в понедельник. Посылку отправим во вторник, до четверга она будет у вас.",
            [("call", "2026-11-23"), ("ship", "2026-11-24"), ("deliver", "2026-11-26")],
        ),
        ("Вчера мы вам звонили, но никто не ответил.", []),
        ("Посылку мы отправили в пятницу.", []),
        ("Пишите, если будут вопросы.", []),
        ("Звоните нам в любое время.", []),
        ("Не могли бы вы прислать фото повреждения до пятницы?", []),
        ("Пожалуйста, верните товар в течение 14 дней.", []),
        ("Вам позвонить в среду?", []),
        ("К сожалению, раньше понедельника отправить не сможем.", []),
        ("Можем отправить в понедельник, если вам удобно.", []),
        ("Отправляем каждый будний день в 14:00.", []),
        ("Перезвоню.", []),
        ("В понедельник магазин не работает.", []),
        ("Курьер приезжал в четверг, но вас не было дома.", []),
        (
            "> Можете позвонить мне завтра?\nКонечно, позвоню завтра в 11.",
            [("call", "2026-11-23T11:00")],
        ),
        ("Пришлите адрес, и мы отправим в понедельник.", [("send", "2026-11-23")]),
        ("Если посылка не придёт до пятницы, напишите нам.", []),
        ("Доброе утро! Торт привезу завтра в 10:00.", [("deliver", "2026-11-23T10:00")]),
        ("Заказ передадим в доставку в понедельник утром.", [("ship", "2026-11-23")]),
        ("С удовольствием позвоню вам в четверг после обеда.", [("call", "2026-11-26")]),
        ("Трек-номер пришлём завтра по почте.", [("send", "2026-11-23")]),
        # The classes fixed after the first held-out run (see the module doc).
        ("Постараюсь перезвонить вам завтра до обеда.", [("call_back", "2026-11-23")]),
        ("Свяжусь с вами по телефону в среду.", [("call_back", "2026-11-25")]),
        ("Отзвонюсь вам в понедельник после обеда.", [("call_back", "2026-11-23")]),
        ("Наберу вас ещё раз в четверг в 10.", [("call_back", "2026-11-26T10:00")]),
        ("Вернусь к вам с ответом в понедельник.", [("reply", "2026-11-23")]),
        ("Мы отправили посылку в пятницу, скоро она будет у вас.", []),
        ("Заказ был отправлен в пятницу, ожидайте на этой неделе.", []),
        ("Посылку отправили в пятницу, она придёт во вторник.", [("deliver", "2026-11-24")]),
        (
            "Мы звонили вам в четверг, перезвоним ещё раз в понедельник.",
            [("call_back", "2026-11-23")],
        ),
        ("Завтра в 10 позвоню.", [("call", "2026-11-23T10:00")]),
        ("Отвечу на ваш звонок завтра утром.", [("call_back", "2026-11-23")]),
        # Formerly held out (looked at since, so no longer held out).
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
        # The classes fixed after the second held-out run (see the module doc).
        # Send vs ship: documents and information are sent, goods shipped, by the object.
        ("Чашки вышлем во вторник.", [("ship", "2026-11-24")]),
        ("Коммерческое предложение пришлю завтра.", [("send", "2026-11-23")]),
        ("Фотографии отправлю вам сегодня вечером.", [("send", "2026-11-22")]),
        ("Ссылку на отслеживание пришлю завтра.", [("send", "2026-11-23")]),
        ("Спасибо за заказ, отправим его в понедельник.", [("ship", "2026-11-23")]),
        ("Вазу отправим в среду.", [("ship", "2026-11-25")]),
        # An explicit date beside a weekday decides the day.
        ("Шкаф привезём в понедельник, 30 ноября.", [("deliver", "2026-11-30")]),
        ("Позвоню вам в среду, 2 декабря, в 11:00.", [("call", "2026-12-02T11:00")]),
        ("Позвоню в понедельник 30.11.", [("call", "2026-11-30")]),
        ("Шкаф привезём 30.11.", [("deliver", "2026-11-30")]),
        ("Шкаф привезём в понедельник (30.11).", [("deliver", "2026-11-30")]),
        ("Позвоню вам завтра, стоимость 2.50 руб.", [("call", "2026-11-23")]),
        # The present tense with a future time is a commitment (not a habit).
        ("Отправляем завтра.", [("send", "2026-11-23")]),
        ("Доставляем в четверг.", [("deliver", "2026-11-26")]),
        ("Привозим шкаф в понедельник.", [("deliver", "2026-11-23")]),
        ("Деньги возвращаем до пятницы.", [("refund", "2026-11-27")]),
        ("Завтра звоню вам.", [("call", "2026-11-23")]),
        ("Приезжаем во вторник в 10.", [("visit", "2026-11-24T10:00")]),
        ("Проверяем наличие в понедельник.", [("check", "2026-11-23")]),
        ("Отвечаю вам завтра.", [("reply", "2026-11-23")]),
        ("Обычно отправляем по понедельникам.", []),
        # Informing verbs are a reply, with durations.
        ("Сообщу вам через три дня.", [("reply", "2026-11-25")]),
        ("Сообщим не позднее чем через три дня.", [("reply", "2026-11-25")]),
        ("В понедельник дам вам знать.", [("reply", "2026-11-23")]),
        ("Проинформирую вас до пятницы.", [("reply", "2026-11-27")]),
        ("Сообщу в течение десяти дней.", [("reply", "2026-12-02")]),
        # Looking at something is a check; two joined promises keep their own times.
        (
            "Посмотрю петлю в понедельник, а во вторник пришлю смету на ремонт.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Завтра осмотрю стул.", [("check", "2026-11-23")]),
        ("Гляну фото сегодня вечером.", [("check", "2026-11-22")]),
        ("Завтра взгляну на фотографии.", [("check", "2026-11-23")]),
        # More of the same classes, mixed, and sentences that must stay silent.
        ("Спасибо за заказ, отправим его во вторник.", [("ship", "2026-11-24")]),
        ("Свечи отправим в понедельник, 30 ноября.", [("ship", "2026-11-30")]),
        ("Предложение и фотографии пришлю завтра.", [("send", "2026-11-23")]),
        ("Завтра пришлю ссылку на оплату.", [("send", "2026-11-23")]),
        ("Лампу вышлем в среду.", [("ship", "2026-11-25")]),
        ("Стол привезём в четверг в 10 часов.", [("deliver", "2026-11-26T10:00")]),
        ("Через два дня сообщу, есть ли этот цвет.", [("reply", "2026-11-24")]),
        ("Дам вам знать до среды.", [("reply", "2026-11-25")]),
        (
            "В понедельник посмотрю стул, а во вторник позвоню вам.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        ("Деньги возвращаем на карту до пятницы.", [("refund", "2026-11-27")]),
        ("Доставляем каждый вторник.", []),
        ("Позвоню вам в пятницу, 27 ноября, в 10:00.", [("call", "2026-11-27T10:00")]),
        (
            "Отправляем завтра утром, трек-номер пришлю вечером.",
            [("send", "2026-11-23"), ("send", "2026-11-22")],
        ),
        ("Завтра отправляем вам новую чашку.", [("ship", "2026-11-23")]),
        ("В субботу привозим шкаф.", [("deliver", "2026-11-28")]),
        ("Послезавтра звоним вам около 11 часов.", [("call", "2026-11-24T11:00")]),
        ("Во вторник приезжаем замерить помещение.", [("visit", "2026-11-24")]),
        ("Деньги перечисляем до среды.", [("refund", "2026-11-25")]),
        ("Заказ передаём курьеру в понедельник.", [("ship", "2026-11-23")]),
        ("Самое позднее через три дня сообщу вам.", [("reply", "2026-11-25")]),
        ("Сообщим вам не позднее пятницы.", [("reply", "2026-11-27")]),
        ("Я вам сообщу до пятницы.", [("reply", "2026-11-27")]),
        (
            "В понедельник осмотрю раму, а во вторник пришлю вам смету.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Сообщаю, что заказ привезут завтра.", [("deliver", "2026-11-23")]),
        ("Привозим только по будням.", []),
        ("Шарф отправили в пятницу.", []),
        # The second held-out table (looked at since, so no longer held out).
        (
            "Добрый день, Ольга!\nСпасибо за заказ. Букет доставим завтра к 12:00, открытку "
            "подпишем, как вы просили.\nС уважением, цветочная мастерская «Флокс»",
            [("deliver", "2026-11-23T12:00")],
        ),
        ("Наберу вас в пятницу в 14:30, обсудим гравировку.", [("call", "2026-11-27T14:30")]),
        (
            "Извините, была на встрече. Перезвоню вам через час.",
            [("call_back", "2026-11-22T11:00")],
        ),
        ("Пряжа наконец пришла, так что шарф отправим послезавтра.", [("ship", "2026-11-24")]),
        (
            "В понедельник посмотрю повреждённую раму, а во вторник пришлю вам смету на ремонт.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Через три дня напишу, получится ли заказать этот оттенок.", [("reply", "2026-11-25")]),
        ("В среду в 11:30 приедем к вам замерить кухню.", [("visit", "2026-11-25T11:30")]),
        ("Деньги за разбитую вазу вернём на карту до субботы.", [("refund", "2026-11-28")]),
        (
            "> Можете проверить, есть ли кольцо 17-го размера?\nКонечно! Завтра проверю в "
            "мастерской и во вторник вам напишу.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Исправленный счёт пришлю сегодня вечером.", [("send", "2026-11-22")]),
        (
            "Изделия ручной работы делаются не быстро, ваш заказ отправим через 10 дней.",
            [("ship", "2026-12-02")],
        ),
        (
            "На следующей неделе в четверг заеду к вам подключить светильник.",
            [("visit", "2026-11-26")],
        ),
        (
            "Здравствуйте, Сергей! Позвоню вам завтра в 9:15, согласуем цвет, а краску привезём 7 "
            "декабря.",
            [("call", "2026-11-23T09:15"), ("deliver", "2026-12-07")],
        ),
        ("Мёд из нового урожая отправим 30 ноября.", [("ship", "2026-11-30")]),
        (
            "Образец ткани вышлю в четверг, а в пятницу созвонимся и всё обсудим.",
            [("send", "2026-11-26"), ("call", "2026-11-27")],
        ),
        ("Посылку мы отправили в четверг Почтой России, трек-номер я вам уже скидывала.", []),
        ("Большое спасибо за тёплый отзыв, нам очень приятно!", []),
        ("Вам удобнее получить заказ во вторник или в среду?", []),
        ("Вы писали, что сами заберёте заказ в субботу, — договорились, ждём вас.", []),
        (
            "Может быть, синие кружки снова появятся в следующем месяце, но пока не знаю, "
            "посмотрим.",
            [],
        ),
        ("Если хотите, можем упаковать подарок в крафтовую бумагу.", []),
        (
            "Сегодня утром звонила в службу доставки: у них сломалась машина, поэтому посылка "
            "задержалась.",
            [],
        ),
        ("Поздравляем вас с наступающим Новым годом! Счастья и здоровья вам и близким.", []),
        ("Когда попробуете крем, напишите, пожалуйста, подошёл ли он вам.", []),
        (
            "> Пришлите мне счёт до пятницы.\nЗдравствуйте, Анна! Счёт во вложении к этому письму.",
            [],
        ),
        # The classes fixed after the third held-out run (see the module doc).
        # Money amounts are never dates, whichever side the currency is on.
        ("Верну вам 4.20 руб. во вторник.", [("refund", "2026-11-24")]),
        ("Разницу 150,50 руб. переведу вам в понедельник.", [("refund", "2026-11-23")]),
        ("Доставка стоит 3.10 €, отправлю заказ в среду.", [("ship", "2026-11-25")]),
        ("Переплату в 5.11 руб. вернём до пятницы.", [("refund", "2026-11-27")]),
        ("Разницу 3.10 верну в четверг.", [("refund", "2026-11-26")]),
        ("Переведу вам 450,00 руб. на карту до пятницы.", [("refund", "2026-11-27")]),
        ("Позвоню вам 04.12.", [("call", "2026-12-04")]),
        ("Итого 12.10 руб.", []),
        # Coming to the customer is a visit; what the owner comes to do is its purpose.
        ("Заеду в среду посмотреть шкаф.", [("visit", "2026-11-25")]),
        ("Зайду завтра в 11, проверю проводку.", [("visit", "2026-11-23T11:00")]),
        ("Приедем в пятницу осмотреть кухню.", [("visit", "2026-11-27")]),
        ("Обязательно заскочу к вам в четверг посмотреть котёл.", [("visit", "2026-11-26")]),
        ("Заеду и посмотрю котёл в среду.", [("visit", "2026-11-25")]),
        ("Приеду к вам завтра в 15:00 замерить окна.", [("visit", "2026-11-23T15:00")]),
        ("Подъеду в понедельник, посмотрю, что с дверью.", [("visit", "2026-11-23")]),
        ("Заберу у вас кресло в субботу.", [("visit", "2026-11-28")]),
        # What lands in the customer's inbox is sent.
        ("Счёт будет у вас на почте в пятницу.", [("send", "2026-11-27")]),
        ("Смета придёт вам на почту завтра.", [("send", "2026-11-23")]),
        ("Смета будет у вас на почте завтра.", [("send", "2026-11-23")]),
        ("Счёт получите на почту в понедельник.", [("send", "2026-11-23")]),
        ("Посылка придёт на почту в пятницу.", [("deliver", "2026-11-27")]),
        # The customer's plans, shop policies and opening hours are no promises.
        ("Вы сказали, что заберёте заказ в субботу.", []),
        ("Вы писали, что приедете в понедельник, ждём.", []),
        ("Вы говорили, что приедете в субботу.", []),
        ("Вы писали, что курьер придёт в понедельник.", []),
        ("Как вы и сказали, позвоню во вторник.", [("call", "2026-11-24")]),
        (
            "Вы сказали, что вам удобна суббота, поэтому приеду в субботу.",
            [("visit", "2026-11-28")],
        ),
        ("Заказы, оформленные до 14:00, отправляем в тот же день.", []),
        ("Все заказы до 14:00 отправляем в тот же день.", []),
        ("Заказы, оформленные до четверга, доставляем в субботу.", []),
        ("В субботу работаем до 15:00.", []),
        ("Мы открыты до 20:00.", []),
        ("Магазин работает в субботу до 18:00.", []),
        ("Работаем над заказом, отправим в пятницу.", [("ship", "2026-11-27")]),
        # Verbs and forms: testing, moving money, arrivals, objects named before.
        ("Деньги переведу вам на карту в среду.", [("refund", "2026-11-25")]),
        ("Деньги вернём вам в понедельник.", [("refund", "2026-11-23")]),
        ("Телефон протестирую завтра.", [("check", "2026-11-23")]),
        ("Посмотрю ваш велосипед в четверг.", [("check", "2026-11-26")]),
        ("Проверю ваш ноутбук завтра.", [("check", "2026-11-23")]),
        ("Посылка будет у вас в среду.", [("deliver", "2026-11-25")]),
        ("Шарф довяжу в среду, а отправлю в четверг.", [("ship", "2026-11-26")]),
        ("Шарф довяжу в четверг, а вышлю в пятницу.", [("ship", "2026-11-27")]),
        ("Книгу дочитаю в среду, а отправлю в пятницу.", [("ship", "2026-11-27")]),
        ("Позвоню завтра, а в пятницу отправлю.", [("call", "2026-11-23"), ("send", "2026-11-27")]),
        ("Перезвоню через полчаса.", [("call_back", "2026-11-22T10:30")]),
        ("Отвечу вам в течение получаса.", [("reply", "2026-11-22T10:30")]),
        # Mixed, as in a whole e-mail.
        (
            "Здравствуйте, Ирина!\n\nВы оплатили 640 руб., а нужно было 420 руб., поэтому "
            "разницу 220 руб. переведу вам в среду. Вы сказали, что заедете в субботу, хорошо, "
            "мы работаем до 14:00.\n\nС уважением,\nОлег",
            [("refund", "2026-11-25")],
        ),
        (
            "Добрый день!\n\nЗаеду в четверг в 10:00 посмотреть лестницу, а смета будет у вас на "
            "почте к понедельнику 30 ноября.\n\nАндрей",
            [("visit", "2026-11-26T10:00"), ("send", "2026-11-30")],
        ),
        (
            "Заказы до 12:00 отправляем в тот же день, так что ваш будет у вас во вторник.",
            [("deliver", "2026-11-24")],
        ),
        # The third held-out table (looked at since, so no longer held out).
        (
            "Добрый день, Светлана!\n\nСпасибо за заказ. Кошелёк с гравировкой будет готов к "
            "среде, отправлю его вам в четверг СДЭКом.\n\nС уважением,\nАндрей, мастерская "
            "«Дубль»",
            [("ship", "2026-11-26")],
        ),
        (
            "Ноутбук протестирую сегодня, а завтра утром напишу вам, что с ним.",
            [("check", "2026-11-22"), ("reply", "2026-11-23")],
        ),
        (
            "Позвоню вам в понедельник в 12:30, обсудим макет приглашений.",
            [("call", "2026-11-23T12:30")],
        ),
        (
            "Рассаду клубники отправим через 4 дня: ей нужно ещё немного окрепнуть.",
            [("ship", "2026-11-26")],
        ),
        ("Деньги за возвращённую катушку переведу вам завтра.", [("refund", "2026-11-23")]),
        (
            "Торт доставим в субботу к 15:00, как договаривались.",
            [("deliver", "2026-11-28T15:00")],
        ),
        (
            "На следующей неделе во вторник заеду к вам за креслом и заберу его на перетяжку.",
            [("visit", "2026-11-24")],
        ),
        ("Перезвоню вам через час, сейчас я за рулём.", [("call_back", "2026-11-22T11:00")]),
        ("Фото объектива со всех сторон пришлю до среды.", [("send", "2026-11-25")]),
        (
            "Зайчика довяжу в четверг, а отправлю в пятницу утром.",
            [("ship", "2026-11-27")],
        ),
        ("Шкаф-купе привезём вам 8 декабря.", [("deliver", "2026-12-08")]),
        (
            "Счёт пришлю сегодня до конца дня, а договор отправлю в понедельник.",
            [("send", "2026-11-22"), ("send", "2026-11-23")],
        ),
        (
            "Проверю по базе, остался ли этот корм, и отвечу вам в течение 2 часов.",
            [("reply", "2026-11-22T12:00")],
        ),
        (
            "Завтра после обеда наберу вас и продиктую трек-номер.",
            [("call", "2026-11-23")],
        ),
        ("Послезавтра отправим вам второй комплект блёсен.", [("ship", "2026-11-24")]),
        ("Посылку мы сдали на Почту России в пятницу.", []),
        ("Рады, что объектив вам понравился! Хороших снимков!", []),
        ("Вам удобнее забрать заказ самовывозом или отправить курьером?", []),
        ("Если хотите, можем положить к торту свечи и открытку.", []),
        ("Вы писали, что будете в Москве во вторник, тогда сможете забрать сумку лично.", []),
        ("Может быть, весной снова появятся эти семена, посмотрим.", []),
        ("Напишу, когда мастер освободится.", []),
        ("Курьер вчера дважды пытался до вас дозвониться, но безуспешно.", []),
        ("Подскажите, пожалуйста, какая длина ремня вам нужна: 110 или 115 см?", []),
        (
            "Добрый день, Ольга!\n\nСпасибо, что снова выбрали наш магазин. Очень приятно, что "
            "приглашения понравились гостям и свадьба прошла замечательно. Счастья вам и "
            "вашему мужу!\n\nС теплом,\nМарина, студия «Бумажный журавлик»",
            [],
        ),
        # The classes fixed after the fourth held-out run (see the module doc).
        # Send vs ship: verbs that only ship, documents in every form, pronouns, titles, copies.
        ("Заказ отгрузим в пятницу.", [("ship", "2026-11-27")]),
        ("Ваш заказ передадим в СДЭК в понедельник.", [("ship", "2026-11-23")]),
        ("Посылку с книгами отправлю в среду.", [("ship", "2026-11-25")]),
        ("Кружку отправим вам завтра Почтой России.", [("ship", "2026-11-23")]),
        ("Фотоаппарат отправим в четверг.", [("ship", "2026-11-26")]),
        ("Трек-номер пришлю вам завтра.", [("send", "2026-11-23")]),
        ("Фотографии готового шкафа вышлю в четверг.", [("send", "2026-11-26")]),
        ("Пришлю вам фотки готового изделия завтра.", [("send", "2026-11-23")]),
        ("Отчёт о диагностике с фото пришлю в четверг.", [("send", "2026-11-26")]),
        ("Счёт и накладную отправлю вам до пятницы.", [("send", "2026-11-27")]),
        ("Смету пришлю до пятницы.", [("send", "2026-11-27")]),
        ("Ссылку на оплату пришлю сегодня вечером.", [("send", "2026-11-22")]),
        ("Ваш экземпляр книги отправим в понедельник.", [("ship", "2026-11-23")]),
        ("Ваш экземпляр отправим завтра.", [("ship", "2026-11-23")]),
        ("Вышлем вам «Каркассон» в среду.", [("ship", "2026-11-25")]),
        ("Ваза готова, отправим её во вторник.", [("ship", "2026-11-24")]),
        ("Столик готов. Отправлю его в понедельник.", [("ship", "2026-11-23")]),
        ("Спасибо за заказ! Отправим его завтра.", [("ship", "2026-11-23")]),
        ("Спасибо за фото, шарф отправим завтра.", [("ship", "2026-11-23")]),
        ("Отчёт готов, пришлю его завтра.", [("send", "2026-11-23")]),
        # What the customer gets from the owner is what the owner sends (or says).
        ("Счёт получите от меня до пятницы.", [("send", "2026-11-27")]),
        ("От меня получите счёт завтра.", [("send", "2026-11-23")]),
        ("Накладную получите от нас завтра.", [("send", "2026-11-23")]),
        ("Новую вазу получите от нас во вторник.", [("ship", "2026-11-24")]),
        ("От меня получите звонок во вторник в 11.", [("call", "2026-11-24T11:00")]),
        ("Посылку получите во вторник.", [("deliver", "2026-11-24")]),
        # Visits: a date set off by commas, and the ways of coming over.
        ("Приеду к вам в субботу, 12 декабря.", [("visit", "2026-12-12")]),
        ("Приедем к вам в понедельник, 30 ноября, в 10 утра.", [("visit", "2026-11-30T10:00")]),
        ("Заеду к вам в четверг, 3 декабря, после обеда.", [("visit", "2026-12-03")]),
        ("Подъеду к вам во вторник, 1 декабря, к 10 утра.", [("visit", "2026-12-01T10:00")]),
        ("Приду к вам в субботу, 28 ноября.", [("visit", "2026-11-28")]),
        ("Буду у вас во вторник в 10.", [("visit", "2026-11-24T10:00")]),
        # Money on its way back is a refund.
        ("Деньги вернутся на карту к среде.", [("refund", "2026-11-25")]),
        ("Деньги будут на вашей карте до пятницы.", [("refund", "2026-11-27")]),
        ("Деньги упадут на карту в пятницу.", [("refund", "2026-11-27")]),
        ("Сумма будет возвращена на карту в понедельник.", [("refund", "2026-11-23")]),
        ("Возврат оформим до среды.", [("refund", "2026-11-25")]),
        # Sentences that must stay silent.
        ("Мы отправили посылку в пятницу.", []),
        ("Вы получите СМС от курьера во вторник.", []),
        ("Приезжайте к нам в субботу.", []),
        ("Заезжайте к нам в субботу, 12 декабря.", []),
        ("Деньги вернули вчера.", []),
        ("Деньги вернулись на карту в пятницу.", []),
        # A pronoun stands for the nearest thing named before it: documents sent, goods shipped.
        ("Фотографии готовы, пришлю их вечером.", [("send", "2026-11-22")]),
        ("Тарелки готовы, отправим их завтра.", [("ship", "2026-11-23")]),
        # Goods setting off are shipped, and what is got sent off goes by its object.
        ("Заказ уйдёт к вам в понедельник.", [("ship", "2026-11-23")]),
        ("Посылка отправится к вам в понедельник.", [("ship", "2026-11-23")]),
        ("Курьер поедет к вам в понедельник.", []),
        ("Посылка ушла к вам в пятницу.", []),
        # The same classes in other words: deposits, sketches, rugs, shelves.
        ("Эскизы и образцы ткани пришлю в среду.", [("send", "2026-11-25")]),
        ("Ковёр отгрузим в понедельник.", [("ship", "2026-11-23")]),
        ("Заключение мастера получите от нас до пятницы.", [("send", "2026-11-27")]),
        ("Заедем к вам в понедельник, 30 ноября, чтобы повесить полки.", [("visit", "2026-11-30")]),
        ("Предоплата вернётся на карту до понедельника.", [("refund", "2026-11-23")]),
        # The fourth held-out table (looked at since, so no longer held out).
        ("Добрый день, Марина! Пуэр отправлю вам завтра Почтой России.", [("ship", "2026-11-23")]),
        (
            "Наберу вас в четверг в 12:30, обсудим, какой шрифт выбрать для надписи на кружках.",
            [("call", "2026-11-26T12:30")],
        ),
        ("Макет открыток с вашим логотипом пришлю к понедельнику.", [("send", "2026-11-23")]),
        ("Саженцы смородины доставим вам в субботу, 28 ноября.", [("deliver", "2026-11-28")]),
        ("Я сейчас за рулём, перезвоню вам через два часа.", [("call_back", "2026-11-22T12:00")]),
        ("Через пять дней напишу, удалось ли достать акациевый мёд.", [("reply", "2026-11-27")]),
        (
            "В понедельник протестирую ваш принтер, а во вторник отправлю отчёт с фотографиями.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Деньги за разбитую чашку вернём до 3 декабря.", [("refund", "2026-12-03")]),
        (
            "Во вторник, 1 декабря, приеду к вам в кафе и помогу расставить витрину со свечами.",
            [("visit", "2026-12-01")],
        ),
        (
            "Послезавтра вышлем вам «Колонизаторов», они как раз пришли от поставщика.",
            [("ship", "2026-11-24")],
        ),
        ("Керамические горшки привезём в среду в 14:00.", [("deliver", "2026-11-25T14:00")]),
        (
            "Здравствуйте, Алексей Петрович!\n\nСпасибо, что выбрали нашу мастерскую. Кожаный ремень с гравировкой будет готов к среде. В четверг мы его отправим, а фото готового изделия пришлю вам ещё во вторник.\n\nС уважением,\nГеннадий\nмастерская «Седло и Пряжка»",
            [("ship", "2026-11-26"), ("send", "2026-11-24")],
        ),
        ("Пряжу цвета «морская волна» отправляем 30 ноября.", [("ship", "2026-11-30")]),
        ("Сегодня же посмотрю, что случилось с вашим заказом.", [("check", "2026-11-22")]),
        (
            "Созвонимся в пятницу в 16:30, расскажу, что ответил поставщик.",
            [("call", "2026-11-27T16:30")],
        ),
        ("Посылку мы отправили ещё в пятницу, она уже в пути.", []),
        ("Спасибо за тёплый отзыв, нам очень приятно!", []),
        ("Вам удобнее, чтобы мы привезли горшки во вторник или в среду?", []),
        ("Вы писали, что заберёте кружки сами в субботу, — конечно, без проблем.", []),
        ("Заказы, оплаченные до 14:00, отправляем в тот же день.", []),
        ("Мы работаем со вторника по субботу с 10 до 19.", []),
        ("Если поставщик привезёт новую партию, возможно, сделаем скидку.", []),
        ("Вчера звонила в службу доставки, у них сломалась машина.", []),
        ("Не могли бы вы прислать фото повреждённой коробки?", []),
        ("С наступающим Новым годом! Пусть игра приносит радость всей семье.", []),
    ],
    "sl": [
        (
            "Pozdravljeni, poklicala vas bom v sredo, da se dogovoriva.",
            [("call", "2026-11-25")],
        ),
        ("Poklicali vas bomo v torek ob 10.30.", [("call", "2026-11-24T10:30")]),
        ("Račun vam pošljem do petka.", [("send", "2026-11-27")]),
        ("Paket odpošljemo jutri zjutraj.", [("ship", "2026-11-23")]),
        ("Naročilo bomo poslali pojutrišnjem.", [("ship", "2026-11-24")]),
        ("Oglasim se čez 3 dni z novim cenikom.", [("reply", "2026-11-25")]),
        ("Denar vam bomo vrnili v 5 delovnih dneh.", [("refund", "2026-11-27")]),
        ("Poklical vas bom nazaj čez 2 uri.", [("call_back", "2026-11-22T12:00")]),
        ("Pokličem vas naslednji ponedeljek.", [("call", "2026-11-23")]),
        ("Zamenjavo pošljemo 2. decembra.", [("ship", "2026-12-02")]),
        (
            "V ponedeljek preverim zalogo in vam do torka sporočim.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Paket bo prispel v četrtek.", [("deliver", "2026-11-26")]),
        ("Kavč vam dostavimo 4. decembra ob 9. uri.", [("deliver", "2026-12-04T09:00")]),
        ("Pokličem vas ob 15. uri.", [("call", "2026-11-22T15:00")]),
        ("Še danes vam podrobno odgovorim.", [("reply", "2026-11-22")]),
        (
            "Pozanimala se bom pri kurirju in vam sporočim do konca tedna.",
            [("reply", "2026-11-27")],
        ),
        ("V soboto pridemo izmerit okno.", [("visit", "2026-11-28")]),
        ("Pogledam in odgovorim v 24 urah.", [("reply", "2026-11-23T10:00")]),
        ("Vzorce vam pošljem 12. 12.", [("send", "2026-12-12")]),
        (
            "Jutri vas pokličem, pogodbo pa pošljemo v četrtek.",
            [("call", "2026-11-23"), ("send", "2026-11-26")],
        ),
        (
            "Prihodnji četrtek ob 11. uri pridemo v vašo trgovino.",
            [("visit", "2026-11-26T11:00")],
        ),
        ("Danes popoldne pogledam fotografije.", [("check", "2026-11-22")]),
        ("Vračilo uredimo do srede.", [("refund", "2026-11-25")]),
        ("Oglasim se, ko kurir prevzame paket.", []),
        ("Hvala, slišimo se v ponedeljek.", [("call", "2026-11-23")]),
        ("V torek okoli 9. ure vas pokličem.", [("call", "2026-11-24T09:00")]),
        (
            "V ponedeljek vas pokličem. Paket pošljemo v torek in do četrtka bo pri vas.",
            [("call", "2026-11-23"), ("ship", "2026-11-24"), ("deliver", "2026-11-26")],
        ),
        ("Včeraj smo vas klicali, pa se nihče ni oglasil.", []),
        ("Paket smo poslali v petek.", []),
        ("Sporočite nam, če imate vprašanja.", []),
        ("Pokličite nas kadarkoli.", []),
        ("Nam lahko do petka pošljete fotografijo poškodbe?", []),
        ("Prosimo, vrnite izdelek v 14 dneh.", []),
        ("Vas pokličem v sredo?", []),
        ("Žal pred ponedeljkom ne moremo poslati.", []),
        ("Lahko pošljemo v ponedeljek, če vam ustreza.", []),
        ("Pošiljamo vsak delovni dan ob 14. uri.", []),
        ("Pokličem vas nazaj.", []),
        ("V ponedeljek je trgovina zaprta.", []),
        ("Kurir je prišel v četrtek, pa vas ni bilo doma.", []),
        (
            "> Me lahko pokličete jutri?\nSeveda, jutri ob 11. uri vas pokličem.",
            [("call", "2026-11-23T11:00")],
        ),
        ("Pošljite nam naslov in pošljemo v ponedeljek.", [("send", "2026-11-23")]),
        ("Če paket ne prispe do petka, nam sporočite.", []),
        (
            "Dobro jutro, torto vam pripeljem jutri ob 10:00.",
            [("deliver", "2026-11-23T10:00")],
        ),
        ("Naročilo oddamo na pošto v ponedeljek zjutraj.", [("ship", "2026-11-23")]),
        ("Z veseljem vas pokličem v četrtek popoldne.", [("call", "2026-11-26")]),
        ("Številko za sledenje vam pošljemo jutri po e-pošti.", [("send", "2026-11-23")]),
        # The classes fixed after the first held-out run (see the module doc).
        ("Vrnil vam bom klic jutri ob 9.", [("call_back", "2026-11-23T09:00")]),
        ("Klic vam vrnemo v ponedeljek dopoldne.", [("call_back", "2026-11-23")]),
        ("Oglasila se vam bom po telefonu v sredo.", [("call_back", "2026-11-25")]),
        ("Jutri vas pokličem še enkrat.", [("call_back", "2026-11-23")]),
        ("Poslali vam ga bomo v petek.", [("send", "2026-11-27")]),
        ("Paket smo poslali v petek, tako da bo kmalu pri vas.", []),
        ("V petek smo poslali paket.", []),
        ("Poslali smo ga v petek, v torek bo pri vas.", [("deliver", "2026-11-24")]),
        (
            "V četrtek smo vas klicali, ponovno vas pokličemo v ponedeljek.",
            [("call_back", "2026-11-23")],
        ),
        ("Pokličem vas nazaj jutri.", [("call_back", "2026-11-23")]),
        # Formerly held out (looked at since, so no longer held out).
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
        # The classes fixed after the second held-out run (see the module doc).
        # Send vs ship: documents and information are sent, goods shipped, by the object.
        ("Jutri vam pošljem položnico.", [("send", "2026-11-23")]),
        ("Med vam pošljemo v ponedeljek.", [("ship", "2026-11-23")]),
        ("Ponudbo vam pošljem jutri.", [("send", "2026-11-23")]),
        ("Fotografije vam pošljem nocoj.", [("send", "2026-11-22")]),
        ("Šal vam bomo poslali v torek.", [("ship", "2026-11-24")]),
        ("Povezavo za sledenje vam pošljem jutri.", [("send", "2026-11-23")]),
        # An explicit date beside a weekday decides the day.
        ("Omaro vam dostavimo v ponedeljek, 30. novembra.", [("deliver", "2026-11-30")]),
        ("Poklical vas bom v sredo, 2. decembra.", [("call", "2026-12-02")]),
        ("Pokličem vas v ponedeljek, 30. 11.", [("call", "2026-11-30")]),
        # The present tense with a future time is a commitment (not a habit).
        ("V ponedeljek si ogledam poškodovani okvir.", [("check", "2026-11-23")]),
        ("Dostavljamo v četrtek.", [("deliver", "2026-11-26")]),
        ("Denar vam vračamo do petka.", [("refund", "2026-11-27")]),
        ("Jutri vam odgovarjamo.", [("reply", "2026-11-23")]),
        ("V torek preverjamo zalogo.", [("check", "2026-11-24")]),
        ("V sredo prihajamo izmerit okno.", [("visit", "2026-11-25")]),
        ("Pošljemo čez deset dni.", [("send", "2026-12-02")]),
        ("Običajno pošiljamo ob ponedeljkih.", []),
        # Informing verbs are a reply, with durations.
        ("Sporočim vam v treh dneh.", [("reply", "2026-11-25")]),
        ("Obvestim vas najkasneje čez tri dni.", [("reply", "2026-11-25")]),
        ("Obvestili vas bomo v ponedeljek.", [("reply", "2026-11-23")]),
        ("Do petka vam sporočim, ali ga imamo.", [("reply", "2026-11-27")]),
        ("Oglasim se čez štirinajst dni.", [("reply", "2026-12-06")]),
        # Looking at something is a check; two joined promises keep their own times.
        ("Okvir si bom ogledal jutri.", [("check", "2026-11-23")]),
        (
            "Jutri si ogledamo stol in vam v petek sporočimo.",
            [("check", "2026-11-23"), ("reply", "2026-11-27")],
        ),
        # More of the same classes, mixed, and sentences that must stay silent.
        ("Hvala za naročilo, pošljemo ga v torek.", [("ship", "2026-11-24")]),
        ("Svečke vam pošljemo v ponedeljek, 30. novembra.", [("ship", "2026-11-30")]),
        ("Ponudbo in fotografije vam pošljem jutri.", [("send", "2026-11-23")]),
        ("Jutri vam pošljem povezavo za plačilo.", [("send", "2026-11-23")]),
        ("Svetilko bomo poslali v sredo.", [("ship", "2026-11-25")]),
        ("Mizo vam dostavimo v četrtek ob 10. uri.", [("deliver", "2026-11-26T10:00")]),
        ("V dveh dneh vam sporočim, ali imamo to barvo.", [("reply", "2026-11-24")]),
        ("Obvestila vas bom do srede.", [("reply", "2026-11-25")]),
        (
            "V ponedeljek si ogledamo stol in vas v torek pokličemo.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        ("Denar vračamo na vaš račun do petka.", [("refund", "2026-11-27")]),
        ("Dostavljamo vsak torek.", []),
        ("Pokličem vas v petek, 27. novembra, ob 10. uri.", [("call", "2026-11-27T10:00")]),
        ("Jutri vam pošiljamo novo skodelico.", [("ship", "2026-11-23")]),
        ("V soboto dostavljamo omaro.", [("deliver", "2026-11-28")]),
        ("Pojutrišnjem vas kličemo okoli 11. ure.", [("call", "2026-11-24T11:00")]),
        ("V torek pridemo izmerit prostor.", [("visit", "2026-11-24")]),
        ("Kupnino vam vračamo do srede.", [("refund", "2026-11-25")]),
        (
            "Jutri preverjam pri dobavitelju in vam v torek sporočim.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Najkasneje v treh dneh vam sporočimo.", [("reply", "2026-11-25")]),
        ("Obvestimo vas najkasneje v petek.", [("reply", "2026-11-27")]),
        ("Sporočila vam bom do petka.", [("reply", "2026-11-27")]),
        (
            "Okvir si bom ogledala v ponedeljek, ponudbo pa vam pošljem v torek.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("V ponedeljek se vrnemo z dopusta.", []),
        ("Sporočam, da bo paket jutri pri vas.", [("deliver", "2026-11-23")]),
        ("Šal smo poslali v petek.", []),
        # The second held-out table (looked at since, so no longer held out).
        (
            "Spoštovana gospa Novak,\nhvala za vaše naročilo. Paket bomo v torek oddali na pošto, "
            "v sredo zjutraj pa vam po e-pošti pošljem številko za sledenje.\nLep pozdrav,\nMaja",
            [("ship", "2026-11-24"), ("send", "2026-11-25")],
        ),
        (
            "V petek ob 14.30 vas pokličem, da se dogovoriva glede gravure.",
            [("call", "2026-11-27T14:30")],
        ),
        ("Med iz nove letine vam odpošljemo 30. novembra.", [("ship", "2026-11-30")]),
        (
            "Oprostite, ravno sem imela stranko. Čez eno uro vas pokličem nazaj.",
            [("call_back", "2026-11-22T11:00")],
        ),
        ("Kolo vam po servisu pripeljemo domov pojutrišnjem.", [("deliver", "2026-11-24")]),
        (
            "V ponedeljek si ogledam poškodovani okvir, v torek pa vam pošljem ponudbo za "
            "popravilo.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Najkasneje v treh dneh vam sporočim, ali lahko naročimo ta odtenek.",
            [("reply", "2026-11-25")],
        ),
        (
            "V sredo ob 11.30 pridemo k vam na dom in izmerimo prostor za kuhinjo.",
            [("visit", "2026-11-25T11:30")],
        ),
        ("Znesek za razbito vazo vam nakažemo nazaj do sobote.", [("refund", "2026-11-28")]),
        (
            "Darilno košarico dostavimo v vašo pisarno 18. decembra ob 10. uri.",
            [("deliver", "2026-12-18T10:00")],
        ),
        (
            "> Lahko preverite, ali imate prstan v velikosti 54?\nSeveda! Jutri preverim v "
            "delavnici in se vam v torek oglasim.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Popravljeni račun vam pošljem še nocoj.", [("send", "2026-11-22")]),
        (
            "Keramika se mora še žgati, zato vam skodelice pošljemo čez deset dni.",
            [("ship", "2026-12-02")],
        ),
        ("Naslednji teden v četrtek pridem k vam priklopit luč.", [("visit", "2026-11-26")]),
        (
            "Dober dan, gospod Kranjc! Jutri ob 9.15 vas pokličem glede odtenka, barvo pa vam "
            "dostavimo 7. decembra.",
            [("call", "2026-11-23T09:15"), ("deliver", "2026-12-07")],
        ),
        ("Paket je šel v četrtek z GLS-om, tako da bi ga morali kmalu dobiti.", []),
        ("Najlepša hvala za prijazno oceno, res ste nas razveselili!", []),
        ("Vam bolj ustreza dostava v torek ali v sredo?", []),
        ("Omenili ste, da boste naročilo prevzeli v soboto – to nam povsem ustreza.", []),
        ("Morda bomo modre skodelice spet dobili naslednji mesec, bomo videli.", []),
        ("Če želite, vam lahko darilo tudi lepo zavijemo.", []),
        ("Zjutraj sem klicala dostavno službo in povedali so mi, da se jim je pokvaril kombi.", []),
        ("Vam in vaši družini želimo vesel božič in srečno novo leto!", []),
        ("Ko preizkusite sveče, nam prosim sporočite, kako so vam bile všeč.", []),
        (
            "> Prosim, pošljite mi račun do petka.\nPozdravljeni, račun je v priponki tega "
            "sporočila.\nLep pozdrav, Tina",
            [],
        ),
        # The classes fixed after the third held-out run (see the module doc).
        # Money amounts are never dates, whichever side the currency is on.
        ("Razliko 4,20 € vam vrnemo v torek.", [("refund", "2026-11-24")]),
        ("Vrnemo vam 3.10 EUR v ponedeljek.", [("refund", "2026-11-23")]),
        ("Poštnina je 2.11 €, paket pošljemo v sredo.", [("ship", "2026-11-25")]),
        ("Razliko 3.10 vam vrnemo v četrtek.", [("refund", "2026-11-26")]),
        ("Nakažemo vam 4,50 € do petka.", [("refund", "2026-11-27")]),
        ("Pokličem vas 4. 12.", [("call", "2026-12-04")]),
        ("Skupaj znaša 9.12 evra.", []),
        # Coming to the customer is a visit; what the owner comes to do is its purpose.
        ("Pridem v sredo pogledat omaro.", [("visit", "2026-11-25")]),
        ("Oglasim se pri vas v petek ob 10.", [("visit", "2026-11-27T10:00")]),
        ("Oglasil se bom pri vas jutri popoldne, da si ogledam peč.", [("visit", "2026-11-23")]),
        ("Oglasil se vam bom v petek.", [("reply", "2026-11-27")]),
        ("V četrtek pridemo k vam preverit napeljavo.", [("visit", "2026-11-26")]),
        ("Pridem v sredo in pogledam peč.", [("visit", "2026-11-25")]),
        ("Skočim do vas v petek ob 9.", [("visit", "2026-11-27T09:00")]),
        ("Jutri pridem k vam izmerit okna.", [("visit", "2026-11-23")]),
        ("Omaro prevzamemo pri vas v soboto.", [("visit", "2026-11-28")]),
        # What lands in the customer's inbox is sent.
        ("Ponudba bo v vašem nabiralniku do petka.", [("send", "2026-11-27")]),
        ("Račun boste imeli v e-pošti jutri.", [("send", "2026-11-23")]),
        ("Ponudbo boste imeli v nabiralniku jutri.", [("send", "2026-11-23")]),
        ("Ponudbo boste prejeli po e-pošti jutri.", [("send", "2026-11-23")]),
        # The customer's plans, shop policies and opening hours are no promises.
        ("Rekli ste, da pridete po paket v soboto.", []),
        ("Omenili ste, da nas pokličete v ponedeljek.", []),
        ("Napisali ste, da boste prišli v soboto.", []),
        ("Ste mi rekli, da pridete v ponedeljek.", []),
        ("Kot ste rekli, vas pokličem v torek.", [("call", "2026-11-24")]),
        ("Naročila, prejeta do 12. ure, odpošljemo isti dan.", []),
        ("Vsa naročila, oddana do 12. ure, pošljemo še isti dan.", []),
        ("Naročila, oddana do četrtka, dostavimo v soboto.", []),
        ("Ob sobotah delamo do 12. ure.", []),
        ("V soboto smo odprti do 13. ure.", []),
        ("Delamo na tem, javimo se jutri.", [("reply", "2026-11-23")]),
        # Verbs and forms: money back, calls returned, arrivals, objects named before.
        ("Denar vam nakažemo v sredo.", [("refund", "2026-11-25")]),
        ("Vrnemo vam denar v ponedeljek.", [("refund", "2026-11-23")]),
        ("Denar vam vrnemo v torek.", [("refund", "2026-11-24")]),
        ("Klic vam vrnem čez pol ure.", [("call_back", "2026-11-22T10:30")]),
        ("Vrnem vam klic v eni uri.", [("call_back", "2026-11-22T11:00")]),
        ("Javim se vam v pol ure.", [("reply", "2026-11-22T10:30")]),
        ("Paket bo pri vas v četrtek.", [("deliver", "2026-11-26")]),
        ("Paket bo pri vas jutri.", [("deliver", "2026-11-23")]),
        (
            "Jutri jih odpošljemo, najkasneje v petek pa bodo pri vas.",
            [("ship", "2026-11-23"), ("deliver", "2026-11-27")],
        ),
        ("Zajčka dokončam v četrtek, pošljem pa v petek.", [("ship", "2026-11-27")]),
        ("Šal dokončam v četrtek, odpošljem pa v petek.", [("ship", "2026-11-27")]),
        ("Knjigo preberem v sredo, pošljem pa jo v petek.", [("ship", "2026-11-27")]),
        # Mixed, as in a whole e-mail.
        (
            "Pozdravljeni, gospa Zupan!\n\nPlačali ste 6,40 €, pravilno pa bi bilo 4,20 €, zato "
            "vam razliko 2,20 € vrnemo v sredo. Rekli ste, da pridete v soboto, ni problema, "
            "delamo do 14. ure.\n\nLep pozdrav,\nLuka",
            [("refund", "2026-11-25")],
        ),
        (
            "Pozdravljeni!\n\nV četrtek ob 10. uri pridem pogledat stopnišče, ponudba pa bo v "
            "vašem nabiralniku do ponedeljka, 30. novembra.\n\nMatej",
            [("visit", "2026-11-26T10:00"), ("send", "2026-11-30")],
        ),
        (
            "Naročila, oddana do 12. ure, pošljemo isti dan, zato bo vaše pri vas v torek.",
            [("deliver", "2026-11-24")],
        ),
        # The third held-out table (looked at since, so no longer held out).
        (
            "Pozdravljeni, gospa Novak!\n\nHvala za naročilo. Pohodne palice imamo na zalogi, "
            "zato jih odpošljemo že jutri, najkasneje v sredo pa bodo pri vas.\n\nLep pozdrav,\n"
            "Matej, Gorski kotiček",
            [("ship", "2026-11-23"), ("deliver", "2026-11-25")],
        ),
        (
            "Čevlje si ogledam v sredo, ceno popravila pa vam sporočim v četrtek zjutraj.",
            [("check", "2026-11-25"), ("reply", "2026-11-26")],
        ),
        (
            "Pokličem vas v petek ob 13.30, da potrdiva barvo stekla za vitraž.",
            [("call", "2026-11-27T13:30")],
        ),
        (
            "Poročni šopek vam dostavimo v soboto ob 11. uri.",
            [("deliver", "2026-11-28T11:00")],
        ),
        ("Kupnino za vrnjene hlačke vam nakažemo v 4 dneh.", [("refund", "2026-11-26")]),
        ("Ponudbo za nov prenosnik vam pošljem še danes.", [("send", "2026-11-22")]),
        (
            "Naslednji torek pridem k vam namestit vitraž v stopnišču.",
            [("visit", "2026-11-24")],
        ),
        ("Sem na sestanku, klic vam vrnem čez pol ure.", [("call_back", "2026-11-22T10:30")]),
        (
            "Sir bomo odposlali 1. decembra, da bo čim manj časa na poti.",
            [("ship", "2026-12-01")],
        ),
        (
            "Jutri zjutraj knjigo še enkrat pregledam, ali so v njej vsi zemljevidi.",
            [("check", "2026-11-23")],
        ),
        ("Pojutrišnjem vam pošljemo fotografije obeh kompletov.", [("send", "2026-11-24")]),
        (
            "Računalnik bo pri vas v petek, kurir ga bo pripeljal dopoldne.",
            [("deliver", "2026-11-27")],
        ),
        (
            "Jutri pokličem dobavitelja, v ponedeljek, 30. novembra, pa se vam oglasim z "
            "dokončnim odgovorom.",
            [("call", "2026-11-23"), ("reply", "2026-11-30")],
        ),
        ("Preplačilo v višini 6,40 € vam vrnemo danes popoldne.", [("refund", "2026-11-22")]),
        ("Pižamico v pravi velikosti vam pošljemo v 3 dneh.", [("ship", "2026-11-25")]),
        ("Paket smo v petek oddali na Pošto Slovenije.", []),
        (
            "Pozdravljeni, gospod Kovač,\n\nhvala za prijazne besede. Veseli nas, da so čevlji "
            "po popravilu spet udobni in da ste z njimi že prehodili Šmarno goro.\n\n"
            "Lep pozdrav,\nJože, Čevljarstvo Podkev",
            [],
        ),
        ("Bi vam bolj ustrezal prevzem v trgovini ali dostava na dom?", []),
        ("Če želite, vam lahko sir tudi vakuumsko zapakiramo.", []),
        (
            "Omenili ste, da boste v torek na poti skozi Kranj, kar oglasite se pri nas.",
            [],
        ),
        ("Morda bomo spomladi spet imeli to barvo, bomo videli.", []),
        ("Sporočim vam, ko prispe nova pošiljka volnenih kap.", []),
        ("Vitraž smo izdelali prejšnji mesec po vaši skici.", []),
        ("Naročila, oddana do 11. ure, pošljemo isti dan.", []),
        ("Ali je račun prišel na pravi e-naslov?", []),
        # The classes fixed after the fourth held-out run (see the module doc).
        # Send vs ship: verbs that only ship, documents in every form, pronouns, titles, copies.
        ("Paket bomo odposlali v sredo.", [("ship", "2026-11-25")]),
        ("Naročilo bomo predali kurirju v ponedeljek.", [("ship", "2026-11-23")]),
        ("Knjigo vam pošljemo v sredo.", [("ship", "2026-11-25")]),
        ("Račun vam pošljem jutri po e-pošti.", [("send", "2026-11-23")]),
        ("Poročilo s fotografijami vam pošljem v četrtek.", [("send", "2026-11-26")]),
        ("Poročilo in fotografije vam pošljem v petek.", [("send", "2026-11-27")]),
        ("Fotografije končane omare vam pošljem zvečer.", [("send", "2026-11-22")]),
        ("Povezavo za sledenje vam pošljem danes.", [("send", "2026-11-22")]),
        ("Sledilno številko vam pošljem jutri.", [("send", "2026-11-23")]),
        ("Vaš izvod knjige pošljemo v ponedeljek.", [("ship", "2026-11-23")]),
        ("Vaš izvod vam pošljemo jutri.", [("ship", "2026-11-23")]),
        ("Pošljemo vam »Carcassonne« v sredo.", [("ship", "2026-11-25")]),
        ("Vaza je končana, poslali jo bomo v torek.", [("ship", "2026-11-24")]),
        ("Omarica je končana. Jutri vam jo pošljemo.", [("ship", "2026-11-23")]),
        ("Hvala za naročilo! Poslali ga bomo jutri.", [("ship", "2026-11-23")]),
        ("Hvala za fotografije, šal pošljemo jutri.", [("ship", "2026-11-23")]),
        ("Ponudba je pripravljena, poslal vam jo bom jutri.", [("send", "2026-11-23")]),
        ("Poročilo je pripravljeno. Jutri vam ga pošljem.", [("send", "2026-11-23")]),
        # What the customer gets from the owner is what the owner sends (or says).
        ("Ponudbo boste od mene prejeli do petka.", [("send", "2026-11-27")]),
        ("Predračun boste od nas prejeli jutri.", [("send", "2026-11-23")]),
        ("Novo vazo boste od nas dobili v torek.", [("ship", "2026-11-24")]),
        ("Paket boste prejeli v torek.", [("deliver", "2026-11-24")]),
        # Visits: a date set off by commas, and the ways of coming over.
        ("Pridemo v soboto, 12. decembra.", [("visit", "2026-12-12")]),
        ("K vam pridemo v ponedeljek, 30. novembra.", [("visit", "2026-11-30")]),
        ("K vam pridem v torek, 1. decembra, ob 10. uri.", [("visit", "2026-12-01T10:00")]),
        ("Oglasim se pri vas v četrtek, 3. decembra.", [("visit", "2026-12-03")]),
        ("Pri vas bom v torek ob 9. uri.", [("visit", "2026-11-24T09:00")]),
        # Money on its way back is a refund.
        ("Denar bo do srede na vašem računu.", [("refund", "2026-11-25")]),
        ("Kupnina vam bo vrnjena do petka.", [("refund", "2026-11-27")]),
        ("Denar vam bo vrnjen na kartico do petka.", [("refund", "2026-11-27")]),
        ("Znesek bo nakazan v ponedeljek.", [("refund", "2026-11-23")]),
        ("Vračilo bo izvedeno do srede.", [("refund", "2026-11-25")]),
        # Sentences that must stay silent.
        ("Bi nam lahko do petka poslali fotografijo?", []),
        ("Paket smo poslali v petek.", []),
        ("SMS boste dobili od kurirja v torek.", []),
        ("Lahko se oglasite pri nas v soboto.", []),
        ("Oglasite se pri nas v soboto, 12. decembra.", []),
        ("Denar smo vam vrnili včeraj.", []),
        ("Denar je bil nakazan v petek.", []),
        # A pronoun stands for the nearest thing named before it: documents sent, goods shipped.
        ("Fotografije so pripravljene, pošljem vam jih jutri.", [("send", "2026-11-23")]),
        ("Krožniki so pripravljeni, pošljemo jih jutri.", [("ship", "2026-11-23")]),
        # Goods setting off are shipped, and what is got sent off goes by its object.
        ("Paket bo odšel v ponedeljek.", [("ship", "2026-11-23")]),
        ("Paket je odšel v petek.", []),
        # The same classes in other words: deposits, sketches, rugs, shelves.
        ("Skice in vzorce blaga vam pošljem v sredo.", [("send", "2026-11-25")]),
        ("Preprogo bomo odposlali v ponedeljek.", [("ship", "2026-11-23")]),
        ("Oceno škode boste od mene prejeli do petka.", [("send", "2026-11-27")]),
        ("Prišli bomo v ponedeljek, 30. novembra, da namestimo police.", [("visit", "2026-11-30")]),
        ("Ara vam bo vrnjena do ponedeljka.", [("refund", "2026-11-23")]),
        # The fourth held-out table (looked at since, so no longer held out).
        (
            "Pozdravljeni, gospa Novak! Zeliščni čaj vam pošljem jutri s Pošto Slovenije.\n\nLep pozdrav,\nMaja",
            [("ship", "2026-11-23")],
        ),
        (
            "Poklical vas bom v sredo ob 16. uri, da se dogovorimo glede servisa smuči.",
            [("call", "2026-11-25T16:00")],
        ),
        ("Predračun za 80 skodelic s tiskom vam bom poslala do petka.", [("send", "2026-11-27")]),
        ("Nova črpalka za akvarij bo pri vas v petek.", [("deliver", "2026-11-27")]),
        (
            "Trenutno sem pri stranki, pokličem vas nazaj čez eno uro.",
            [("call_back", "2026-11-22T11:00")],
        ),
        (
            "Čez tri dni vam sporočim, ali so lesene kocke spet na zalogi.",
            [("reply", "2026-11-25")],
        ),
        (
            "V torek bom pregledal vaše kolo, v petek pa vas pokličem in povem, koliko bo stalo popravilo.",
            [("check", "2026-11-24"), ("call", "2026-11-27")],
        ),
        ("Kupnino za poškodovano igro vam vrnemo do 1. decembra.", [("refund", "2026-12-01")]),
        (
            "V ponedeljek, 7. decembra, vas obiščem v trgovini in vam pokažem novo kolekcijo sedel.",
            [("visit", "2026-12-07")],
        ),
        ("Fotografije natisnjene figurice vam pošljem pojutrišnjem.", [("send", "2026-11-24")]),
        ("Med in propolis vam dostavimo v četrtek ob 17.30.", [("deliver", "2026-11-26T17:30")]),
        (
            "Spoštovani gospod Kovač,\n\nhvala za naročilo in potrpežljivost. Oljčno olje bomo odposlali v torek, račun pa vam bom po e-pošti poslala še danes.\n\nLep pozdrav,\nTina Bažec\nOljarna Bažec",
            [("ship", "2026-11-24"), ("send", "2026-11-22")],
        ),
        ("Otroške kape in rokavice bomo odposlali 3. decembra.", [("ship", "2026-12-03")]),
        (
            "Danes popoldne bom preverila, zakaj vaš paket še ni odšel iz skladišča.",
            [("check", "2026-11-22")],
        ),
        (
            "Slišimo se v ponedeljek ob 9. uri, takrat bom že vedela več o dobavi.",
            [("call", "2026-11-23T09:00")],
        ),
        ("Paket smo oddali na pošto v petek, tako da bi moral kmalu prispeti.", []),
        ("Najlepša hvala za prijazne besede, zelo smo se razveselili!", []),
        ("Vam bolj ustreza, da smuči prevzamete v torek ali v sredo?", []),
        ("Napisali ste, da boste skodelice prevzeli osebno v soboto – to je čisto v redu.", []),
        ("Vsa naročila, oddana do 12. ure, odpošljemo isti dan.", []),
        ("Trgovina je odprta od ponedeljka do petka med 9. in 17. uro.", []),
        ("Če bo dobavitelj pravočasno poslal material, bomo morda naredili še kakšno serijo.", []),
        ("Včeraj sem klicala kurirsko službo, pravijo, da je paket obtičal v Mariboru.", []),
        ("Bi mi lahko poslali fotografijo serijske številke na okvirju?", []),
        ("Vesele praznike in srečno novo leto vam želimo!", []),
    ],
    "tr": [
        ("Merhaba Ayşe Hanım, çarşamba günü sizi arayacağım.", [("call", "2026-11-25")]),
        ("Salı günü saat 10:30'da sizi arayacağız.", [("call", "2026-11-24T10:30")]),
        ("Faturayı cumaya kadar göndereceğim.", [("send", "2026-11-27")]),
        ("Paketi yarın sabah kargoya vereceğim.", [("ship", "2026-11-23")]),
        ("Siparişinizi öbür gün göndereceğiz.", [("ship", "2026-11-24")]),
        ("3 gün sonra yeni fiyat listesiyle size döneceğim.", [("reply", "2026-11-25")]),
        ("Ücretinizi 5 iş günü içinde iade edeceğiz.", [("refund", "2026-11-27")]),
        ("2 saat sonra sizi geri arayacağım.", [("call_back", "2026-11-22T12:00")]),
        ("Gelecek pazartesi sizi ararım.", [("call", "2026-11-23")]),
        ("Yeni ürünü 2 Aralık'ta göndereceğiz.", [("ship", "2026-12-02")]),
        (
            "Pazartesi stokları kontrol edeceğim ve salıya kadar size haber vereceğim.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Paketiniz perşembe günü elinize ulaşacak.", [("deliver", "2026-11-26")]),
        ("Koltuğu 4 Aralık'ta saat 9'da teslim edeceğiz.", [("deliver", "2026-12-04T09:00")]),
        ("Saat 15:00'te sizi arayacağım.", [("call", "2026-11-22T15:00")]),
        ("Bugün size detaylı yazacağım.", [("reply", "2026-11-22")]),
        (
            "Kargo firmasına soracağım, hafta sonuna kadar size dönüş yapacağım.",
            [("reply", "2026-11-27")],
        ),
        ("Cumartesi günü pencereyi ölçmeye geleceğiz.", [("visit", "2026-11-28")]),
        ("İnceleyip 24 saat içinde cevap vereceğim.", [("reply", "2026-11-23T10:00")]),
        ("Numuneleri 12.12.2026 tarihinde göndereceğim.", [("send", "2026-12-12")]),
        (
            "Yarın sizi arayacağım, sözleşmeyi de perşembe göndereceğiz.",
            [("call", "2026-11-23"), ("send", "2026-11-26")],
        ),
        (
            "Önümüzdeki perşembe saat 11'de mağazanıza uğrayacağız.",
            [("visit", "2026-11-26T11:00")],
        ),
        ("Bugün öğleden sonra fotoğraflara bakacağım.", [("check", "2026-11-22")]),
        ("İadenizi çarşambaya kadar yapacağız.", [("refund", "2026-11-25")]),
        ("Kurye paketi alınca size haber vereceğim.", []),
        ("Teşekkürler, pazartesi konuşuruz.", [("call", "2026-11-23")]),
        ("Salı günü saat 9 gibi sizi ararım.", [("call", "2026-11-24T09:00")]),
        (
            "Pazartesi sizi arayacağım. Paketi salı günü kargoya vereceğiz, perşembeye kadar "
            "elinizde olur.",
            [("call", "2026-11-23"), ("ship", "2026-11-24"), ("deliver", "2026-11-26")],
        ),
        ("Dün sizi aradık ama ulaşamadık.", []),
        ("Paketinizi cuma günü kargoya verdik.", []),
        ("Sorularınız olursa bize yazın.", []),
        ("Bizi istediğiniz zaman arayabilirsiniz.", []),
        ("Hasarın fotoğrafını cumaya kadar gönderebilir misiniz?", []),
        ("Lütfen ürünü 14 gün içinde iade edin.", []),
        ("Sizi çarşamba arayayım mı?", []),
        ("Maalesef pazartesiden önce gönderemeyeceğiz.", []),
        ("İsterseniz pazartesi gönderebiliriz.", []),
        ("Her iş günü saat 14'te kargoya veriyoruz.", []),
        ("Sizi geri arayacağım.", []),
        ("Pazartesi günleri mağazamız kapalı.", []),
        ("Kurye perşembe geldi ama evde değildiniz.", []),
        (
            "> Yarın beni arayabilir misiniz?\nTabii, yarın saat 11'de sizi arayacağım.",
            [("call", "2026-11-23T11:00")],
        ),
        ("Adresinizi iletin, pazartesi göndereceğiz.", [("send", "2026-11-23")]),
        ("Paket cumaya kadar gelmezse bize haber verin.", []),
        (
            "Günaydın, pastayı yarın saat 10:00'da getireceğim.",
            [("deliver", "2026-11-23T10:00")],
        ),
        ("Siparişinizi pazartesi sabah ilk iş kargoya veriyoruz.", [("ship", "2026-11-23")]),
        ("Perşembe öğleden sonra sizi memnuniyetle ararım.", [("call", "2026-11-26")]),
        ("Takip numarasını yarın e-postayla göndereceğiz.", [("send", "2026-11-23")]),
        # The classes fixed after the first held-out run (see the module doc).
        ("Yarın sizi arayıp bilgi vereceğim.", [("call", "2026-11-23")]),
        ("Kontrol edip yarın size döneceğim.", [("reply", "2026-11-23")]),
        ("Pazartesi stokları kontrol edip size haber vereceğim.", [("check", "2026-11-23")]),
        ("Salı günü uğrayıp ölçü alacağız.", [("visit", "2026-11-24")]),
        (
            "Paketi cuma günü kargoya verip takip numarasını size göndereceğiz.",
            [("ship", "2026-11-27")],
        ),
        ("Cuma günü iade edip size bilgi vereceğiz.", [("refund", "2026-11-27")]),
        ("Siparişinizi yarın hazırlayıp kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Perşembe günü gelip rafı kurduk.", []),
        ("Yarın gelip montajı yapamayacağız.", []),
        ("Yarın telefonla size geri dönüş yapacağım.", [("call_back", "2026-11-23")]),
        ("Pazartesi sizi tekrar arayacağım.", [("call_back", "2026-11-23")]),
        ("Çarşamba günü geri dönüş araması yapacağız.", [("call_back", "2026-11-25")]),
        ("Cuma günü size geri dönüş yapacağım.", [("reply", "2026-11-27")]),
        ("Cuma günü gönderdik, yakında elinizde olur.", []),
        ("Siparişiniz cuma günü kargoya verildi, yakında elinizde olacak.", []),
        (
            "Paketinizi cuma günü kargoya verdik, salı günü elinizde olur.",
            [("deliver", "2026-11-24")],
        ),
        (
            "Perşembe günü aradık ama ulaşamadık, pazartesi tekrar arayacağız.",
            [("call_back", "2026-11-23")],
        ),
        ("Aramanıza yarın geri döneceğim.", [("call_back", "2026-11-23")]),
        # Formerly held out (looked at since, so no longer held out).
        (
            "Merhaba, salı günü saat 11 gibi sizi arayıp teslimatı konuşacağım.",
            [("call", "2026-11-24T11:00")],
        ),
        ("Siparişinizi yarın sabah kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Faturayı en geç perşembeye kadar göndereceğim.", [("send", "2026-11-26")]),
        ("Paketinizi dün Yurtiçi Kargo ile gönderdik.", []),
        ("Sorularınız olursa bizi her zaman arayabilirsiniz.", []),
        ("Tedarikçiyle görüşüp pazartesi size dönüş yapacağım.", [("reply", "2026-11-23")]),
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
        # The classes fixed after the second held-out run (see the module doc).
        # Send vs ship: documents and information are sent, goods shipped, by the object.
        ("Atkınızı yarın göndereceğiz.", [("ship", "2026-11-23")]),
        ("Teklifi yarın göndereceğim.", [("send", "2026-11-23")]),
        ("Fotoğrafları bu akşam göndereceğim.", [("send", "2026-11-22")]),
        ("Balı pazartesi göndereceğiz.", [("ship", "2026-11-23")]),
        ("Kupaları salı günü göndereceğiz.", [("ship", "2026-11-24")]),
        ("Takip linkini yarın göndereceğim.", [("send", "2026-11-23")]),
        # An explicit date beside a weekday decides the day.
        ("Dolabı 30 Kasım Pazartesi teslim edeceğiz.", [("deliver", "2026-11-30")]),
        ("Sizi 2 Aralık Çarşamba günü arayacağım.", [("call", "2026-12-02")]),
        ("Sizi Pazartesi, 30 Kasım'da arayacağım.", [("call", "2026-11-30")]),
        ("30.11 Pazartesi günü sizi arayacağız.", [("call", "2026-11-30")]),
        ("Sizi 02.12 tarihinde arayacağım.", [("call", "2026-12-02")]),
        # The present tense with a future time is a commitment (not a habit).
        ("Yarın gönderiyoruz.", [("send", "2026-11-23")]),
        ("Pazartesi teslim ediyoruz.", [("deliver", "2026-11-23")]),
        ("Yarın sizi arıyorum.", [("call", "2026-11-23")]),
        ("Parayı cumaya kadar iade ediyoruz.", [("refund", "2026-11-27")]),
        ("Salı günü geliyoruz.", [("visit", "2026-11-24")]),
        ("Genelde pazartesi gönderiyoruz.", []),
        # Informing verbs are a reply, with durations.
        ("Yarın size haber vereceğim.", [("reply", "2026-11-23")]),
        ("Pazartesi size bilgi vereceğiz.", [("reply", "2026-11-23")]),
        ("En geç cuma günü size bildiririm.", [("reply", "2026-11-27")]),
        ("3 gün içinde sizi bilgilendireceğim.", [("reply", "2026-11-25")]),
        ("On dört gün içinde size bildireceğim.", [("reply", "2026-12-06")]),
        ("On gün içinde size bildireceğim.", [("reply", "2026-12-02")]),
        # Looking at something is a check; two joined promises keep their own times.
        (
            "Menteşeye pazartesi bakacağım, salı günü de tamir için teklif göndereceğim.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Sandalyeyi yarın inceleyeceğim.", [("check", "2026-11-23")]),
        ("Fotoğrafları bu akşam gözden geçireceğim.", [("check", "2026-11-22")]),
        # More of the same classes, mixed, and sentences that must stay silent.
        ("Siparişiniz için teşekkürler, salı günü göndereceğiz.", [("ship", "2026-11-24")]),
        ("Mumları 30 Kasım Pazartesi göndereceğiz.", [("ship", "2026-11-30")]),
        ("Teklifi ve fotoğrafları yarın göndereceğim.", [("send", "2026-11-23")]),
        ("Ödeme linkini yarın size göndereceğim.", [("send", "2026-11-23")]),
        ("Lambayı çarşamba günü gönderiyoruz.", [("ship", "2026-11-25")]),
        ("Masayı perşembe saat 10'da teslim ediyoruz.", [("deliver", "2026-11-26T10:00")]),
        ("Bu rengin olup olmadığını iki gün içinde size bildireceğim.", [("reply", "2026-11-24")]),
        ("Çarşambaya kadar size haber vereceğim.", [("reply", "2026-11-25")]),
        (
            "Pazartesi sandalyeye bakacağım, salı günü de sizi arayacağım.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        ("Parayı cumaya kadar kartınıza iade ediyoruz.", [("refund", "2026-11-27")]),
        ("Her salı teslimat yapıyoruz.", []),
        ("Sizi 27 Kasım Cuma saat 10'da arayacağım.", [("call", "2026-11-27T10:00")]),
        ("Yarın size yeni bir fincan gönderiyoruz.", [("ship", "2026-11-23")]),
        ("Cumartesi dolabı teslim ediyoruz.", [("deliver", "2026-11-28")]),
        ("Öbür gün saat 11 gibi sizi arıyoruz.", [("call", "2026-11-24T11:00")]),
        ("Salı günü ölçü almaya geliyoruz.", [("visit", "2026-11-24")]),
        ("Ücreti çarşambaya kadar iade ediyoruz.", [("refund", "2026-11-25")]),
        ("Siparişi pazartesi kargoya veriyoruz.", [("ship", "2026-11-23")]),
        ("En geç 3 gün içinde size haber vereceğiz.", [("reply", "2026-11-25")]),
        ("Cuma gününe kadar sizi bilgilendireceğiz.", [("reply", "2026-11-27")]),
        ("Size en geç cuma bildiririz.", [("reply", "2026-11-27")]),
        (
            "Pazartesi çerçeveyi inceleyeceğim, salı günü size teklif göndereceğim.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Çerçeveye pazartesi bakıp salı günü size teklif göndereceğim.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("Her gün kargoya veriyoruz.", []),
        ("Atkınızı cuma günü gönderdik.", []),
        # The second held-out table (looked at since, so no longer held out).
        (
            "Merhaba Elif Hanım,\nsiparişiniz için teşekkür ederiz. Paketi salı günü kargoya "
            "vereceğiz, takip numarasını da çarşamba sabah size e-postayla göndereceğim.\n"
            "Saygılarımla,\nZeynep",
            [("ship", "2026-11-24"), ("send", "2026-11-25")],
        ),
        (
            "Gravür konusunu konuşmak için cuma günü saat 14:30'da sizi arayacağım.",
            [("call", "2026-11-27T14:30")],
        ),
        ("Balınızı 30 Kasım'da kargoya vereceğiz.", [("ship", "2026-11-30")]),
        (
            "Kusura bakmayın, bir müşteriyle ilgileniyordum. Bir saat sonra sizi geri arayacağım.",
            [("call_back", "2026-11-22T11:00")],
        ),
        ("İpler nihayet geldi, atkınızı öbür gün kargoya veriyoruz.", [("ship", "2026-11-24")]),
        (
            "Pazartesi hasarlı çerçeveye bakacağım, salı günü de tamir teklifini size "
            "göndereceğim.",
            [("check", "2026-11-23"), ("send", "2026-11-24")],
        ),
        (
            "Bu rengi sipariş edip edemeyeceğimizi en geç 3 gün içinde size bildireceğim.",
            [("reply", "2026-11-25")],
        ),
        (
            "Çarşamba saat 11:30'da mutfağı ölçmek için yanınıza geleceğiz.",
            [("visit", "2026-11-25T11:30")],
        ),
        (
            "Kırık vazonun ücretini cumartesiye kadar kartınıza iade edeceğiz.",
            [("refund", "2026-11-28")],
        ),
        (
            "Hediye sepetini 18 Aralık'ta saat 10:00'da ofisinize teslim edeceğiz.",
            [("deliver", "2026-12-18T10:00")],
        ),
        (
            "> Yüzüğün 14 numarası var mı, bakabilir misiniz?\nTabii ki! Yarın atölyede kontrol "
            "edip salı günü size haber vereceğim.",
            [("check", "2026-11-23"), ("reply", "2026-11-24")],
        ),
        ("Düzeltilmiş faturayı bu akşam size göndereceğim.", [("send", "2026-11-22")]),
        (
            "El yapımı ürünler biraz zaman alıyor, siparişinizi 10 gün sonra kargoya vereceğiz.",
            [("ship", "2026-12-02")],
        ),
        (
            "Önümüzdeki hafta perşembe günü lambayı bağlamak için size uğrayacağım.",
            [("visit", "2026-11-26")],
        ),
        (
            "İyi günler Murat Bey, renk konusunda yarın saat 9:15'te sizi arayacağım; boyaları da "
            "7 Aralık'ta teslim edeceğiz.",
            [("call", "2026-11-23T09:15"), ("deliver", "2026-12-07")],
        ),
        ("Paketinizi perşembe günü Aras Kargo ile gönderdik, takip numarası mesajda.", []),
        ("Güzel yorumunuz için çok teşekkür ederiz, gerçekten çok sevindik!", []),
        ("Teslimat için salı mı yoksa çarşamba mı size daha uygun?", []),
        (
            "Siparişi cumartesi günü kendiniz alacağınızı yazmıştınız, bizim için hiç sorun değil.",
            [],
        ),
        ("Mavi kupalar belki önümüzdeki ay tekrar gelir, bakalım.", []),
        ("İsterseniz hediyeyi paketleyebiliriz.", []),
        ("Bu sabah kargo firmasını aradım, araçları arızalanmış.", []),
        ("Yeni yılınızı şimdiden kutlar, sağlık ve mutluluk dileriz!", []),
        ("Mumları denedikten sonra nasıl bulduğunuzu bize yazarsanız çok seviniriz.", []),
        (
            "> Faturayı cumaya kadar gönderir misiniz?\nMerhaba Selin Hanım, fatura bu e-postanın "
            "ekinde.",
            [],
        ),
        # The classes fixed after the third held-out run (see the module doc).
        # Money amounts are never dates, whichever side the currency is on.
        ("4,20 TL farkı salı günü iade edeceğim.", [("refund", "2026-11-24")]),
        ("Fazla alınan 3.10 TL'yi pazartesi hesabınıza geçeceğiz.", [("refund", "2026-11-23")]),
        ("Kargo ücreti 5.11 ₺, siparişinizi çarşamba kargoya vereceğiz.", [("ship", "2026-11-25")]),
        ("Aradaki 3.10 TL farkı perşembe iade edeceğiz.", [("refund", "2026-11-26")]),
        ("₺12.50 tutarı yarın hesabınıza geçeceğim.", [("refund", "2026-11-23")]),
        ("Sizi 04.12 tarihinde arayacağım.", [("call", "2026-12-04")]),
        ("Toplam tutar 9.12 TL.", []),
        # Coming to the customer is a visit; what the owner comes to do is its purpose.
        ("Perşembe günü gelip kombiye bakacağım.", [("visit", "2026-11-26")]),
        ("Yarın saat 10'da uğrayıp dolabı kontrol edeceğiz.", [("visit", "2026-11-23T10:00")]),
        ("Cuma günü size uğrayacağım.", [("visit", "2026-11-27")]),
        ("Salı günü size geleceğim ve dolaba bakacağım.", [("visit", "2026-11-24")]),
        ("Yarın saat 15'te gelip pencereleri ölçeceğiz.", [("visit", "2026-11-23T15:00")]),
        ("Pazartesi uğrayıp kapıya bakarım.", [("visit", "2026-11-23")]),
        ("Gelip yarın kombiye bakacağım.", [("visit", "2026-11-23")]),
        ("Koltuğu cumartesi sizden alacağız.", [("visit", "2026-11-28")]),
        # What lands in the customer's inbox is sent.
        ("Teklif cuma gününe kadar gelen kutunuzda olacak.", [("send", "2026-11-27")]),
        ("Fatura yarın e-postanızda olacak.", [("send", "2026-11-23")]),
        ("Fatura yarın mailinize gelecek.", [("send", "2026-11-23")]),
        ("Teklifi cuma günü e-posta adresinize göndereceğim.", [("send", "2026-11-27")]),
        # The customer's plans, shop policies and opening hours are no promises.
        ("Cumartesi geleceğinizi söylemiştiniz, sorun değil.", []),
        ("Siparişi pazartesi alacağınızı yazmıştınız.", []),
        ("Cumartesi gelip alacağınızı söylemiştiniz.", []),
        ("Pazartesi geleceğinizi belirtmiştiniz, bekliyoruz.", []),
        ("Dediğiniz gibi salı günü sizi arayacağım.", [("call", "2026-11-24")]),
        ("Saat 14'e kadar verilen siparişler aynı gün kargoya verilir.", []),
        ("Öğlene kadar verilen tüm siparişler aynı gün kargoya verilir.", []),
        ("Saat 12'ye kadar verilen siparişleri aynı gün kargoya veriyoruz.", []),
        ("Perşembeye kadar verilen siparişleri cumartesi teslim ediyoruz.", []),
        ("Tüm siparişleri 24 saat içinde kargoya veriyoruz.", []),
        ("Siparişinizi aynı gün, yani yarın kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Cumartesi günleri 13:00'e kadar açığız.", []),
        ("Dükkânımız cumartesi 19:00'a kadar açık.", []),
        ("Açık renkli kazağı yarın göndereceğim.", [("ship", "2026-11-23")]),
        # Verbs and forms: money back, arrivals, half an hour, objects named before.
        ("Ücreti yarın hesabınıza geçeceğim.", [("refund", "2026-11-23")]),
        ("Parayı pazartesi kartınıza aktaracağız.", [("refund", "2026-11-23")]),
        ("Paranızı pazartesi hesabınıza yatıracağız.", [("refund", "2026-11-23")]),
        ("Paranızı çarşamba iade edeceğiz.", [("refund", "2026-11-25")]),
        ("Ücretinizi yarın iade edeceğim.", [("refund", "2026-11-23")]),
        ("Ürün çarşamba günü sizde olacak.", [("deliver", "2026-11-25")]),
        ("Paketiniz çarşamba elinizde olacak.", [("deliver", "2026-11-25")]),
        ("Çarşamba elinizde olur.", [("deliver", "2026-11-25")]),
        ("Yarım saat içinde sizi geri arayacağım.", [("call_back", "2026-11-22T10:30")]),
        ("Yarım saat sonra size döneceğim.", [("reply", "2026-11-22T10:30")]),
        ("Atkıyı perşembe bitirip cuma göndereceğim.", [("ship", "2026-11-27")]),
        ("Kitabı çarşamba bitirip cuma kargoya vereceğim.", [("ship", "2026-11-27")]),
        # Mixed, as in a whole e-mail.
        (
            "Merhaba Ayşe Hanım,\n\n64,00 TL ödemişsiniz, doğrusu 42,00 TL idi; aradaki 22,00 "
            "TL'yi çarşamba günü iade edeceğim. Cumartesi uğrayacağınızı söylemiştiniz, sorun "
            "değil, 14:00'e kadar açığız.\n\nSaygılarımla,\nEmre",
            [("refund", "2026-11-25")],
        ),
        (
            "Merhaba,\n\nPerşembe saat 10'da gelip merdivene bakacağım, teklif de 30 Kasım "
            "Pazartesi gününe kadar gelen kutunuzda olacak.\n\nCan",
            [("visit", "2026-11-26T10:00"), ("send", "2026-11-30")],
        ),
        (
            "Saat 12'ye kadar verilen siparişler aynı gün kargoya verilir, sizinki salı günü "
            "elinizde olur.",
            [("deliver", "2026-11-24")],
        ),
        # The third held-out table (looked at since, so no longer held out).
        (
            "Merhaba Mehmet Bey,\n\nSiparişiniz için teşekkür ederiz. Kilimi yıkatıp "
            "ütülettik; yarın kargoya veriyoruz, çarşamba günü elinizde olur.\n\n"
            "İyi günler dileriz,\nKilim Evi - Selin",
            [("ship", "2026-11-23"), ("deliver", "2026-11-25")],
        ),
        (
            "Cezvenin kalayını yarın kontrol edeceğim, perşembe günü de fotoğraflarını size "
            "göndereceğim.",
            [("check", "2026-11-23"), ("send", "2026-11-26")],
        ),
        (
            "Kitabın durumunu konuşmak için sizi pazartesi saat 14:30'da ararım.",
            [("call", "2026-11-23T14:30")],
        ),
        ("Fazla çekilen 45 TL'yi yarın hesabınıza iade ediyoruz.", [("refund", "2026-11-23")]),
        (
            "Telefonunuzu öbür gün öğleden sonra size teslim edeceğiz.",
            [("deliver", "2026-11-24")],
        ),
        ("Lokum kutularınızı 4 gün içinde kargoya vereceğiz.", [("ship", "2026-11-26")]),
        (
            "Önümüzdeki salı günü sandalyeleri almaya geleceğiz.",
            [("visit", "2026-11-24")],
        ),
        (
            "1 saat sonra sizi geri ararım, şu an dükkânda müşterim var.",
            [("call_back", "2026-11-22T11:00")],
        ),
        (
            "Fiyat teklifini en geç çarşamba günü e-postayla göndereceğim.",
            [("send", "2026-11-25")],
        ),
        ("Sabunlarınız 30 Kasım'da kargoya verilecek.", [("ship", "2026-11-30")]),
        (
            "Kuru yemiş siparişinizi 10 Aralık'ta adresinize teslim edeceğiz.",
            [("deliver", "2026-12-10")],
        ),
        ("Bu akşam size detaylı bir mesaj yazacağım.", [("reply", "2026-11-22")]),
        (
            "Restoranınız için hazırladığımız baharat numunelerini cuma günü saat 11'de "
            "bizzat getireceğim.",
            [("deliver", "2026-11-27T11:00")],
        ),
        (
            "Kitabın eksik sayfası olup olmadığını bugün öğleden sonra kontrol edeceğim.",
            [("check", "2026-11-22")],
        ),
        (
            "Sizi yarın arayacağım, paranızı da perşembeye kadar iade edeceğiz.",
            [("call", "2026-11-23"), ("refund", "2026-11-26")],
        ),
        ("Siparişinizi cumartesi Aras Kargo'ya teslim ettik.", []),
        (
            "Merhaba Zeynep Hanım,\n\nGüzel yorumunuz için çok teşekkür ederiz. Kilimi "
            "salonunuzda görmek bizi çok mutlu etti.\n\nSevgiler,\nKilim Evi ailesi",
            [],
        ),
        ("Cezveyi hangi boyda istersiniz, iki kişilik mi dört kişilik mi?", []),
        ("İsterseniz lokumları hediye paketi yapabiliriz.", []),
        (
            "Perşembe günü İstanbul'a geleceğinizi yazmışsınız, dükkânımız 19:00'a kadar açık.",
            [],
        ),
        ("Belki ilkbaharda o kitabın yeni baskısı çıkar, bakarız.", []),
        ("Ürün stoğa girince size haber veririm.", []),
        ("Kurye dün iki kez kapınızı çalmış ama kimse açmamış.", []),
        ("Saat 13:00'e kadar gelen siparişler aynı gün kargoya verilir.", []),
        ("Paketiniz sağlam ulaştı mı?", []),
        # The classes fixed after the fourth held-out run (see the module doc).
        # Send vs ship: verbs that only ship, documents in every form, pronouns, titles, copies.
        ("Siparişinizi cuma günü kargoya vereceğiz.", [("ship", "2026-11-27")]),
        ("Siparişinizi yarın kargolayacağız.", [("ship", "2026-11-23")]),
        ("Kitabı pazartesi postalayacağız.", [("ship", "2026-11-23")]),
        ("Kitabınızı pazartesi göndereceğiz.", [("ship", "2026-11-23")]),
        ("Takip numarasını yarın size göndereceğim.", [("send", "2026-11-23")]),
        ("Fotoğrafları akşam size göndereceğim.", [("send", "2026-11-22")]),
        ("Raporu fotoğraflarla birlikte perşembe günü göndereceğim.", [("send", "2026-11-26")]),
        ("Raporu ve fotoğrafları cuma günü göndereceğim.", [("send", "2026-11-27")]),
        ("Faturayı ve teklifi cumaya kadar göndereceğiz.", [("send", "2026-11-27")]),
        ("Faturayı e-postayla yarın ileteceğim.", [("send", "2026-11-23")]),
        ("«Catan» oyununu çarşamba günü göndereceğiz.", [("ship", "2026-11-25")]),
        ("Catan'ı yarın göndereceğiz.", [("ship", "2026-11-23")]),
        ("Vazo hazır, onu salı günü göndereceğiz.", [("ship", "2026-11-24")]),
        ("Masa hazır. Onu pazartesi kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Siparişiniz için teşekkürler! Onu yarın kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Fotoğraflar için teşekkürler, atkıyı yarın göndereceğiz.", [("ship", "2026-11-23")]),
        ("Teklif hazır, onu yarın göndereceğim.", [("send", "2026-11-23")]),
        ("Rapor hazır. Onu yarın göndereceğim.", [("send", "2026-11-23")]),
        (
            "Saatinizi pazartesi kargolayacağım, faturayı da bugün e-postayla göndereceğim.",
            [("ship", "2026-11-23"), ("send", "2026-11-22")],
        ),
        # What the customer gets from the owner is what the owner sends (or says).
        ("Teklifi cumaya kadar benden alacaksınız.", [("send", "2026-11-27")]),
        ("Faturayı yarın bizden alacaksınız.", [("send", "2026-11-23")]),
        ("Paketiniz salı günü elinize ulaşacak.", [("deliver", "2026-11-24")]),
        # Visits: a date beside the weekday, and the ways of coming over.
        ("12 Aralık Cumartesi günü gelip ölçü alacağız.", [("visit", "2026-12-12")]),
        ("30 Kasım Pazartesi günü size geleceğiz.", [("visit", "2026-11-30")]),
        ("1 Aralık Salı günü saat 10'da size geleceğim.", [("visit", "2026-12-01T10:00")]),
        ("3 Aralık Perşembe günü size uğrayacağım.", [("visit", "2026-12-03")]),
        ("Salı günü yanınızda olacağım.", [("visit", "2026-11-24")]),
        # Money on its way back is a refund.
        ("Para çarşambaya kadar kartınıza iade edilecek.", [("refund", "2026-11-25")]),
        ("Ücret farkı cuma günü hesabınıza geçecek.", [("refund", "2026-11-27")]),
        ("İade tutarı pazartesi hesabınızda olacak.", [("refund", "2026-11-23")]),
        ("İade tutarı cuma günü kartınıza yansıyacak.", [("refund", "2026-11-27")]),
        ("İadeniz çarşamba günü yapılacak.", [("refund", "2026-11-25")]),
        # Sentences that must stay silent.
        ("Paketi cuma günü kargoya verdik.", []),
        ("Salı günü kargo firmasından SMS alacaksınız.", []),
        ("Cumartesi mağazamıza uğrayabilirsiniz.", []),
        ("Cumartesi, 12 Aralık'ta mağazamıza gelebilirsiniz.", []),
        ("Paranız dün iade edildi.", []),
        ("Para cuma günü kartınıza iade edildi.", []),
        # A pronoun stands for the nearest thing named before it: documents sent, goods shipped.
        ("Fotoğraflar hazır, onları yarın göndereceğim.", [("send", "2026-11-23")]),
        ("Tabaklar hazır, onları yarın göndereceğiz.", [("ship", "2026-11-23")]),
        # Goods setting off are shipped, and what is got sent off goes by its object.
        ("Siparişiniz pazartesi yola çıkacak.", [("ship", "2026-11-23")]),
        ("Siparişiniz cuma günü yola çıktı.", []),
        # The same classes in other words: deposits, sketches, rugs, shelves.
        ("Çizimleri ve kumaş örneklerini çarşamba günü göndereceğim.", [("send", "2026-11-25")]),
        ("Halıyı pazartesi kargoya vereceğiz.", [("ship", "2026-11-23")]),
        ("Ekspertiz raporunu cumaya kadar bizden alacaksınız.", [("send", "2026-11-27")]),
        ("30 Kasım Pazartesi günü gelip rafları takacağız.", [("visit", "2026-11-30")]),
        ("Kaporanız pazartesi gününe kadar kartınıza iade edilecek.", [("refund", "2026-11-23")]),
        # The fourth held-out table (looked at since, so no longer held out).
        (
            "Merhaba Zeynep Hanım, zeytinyağınızı yarın kargoya veriyoruz. İyi günler dileriz.",
            [("ship", "2026-11-23")],
        ),
        (
            "Salı günü saat 14:00'te sizi arayıp beden konusunu konuşacağım.",
            [("call", "2026-11-24T14:00")],
        ),
        (
            "Kupa tasarımının taslağını çarşambaya kadar e-postayla göndereceğim.",
            [("send", "2026-11-25")],
        ),
        ("Akvaryum ısıtıcısı cuma günü adresinize teslim edilecek.", [("deliver", "2026-11-27")]),
        (
            "Şu an müşterim var, yarım saat sonra sizi geri ararım.",
            [("call_back", "2026-11-22T10:30")],
        ),
        ("Orijinal kordon konusunda üç gün sonra size haber vereceğim.", [("reply", "2026-11-25")]),
        (
            "Halıyı pazartesi inceleyeceğim, perşembe günü de yıkanmış olarak size teslim edeceğiz.",
            [("check", "2026-11-23"), ("deliver", "2026-11-26")],
        ),
        (
            "Kırık gelen bal kavanozunun ücretini 2 Aralık'a kadar iade edeceğiz.",
            [("refund", "2026-12-02")],
        ),
        (
            "10 Aralık perşembe günü atölyenize gelip 3D yazıcıyı kuracağız.",
            [("visit", "2026-12-10")],
        ),
        ("Kutu oyununuzu öbür gün kargolayacağız.", [("ship", "2026-11-24")]),
        (
            "Kahve siparişinizi cumartesi saat 11:30'da adresinize getireceğiz.",
            [("deliver", "2026-11-28T11:30")],
        ),
        (
            "Merhaba Kemal Bey,\n\nSabrınız için çok teşekkürler. 1960'lardan kalma Seiko saatinizin bakımı cuma günü bitti. Saati pazartesi kargoya vereceğim, takip numarasını da bugün SMS ile göndereceğim.\n\nSaygılarımla,\nErdem Usta\nZaman Antika Saat",
            [("ship", "2026-11-23"), ("send", "2026-11-22")],
        ),
        ("Bebek tulumlarını 30 Kasım'da gönderiyoruz.", [("ship", "2026-11-30")]),
        ("Gönderdiğiniz fotoğraflardaki çatlağı bugün inceleyeceğim.", [("check", "2026-11-22")]),
        (
            "Çarşamba saat 11'de sizi ararım, o zamana kadar tedarikçiden haber almış olurum.",
            [("call", "2026-11-25T11:00")],
        ),
        ("Paketinizi cuma günü Yurtiçi Kargo'ya teslim ettik.", []),
        ("Sabunları beğenmenize çok sevindik, nazik mesajınız için teşekkür ederiz!", []),
        ("Kurulum için hangi gün size daha uygun olur?", []),
        ("Siparişi pazartesi eşinizin gelip alacağını yazmıştınız, not aldık.", []),
        ("Saat 12'ye kadar verilen siparişler aynı gün kargoya verilir.", []),
        ("Mağazamız pazar günleri kapalıdır, hafta içi 09:00-18:00 arası açığız.", []),
        ("Tedarikçi malzeme gönderirse ileride büyük boy tulum da dikebiliriz.", []),
        ("Dün kurye adresinize gitmiş ama kimseyi bulamamış.", []),
        ("Saatin arka kapağındaki seri numarasının fotoğrafını gönderebilir misiniz?", []),
        ("Hayırlı olsun, saatinizi güzel günlerde kullanın!", []),
    ],
}


# The fourth held-out table's classes (checking by testing and trying out, call-back idioms,
# an answer given or received as a reply, taking the parcel to the post, sending by
# message, hedged clauses, a leading time for the clause's verbs), with cases of their own
# in every language, then that table copied.
MAIN["en"] += [
    ("I'll test the charger on Monday.", [("check", "2026-11-23")]),
    ("We'll run a diagnostic on the motor tomorrow.", [("check", "2026-11-23")]),
    ("I'll try them out on Tuesday and let you know.", [("check", "2026-11-24")]),
    ("We tested the battery yesterday and it holds its charge.", []),
    ("I'll give you a ring back tomorrow.", [("call_back", "2026-11-23")]),
    ("I'll call you straight back after lunch.", [("call_back", "2026-11-22")]),
    (
        "I'll check the stock on Wednesday and ring you back after lunch.",
        [("check", "2026-11-25"), ("call_back", "2026-11-25")],
    ),
    ("You'll have an answer from me by Friday.", [("reply", "2026-11-27")]),
    ("I'll have the saddles with you on Thursday.", [("deliver", "2026-11-26")]),
    ("I'll text you the tracking number this afternoon.", [("send", "2026-11-22")]),
    ("If the part arrives, maybe we'll ship on Thursday.", []),
    ("Perhaps we'll send the quote on Monday.", []),
    ("In an hour I'll open up the gearbox and test it.", [("check", "2026-11-22T11:00")]),
    (
        "Hi Priya, the 70 m dynamic rope you asked about is back in stock. I'll post it to you tomorrow.",
        [("ship", "2026-11-23")],
    ),
    (
        "Thanks for flagging the warped sleeve on the Coltrane reissue. We'll refund the £24 by Wednesday.",
        [("refund", "2026-11-25")],
    ),
    (
        "I'll ring you on Thursday at 4.30 pm to talk through the hive layout.",
        [("call", "2026-11-26T16:30")],
    ),
    (
        "The smoker and the two brood boxes will be dispatched on 1 December.",
        [("ship", "2026-12-01")],
    ),
    (
        "Dear Mr Okafor,\n\nThank you for your patience with the nib swap. I'll test the new fine nib on Monday and send you a short writing-sample video on Tuesday.\n\nKind regards,\nElla at Inkwell & Quill",
        [("check", "2026-11-23"), ("send", "2026-11-24")],
    ),
    (
        "The replacement propeller guards are on their way to us; I'll have them with you in 3 days.",
        [("deliver", "2026-11-25")],
    ),
    (
        "In an hour I'll open up the motor controller you returned and test it.",
        [("check", "2026-11-22T11:00")],
    ),
    ("Your sourdough starter kit ships on Tuesday.", [("ship", "2026-11-24")]),
    ("We'll call you back at 2 pm today about the sizing.", [("call_back", "2026-11-22T14:00")]),
    (
        "Quick update: the quote for your custom lasts will be in your inbox by 27 November.",
        [("send", "2026-11-27")],
    ),
    (
        "On Friday I'll email you the wiring diagram, and I'll come round on Saturday at 10 am to fit the conversion kit.",
        [("send", "2026-11-27"), ("visit", "2026-11-28T10:00")],
    ),
    (
        "I'll get back to you the day after tomorrow with the exact weight of the carrier.",
        [("reply", "2026-11-24")],
    ),
    (
        "Hello Jo, I'll let you know by Friday whether the oak-tanned leather can be dyed navy. Best, Sam",
        [("reply", "2026-11-27")],
    ),
    (
        "The salmon bites you ordered for Biscuit will reach you on Wednesday.",
        [("deliver", "2026-11-25")],
    ),
    ("I'll give you a call on 3 December.", [("call", "2026-12-03")]),
    (
        "I'll check the serial number against our records tomorrow and ring you back after lunch.",
        [("check", "2026-11-23"), ("call_back", "2026-11-23")],
    ),
    ("Your belay device went out with Royal Mail on Thursday.", []),
    ("Would you like me to call you on Tuesday instead?", []),
    ("You mentioned you'd collect the boots on Saturday, and that's absolutely fine.", []),
    ("All orders placed before 1 pm are dispatched the same working day.", []),
    ("We're open Tuesday to Saturday, 9 am till 5 pm.", []),
    ("If the supplier comes through, we might be able to ship the frames on Monday.", []),
    ("Have a lovely rest of the weekend, and thanks again for your order!", []),
    ("The courier says he'll collect the pallet on Tuesday.", []),
    ("Please pop the faulty battery in the post by Thursday so we can have it tested.", []),
]
MAIN["hr"] += [
    ("Kontroler ću testirati u ponedjeljak.", [("check", "2026-11-23")]),
    ("Bateriju ću isprobati sutra.", [("check", "2026-11-23")]),
    ("Punjač smo testirali jučer i radi.", []),
    ("Nazvat ću vas natrag sutra poslijepodne.", [("call_back", "2026-11-23")]),
    ("Odgovor ćete dobiti do petka.", [("reply", "2026-11-27")]),
    ("Paket sutra nosim na poštu.", [("ship", "2026-11-23")]),
    ("Odnijet ću ga na poštu u ponedjeljak.", [("ship", "2026-11-23")]),
    ("Broj za praćenje poslat ću SMS-om danas.", [("send", "2026-11-22")]),
    ("Ako dio stigne, možda pošaljemo u četvrtak.", []),
    ("Za sat vremena otvorit ću kontroler i testirati ga.", [("check", "2026-11-22T11:00")]),
    (
        "Sutra ću provjeriti serijski broj i nazvati vas nakon ručka.",
        [("check", "2026-11-23"), ("call", "2026-11-23")],
    ),
    (
        "Poštovani gospodine Babiću, okvire za košnice poslat ćemo vam sutra.",
        [("ship", "2026-11-23")],
    ),
    (
        "Nazvat ću vas u utorak u 9:30 da dogovorimo mjere za cipele.",
        [("call", "2026-11-24T09:30")],
    ),
    ("Ponudu za prepravku bicikla dobit ćete na mail do srijede.", [("send", "2026-11-25")]),
    ("Ploču koju ste naručili šaljemo u ponedjeljak.", [("ship", "2026-11-23")]),
    ("Javit ću vam se prekosutra s točnom cijenom.", [("reply", "2026-11-24")]),
    ("Novac za vraćenu nosiljku bit će vam uplaćen na račun do petka.", [("refund", "2026-11-27")]),
    ("Kontroler koji ste vratili pregledat ću za dva sata.", [("check", "2026-11-22T12:00")]),
    (
        "Doći ću k vama u subotu u 11 sati da montiram komplet za električni pogon.",
        [("visit", "2026-11-28T11:00")],
    ),
    (
        "Dobar dan, Ivana!\n\nHvala na strpljenju. Penjačke papuče stižu vam u četvrtak, a račun ću vam poslati mailom već danas.\n\nLijep pozdrav,\nMarko",
        [("deliver", "2026-11-26"), ("send", "2026-11-22")],
    ),
    ("Uzvratit ću vam poziv za pola sata.", [("call_back", "2026-11-22T10:30")]),
    ("Uzorke kože u tri nijanse poslat ću vam 2. prosinca.", [("send", "2026-12-02")]),
    (
        "Svratit ću k vama u četvrtak, 3. prosinca, da vam izmjerim stopala.",
        [("visit", "2026-12-03")],
    ),
    (
        "Do ponedjeljka ću kod dobavljača provjeriti imaju li još crnih kopči, a u utorak ću vam se javiti.",
        [("check", "2026-11-23"), ("reply", "2026-11-24")],
    ),
    ("Pakete s poslasticama za pse predat ćemo na poštu za tri dana.", [("ship", "2026-11-25")]),
    ("Sutra u 14 sati poslat ću vam fotografije gotovih cipela.", [("send", "2026-11-23T14:00")]),
    (
        "Nalivpero ćemo popraviti i poslati vam ga natrag poštom do 30. studenoga.",
        [("ship", "2026-11-30")],
    ),
    ("Paket smo predali na poštu u petak.", []),
    ("Želite li da vas nazovem u srijedu?", []),
    ("Rekli ste da ćete po cipele doći u subotu, to nam odgovara.", []),
    ("Narudžbe zaprimljene do podneva šaljemo isti dan.", []),
    ("Radimo od ponedjeljka do petka, od 8 do 16 sati.", []),
    ("Ako stigne nova pošiljka, možda bismo vam mogli poslati dron već u utorak.", []),
    ("Dostavljač je rekao da će paket preuzeti u ponedjeljak.", []),
    ("Hvala vam puno na narudžbi i ugodan ostatak vikenda!", []),
    ("Možete li nam do četvrtka javiti koji broj cipela nosite?", []),
]
MAIN["de"] += [
    ("Ich teste den Akku morgen.", [("check", "2026-11-23")]),
    ("Ich probiere das Ladegerät am Dienstag aus.", [("check", "2026-11-24")]),
    ("Ich werde das Gerät morgen ausprobieren.", [("check", "2026-11-23")]),
    ("Ich rufe Sie gleich nach dem Mittagessen zurück.", [("call_back", "2026-11-22")]),
    ("Sie bekommen bis Freitag eine Antwort.", [("reply", "2026-11-27")]),
    ("Ich bringe es morgen zur Post.", [("ship", "2026-11-23")]),
    ("Ich schicke Ihnen die Sendungsnummer heute per WhatsApp.", [("send", "2026-11-22")]),
    ("Falls das Teil kommt, schicken wir es vielleicht am Donnerstag.", []),
    ("Vielleicht rufe ich Sie am Montag an.", []),
    ("In einer Stunde öffne ich den Controller und teste ihn.", [("check", "2026-11-22T11:00")]),
    (
        "Hallo Frau Krüger, den Imkeranzug in Größe L schicken wir Ihnen morgen zu.",
        [("ship", "2026-11-23")],
    ),
    (
        "Ich rufe Sie am Dienstag um 15:30 Uhr an, dann besprechen wir die Leistenmaße.",
        [("call", "2026-11-24T15:30")],
    ),
    (
        "Den Kostenvoranschlag für den Umbausatz bekommen Sie bis Donnerstag per E-Mail.",
        [("send", "2026-11-26")],
    ),
    (
        "Der Kaufpreis von 39,90 € wird Ihnen bis Mittwoch zurückerstattet.",
        [("refund", "2026-11-25")],
    ),
    ("Wegen der Lederfarbe melde ich mich übermorgen bei Ihnen.", [("reply", "2026-11-24")]),
    ("Das Ersatzexemplar der Platte geht am 1. Dezember raus.", [("ship", "2026-12-01")]),
    ("In zwei Stunden rufe ich Sie zurück, versprochen.", [("call_back", "2026-11-22T12:00")]),
    (
        "Guten Tag Herr Yılmaz,\n\nvielen Dank für Ihre Nachricht. Ich prüfe den Akku am Montag und sende Ihnen den Prüfbericht am Mittwoch.\n\nMit freundlichen Grüßen\nJonas Weber\nVoltrad Umrüstsätze",
        [("check", "2026-11-23"), ("send", "2026-11-25")],
    ),
    ("Die Babytrage wird Ihnen am Freitag geliefert.", [("deliver", "2026-11-27")]),
    (
        "Am Samstag um 10 Uhr komme ich bei Ihnen vorbei und baue die Beute mit Ihnen auf.",
        [("visit", "2026-11-28T10:00")],
    ),
    (
        "Die Sendungsnummer schicke ich Ihnen in einer halben Stunde.",
        [("send", "2026-11-22T10:30")],
    ),
    (
        "Die Werkstatt ist gerade voll, ich sehe mir Ihre Drohne in drei Tagen genauer an.",
        [("check", "2026-11-25")],
    ),
    (
        "Die Füllhalter verpacken wir heute noch und geben sie morgen bei der Post ab.",
        [("ship", "2026-11-23")],
    ),
    (
        "Die Hundekekse sind nachbestellt; bis Freitag gebe ich Ihnen Bescheid, wann sie eintreffen.",
        [("reply", "2026-11-27")],
    ),
    (
        "Die Gärkörbchen bringe ich Ihnen am 4. Dezember persönlich vorbei.",
        [("deliver", "2026-12-04")],
    ),
    (
        "Morgen um 9 Uhr rufe ich Sie an, und die Fotos der neuen Sohlen bekommen Sie am Dienstag.",
        [("call", "2026-11-23T09:00"), ("send", "2026-11-24")],
    ),
    ("Wir haben das Paket am Freitag an DHL übergeben.", []),
    ("Soll ich Sie lieber am Donnerstag anrufen?", []),
    ("Sie hatten ja geschrieben, dass Sie die Schuhe am Samstag abholen – das passt uns gut.", []),
    ("Bestellungen, die bis 14 Uhr eingehen, verschicken wir noch am selben Tag.", []),
    (
        "Montags ist unser Laden geschlossen, dienstags bis samstags sind wir von 10 bis 18 Uhr für Sie da.",
        [],
    ),
    ("Falls der Lieferant rechtzeitig liefert, könnten wir eventuell am Montag versenden.", []),
    ("Der Paketbote meinte, er kommt am Dienstag noch einmal vorbei.", []),
    ("Vielen Dank für Ihre Bestellung und noch einen schönen Sonntag!", []),
    ("Bitte schicken Sie den defekten Regler bis Mittwoch an uns zurück.", []),
]
MAIN["ru"] += [
    ("Дам ответ завтра.", [("reply", "2026-11-23")]),
    ("Ответ по гарантии дадим вам до пятницы.", [("reply", "2026-11-27")]),
    ("Завтра отнесу посылку на почту.", [("ship", "2026-11-23")]),
    ("Перезвоню после обеда.", [("call_back", "2026-11-22")]),
    (
        "Проверю мотор завтра и перезвоню после обеда.",
        [("check", "2026-11-23"), ("call_back", "2026-11-23")],
    ),
    ("Завтра протестирую аккумулятор.", [("check", "2026-11-23")]),
    ("В понедельник опробую зарядку.", [("check", "2026-11-23")]),
    ("Буду тестировать плату в понедельник.", [("check", "2026-11-23")]),
    ("Возможно, позвоню в среду.", []),
    ("Если поставщик успеет, может быть, привезём в субботу.", []),
    ("Через час вскрою контроллер и проверю его.", [("check", "2026-11-22T11:00")]),
    (
        "Ольга, добрый день! Дымарь и стамеску отправим вам завтра первым делом.",
        [("ship", "2026-11-23")],
    ),
    (
        "Я наберу вас в четверг в 16:00, обсудим, какой воск лучше взять.",
        [("call", "2026-11-26T16:00")],
    ),
    ("Накладную и гарантийный талон вышлю вам сегодня же.", [("send", "2026-11-22")]),
    (
        "Разницу в 350 рублей мы вернём вам на карту в течение трёх дней.",
        [("refund", "2026-11-25")],
    ),
    ("Пластинки Высоцкого уже упакованы, во вторник они уйдут к вам.", [("ship", "2026-11-24")]),
    ("Перезвоню вам через час — сейчас я на складе.", [("call_back", "2026-11-22T11:00")]),
    (
        "Здравствуйте, Дмитрий!\n\nВаши ботинки получили. В понедельник я их внимательно осмотрю, а во вторник напишу, во что обойдётся ремонт.\n\nВсего доброго,\nмастерская «Колодка»",
        [("check", "2026-11-23"), ("reply", "2026-11-24")],
    ),
    (
        "Запасные лопасти к вашему квадрокоптеру будут отправлены 30 ноября.",
        [("ship", "2026-11-30")],
    ),
    ("Рюкзак-переноску доставим вам в среду.", [("deliver", "2026-11-25")]),
    ("Послезавтра приеду к вам на пасеку и сам поставлю новые рамки.", [("visit", "2026-11-24")]),
    ("Фото перьев крупным планом пришлю через полчаса.", [("send", "2026-11-22T10:30")]),
    ("Аккумулятор проверю на стенде 25 ноября.", [("check", "2026-11-25")]),
    ("Заказ с закваской и корзинками для расстойки отправляю сегодня.", [("ship", "2026-11-22")]),
    ("Ответ по оптовой скидке дам вам к 3 декабря.", [("reply", "2026-12-03")]),
    ("Лакомства для вашего пса завезу сам в субботу в 12:00.", [("deliver", "2026-11-28T12:00")]),
    (
        "Карабины отправлю в пятницу, а кассовый чек пришлю вам на почту завтра.",
        [("ship", "2026-11-27"), ("send", "2026-11-23")],
    ),
    ("Вчера мы уже передали посылку в СДЭК.", []),
    ("Может, вам удобнее, чтобы я позвонил в понедельник?", []),
    ("Вы говорили, что заедете за ботинками в пятницу, — хорошо, ждём вас.", []),
    ("Возврат принимаем в течение 14 дней с момента покупки.", []),
    ("По воскресеньям мы не работаем, в будни — с 9 до 18.", []),
    ("Если запчасть придёт вовремя, может быть, отправим дрон в четверг.", []),
    ("Курьер сказал, что заберёт коробку в понедельник после обеда.", []),
    ("Спасибо, что выбрали нас! Хорошего дня.", []),
    ("Как только появится чёрный цвет, я вам напишу.", []),
]
MAIN["sl"] += [
    ("Krmilnik bom testiral v ponedeljek.", [("check", "2026-11-23")]),
    ("V ponedeljek preizkusim polnilnik.", [("check", "2026-11-23")]),
    ("Jutri vas pokličem nazaj.", [("call_back", "2026-11-23")]),
    ("Paket jutri nesem na pošto.", [("ship", "2026-11-23")]),
    ("Naročilo gre na pot v torek.", [("ship", "2026-11-24")]),
    ("Odgovor dobite do petka.", [("reply", "2026-11-27")]),
    ("Odgovor dobite od dobavitelja v petek.", []),
    ("Če pride del pravočasno, morda pošljemo v četrtek.", []),
    ("Čez eno uro odprem krmilnik in ga preizkusim.", [("check", "2026-11-22T11:00")]),
    ("Pozdravljeni! Vrv in vponke vam odpošljemo v ponedeljek.", [("ship", "2026-11-23")]),
    ("Jutri ob 9. uri vas pokličem glede velikosti čevljev.", [("call", "2026-11-23T09:00")]),
    (
        "Ponudbo za predelavo kolesa boste imeli v e-poštnem nabiralniku do četrtka.",
        [("send", "2026-11-26")],
    ),
    ("Denar za poškodovano nosilko vam nakažemo v treh dneh.", [("refund", "2026-11-25")]),
    ("Pojutrišnjem se vam oglasim s podrobnostmi o dobavi.", [("reply", "2026-11-24")]),
    ("Vinilka, ki ste jo naročili, bo odposlana 2. decembra.", [("ship", "2026-12-02")]),
    (
        "Nazaj vas pokličem čez dve uri, trenutno sem v delavnici.",
        [("call_back", "2026-11-22T12:00")],
    ),
    (
        "Spoštovani gospod Zupan,\n\nhvala, ker ste nam vrnili krmilnik. Pregledala ga bom v torek, v četrtek pa vam pošljem poročilo o okvari.\n\nLep pozdrav,\nMaja, E-pogon d.o.o.",
        [("check", "2026-11-24"), ("send", "2026-11-26")],
    ),
    ("Satnice vam bomo dostavili v sredo.", [("deliver", "2026-11-25")]),
    (
        "V petek ob 15. uri se oglasim pri vas in vam pomagam postaviti panj.",
        [("visit", "2026-11-27T15:00")],
    ),
    ("Fotografije novih nalivnih peres vam pošljem čez pol ure.", [("send", "2026-11-22T10:30")]),
    ("Baterijo bom preizkusil v sredo, 25. novembra.", [("check", "2026-11-25")]),
    (
        "Košarice za vzhajanje danes zapakiram, jutri pa jih nesem na pošto.",
        [("ship", "2026-11-23")],
    ),
    ("Odgovor glede veleprodajnih cen dobite najkasneje 30. novembra.", [("reply", "2026-11-30")]),
    ("Priboljške za vašega kužka vam pripeljem osebno v soboto.", [("deliver", "2026-11-28")]),
    (
        "Račun vam pošljem do petka, paket pa gre na pot že jutri.",
        [("send", "2026-11-27"), ("ship", "2026-11-23")],
    ),
    ("Paket je bil oddan na pošto v četrtek.", []),
    ("Bi vam ustrezalo, da vas pokličem v ponedeljek?", []),
    ("Omenili ste, da boste čevlje prevzeli v soboto – seveda, kar pridite.", []),
    ("Vsa naročila nad 50 € pošiljamo brezplačno.", []),
    ("Ob sobotah imamo odprto od 8. do 12. ure.", []),
    ("Če bo dobavitelj pravočasno poslal dele, bi dron morda lahko odposlali v sredo.", []),
    ("Dostavljalec je obljubil, da pride v torek.", []),
    ("Najlepša hvala za zaupanje in lep preostanek nedelje!", []),
    ("Ko bodo nove nosilke spet na zalogi, vam sporočim.", []),
]
MAIN["tr"] += [
    ("Bataryayı salı günü deneyeceğim.", [("check", "2026-11-24")]),
    ("Cihazı yarın test edeceğim.", [("check", "2026-11-23")]),
    ("Yarın sizi geri ararım.", [("call_back", "2026-11-23")]),
    ("Paketi yarın kargoya götüreceğim.", [("ship", "2026-11-23")]),
    ("Siparişi cuma günü kargoya bırakırım.", [("ship", "2026-11-27")]),
    ("Takip numarasını yarın SMS ile gönderirim.", [("send", "2026-11-23")]),
    ("Eğer parça gelirse, belki perşembe göndeririz.", []),
    ("Belki yarın sizi ararım.", []),
    ("Bir saat sonra kontrol ünitesini açıp test edeceğim.", [("check", "2026-11-22T11:00")]),
    (
        "Merhaba Selin Hanım, tırmanış ayakkabılarınızı yarın kargoya veriyoruz.",
        [("ship", "2026-11-23")],
    ),
    (
        "Perşembe saat 14:00'te sizi arayacağım, kalıp ölçülerini birlikte konuşuruz.",
        [("call", "2026-11-26T14:00")],
    ),
    ("Proforma faturayı çarşambaya kadar e-posta adresinize iletirim.", [("send", "2026-11-25")]),
    (
        "Hasarlı gelen taşıyıcının ücreti 3 gün içinde kartınıza iade edilecek.",
        [("refund", "2026-11-25")],
    ),
    ("Fiyatı netleştirip öbür gün size yazacağım.", [("reply", "2026-11-24")]),
    ("Sipariş ettiğiniz plak 1 Aralık'ta yola çıkacak.", [("ship", "2026-12-01")]),
    ("Şu an atölyedeyim, bir saat sonra sizi geri ararım.", [("call_back", "2026-11-22T11:00")]),
    (
        "Sayın Kemal Bey,\n\nGönderdiğiniz kontrol ünitesi bize ulaştı. Üniteyi pazartesi günü test edeceğim, raporu da çarşamba size göndereceğim.\n\nSaygılarımla,\nBurak – VoltBisiklet",
        [("check", "2026-11-23"), ("send", "2026-11-25")],
    ),
    ("Kovanlarınız cuma günü adresinize teslim edilecek.", [("deliver", "2026-11-27")]),
    (
        "Cumartesi saat 11'de atölyenize gelip dönüşüm kitini takacağım.",
        [("visit", "2026-11-28T11:00")],
    ),
    ("Kargo takip numarasını iki saat içinde size mesajla atarım.", [("send", "2026-11-22T12:00")]),
    (
        "Gimbal şu an sırada bekliyor; dört gün sonra ayrıntılı olarak inceleyeceğim.",
        [("check", "2026-11-26")],
    ),
    ("Dolma kalemleri bugün paketleyip yarın PTT'ye teslim edeceğiz.", [("ship", "2026-11-23")]),
    (
        "Toptan fiyatlarla ilgili sorunuza 3 Aralık'a kadar cevap vereceğim.",
        [("reply", "2026-12-03")],
    ),
    ("Köpeğinizin ödül mamalarını salı günü kendim getiririm.", [("deliver", "2026-11-24")]),
    (
        "Ekşi maya başlangıç setini pazartesi kargolayacağım, faturayı da bugün e-postayla göndereceğim.",
        [("ship", "2026-11-23"), ("send", "2026-11-22")],
    ),
    ("Paketinizi cuma günü Yurtiçi Kargo'ya teslim ettik.", []),
    ("Sizi çarşamba mı arayayım, perşembe mi?", []),
    ("Ayakkabıları cumartesi gelip alacağınızı söylemiştiniz, sorun değil.", []),
    ("Saat 13:00'e kadar verilen siparişler aynı gün kargoya verilir.", []),
    ("Hafta içi her gün 10:00 ile 19:00 arasında açığız.", []),
    ("Tedarikçi yetiştirirse belki perşembe gönderebiliriz.", []),
    ("Kurye salı günü paketi almaya geleceğini söyledi.", []),
    ("Bizi tercih ettiğiniz için teşekkür ederiz, iyi pazarlar!", []),
    ("Yeni bebek taşıyıcıları gelince size haber veririm.", []),
]
