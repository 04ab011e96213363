"""English cues."""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, N, S = Needs.AUX1, Needs.NOTHING, Needs.SUBJECT1
WE = r"\b(?:i'm|i am|we're|we are)\s+(?:just\s+|already\s+)?"

CUES = LanguageCues(
    code="en",
    weekdays={
        **dict.fromkeys(("monday", "mon"), 0),
        **dict.fromkeys(("tuesday", "tue", "tues"), 1),
        **dict.fromkeys(("wednesday", "wed"), 2),
        **dict.fromkeys(("thursday", "thu", "thur", "thurs"), 3),
        **dict.fromkeys(("friday", "fri"), 4),
        "saturday": 5,
        "sunday": 6,
    },
    relative_days={
        "today": 0,
        "later today": 0,
        "tonight": 0,
        "end of the day": 0,
        "end of day": 0,
        "eod": 0,
        "close of business": 0,
        "tomorrow": 1,
        "tmrw": 1,
        "the day after tomorrow": 2,
        "day after tomorrow": 2,
    },
    past_days=r"yesterday|last (?:week|month|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|night)|\bago\b",
    next_words=r"next|this|this coming|coming",
    recurring_before=r"every|each|on all|most",
    by_before=r"by|no later than|not later than|latest by|by the end of|before the end of",
    by_after=r"at the latest|latest",
    in_before=r"in|after|in about|in around",
    within_before=r"within|in the next|during the next",
    units={
        **dict.fromkeys(("minute", "minutes", "mins", "min"), Unit.MINUTE),
        **dict.fromkeys(("hour", "hours", "hrs"), Unit.HOUR),
        **dict.fromkeys(("day", "days"), Unit.DAY),
        **dict.fromkeys(
            ("working days", "working day", "business days", "business day"), Unit.WORKDAY
        ),
        **dict.fromkeys(("week", "weeks"), Unit.WEEK),
    },
    numbers={
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "ten": 10,
        "a couple of": 2,
        "a couple": 2,
        "couple of": 2,
        "twenty-four": 24,
        "forty-eight": 48,
    },
    times=(
        TimeRule(
            r"\b(?:at|around|about|from|after|@)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
            r"(?:\s*(?P<ap>am|pm|a\.m\.|p\.m\.|o'clock))?(?![\d:/]|\.\d)"
        ),
        TimeRule(
            r"\b(?:by|before|until|till)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
            r"\s*(?P<ap>am|pm|a\.m\.|p\.m\.|o'clock)",
            by=True,
        ),
        TimeRule(r"\b(?:by|before|until|till)\s+(?P<h>\d{1,2}):(?P<m>\d{2})\b", by=True),
        TimeRule(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>am|pm|a\.m\.|p\.m\.)"),
        TimeRule(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b"),
    ),
    pm_words=r"pm|p\.m\.",
    am_words=r"am|a\.m\.",
    dayparts={
        "morning": Daypart.MORNING,
        "in the morning": Daypart.MORNING,
        "first thing": Daypart.MORNING,
        "afternoon": Daypart.AFTERNOON,
        "in the afternoon": Daypart.AFTERNOON,
        "evening": Daypart.EVENING,
        "in the evening": Daypart.EVENING,
        "tonight": Daypart.EVENING,
    },
    noon=r"(?:at\s+)?(?:noon|midday|lunchtime)",
    week_next=r"next week|early next week|in the coming week",
    week_end=r"(?:the )?end of (?:the|this) week|this week|end of week",
    clause_split=r",|;|:|\band\b|\bthen\b|\bbut\b|\bso\b|\bor\b|\s[-–—]\s|\bwhile\b",
    aux1=r"\b(?:i|we)\s*(?:'ll|will|shall|'m going to|am going to|'re going to|are going to"
    r"|'m gonna|are gonna|'re gonna|'d like to|would like to|promise to|plan to|intend to"
    r"|'d be (?:happy|glad) to|would be (?:happy|glad) to|'ll be (?:happy|glad) to"
    r"|'ll make sure to|will make sure to)\b|\blet me\b|\b(?:and|then)\s+(?:will|'ll)\b"
    r"|\bi'll\b|\bwe'll\b|\bi promise\b",
    aux3=r"\b(?:will|'ll|should|is going to|are going to|shall)\b",
    negation=r"\b(?:not|never|won't|can't|cannot|don't|didn't|unable to|no)\b[\w' ]{0,12}$",
    subordinate=r"\b(?:if|when|once|unless|whether|after|as soon as)\s+(?:\w+\s+){0,2}$",
    blockers=r"\byou(?:'ll| will| can| could| may| might| need| want| should| have| are"
    r"| were|'re| please)\b|\bif\b|\bwhen\b|\bonce\b|\bunless\b|\bwhether\b|\bwon't\b"
    r"|\bcan't\b|\bcannot\b|\bplease\b|\bfeel free\b|\bcan\b|\bcould\b|\bmay\b|\bmight\b"
    r"|\b(?:he|she|they)\b|\bdid\b|\bhave\b|\bhad\b|\bwould you\b",
    verbs=(
        VerbRule(
            r"\b(?:email|e-mail|message|text|ping) you\b(?! (?:the|a|an|our|your|it|them)\b)",
            Action.REPLY,
            A,
        ),
        VerbRule(r"\b(?:refund|reimburse|pay (?:you )?back)\b", Action.REFUND, A),
        VerbRule(
            r"\b(?:refund|money)\b[^.;]{0,40}?\b(?:will|should) be (?:processed|issued"
            r"|sent|transferred|paid|credited|back|returned|with you)\b",
            Action.REFUND,
        ),
        VerbRule(r"\bwill be refunded\b", Action.REFUND),
        VerbRule(
            r"\byou(?:'ll| will| should) (?:get|receive|have|see) (?:your |the )?"
            r"(?:money|refund)\b",
            Action.REFUND,
        ),
        VerbRule(WE + r"refunding\b", Action.REFUND),
        VerbRule(
            r"\b(?:call|phone|ring|telephone|give you a (?:quick )?(?:call|ring|bell))\b",
            Action.CALL,
            A,
        ),
        VerbRule(WE + r"(?:calling|phoning|ringing)\b", Action.CALL),
        VerbRule(r"\breturn your call\b", Action.CALL_BACK, A),
        VerbRule(r"\b(?:ship|dispatch|post)\b", Action.SHIP, A),
        VerbRule(WE + r"(?:shipping|dispatching|posting)\b", Action.SHIP),
        VerbRule(r"\bwe (?:ship|dispatch)\b", Action.SHIP),
        VerbRule(
            r"\bwill (?:be )?(?:shipped|dispatched|posted|sent out|go out|leave)\b", Action.SHIP
        ),
        VerbRule(r"\b(?:send|email|e-mail|mail|forward)\b", Action.SEND, A),
        VerbRule(WE + r"(?:sending|emailing|mailing)\b", Action.SEND),
        VerbRule(r"\bwe send\b", Action.SEND),
        VerbRule(r"\bwill be sent\b", Action.SEND),
        VerbRule(
            r"\b(?:get back to you|let you know|reply|answer|respond|write back|write"
            r"|update you|confirm|drop you a line|be in touch|get in touch|follow up"
            r"|come back to you|send word)\b",
            Action.REPLY,
            A,
        ),
        VerbRule(WE + r"(?:writing|replying|getting back)\b", Action.REPLY),
        VerbRule(
            r"\b(?:check|look into|have a look|take a look|look at|find out|verify"
            r"|double-check|investigate|ask|sort (?:it|this|that) out|test)\b",
            Action.CHECK,
            A,
        ),
        VerbRule(WE + r"(?:checking|looking into)\b", Action.CHECK),
        VerbRule(r"\b(?:deliver|bring|drop off|hand over)\b", Action.DELIVER, A),
        VerbRule(
            r"\b(?:will|'ll|should) (?:arrive|reach you|be delivered|be with you"
            r"|get to you|be there|turn up|land)\b",
            Action.DELIVER,
        ),
        VerbRule(
            r"\byou(?:'ll| will| should) (?:get|receive|have) (?:it|them|the|your)\b",
            Action.DELIVER,
        ),
        VerbRule(WE + r"(?:delivering|bringing)\b", Action.DELIVER),
        VerbRule(
            r"\b(?:visit|come by|come over|come round|come around|drop by|drop in|stop by"
            r"|pop (?:round|by|over|in)|come to you|swing by|be with you)\b",
            Action.VISIT,
            A,
        ),
        VerbRule(WE + r"(?:coming|visiting|popping)\b", Action.VISIT),
    ),
    parcel_nouns=r"\b(?:parcel|package|order|goods|items?|replacement|box|shipment|boxes"
    r"|parcels|packages|orders|bottles?|tins?)\b",
    money_nouns=r"\b(?:money|refund|payment|amount|deposit)\b",
    back_words=r"\bback\b",
    subject1=r"\b(?:i|we)\b",
    subject_other=r"\b(?:you|he|she|they|it)\b",
    habitual=r"\b(?:every|each|daily|usually|always|normally|generally|weekdays)\b",
    ignore=r"good morning|good afternoon|good evening|this morning",
)
