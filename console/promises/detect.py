"""Finding the promises in the owner's own words (a reply, a note, a call log).

A promise is an action the shop commits to — call, call back, send, ship, reply, check,
refund, deliver, visit — with a time.  What counts:

* The verb must be the shop's commitment: a first-person future or present-as-future
  ("I'll call", "nazvat ću", "ich rufe … an", "позвоню", "pokličem", "arayacağım"), or a
  statement about the order's future ("it will arrive", "stići će").  Past forms ("we
  called", "zvali smo"), invitations ("feel free to call us", "javite nam se"), offers
  ("we can send"), negations, questions and conditions never are.
* The verb must have a time in its sentence: the time expressions of its own clause, or
  of a neighbouring clause that has no verb of its own ("I'll send it, by Friday at the
  latest").  A commitment without any time ("I'll call you back") is not reported.  A
  clause in the past tense keeps its times ("We posted it on Friday, so it should be with
  you soon": Friday is when it was posted, not when it arrives).
* German separable verbs are read with their particle at the clause end ("ich rufe Sie
  morgen an", "die Bestellung geht am 3. Dezember raus"); a Turkish converb ("gelip",
  "arayıp") ends its clause and takes person and tense from the last verb of its chain
  ("Perşembe saat 10'da gelip rafı kuracağız" is a visit on Thursday at 10).
* The words around a verb refine its action: a call "back" is a call back, so is
  returning a call ("vratit ću vam poziv") and getting back to the customer by phone;
  delivering money is a refund.
* Send or ship is decided by what is sent (``_send_or_ship``): documents and information
  (an invoice, a quote, a tracking number, photos, in every inflected form, also with a
  phrase after them: "отчёт с фотографиями", "Fotografije korica i autorova potpisa") are
  sent, even with a verb that may ship ("post", "verschicken", "poslati"); goods ("Ihren
  Schal verschicken wir", "šal šaljemo", "шарф отправим", "atkınızı göndereceğiz"), the
  order, a quoted title ("«Колонизаторов»", "„Catan“"), a name where the object stands
  ("we'll ship Wingspan") and "your copy" are shipped.  A pronoun ("it", "ga", "его",
  "sie", "jo", "onu") stands for the nearest thing named before it, in its sentence or
  the one before.  A verb that only moves goods ("ship", "dispatch", "in den Versand
  geben", "otpremiti", "отгрузить", "odposlati", "kargoya vermek") is a ship whatever it
  carries (``VerbRule.shipping``).
* What the customer will get from the owner ("bekommen Sie bis Dienstag von mir", "you'll
  get it from me", "dobit ćete od mene", "получите от меня") is what the owner sends: a
  document is sent, goods shipped, a call or an answer is that call or reply; a text from
  the courier is no promise of the shop's (``_received``).
* Money on its way back is a refund, also said of the money ("the refund will be back on
  your card", "das Geld ist wieder auf Ihrem Konto", "novac će vam biti vraćen", "деньги
  вернутся на карту", "denar bo na vašem računu", "kartınıza iade edilecek").
* A present tense of the shop ("dovozimo u ponedjeljak", "we ship on Monday", "отправляем
  завтра", "yarın gönderiyoruz") is a commitment when a future time is said with it; a
  habit ("every Monday", "obično") has no due time.
* Coming to the customer is a visit ("drive out to the yard", "bit ću kod vas", "буду у
  вас", "bom pri vas", "yanınızda olacağım"), and what the owner comes to do is its
  purpose, not a promise of its own ("I'll come round to look at the frame on Thursday",
  "заеду посмотреть шкаф", "gelip dolaba bakacağım"): a check after a visit in its clause
  (or its converb chain) is dropped (``_purposes``).
* Something arriving in the customer's inbox is sent, not delivered ("you'll have the
  quote in your inbox by Friday", "ponuda će vam biti u sandučiću do petka").
* The customer's own plans ("you said you'd pick it up on Saturday", "rekli ste da ćete
  doći u subotu", "Вы сказали, что заедете") and shop policies ("Orders placed by 12 ship
  the same day", "Narudžbe zaprimljene do 12 sati šaljemo isti dan") are no promises:
  their verbs and times are not read (``_silenced``); opening hours ("radimo do 13 sati",
  "we're open till 1") are a habit.
* A send verb with no object of its own may carry the object of the clause before it in
  its sentence ("Зайчика довяжу в четверг, а отправлю в пятницу": goods, so a ship).
* Lines quoted from the customer (``>``) are not read.

:func:`detect_promises` is pure and fast (tables are compiled once per language): the
UI may run it on every pause in typing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from console.promises.cues import Daypart, LanguageCues, Needs, VerbRule
from console.promises.due import (
    AFTERNOON_START,
    EVENING_END,
    MORNING_END,
    BusinessHours,
    Due,
    resolve,
)
from console.promises.fold import fold_pattern, fold_text
from console.promises.kinds import Action
from console.promises.languages import cues_for
from console.promises.timex import MONEY, TimeExpr, find_time_expressions

MASK = "§"
_QUOTED = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*]|\d+[.)])\s)")
_ABBREVIATION = re.compile(
    r"\b(?:руб|р|коп|тыс|млн|г|ул|д|ca|bzw|evtl|ggf|inkl|zzgl|exkl|nr|str|tel|npr"
    r"|tj|itd|oz|st|vs|approx|incl|kn|eur|tl|chf|usd|gbp|min|kom|stk|pcs|gosp|sv)$"
)
"""A word whose dot is no sentence end when the sentence goes on in lower case ("120
руб. во вторник", "ca. am Montag")."""
_STRIP = " \t\r\n,;:-–—"
_LAST_WORDS = re.compile(r"(?:\S+\s+){1,2}$")
_NEXT_WORDS = re.compile(r"(\s+)(\S+)(?:\s+(\S+))?(?:\s+(\S+))?")


@dataclass(frozen=True, slots=True)
class DetectedPromise:
    """A promise found in a text, with its due resolved in the shop's time zone."""

    action: Action
    due: Due
    due_at: datetime
    """UTC: when the reminder is due (the exact time, or opening time of the day)."""
    window_end: datetime
    """UTC: the promise is late after this (closing time of the day, or the exact time)."""
    date_only: bool
    closed_day: bool
    """The day is not a working day of the shop (a weekend or a public holiday)."""
    holiday: str | None
    text: str
    """The words the promise came from."""
    start: int
    end: int
    """Offsets of ``text`` in the text that was read."""

    @property
    def due_text(self) -> str:
        """``2026-11-25`` for a day, ``2026-11-24T14:00`` for an exact local time."""
        return self.due.text

    def as_json(self) -> dict[str, object]:
        return {"action": self.action.value, "due": self.due_text, "text": self.text}


@dataclass(frozen=True, slots=True)
class _Rules:
    verbs: tuple[tuple[re.Pattern[str], VerbRule], ...]
    aux1: re.Pattern[str]
    aux3: re.Pattern[str]
    negation: re.Pattern[str]
    subordinate: re.Pattern[str]
    blockers: re.Pattern[str]
    clause_split: re.Pattern[str]
    parcel: re.Pattern[str]
    money: re.Pattern[str]
    back: re.Pattern[str]
    nouns: tuple[tuple[re.Pattern[str], Action], ...]
    subject1: re.Pattern[str] | None
    subject_any: re.Pattern[str] | None
    negation_in_clause: bool
    habitual: re.Pattern[str] | None
    call_nouns: re.Pattern[str] | None
    by_phone: re.Pattern[str] | None
    past: re.Pattern[str] | None
    converb: re.Pattern[str] | None
    chain_end: re.Pattern[str] | None
    documents: re.Pattern[str] | None
    function_words: re.Pattern[str] | None
    prepositions: re.Pattern[str] | None
    postpositions: re.Pattern[str] | None
    object_form: re.Pattern[str] | None
    object_pronouns: re.Pattern[str] | None
    object_side: str
    nouns_capitalized: bool
    inbox: re.Pattern[str] | None
    reported: re.Pattern[str] | None
    same_day: re.Pattern[str] | None
    generic_orders: re.Pattern[str] | None
    order_cutoff: re.Pattern[str] | None
    from_shop: re.Pattern[str] | None
    from_other: re.Pattern[str] | None
    coordination: re.Pattern[str] | None
    honorifics: re.Pattern[str] | None
    hedges: re.Pattern[str] | None


_RULES: dict[str, _Rules] = {}


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


def _rules(cues: LanguageCues) -> _Rules:
    rules = _RULES.get(cues.code)
    if rules is None:
        subjects = "|".join(p for p in (cues.subject1, cues.subject_other) if p)
        rules = _RULES[cues.code] = _Rules(
            verbs=tuple((_c(rule.pattern), rule) for rule in cues.verbs),
            aux1=_c(cues.aux1),
            aux3=_c(cues.aux3),
            negation=_c(cues.negation),
            subordinate=_c(cues.subordinate),
            blockers=_c(cues.blockers),
            clause_split=_c(cues.clause_split),
            parcel=_c(cues.parcel_nouns),
            money=_c(cues.money_nouns),
            back=_c(cues.back_words),
            nouns=tuple((_c(pattern), action) for pattern, action in cues.action_nouns),
            subject1=_c(cues.subject1) if cues.subject1 else None,
            subject_any=_c(subjects) if subjects else None,
            negation_in_clause=cues.negation_in_clause,
            habitual=_optional("|".join(p for p in (cues.habitual, cues.opening_hours) if p)),
            call_nouns=_optional(cues.call_nouns),
            by_phone=_optional(cues.by_phone),
            past=_optional(cues.past_verbs),
            converb=_optional(cues.converb),
            chain_end=_optional(cues.chain_end),
            documents=_optional(cues.document_nouns),
            function_words=_optional(cues.function_words),
            prepositions=_optional(cues.prepositions),
            postpositions=_optional(cues.postpositions),
            object_form=_optional(cues.object_form),
            object_pronouns=_optional(cues.object_pronouns),
            object_side=cues.object_side,
            nouns_capitalized=cues.nouns_capitalized,
            inbox=_optional(cues.inbox),
            reported=_optional(cues.reported),
            same_day=_optional(cues.same_day),
            generic_orders=_optional(cues.generic_orders),
            order_cutoff=_optional(cues.order_cutoff),
            from_shop=_optional(cues.from_shop),
            from_other=_optional(cues.from_other),
            coordination=_optional(cues.coordination),
            honorifics=_optional(cues.honorifics),
            hedges=_optional(cues.hedges),
        )
    return rules


def _optional(pattern: str) -> re.Pattern[str] | None:
    return _c(pattern) if pattern else None


@cache
def _aux(pattern: str) -> re.Pattern[str]:
    """A verb's own auxiliaries (``VerbRule.aux``), compiled once."""
    return _c(pattern)


@dataclass(slots=True)
class _Verb:
    start: int
    end: int
    action: Action
    clause: int
    times: list[TimeExpr]


def detect_promises(
    text: str,
    lang: str,
    now: datetime,
    tz: ZoneInfo,
    hours: BusinessHours | None = None,
) -> list[DetectedPromise]:
    """The promises in ``text`` (the owner's words in ``lang``), in order of appearance.

    ``now`` is when the text was written: relative days count from its date in ``tz``
    (a naive ``now`` is taken as local time in ``tz``).  Raises ``UnsupportedLanguage``.
    """
    cues = cues_for(lang)
    hours = hours or BusinessHours()
    local_now = now.astimezone(tz) if now.tzinfo is not None else now.replace(tzinfo=tz)
    own = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    folded = fold_text(own)
    exprs = find_time_expressions(cues, folded, own, local_now, hours)
    masked = _mask(folded, exprs)
    rules = _rules(cues)
    found: list[DetectedPromise] = []
    seen: set[tuple[Action, str]] = set()
    previous_start = 0
    quoted = tuple(m.span(1) for m in _QUOTE.finditer(own))
    for start, end in _sentences(masked, own):
        sentence = _Text(masked, own, start, end, previous_start, quoted=quoted)
        previous_start = start
        if own[start:end].rstrip().endswith("?"):
            continue
        times = [e for e in exprs if start <= e.start < end and not e.drop]
        if not times:
            continue
        clauses = _clauses(rules, masked, start, end)
        times = _not_habitual(rules, masked, clauses, times)
        found_verbs = _verbs(rules, sentence, clauses)
        silent = _silenced(rules, masked, start, end, clauses, times, found_verbs)
        times = [t for t in times if not _inside(silent, t.start)]
        found_verbs = [v for v in found_verbs if not _inside(silent, v.start)]
        verbs = _purposes(rules, masked, clauses, found_verbs, times)
        if not verbs:
            continue
        # A clause with a visit's purpose in it is no past clause ("посмотрю котёл").
        times = _not_past(rules, masked, clauses, times, found_verbs)
        _pair(verbs, times, clauses, masked)
        for verb in verbs:
            promise = _promise(verb, own, clauses, local_now, tz, hours)
            if promise is not None and (promise.action, promise.due_text) not in seen:
                seen.add((promise.action, promise.due_text))
                found.append(promise)
    found.sort(key=lambda p: p.start)
    return found


def _mask(folded: str, exprs: list[TimeExpr]) -> str:
    chars = list(folded)
    for expr in exprs:
        chars[expr.start : expr.end] = MASK * (expr.end - expr.start)
    return "".join(chars)


def _sentences(masked: str, original: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(masked):
        if m.group() == "." and _ABBREVIATION.search(masked, max(start, m.start() - 8), m.start()):
            following = original[m.end() : m.end() + 3].lstrip(" \t")
            if following[:1].islower() or following[:1].isdigit():
                continue  # "120 руб. во вторник": an abbreviation, the sentence goes on
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(masked)))
    return [(s, e) for s, e in spans if masked[s:e].strip()]


