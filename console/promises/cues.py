"""The shape of a language's cue tables (the tables themselves are in ``lang/``).

Patterns are regular expressions written in lower case, with or without diacritics:
they are folded (``fold.fold_pattern``) and matched against folded text, so "ću" also
matches "cu" and "çarşamba" matches "carsamba".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from console.promises.kinds import Action


class Needs(StrEnum):
    """What makes a matched verb form a commitment of the shop."""

    NOTHING = "nothing"
    """The form itself is first person future or present-as-future ("позвоню", "šaljemo")."""
    AUX1 = "aux1"
    """An infinitive or participle: needs a first-person future auxiliary ("I'll", "ću")."""
    AUX3 = "aux3"
    """A third- or second-person future ("it will arrive", "stići će", "boste prejeli")."""
    SUBJECT1 = "subject1"
    """A finite form shared by several persons: needs "ich"/"wir"/"I"/"we" as subject."""


class Daypart(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


class Unit(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    HALF_HOUR = "half_hour"
    """"Half an hour", "pola sata", "полчаса", "yarım saat": 30 minutes each."""
    DAY = "day"
    WORKDAY = "workday"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class VerbRule:
    pattern: str
    action: Action | None
    """None: a light verb ("izvršiti", "yapmak", "erfolgen") whose action is the noun's."""
    needs: Needs = Needs.NOTHING
    informing: bool = False
    """A verb that only passes information on ("email", "forward", "proslijediti",
    "переслать", "iletmek"): what it sends is never goods, so it stays a send."""
    shipping: bool = False
    """A verb that only moves goods ("ship", "dispatch", "in den Versand geben",
    "otpremiti", "отгрузить", "odposlati", "kargoya vermek"): a ship whatever it carries."""
    receiving: bool = False
    """The customer getting something ("you'll get", "bekommen Sie", "dobit ćete",
    "получите", "boste prejeli"): from the shop ("von mir", ``from_shop``) it is what the
    shop sends (a document is sent, goods are shipped); else a document is still sent."""
    needs_money: bool = False
    """A verb that is a refund only with money in its clause ("prebacit ćemo novac",
    "деньги переведу", "hesabınıza geçeceğim"): elsewhere it means something else."""
    aux: str = ""
    """The auxiliaries this verb takes instead of the language's ``aux1``/``aux3`` (Croatian
    "stići/doći" take "će", never "ćete": "ćete doći" is the customer coming)."""


@dataclass(frozen=True, slots=True)
class TimeRule:
    """A clock time: groups ``h`` (hour), optional ``m`` (minute) and ``ap`` (am/pm word)."""

    pattern: str
    by: bool = False
    """The rule itself states a deadline ("do 14 sati", "bis 14 Uhr")."""
    next_to_day: bool = False
    """A bare hour ("u 9", "в 10"): a clock time only right next to a day ("sutra u 9",
    "в пятницу в 10", "u 9 u petak"); alone it may count anything ("u 2 dijela")."""


