"""German cues."""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, N, S = Needs.AUX1, Needs.NOTHING, Needs.SUBJECT1

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
        "zehn": 10,
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
        TimeRule(r"\b(?:um|gegen)\s+(?P<h>\d{1,2})\b(?![.:\d])"),
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
    verbs=(
        VerbRule(r"\b(?:erstatte|erstatten|überweise|überweisen)\b", Action.REFUND, S),
        VerbRule(
            r"\b(?:zurückerstatten|zurücküberweisen|erstatten|überweisen)\b", Action.REFUND, A
        ),
        VerbRule(
            r"\b(?:veranlasse|veranlassen|bearbeite|bearbeiten|erledige|erledigen)\b", None, S
        ),
        VerbRule(r"\b(?:erfolgt|erfolgen)\b", None),
        VerbRule(
            r"\b(?:rufe|rufen|telefoniere|telefonieren|melde mich telefonisch)\b", Action.CALL, S
        ),
        VerbRule(r"\b(?:anrufen|zurückrufen|telefonieren)\b", Action.CALL, A),
        VerbRule(r"\b(?:melde|melden)\b", Action.REPLY, S),
        VerbRule(r"\b(?:gebe|geben)\b[^.,;]{0,30}\bbescheid\b", Action.REPLY, S),
        VerbRule(
            r"\b(?:bescheid geben|melden|antworten|schreiben|zurückschreiben|informieren"
            r"|bestätigen)\b",
            Action.REPLY,
            A,
        ),
        VerbRule(
            r"\b(?:antworte|antworten|schreibe|schreiben|informiere|informieren"
            r"|bestätige|bestätigen)\b",
            Action.REPLY,
            S,
        ),
        VerbRule(
            r"\b(?:schicke|schicken|sende|senden|verschicke|verschicken|versende"
            r"|versenden|maile|mailen|lasse|lassen)\b",
            Action.SEND,
            S,
        ),
        VerbRule(
            r"\b(?:schicken|senden|verschicken|versenden|zukommen lassen|zusenden"
            r"|mailen)\b",
            Action.SEND,
            A,
        ),
        VerbRule(
            r"\b(?:wird|werden)\b[^.,;]{0,40}\b(?:zugeschickt|zugesandt|zugesendet|geschickt"
            r"|gesendet|gemailt)\b",
            Action.SEND,
        ),
        VerbRule(
            r"\bwird\b[^.,;]{0,40}\b(?:verschickt|versendet|versandt|verschickt"
            r"|abgeschickt|rausgeschickt)\b",
            Action.SHIP,
        ),
        VerbRule(
            r"\b(?:geben|gebe)\b[^.,;]{0,40}\b(?:in den versand|zur post|an dhl|an dpd"
            r"|an die post)\b",
            Action.SHIP,
            S,
        ),
        VerbRule(
            r"\b(?:prüfe|prüfen|überprüfe|überprüfen|kläre|klären|checke|checken"
            r"|kümmere|kümmern|erkundige|erkundigen|schaue|schauen|sehe|sehen|frage"
            r"|fragen|teste|testen)\b",
            Action.CHECK,
            S,
        ),
        VerbRule(
            r"\b(?:nachsehen|nachschauen|nachfragen|prüfen|klären|überprüfen)\b", Action.CHECK, A
        ),
        VerbRule(
            r"\b(?:erhalten|bekommen)\s+sie\b|\bsie\s+(?:erhalten|bekommen)\b", Action.DELIVER
        ),
        VerbRule(
            r"\b(?:wird|sollte|müsste|dürfte|werden|sollten)\b[^.,;]{0,40}\b(?:ankommen"
            r"|eintreffen|zugestellt|geliefert|da sein|bei ihnen sein|bei ihnen)\b",
            Action.DELIVER,
        ),
        VerbRule(r"\b(?:kommt|kommen|trifft|treffen)\b[^.,;]{0,40}\b(?:an|ein)\b", Action.DELIVER),
        VerbRule(r"\b(?:liefere|liefern|bringe|bringen|stelle|stellen)\b", Action.DELIVER, S),
        VerbRule(r"\b(?:liefern|bringen|zustellen|vorbeibringen)\b", Action.DELIVER, A),
        VerbRule(r"\b(?:komme|kommen|schaue|schauen)\b[^.,;]{0,40}\bvorbei\b", Action.VISIT, S),
        VerbRule(r"\b(?:besuche|besuchen)\b", Action.VISIT, S),
        VerbRule(r"\b(?:vorbeikommen|vorbeischauen|besuchen)\b", Action.VISIT, A),
    ),
    parcel_nouns=r"\b(?:paket(?:e|en)?|bestellung(?:en)?|ware|waren|sendung(?:en)?|ersatz\w*|lieferung"
    r"|päckchen|artikel|karton\w*)\b",
    money_nouns=r"\b(?:geld\w*|erstattung\w*|rückerstattung\w*|betrag\w*|gutschrift\w*"
    r"|rückzahlung\w*)\b",
    back_words=r"\b(?:zurück|zurückrufen)\b",
    action_nouns=(
        (r"\b(?:erstattung|rückerstattung|rückzahlung|gutschrift)\w*", Action.REFUND),
        (r"\b(?:lieferung|zustellung)\w*", Action.DELIVER),
        (r"\b(?:versand)\w*", Action.SHIP),
        (r"\b(?:prüfung|klärung)\w*", Action.CHECK),
        (r"\b(?:rückruf|anruf)\w*", Action.CALL),
        (r"\b(?:antwort|rückmeldung)\w*", Action.REPLY),
    ),
    subject1=r"\b(?:ich|wir)\b",
    subject_other=r"\b(?:sie|du|ihr|er|es|man)\b",
    negation_in_clause=True,
    habitual=r"\b(?:jeden|jede|jeder|täglich|immer|normalerweise|üblicherweise|in der regel"
    r"|werktags|montags|dienstags|mittwochs|donnerstags|freitags|samstags)\b",
    weekday_glued=r"vormittag|nachmittag|abend|morgen|mittag|früh",
    ignore=r"guten morgen|guten tag|guten abend|am morgen|heute morgen|jeden morgen"
    r"|schönen abend|schönes wochenende",
)
