"""German cues.

Separable verbs put their particle at the end of the clause ("ich rufe Sie morgen an",
"die Bestellung geht am 3. Dezember raus"): ``_sep`` reads the finite verb with its
particle, so that the particle decides the action ("rufe … zurück" is a call back).
"""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, N, S = Needs.AUX1, Needs.NOTHING, Needs.SUBJECT1

CLAUSE_END = (
    r"(?=\s*(?:[.,;:!?)§]|$|\b(?:und|oder|aber|dann|sowie|sobald|wenn|falls|damit|weil"
    r"|um|da|am|im|ab|bis|spätestens|gleich|noch)\b))"
)
"""The end of a clause, or a time said after the particle ("ich rufe Sie an am Montag";
"§" is a time expression as it is masked when verbs are read)."""


GAP = r"(?:[^.,;:!?§]|§++)"
"""One word character of the gap between a verb and its particle, a masked time counting
as one ("ich gebe Ihnen spätestens in drei Tagen Bescheid")."""


def _sep(finite: str, particle: str) -> str:
    """A separable verb: a finite form of ``finite`` ("rufe", "geht") and, at the end of
    its clause, ``particle`` ("an", "raus", "in den Versand"), also after a date set off
    by commas ("Wir kommen am Samstag, den 12. Dezember, vorbei": the closing comma is
    the date's, see ``timex``)."""
    return rf"\b(?:{finite})\b{GAP}{{0,60}}?\b(?:{particle}){CLAUSE_END}"


DOCUMENTS = (
    r"\b\w*(?:rechnung|quittung|beleg|angebot|kostenvoranschl[aä]g|voranschl[aä]g"
    r"|kalkulation|schätzung|preisliste|katalog|prospekt|broschüre|flyer|link|foto|bild"
    r"|bilder|aufnahme|scan|video|skizze|entw[uü]rf|zeichnung|bestätigung|etikett|label"
    r"|anleitung|details?|information|info|unterlagen|dokument|vertr[aä]g|formular|datei"
    r"|pdf|kopie|zertifikat|gutschein|code|nummer|mail|sms|whatsapp|nachricht|brief"
    r"|übersicht|liste|verzeichnis(?:s)?|muster|probe|adresse|daten|angabe|maße|antwort"
    r"|update|vorschl[aä]g|screenshot|abbildung|beschreibung|auskunft|bescheid|bericht"
    r"|gutachten|protokoll|befund|ergebnis(?:s)?|auswertung|einschätzung|bewertung"
    r"|diagnose|blatt|blätter|zettel|lieferschein)(?:e|en|er|ern|n|s|es)?\b"
)
"""What is sent, not shipped: documents and information, in every case and number, and
as the head of a compound ("Auftragsbestätigung", "Sendungsnummer", "Kostenvoranschläge";
not "Bilderrahmen" or "Fotoalbum", which are goods)."""

FUNCTION_WORDS = (
    r"ich|wir|sie|ihnen|ihr|ihre|ihren|ihrem|ihres|ihrer|es|er|uns|mir|mich|dir|euch|das"
    r"|die|der|den|dem|des|ein|eine|einen|einem|einer|eines|dies\w*|jene\w*|alles|alle"
    r"|beide|beides|gerne|gern|dann|also|natürlich|selbstverständlich|sicher|bestimmt"
    r"|gleich|sofort|direkt|noch|schon|auch|umgehend|heute|morgen|bald|endlich|nun|jetzt"
    r"|zusammen|persönlich|nochmal|nochmals|wie|besprochen|vereinbart|versprochen|damit"
    r"|dazu|frau|herr|herrn|liebe|lieber|hallo|guten|tag|sehr|geehrte|geehrter|werde"
    r"|werden|wird|würde|würden|möchte|möchten|will|wollen|lasse|lassen|zukommen|extra"
    r"|separat|vorab|erst|schnell|schnellstmöglich|baldmöglichst|rechtzeitig|pünktlich"
    r"|leider|hoffentlich|wieder|ebenfalls|außerdem|zudem|bereits|ja|doch|mal|dort|hier"
    r"|dafür|daher|deshalb|deswegen|so|vielen|dank|danke|und|oder|aber|dass|nicht|kein"
    r"|keine|ab|raus|los|heraus|hinaus|an|auf|zu|zur|zum|mit|per|bei|nach|von|vom|für"
    r"|in|im|am|um|bis|spätestens|allerspätestens|einfach|wohl|eben|etwa|ganz|schon"
    r"|sobald|wenn|falls|weil|ob|kurz|kurze|kurzen|ebenso|selbst|jetzt|erstmal"
)
"""Never what a send verb carries (only capitalized words are nouns anyway)."""

