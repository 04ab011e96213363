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
  latest").  A commitment without any time ("I'll call you back") is not reported.
* Lines quoted from the customer (``>``) are not read.

:func:`detect_promises` is pure and fast (tables are compiled once per language): the
UI may run it on every pause in typing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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
from console.promises.timex import TimeExpr, find_time_expressions

MASK = "§"
_QUOTED = re.compile(r"^[ \t]*>.*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-•*]|\d+[.)])\s)")
_STRIP = " \t\r\n,;:-–—"
_LAST_WORDS = re.compile(r"(?:\S+\s+){1,2}$")
_NEXT_WORDS = re.compile(r"(\s+)(\S+)(?:\s+(\S+))?")


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
            habitual=_c(cues.habitual) if cues.habitual else None,
        )
    return rules


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
    for start, end in _sentences(masked):
        if own[start:end].rstrip().endswith("?"):
            continue
        times = [e for e in exprs if start <= e.start < end and not e.drop]
        if not times:
            continue
        clauses = _clauses(rules, masked, start, end)
        times = _not_habitual(rules, masked, clauses, times)
        verbs = _verbs(rules, masked, start, end, clauses)
        if not verbs:
            continue
        _pair(verbs, times, clauses)
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


def _sentences(masked: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(masked):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(masked)))
    return [(s, e) for s, e in spans if masked[s:e].strip()]


def _clauses(rules: _Rules, masked: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    cursor = start
    for m in rules.clause_split.finditer(masked, start, end):
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, end))
    return spans


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


def _clause_of(clauses: list[tuple[int, int]], offset: int) -> int:
    for index, (start, end) in enumerate(clauses):
        if start <= offset < end:
            return index
    return len(clauses) - 1


def _verbs(
    rules: _Rules, masked: str, start: int, end: int, clauses: list[tuple[int, int]]
) -> list[_Verb]:
    verbs: list[_Verb] = []
    taken: list[tuple[int, int]] = []
    for pattern, rule in rules.verbs:
        for m in pattern.finditer(masked, start, end):
            if any(m.start() < t_end and t_start < m.end() for t_start, t_end in taken):
                continue
            if not _commits(rules, rule, masked, start, m.start(), m.end(), clauses):
                continue
            action = _action(rules, rule, masked, m.start(), m.end(), start, end, clauses)
            if action is None:
                continue
            taken.append((m.start(), m.end()))
            verbs.append(_Verb(m.start(), m.end(), action, _clause_of(clauses, m.start()), []))
    verbs.sort(key=lambda v: v.start)
    return verbs


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
    clause_start, clause_end = clauses[_clause_of(clauses, start)]
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
        index = _clause_of(clauses, start)
        if index > 0 and not masked[clause_start:start].strip() and rules.subject_any:
            # "Wir rufen Sie an und schicken …": a verb opening its clause shares the
            # subject of the clause before, the first pronoun there.
            previous_start, previous_end = clauses[index - 1]
            subject = rules.subject_any.search(masked, previous_start, previous_end)
            if subject is not None and rules.subject1 is not None:
                return rules.subject1.fullmatch(subject.group()) is not None
        return _first_person(rules, masked, before, verb_end)
    aux = rules.aux1 if rule.needs is Needs.AUX1 else rules.aux3
    # An auxiliary right after the verb: "Nazvat ću vas", "Poklicala vas bom".
    after = _NEXT_WORDS.match(masked, end, min(len(masked), end + 30))
    if after is not None:
        if aux.match(masked, after.start(2)):
            return True
        if after.group(3) and aux.match(masked, after.start(3)):
            # "отправить не сможем": the word between must not negate.
            return not rules.negation.search(masked[end : after.start(3)])
    last = None
    for m in aux.finditer(before):
        last = m
    if last is None:
        return False
    return rules.blockers.search(before[last.end() :]) is None


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
    masked: str,
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    clauses: list[tuple[int, int]],
) -> Action | None:
    clause_start, clause_end = clauses[_clause_of(clauses, start)]
    action = rule.action
    if action is None:  # a light verb: the nearest action noun decides
        best: tuple[int, Action] | None = None
        for pattern, noun_action in rules.nouns:
            for m in pattern.finditer(masked, sentence_start, sentence_end):
                distance = abs(m.start() - start)
                if best is None or distance < best[0]:
                    best = (distance, noun_action)
        return None if best is None else best[1]
    if action is Action.CALL:
        near = masked[max(clause_start, start - 15) : min(clause_end, end + 30)]
        if rules.back.search(near):
            return Action.CALL_BACK
    if action is Action.SEND and rules.parcel.search(masked, clause_start, clause_end):
        return Action.SHIP
    if action is Action.DELIVER and rules.money.search(masked, clause_start, clause_end):
        return Action.REFUND
    return action


def _pair(verbs: list[_Verb], times: list[TimeExpr], clauses: list[tuple[int, int]]) -> None:
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