def _clauses(rules: _Rules, masked: str, start: int, end: int) -> list[tuple[int, int]]:
    splits = [
        (m.start(), m.end())
        for m in rules.clause_split.finditer(masked, start, end)
        # Not the comma of a number ("450,00 руб.", "1,5 kg").
        if not (
            m.start() > 0
            and masked[m.start() - 1].isdigit()
            and masked[m.end() : m.end() + 1].isdigit()
        )
    ]
    if rules.converb is not None:
        # A converb ends its clause ("gelip | rafı kuracağız"), unless a separator follows.
        for m in rules.converb.finditer(masked, start, end):
            after = len(masked[m.end() : end]) - len(masked[m.end() : end].lstrip())
            if not any(m.end() <= s <= m.end() + after for s, _ in splits):
                splits.append((m.end(), m.end()))
        splits.sort()
    spans = []
    cursor = start
    for split_start, split_end in splits:
        spans.append((cursor, split_start))
        cursor = split_end
    spans.append((cursor, end))
    return spans


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _chain(rules: _Rules, masked: str, clauses: list[tuple[int, int]], index: int) -> int:
    """The clause a converb chain that starts at clause ``index`` ends in (``index`` if
    the clause does not end with a converb)."""
    if rules.converb is None:
        return index
    while index + 1 < len(clauses):
        last = _LAST_WORD.search(masked, *clauses[index])
        if last is None or not rules.converb.fullmatch(last.group(1)):
            break
        index += 1
    return index


