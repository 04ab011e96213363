"""Croatian cues (also matches text typed without diacritics: "cu", "srijedu", "cetvrtak").

The future is "ću/ćemo" + infinitive ("nazvat ću"), or written together as the Serbian and
Bosnian shops write it ("nazvaću", "poslaćemo").  The past is an l-participle with "sam",
"smo", "je" … ("poslali smo", "kurir je došao").
"""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, A3, N = Needs.AUX1, Needs.AUX3, Needs.NOTHING


def _forms(stem: str, *endings: str) -> tuple[str, ...]:
    return tuple(stem + ending for ending in endings)


def _future(action: Action | None, *stems: str) -> tuple[VerbRule, VerbRule]:
    """Infinitives of ``stems`` ("nazva" → "nazvati", "nazvat") waiting for "ću/ćemo",
    and the future written in one word ("nazvaću", "nazvaćemo")."""
    words = "|".join(stems)
    return (
        VerbRule(rf"\b(?:{words})(?:ti|t)\b", action, A),
        VerbRule(rf"\b(?:{words})(?:ću|ćemo)\b", action, N),
    )


AUX_PAST = r"(?:sam|smo|si|ste|je|su|nisam|nismo|nisi|niste|nije|nisu)"
PARTICIPLE = (
    r"(?:(?!(?:vrlo|malo|dalo|cijelo)\b)\w{2,}(?:ao|io|eo|uo|la|lo|li|le)"
    r"|(?:po)?slan\w?|otpremljen\w?|isporučen\w?|dostavljen\w?|predan\w?|vraćen\w?"
    r"|uplaćen\w?|preuzet\w?)"
)
"""l-participles ("poslao", "zvali", "došao") and the passive ones of the actions
("je poslan", "su otpremljeni")."""

TO_CARRIER = (
    r"\b(?=[^.,;]{0,40}\b(?:kurir\w*|pošt(?:i|om)|gls\w*|dpd\w*|dhl\w*|overseas\w*"
    r"|box\s?now\w*|dostavn\w* služb\w*))"
)
"""Handing the goods to the courier or the post ("predat ćemo kuriru") only ships."""
TO_POST = r"\b(?=[^.,;]{0,40}\b(?:na poštu|kuriru|u (?:gls|dpd|dhl|overseas|box\s?now)\w*))"
"""Carrying the goods to the post or the courier ("nosim na poštu")."""

DOCUMENTS = (
    r"\b(?:(?:pred)?račun(?:a|u|om|e|i|ima)?|ponud\w*|cjenik\w*|katalog\w*|brošur\w*"
    r"|let(?:ak|ka|ke|ku)|link\w*|poveznic\w*|fotografij\w*|fotk\w*|slik(?:a|e|u|i|om|ama)"
    r"|video(?:a|u|om|i|e|zapis\w*|snim\w*)?"
    r"|snimk\w*|skic\w*|nacrt\w*|dizajn\w*|potvrd(?:a|e|u|om|i)|naljepnic\w*|etiket\w*"
    r"|uput(?:e|a|u|ama|stv\w*)|detalj\w*|informacij\w*|info|podat\w*|specifikacij\w*"
    r"|mjer(?:e|a|u|ama)|dimenzij\w*|ugovor\w*|obra(?:zac|sc\w*)|dokument\w*|datotek\w*"
    r"|pdf\w*|kopij\w*|certifikat\w*|jamstv\w*|garancij\w*|vaučer\w*|bon(?:a|ove|ovi)?"
    r"|šifr\w*|lozink\w*|e-?mail\w*|poruk\w*|odgovor(?:a|u|om|e|i)?|obavijest\w*"
    r"|popis(?:a|u|e|om)?|broj(?:a|u|em|eve|evi|eva)?|uzor(?:ak|ka|ke|ci|aka)|adres\w*"
    r"|prijedlog\w*|izvješ\w*|izvjest\w*|opis\w*|uplatnic\w*|zahtjev\w*|pozivnic\w*"
    r"|praćenj\w*|sken\w*|nalaz\w*|procjen\w*|troškovnik\w*|rezultat\w*|otpremnic\w*"
    r"|pism(?:o|a|u|om)|sms\w*|whatsapp\w*|viber\w*)\b"
)
"""What is sent, not shipped: documents and information (and samples)."""

