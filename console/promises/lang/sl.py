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


AUX_PAST = r"(?:sem|smo|sva|si|ste|sta|je|so|nisem|nismo|nisva|nisi|niste|ni|niso)"
PARTICIPLE = r"\w+(?:[aeiour]l|[aeiour]l[aeio])"
"""Any l-participle: "poslal", "poslali", "prišel", "slišala"."""

TO_CARRIER = (
    r"\b(?=[^.,;]{0,40}\b(?:kurir\w*|pošt(?:o|i)|gls\w*|dpd\w*|dhl\w*|express\s?one\w*"
    r"|paketomat\w*))"
)
"""Handing the goods to the post or courier ("oddamo na pošto") only ships."""

DOCUMENTS = (
    r"\b(?:(?:pred)?račun(?:a|u|om|e|i)?|ponudb\w*|cenik\w*|katalog\w*|brošur\w*"
    r"|let(?:ak|ka|ke)|povezav\w*|link\w*|fotografij\w*|fotk\w*|slik(?:a|e|o|i|ami|ah)?"
    r"|posnet\w*|video(?:a|u|om|i|e|posnet\w*)?|skic\w*|osnut\w*|potrdil(?:o|om|u)|nalepk\w*"
    r"|etiket\w*|navodil\w*"
    r"|podrobnost\w*|informacij\w*|info|podat(?:ek|k\w*)|specifikacij\w*|mere|meritve"
    r"|dimenzij\w*|pogodb\w*|obra(?:zec|zc\w*)|dokument\w*|datotek\w*|pdf\w*|kopij\w*"
    r"|certifikat\w*|garancij\w*|bon(?:a|e|i)?|kod[aoei]?|gesl\w*|sporočil(?:o|om|u)"
    r"|e-?pošt\w*|e-?mail\w*|odgovor(?:a|u|om|e|i)?|obvestil(?:o|om|u)|seznam\w*"
    r"|številk\w*|vzor(?:ec|ce|ci|cev|ca)|naslov\w*|predlog\w*|poročil(?:o|a|u|om|i|ih)|opis\w*"
    r"|položnic\w*|zahtev\w*|vabil\w*|predračun\w*|izvid\w*|rezultat\w*|ocen[aeoi]\w*"
    r"|sken\w*|dobavnic\w*|pism(?:o|a|u|om)|sms\w*|whatsapp\w*|viber\w*)\b"
)
"""What is sent, not shipped: documents and information (and samples)."""