def _not_past(
    rules: _Rules,
    masked: str,
    clauses: list[tuple[int, int]],
    times: list[TimeExpr],
    verbs: list[_Verb],
) -> list[TimeExpr]:
    """Drop the times of clauses in the past tense that hold no promise: they date the
    past event ("We posted the parcel on Friday, so …"), not a neighbouring promise."""
    if rules.past is None:
        return times
    own = {verb.clause for verb in verbs}
    past = set()
    for index, (start, _) in enumerate(clauses):
        end = clauses[_chain(rules, masked, clauses, index)][1]
        if index not in own and rules.past.search(masked, start, end):
            past.add(index)
    return [t for t in times if _clause_of(clauses, t.start) not in past]


def _not_habitual(
    rules: _Rules, masked: str, clauses: list[tuple[int, int]], times: list[TimeExpr]
) -> list[TimeExpr]:
    """Drop the times of clauses that state a habit ("we ship every day at 2 pm")."""
    if rules.habitual is None:
        return times
    habitual = {
        index
        for index, (start, end) in enumerate(clauses)
        if rules.habitual.search(masked, start, end)
    }
    return [t for t in times if _clause_of(clauses, t.start) not in habitual]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start <= offset < end for start, end in spans)


def _silenced(
    rules: _Rules,
    masked: str,
    start: int,
    end: int,
    clauses: list[tuple[int, int]],
    times: list[TimeExpr],
    verbs: list[_Verb],
) -> list[tuple[int, int]]:
    """The parts of a sentence that are no promise of the shop, whatever their verbs:
    what the customer said they would do ("you said you'd pick it up on Saturday"), and
    a shop policy: "the same day" with orders in general or a cut-off time ("Orders
    placed by 12 ship the same day", "Naročila, oddana do 11. ure, pošljemo isti dan"),
    or orders with the condition of when they are placed, up to "the same day" or the verb
    saying what is done with them ("Narudžbe zaprimljene do četvrtka dostavljamo u
    subotu")."""
    spans: list[tuple[int, int]] = []
    if rules.reported is not None:
        for m in rules.reported.finditer(masked, start, end):
            index = _clause_of(clauses, m.start())
            clause_start, clause_end = clauses[index]
            if rules.object_side == "before":  # verb-final: "… geleceğinizi söylemiştiniz"
                spans.append((clause_start, m.end()))
                continue
            if not re.search(r"\w", masked[m.end() : clause_end]) and index + 1 < len(clauses):
                clause_end = clauses[index + 1][1]  # "Sie sagten, | Sie kommen am Samstag"
            spans.append((m.start(), clause_end))
    if rules.same_day is not None:
        for m in rules.same_day.finditer(masked, start, end):
            last = _clause_of(clauses, m.start())
            for index in range(last + 1):
                clause_start, clause_end = clauses[index]
                generic = rules.generic_orders is not None and rules.generic_orders.search(
                    masked, clause_start, clause_end
                )
                cut_off = any(
                    t.by
                    and t.at is not None
                    and t.day is None
                    and _clause_of(clauses, t.start) == index
                    for t in times
                )
                if generic or cut_off:
                    spans.append((clause_start, clauses[last][1]))
                    break
    if rules.order_cutoff is not None:
        for m in rules.order_cutoff.finditer(masked, start, end):
            # Up to "the same day" if said, else to the next verb close by: "…, so yours
            # will be with you on Tuesday" is a promise again.
            first = _clause_of(clauses, m.start())
            same = rules.same_day.search(masked, m.start(), end) if rules.same_day else None
            following = [v.clause for v in verbs if v.start >= m.start()]
            if same is not None:
                spans.append((m.start(), clauses[_clause_of(clauses, same.start())][1]))
            elif following and following[0] - first <= 2:
                spans.append((m.start(), clauses[following[0]][1]))
    return spans