FUNCTION_WORDS = (
    r"ja|mi|vi|ti|on|ona|ono|oni|one|vam|vama|vas|nam|nama|nas|ga|ju|je|ih|im|mu|joj|me"
    r"|te|se|si|sebi|ću|ćemo|će|ćeš|ćete|bih|bismo|sam|smo|ste|su|biti|bit|još|već|i|a"
    r"|pa|da|li|ne|ni|tako|zato|stoga|onda|sad|sada|odmah|rado|svakako|sigurno|naravno"
    r"|također|isto|čak|samo|upravo|napokon|konačno|ipak|možda|ujedno|vaš|vaša|vašu|vaše"
    r"|vašeg|vašega|vašoj|vašem|vaši|vašim|naš|naša|našu|naše|našeg|našem|naši|svoj"
    r"|svoja|svoju|svoje|svojeg|to|taj|ta|tu|ovaj|ova|ovo|ovu|ove|ovi|tog|toga|sve|sva"
    r"|svi|sav|nešto|ništa|jedan|jednu|jedna|jedno|poštovani|poštovana|dobar|dan|hvala"
    r"|lijepo|molim|prvo|prvi|čim|kad|kada|opet|ponovno|usput|odvojeno|zajedno|danas"
    r"|sutra|najkasnije|brzo|hitno|uskoro|kasnije|osobno|gospodine|gospođo|gospodin"
    r"|gospođa|pokušat|pokušati|nastojat|nastojati|moći|moć|trebati|htjeli|rado|dakle"
    r"|nažalost|svakako|dodatno|posebno|direktno|izravno|ponovo|prema|preko|putem|kod"
    r"|u|na|s|sa|za|do|od|iz|po|o|uz"
)
"""Never what a send verb carries: pronouns, clitics, particles, adverbs."""


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
        **dict.fromkeys(("pola sata", "pol sata", "po sata"), Unit.HALF_HOUR),
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
        "osam": 8,
        "devet": 9,
        "deset": 10,
        "dvanaest": 12,
        "četrnaest": 14,
        "petnaest": 15,
        "dvadeset": 20,
        "trideset": 30,
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
        TimeRule(
            r"\bu\s+(?P<h>\d{1,2})\b(?![:\d]|\.\d)(?!\s*(?:dan|tjed|minut|sat|eur|kn|kom|%))",
            next_to_day=True,
        ),
        TimeRule(
            r"\bdo\s+(?P<h>\d{1,2})\b(?![:\d]|\.\d)(?!\s*(?:dan|tjed|minut|sat|eur|kn|kom|%))",
            by=True,
            next_to_day=True,
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
        "nakon ručka": Daypart.AFTERNOON,
        "poslije ručka": Daypart.AFTERNOON,
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
    aux3=r"\b(?:će|bit će|biti će)\b",
    negation=r"\b(?:ne|nećemo|neću|nismo|nisam|nije|nikad|nikako)\s+(?:\w+\s+)?$",
    subordinate=r"\b(?:(?<!tako )(?<!zato )da|ako|kad|kada|čim|dok|ukoliko|li)\s+(?:\w+\s+){0,2}$",
    blockers=r"\b(?:ako|kad|kada|čim|ukoliko|možete|možemo|mogu|možda|molim|slobodno|biste"
    r"|bismo|javite|pošaljite|nazovite|li|trebate|trebali)\b",
    hedges=r"\b(?:možda|vjerojatno|valjda|eventualno|moguće)\b",
    verbs=(
        # "Vratit ću vam se (s odgovorom)": getting back to the customer, not a refund.
        VerbRule(
            r"\b(?:vratit|vratiti)\s+(?:ću|ćemo)\s+(?:vam|vama|ti)\s+se\b"
            r"|\b(?:ću|ćemo)\s+(?:vam|vama|ti)\s+se\s+vratiti?\b"
            r"|\b(?:vratiću|vratićemo)\s+(?:vam|vama|ti)\s+se\b"
            r"|\b(?:vratim|vratimo|vraćam|vraćamo)\s+(?:vam|vama|ti)\s+se\b",
            Action.REPLY,
        ),
        *_future(Action.REFUND, "vrati", "uzvrati", "refundira", "uplati", "isplati"),
        # Moving money ("prebacit ćemo vam novac", "iznos ćemo vam prebaciti").
        *(
            VerbRule(rule.pattern, rule.action, rule.needs, needs_money=True)
            for rule in _future(Action.REFUND, "prebaci", "transferira", "uplaći")
        ),
        VerbRule(
            r"\b(?:prebacim|prebacimo|prebacujem|prebacujemo|transferiram|transferiramo)\b",
            Action.REFUND,
            needs_money=True,
        ),
        VerbRule(
            r"(?<!\bse )\b(?:vratim|vratimo|uzvratim|uzvratimo|uplatim|uplatimo|isplatim"
            r"|isplatimo|refundiram|refundiramo|vraćam|vraćamo|uplaćujem|uplaćujemo"
            r"|isplaćujem|isplaćujemo|uzvraćam|uzvraćamo)\b(?!\s+se\b)",
            Action.REFUND,
        ),
        *_future(None, "izvrši", "napravi", "obavi", "odradi", "riješi"),
        VerbRule(r"\b(?:izvršimo|napravimo|obavimo|odradimo|riješimo|izvršavamo)\b", None),
        *_future(Action.CALL, "nazva", "zva", "telefonira", "naziva"),
        VerbRule(r"\b(?:nazovem|nazovemo|zovem|zovemo|nazivam|nazivamo|čujemo se)\b", Action.CALL),
        # "Otpremiti" and handing to the courier only ship; "predati" alone may hand over a
        # document ("predat ću vam ponudu"): its object decides.
        *(
            VerbRule(rule.pattern, rule.action, rule.needs, shipping=True)
            for rule in _future(Action.SHIP, "otpremi")
        ),
        VerbRule(r"\b(?:otpremamo|otpremimo|otpremam|otpremim)\b", Action.SHIP, shipping=True),
        VerbRule(rf"\b(?:predati|predat){TO_CARRIER}", Action.SHIP, A, shipping=True),
        VerbRule(
            rf"\b(?:predajemo|predamo|predajem|predam|predaću|predaćemo){TO_CARRIER}",
            Action.SHIP,
            shipping=True,
        ),
        # Carrying the parcel to the post ("sutra nosim na poštu", "odnijet ću ga kuriru").
        VerbRule(rf"\b(?:odnijeti|odnijet){TO_POST}", Action.SHIP, A, shipping=True),
        VerbRule(
            rf"\b(?:nosim|nosimo|odnesem|odnesemo|odnosim|odnosimo|odnijeću|odnijećemo)"
            rf"{TO_POST}",
            Action.SHIP,
            shipping=True,
        ),
        *_future(Action.SHIP, "preda"),
        VerbRule(r"\b(?:predajemo|predamo)\b", Action.SHIP),
        *_future(Action.SEND, "posla", "sla"),
        VerbRule(r"\b(?:šaljem|šaljemo|pošaljem|pošaljemo)\b", Action.SEND),
        *(
            VerbRule(rule.pattern, rule.action, rule.needs, informing=True)
            for rule in _future(Action.SEND, "proslijedi", "maila")
        ),
        VerbRule(
            r"\b(?:proslijedim|proslijedimo|prosljeđujem|prosljeđujemo)\b",
            Action.SEND,
            informing=True,
        ),
        VerbRule(
            r"\b(?:bit će|će biti|biće)\s+(?:\w+\s+)?(?:otpremljen|otpremljena|otpremljeno"
            r"|otpremljeni|predan\w* kuriru)\b",
            Action.SHIP,
            shipping=True,
        ),
        VerbRule(
            r"\b(?:bit će|će biti|biće)\s+(?:\w+\s+)?(?:poslan|poslana|poslano|poslani)\b",
            Action.SHIP,
        ),
        # "Novac će vam biti vraćen na karticu", "iznos će biti uplaćen" (money in the clause).
        VerbRule(
            r"\b(?:vraćen|vraćena|vraćeno|vraćeni|uplaćen\w*|isplaćen\w*|refundiran\w*"
            r"|prebačen\w*|doznačen\w*|izvršen\w*|proveden\w*|obrađen\w*|odobren\w*)\b",
            Action.REFUND,
            A3,
            needs_money=True,
        ),
        VerbRule(
            r"\b(?:sjesti|sjest)\b(?=\s+(?:\S+\s+){0,3}?na\s+(?:vaš\w*\s+)?(?:račun\w*"
            r"|karti\w*))",
            Action.REFUND,
            A3,
            needs_money=True,
        ),
        *_future(
            Action.REPLY,
            "javi",
            "odgovori",
            "pisa",
            "napisa",
            "obavijesti",
            "izvijesti",
            "informira",
            "potvrdi",
            "odgovara",
        ),
        VerbRule(
            r"\b(?:javim|javimo|odgovorim|odgovorimo|napišem|napišemo|obavijestim"
            r"|obavijestimo|javljam|javljamo|potvrdim|potvrdimo|izvijestim|izvijestimo)\b",
            Action.REPLY,
        ),
        # Not "odgovaram (vam) na vaš upit": that is this very message.
        VerbRule(r"\b(?:odgovaram|odgovaramo)\b(?!\s+(?:vam\s+)?na\s+va)", Action.REPLY),
        *_future(
            Action.CHECK,
            "provjeri",
            "pogleda",
            "pregleda",
            "razgleda",
            "raspita",
            "istraži",
            "pita",
            "upita",
            "ispita",
            "vidje",
            "testira",
            "istestira",
            "isproba",
        ),
        VerbRule(
            r"\b(?:provjerim|provjerimo|pogledam|pogledamo|provjeravam|provjeravamo"
            r"|raspitam|raspitamo|pregledam|pregledamo|pregledavam|pregledavamo"
            r"|razgledam|razgledamo|testiram|testiramo|istestiram|istestiramo|isprobam"
            r"|isprobamo)\b",
            Action.CHECK,
        ),
        VerbRule(
            r"\b(?:bacit|baciti)\b(?=(?:\s+(?:ću|ćemo))?\s+(?:\S+\s+)?(?:pogled|oko)\b)",
            Action.CHECK,
            A,
        ),
        *_future(Action.DELIVER, "dostavi", "isporuči", "donije", "doves"),
        VerbRule(
            r"\b(?:dostavim|dostavljam|dostavimo|dostavljamo|isporučimo|isporučujemo|donesem"
            r"|donesemo|donosim|donosimo|dovezem|dovezemo|dovozim|dovozimo|isporučim"
            r"|isporučujem)\b",
            Action.DELIVER,
        ),
        # "Stići će", "doći će": the goods; "ćete doći" is the customer coming.
        VerbRule(r"\b(?:stići|stić|doći|doć|biti dostavljen\w*)\b", Action.DELIVER, A3),
        VerbRule(
            r"\b(?:dobiti|dobit|primiti|primit)\b",
            Action.DELIVER,
            A3,
            aux=r"\b(?:će|ćete)\b",
            receiving=True,
        ),
        VerbRule(r"\b(?:dobivate|dobijete|primate|primite)\b", Action.DELIVER, receiving=True),
        # "Bit ću kod vas u subotu": the owner coming (not "bit će kod vas", the goods).
        VerbRule(
            r"\b(?:bit (?:ću|ćemo)|(?:ću|ćemo)\s+(?:\S+\s+)?biti?|biću|bićemo)\b"
            r"(?=\s+(?:\S+\s+){0,2}?kod\s+(?:vas|vama)\b)",
            Action.VISIT,
        ),
        # "Bit će kod vas u srijedu", "ponuda će vam biti u sandučiću" (a send: ``inbox``).
        VerbRule(
            r"\b(?:biti|bit)\b(?=\s+(?:će\s+)?(?:\S+\s+){0,3}?(?:kod\s+vas|(?:u|na)\s+"
            r"(?:vaš\w*\s+|vam\s+)?(?:\S+\s+)?(?:sandučić\w*|inbox\w*|pretinc\w*|e-?mail\w*"
            r"|mail\w*|adres\w*|karti\w*|račun\w*)))",
            Action.DELIVER,
            A3,
        ),
        VerbRule(
            r"\b(?:imati|imat)\b(?=\s+(?:\S+\s+){0,3}?(?:u|na)\s+(?:vaš\w*\s+)?(?:\S+\s+)?"
            r"(?:sandučić\w*|inbox\w*|pretinc\w*|e-?mail\w*|mail\w*))",
            Action.DELIVER,
            A3,
            aux=r"\b(?:ćete)\b",
        ),
        VerbRule(r"\b(?:stiže|stižu|dolazi|dolaze)\b", Action.DELIVER),
        # The goods setting off ("narudžba kreće prema vama u ponedjeljak").
        VerbRule(
            r"\b(?:kreće|kreću|krenut će|krenuće|krenuti će)\b(?=[^.,;]{0,30}\b(?:prema vama"
            r"|k vama|na put|iz (?:radionice|skladišta|trgovine)))",
            Action.SHIP,
        ),
        VerbRule(
            r"\b(?:trebao|trebala|trebalo|trebali|trebale)\s+bi\s+(?:\S+\s+)?(?:stići|doći"
            r"|biti kod vas)\b",
            Action.DELIVER,
        ),
        VerbRule(r"\b(?:doći|doć)\b", Action.VISIT, A),
        VerbRule(r"\b(?:obići|obić)\b", Action.VISIT, A),
        # Picking something up at the customer's is coming to them.
        VerbRule(
            r"\b(?:preuzeti|preuzet|pokupiti|pokupit)\b(?=[^.,;]{0,40}\bkod vas\b)", Action.VISIT, A
        ),
        VerbRule(
            r"\b(?:preuzmem|preuzmemo|pokupim|pokupimo)\b(?=[^.,;]{0,40}\bkod vas\b)", Action.VISIT
        ),
        *_future(Action.VISIT, "posjeti", "svrati", "navrati", "dolazi", "skoknu", "prođi"),
        VerbRule(
            r"\b(?:dođem|dođemo|dolazim|dolazimo|svratim|svratimo|navratim|navratimo"
            r"|posjetimo|posjetim|svraćam|svraćamo|navraćam|navraćamo|skoknem|skoknemo"
            r"|obiđem|obiđemo)\b",
            Action.VISIT,
        ),
    ),
    parcel_nouns=r"\b(?:paket\w*|pošiljk\w*|narudžb\w*|rob[aeu]|zamjen\w*|proizvod\w*"
    r"|artikl\w*|kutij\w*|limenk\w*|(?<!-)pošt(?:om|u)|kurir\w*|gls\w*|dhl\w*)\b",
    document_nouns=DOCUMENTS,
    function_words=FUNCTION_WORDS,
    object_pronouns=r"ga|ju|je|ih",
    prepositions=r"u|na|s|sa|za|do|od|iz|po|prema|preko|putem|kod|o|uz|nakon|prije|oko"
    r"|kroz|bez|zbog|radi|pri|k|ka|unutar|između|osim|umjesto|poput",
    money_nouns=r"\b(?:novac|novca|novce|novcem|iznos\w*|povrat(?:a|u|om|ak|ka|ku|e|i)?|uplat\w*"
    r"|kuna|eur\w*|razlik\w*|preplat\w*|akontacij\w*|predujm\w*|predujam|kapar\w*|polog\w*)\b",
    back_words=r"\b(?:natrag|nazad|povratn\w*|ponovno|opet|još jednom)\b",
    call_nouns=r"\b(?:poziv\w*)",
    by_phone=r"\b(?:telefonom|telefonski|mobitelom|putem telefona|na telefon|preko telefona"
    r"|na mobitel|na (?:vaš |vas )?poziv)\b",
    past_verbs=rf"\b{AUX_PAST}\s+(?:\S+\s+){{0,3}}?{PARTICIPLE}\b"
    rf"|\b{PARTICIPLE}\s+(?:\S+\s+){{0,2}}?{AUX_PAST}\b",
    action_nouns=(
        (r"\bpovrat(?:a|u|om|ak|ka|ku|e|i)?\b", Action.REFUND),
        (r"\b(?:dostav\w*|isporuk\w*)", Action.DELIVER),
        (r"\bprovjer\w*", Action.CHECK),
        (r"\bodgovor\w*", Action.REPLY),
        (r"\b(?:poziv\w*)", Action.CALL),
        (r"\b(?:otprem\w*|slanje)", Action.SHIP),
    ),
    commands=(
        (r"\b(?:nazovi|nazovite|zovi|zovni)\b", Action.CALL),
        (r"\b(?:pošalji|pošaljite|šalji)\b", Action.SEND),
        (r"\b(?:otpremi|otpremite)\b", Action.SHIP),
        (r"\b(?:javi|javite|odgovori|odgovorite|piši|napiši|potvrdi)\b", Action.REPLY),
        (r"\b(?:provjeri|provjerite|pogledaj|pitaj|upitaj|vidi)\b", Action.CHECK),
        (r"\b(?:vrati|vratite|uplati|isplati|refundiraj)\b", Action.REFUND),
        (r"\b(?:dostavi|donesi|dovezi|odnesi|odvezi)\b", Action.DELIVER),
        (r"\b(?:posjeti|svrati|navrati|otiđi)\b", Action.VISIT),
    ),
    day_prepositions=r"u|na|oko",
    ignore=r"dobar dan|jutros",
    habitual=r"\b(?:svaki|svakog|svaku|svake|svakodnevno|uvijek|obično|inače|redovito"
    r"|radnim danom|sve narudžbe|sve pošiljke)\b",
    from_shop=r"\bod (?:mene|nas)\b",
    from_other=r"\bod (?!mene\b|nas\b)(?:vašeg |vaše )?(?:kurir\w*|dostavljač\w*|pošt\w*"
    r"|gls\w*|dpd\w*|dhl\w*|banke|banka|dobavljač\w*|proizvođač\w*)",
    coordination=r"i|te",
    honorifics=r"gospodin\w*|gospođ\w*|g|gđa|gđo|gđi|gđice|dr|poštovani|poštovana|dragi|draga",
    inbox=r"\b(?:sandučić\w*|sandučet\w*|inbox\w*|pretinac|pretinc\w*|e-?mail\w*|mail\w*"
    r"|e-?pošt\w*)",
    reported=r"(?<!kako )(?<!kao što )\b(?:(?:rekli|spomenuli|napisali|pisali|najavili|naveli"
    r"|kazali|rekla|rekao|napisala|napisao|spomenula|spomenuo) ste|ste (?:mi |nam )?"
    r"(?:rekli|spomenuli|napisali|pisali|najavili|naveli|kazali)|kažete da|kažete)\b",
    same_day=r"\b(?:isti|istog|istoga) dan(?:a)?\b|\bna dan narudžbe\b",
    generic_orders=r"\b(?:narudžbe|sve narudžbe|pošiljke|paketi|narudžbe zaprimljene)\b",
    order_cutoff=r"\b(?:narudžbe|pošiljke|sve)\s*,?\s+(?:zaprimljene|primljene|poslane"
    r"|napravljene|plaćene|naručene|potvrđene|pristigle)\b|\bšto naručite\b",
    opening_hours=r"\b(?:radimo|otvoreni smo|otvoreno je|zatvaramo|radno vrijeme|radnog vremena"
    r"|dućan radi|trgovina radi|tu smo|ovdje smo)\b(?!\s+na\b)",
)
