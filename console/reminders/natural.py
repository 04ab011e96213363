"""Reading a reminder typed by the owner: "next Wed 10:00 call Ana", "sutra u 9 nazvati Marka".

* The time comes from the same time-expression reader as promises, where a bare hour is
  a clock time ("sutra u 9", "завтра в 10", "sutra vrati poziv Marku u 9").
* The action is the first action verb in any form: an imperative or dictionary form
  (``LanguageCues.commands``: "pokliči", "ara", "nazovi"), or a form a promise uses
  ("nazvati", "anrufen", "позвонить").  Words that are part of the time are not read as
  verbs ("gelecek pazartesi" is next Monday, not "it will come").  The words around
  refine the action as in a promise ("nazvati natrag", "geri ara": a call back; "send the
  parcel": shipping); without a verb, the first action noun decides ("Rückruf Weber");
  without either it is ``Action.OTHER``.
* The title is the text without the time and the prepositions the time leaves behind
  ("u", "am", "в"); the whole text when nothing else is left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

from console.promises.cues import LanguageCues
from console.promises.detect import MASK, due_from_times, typed_action
from console.promises.due import BusinessHours, Due, ResolvedDue, resolve
from console.promises.fold import fold_pattern, fold_text
from console.promises.kinds import Action
from console.promises.languages import cues_for
from console.promises.timex import TimeExpr, find_time_expressions


@dataclass(frozen=True, slots=True)
class TypedReminder:
    action: Action
    title: str
    due: Due
    resolved: ResolvedDue


@dataclass(frozen=True, slots=True)
class _Patterns:
    verbs: tuple[tuple[re.Pattern[str], Action | None], ...]
    """Commands first, then the promise verbs (a light verb's action is None)."""
    nouns: tuple[tuple[re.Pattern[str], Action], ...]
    prepositions: re.Pattern[str] | None


def read_reminder(
    text: str, lang: str, *, now: datetime, tz: ZoneInfo, hours: BusinessHours
) -> TypedReminder | None:
    """The reminder in ``text``; None when it names no time.  Raises ``UnsupportedLanguage``."""
    cues = cues_for(lang)
    local_now = now.astimezone(tz)
    folded = fold_text(text)
    found = find_time_expressions(cues, folded, text, local_now, hours, typed=True)
    exprs = [e for e in found if not e.drop]
    due = due_from_times(exprs, local_now, hours)
    if due is None:
        return None
    masked = list(folded)
    for expr in exprs:
        masked[expr.start : expr.end] = MASK * (expr.end - expr.start)
    action = _action(cues, "".join(masked))
    title = _title(cues, text, folded, exprs)
    return TypedReminder(action, title or text.strip(), due, resolve(due, tz, hours))


@cache
def _patterns(code: str) -> _Patterns:
    cues = cues_for(code)
    commands = tuple((_compile(pattern), action) for pattern, action in cues.commands)
    verbs = tuple((_compile(rule.pattern), rule.action) for rule in cues.verbs)
    nouns = tuple((_compile(pattern), action) for pattern, action in cues.action_nouns)
    prepositions = (
        _compile(rf"(?<!\w)(?:{cues.day_prepositions})\s+$") if cues.day_prepositions else None
    )
    return _Patterns(commands + verbs, nouns, prepositions)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(pattern))


def _action(cues: LanguageCues, masked: str) -> Action:
    """The first action verb's action (refined by its words), else the first noun's."""
    patterns = _patterns(cues.code)
    found: list[tuple[int, int, Action]] = []
    for pattern, rule_action in patterns.verbs:
        for m in pattern.finditer(masked):
            action = typed_action(cues, masked, m.start(), m.end(), rule_action)
            if action is not None:
                found.append((m.start(), m.start() - m.end(), action))
                break
    if found:
        return min(found, key=lambda f: (f[0], f[1]))[2]
    nouns: list[tuple[int, Action]] = []
    for pattern, action in patterns.nouns:
        noun = pattern.search(masked)
        if noun is not None:
            nouns.append((noun.start(), action))
    return min(nouns, key=lambda n: n[0])[1] if nouns else Action.OTHER


def _title(cues: LanguageCues, text: str, folded: str, exprs: list[TimeExpr]) -> str:
    """``text`` without its time expressions and the prepositions before them."""
    prepositions = _patterns(cues.code).prepositions
    kept = list(text)
    for expr in exprs:
        start = expr.start
        if prepositions is not None:
            left = prepositions.search(folded, max(0, start - 12), start)
            if left is not None:
                start = left.start()
        kept[start : expr.end] = " " * (expr.end - start)
    return " ".join("".join(kept).split()).strip(" ,;:-")