def _purposes(
    rules: _Rules,
    masked: str,
    clauses: list[tuple[int, int]],
    verbs: list[_Verb],
    times: list[TimeExpr],
) -> list[_Verb]:
    """Drop the checks that are a visit's purpose: after the visit in its clause or its
    converb chain ("I'll come round to look at the frame", "заеду посмотреть шкаф",
    "gelip dolaba bakacağım"), or in the next clause joined by a bare "and" when only one
    of the two says when ("Doći ću i pogledati ormar u srijedu")."""
    purposes = set()
    timed = {_clause_of(clauses, t.start) for t in times}
    for visit in verbs:
        if visit.action is not Action.VISIT:
            continue
        last = _chain(rules, masked, clauses, visit.clause)
        if last + 1 < len(clauses):
            joint = masked[clauses[last][1] : clauses[last + 1][0]]
            if joint.strip().isalpha() and not {last, last + 1} <= timed:
                last += 1
        for verb in verbs:
            if (
                verb.action is Action.CHECK
                and verb.start > visit.start
                and visit.clause <= verb.clause <= last
            ):
                purposes.add(id(verb))
    return [v for v in verbs if id(v) not in purposes]


def _clause_of(clauses: list[tuple[int, int]], offset: int) -> int:
    for index, (start, end) in enumerate(clauses):
        if start <= offset < end:
            return index
    return len(clauses) - 1


@dataclass(frozen=True, slots=True)
class _Text:
    """A sentence being read: ``masked`` (folded, times masked) and ``original`` (the
    owner's words, same offsets), the sentence at ``start:end``, and where the sentence
    before it starts (``lookback``: what a pronoun there may stand for)."""

    masked: str
    original: str
    start: int
    end: int
    lookback: int
    guess_goods: bool = True
    """Whether an unknown word or a noun of the sentence before may name the goods (not in
    a typed reminder, where the words around the verb are mostly names)."""
    verb_spans: tuple[tuple[int, int], ...] = ()
    """Where the sentence's verb patterns matched: verbs, never what is sent."""
    quoted: tuple[tuple[int, int], ...] = ()
    """Quoted titles in the text ("«Колонизаторов»", "„Catan“"): names of goods."""


def _verbs(rules: _Rules, text: _Text, clauses: list[tuple[int, int]]) -> list[_Verb]:
    masked, start, end = text.masked, text.start, text.end
    matches = [
        (m, rule) for pattern, rule in rules.verbs for m in pattern.finditer(masked, start, end)
    ]
    text = replace(text, verb_spans=tuple(m.span() for m, _ in matches))
    verbs: list[_Verb] = []
    taken: list[tuple[int, int]] = []
    for m, rule in matches:
        if any(m.start() < t_end and t_start < m.end() for t_start, t_end in taken):
            continue
        if rule.needs_money and not _has_money(
            rules, masked, *clauses[_clause_of(clauses, m.start())]
        ):
            continue
        if not _commits(rules, rule, masked, start, m.start(), m.end(), clauses):
            continue
        action = _action(rules, rule, text, m.start(), m.end(), clauses)
        if action is None:
            continue
        taken.append((m.start(), m.end()))
        verbs.append(_Verb(m.start(), m.end(), action, _clause_of(clauses, m.start()), []))
    verbs.sort(key=lambda v: v.start)
    return verbs


def _has_money(rules: _Rules, masked: str, start: int, end: int) -> bool:
    """Money words ("novac", "деньги") in ``start:end``, or an amount ("45 TL", "£4.20")
    that is not the price of a document named there ("чек на 500 руб.")."""
    if rules.money.search(masked, start, end):
        return True
    documents = rules.documents is not None and rules.documents.search(masked, start, end)
    return not documents and MONEY.search(masked, start, end) is not None


def _commits(
    rules: _Rules,
    rule: VerbRule,
    masked: str,
    sentence_start: int,
    start: int,
    end: int,
    clauses: list[tuple[int, int]],
) -> bool:
    """Whether the verb at ``start:end`` is the shop's commitment (see the module doc)."""
    before = masked[sentence_start:start]
    window = before[-40:]
    index = _clause_of(clauses, start)
    clause_start, clause_end = clauses[index]
    if _hedged(rules, masked, clauses, index):
        return False  # "может быть, отправим", "maybe we'll ship on Thursday"
    last = _LAST_WORD.search(masked, start, end) if rules.converb is not None else None
    if last is not None and rules.converb is not None and rules.converb.fullmatch(last.group(1)):
        # "gelip (rafı kuracağız)": the last verb of the chain says who and when.
        final = _LAST_WORD.search(masked, *clauses[_chain(rules, masked, clauses, index)])
        return bool(final and rules.chain_end and rules.chain_end.fullmatch(final.group(1)))
    if rules.negation_in_clause:
        if rules.negation.search(masked, clause_start, clause_end):
            return False
    elif rules.negation.search(window):
        return False
    if rule.needs is Needs.NOTHING:
        last_words = _LAST_WORDS.search(window)
        if last_words and rules.blockers.search(last_words.group()):
            return False  # "lahko pošljemo", "можем отправить"
        return not rules.subordinate.search(window)
    if rule.needs is Needs.SUBJECT1:
        if rules.blockers.search(masked, clause_start, start):
            return False  # "wir können es am Montag schicken"
        verb_end = start + len(masked[start:end].split(maxsplit=1)[0])
        if rules.subordinate.search(window):
            return False
        inverted = re.match(r"\s+(\w+)", masked[verb_end : verb_end + 20])
        if (
            index > 0
            and not masked[clause_start:start].strip()
            and rules.subject_any
            and not (inverted and rules.subject1 and rules.subject1.fullmatch(inverted.group(1)))
        ):
            # "Wir rufen Sie an und schicken …": a verb opening its clause shares the
            # subject of the clause before, the first pronoun there (unless its own
            # follows it: "Wie Sie wissen, rufe ich Sie … an").
            previous_start, previous_end = clauses[index - 1]
            subject = rules.subject_any.search(masked, previous_start, previous_end)
            if subject is not None and rules.subject1 is not None:
                return rules.subject1.fullmatch(subject.group()) is not None
        return _first_person(rules, masked, before, verb_end)
    aux = _aux(rule.aux) if rule.aux else rules.aux1 if rule.needs is Needs.AUX1 else rules.aux3
    # An auxiliary right after the verb: "Nazvat ću vas", "Poklicala vas bom", or after
    # two clitics: "Oglasil se vam bom", "Poslali vam ga bomo".
    after = _NEXT_WORDS.match(masked, end, min(len(masked), end + 40))
    if after is not None:
        if aux.match(masked, after.start(2)):
            return True
        if after.group(3) and aux.match(masked, after.start(3)):
            # "отправить не сможем": the word between must not negate.
            return not rules.negation.search(masked[end : after.start(3)])
        if (
            after.group(4)
            and len(after.group(2)) <= 3
            and len(after.group(3)) <= 3
            and aux.match(masked, after.start(4))
        ):
            return not rules.negation.search(masked[end : after.start(4)])
    last = None
    for m in aux.finditer(before):
        last = m
    if last is None:
        return False
    return rules.blockers.search(before[last.end() :]) is None


