"""Turkish cues: person and tense are suffixes, so verbs are listed with their endings.

First person: future ``-(y)acağım/-(y)eceğiz`` (and spoken ``-acam``), aorist ``-rım/-riz``
("ararım" — a promise), present continuous ``-iyoruz`` ("gönderiyoruz").  Negative forms
("aramayacağım") and the past ("aradık", "göndermiştik") never match.

A converb ``-(y)ıp/-ip/-up/-üp`` ("gelip", "arayıp", "kontrol edip") has no person or
tense of its own: it commits when the last verb of its chain does ("gelip rafı
kuracağız"), and its clause ends with it (see ``detect``).
"""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

N = Needs.NOTHING

FUT = r"(?:acağım|acağız|acam|acaz|eceğim|eceğiz|ecem|ecez)"
"""First-person future endings (after the stem and its buffer "y")."""


CONVERB = r"(?:ıp|ip|up|üp)"
"""Converb endings (after the future stem: "aray-ıp", "ed-ip", "dön-üp")."""


def _alt(*stems: str) -> str:
    """First-person future/aorist/progressive forms and the converb of verb stems given as
    ``future_stem:aorist_stem:progressive_stem`` (e.g. ``"aray:arar:arıyor"``)."""
    forms = []
    for stem in stems:
        fut, aor, prog = stem.split(":")
        forms.append(rf"{fut}(?:{FUT}|{CONVERB})")
        if aor:
            forms.append(rf"{aor}(?:ım|im|um|üm|ız|iz|uz|üz)")
        if prog:
            forms.append(rf"{prog}(?:um|uz)")
    return "|".join(forms)


def _v(*stems: str) -> str:
    return rf"\b(?:{_alt(*stems)})\b"


ET = _alt("ed:eder:ediyor")
VER = _alt("ver:verir:veriyor")
YAP = _alt("yap:yapar:yapıyor")
ODE = _alt("ödey:öder:ödüyor")
OBJ = r"(?:\s+\S+){0,3}?\s+"
"""Up to three words between a noun and its light verb ("iadenizi hemen yapacağız")."""

DOCUMENTS = (
    r"\b(?:fatura\w*|makbuz\w*|teklif\w*|fiyat\w*|katalog\w*|broşür\w*|link\w*"
    r"|bağlantı\w*|foto\w*|resim\w*|resm\w*|görsel\w*|video\w*|çizim\w*|tasla\w*"
    r"|tasarım\w*|onay\w*|etiket\w*|talimat\w*|kılavuz\w*|detay\w*|bilgi\w*|ayrıntı\w*"
    r"|ölçü\w*|sözleşme\w*|form\w*|belge\w*|doküman\w*|dosya\w*|pdf\w*|kopya\w*"
    r"|sertifika\w*|garanti\w*|kupon\w*|kod\w*|şifre\w*|e-?posta\w*|mail\w*|mesaj\w*"
    r"|cevab\w*|cevap\w*|yanıt\w*|liste\w*|numara\w*|takip\w*|numune\w*|örne\w*"
    r"|adres\w*|dekont\w*|rapor\w*|öneri\w*|açıklama\w*|sms\w*|whatsapp\w*|ekspertiz\w*"
    r"|sonuç\w*|sonuc\w*|fiş\w*|irsaliye\w*|mektub\w*|mektup\w*|görüntü\w*|özet\w*)\b"
)
"""What is sent, not shipped: documents and information (and samples)."""

FUNCTION_WORDS = (
    r"ben|biz|siz|size|sizi|sizin|bize|bizi|bana|beni|onu|onları|bunu|bunları|şunu"
    r"|hepsini|hepsi|her|şey|şeyi|hemen|de|da|ki|bu|şu|o|çok|mutlaka|kesinlikle|ayrıca"
    r"|en|geç|tekrar|yine|zaten|ancak|lütfen|memnuniyetle|tabii|tabi|elbette|merhaba"
    r"|teşekkürler|teşekkür|ederiz|ederim|önce|sonra|birlikte|ayrı|hanım|bey|sayın"
    r"|yeniden|ilk|iş|olarak|gibi|için|ile|kadar|nihayet|sonunda|artık|şimdi|hızlıca"
    r"|bizzat|tüm|bütün|diğer|yeni|ayrıca|hatta|yani|dolayısıyla|bu yüzden|yüzden"
)
"""Never what a send verb carries: pronouns, particles, adverbs."""