FUNCTION_WORDS = (
    r"jaz|mi|vi|ti|on|ona|vam|vas|nam|nas|ga|jo|jih|mu|ji|jim|me|te|se|si|sebi|bom|bomo"
    r"|boste|bo|bova|bodo|sem|smo|ste|je|so|še|že|tudi|zato|tako|torej|pa|in|ter|da|ne"
    r"|takoj|veseljem|seveda|vsekakor|zagotovo|prav|le|samo|kar|vaš|vašo|vaše|vaša"
    r"|vašega|vašem|vaši|naš|našo|naše|naša|našega|svoj|svojo|svoje|to|ta|tega|tem"
    r"|tisto|vse|vsa|vsi|nekaj|eno|en|ena|pozdravljeni|spoštovani|spoštovana|hvala"
    r"|prosim|potem|nato|najprej|zdaj|sedaj|danes|jutri|najkasneje|hitro|kmalu|osebno"
    r"|skupaj|ločeno|enkrat|ponovno|spet|žal|upam|gospod|gospa|končno|dodatno|posebej"
    r"|direktno|v|na|z|s|za|do|od|iz|po|pri|k|h|o|čez|prek|preko|pred"
)
"""Never what a send verb carries: pronouns, clitics, particles, adverbs."""


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
    by_before=r"do|najkasneje do|najkasneje|najpozneje do|najpozneje|najkasneje v|najpozneje v"
    r"|najkasneje na|najpozneje na",
    by_after=r"najkasneje|najpozneje",
    in_before=r"čez|po",
    within_before=r"v roku|v roku od|znotraj|v naslednjih|v|v prihodnjih",
    units={
        **dict.fromkeys(("minut", "minute", "minuto", "minutah"), Unit.MINUTE),
        **dict.fromkeys(("ura", "uro", "ure", "ur", "urah", "uri"), Unit.HOUR),
        **dict.fromkeys(("pol ure", "pol urice", "polurni"), Unit.HALF_HOUR),
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
        "eni": 1,
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
        "osem": 8,
        "devet": 9,
        "deset": 10,
        "desetih": 10,
        "sedmih": 7,
        "dvanajst": 12,
        "štirinajst": 14,
        "štirinajstih": 14,
        "petnajst": 15,
        "dvajset": 20,
        "trideset": 30,
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
        TimeRule(r"\b(?:ob|okoli)\s+(?P<h>\d{1,2})\b(?![:\d]|\.\d)"),
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
    clause_split=r",|;|:|\bin\b|\bter\b|\bnato\b|\bpotem\b|\bampak\b|\bvendar\b"
    r"|\bali\b|\s[-–—]\s",
    aux1=r"\b(?:bom|bomo|bova)\b",
    aux3=r"\b(?:bo|boste|bodo|bosta)\b",
    negation=r"\b(?:ne|nismo|nisem|nikoli)\s+(?:\w+\s+)?$",
    subordinate=r"\b(?:(?<!tako )(?<!zato )da|ko|če|čim|ker|dokler|ali|preden)\s+(?:\w+\s+){0,2}$",
    blockers=r"\b(?:lahko|če|ko|morda|prosim|kar|sporočite|pokličite|pišite|ne|boste|bi"
    r"|ali)\b",
    hedges=r"\b(?:morda|mogoče|verjetno|najbrž|nemara)\b",
    verbs=(
        VerbRule(rf"\b(?:{_lp('vrni', 'nakaza', 'povrni', 'vrača')})\b", Action.REFUND, A),
        VerbRule(
            r"(?<!\bse )\b(?:vrnem|vrnemo|vrneva|nakažem|nakažemo|povrnemo|povrnem|vračam"
            r"|vračamo|nakazujem|nakazujemo|povračamo|povračam)\b(?!\s+se\b)",
            Action.REFUND,
        ),
        VerbRule(rf"\b(?:{_lp('izvede', 'opravi', 'uredi', 'naredi')})\b", None, A),
        VerbRule(r"\b(?:izvedemo|opravimo|uredimo|naredimo|uredim|opravim|izvedem)\b", None),
        VerbRule(rf"\b(?:{_lp('poklica', 'klica')})\b", Action.CALL, A),
        VerbRule(
            r"\b(?:pokličem|pokličemo|pokličeva|kličem|kličemo|slišimo se|se slišimo)\b",
            Action.CALL,
        ),
        # "Odposlati" and handing to the post or courier only ship; "oddati" alone may hand
        # over a document ("oddam vam ponudbo"): its object decides.
        VerbRule(rf"\b(?:{_lp('odposla', 'odpošilja')})\b", Action.SHIP, A, shipping=True),
        VerbRule(
            r"\b(?:odpošljem|odpošljemo|odpošiljamo|odpošiljam|odpošljeva)\b",
            Action.SHIP,
            shipping=True,
        ),
        VerbRule(rf"\b(?:{_lp('odda', 'preda')}){TO_CARRIER}", Action.SHIP, A, shipping=True),
        VerbRule(rf"\b(?:oddamo|oddam|predamo|predam){TO_CARRIER}", Action.SHIP, shipping=True),
        # Carrying the parcel to the post ("jutri jih nesem na pošto").
        VerbRule(rf"\b(?:{_lp('nese', 'odnese', 'pelja', 'odpelja')}){TO_CARRIER}", Action.SHIP, A),
        VerbRule(
            rf"\b(?:nesem|nesemo|odnesem|odnesemo|peljem|peljemo|odpeljem|odpeljemo){TO_CARRIER}",
            Action.SHIP,
        ),
        # "Paket gre na pot jutri", "paket bo šel na pot": the goods setting off.
        VerbRule(
            r"\b(?:gre|gredo|odide|odidejo|(?:bo|bodo)\s+(?:šel|šla|šlo|šli|šle))\s+(?:\S+\s+){0,2}?"
            r"na pot\b",
            Action.SHIP,
        ),
        VerbRule(rf"\b(?:{_lp('odda')})\b", Action.SHIP, A),
        VerbRule(r"\b(?:oddamo|oddam)\b", Action.SHIP),
        VerbRule(rf"\b(?:{_lp('posla', 'pošilja')})\b", Action.SEND, A),
        VerbRule(rf"\b(?:{_lp('posredova')})\b", Action.SEND, A, informing=True),
        VerbRule(r"\b(?:pošljem|pošljemo|pošljeva|pošiljamo|pošiljam)\b", Action.SEND),
        VerbRule(r"\b(?:posredujem|posredujemo)\b", Action.SEND, informing=True),
        VerbRule(
            r"\b(?:bo|bodo)\s+(?:\w+\s+)?(?:odposlan|odposlana|odposlano|odposlani)\b",
            Action.SHIP,
            shipping=True,
        ),
        VerbRule(
            r"\b(?:bo|bodo)\s+(?:\w+\s+)?(?:poslan|poslana|poslano|poslani)\b",
            Action.SHIP,
        ),
        # The goods setting off ("paket bo odšel v ponedeljek", "naročilo odide k vam").
        VerbRule(
            r"\b(?:paket\w*|pošiljk\w*|naročil\w*|blag\w*|izdel\w*)\s+(?:\S+\s+){0,2}?"
            r"(?:(?:bo|bodo)\s+(?:\S+\s+)?(?:odšel|odšla|odšlo|odšli|odšle)|odide|odidejo)\b",
            Action.SHIP,
        ),
        # "Kupnina vam bo vrnjena do srede" (money in the clause).
        VerbRule(
            r"\b(?:vrnjen\w*|nakazan\w*|povrnjen\w*|izplačan\w*|izveden\w*|opravljen\w*"
            r"|obdelan\w*|odobren\w*)\b",
            Action.REFUND,
            A3,
            needs_money=True,
        ),
        # "Oglasim se pri vas", "oglasil se bom pri vas": coming by, not getting in touch.
        VerbRule(
            r"\b(?:oglasim|oglasimo|oglasiva|ustavim|ustavimo)\b(?=\s+(?:se\s+)?(?:\S+\s+){0,3}?"
            r"(?:pri\s+vas|k\s+vam)\b)",
            Action.VISIT,
        ),
        VerbRule(
            rf"\b(?:{_lp('oglasi', 'ustavi')})\b(?=\s+(?:se\s+)?(?:\S+\s+){{0,4}}?"
            r"(?:pri\s+vas|k\s+vam)\b)",
            Action.VISIT,
            A,
        ),
        VerbRule(
            rf"\b(?:{_lp('javi', 'sporoči', 'odgovori', 'oglasi', 'pisa', 'napisa')}"
            rf"|{_lp('potrdi', 'obvesti', 'informira')})\b",
            Action.REPLY,
            A,
        ),
        VerbRule(
            r"\b(?:javim|javimo|sporočim|sporočimo|odgovorim|odgovorimo|oglasim|oglasimo"
            r"|napišem|napišemo|potrdim|potrdimo|obvestim|obvestimo|pišem|pišemo|informiram"
            r"|informiramo)\b",
            Action.REPLY,
        ),
        # Not "odgovarjam (vam) na vaše vprašanje": that is this very message.
        VerbRule(r"\b(?:odgovarjam|odgovarjamo)\b(?!\s+(?:vam\s+)?na\s+va)", Action.REPLY),
        VerbRule(
            rf"\b(?:{_lp('preveri', 'pogleda', 'pozanima', 'povpraša', 'ogleda', 'pregleda')}"
            rf"|{_lp('preizkusi', 'preskusi', 'testira', 'stestira', 'sprobava', 'spreizkusi')})\b",
            Action.CHECK,
            A,
        ),
        VerbRule(
            r"\b(?:preverim|preverimo|pogledam|pogledamo|pozanimam|pozanimamo|povprašam"
            r"|povprašamo|ogledam|ogledamo|ogledujem|ogledujemo|pregledam|pregledamo"
            r"|pregledujem|pregledujemo|preverjam|preverjamo|preizkusim|preizkusimo|preskusim"
            r"|preskusimo|testiram|testiramo|stestiram|stestiramo|preizkušam|preizkušamo)\b",
            Action.CHECK,
        ),
        VerbRule(rf"\b(?:{_lp('dostavi', 'pripelja', 'prinese')})\b", Action.DELIVER, A),
        VerbRule(
            r"\b(?:dostavim|dostavimo|pripeljem|pripeljemo|prinesem|prinesemo|dostavljam"
            r"|dostavljamo|prinašam|prinašamo)\b",
            Action.DELIVER,
        ),
        # "Bom pri vas v soboto": the owner coming (not "bo pri vas", the goods).
        VerbRule(
            r"\b(?:bom|bomo|bova)\s+(?:\S+\s+)?pri\s+vas\b|\bpri\s+vas\s+(?:\S+\s+)?(?:bom|bomo"
            r"|bova)\b",
            Action.VISIT,
        ),
        VerbRule(rf"\b(?:{_lp('preje', 'dobi')}|prejeli)\b", Action.DELIVER, A3, receiving=True),
        VerbRule(
            rf"\b(?:{_lp('prispe')}|prispel|dostavljen\w*"
            r"|pri vas|v\s+(?:vašem\s+)?(?:e-?poštnem\s+)?(?:nabiralniku|predalu)"
            r"|v\s+(?:vaši\s+)?e-?pošti"
            r"|na\s+(?:vašem\s+|vaši\s+)?(?:transakcijskem\s+|bančnem\s+)?(?:računu|kartici"
            r"|trr))\b",
            Action.DELIVER,
            A3,
        ),
        # "Ponudbo boste imeli v nabiralniku" (a send: see ``inbox``).
        VerbRule(
            rf"\b(?:{_lp('ime')})\b(?=\s+(?:\S+\s+){{0,3}}?v\s+(?:vašem\s+|vaši\s+)?(?:\S+\s+)?"
            r"(?:nabiralnik\w*|predal\w*|e-?pošt\w*|inbox\w*))",
            Action.DELIVER,
            A3,
        ),
        VerbRule(r"\b(?:prispe|prispejo)\b", Action.DELIVER),
        VerbRule(r"\b(?:dobite|prejmete)\b", Action.DELIVER, receiving=True),
        VerbRule(rf"\b(?:{_lp('obiska', 'skoči')}|prišel|prišla|prišli|prišle)\b", Action.VISIT, A),
        VerbRule(
            r"\b(?:obiščem|obiščemo|pridem|pridemo|skočim|skočimo|prideva|prihajam|prihajamo"
            r"|obiskujem|obiskujemo|pridevi|pripeljem se|pripeljemo se)\b",
            Action.VISIT,
        ),
        # Picking something up at the customer's is coming to them.
        VerbRule(
            r"\b(?:prevzamem|prevzamemo|poberem|poberemo)\b(?=[^.,;]{0,40}\bpri vas\b)",
            Action.VISIT,
        ),
    ),
    parcel_nouns=r"\b(?:paket\w*|pošiljk\w*|naročil\w*|blag\w*|izdel\w*|zamenjav\w*"
    r"|škatl\w*|(?<!-)pošt(?:o|i)|kurir\w*|gls\w*|dpd\w*)\b",
    document_nouns=DOCUMENTS,
    function_words=FUNCTION_WORDS,
    object_pronouns=r"ga|jo|jih",
    prepositions=r"v|na|z|s|za|do|od|iz|po|pri|k|h|o|čez|prek|preko|med|pred|brez|okoli"
    r"|okrog|zaradi|proti|nad|pod|ob",
    money_nouns=r"\b(?:denar\w*|kupnin\w*|znesek|znesk\w*|vračil\w*|plačil\w*|preplačil\w*"
    r"|razlik\w*|evr\w*|ar[aeio]|aro|kavcij\w*|predplačil\w*|avans\w*)\b",
    back_words=r"\b(?:nazaj|ponovno|spet|še enkrat|povratn\w*)\b",
    call_nouns=r"\b(?:klic\w*|poziv\w*)",
    by_phone=r"\b(?:po telefonu|telefonsko|po mobitelu|prek telefona|na (?:vaš )?klic)\b",
    past_verbs=rf"\b{AUX_PAST}\s+(?:\S+\s+){{0,3}}?{PARTICIPLE}\b"
    rf"|\b{PARTICIPLE}\s+(?:\S+\s+){{0,2}}?{AUX_PAST}\b",
    action_nouns=(
        (r"\bvračil\w*", Action.REFUND),
        (r"\bdostav\w*", Action.DELIVER),
        (r"\b(?:odpošilj\w*|odpreml\w*)", Action.SHIP),
        (r"\bpreverb\w*|\bpregled\w*", Action.CHECK),
        (r"\bodgovor\w*", Action.REPLY),
    ),
    commands=(
        (r"\b(?:pokliči|pokličite|kliči|poklicati|klicati)\b", Action.CALL),
        (r"\b(?:pošlji|pošljite|poslati)\b", Action.SEND),
        (r"\b(?:odpošlji|odposlati|oddaj|oddati)\b", Action.SHIP),
        (
            r"\b(?:javi|javiti|odgovori|odgovoriti|piši|pisati|napiši|napisati|sporoči"
            r"|sporočiti|oglasi se|oglasiti se|potrdi|potrditi)\b",
            Action.REPLY,
        ),
        (r"\b(?:preveri|preveriti|poglej|pogledati|vprašaj|vprašati)\b", Action.CHECK),
        (r"\b(?:vrni|vrniti|nakaži|nakazati)\b", Action.REFUND),
        (
            r"\b(?:dostavi|dostaviti|pripelji|pripeljati|prinesi|prinesti)\b",
            Action.DELIVER,
        ),
        (r"\b(?:obišči|obiskati|skoči|skočiti)\b", Action.VISIT),
    ),
    day_prepositions=r"v|ob|na|okoli",
    ignore=r"dober dan|dobro jutro|danes zjutraj|davi",
    habitual=r"\b(?:vsak|vsako|vsakega|vsakih|dnevno|vedno|običajno|ponavadi|praviloma"
    r"|vsa naročila)\b",
    from_shop=r"\bod (?:mene|nas)\b",
    from_other=r"\bod (?!mene\b|nas\b)(?:vašega |vaše )?(?:kurir\w*|dostavljavc\w*|pošt\w*"
    r"|gls\w*|dpd\w*|dhl\w*|bank\w*|dobavitelj\w*|proizvajalc\w*)",
    coordination=r"in|ter",
    honorifics=r"gospod\w*|gospa|gospe|gospo|gospej|g|dr|spoštovani|spoštovana|dragi|draga",
    inbox=r"\b(?:nabiralnik\w*|predal\w*|inbox\w*|e-?pošt\w*|e-?naslov\w*|e-?mail\w*|mail\w*)",
    reported=r"(?<!kot )\b(?:(?:rekli|omenili|napisali|pisali|povedali|sporočili|dejali"
    r"|rekla|omenila|napisala|povedala) ste|ste (?:mi |nam )?(?:rekli|omenili|napisali"
    r"|pisali|povedali|sporočili|dejali))\b",
    same_day=r"\b(?:še )?isti dan\b|\bistega dne\b|\bna dan naročila\b",
    generic_orders=r"\b(?:naročila|vsa naročila|pošiljke|paketi)\b",
    order_cutoff=r"\bnaročila\s*,?\s*(?:oddana|prejeta|plačana|narejena|potrjena|oddane)\b"
    r"|\bkar naročite\b",
    opening_hours=r"\b(?:delamo|odprti smo|smo odprti|odprti|odprto je|odprto|zapremo"
    r"|zapiramo|delovni čas|odpiralni čas|uradne ure|dosegljivi)\b(?!\s+na\b)",
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