def _hedged(rules: _Rules, masked: str, clauses: list[tuple[int, int]], index: int) -> bool:
    """Whether the clause is hedged: a "maybe" in it, or a clause of only "maybe" before."""
    if rules.hedges is None:
        return False
    if rules.hedges.search(masked, *clauses[index]):
        return True
    if index == 0:
        return False
    previous = masked[slice(*clauses[index - 1])].strip(_STRIP)
    return bool(previous) and rules.hedges.fullmatch(previous) is not None


def _first_person(rules: _Rules, masked: str, before: str, end: int) -> bool:
    """German/English finite forms: the subject next to the verb must be "ich"/"wir"."""
    if rules.subject1 is None or rules.subject_any is None:
        return False
    previous = re.search(r"(\w+)\s+$", before[-20:])
    if previous and rules.subject1.fullmatch(previous.group(1)):
        return True  # "ich rufe Sie … an"
    after = re.match(r"\s+(\w+)", masked[end : end + 20])
    if after:
        word = after.group(1)
        if rules.subject1.fullmatch(word):
            return True
        if rules.subject_any.fullmatch(word):
            return False
    last = None
    for m in rules.subject_any.finditer(before):
        last = m
    return last is not None and rules.subject1.fullmatch(last.group()) is not None


def _action(
    rules: _Rules,
    rule: VerbRule,
    text: _Text,
    start: int,
    end: int,
    clauses: list[tuple[int, int]],
) -> Action | None:
    masked, sentence_start, sentence_end = text.masked, text.start, text.end
    clause = clauses[_clause_of(clauses, start)]
    action = rule.action
    if action is None:  # a light verb: the nearest action noun decides
        best: tuple[int, Action] | None = None
        for pattern, noun_action in rules.nouns:
            for m in pattern.finditer(masked, sentence_start, sentence_end):
                distance = abs(m.start() - start)
                if best is None or distance < best[0]:
                    best = (distance, noun_action)
        if best is None:
            return None
        action = best[1]
    action = _refined(rules, action, masked, start, end, *clause)
    # The clauses after the verb's that have no verb of their own still speak of it ("und
    # schicke Ihnen | dann am Dienstag ein Angebot", "Sie haben das Angebot bis Montag, den
    # 30. November, | im Postfach").
    rest_end = clause[1]
    for following in clauses[_clause_of(clauses, start) + 1 :]:
        if any(following[0] <= s < following[1] for s, _ in text.verb_spans):
            break
        rest_end = following[1]
    if rule.receiving and action is Action.DELIVER:
        received = _received(rules, text, start, end, clause, (clause[1], rest_end))
        if received is not Action.DELIVER:
            return received
    if (
        action is Action.DELIVER
        and rules.inbox is not None
        and rules.inbox.search(masked, clause[0], rest_end)
        and not rules.parcel.search(masked, clause[0], rest_end)
    ):
        return Action.SEND  # "you'll have the quote in your inbox", "u sandučiću"
    if action in (Action.SEND, Action.SHIP) and not (rule.informing or rule.shipping):
        before = _coordinated(rules, text, clauses, _clause_of(clauses, start))
        action = _send_or_ship(
            rules, action, text, start, end, clause, (clause[1], rest_end), before
        )
    return action


def _received(
    rules: _Rules,
    text: _Text,
    start: int,
    end: int,
    clause: tuple[int, int],
    rest: tuple[int, int],
) -> Action | None:
    """What the customer is told they will get: from the shop ("bekommen Sie … von mir",
    "you'll get it from me", "dobit ćete od mene", "получите от меня") it is what the shop
    sends, a send for a document and a ship for goods, and a call or an answer is that
    call or reply ("Sie bekommen am Dienstag einen Anruf von mir"); otherwise a document
    named is still sent ("you'll receive the invoice tomorrow"), and anything else is
    delivered.  From someone else ("a text from the courier", "eine SMS von DHL") it is
    no promise, nor is a call or an answer not said to be from the shop."""
    masked = text.masked
    from_shop = rules.from_shop is not None and rules.from_shop.search(masked, clause[0], rest[1])
    tokens = list(_TOKEN.finditer(masked, *clause))
    named = _named(rules, text, tokens, _verb_ends(masked, start, end))
    spoken = [
        (pattern, kind)
        for pattern, kind in rules.nouns
        if kind in (Action.CALL, Action.CALL_BACK, Action.REPLY)
    ]
    if rules.call_nouns is not None:
        spoken.append((rules.call_nouns, Action.CALL))
    said = next((kind for pattern, kind in spoken if pattern.search(masked, *clause)), None)
    if rules.from_other is not None and rules.from_other.search(masked, clause[0], rest[1]):
        # A text from the courier is the courier's; the parcel they bring is delivered.
        return None if said is not None or Action.SEND in named else Action.DELIVER
    if said is Action.REPLY and not from_shop:
        return Action.REPLY  # "odgovor dobite do petka": the shop's answer
    if said is not None:
        return _refined(rules, said, masked, start, end, *clause) if from_shop else None
    if from_shop:
        return _send_or_ship(rules, Action.SEND, text, start, end, clause, rest, goods=True)
    return Action.SEND if Action.SEND in named else Action.DELIVER