CUES = LanguageCues(
    code="tr",
    weekdays={
        **dict.fromkeys(("pazartesi", "pazartesiye", "pazartesiden"), 0),
        **dict.fromkeys(("salı", "salıya", "salıdan"), 1),
        **dict.fromkeys(("çarşamba", "çarşambaya", "çarşambadan"), 2),
        **dict.fromkeys(("perşembe", "perşembeye", "perşembeden"), 3),
        **dict.fromkeys(("cuma", "cumaya", "cumadan"), 4),
        **dict.fromkeys(("cumartesi", "cumartesiye", "cumartesiden"), 5),
        **dict.fromkeys(("pazar", "pazara", "pazardan"), 6),
    },
    relative_days={
        "bugün": 0,
        "bugüne": 0,
        "bu akşam": 0,
        "gün içinde": 0,
        "bugün içinde": 0,
        "gün sonuna": 0,
        "akşama": 0,
        "yarın": 1,
        "yarına": 1,
        "yarın sabah": 1,
        "öbür gün": 2,
        "öbürsü gün": 2,
        "yarından sonra": 2,
        "ertesi gün": 1,
    },
    past_days=r"dün|evvelki gün|geçen (?:hafta|ay|pazartesi|salı|çarşamba|perşembe|cuma"
    r"|cumartesi|pazar)|önce\b",
    next_words=r"gelecek|önümüzdeki|bu|haftaya|bu gelecek",
    recurring_before=r"her",
    by_before=r"en geç|en geç|son",
    by_after=r"kadar|en geç|'e kadar|'a kadar",
    in_before=r"",
    within_before=r"",
    within_after=r"içinde|içerisinde|zarfında",
    in_after=r"sonra",
    units={
        **dict.fromkeys(("dakika",), Unit.MINUTE),
        **dict.fromkeys(("saat",), Unit.HOUR),
        **dict.fromkeys(("yarım saat", "yarım saate"), Unit.HALF_HOUR),
        **dict.fromkeys(("gün",), Unit.DAY),
        **dict.fromkeys(("iş günü",), Unit.WORKDAY),
        **dict.fromkeys(("hafta",), Unit.WEEK),
    },
    numbers={
        "bir": 1,
        "iki": 2,
        "üç": 3,
        "dört": 4,
        "beş": 5,
        "altı": 6,
        "yedi": 7,
        "sekiz": 8,
        "dokuz": 9,
        "on": 10,
        "on iki": 12,
        "on dört": 14,
        "on beş": 15,
        "yirmi": 20,
        "otuz": 30,
        "birkaç": 3,
    },
    times=(
        TimeRule(
            r"\b(?:saat\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?'?(?:da|de|ta|te)\b"
            r"(?!\s+kadar)"
        ),
        TimeRule(
            r"\b(?:saat\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?'?(?:a|e|ya|ye)\s+kadar\b", by=True
        ),
        TimeRule(
            r"\bsaat\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?:\s+(?:gibi|civarı|civarında"
            r"|sularında))?\b"
        ),
        TimeRule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b"),
    ),
    pm_words=r"öğleden sonra|akşam",
    am_words=r"sabah",
    dayparts={
        "sabah": Daypart.MORNING,
        "sabahı": Daypart.MORNING,
        "sabahleyin": Daypart.MORNING,
        "öğleden önce": Daypart.MORNING,
        "ilk iş": Daypart.MORNING,
        "öğleden sonra": Daypart.AFTERNOON,
        "öğlen": Daypart.AFTERNOON,
        "akşam": Daypart.EVENING,
        "akşamı": Daypart.EVENING,
        "bu akşam": Daypart.EVENING,
    },
    noon=r"öğle saatinde|öğle vakti",
    week_next=r"(?:gelecek|önümüzdeki|haftaya)\s+hafta\w*|haftaya",
    week_end=r"(?:bu )?hafta sonuna kadar|bu hafta içinde|hafta içinde|bu hafta",
    clause_split=r",|;|:|\bve\b|\bama\b|\bardından\b|\bfakat\b|\bsonra da\b|\bancak\b"
    r"|\s[-–—]\s",
    aux1=r"(?!)",
    aux3=r"(?!)",
    negation=r"\bdeğil\b",
    subordinate=r"(?!)",
    blockers=r"(?!)",
    hedges=r"\b(?:belki|muhtemelen|galiba|büyük ihtimalle|herhalde)\b",
    verbs=(
        VerbRule(
            rf"\b(?:iade\w*|para\w*|ücret\w*|tutar\w*){OBJ}(?:{ET}|{YAP}"
            rf"|{ODE}|{_alt('yatır:yatırır:yatırıyor')})\b",
            Action.REFUND,
        ),
        VerbRule(rf"\bgeri{OBJ}(?:{ODE})\b", Action.REFUND),
        # Money to the customer's account ("hesabınıza geçeceğim", "kartınıza aktaracağız").
        VerbRule(
            rf"\b(?:hesab\w*|kart(?:ınız|iniz)\w*|iban\w*){OBJ}(?:"
            rf"{_alt('geç:geçer:geçiyor', 'geçir:geçirir:geçiriyor', 'aktar:aktarır:aktarıyor')}"
            rf"|{_alt('yatır:yatırır:yatırıyor', 'gönder:gönderir:gönderiyor')})\b",
            Action.REFUND,
        ),
        VerbRule(rf"\bgeri\s+(?:{_alt('aray:arar:arıyor')})\b", Action.CALL_BACK),
        VerbRule(_v("aray:arar:arıyor", "konuş:konuşur:konuşuyor"), Action.CALL),
        VerbRule(rf"\b(?:telefon|arama\w*){OBJ}(?:{ET}|{YAP})\b", Action.CALL),
        # Handing to the carrier only ships ("kargoya vereceğiz", "kargolayacağız",
        # "kuryeye teslim edeceğiz"); "postalamak" may post a document: its object decides.
        VerbRule(
            rf"\b(?:kargoya|kargo firmasına|kuryeye|postaya|ptt'?ye){OBJ}(?:teslim\s+)?"
            rf"(?:{VER}|{ET}|{_alt('götür:götürür:götürüyor', 'bırak:bırakır:bırakıyor')})\b",
            Action.SHIP,
            shipping=True,
        ),
        VerbRule(_v("kargolay:kargolar:kargoluyor"), Action.SHIP, shipping=True),
        VerbRule(_v("postalay:postalar:postalıyor"), Action.SHIP),
        VerbRule(_v("gönder:gönderir:gönderiyor", "yollay:yollar:yolluyor"), Action.SEND),
        VerbRule(_v("ilet:iletir:iletiyor"), Action.SEND, informing=True),
        # Sending by message ("mesajla atarım", "WhatsApp'tan atacağım").
        VerbRule(
            r"\b(?:mesajla|mesaj ile|mesaj olarak|sms ile|sms'le|smsle|sms olarak|whatsapp'?tan"
            rf"|whatsapp ile|whatsapp'?la){OBJ}(?:{_alt('at:atar:atıyor')})\b",
            Action.SEND,
            informing=True,
        ),
        VerbRule(r"\b(?:kargoya verilecek|kargolanacak)\b", Action.SHIP, shipping=True),
        VerbRule(r"\b(?:gönderilecek|yollanacak|çıkacak|yola çıkacak)\b", Action.SHIP),
        # "Para çarşambaya kadar kartınıza iade edilecek" (money in the clause).
        VerbRule(
            r"\b(?:iade edilecek|iade edilir|geri ödenecek|ödenecek|yatırılacak|aktarılacak"
            r"|yansıyacak|geçecek|yapılacak|gerçekleştirilecek|tamamlanacak)\b",
            Action.REFUND,
            needs_money=True,
        ),
        # "Teklifi cumaya kadar benden alacaksınız": what the shop sends.
        VerbRule(
            r"\b(?:benden|bizden)\b(?:\s+\S+){0,4}?\s+(?:teslim\s+)?(?:alacaksınız|alırsınız)\b",
            Action.DELIVER,
            receiving=True,
        ),
        VerbRule(rf"\b(?:dönüş|geri dönüş){OBJ}(?:{YAP})\b", Action.REPLY),
        VerbRule(
            _v(
                "dön:döner:dönüyor",
                "yaz:yazar:yazıyor",
                "bilgilendir:bilgilendirir:bilgilendiriyor",
                "bildir:bildirir:bildiriyor",
                "ulaş:ulaşır:",
            ),
            Action.REPLY,
        ),
        VerbRule(rf"\b(?:haber|cevap|yanıt|bilgi|dönüş){OBJ}(?:{VER})\b", Action.REPLY),
        VerbRule(rf"\bhaberdar{OBJ}(?:{ET})\b", Action.REPLY),
        VerbRule(rf"\bkontrol{OBJ}(?:{ET})\b", Action.CHECK),
        # Testing and trying out ("test edeceğim", "deneyeceğim", "arıza tespiti yaparım").
        VerbRule(rf"\b(?:test|testini|testlerini|tespiti){OBJ}(?:{ET}|{YAP})\b", Action.CHECK),
        VerbRule(_v("deney:dener:deniyor"), Action.CHECK),
        VerbRule(
            rf"\bgözden\s+(?:{_alt('geçir:geçirir:geçiriyor')})\b"
            rf"|\bgöz\s+(?:{_alt('at:atar:atıyor')})\b",
            Action.CHECK,
        ),
        VerbRule(
            _v(
                "bak:bakar:bakıyor",
                "araştır:araştırır:araştırıyor",
                "öğren:öğrenir:öğreniyor",
                "sor:sorar:soruyor",
                "inceley:inceler:inceliyor",
            ),
            Action.CHECK,
        ),
        VerbRule(rf"\bteslim{OBJ}(?:{ET})\b", Action.DELIVER),
        VerbRule(_v("getir:getirir:getiriyor"), Action.DELIVER),
        VerbRule(
            r"\b(?:ulaşacak|ulaşır|gelecek|gelir|teslim edilecek|elinizde olacak"
            r"|elinize ulaşacak|elinize geçecek|size ulaşacak|ulaşmış olacak|elinizde olur"
            r"|elinize ulaşır|sizde olacak|sizde olur|kapınızda olacak|kapınızda olur"
            r"|(?:gelen |posta |mail )?kutunuzda olacak|(?:gelen |posta |mail )?kutunuzda olur"
            r"|e-?postanızda olacak|e-?postanızda olur|mailinizde olacak|mailinizde olur"
            r"|(?:hesabınızda|kartınızda) olacak|(?:hesabınıza|kartınıza) geçmiş olacak)\b",
            Action.DELIVER,
        ),
        VerbRule(rf"\bziyaret{OBJ}(?:{ET})\b", Action.VISIT),
        # "Cumartesi yanınızda olacağız": the owner coming (not "sizde olacak", the goods).
        VerbRule(
            r"\b(?:yanınızda|sizde|adresinizde|evinizde|dükkanınızda|dükkânınızda|mağazanızda"
            r"|atölyenizde|ofisinizde|bahçenizde|işyerinizde)\s+(?:olacağım|olacağız|olurum"
            r"|oluruz)\b",
            Action.VISIT,
        ),
        # Picking something up at the customer's is coming to them ("sizden alacağım").
        VerbRule(rf"\bsizden{OBJ}(?:{_alt('al:alır:alıyor')})\b", Action.VISIT),
        VerbRule(_v("gel:gelir:geliyor", "uğray:uğrar:uğruyor"), Action.VISIT),
    ),
    parcel_nouns=r"\b(?:paket\w*|sipariş\w*|ürün\w*|kargo\w*|koli\w*"
    r"|gönderi(?:niz\w*|yi|si\w*|ler\w*)?)\b",
    document_nouns=DOCUMENTS,
    function_words=FUNCTION_WORDS,
    object_pronouns=r"onu|onları|bunu|bunları",
    postpositions=r"ile|için|kadar|gibi|hakkında|dair|üzerinden|yoluyla|ilgili|tarafından",
    object_form=r"\w+(?:'\w*)?[ıiuü]",
    object_side="before",
    money_nouns=r"\b(?:para\w*|ücret\w*|iade\w*|tutar\w*|ödeme\w*|fark\w*|kapora\w*"
    r"|depozito\w*|avans\w*)\b",
    back_words=r"\b(?:geri|tekrar|yeniden|dönüş)\b",
    action_nouns=(),
    converb=r"\b(?!(?:grup|sahip|kulüp|kalıp|kayıp|ekip|tip|çip|tüp|küp|ship)\b)\w{2,}"
    r"(?:ıp|ip|up|üp)\b",
    chain_end=r"(?!\w*(?:mayacağ|meyeceğ|mayaca|meyece|abil|ebil|mıyor|miyor|muyor|müyor))"
    r"\w+(?:acağım|acağız|acam|acaz|eceğim|eceğiz|ecem|ecez|ıyorum|iyorum|uyorum|üyorum"
    r"|ıyoruz|iyoruz|uyoruz|üyoruz|arım|arız|erim|eriz|ırım|ırız|irim|iriz|urum|uruz|ürüm"
    r"|ürüz)",
    past_verbs=r"\b(?!(?:şimdi|kendi|hadi|idi)\b)\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü)"
    r"(?:m|k|n|nız|niz|nuz|nüz|lar|ler)?\b|\b\w{3,}(?:mış|miş|muş|müş)(?:tık|tik|tuk|tük"
    r"|tım|tim|tum|tüm|lar|ler)?\b",
    by_phone=r"\b(?:telefonla|telefonda|telefon ile|telefon yoluyla|arayarak|telefon ederek"
    r"|aramanıza|aramalarınıza|çağrınıza)\b",
    weekday_suffix=r"günü|gününe|günü içinde|sabah|akşam|öğleden sonra",
    recurring_after=r"günleri|leri|ları",
    commands=(
        (r"\b(?:ara|arayın|aramak)\b", Action.CALL),
        (r"\b(?:gönder|gönderin|göndermek|yolla|yollamak|ilet|iletmek)\b", Action.SEND),
        (r"\b(?:kargola|kargolamak|kargoya ver|kargoya vermek)\b", Action.SHIP),
        (
            r"\b(?:yaz|yazmak|dön|dönmek|cevap ver|cevap vermek|haber ver|haber vermek"
            r"|bilgi ver|bilgi vermek|dönüş yap)\b",
            Action.REPLY,
        ),
        (r"\b(?:kontrol et|kontrol etmek|bak|bakmak|sor|sormak|araştır)\b", Action.CHECK),
        (r"\b(?:iade et|iade etmek|öde|ödemek)\b", Action.REFUND),
        (r"\b(?:teslim et|teslim etmek|getir|getirmek)\b", Action.DELIVER),
        (r"\b(?:ziyaret et|ziyaret etmek|uğra|uğramak)\b", Action.VISIT),
    ),
    ignore=r"iyi günler|günaydın",
    habitual=r"\b(?:her|genelde|genellikle|daima|hep|normalde|her zaman|tüm siparişler\w*"
    r"|bütün siparişler\w*)\b",
    from_shop=r"\b(?:benden|bizden)\b",
    coordination=r"ve",
    honorifics=r"sayın|bay|bayan",
    inbox=r"\b(?:gelen kutu\w*|posta kutu\w*|mail kutu\w*|kutunuz\w*|e-?posta\w*|mail\w*)",
    reported=r"\b\w*(?:söylediniz|söylemiştiniz|söylemişsiniz|dediniz|demiştiniz"
    r"|demişsiniz|yazdınız|yazmıştınız|yazmışsınız|belirttiniz|belirtmiştiniz|belirtmişsiniz"
    r"|bahsettiniz|bahsetmiştiniz|bahsetmişsiniz)\b",
    same_day=r"\baynı gün\w*|\bsipariş günü\b",
    generic_orders=r"\b(?:siparişler\w*|paketler\w*|gönderiler\w*|tüm siparişler\w*)",
    order_cutoff=r"\b(?:verilen|gelen|alınan|oluşturulan|verdiğiniz|onaylanan|ödenen)\s+"
    r"(?:tüm\s+|bütün\s+)?sipariş\w*",
    opening_hours=r"\b(?:açığız|açıktır|kapalıyız|kapatıyoruz|çalışıyoruz|çalışma saat\w*"
    r"|mesai\w*|buradayız|dükkandayız)\b|§\s+açık\w*",
    month_suffix=r"(?:'?(?:ta|te|da|de|a|e|ya|ye|ına|ine|ndan|nden))?",
)
