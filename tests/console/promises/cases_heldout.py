"""Held-out promise sentences, written independently of the detector.

This table was written without looking at the detector's code or at its earlier held-out
tables, and it is checked once at the end (never tuned against).  Same format as
``cases_main``: every language is read at Sunday 2026-11-22 10:00 in its shop's time zone;
each case is ``(text, expected)`` with ``expected`` a list of ``(action, due)`` pairs,
``due`` a local date ("2026-11-25") or date-time ("2026-11-24T14:00").  The week ahead:
Mon 23, Tue 24, Wed 25, Thu 26, Fri 27, Sat 28; Mon 30 November, Tue 1 to Sat 5 December.
"""

from __future__ import annotations

from tests.console.promises.cases_main import Case

HELDOUT: dict[str, list[Case]] = {
    "en": [
        (
            "Hi Marta, thanks for bearing with us on the kombucha starter kit. I'll ship the "
            "replacement SCOBY on Tuesday. Best, Greg",
            [("ship", "2026-11-24")],
        ),
        ("We shipped your wax iron on Friday, so it's already with the courier.", []),
        ("I'll email you the invoice for the ski wax tomorrow.", [("send", "2026-11-23")]),
        ("The ceramic glazes will be dispatched on 3 December.", [("ship", "2026-12-03")]),
        ("Orders placed before noon are dispatched the same day.", []),
        (
            "I'll ring you at 4:30 pm on Thursday about the repair of your Singer.",
            [("call", "2026-11-26T16:30")],
        ),
        (
            "We're posting your skateboard deck on Monday and I'll send you the tracking "
            "number on Tuesday.",
            [("ship", "2026-11-23"), ("send", "2026-11-24")],
        ),
        ("I might be able to add a few extra wax samples at some point over the winter.", []),
        (
            "I'll test the controller ports on your SNES the day after tomorrow.",
            [("check", "2026-11-24")],
        ),
        ("Your linen duvet cover will reach you by Friday.", [("deliver", "2026-11-27")]),
        ("If the deck arrives warped, I'll refund you in full.", []),
        (
            "I'll refund the £3.50 difference on the spice blends in an hour.",
            [("refund", "2026-11-22T11:00")],
        ),
        (
            "I'll come round to your place on Wednesday 2 December to look at the bonsai "
            "collection, and I'll send you a quote by 4 December.",
            [("visit", "2026-12-02"), ("send", "2026-12-04")],
        ),
        ("We're open Monday to Saturday, 9 to 5.", []),
        (
            "Thanks for calling earlier - I'll call you back in half an hour.",
            [("call_back", "2026-11-22T10:30")],
        ),
        ("Could you send me a photo of the broken teapot lid?", []),
        (
            "Dear Mr Hughes,\nThank you for your order of the cycling jerseys. I'll get back "
            "to you on 30 November with the sizing details.\nKind regards,\nAna",
            [("reply", "2026-11-30")],
        ),
        ("You mentioned you'd collect the bonsai on Saturday - that's fine with us.", []),
        (
            "The repaired Game Boy is ready. We'll ship it to you on Wednesday.",
            [("ship", "2026-11-25")],
        ),
        ("The courier says he'll deliver on Tuesday.", []),
        (
            "I'll drop the sewing machine off at your house on Monday at 11am.",
            [("deliver", "2026-11-23T11:00")],
        ),
        (
            "I'll let you know about the restock of the nettle tea blend by Thursday, 26 November.",
            [("reply", "2026-11-26")],
        ),
        (
            "Hi Priya, thank you so much for the lovely review of the bedding - it really made "
            "our week! All the best, Sam",
            [],
        ),
        (
            "I'll inspect the cracked kiln shelf tomorrow and ship a new one on Friday.",
            [("check", "2026-11-23"), ("ship", "2026-11-27")],
        ),
        ("My supplier promised to send the new bobbins on Monday.", []),
    ],
    "hr": [
        (
            "Poštovana gospođo Kovač,\nhvala na narudžbi. Okvire za košnice otpremit ćemo u "
            "utorak.\nSrdačan pozdrav,\nMarko iz Pčelarske trgovine",
            [("ship", "2026-11-24")],
        ),
        ("Ponudu za pribor za kaligrafiju šaljem vam sutra.", [("send", "2026-11-23")]),
        ("Košnice smo otpremili prošli tjedan i već su trebale stići.", []),
        ("Vinilne ploče bit će poslane 1. prosinca.", [("ship", "2026-12-01")]),
        (
            "Nazvat ću vas prekosutra u 14 sati da dogovorimo dostavu.",
            [("call", "2026-11-24T14:00")],
        ),
        ("Ako dobavljač stigne na vrijeme, možda vam pošaljem i uzorke.", []),
        (
            "Štapove za pecanje šaljemo u četvrtak, a račun ću vam poslati e-mailom u petak.",
            [("ship", "2026-11-26"), ("send", "2026-11-27")],
        ),
        ("Vašu Segu Mega Drive testirat ću u srijedu.", [("check", "2026-11-25")]),
        ("Jeste li zadovoljni pločama koje ste dobili?", []),
        ("Sapuni će vam biti dostavljeni u ponedjeljak.", [("deliver", "2026-11-23")]),
        (
            "Novac za vraćene sjemenke vratit ćemo vam na račun za 3 dana.",
            [("refund", "2026-11-25")],
        ),
        ("Sve narudžbe iznad 50 € dostavljamo besplatno.", []),
        (
            "U subotu u 10 sati dolazim k vama postaviti policu za keramiku.",
            [("visit", "2026-11-28T10:00")],
        ),
        (
            "Vidim da ste me tražili telefonom – nazvat ću vas natrag za dva sata.",
            [("call_back", "2026-11-22T12:00")],
        ),
        ("Nedjeljom i praznicima trgovina je zatvorena.", []),
        (
            "Do 4. prosinca javit ću vam je li lanena tkanina u boji lavande ponovno dostupna.",
            [("reply", "2026-12-04")],
        ),
        (
            "Gramofonsku iglu pronašli smo na skladištu. Otpremit ćemo je u ponedjeljak.",
            [("ship", "2026-11-23")],
        ),
        ("Kolega mi je rekao da će vam on poslati katalog.", []),
        (
            "Pošiljku s čajevima osobno ću vam donijeti u petak, 27. studenoga.",
            [("deliver", "2026-11-27")],
        ),
        ("Spomenuli ste da ćete štapove preuzeti osobno u četvrtak.", []),
        (
            "Za pola sata šaljem vam fotografije oštećenog okvira.",
            [("send", "2026-11-22T10:30")],
        ),
        (
            "Sutra provjeravam zalihe voska, a u utorak vas zovem.",
            [("check", "2026-11-23"), ("call", "2026-11-24")],
        ),
        (
            "Dragi Ivane,\nhvala vam puno što ste nas preporučili prijateljima!\nPozdrav od "
            "cijele ekipe",
            [],
        ),
        ("Povrat novca za tintu bit će obrađen do srijede.", [("refund", "2026-11-25")]),
        ("Kurirska služba javlja da će paket biti isporučen u utorak.", []),
    ],
    "de": [
        (
            "Hallo Frau Becker,\nvielen Dank für Ihre Bestellung! Das Bonsai-Werkzeugset "
            "verschicken wir am Dienstag.\nViele Grüße\nJonas",
            [("ship", "2026-11-24")],
        ),
        (
            "Das Angebot für die Modellbahn-Gleise schicke ich Ihnen morgen per E-Mail.",
            [("send", "2026-11-23")],
        ),
        ("Wir haben Ihr Paket am Freitag abgeschickt, es ist also schon unterwegs.", []),
        ("Die Fahrradtrikots werden am 1. Dezember versandt.", [("ship", "2026-12-01")]),
        (
            "Ich rufe Sie am Donnerstag um 15:30 Uhr an, um die Reparatur Ihrer Nähmaschine zu "
            "besprechen.",
            [("call", "2026-11-26T15:30")],
        ),
        ("Eventuell kann ich Ihnen im nächsten Monat ein paar Proben beilegen.", []),
        (
            "Die Gewürzmischungen schicken wir übermorgen los, und die Sendungsnummer bekommen "
            "Sie am Mittwoch von mir.",
            [("ship", "2026-11-24"), ("send", "2026-11-25")],
        ),
        ("Ich werde Ihren Plattenspieler am Montag gründlich prüfen.", [("check", "2026-11-23")]),
        ("Falls die Trikots nicht passen, erstatten wir Ihnen natürlich den Kaufpreis.", []),
        ("Die Wolle wird Ihnen bis Freitag zugestellt.", [("deliver", "2026-11-27")]),
        (
            "Den zu viel gezahlten Betrag von 4,80 € überweise ich Ihnen in einer Stunde zurück.",
            [("refund", "2026-11-22T11:00")],
        ),
        ("Bestellungen, die bis 14 Uhr eingehen, verlassen noch am selben Tag unser Lager.", []),
        (
            "Am Samstag, den 5. Dezember, komme ich bei Ihnen vorbei und schaue mir die "
            "Kerzengießformen an.",
            [("visit", "2026-12-05")],
        ),
        (
            "Danke für Ihren Anruf – ich rufe Sie in zwei Stunden zurück.",
            [("call_back", "2026-11-22T12:00")],
        ),
        ("Unser Laden ist dienstags bis samstags von 10 bis 18 Uhr geöffnet.", []),
        (
            "Sehr geehrter Herr Wagner,\nherzlichen Dank für Ihre Anfrage zum Skiwachs. Ich "
            "melde mich spätestens am 30. November mit den genauen Preisen bei Ihnen.\nMit "
            "freundlichen Grüßen\nPetra Lang",
            [("reply", "2026-11-30")],
        ),
        (
            "Ihr Teeservice ist wieder vollständig. Wir senden es Ihnen am Mittwoch zu.",
            [("ship", "2026-11-25")],
        ),
        ("Könnten Sie mir ein Foto vom Typenschild der Nähmaschine schicken?", []),
        (
            "Die Lieferung bringe ich Ihnen am Montag um 11 Uhr persönlich vorbei.",
            [("deliver", "2026-11-23T11:00")],
        ),
        (
            "Sie hatten ja geschrieben, dass Sie das Set am Samstag abholen – das passt uns gut.",
            [],
        ),
        (
            "Die Rechnung erhalten Sie bis spätestens Donnerstag, den 26. November.",
            [("send", "2026-11-26")],
        ),
        ("Laut DHL wird das Paket am Dienstag zugestellt.", []),
        (
            "Morgen schaue ich mir die beschädigte Bindung an, und am Freitag bekommen Sie Ihr "
            "Geld zurück.",
            [("check", "2026-11-23"), ("refund", "2026-11-27")],
        ),
        (
            "In drei Tagen gebe ich Ihnen Bescheid, ob die Kiefer wieder lieferbar ist.",
            [("reply", "2026-11-25")],
        ),
        (
            "Liebe Frau Schulz,\nvielen Dank für Ihre freundliche Bewertung, darüber haben wir "
            "uns sehr gefreut!\nHerzliche Grüße aus der Werkstatt",
            [],
        ),
    ],
    "ru": [
        (
            "Здравствуйте, Ольга!\nСпасибо за заказ. Набор для заточки ножей отправим во "
            "вторник.\nС уважением, Дмитрий",
            [("ship", "2026-11-24")],
        ),
        ("Мы отправили посылку в пятницу, так что она уже в пути.", []),
        ("Счёт за глину пришлю вам завтра.", [("send", "2026-11-23")]),
        ("Семена томатов будут отправлены 2 декабря.", [("ship", "2026-12-02")]),
        ("Может быть, в следующем месяце добавлю к заказу пару образцов.", []),
        (
            "Позвоню вам в четверг в 16:00, обсудим ремонт приставки.",
            [("call", "2026-11-26T16:00")],
        ),
        (
            "Мёд отгружаем в понедельник, а трек-номер я пришлю в среду.",
            [("ship", "2026-11-23"), ("send", "2026-11-25")],
        ),
        ("Если игра не запустится, мы её заменим.", []),
        ("Послезавтра проверю ваш картридж для Денди.", [("check", "2026-11-24")]),
        ("Свитер доставим вам до пятницы.", [("deliver", "2026-11-27")]),
        ("Заказы, оформленные до 12:00, отправляем в тот же день.", []),
        ("Разницу в 150 руб. верну вам через час.", [("refund", "2026-11-22T11:00")]),
        (
            "В субботу, 5 декабря, приеду к вам в мастерскую посмотреть гончарный круг.",
            [("visit", "2026-12-05")],
        ),
        ("Мы работаем с понедельника по субботу, с 10 до 19.", []),
        (
            "Вижу пропущенный звонок — перезвоню вам через полчаса.",
            [("call_back", "2026-11-22T10:30")],
        ),
        (
            "Добрый день, Игорь Петрович!\nБлагодарим за интерес к нашим чайным смесям. "
            "Подробно отвечу вам 30 ноября.\nС уважением, Анна",
            [("reply", "2026-11-30")],
        ),
        ("Не могли бы вы прислать фото упаковки?", []),
        ("Переплёт для вашей книги готов. Отправим его в среду.", [("ship", "2026-11-25")]),
        (
            "Доску для сапсерфинга привезу вам лично в понедельник в 11:00.",
            [("deliver", "2026-11-23T11:00")],
        ),
        ("Вы писали, что заберёте вазу сами в субботу, — нам это удобно.", []),
        (
            "До четверга, 26 ноября, сообщу, появится ли снова набор для комбучи.",
            [("reply", "2026-11-26")],
        ),
        ("Курьер сказал, что привезёт заказ во вторник.", []),
        (
            "Завтра осмотрю треснувшую вазу, а в пятницу вышлю вам фотографии.",
            [("check", "2026-11-23"), ("send", "2026-11-27")],
        ),
        ("Через три дня мы вернём вам деньги за бракованную игру.", [("refund", "2026-11-25")]),
        (
            "Марина, огромное спасибо за тёплый отзыв, нам очень приятно!\nХорошего вам дня!",
            [],
        ),
    ],
    "sl": [
        (
            "Pozdravljeni, gospa Novak!\nHvala za naročilo. Plezalne vrvi odpošljemo v torek.\n"
            "Lep pozdrav, Matej",
            [("ship", "2026-11-24")],
        ),
        ("Predračun za lesene igrače vam pošljem jutri.", [("send", "2026-11-23")]),
        ("Paket smo odposlali v petek, zato je že na poti.", []),
        ("Filmi za vaš fotoaparat bodo odposlani 3. decembra.", [("ship", "2026-12-03")]),
        (
            "Poklical vas bom v četrtek ob 17.00 glede popravila ukulele.",
            [("call", "2026-11-26T17:00")],
        ),
        ("Morda vam kdaj priložim še kakšen vzorec kave.", []),
        (
            "Praženo kavo odpošljemo pojutrišnjem, sledilno številko pa vam pošljem v sredo.",
            [("ship", "2026-11-24"), ("send", "2026-11-25")],
        ),
        ("V ponedeljek bom preizkusil filter za vaš akvarij.", [("check", "2026-11-23")]),
        ("Če vrv ne bo ustrezala, jo lahko zamenjate.", []),
        ("Preproga bo pri vas do petka.", [("deliver", "2026-11-27")]),
        ("Razliko 2,40 € vam vrnem v eni uri.", [("refund", "2026-11-22T11:00")]),
        ("Naročila, oddana do 13. ure, odpošljemo isti dan.", []),
        (
            "V soboto, 5. decembra, pridem k vam namestit police za sušeno cvetje.",
            [("visit", "2026-12-05")],
        ),
        ("Hvala za klic, poklical vas bom nazaj čez dve uri.", [("call_back", "2026-11-22T12:00")]),
        ("Trgovina je odprta od ponedeljka do petka med 9. in 17. uro.", []),
        (
            "Spoštovani gospod Kranjc,\nhvala za povpraševanje o marmeladah. Odgovor vam pošljem "
            "najkasneje 30. novembra.\nLep pozdrav,\nPetra",
            [("reply", "2026-11-30")],
        ),
        ("Ali mi lahko sporočite številko naročila?", []),
        ("Vaš kolesarski okvir je popravljen. Poslali ga bomo v sredo.", [("ship", "2026-11-25")]),
        (
            "Akvarij vam osebno pripeljem v ponedeljek ob 11. uri.",
            [("deliver", "2026-11-23T11:00")],
        ),
        ("Omenili ste, da boste preprogo prevzeli v soboto.", []),
        (
            "Do četrtka, 26. novembra, vam sporočim, ali bomo modro prejo spet imeli na zalogi.",
            [("reply", "2026-11-26")],
        ),
        ("Dostavna služba pravi, da bo paket dostavila v torek.", []),
        (
            "Jutri bom pregledal poškodovani ukulele, v petek pa vam vrnemo kupnino.",
            [("check", "2026-11-23"), ("refund", "2026-11-27")],
        ),
        ("Čez tri dni vam pošljem fotografije novih preprog.", [("send", "2026-11-25")]),
        (
            "Draga Nina,\nnajlepša hvala za prijazne besede o naših igračah!\nLep pozdrav iz delavnice",
            [],
        ),
    ],
    "tr": [
        (
            "Merhaba Ayşe Hanım,\nsiparişiniz için teşekkürler. Bakır cezveleri salı günü "
            "kargoya vereceğiz.\nSevgiler, Murat",
            [("ship", "2026-11-24")],
        ),
        (
            "Kaykay tahtalarının faturasını yarın size e-postayla göndereceğim.",
            [("send", "2026-11-23")],
        ),
        ("Paketinizi cuma günü kargoya verdik, şu an yolda.", []),
        ("Baharat karışımları 2 Aralık'ta kargoya verilecek.", [("ship", "2026-12-02")]),
        (
            "Perşembe günü saat 15:30'da sizi arayıp dikiş makinenizin tamirini konuşacağım.",
            [("call", "2026-11-26T15:30")],
        ),
        ("Belki önümüzdeki ay siparişinize birkaç numune de eklerim.", []),
        (
            "Kilimi pazartesi kargoya veriyoruz, takip numarasını da çarşamba günü size "
            "ileteceğim.",
            [("ship", "2026-11-23"), ("send", "2026-11-25")],
        ),
        ("Retro konsolunuzu yarından sonra test edeceğim.", [("check", "2026-11-24")]),
        ("Kaykay hasarlı gelirse ücretini iade ederiz.", []),
        ("Bisiklet formanız cuma gününe kadar elinizde olacak.", [("deliver", "2026-11-27")]),
        (
            "Aradaki 45 TL farkı bir saat içinde hesabınıza iade edeceğim.",
            [("refund", "2026-11-22T11:00")],
        ),
        ("Saat 14:00'e kadar verilen siparişler aynı gün kargoya verilir.", []),
        (
            "5 Aralık cumartesi günü atölyenize gelip bonsaileri budayacağım.",
            [("visit", "2026-12-05")],
        ),
        (
            "Aramanızı kaçırdım, yarım saat içinde sizi geri arayacağım.",
            [("call_back", "2026-11-22T10:30")],
        ),
        ("Dükkânımız hafta içi 09:00–18:00 arası açıktır.", []),
        (
            "Sayın Yılmaz Bey,\nseramik sırları hakkındaki sorunuz için teşekkür ederiz. Size 30 "
            "Kasım'da ayrıntılı bir yanıt vereceğim.\nSaygılarımla,\nElif",
            [("reply", "2026-11-30")],
        ),
        ("Kırık parçanın fotoğrafını gönderebilir misiniz?", []),
        (
            "Tamir ettiğimiz Nintendo hazır. Onu çarşamba günü size göndereceğiz.",
            [("ship", "2026-11-25")],
        ),
        (
            "Dikiş makinenizi pazartesi saat 11'de bizzat evinize getireceğim.",
            [("deliver", "2026-11-23T11:00")],
        ),
        ("Cezveleri cumartesi gelip kendiniz alacağınızı söylemiştiniz, bize uyar.", []),
        (
            "Zeytinyağlı sabunların tekrar stoğa girip girmeyeceğini 26 Kasım perşembeye kadar "
            "size bildireceğim.",
            [("reply", "2026-11-26")],
        ),
        ("Kargo firması paketin salı günü teslim edileceğini söyledi.", []),
        (
            "Yarın çatlak vazoyu inceleyeceğim, cuma günü de fotoğraflarını size göndereceğim.",
            [("check", "2026-11-23"), ("send", "2026-11-27")],
        ),
        ("Üç gün içinde paranızı iade edeceğiz.", [("refund", "2026-11-25")]),
        (
            "Selin Hanım, güzel yorumunuz için çok teşekkür ederiz, günümüzü güzelleştirdiniz!\n"
            "Sevgiyle, Kilim Evi",
            [],
        ),
    ],
}