def _coordinated(
    rules: _Rules, text: _Text, clauses: list[tuple[int, int]], index: int
) -> tuple[int, int] | None:
    """The verbless clauses joined by "and" right before clause ``index`` (where the
    object may stand before its verb): the start of an object the split cut in two
    ("Fotografije korica | i autorova potpisa poslat ću vam", "Фото | и описание …")."""
    if rules.object_side == "after" or rules.coordination is None:
        return None
    first = index
    while first > 0:
        previous = clauses[first - 1]
        joint = text.masked[previous[1] : clauses[first][0]].strip()
        if (
            previous[0] < text.start
            or not rules.coordination.fullmatch(joint)
            or any(previous[0] <= s < previous[1] for s, _ in text.verb_spans)
            or (rules.past is not None and rules.past.search(text.masked, *previous))
        ):
            break
        first -= 1
    return (clauses[first][0], clauses[index][0]) if first < index else None


def _refined(
    rules: _Rules,
    action: Action,
    masked: str,
    start: int,
    end: int,
    clause_start: int,
    clause_end: int,
) -> Action:
    """The action as the words of its clause make it more precise."""
    near = masked[max(clause_start, start - 15) : min(clause_end, end + 30)]
    if action is Action.CALL and rules.back.search(near):
        return Action.CALL_BACK  # "nazvat ću vas natrag", "geri arayacağım"
    if (
        action is Action.REFUND
        and rules.call_nouns is not None
        and rules.call_nouns.search(masked, clause_start, clause_end)
        and not rules.money.search(masked, clause_start, clause_end)
    ):
        return Action.CALL_BACK  # "vratit ću vam poziv", "vrnil vam bom klic"
    if (
        action is Action.REPLY
        and rules.by_phone is not None
        and rules.by_phone.search(masked, clause_start, clause_end)
    ):
        return Action.CALL_BACK  # "get back to you by phone", "javit ću vam se telefonom"
    if action is Action.DELIVER:
        tokens = list(_TOKEN.finditer(masked, clause_start, clause_end))
        for m in rules.money.finditer(masked, clause_start, clause_end):
            index = next((i for i, t in enumerate(tokens) if t.start() <= m.start() < t.end()), -1)
            if index >= 0 and not _governed(rules, tokens, index, set()):
                return Action.REFUND  # the money arrives, not after it ("nach Ihrer Anzahlung")
    return action


_TOKEN = re.compile(rf"\w[\w'-]*|{MASK}+")
_QUOTE = re.compile(r"[«»„“\"‚‹›]([^«»„“”\"\n]{1,80}?)[«»“”\"‘‹›]")
"""A quoted title ("«Колонизаторов»", "„Catan“", "\"Wingspan\""): the name of goods."""


def _verb_ends(masked: str, start: int, end: int) -> set[tuple[int, int]]:
    """The first and last word of a verb match (the words between may be what it acts
    on: "schicke Ihnen den Schal … raus")."""
    words = list(_TOKEN.finditer(masked, start, end))
    return {words[0].span(), words[-1].span()} if words else set()


def _governed(
    rules: _Rules, tokens: list[re.Match[str]], index: int, skip: set[tuple[int, int]]
) -> bool:
    """Whether ``tokens[index]`` is in a prepositional phrase: a preposition up to three
    words before (not across the verb, nor a time it governs: "am § die Tassen"), or a
    postposition right after ("e-posta ile")."""
    for before in reversed(tokens[max(0, index - 3) : index]):
        if before.group().startswith(MASK) or before.span() in skip:
            break
        if rules.prepositions is not None and rules.prepositions.fullmatch(before.group()):
            return True
    return (
        rules.postpositions is not None
        and index + 1 < len(tokens)
        and rules.postpositions.fullmatch(tokens[index + 1].group()) is not None
    )


def _named(
    rules: _Rules, text: _Text, tokens: list[re.Match[str]], skip: set[tuple[int, int]]
) -> set[Action]:
    """What the nouns among ``tokens`` name: a document (send), money (refund), goods
    (ship).  A document or money in a prepositional phrase does not count ("to your
    address", "photos of the table" is a send; "by post", "photos of the parcel" count)."""
    found: set[Action] = set()
    if not tokens:
        return found
    start, end = tokens[0].start(), tokens[-1].end()
    for pattern, kind in (
        (rules.documents, Action.SEND),
        (rules.money, Action.REFUND),
        (rules.parcel, Action.SHIP),
    ):
        if pattern is None:
            continue
        for m in pattern.finditer(text.masked, start, end):
            index = next((i for i, t in enumerate(tokens) if t.start() <= m.start() < t.end()), -1)
            if index < 0 or tokens[index].span() in skip:
                continue
            if kind is not Action.SHIP and _governed(rules, tokens, index, skip):
                continue
            found.add(kind)
    return found


