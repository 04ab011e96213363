"""Reading a reminder typed by the owner: "next Wed 10:00 call Ana", "sutra u 9 nazvati Marka".

The time comes from the same time-expression reader as promises; the action is the first
action verb in any form (imperative, infinitive); the title is the text without the time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from console.promises.detect import due_from_times
from console.promises.due import BusinessHours, Due, ResolvedDue, resolve
from console.promises.fold import fold_pattern, fold_text
from console.promises.kinds import Action
from console.promises.languages import cues_for
from console.promises.timex import find_time_expressions


@dataclass(frozen=True, slots=True)
class TypedReminder:
    action: Action
    title: str
    due: Due
    resolved: ResolvedDue


def read_reminder(
    text: str, lang: str, *, now: datetime, tz: ZoneInfo, hours: BusinessHours
) -> TypedReminder | None:
    """The reminder in ``text``; None when it names no time."""
    cues = cues_for(lang)
    local_now = now.astimezone(tz)
    folded = fold_text(text)
    exprs = [e for e in find_time_expressions(cues, folded, text, local_now, hours) if not e.drop]
    due = due_from_times(exprs, local_now, hours)
    if due is None:
        return None
    kept = list(text)
    for expr in exprs:
        kept[expr.start : expr.end] = " " * (expr.end - expr.start)
    title = " ".join("".join(kept).split()).strip(" ,;:-")
    action = Action.OTHER
    first = len(folded)
    for rule in cues.verbs:
        m = re.search(fold_pattern(rule.pattern), folded)
        if m and rule.action is not None and m.start() < first:
            first, action = m.start(), rule.action
    bare = re.search(r"\b(call|ring|phone|send|ship|reply|check|refund|deliver|visit)\b", folded)
    if bare and bare.start() < first:
        action = {"ring": Action.CALL, "phone": Action.CALL}.get(bare.group(1)) or Action(
            bare.group(1)
        )
    if action is Action.SEND and re.search(fold_pattern(cues.parcel_nouns), folded):
        action = Action.SHIP
    return TypedReminder(action, title or text.strip(), due, resolve(due, tz, hours))
