"""Croatian cues (also matches text typed without diacritics: "cu", "srijedu", "cetvrtak")."""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, A3, N = Needs.AUX1, Needs.AUX3, Needs.NOTHING


def _forms(stem: str, *endings: str) -> tuple[str, ...]:
    return tuple(stem + ending for ending in endings)


CUES = LanguageCues(
    code="hr",
    weekdays={
        **dict.fromkeys((*_forms("ponedjelj", "ak", "ka", "ku"), "ponedeljak"), 0),
        **dict.fromkeys(_forms("utor", "ak", "ka", "ku"), 1),
        **dict.fromkeys(_forms("srijed", "a", "u", "e", "i") + _forms("sred", "a", "u"), 2),
        **dict.fromkeys(_forms("četvrt", "ak", "ka", "ku"), 3),
        **dict.fromkeys(_forms("pet", "ak", "ka", "ku"), 4),
        **dict.fromkeys(_forms("subot", "a", "u", "e", "i"), 5),
        **dict.fromkeys(_forms("nedjelj", "a", "u", "e", "i"), 6),
    },
    relative_days={
        "danas": 0,
        "večeras": 0,
        "još danas": 0,
        "do kraja dana": 0,
        "sutra": 1,
        "sutradan": 1,
        "prekosutra": 2,
        "preksutra": 2,
    },
    past_days=r"jučer|juče|prekjučer|prošl\w* (?:tjed\w*|mjesec\w*|ponedjelj\w*|utor\w*"
    r"|srijed\w*|četvrt\w*|pet\w*|subot\w*|nedjelj\w*)|\bprije \d+ dan",
    next_words=r"sljedeći|sljedećeg|sljedeću|slijedeći|slijedećeg|idući|idućeg|iduću|ovaj"
    r"|ovog|ovu|ovoga|ovoj|ovome|ovaj dolazeći",
    recurring_before=r"svaki|svakog|svaku|svake|svakoga",
    by_before=r"do|najkasnije do|najkasnije|najdalje do|najkasnije u|sve do",
    by_after=r"najkasnije|najkasnije do tada",
    in_before=r"za|nakon|kroz",
    within_before=r"u roku od|u roku|unutar|u sljedećih|u narednih|u idućih",
    units={
        **dict.fromkeys(("minuta", "minute", "min"), Unit.MINUTE),
        **dict.fromkeys(("sat", "sata", "sati"), Unit.HOUR),
        **dict.fromkeys(("dan", "dana", "dane"), Unit.DAY),
        **dict.fromkeys(("radna dana", "radnih dana", "radni dan", "radnog dana"), Unit.WORKDAY),
        **dict.fromkeys(("tjedan", "tjedna", "tjedana", "tjedne"), Unit.WEEK),
    },
    numbers={
        "jedan": 1,
        "jednog": 1,
        "jedna": 1,
        "dva": 2,
        "dvije": 2,
        "tri": 3,
        "četiri": 4,
        "pet": 5,
        "šest": 6,
        "sedam": 7,
        "deset": 10,
        "par": 2,
    },
    times=(
        TimeRule(
            r"\b(?:u|oko|od|nakon|poslije|iza)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
            r"\s*(?:h|sati|sata|sat)\b(?:\s+(?P<ap>popodne|poslijepodne|navečer|ujutro))?"
        ),
        TimeRule(
            r"\b(?:do|najkasnije do)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
            r"\s*(?:h|sati|sata|sat)\b",
            by=True,
        ),
        TimeRule(r"\bdo\s+(?P<h>\d{1,2}):(?P<m>\d{2})\b", by=True),
        TimeRule(r"\b(?:u|oko)\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})\b(?!\.\d)"),
        TimeRule(r"\b(?:u|oko)\s+(?P<h>\d{1,2})h\b"),
        TimeRule(r"\b(?:u|oko)\s+(?P<h>\d{1,2})\s+(?P<ap>popodne|poslijepodne|ujutro|navečer)"),
        TimeRule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\s*(?:h|sati)?\b"),
        TimeRule(
            r"\boko\s+(?P<h>\d{1,2})\b(?![:\d]|\.\d)(?!\s*(?:dana|tjed|minut|sat|eur|kn|kom))"
        ),
    ),
    pm_words=r"popodne|poslijepodne|navečer",
    am_words=r"ujutro",
    dayparts={
        "ujutro": Daypart.MORNING,
        "ujutru": Daypart.MORNING,
        "prijepodne": Daypart.MORNING,
        "rano ujutro": Daypart.MORNING,
        "prije podne": Daypart.MORNING,
        "popodne": Daypart.AFTERNOON,
        "poslijepodne": Daypart.AFTERNOON,
        "poslije podne": Daypart.AFTERNOON,
        "navečer": Daypart.EVENING,
        "uvečer": Daypart.EVENING,
        "večeras": Daypart.EVENING,
    },
    noon=r"(?:u\s+)?podne",
    week_next=r"(?:sljedeći|sljedećeg|slijedeći|idući|idućeg|naredni|narednog)\s+tjed(?:an|na)"
    r"|početkom (?:sljedećeg|idućeg) tjedna",
    week_end=r"(?:do )?kraja (?:ovog |ovoga )?tjedna|ovaj tjedan|ovog tjedna|ovoga tjedna",
    clause_split=r",|;|:|\bi\b|\ba\b|\bpa\b|\bte\b|\bali\b|\bzatim\b|\bonda\b|\bili\b"
    r"|\s[-–—]\s",
    aux1=r"\b(?:ću|ćemo)\b",
    aux3=r"\b(?:će|ćete|bit će|biti će)\b",
    negation=r"\b(?:ne|nećemo|neću|nismo|nisam|nije|nikad|nikako)\s+(?:\w+\s+)?$",
    subordinate=r"\b(?:da|ako|kad|kada|čim|dok|ukoliko|li)\s+(?:\w+\s+){0,2}$",
    blockers=r"\b(?:ako|kad|kada|čim|ukoliko|možete|možemo|mogu|možda|molim|slobodno|biste"
    r"|bismo|javite|pošaljite|nazovite|li|trebate|trebali)\b",
    verbs=(
        VerbRule(
            r"\b(?:vratiti|vratit|refundirati|refundirat|uplatiti|uplatit|isplatiti"
            r"|isplatit)\b",
            Action.REFUND,
            A,
        ),
        VerbRule(r"\b(?:vratim|vratimo|uplatim|uplatimo|isplatimo|refundiramo)\b", Action.REFUND),
        VerbRule(
            r"\b(?:izvršiti|izvršit|napraviti|napravit|obaviti|obavit|odraditi|odradit"
            r"|riješiti|riješit)\b",
            None,
            A,
        ),
        VerbRule(r"\b(?:izvršimo|napravimo|obavimo|odradimo|riješimo|izvršavamo)\b", None),
        VerbRule(
            r"\b(?:nazvati|nazvat|zvati|zvat|telefonirati|telefonirat|nazivati)\b", Action.CALL, A
        ),
        VerbRule(r"\b(?:nazovem|nazovemo|zovem|zovemo|nazivam|nazivamo|čujemo se)\b", Action.CALL),
        VerbRule(r"\b(?:otpremiti|otpremit|predati|predat)\b", Action.SHIP, A),
        VerbRule(r"\b(?:otpremamo|otpremimo|predajemo|predamo)\b", Action.SHIP),
        VerbRule(r"\b(?:poslati|poslat|slati|proslijediti|proslijedit|mailati)\b", Action.SEND, A),
        VerbRule(
            r"\b(?:šaljem|šaljemo|pošaljem|pošaljemo|proslijedim|proslijedimo)\b", Action.SEND
        ),
        VerbRule(
            r"\b(?:bit će|će biti)\s+(?:\w+\s+)?(?:poslan|poslana|poslano|poslani"
            r"|otpremljen|otpremljena|otpremljeno)\b",
            Action.SHIP,
        ),
        VerbRule(
            r"\b(?:javiti|javit|odgovoriti|odgovorit|pisati|pisat|napisati|napisat"
            r"|obavijestiti|obavijestit|potvrditi|potvrdit|odgovarati)\b",
            Action.REPLY,
            A,
        ),
        VerbRule(
            r"\b(?:javim|javimo|odgovorim|odgovorimo|napišem|napišemo|obavijestim"
            r"|obavijestimo|javljam|javljamo|potvrdim|potvrdimo)\b",
            Action.REPLY,
        ),
        VerbRule(
            r"\b(?:provjeriti|provjerit|pogledati|pogledat|raspitati|raspitat|istražiti|pitati"
            r"|pitat|upitati|upitat"
            r"|istražit|ispitati|ispitat|vidjeti|vidjet)\b",
            Action.CHECK,
            A,
        ),
        VerbRule(
            r"\b(?:provjerim|provjerimo|pogledam|pogledamo|provjeravam|provjeravamo"
            r"|raspitam|raspitamo)\b",
            Action.CHECK,
        ),
        VerbRule(
            r"\b(?:dostaviti|dostavit|isporučiti|isporučit|donijeti|donijet|dovesti"
            r"|dovest)\b",
            Action.DELIVER,
            A,
        ),
        VerbRule(
            r"\b(?:dostavim|dostavljam|dostavimo|dostavljamo|isporučimo|isporučujemo|donesem|donesemo"
            r"|donosimo|dovezemo)\b",
            Action.DELIVER,
        ),
        VerbRule(
            r"\b(?:stići|stić|doći|doć|dobiti|dobit|primiti|primit|biti dostavljen\w*)\b",
            Action.DELIVER,
            A3,
        ),
        VerbRule(r"\b(?:stiže|stižu|dolazi|dolaze)\b", Action.DELIVER),
        VerbRule(
            r"\b(?:trebao|trebala|trebalo|trebali|trebale)\s+bi\s+(?:\S+\s+)?(?:stići|doći"
            r"|biti kod vas)\b",
            Action.DELIVER,
        ),
        VerbRule(
            r"\b(?:posjetiti|posjetit|doći|doć|svratiti|svratit|navratiti|navratit"
            r"|dolaziti)\b",
            Action.VISIT,
            A,
        ),
        VerbRule(
            r"\b(?:dođem|dođemo|dolazim|dolazimo|svratim|svratimo|navratim|navratimo"
            r"|posjetimo|posjetim)\b",
            Action.VISIT,
        ),
    ),
    parcel_nouns=r"\b(?:paket\w*|pošiljk\w*|narudžb\w*|rob[aeu]|zamjen\w*|proizvod\w*"
    r"|artikl\w*|kutij\w*|limenk\w*)\b",
    money_nouns=r"\b(?:novac|novca|novce|iznos\w*|povrat\w*|uplat\w*|kuna|eur\w*)\b",
    back_words=r"\b(?:natrag|nazad|povratno|ponovno|opet)\b",
    action_nouns=(
        (r"\bpovrat\w*", Action.REFUND),
        (r"\b(?:dostav\w*|isporuk\w*)", Action.DELIVER),
        (r"\bprovjer\w*", Action.CHECK),
        (r"\b(?:poziv\w*)", Action.CALL),
        (r"\b(?:otprem\w*|slanje)", Action.SHIP),
    ),
    ignore=r"dobar dan|jutros",
    habitual=r"\b(?:svaki|svakog|svaku|svake|svakodnevno|uvijek|obično|inače|redovito"
    r"|radnim danom)\b",
)
