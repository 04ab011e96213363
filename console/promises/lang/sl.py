"""Slovenian cues: future is "bom/bomo/bova" + l-participle; perfective present promises."""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, A3, N = Needs.AUX1, Needs.AUX3, Needs.NOTHING


def _forms(stem: str, *endings: str) -> tuple[str, ...]:
    return tuple(stem + ending for ending in endings)


def _lp(*stems: str) -> str:
    """l-participles of ``stems`` in every gender and number ("poklical", "poklicali")."""
    return "|".join(f"{stem}(?:l|la|lo|li|le|la)" for stem in stems)


CUES = LanguageCues(
    code="sl",
    weekdays={
        **dict.fromkeys(_forms("ponedelj", "ek", "ka", "ku"), 0),
        **dict.fromkeys(_forms("tor", "ek", "ka", "ku"), 1),
        **dict.fromkeys(_forms("sred", "a", "o", "e", "i"), 2),
        **dict.fromkeys(_forms("četrt", "ek", "ka", "ku"), 3),
        **dict.fromkeys(_forms("pet", "ek", "ka", "ku"), 4),
        **dict.fromkeys(_forms("sobot", "a", "o", "e", "i"), 5),
        **dict.fromkeys(_forms("nedelj", "a", "o", "e", "i"), 6),
    },
    relative_days={
        "danes": 0,
        "nocoj": 0,
        "drevi": 0,
        "še danes": 0,
        "do konca dneva": 0,
        "jutri": 1,
        "pojutrišnjem": 2,
        "pojutrišnjim": 2,
    },
    past_days=r"včeraj|predvčerajšnjim|prejšnj\w+ (?:ted\w*|mesec\w*|ponedelj\w*|tor\w*"
    r"|sred\w*|četrt\w*|pet\w*|sobot\w*)|\bpred \d+ dnevi|prejšnji teden",
    next_words=r"naslednji|naslednjo|naslednjega|prihodnji|prihodnjo|prihodnjega|ta|to|ta"
    r" prihodnji",
    recurring_before=r"vsak|vsako|vsakega",
    by_before=r"do|najkasneje do|najkasneje|najpozneje do|najpozneje",
    by_after=r"najkasneje|najpozneje",
    in_before=r"čez|po",
    within_before=r"v roku|v roku od|znotraj|v naslednjih|v|v prihodnjih",
    units={
        **dict.fromkeys(("minut", "minute", "minuto", "minutah"), Unit.MINUTE),
        **dict.fromkeys(("ura", "uro", "ure", "ur", "urah", "uri"), Unit.HOUR),
        **dict.fromkeys(("dan", "dni", "dneh", "dnevi", "dneva", "dnevih"), Unit.DAY),
        **dict.fromkeys(
            (
                "delovnih dni",
                "delovnih dneh",
                "delovna dneva",
                "delovni dan",
                "delovnih dnevih",
                "delovnem dnevu",
            ),
            Unit.WORKDAY,
        ),
        **dict.fromkeys(("teden", "tedna", "tednov", "tednih", "tedne"), Unit.WEEK),
    },
    numbers={
        "en": 1,
        "eno": 1,
        "ena": 1,
        "enem": 1,
        "dva": 2,
        "dve": 2,
        "dveh": 2,
        "tri": 3,
        "treh": 3,
        "štiri": 4,
        "štirih": 4,
        "pet": 5,
        "petih": 5,
        "šest": 6,
        "sedem": 7,
        "deset": 10,
        "par": 2,
        "nekaj": 3,
    },
    times=(
        TimeRule(
            r"\b(?:ob|okoli|okrog|po|med)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\.?"
            r"\s*(?:uri|ure|h)\b"
        ),
        TimeRule(
            r"\b(?:do|najkasneje do)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\.?"
            r"\s*(?:ure|uri|h)\b",
            by=True,
        ),
        TimeRule(r"\bdo\s+(?P<h>\d{1,2}):(?P<m>\d{2})\b", by=True),
        TimeRule(r"\b(?:ob|okoli|okrog)\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})\b(?!\.\d)"),
        TimeRule(r"\b(?:ob|okoli|okrog)\s+(?P<h>\d{1,2})h\b"),
        TimeRule(r"\b(?:ob|okoli)\s+(?P<h>\d{1,2})\b(?![.:\d])"),
        TimeRule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\s*(?:h|uri)?\b"),
    ),
    pm_words=r"popoldne|zvečer",
    am_words=r"zjutraj|dopoldne",
    dayparts={
        "zjutraj": Daypart.MORNING,
        "dopoldne": Daypart.MORNING,
        "zgodaj zjutraj": Daypart.MORNING,
        "popoldne": Daypart.AFTERNOON,
        "zvečer": Daypart.EVENING,
        "nocoj": Daypart.EVENING,
        "drevi": Daypart.EVENING,
    },
    noon=r"(?:ob\s+|okoli\s+)?opoldne",
    week_next=r"(?:naslednji|prihodnji|v naslednjem|v prihodnjem)\s+ted(?:en|nu)"
    r"|v začetku (?:naslednjega|prihodnjega) tedna",
    week_end=r"(?:do )?konca (?:tega )?tedna|ta teden|v tem tednu",
    clause_split=r",|;|:|\bin\b|\bter\b|\bpa\b|\bnato\b|\bpotem\b|\bampak\b|\bvendar\b"
    r"|\bali\b|\s[-–—]\s",
    aux1=r"\b(?:bom|bomo|bova)\b",
    aux3=r"\b(?:bo|boste|bodo|bosta)\b",
    negation=r"\b(?:ne|nismo|nisem|nikoli)\s+(?:\w+\s+)?$",
    subordinate=r"\b(?:da|ko|če|čim|ker|dokler|ali|preden)\s+(?:\w+\s+){0,2}$",
    blockers=r"\b(?:lahko|če|ko|morda|prosim|kar|sporočite|pokličite|pišite|ne|boste|bi"
    r"|ali)\b",
    verbs=(
        VerbRule(rf"\b(?:{_lp('vrni', 'nakaza', 'povrni', 'vrača')})\b", Action.REFUND, A),
        VerbRule(r"\b(?:vrnem|vrnemo|vrneva|nakažem|nakažemo|povrnemo|povrnem)\b", Action.REFUND),
        VerbRule(rf"\b(?:{_lp('izvede', 'opravi', 'uredi', 'naredi')})\b", None, A),
        VerbRule(r"\b(?:izvedemo|opravimo|uredimo|naredimo|uredim|opravim|izvedem)\b", None),
        VerbRule(rf"\b(?:{_lp('poklica', 'klica')})\b", Action.CALL, A),
        VerbRule(
            r"\b(?:pokličem|pokličemo|pokličeva|kličem|kličemo|slišimo se|se slišimo)\b",
            Action.CALL,
        ),
        VerbRule(rf"\b(?:{_lp('odposla', 'odda')})\b", Action.SHIP, A),
        VerbRule(r"\b(?:odpošljem|odpošljemo|odpošiljamo|oddamo|oddam)\b", Action.SHIP),
        VerbRule(rf"\b(?:{_lp('posla', 'pošilja', 'posredova')})\b", Action.SEND, A),
        VerbRule(r"\b(?:pošljem|pošljemo|pošljeva|pošiljamo|pošiljam|posredujemo)\b", Action.SEND),
        VerbRule(
            r"\b(?:bo|bodo)\s+(?:\w+\s+)?(?:poslan|poslana|poslano|poslani|odposlan"
            r"|odposlana|odposlano)\b",
            Action.SHIP,
        ),
        VerbRule(
            rf"\b(?:{_lp('javi', 'sporoči', 'odgovori', 'oglasi', 'pisa', 'napisa')}"
            rf"|{_lp('potrdi', 'obvesti')})\b",
            Action.REPLY,
            A,
        ),
        VerbRule(
            r"\b(?:javim|javimo|sporočim|sporočimo|odgovorim|odgovorimo|oglasim|oglasimo"
            r"|napišem|napišemo|potrdim|potrdimo|obvestim|obvestimo|pišem|pišemo)\b",
            Action.REPLY,
        ),
        VerbRule(rf"\b(?:{_lp('preveri', 'pogleda', 'pozanima', 'povpraša')})\b", Action.CHECK, A),
        VerbRule(
            r"\b(?:preverim|preverimo|pogledam|pogledamo|pozanimam|pozanimamo|povprašam"
            r"|povprašamo)\b",
            Action.CHECK,
        ),
        VerbRule(rf"\b(?:{_lp('dostavi', 'pripelja', 'prinese')})\b", Action.DELIVER, A),
        VerbRule(
            r"\b(?:dostavim|dostavimo|pripeljem|pripeljemo|prinesem|prinesemo)\b", Action.DELIVER
        ),
        VerbRule(
            rf"\b(?:{_lp('prispe', 'preje', 'dobi')}|prispel|prejeli|dostavljen\w*"
            r"|pri vas)\b",
            Action.DELIVER,
            A3,
        ),
        VerbRule(r"\b(?:prispe|prispejo|dobite|prejmete)\b", Action.DELIVER),
        VerbRule(rf"\b(?:{_lp('obiska', 'skoči')}|prišel|prišla|prišli|prišle)\b", Action.VISIT, A),
        VerbRule(r"\b(?:obiščem|obiščemo|pridem|pridemo|skočim|skočimo|prideva)\b", Action.VISIT),
    ),
    parcel_nouns=r"\b(?:paket\w*|pošiljk\w*|naročil\w*|blag\w*|izdel\w*|zamenjav\w*"
    r"|škatl\w*)\b",
    money_nouns=r"\b(?:denar\w*|kupnin\w*|znesek|znesk\w*|vračil\w*|plačil\w*)\b",
    back_words=r"\b(?:nazaj|ponovno|spet)\b",
    action_nouns=(
        (r"\bvračil\w*", Action.REFUND),
        (r"\bdostav\w*", Action.DELIVER),
        (r"\b(?:odpošilj\w*|odpreml\w*)", Action.SHIP),
        (r"\bpreverb\w*|\bpregled\w*", Action.CHECK),
    ),
    ignore=r"dober dan|dobro jutro|danes zjutraj|davi",
    habitual=r"\b(?:vsak|vsako|vsakega|vsakih|dnevno|vedno|običajno|ponavadi|praviloma)\b",
    month_extra={
        "januarja": 1,
        "februarja": 2,
        "marca": 3,
        "aprila": 4,
        "maja": 5,
        "junija": 6,
        "julija": 7,
        "avgusta": 8,
        "septembra": 9,
        "oktobra": 10,
        "novembra": 11,
        "decembra": 12,
    },
)
