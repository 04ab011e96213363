"""Turkish cues: person and tense are suffixes, so verbs are listed with their endings.

First person: future ``-(y)acağım/-(y)eceğiz`` (and spoken ``-acam``), aorist ``-rım/-riz``
("ararım" — a promise), present continuous ``-iyoruz`` ("gönderiyoruz").  Negative forms
("aramayacağım") and the past ("aradık", "göndermiştik") never match.
"""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

N = Needs.NOTHING

FUT = r"(?:acağım|acağız|acam|acaz|eceğim|eceğiz|ecem|ecez)"
"""First-person future endings (after the stem and its buffer "y")."""


def _alt(*stems: str) -> str:
    """First-person future/aorist/progressive forms of verb stems given as
    ``future_stem:aorist_stem:progressive_stem`` (e.g. ``"aray:arar:arıyor"``)."""
    forms = []
    for stem in stems:
        fut, aor, prog = stem.split(":")
        forms.append(rf"{fut}{FUT}")
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
        "on": 10,
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
    verbs=(
        VerbRule(
            rf"\b(?:iade\w*|para\w*|ücret\w*|tutar\w*){OBJ}(?:{ET}|{YAP}"
            rf"|{ODE}|{_alt('yatır:yatırır:yatırıyor')})\b",
            Action.REFUND,
        ),
        VerbRule(rf"\bgeri{OBJ}(?:{ODE})\b", Action.REFUND),
        VerbRule(rf"\bgeri\s+(?:{_alt('aray:arar:arıyor')})\b", Action.CALL_BACK),
        VerbRule(_v("aray:arar:arıyor", "konuş:konuşur:konuşuyor"), Action.CALL),
        VerbRule(rf"\b(?:telefon|arama){OBJ}(?:{ET}|{YAP})\b", Action.CALL),
        VerbRule(rf"\bkargoya{OBJ}(?:{VER})\b", Action.SHIP),
        VerbRule(_v("kargolay:kargolar:kargoluyor", "postalay:postalar:postalıyor"), Action.SHIP),
        VerbRule(
            _v("gönder:gönderir:gönderiyor", "yollay:yollar:yolluyor", "ilet:iletir:iletiyor"),
            Action.SEND,
        ),
        VerbRule(
            r"\b(?:gönderilecek|yollanacak|kargoya verilecek|kargolanacak|çıkacak"
            r"|yola çıkacak)\b",
            Action.SHIP,
        ),
        VerbRule(rf"\b(?:dönüş|geri dönüş){OBJ}(?:{YAP})\b", Action.REPLY),
        VerbRule(
            _v(
                "dön:döner:dönüyor",
                "yaz:yazar:yazıyor",
                "bilgilendir:bilgilendirir:bilgilendiriyor",
                "ulaş:ulaşır:",
            ),
            Action.REPLY,
        ),
        VerbRule(rf"\b(?:haber|cevap|yanıt|bilgi|dönüş){OBJ}(?:{VER})\b", Action.REPLY),
        VerbRule(rf"\bkontrol{OBJ}(?:{ET})\b", Action.CHECK),
        VerbRule(
            _v(
                "bak:bakar:bakıyor",
                "araştır:araştırır:araştırıyor",
                "öğren:öğrenir:öğreniyor",
                "sor:sorar:soruyor",
            ),
            Action.CHECK,
        ),
        VerbRule(rf"\bteslim{OBJ}(?:{ET})\b", Action.DELIVER),
        VerbRule(_v("getir:getirir:getiriyor"), Action.DELIVER),
        VerbRule(
            r"\b(?:ulaşacak|ulaşır|gelecek|gelir|teslim edilecek|elinizde olacak"
            r"|elinize ulaşacak|elinize geçecek|size ulaşacak|ulaşmış olacak|elinizde olur"
            r"|elinize ulaşır)\b",
            Action.DELIVER,
        ),
        VerbRule(rf"\bziyaret{OBJ}(?:{ET})\b", Action.VISIT),
        VerbRule(_v("gel:gelir:geliyor", "uğray:uğrar:uğruyor"), Action.VISIT),
    ),
    parcel_nouns=r"\b(?:paket\w*|sipariş\w*|ürün\w*|kargo\w*|koli\w*|gönderi\w*)\b",
    money_nouns=r"\b(?:para\w*|ücret\w*|iade\w*|tutar\w*|ödeme\w*)\b",
    back_words=r"\bgeri\b",
    action_nouns=(),
    weekday_suffix=r"günü|gününe|günü içinde|sabah|akşam|öğleden sonra",
    recurring_after=r"günleri|leri|ları",
    ignore=r"iyi günler|günaydın",
    habitual=r"\b(?:her|genelde|genellikle|daima|hep|normalde|her zaman)\b",
    month_suffix=r"(?:'?(?:ta|te|da|de|a|e|ya|ye|ına|ine|ndan|nden))?",
)
