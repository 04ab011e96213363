"""English cues."""

from __future__ import annotations

from console.promises.cues import Daypart, LanguageCues, Needs, TimeRule, Unit, VerbRule
from console.promises.kinds import Action

A, N, S = Needs.AUX1, Needs.NOTHING, Needs.SUBJECT1
WE = r"\b(?:i'm|i am|we're|we are)\s+(?:just\s+|already\s+)?"
PHONE = r"(?<!by )(?<!the )(?<!by tele)"
"""Not "by phone", "on the phone": those say how, not that we call."""
NOUN = r"(?<!your )(?<!the )(?<!a )(?<!my )(?<!our )(?<!his )(?<!her )(?<!their )"
"""Not "your call", "the call": a call as a noun is no verb."""

REGULAR_PAST = r"(?!(?:need|proceed|exceed|succeed|feed|speed|bleed|seed|indeed)\b)\w{2,}ed"
SIMPLE_PAST = (
    r"sent|spoke|rang|came|went|brought|gave|got|took|told|wrote|paid|made|did|didn't|had"
    r"|left|put|met|saw|sold|bought|found|heard|was|were|dropped"
)
PARTICIPLE = (
    r"sent|spoken|rung|come|gone|brought|given|got|gotten|taken|told|written|paid|made"
    r"|done|left|put|sold|bought|found|heard|been"
)
ADVERB = r"(?:\w+ly\s+|already\s+|just\s+|also\s+|only\s+|not\s+|never\s+)?"

TO_CARRIER = (
    r"[^.,;]{0,30}?\bto (?:the )?(?:courier|post office|post|carrier|dhl|ups|dpd|gls|evri"
    r"|fedex|royal mail|depot)\b"
)
"""Handing the goods to the carrier ("we'll hand the order to the courier") is shipping."""

DOCUMENT_WORDS = (
    r"invoices?|receipts?|bills?|quotes?|quotations?|estimates?|offers?|proposals?"
    r"|price ?lists?|prices|catalogues?|catalogs?|brochures?|leaflets?|flyers?|tracking"
    r"|links?|photos?|photographs?|pictures?|pics?|snaps?|images?|videos?|screenshots?"
    r"|scans?|drawings?|sketch(?:es)?|designs?|mock-?ups?|proofs?|drafts?|previews?"
    r"|confirmations?|labels?|instructions?|manuals?|guides?|details|information|info"
    r"|specs?|specifications?|measurements|dimensions|contracts?|agreements?|terms|forms?"
    r"|documents?|documentation|paperwork|files?|pdfs?|certificates?|warrant(?:y|ies)"
    r"|vouchers?|codes?|passwords?|e-?mails?|messages?|notes?|repl(?:y|ies)|answers?"
    r"|updates?|reminders?|lists?|overview|summary|schedule|address(?:es)?|account"
    r"|samples?|swatch(?:es)?|charts?|newsletters?|statements?|reports?|write-?ups?"
    r"|results?|findings|diagnosis|assessments?|valuations?|appraisals?|costings?"
    r"|breakdown|numbers?|options|suggestions|ideas|recommendations|feedback|text"
    r"|description|sizes|size guide|colours|colors|artwork|requests?|invitations?"
    r"|invites?|listings?|sms|whatsapps?"
)
DOCUMENTS = (
    rf"\b(?:{DOCUMENT_WORDS}|cop(?:y|ies)(?= of (?:[^\s.,;]+ ){{0,2}}?(?:{DOCUMENT_WORDS})\b)"
    r"|cop(?:y|ies)(?= (?:by|via|over) e-?mail))\b"
)
"""What is sent, not shipped: documents and information (and samples, swatches).  A
"copy" is goods ("we're shipping your copy") unless it is a copy of a document ("a copy
of the invoice")."""