def _send_or_ship(
    rules: _Rules,
    action: Action,
    text: _Text,
    start: int,
    end: int,
    clause: tuple[int, int],
    rest: tuple[int, int] | None = None,
    before: tuple[int, int] | None = None,
    goods: bool = False,
) -> Action:
    """A send or ship verb by what it carries: documents and information are sent, goods
    are shipped, money sent back is a refund.

    The object is looked for in the verb's clause, outside prepositional phrases ("to
    your address", "photos of the table"): a document noun makes it a send, also as the
    head of a longer object ("отчёт с фотографиями", "Fotografije korica | i autorova
    potpisa", the verbless clauses ``before``); else money a refund; else a goods noun or
    any other content word ("Ihren Schal", "šal", "шарф", "atkınızı", "«Колонизаторов»",
    "your copy") a ship.  A send verb with no object in its clause ("vašu ćemo poslati",
    "wir verschicken sie") takes a document or goods noun of the verbless clauses after
    it (``rest``), else the last one before it in its sentence; else, where an object
    may go unsaid (not English), the object of an earlier clause of its sentence
    ("Зайчика довяжу, а отправлю в пятницу"); else the last noun of the sentence before.
    An object pronoun ("we'll send it out", "šaljemo ga", "мы его отправим") stands for
    the nearest thing named before it, in its sentence or the one before
    (``_antecedent``).  Nothing found: the verb's own action, or a ship when ``goods``
    (what the shop hands over).
    """
    masked = text.masked
    tokens = list(_TOKEN.finditer(masked, *clause))
    skip = _verb_ends(masked, start, end)
    found = _named(rules, text, tokens, skip)
    if Action.SEND in found:
        return Action.SEND
    if Action.REFUND in found and Action.SHIP not in found:
        return Action.REFUND  # "the refund goes out on Monday", "die Erstattung geht raus"
    if Action.SHIP in found:
        return Action.SHIP if action is Action.SEND else action
    if action is Action.SHIP or not text.guess_goods:
        return action
    pronoun = rules.object_pronouns
    has_pronoun = pronoun is not None and any(
        pronoun.fullmatch(t.group()) and not text.original[t.start()].isupper() for t in tokens
    )
    # An amount of money is what is sent back, unless goods are named with it ("the
    # 4.50 dollars back" is a refund, "the £30 lamp" a ship).
    amounts = [m.span() for m in MONEY.finditer(masked, *clause)]
    for index, token in enumerate(tokens):
        if any(s <= token.start() < e for s, e in amounts):
            continue
        if _content_word(rules, text, token, (start, end), skip, has_pronoun) and not _governed(
            rules, tokens, index, skip
        ):
            if before is not None and Action.SEND in _named(
                rules, text, list(_TOKEN.finditer(masked, *before)), set()
            ):
                return Action.SEND  # "Fotografije korica | i autorova potpisa poslat ću"
            return Action.SHIP
    if amounts:
        return Action.REFUND
    # A document or goods noun in the verbless clauses after it ("dann am Dienstag ein
    # Angebot"), the last one before it in its sentence ...
    found_after = _last_noun(rules, text, *rest) if rest is not None else None
    if found_after is not None:
        return found_after
    # A pronoun stands for the nearest thing named before it, in its sentence or the one
    # before ("The invoice is attached, and the lamp is ready. I'll send it on Monday",
    # "Ремень готов. В четверг мы его отправим"): a document is sent, goods shipped.
    if has_pronoun:
        for region in ((text.start, clause[0]), (text.lookback, text.start)):
            found_before = _antecedent(rules, text, *region)
            if found_before is not None:
                return found_before
        return Action.SHIP if goods else action
    found_before = _last_noun(rules, text, text.start, clause[0])
    if found_before is not None:
        return found_before
    # ... the object of an earlier clause ("Зайчика довяжу в четверг, а отправлю в
    # пятницу"), where objects may go unsaid (not in English: "send it") ...
    if rules.object_side != "after" and _earlier_goods(rules, text, clause[0]):
        return Action.SHIP
    # ... or in the sentence before.
    found_before = _last_noun(rules, text, text.lookback, text.start)
    if found_before is not None:
        return found_before
    return Action.SHIP if goods else action


def _antecedent(rules: _Rules, text: _Text, start: int, end: int) -> Action | None:
    """What a pronoun after ``start:end`` stands for: the last clause there that names
    something decides, a send for a document in it (not in a prepositional phrase:
    "thanks for the photos"), a ship for goods or any other content word that is not a
    verb ("the lamp is ready", "Vazo hazır")."""
    for clause_start, clause_end in reversed(_clauses(rules, text.masked, start, end)):
        tokens = list(_TOKEN.finditer(text.masked, clause_start, clause_end))
        named = _named(rules, text, tokens, set())
        if Action.SEND in named:
            return Action.SEND
        if Action.SHIP in named:
            return Action.SHIP
        for index, token in enumerate(tokens):
            if any(s <= token.start() < e for s, e in text.verb_spans):
                continue
            if rules.past is not None and rules.past.fullmatch(token.group()):
                continue
            if _content_word(rules, text, token, None, set(), any_form=True) and not _governed(
                rules, tokens, index, set()
            ):
                return Action.SHIP
    return None


def _last_noun(rules: _Rules, text: _Text, start: int, end: int) -> Action | None:
    """Send for the last document noun in ``start:end`` (not in a prepositional phrase:
    "thanks for the photos"), ship for the last goods noun."""
    tokens = list(_TOKEN.finditer(text.masked, start, end))
    last: tuple[int, Action] | None = None
    for pattern, kind in ((rules.documents, Action.SEND), (rules.parcel, Action.SHIP)):
        if pattern is None:
            continue
        for m in pattern.finditer(text.masked, start, end):
            if kind is Action.SEND:
                index = next(
                    (i for i, t in enumerate(tokens) if t.start() <= m.start() < t.end()), -1
                )
                if index >= 0 and _governed(rules, tokens, index, set()):
                    continue
            if last is None or m.start() > last[0]:
                last = (m.start(), kind)
    return last[1] if last is not None else None


def _earlier_goods(rules: _Rules, text: _Text, end: int) -> bool:
    """Whether the sentence before ``end`` has a clause of its own with an object: two
    words or more that say something (a verb and what it acts on: "Зайчика довяжу"), one
    of them not a verb and not in a prepositional phrase ("у поставщика")."""
    tokens = list(_TOKEN.finditer(text.masked, text.start, end))
    words = 0
    goods = False
    for index, token in enumerate(tokens):
        word = token.group()
        if word.startswith(MASK) or word.isdigit():
            continue
        if rules.function_words is not None and rules.function_words.fullmatch(word):
            continue
        words += 1
        if any(s <= token.start() < e for s, e in text.verb_spans):
            continue
        governed = False
        for previous in reversed(tokens[max(0, index - 3) : index]):
            if previous.group().startswith(MASK):
                break
            if rules.prepositions is not None and rules.prepositions.fullmatch(previous.group()):
                governed = True
        if not governed and _content_word(rules, text, token, None, set()):
            goods = True
    return goods and words >= 2


def _content_word(
    rules: _Rules,
    text: _Text,
    token: re.Match[str],
    verb: tuple[int, int] | None,
    skip: set[tuple[int, int]],
    pronoun: bool = False,
    any_form: bool = False,
) -> bool:
    """Whether ``token`` may name goods: a content word (not a function word, a number, a
    time, a person or the verb itself), on the object's side of ``verb`` if one is given.

    A quoted title is goods ("«Колонизаторов»", "„Catan“").  Elsewhere a capitalized word
    inside a sentence is a name: a person's ("Frau Weber", "gospođi Marić", "send Marko
    the invoice") unless it stands where the object of ``verb`` does with no title before
    it and no object pronoun in the clause (``pronoun``: "poslat ću ga Marku"), where it
    names the goods ("we'll ship Wingspan", "вышлем вам Каркассон").  ``any_form``: what a
    pronoun stands for, in any case ("Vazo hazır, onu … göndereceğiz")."""
    word = token.group()
    if token.span() in skip or word.startswith(MASK) or word.isdigit():
        return False
    if verb is not None and rules.object_side == "after" and token.start() < verb[0]:
        return False
    if verb is not None and rules.object_side == "before" and token.start() >= verb[1]:
        return False
    if rules.function_words is not None and rules.function_words.fullmatch(word):
        return False
    if any(s <= token.start() < e for s, e in text.quoted):
        return True
    if (
        rules.object_form is not None
        and not any_form
        and not rules.object_form.fullmatch(word)
        and (verb is None or text.masked[token.end() : verb[0]].strip())
    ):
        return False  # a bare word is an object only right before its verb ("fincan gönder")
    first = text.original[token.start()]
    if rules.nouns_capitalized:
        return first.isupper()
    opening = not text.original[text.start : token.start()].strip(_STRIP + "\"'«»„“”")
    if not first.isupper() or opening:
        return True
    if verb is None or pronoun or rules.honorifics is None:
        return False
    titles = _TITLES.search(text.masked, max(text.start, token.start() - 40), token.start())
    return titles is None or not any(rules.honorifics.fullmatch(w) for w in titles.groups() if w)