PAST_AUX = r"(?:habe|haben|hat|hatte|hatten|habt|bin|sind|ist|war|waren|wurde|wurden)"
PARTICIPLE = r"(?:\w*ge\w+(?:t|en)|(?:ver|be|er|ent|zer|über)\w+(?:t|en)|\w+iert)"
PRETERITE = (
    r"ging|gingen|kam|kamen|rief|riefen|sprach|sprachen|schickte|schickten|sandte|sandten"
    r"|verschickte|verschickten|versandte|versandten|lieferte|lieferten|brachte|brachten"
    r"|telefonierte|telefonierten|meldete|meldeten|schrieb|schrieben|gab|gaben|war|waren"
    r"|hatte|hatten|erhielten|erhielt|bekamen|bekam"
)

CUES = LanguageCues(
    code="de",
    weekdays={
        "montag": 0,
        "dienstag": 1,
        "mittwoch": 2,
        "donnerstag": 3,
        "freitag": 4,
        "samstag": 5,
        "sonnabend": 5,
        "sonntag": 6,
    },
    relative_days={
        "heute": 0,
        "heute noch": 0,
        "noch heute": 0,
        "heute abend": 0,
        "im laufe des tages": 0,
        "morgen": 1,
        "übermorgen": 2,
    },
    past_days=r"gestern|vorgestern|letzte\w* (?:woche|monat|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag)|vorige\w* woche|\bvor \w+ tagen",
    next_words=r"nächsten|nächste|kommenden|kommende|diesen|diese|am nächsten|am kommenden"
    r"|am diesen",
    recurring_before=r"jeden|jede|jeder|immer",
    by_before=r"bis|bis spätestens|spätestens|spätestens am|spätestens bis|bis zum|bis am"
    r"|bis kommenden|bis nächsten|bis spätestens am",
    by_after=r"spätestens|allerspätestens",
    in_before=r"in|nach",
    within_before=r"innerhalb von|innerhalb der nächsten|innerhalb|binnen|in den nächsten",
    units={
        **dict.fromkeys(("minute", "minuten", "min"), Unit.MINUTE),
        **dict.fromkeys(("stunde", "stunden", "std"), Unit.HOUR),
        **dict.fromkeys(("halbe stunde", "halben stunde", "halbstunde"), Unit.HALF_HOUR),
        **dict.fromkeys(("tag", "tage", "tagen"), Unit.DAY),
        **dict.fromkeys(
            (
                "werktag",
                "werktage",
                "werktagen",
                "arbeitstag",
                "arbeitstagen",
                "arbeitstage",
                "geschäftstagen",
                "geschäftstage",
            ),
            Unit.WORKDAY,
        ),
        **dict.fromkeys(("woche", "wochen"), Unit.WEEK),
    },
    numbers={
        "ein": 1,
        "einem": 1,
        "einer": 1,
        "eine": 1,
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "zwölf": 12,
        "vierzehn": 14,
        "fünfzehn": 15,
        "zwanzig": 20,
        "dreißig": 30,
        "ein paar": 2,
        "zwei bis drei": 3,
    },
    times=(
        TimeRule(
            r"\b(?:um|gegen|ab|zwischen|so gegen|etwa um|ca\.)\s+(?P<h>\d{1,2})"
            r"(?:[:.](?P<m>\d{2}))?\s*uhr\b"
        ),
        TimeRule(
            r"\b(?:bis|vor|spätestens um|bis spätestens)\s+(?P<h>\d{1,2})"
            r"(?:[:.](?P<m>\d{2}))?\s*uhr\b",
            by=True,
        ),
        TimeRule(r"\b(?:um|gegen)\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})\b(?!\.\d)"),
        TimeRule(r"\b(?:um|gegen)\s+(?P<h>\d{1,2})\b(?![:\d]|\.\d)"),
        TimeRule(r"\bbis\s+(?P<h>\d{1,2})\b(?![:\d]|\.\d)", by=True, next_to_day=True),
        TimeRule(r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*uhr\b"),
        TimeRule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b"),
    ),
    pm_words=r"nachmittags|abends",
    am_words=r"morgens|vormittags|früh",
    dayparts={
        "früh": Daypart.MORNING,
        "morgens": Daypart.MORNING,
        "vormittag": Daypart.MORNING,
        "vormittags": Daypart.MORNING,
        "am vormittag": Daypart.MORNING,
        "in der früh": Daypart.MORNING,
        "gleich morgens": Daypart.MORNING,
        "nachmittag": Daypart.AFTERNOON,
        "nachmittags": Daypart.AFTERNOON,
        "nach dem mittagessen": Daypart.AFTERNOON,
        "nach der mittagspause": Daypart.AFTERNOON,
        "am nachmittag": Daypart.AFTERNOON,
        "abend": Daypart.EVENING,
        "abends": Daypart.EVENING,
        "am abend": Daypart.EVENING,
    },
    noon=r"(?:gegen\s+|am\s+|zu\s+)?mittag|mittags",
    week_next=r"(?:nächste|kommende|in der nächsten|in der kommenden|anfang nächster"
    r"|anfang der nächsten)\s+woche|nächster woche",
    week_end=r"(?:bis )?ende (?:dieser|der) woche|diese woche|dieser woche|im laufe der woche",
    clause_split=r",|;|:|\bund\b|\baber\b|\bdann\b|\bdanach\b|\boder\b|\bsowie\b|\s[-–—]\s",
    aux1=r"\b(?:ich werde|wir werden|werde ich|werden wir|und werde|und werden|lasse ich"
    r"|lassen wir|ich möchte|wir möchten|ich will|wir wollen|ich würde|wir würden)\b",
    aux3=r"\b(?:wird|werden|sollte|sollten|müsste|müssten|dürfte|dürften)\b",
    negation=r"\b(?:nicht|kein|keine|keinen|nie|niemals)\b",
    subordinate=r"\b(?:wenn|falls|ob|sobald|dass|damit|bevor|nachdem|weil)\s+(?:\w+\s+){0,3}$",
    blockers=r"\b(?:wenn|falls|ob|sobald|können|könnten|kann|könnte|dürfen|müssen|bitte"
    r"|sie können|möchten sie|wollen sie)\b",
    hedges=r"\b(?:vielleicht|eventuell|möglicherweise|unter umständen|wahrscheinlich)\b",
    verbs=(
        VerbRule(
            _sep("zahle|zahlen|überweise|überweisen|erstatte|erstatten|buche|buchen", "zurück"),
            Action.REFUND,
            S,
        ),
        VerbRule(r"\b(?:erstatte|erstatten|überweise|überweisen)\b", Action.REFUND, S),
        VerbRule(_sep("schreibe|schreiben", "gut"), Action.REFUND, S),
        VerbRule(
            _sep("kommt|kommen|geht|gehen|fließt|fließen", "zurück"),
            Action.REFUND,
            needs_money=True,
        ),
        VerbRule(
            r"\b(?:zurückerstatten|zurücküberweisen|zurückzahlen|erstatten|überweisen)\b",
            Action.REFUND,
            A,
        ),
        VerbRule(
            r"\b(?:veranlasse|veranlassen|bearbeite|bearbeiten|erledige|erledigen)\b", None, S
        ),
        VerbRule(r"\b(?:erfolgt|erfolgen)\b", None),
        VerbRule(_sep("rufe|rufen", "an|zurück|durch"), Action.CALL, S),
        VerbRule(r"\b(?:rufe|rufen|telefoniere|telefonieren)\b", Action.CALL, S),
        VerbRule(r"\b(?:anrufen|zurückrufen|telefonieren|durchrufen)\b", Action.CALL, A),
        VerbRule(r"\b(?:melde|melden)\b", Action.REPLY, S),
        VerbRule(
            rf"\b(?:gebe|geben|sage|sagen)\b{GAP}{{0,40}}?\b(?:bescheid|rückmeldung"
            r"|nachricht|auskunft)\b",
            Action.REPLY,
            S,
        ),
        VerbRule(_sep("halte|halten", "auf dem laufenden"), Action.REPLY, S),
        VerbRule(
            r"\b(?:bescheid geben|bescheid sagen|melden|antworten|schreiben|zurückschreiben"
            r"|informieren|benachrichtigen|bestätigen|zurückmelden|rückmeldung geben)\b",
            Action.REPLY,
            A,
        ),
        VerbRule(
            r"\b(?:antworte|antworten|schreibe|schreiben|informiere|informieren"
            r"|benachrichtige|benachrichtigen|bestätige|bestätigen)\b",
            Action.REPLY,
            S,
        ),
        # The order as the subject: "die Bestellung geht am Montag raus / in den Versand"
        # ("in den Versand" only ships; what "geht raus" may be a document: "die Rechnung").
        VerbRule(
            _sep("geht|gehen", "in den versand|in die post|zur post|an die post"),
            Action.SHIP,
            shipping=True,
        ),
        VerbRule(
            _sep("geht|gehen", "raus|heraus|hinaus|auf die reise|auf den weg|an sie raus|an sie"),
            Action.SHIP,
        ),
        VerbRule(_sep("geht|gehen", "zu"), Action.SEND),
        VerbRule(
            _sep("macht|machen", "auf den weg(?: zu ihnen)?|auf die reise"), Action.SHIP
        ),  # "die Rechnung geht Ihnen morgen zu"
        VerbRule(
            _sep(
                "schicke|schicken|sende|senden|verschicke|verschicken|versende|versenden",
                "ab|raus|heraus|los",
            ),
            Action.SHIP,
            S,
        ),
        # Handing to the carrier only ships ("geben … in den Versand", "übergeben … DHL").
        VerbRule(
            rf"\b(?:übergebe|übergeben)\b{GAP}{{0,50}}?\b(?:de[mn] |die |der )?(?:kurier"
            r"|post|dhl|dpd|ups|gls|hermes|spedition|paketdienst|versand)\w*",
            Action.SHIP,
            S,
            shipping=True,
        ),
        VerbRule(
            _sep(
                "gebe|geben|bringe|bringen",
                "in den versand|zur post|an dhl|an dpd|an ups|an gls|an hermes|an die post"
                "|an den kurier|auf die post|zum paketshop|zur packstation",
            ),
            Action.SHIP,
            S,
            shipping=True,
        ),
        VerbRule(_sep("gebe|geben|bringe|bringen", "auf|ab|auf den weg"), Action.SHIP, S),
        VerbRule(
            r"\b(?:in den versand geben|zur post bringen|an (?:dhl|dpd|ups|gls|hermes) übergeben"
            r"|dem kurier übergeben)\b",
            Action.SHIP,
            A,
            shipping=True,
        ),
        VerbRule(r"\b(?:maile|mailen)\b", Action.SEND, S, informing=True),
        VerbRule(_sep("leite|leiten", "weiter"), Action.SEND, S, informing=True),
        VerbRule(
            r"\b(?:schicke|schicken|sende|senden|verschicke|verschicken|versende"
            r"|versenden|lasse|lassen)\b",
            Action.SEND,
            S,
        ),
        VerbRule(r"\b(?:mailen|weiterleiten)\b", Action.SEND, A, informing=True),
        VerbRule(
            r"\b(?:schicken|senden|verschicken|versenden|zukommen lassen|zusenden)\b",
            Action.SEND,
            A,
        ),
        VerbRule(
            r"\b(?:wird|werden)\b[^.,;]{0,40}\b(?:zugeschickt|zugesandt|zugesendet|geschickt"
            r"|gesendet|gemailt)\b",
            Action.SEND,
        ),
        VerbRule(
            r"\b(?:wird|werden)\b[^.,;]{0,40}\b(?:in den versand gehen|in den versand"
            r" gegeben|zur post gebracht|(?:an|bei) (?:dhl|dpd|ups|gls|hermes|der post)"
            r" aufgegeben)\b",
            Action.SHIP,
            shipping=True,
        ),
        VerbRule(
            r"\b(?:wird|werden)\b[^.,;]{0,40}\b(?:verschickt|versendet|versandt"
            r"|abgeschickt|rausgeschickt|rausgehen|herausgehen|auf den weg gebracht"
            r"|aufgegeben)\b",
            Action.SHIP,
        ),
        VerbRule(
            r"\b(?:wird|werden)\b[^.,;]{0,40}\b(?:erstattet|zurückerstattet|rückerstattet"
            r"|gutgeschrieben|zurücküberwiesen|zurückgezahlt|zurückgebucht)\b",
            Action.REFUND,
        ),
        VerbRule(
            rf"\b(?:haben\s+sie|sie\s+haben)\b(?={GAP}{{0,60}}?\bzurück{CLAUSE_END})",
            Action.REFUND,
            needs_money=True,
        ),
        # "Das Geld ist bis Mittwoch wieder auf Ihrem Konto" (money in the clause).
        VerbRule(
            r"\b(?:ist|sind|wird|werden|sollte|sollten|dürfte|müsste|liegt|landet)\b"
            rf"(?={GAP}{{0,60}}?\b(?:wieder |zurück )?auf ihr(?:em|er|e|en)? \w*(?:konto"
            r"|karte|paypal))",
            Action.REFUND,
            needs_money=True,
        ),
        VerbRule(
            _sep(
                "komme|kommen|schaue|schauen|fahre|fahren|sehe|sehen",
                "vorbei|rüber|raus|zu ihnen|bei ihnen vorbei",
            ),
            Action.VISIT,
            S,
        ),
        VerbRule(
            rf"\b(?:werfe|werfen)\b{GAP}{{0,40}}?\bblick\b"
            rf"|\b(?:nehme|nehmen)\b{GAP}{{0,40}}?\bunter die lupe\b",
            Action.CHECK,
            S,
        ),
        VerbRule(
            r"\b(?:prüfe|prüfen|überprüfe|überprüfen|kläre|klären|checke|checken"
            r"|untersuche|untersuchen|begutachte|begutachten|inspiziere|inspizieren"
            r"|kümmere|kümmern|erkundige|erkundigen|schaue|schauen|sehe|sehen|frage"
            r"|fragen|teste|testen|hake|haken)\b",
            Action.CHECK,
            S,
        ),
        VerbRule(_sep("probiere|probieren", "aus"), Action.CHECK, S),
        VerbRule(
            r"\b(?:ausprobieren|testen|nachsehen|nachschauen|nachfragen|prüfen|klären|überprüfen|nachhaken"
            r"|untersuchen|begutachten|ansehen|anschauen|einen blick (?:darauf )?werfen)\b",
            Action.CHECK,
            A,
        ),
        VerbRule(
            r"\b(?:erhalten|bekommen)\s+sie\b|\bsie\s+(?:erhalten|bekommen)\b",
            Action.DELIVER,
            receiving=True,
        ),
        VerbRule(
            r"\b(?:wird|sollte|müsste|dürfte|werden|sollten)\b[^.,;]{0,40}\b(?:ankommen"
            r"|eintreffen|zugestellt|geliefert|da sein|bei ihnen sein|bei ihnen"
            r"|(?:im|in ihrem) (?:e-mail-)?(?:postfach|posteingang))\b",
            Action.DELIVER,
        ),
        # "Sie haben das Angebot bis Freitag im Postfach", "die Rechnung liegt morgen in
        # Ihrem Posteingang": arriving in the inbox (a send: see ``inbox``).
        VerbRule(
            r"(?:\b(?:haben|finden)\s+sie\b|\bsie\s+(?:haben|finden)\b|\b(?:ist|sind|liegt"
            r"|liegen|landet|landen)\b)(?=(?:[^.,;:!?§]|§++,?){0,60}\b(?:im|in ihrem|ins|in ihr)\s+"
            r"(?:e-mail-|mail-)?(?:postfach|posteingang|mailpostfach))",
            Action.DELIVER,
        ),
        VerbRule(_sep("kommt|kommen|trifft|treffen", "an|ein|bei ihnen an"), Action.DELIVER),
        VerbRule(
            _sep("bringe|bringen|liefere|liefern|stelle|stellen", "vorbei|aus|zu")
            + "|"
            + _sep("fahre|fahren", "aus"),
            Action.DELIVER,
            S,
        ),
        VerbRule(r"\b(?:liefere|liefern|bringe|bringen|stelle|stellen)\b", Action.DELIVER, S),
        VerbRule(r"\b(?:liefern|bringen|zustellen|vorbeibringen|ausliefern)\b", Action.DELIVER, A),
        VerbRule(r"\b(?:komme|kommen|schaue|schauen)\b[^.,;]{0,40}\bvorbei\b", Action.VISIT, S),
        VerbRule(
            rf"\b(?:stehe|stehen)\b(?={GAP}{{0,50}}?\bvor (?:ihrer |der )?(?:haus|laden)?tür\b)",
            Action.VISIT,
            S,
        ),
        VerbRule(
            r"\b(?:komme|kommen|fahre|fahren|bin|sind)\b(?=(?:[^.,;§]|§++,?){0,40}\b(?:zu ihnen"
            r"|bei ihnen)\b)",
            Action.VISIT,
            S,
        ),
        VerbRule(r"\b(?:besuche|besuchen)\b", Action.VISIT, S),
        # Picking something up at the customer's is coming to them.
        VerbRule(
            rf"\b(?:hole|holen)\b(?={GAP}{{0,50}}?\bbei ihnen\b{GAP}{{0,30}}?\bab\b)",
            Action.VISIT,
            S,
        ),
        VerbRule(r"\b(?:vorbeikommen|vorbeischauen|besuchen)\b", Action.VISIT, A),
    ),
    parcel_nouns=r"\b(?:paket(?:e|en)?|bestellung(?:en)?|ware|waren|sendung(?:en)?|ersatz\w*|lieferung"
    r"|päckchen|artikel|karton\w*|produkt\w*|(?:per|mit der|mit|über die|über) (?:post|dhl"
    r"|dpd|ups|gls|hermes|kurier))\b",
    document_nouns=DOCUMENTS,
    function_words=FUNCTION_WORDS,
    object_pronouns=r"sie|es|ihn",
    prepositions=r"an|auf|mit|per|bei|nach|von|vom|für|in|im|am|zu|zur|zum|über|unter|aus"
    r"|ohne|inklusive|samt|gegen|durch|um|bis|ab|wegen|zwecks|beim|ins|ans|aufs|fürs",
    nouns_capitalized=True,
    money_nouns=r"\b(?:geld\w*|erstattung\w*|rückerstattung\w*|\w*betrag\w*|gutschrift\w*"
    r"|rückzahlung\w*|differenz\w*|überzahlung\w*|anzahlung\w*|kaution\w*)\b",
    back_words=r"\b(?:zurück|zurückrufen|nochmal|noch einmal|nochmals|erneut|wieder)\b",
    call_nouns=r"\b(?:anruf|anrufe|rückruf)\w*",
    by_phone=r"\b(?:telefonisch|per telefon|am telefon|übers telefon|über das telefon"
    r"|auf ihren anruf)\b",
    past_verbs=rf"\b{PAST_AUX}\b[^.,;:!?]{{0,80}}?\b{PARTICIPLE}(?=\W*$)|\b(?:{PRETERITE})\b",
    action_nouns=(
        (r"\b(?:erstattung|rückerstattung|rückzahlung|gutschrift)\w*", Action.REFUND),
        (r"\b(?:lieferung|zustellung)\w*", Action.DELIVER),
        (r"\b(?:versand)\w*", Action.SHIP),
        (r"\b(?:prüfung|klärung)\w*", Action.CHECK),
        (r"\brückruf\w*", Action.CALL_BACK),
        (r"\banruf\w*", Action.CALL),
        (r"\b(?:antwort|rückmeldung)\w*", Action.REPLY),
    ),
    subject1=r"\b(?:ich|wir)\b",
    subject_other=r"\b(?:sie|du|ihr|er|es|man)\b",
    negation_in_clause=True,
    habitual=r"\b(?:jeden|jede|jeder|täglich|immer|normalerweise|üblicherweise|in der regel"
    r"|werktags|montags|dienstags|mittwochs|donnerstags|freitags|samstags"
    r"|alle bestellungen)\b",
    weekday_glued=r"vormittag|nachmittag|abend|morgen|mittag|früh",
    commands=(
        (r"\bruf\b[^.,;]{0,40}\ban\b", Action.CALL),
        (r"\bruf\b[^.,;]{0,40}\bzurück\b", Action.CALL_BACK),
        (r"\b(?:schick|sende)\b", Action.SEND),
        (r"\b(?:schreib|antworte|melde dich|zurückmelden)\b", Action.REPLY),
        (r"\b(?:prüf|nachhaken|checken)\b", Action.CHECK),
        (r"\b(?:zurückzahlen|rückerstatten)\b", Action.REFUND),
        (r"\b(?:ausliefern|bring)\b", Action.DELIVER),
        (r"\b(?:vorbeifahren|vorbeigehen|hinfahren)\b", Action.VISIT),
    ),
    day_prepositions=r"am|um|an|im|ab|gegen",
    ignore=r"guten morgen|guten tag|guten abend|am morgen|heute morgen|jeden morgen"
    r"|schönen abend|schönes wochenende",
    from_shop=r"\bvon (?:mir|uns)\b",
    from_other=r"\bvon (?!mir\b|uns\b)(?:de[mrn] |ihre[mrn]? )?\w+",
    coordination=r"und|sowie",
    honorifics=r"frau|herr|herrn|dr|liebe|lieber|hallo",
    inbox=r"\b(?:\w*postfach\w*|posteingang\w*|e-?mail\w*|mail\w*|inbox)",
    reported=r"(?<!wie )\b(?:sie (?:sagten|meinten|schrieben|erwähnten|erzählten|hatten"
    r" (?:gesagt|geschrieben|erwähnt|gemeint)|haben (?:uns |mir )?(?:gesagt|geschrieben"
    r"|erwähnt|mitgeteilt))|(?:sagten|schrieben|erwähnten|meinten) sie)\b",
    same_day=r"\b(?:am|noch am) (?:selben|gleichen) tag\b|\btaggleich\b|\bam tag der"
    r" bestellung\b|\bam bestelltag\b",
    generic_orders=r"\b(?:bestellungen|aufträge|pakete|sendungen|alle bestellungen)\b",
    order_cutoff=r"\b(?:bestellungen|aufträge)\s*,\s*die\b|\b(?:bestellungen|aufträge)\s+§"
    r"|\b(?:eingegangene|aufgegebene|bezahlte|eingehende)\s+(?:bestellungen|aufträge)\b"
    r"|\bwas\b[^,.;]{0,30}\bbestellt\b",
    opening_hours=r"\b(?:geöffnet|öffnungszeiten|offen|ladenschluss|schließen wir|wir"
    r" schließen|erreichbar)\b",
)