@dataclass(frozen=True, slots=True)
class LanguageCues:
    code: str
    weekdays: dict[str, int]
    """Every grammatical form of each weekday → 0 (Monday) … 6 (Sunday)."""
    relative_days: dict[str, int]
    """"today" 0, "tomorrow" 1, "the day after tomorrow" 2 (all forms)."""
    past_days: str
    """Words that put an event in the past ("yesterday", "last week")."""
    next_words: str
    """Words before a weekday that keep its meaning ("next", "this", "coming")."""
    recurring_before: str
    """Words before a day that make it a habit, not a promise ("every")."""
    by_before: str
    """Deadline words before an expression ("by", "do", "bis", "до", "en geç")."""
    by_after: str
    """Deadline words after an expression ("at the latest", "kadar", "spätestens")."""
    in_before: str
    """"in" before an amount of time ("in", "za", "čez", "через")."""
    within_before: str
    """"within" before an amount of time: a deadline."""
    units: dict[str, Unit]
    numbers: dict[str, int]
    times: tuple[TimeRule, ...]
    pm_words: str
    am_words: str
    dayparts: dict[str, Daypart]
    week_next: str
    """"next week": the whole next week, from its Monday."""
    week_end: str
    """"by the end of the week" / "this week": a deadline on the week's last working day."""
    clause_split: str
    aux1: str
    aux3: str
    negation: str
    """Matched on the few words just before a verb (or anywhere in its clause for "de")."""
    subordinate: str
    """Matched on the few words just before a finite verb ("da", "if", "če", "если")."""
    blockers: str
    """Between an auxiliary and its verb: words that take the verb out of the promise."""
    verbs: tuple[VerbRule, ...]
    parcel_nouns: str
    money_nouns: str
    back_words: str
    """Near a call verb: a call back ("back", "natrag", "zurück", "nazaj", "geri")."""
    action_nouns: tuple[tuple[str, Action], ...] = ()
    """Nouns that give a light verb its action ("povrat" → refund)."""
    subject1: str = ""
    subject_other: str = ""
    negation_in_clause: bool = False
    within_after: str = ""
    """"within" after an amount of time (Turkish "içinde"): a deadline."""
    in_after: str = ""
    """"in"/"after" after an amount of time (Turkish "sonra")."""
    weekday_suffix: str = ""
    """Optional words after a weekday ("günü")."""
    weekday_glued: str = ""
    """A part of the day written together with a weekday ("Donnerstagnachmittag")."""
    recurring_after: str = ""
    ignore: str = ""
    """Phrases that look like dates and are not ("guten Morgen")."""
    noon: str = ""
    habitual: str = ""
    """Words that make a clause a habit ("we ship every day at 2 pm"): its times are not due."""
    month_extra: dict[str, int] = field(default_factory=dict)
    """Month forms dateparser's data lacks (Slovenian genitive "decembra")."""
    month_suffix: str = ""
    """Case endings glued to a month name (Turkish "Aralık'ta")."""
    call_nouns: str = ""
    """A call as a noun ("poziv", "klic"): a returning verb on it is a call back
    ("vratit ću vam poziv", "vrnil vam bom klic"), not a refund."""
    by_phone: str = ""
    """"By phone" ("telefonom", "telefonisch", "по телефону") or "to your call" ("na vaš
    poziv", "aramanıza"): getting back to the customer so is a call back ("I'll get back
    to you by phone", "javit ću vam se telefonom", "aramanıza yarın döneceğim")."""
    past_verbs: str = ""
    """Past-tense verb forms ("we posted", "poslali smo", "haben … verschickt", "отправили",
    "gönderdik"): the times of a clause that has one and no promise are the past event's,
    never handed to a neighbouring clause ("We posted it on Friday, so it should be …")."""
    converb: str = ""
    """A verb form chained to the next one, which carries person and tense (Turkish "gelip",
    "arayıp", "kontrol edip"): it ends its clause, and commits when the chain's last verb
    is one of ``chain_end``."""
    chain_end: str = ""
    """First-person commitment forms of any verb, the last verb of a converb chain
    ("gelip rafı kuracağız")."""
    commands: tuple[tuple[str, Action], ...] = ()
    """Typed reminders only: imperative and dictionary forms ("pokliči", "ara", "nazovi")."""
    day_prepositions: str = ""
    """Typed reminders only: prepositions a day or time leaves behind ("u", "am", "в")."""
    document_nouns: str = ""
    """Documents and information ("invoice", "quote", "tracking number", "link", "photos",
    "catalogue", "samples"), in every inflected form: sending them is a send, even with a
    verb that may ship ("post", "verschicken"), but not with one that only ships
    (``VerbRule.shipping``)."""
    function_words: str = ""
    """Words that are never what a send verb carries: pronouns, articles, particles,
    adverbs, auxiliaries ("you", "it", "vam", "ga", "gerne", "обязательно", "size").
    Any other word in the verb's clause is taken for goods ("Ihren Schal verschicken
    wir", "šal šaljemo", "шарф отправим"): a ship."""
    prepositions: str = ""
    """The next words after these are a prepositional phrase, not what is sent ("to your
    address", "photos of the table", "мёд из нового урожая")."""
    postpositions: str = ""
    """The word before these is governed by them (Turkish "e-posta ile", "tamir için")."""
    object_form: str = ""
    """What a word must look like to be the object of a send verb unless it stands right
    before the verb (Turkish: the accusative "atkınızı", "Catan'ı", never the dative
    "adresinize"; a bare object right before: "bir fincan gönderiyoruz")."""
    object_pronouns: str = ""
    """Object pronouns ("it", "sie", "ga", "его", "onu"): a send verb with one and no
    object of its own carries what its sentence named before, goods unless a document."""
    object_side: str = "both"
    """Where the object of a verb stands: "after" it (English), "before" it (Turkish), or
    "both" (free word order)."""
    nouns_capitalized: bool = False
    """German: only a capitalized word is a noun, so only one can be what is sent."""
    inbox: str = ""
    """The customer's inbox or e-mail ("in your inbox", "u sandučiću", "im Postfach", "на
    почту", "v nabiralniku", "gelen kutunuzda"): something that arrives there is sent, not
    delivered ("you'll have the quote in your inbox by Friday"), unless a parcel is named."""
    reported: str = ""
    """What the customer said they would do ("you said", "rekli ste", "Sie sagten", "вы
    сказали", "omenili ste", "söylemiştiniz"; not "as you said"): the words after it in
    its clause (before it in Turkish), and the next clause when nothing else follows, are
    the customer's plan, never the shop's promise."""
    same_day: str = ""
    """"The same day" ("isti dan", "am selben Tag", "в тот же день", "aynı gün"): with
    ``generic_orders`` or a cut-off time ("by 12") it states a shop policy, not a promise."""
    generic_orders: str = ""
    """Orders in general, as a plural subject ("orders", "narudžbe", "Bestellungen",
    "заказы", "naročila", "siparişler")."""
    order_cutoff: str = ""
    """Orders in general with the condition of when they are placed ("orders placed by",
    "narudžbe zaprimljene do", "Bestellungen, die bis … eingehen", "заказы, оформленные
    до", "naročila, oddana do", "kadar verilen siparişler"): what the shop then does with
    them is a policy, up to the verb that says it."""
    from_shop: str = ""
    """"From me/us" ("von mir", "od mene", "от меня", "od nas", "benden"): what the customer
    gets so is what the shop sends (see ``VerbRule.receiving``)."""
    from_other: str = ""
    """"From" someone else ("from the courier", "von DHL", "od kurira", "от курьера"): what
    the customer gets so is no promise of the shop's."""
    coordination: str = ""
    """The word joining two nouns ("and", "i", "und", "и", "in", "ve"): a clause split there
    may have cut an object in two ("Fotografije korica | i autorova potpisa poslat ću")."""
    honorifics: str = ""
    """Titles before a name ("Mr", "Frau", "gospođi", "госпоже"): the capitalized word after
    one is a person, never what is sent."""
    opening_hours: str = ""
    """Opening hours ("we're open till 1", "radimo do 13 sati", "geöffnet", "работаем до"):
    a habit, so their times are no due (read as ``habitual``)."""
    hedges: str = ""
    """Words that hedge a clause ("maybe", "vielleicht", "možda", "может быть", "morda",
    "belki"): a verb in it, or right after a clause of only such words, is no promise."""