_TITLES = re.compile(r"(?:(\w+)\.?\s+)?(\w+)\.?\s+$")
"""The two words before a name, where a title stands ("gospođi Ani", "Mr. Price")."""


def typed_action(
    cues: LanguageCues, masked: str, start: int, end: int, action: Action | None
) -> Action | None:
    """The action of a verb at ``start:end`` of a typed reminder (``masked``: folded, its
    times masked), read as one clause: a light verb takes its noun's action ("obaviti
    povrat"), and the words around refine it ("nazvati natrag" is a call back)."""
    rules = _rules(cues)
    rule = VerbRule("", action)
    clauses = [(0, len(masked))]
    text = _Text(masked, masked, 0, len(masked), 0, guess_goods=False)
    return _action(rules, rule, text, start, end, clauses)


def _pair(
    verbs: list[_Verb], times: list[TimeExpr], clauses: list[tuple[int, int]], masked: str
) -> None:
    """Give each time expression to a verb: its own clause's, else a neighbouring one's."""
    leftovers: list[tuple[int, TimeExpr]] = []
    for expr in times:
        clause = _clause_of(clauses, expr.start)
        own = [v for v in verbs if v.clause == clause]
        if own:
            # The verb before the time ("call you on Tuesday at 10:30 to confirm"), else the
            # one after it (verb-final: "salı günü sizi arayacağız").
            preceding = [v for v in own if v.start < expr.start]
            nearest = preceding[-1] if preceding else own[0]
            nearest.times.append(expr)
        else:
            leftovers.append((clause, expr))
    for clause, expr in leftovers:
        ranked = sorted(verbs, key=lambda v: (abs(v.clause - clause), v.clause > clause))
        for verb in ranked:
            if not verb.times or _complements(verb.times, expr):
                verb.times.append(expr)
                break
    # Two promises joined by "and" keep the day of the first ("I'll check it tomorrow and
    # ring you back after lunch": both tomorrow); after a comma the day is the verb's own.
    for index, verb in enumerate(verbs):
        joined = verb.clause > 0 and any(
            ch.isalpha() for ch in masked[clauses[verb.clause - 1][1] : clauses[verb.clause][0]]
        )
        if joined and verb.times and all(t.day is None for t in verb.times):
            earlier = [t for v in verbs[:index] if v.clause < verb.clause for t in v.times if t.day]
            if earlier:
                verb.times.append(max(earlier, key=lambda t: t.priority))


def _complements(times: list[TimeExpr], expr: TimeExpr) -> bool:
    has_day = any(t.day is not None for t in times)
    has_at = any(t.at is not None for t in times)
    return (expr.day is not None and not has_day) or (expr.at is not None and not has_at)


def due_from_times(times: Sequence[TimeExpr], now: datetime, hours: BusinessHours) -> Due | None:
    """One due from the time expressions said together ("Wednesday" + "at 2 pm").

    The most precise day wins (a date over a weekday over "next week"); a time without a
    day is today if still ahead, else tomorrow.  ``now`` is local.
    """
    with_day = [t for t in times if t.day is not None]
    best = max(with_day, key=lambda t: t.priority) if with_day else None
    at = next((t.at for t in times if t.at is not None), None)
    daypart = next((t.daypart for t in times if t.daypart is not None), None)
    day: date | None = best.day if best is not None else None
    if day is None:
        if at is None and daypart is None:
            return None
        cutoff = at or _daypart_end(daypart, hours)
        day = now.date() if cutoff > now.time().replace(tzinfo=None) else now.date() + timedelta(1)
    window_start: time | None = None
    window_end: time | None = None
    if at is None and daypart is not None:
        window_start, window_end = _window(daypart, hours)
    return Due(
        day=day,
        at=at,
        by=any(t.by for t in times),
        window_start=window_start,
        window_end=window_end,
        until=best.until if best is not None else None,
    )


def _window(daypart: Daypart, hours: BusinessHours) -> tuple[time | None, time | None]:
    if daypart is Daypart.MORNING:
        return None, MORNING_END
    if daypart is Daypart.AFTERNOON:
        return AFTERNOON_START, None
    return hours.end, EVENING_END


def _promise(
    verb: _Verb,
    text: str,
    clauses: list[tuple[int, int]],
    now: datetime,
    tz: ZoneInfo,
    hours: BusinessHours,
) -> DetectedPromise | None:
    due = due_from_times(verb.times, now, hours) if verb.times else None
    if due is None:
        return None
    resolved = resolve(due, tz, hours)
    clause_start, clause_end = clauses[verb.clause]
    span_start = min([clause_start, *(t.start for t in verb.times)])
    span_end = max([clause_end, *(t.end for t in verb.times)])
    raw = text[span_start:span_end]
    lead = len(raw) - len(raw.lstrip(_STRIP))
    words = raw.strip(_STRIP).rstrip(".!…")
    return DetectedPromise(
        action=verb.action,
        due=due,
        due_at=resolved.due_at,
        window_end=resolved.window_end,
        date_only=resolved.date_only,
        closed_day=resolved.closed_day,
        holiday=resolved.holiday,
        text=" ".join(words.split()),
        start=span_start + lead,
        end=span_start + lead + len(words),
    )


def _daypart_end(daypart: Daypart | None, hours: BusinessHours) -> time:
    if daypart is Daypart.MORNING:
        return MORNING_END
    if daypart is Daypart.EVENING:
        return EVENING_END
    return hours.end