FUNCTION_WORDS = (
    r"i|we|you|it|them|him|her|us|me|they|he|she|this|that|these|those|the|a|an|your|our"
    r"|my|its|their|his|some|any|all|both|each|everything|anything|something|one|ones"
    r"|over|out|off|across|along|back|through|round|around|up|down|away|together|again"
    r"|also|just|too|as|well|straight|right|first|thing|soon|asap|quickly|promptly"
    r"|definitely|certainly|surely|personally|then|now|will|'ll|shall|be|going|gonna|happy"
    r"|glad|sure|make|promise|plan|intend|would|like|'d|i'll|we'll|i'm|we're|i've|we've"
    r"|it's|let's|am|are|is|let|only|already|still|finally|hopefully|probably|immediately"
    r"|directly|separately|later|early|latest|least|please|thanks|thank|course|kindly"
    r"|no|not|more|most|so|and|but|or|if|when|once|there|here|ahead|forward|extra|own"
    r"|try|able|get|have|do|can|should|whole|lot|off|yourself|ourselves|myself|today"
    r"|tomorrow|tonight|asap|again|anyway|actually|really|very|by|to|at|on|in|of|for"
    r"|with|via|from|receive|find|see"
)
"""Never what a send verb carries: pronouns, articles, particles, adverbs."""

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
    # Not the "by" of "come by", "drop by" ("we'll drop by tomorrow" is a visit tomorrow).
    by_before=r"(?<!come )(?<!drop )(?<!stop )(?<!swing )(?<!pop )(?<!call )(?<!nip )"
    r"(?<!pass )(?<!popping )(?<!coming )(?<!dropping )(?<!stopping )by|no later than"
    r"|not later than|latest by|by the end of|before the end of",
    by_after=r"at the latest|latest",
    in_before=r"in|after|in about|in around",
    within_before=r"within|in the next|during the next",
    units={
        **dict.fromkeys(("minute", "minutes", "mins", "min"), Unit.MINUTE),
        **dict.fromkeys(("hour", "hours", "hrs", "the hour"), Unit.HOUR),
        **dict.fromkeys(("half an hour", "half hour", "half-hour", "1/2 hour"), Unit.HALF_HOUR),
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
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "twelve": 12,
        "fourteen": 14,
        "fifteen": 15,
        "twenty": 20,
        "thirty": 30,
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
        "after lunch": Daypart.AFTERNOON,
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
    r"|\b(?:he|she|they)\b|\bdid\b|\bhave\b(?!\s+(?:a|another)\b)|\bhad\b|\bwould you\b",
    hedges=r"\b(?:maybe|perhaps|possibly|probably)\b",
    verbs=(
        VerbRule(
            r"\b(?:email|e-mail|message|text|ping) you\b(?! (?:the|a|an|our|your|it|them)\b)",
            Action.REPLY,
            A,
        ),
        VerbRule(r"\b(?:refund|reimburse|pay (?:you )?back)\b", Action.REFUND, A),
        VerbRule(
            r"\bpay\b(?=(?:\s+(?:[^\s,;]*\d[.,]\d+|[^\s.,;]+)){1,4}?\s+back\b)", Action.REFUND, A
        ),
        VerbRule(
            r"\b(?:refund|money)\b[^.;]{0,40}?\b(?:will|should) be (?:processed|issued"
            r"|sent|transferred|paid|credited|back|returned|with you)\b",
            Action.REFUND,
        ),
        VerbRule(r"\bwill be (?:refunded|credited|reimbursed|paid back)\b", Action.REFUND),
        VerbRule(
            r"\b(?:will|should) be back (?:on|in|into|onto) your (?:\w+ )?(?:card|account|bank"
            r"|paypal)\b",
            Action.REFUND,
        ),
        VerbRule(r"\bcredit\b(?= (?:you|your|the|it|them|back)\b)", Action.REFUND, A),
        # "We'll have the refund back on your card", "get your money back into your account".
        VerbRule(
            r"\b(?:have|get|put)\b(?=(?:\s+[^\s.,;]+){1,8}?\s+back\s+(?:on|in|into|onto|to)"
            r"\s+your\s+(?:\w+\s+)?(?:card|account|bank|paypal))",
            Action.REFUND,
            A,
        ),
        VerbRule(
            r"\byou(?:'ll| will| should) (?:get|receive|have|see) (?:your |the )?"
            r"(?:money|refund)\b",
            Action.REFUND,
        ),
        VerbRule(WE + r"refunding\b", Action.REFUND),
        VerbRule(
            r"\breturn\s+(?:\S+\s+){0,2}?(?:call|calls|phone call|missed call)\b",
            Action.CALL_BACK,
            A,
        ),
        # "Call round/by/in" is coming to the customer, not phoning.
        VerbRule(r"\bcall (?:round|by|in on you|in at yours)\b", Action.VISIT, A),
        VerbRule(
            rf"\b(?:{NOUN}call|{PHONE}phone|ring|{PHONE}telephone"
            r"|give you a (?:quick )?(?:call|ring|bell)(?: back)?"
            r"|make (?:a |the )?(?:quick )?(?:phone )?call)\b",
            Action.CALL,
            A,
        ),
        VerbRule(WE + r"(?:calling|phoning|ringing)\b", Action.CALL),
        # "Ship" and "dispatch" only move goods ("we're shipping your copy"); "post" may
        # carry a document ("I'll post the signed contract"): its object decides.
        VerbRule(r"\b(?:ship|dispatch)\b", Action.SHIP, A, shipping=True),
        VerbRule(WE + r"(?:shipping|dispatching)\b", Action.SHIP, shipping=True),
        VerbRule(r"\b(?:i|we) (?:ship|dispatch)\b", Action.SHIP, shipping=True),
        VerbRule(r"\bpost\b(?! office)", Action.SHIP, A),
        VerbRule(
            r"(?<!the )(?<!a )(?<!your )(?<!our )(?<!by )(?<!via )\bcourier\b",
            Action.SHIP,
            A,
            shipping=True,
        ),
        # "Pop your order in the post": the object decides (a card may be posted too).
        VerbRule(
            r"\b(?:pop|put|stick|drop)\b(?=(?:\s+[^\s.,;]+){1,5}?\s+in the post\b)", Action.SHIP, A
        ),
        VerbRule(WE + r"posting\b", Action.SHIP),
        VerbRule(r"\b(?:i|we) post\b", Action.SHIP),
        VerbRule(rf"\b(?:hand|give|take)\b{TO_CARRIER}", Action.SHIP, A, shipping=True),
        VerbRule(rf"\b(?:i|we) (?:hand|give|take)\b{TO_CARRIER}", Action.SHIP, shipping=True),
        VerbRule(r"\bwill (?:be )?(?:shipped|dispatched)\b", Action.SHIP, shipping=True),
        VerbRule(r"\bwill (?:be )?(?:posted|sent out|go out|leave)\b", Action.SHIP),
        # What leaves the shop ("will be on its way", "goes out to you on Monday", "ships on
        # Monday"): its subject decides (the invoice goes out too).
        VerbRule(
            r"\b(?:will|should|'ll) be on (?:its|their) way\b|\b(?:goes|go) (?:out|in the post"
            r"|into the post)\b|\bships\b",
            Action.SHIP,
        ),
        # "We'll get your order dispatched", "I'll get the invoice sent off".
        VerbRule(
            r"\b(?:get|have)\b(?=(?:\s+[^\s.,;]+){1,4}?\s+(?:dispatched|shipped|posted"
            r"|sent(?: out| off| over)?)\b)",
            Action.SHIP,
            A,
        ),
        VerbRule(r"\b(?:send|mail)\b", Action.SEND, A),
        # "I'll get the invoice over to you", "get it to you by Friday": what decides.
        VerbRule(
            r"\bget\b(?=\s+(?!back\b|in touch\b|round\b|to\b)(?:[^\s.,;]+\s+){1,5}?"
            r"(?:(?:over|across|out|through|off)\s+)?to you\b)",
            Action.SEND,
            A,
        ),
        VerbRule(r"\b(?:email|e-mail|forward)\b", Action.SEND, A, informing=True),
        # "I'll text you the tracking link": a message with something in it.
        VerbRule(
            r"\b(?:text|message|whatsapp|ping|dm)\b(?= (?:you|them) (?:over )?(?:the|a|an|our"
            r"|your|it|them|this|that|these|those)\b)",
            Action.SEND,
            A,
            informing=True,
        ),
        VerbRule(WE + r"(?:sending|mailing)\b", Action.SEND),
        VerbRule(WE + r"(?:emailing|forwarding)\b", Action.SEND, informing=True),
        VerbRule(r"\b(?:i|we) (?:send|mail)\b", Action.SEND),
        VerbRule(r"\bwill be sent\b", Action.SEND),
        VerbRule(
            r"\b(?:get back to you|let you know|reply|answer|respond|write back|write"
            r"|inform you|notify you|advise you|keep you (?:posted|updated|informed)"
            r"|give you an update|fill you in"
            r"|update you|confirm|drop you a line|be in touch|get in touch|follow up"
            r"|come back to you|send word)\b",
            Action.REPLY,
            A,
        ),
        VerbRule(WE + r"(?:writing|replying|getting back|letting you know)\b", Action.REPLY),
        # "Come (round) and have a look": one visit, its purpose said with "and".
        VerbRule(
            r"\b(?:come|pop|nip|drop) (?:round |over |by |out |in )?and (?:have|take|check|look"
            r"|see|inspect|measure|fix|sort|assess|collect|pick)\b"
            r"(?: (?:a|another) (?:\w+ )?look\b)?",
            Action.VISIT,
            A,
        ),
        VerbRule(
            r"\b(?:check|look into|(?:have|take|give (?:it|them))\s+(?:a|another)\s+(?:\w+\s+)?"
            r"look|look (?:at|over|through)|go (?:through|over)|inspect|examine|review|assess"
            r"|find out|verify"
            r"|double-check|investigate|ask|sort (?:it|this|that) out|test|try (?:it |them )?out"
            r"|run (?:a |the )?(?:full |quick )?diagnostics?|open (?:it |them )?up)\b",
            Action.CHECK,
            A,
        ),
        VerbRule(
            WE
            + r"(?:checking|testing|looking into|looking at|(?:having|taking) a (?:\w+ )?look)\b",
            Action.CHECK,
        ),
        VerbRule(r"\b(?:deliver|bring|drop off|hand over)\b", Action.DELIVER, A),
        # "I'll have them with you in 3 days": the goods brought to the customer.
        VerbRule(r"\bhave\b(?=(?:\s+[^\s.,;]+){1,4}?\s+with you\b)", Action.DELIVER, A),
        # "Drop the sofa off", "drop it round": bringing the goods (not "drop round").
        VerbRule(
            r"\bdrop\b(?=(?:\s+(?!by\b|in\b)[^\s.,;]+){1,3}?\s+(?:off|round|over)\b)",
            Action.DELIVER,
            A,
        ),
        VerbRule(
            r"\b(?:will|'ll|should) (?:arrive|reach you|be delivered|be with you"
            r"|get to you|be there|turn up|land|be in your (?:inbox|mailbox|e-?mail|email|hands)"
            r"|hit your inbox)\b",
            Action.DELIVER,
        ),
        # "Expect the photos from me tomorrow": what the shop sends.
        VerbRule(
            r"\bexpect\b(?=(?:\s+[^\s.,;]+){1,8}?\s+from (?:me|us)\b)",
            Action.DELIVER,
            receiving=True,
        ),
        # "Expect the quote in your inbox", "I'll have the quote in your inbox by Friday"
        # (a send: see ``inbox``).
        VerbRule(
            r"\bexpect\b(?=(?:\s+[^\s.,;]+){1,8}?\s+in your (?:\w+ )?(?:inbox|mailbox|e-?mail"
            r"|email)\b)",
            Action.DELIVER,
        ),
        VerbRule(
            r"\bhave\b(?=(?:\s+[^\s.,;]+){1,8}?\s+in(?:to)? your (?:\w+ )?(?:inbox|mailbox"
            r"|e-?mail|email)\b)",
            Action.DELIVER,
            A,
        ),
        VerbRule(
            r"\byou(?:'ll| will| should) (?:get|receive|have|find) (?:it|them|the|your|my|our"
            r"|a|an|this|that|these|those)\b(?!(?: \w+)? (?:visit|knock)\b)",
            Action.DELIVER,
            receiving=True,
        ),
        VerbRule(WE + r"(?:delivering|bringing|dropping)\b", Action.DELIVER),
        # "Drive out to the yard", "head over to you": travelling to the customer's (not to
        # the post office or the supplier).
        VerbRule(
            r"\b(?:drive|head|travel|walk|cycle|ride|come|go|pop|nip|swing|run)"
            r"(?: (?:out|over|round|across|down|up))? to (?!the (?:post office|post|depot"
            r"|courier|bank|supplier|warehouse|wholesaler|printers?|market|airport|station)\b)"
            r"(?:you\b|yours\b|your\b|the (?:yard|farm|stables?|site|house|flat|venue"
            r"|restaurant|café|cafe|salon|school|church|hall|club|garden|barn|field|allotment"
            r"|marina|boat)\b)",
            Action.VISIT,
            A,
        ),
        VerbRule(
            r"\b(?:visit|come by|come over|come round|come around|drop by|drop in|drop round"
            r"|stop by|pop (?:round|by|over|in|out)|nip (?:round|over|by|in)|come (?:out )?to"
            r" (?:you|your)|swing by|be with you|be round|be over|be at yours|be at your (?:place"
            r"|house|home|flat|yard|farm|stables?|office|restaurant|café|cafe|salon|venue))\b",
            Action.VISIT,
            A,
        ),
        VerbRule(
            WE + r"(?:coming|visiting|popping|dropping by|calling round|nipping)\b", Action.VISIT
        ),
        # Picking something up at the customer's is coming to them.
        VerbRule(
            r"\b(?:pick (?:\S+ ){0,2}?up|collect)\b(?=[^.,;]{0,40}\bfrom (?:you|yours|your"
            r" (?:house|home|place|flat|office|shop|door))\b)",
            Action.VISIT,
            A,
        ),
        # The present as a commitment when a future time is said with it ("we deliver on
        # Monday", "I call you tomorrow"); a habit ("every Monday") has no due time.
        VerbRule(r"\b(?:i|we) (?:call|ring|phone)\b", Action.CALL),
        VerbRule(r"\b(?:i|we) (?:refund|reimburse)\b", Action.REFUND),
        VerbRule(r"\b(?:i|we) (?:deliver|bring|drop off)\b", Action.DELIVER),
        VerbRule(r"\b(?:i|we) (?:check|inspect|examine|look into)\b", Action.CHECK),
        VerbRule(
            r"\b(?:i|we) (?:visit|come (?:by|round|over|around)|pop (?:round|by|over|in))\b",
            Action.VISIT,
        ),
    ),
    parcel_nouns=r"\b(?:parcel|package|order|goods|items?|replacement|box|shipment|boxes"
    r"|parcels|packages|orders|bottles?|tins?|products?|(?:by|via|with the|with a|in the)"
    r" (?:post|courier|mail|dhl|ups|fedex|dpd|gls|evri|royal mail))\b",
    document_nouns=DOCUMENTS,
    function_words=FUNCTION_WORDS,
    object_pronouns=r"it|them",
    # Only what the customer gets from the shop is read by its noun ("you'll get a call
    # from me on Tuesday"): English has no light verbs.
    action_nouns=(
        (r"\b(?:call|ring|phone call|bell)\b", Action.CALL),
        (r"\b(?:answer|reply|response|verdict|decision)\b", Action.REPLY),
    ),
    prepositions=r"to|at|by|with|for|via|from|of|in|on|about|into|onto|under|without"
    r"|including|inside|within|through|until|till|after|before|per|regarding|towards?"
    r"|between|across|than|like",
    object_side="after",
    money_nouns=r"\b(?:money|refund|payment|amount|deposit|difference|balance|overpayment"
    r"|overcharge)\b",
    back_words=r"\b(?:back|again)\b",
    by_phone=r"\b(?:by phone|by telephone|over the phone|on the phone|with a call|by a call"
    r"|to your call|to your missed call)\b",
    past_verbs=rf"\b(?:i|we|they|he|she|it|you)\s+{ADVERB}(?:{REGULAR_PAST}|{SIMPLE_PAST})\b"
    # Without a subject, as notes are written: "Posted it on Friday", "and sent them …".
    rf"|(?:^|(?<=[.!?,;:\n])|(?<=\band )|(?<=\bthen ))\s*{ADVERB}(?:{REGULAR_PAST}"
    rf"|{SIMPLE_PAST})\s+(?:it|them|this|that|the|your|a|an|out|off|over|you)\b"
    rf"|\b(?:i've|we've|they've|have|has|had|was|were)\s+{ADVERB}(?:been\s+)?"
    rf"(?:{REGULAR_PAST}|{PARTICIPLE})\b",
    subject1=r"\b(?:i|we)\b",
    subject_other=r"\b(?:you|he|she|they|it)\b",
    habitual=r"\b(?:every|each|daily|usually|always|normally|generally|weekdays"
    r"|all (?:our |of our )?orders)\b",
    commands=(
        (r"\b(?:call|ring|phone)\b", Action.CALL),
        (r"\bsend\b", Action.SEND),
        (r"\bship\b", Action.SHIP),
        (r"\b(?:reply|answer|write to)\b", Action.REPLY),
        (r"\bcheck\b", Action.CHECK),
        (r"\brefund\b", Action.REFUND),
        (r"\bdeliver\b", Action.DELIVER),
        (r"\bvisit\b", Action.VISIT),
    ),
    day_prepositions=r"on|at",
    ignore=r"good morning|good afternoon|good evening|this morning",
    inbox=r"\b(?:inbox|in-box|mailbox|e-?mails?|emails?)\b",
    reported=r"(?<!as )(?<!like )\byou(?:'d| had)? (?:said|mentioned|told (?:me|us)|wrote"
    r"|explained|let (?:me|us) know|were saying|were planning)\b",
    from_shop=r"\bfrom (?:me|us|our (?:shop|studio|workshop|side|end))\b",
    from_other=r"\bfrom (?!me\b|us\b|our\b)(?:the |your |a |an )?[a-z]\w*",
    honorifics=r"mr|mrs|ms|miss|dr|mx|sir|madam|dear|hi|hello|hey|thanks|mister",
    same_day=r"\bsame[- ]day\b|\bon the day (?:of|you) (?:order|purchase|place)\w*",
    generic_orders=r"\b(?:orders|all orders|parcels|purchases)\b",
    order_cutoff=r"(?<!your )(?<!the )(?<!both )(?<!these )(?<!those )\b(?:orders|anything"
    r"|everything|items|purchases)\s+(?:placed|received|made|submitted|ordered|paid(?: for)?"
    r"|confirmed)\b",
    opening_hours=r"(?<!when )(?<!while )(?<!if )\b(?:we're|we are|we'll be|the shop is"
    r"|the shop's|shop is|store is|studio is|workshop is) open\b|\bopen (?:until|till|til"
    r"|from|between|§)|\bwe close\b|\bwe shut\b|\bclosing time\b|\bopening (?:hours|times)\b"
    r"|\b(?:we're|we are) (?:here|in|around|in the shop|in the workshop) (?:until|till|til"
    r"|from|§)",
)
