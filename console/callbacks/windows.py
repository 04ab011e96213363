"""Preferred call times as customers write them, in six languages.

"call after 17:00", "između 9 i 11", "nach 17 Uhr", "после 17:00", "17:00'den sonra",
"po 17. uri", "vormittags", "утром"…  A window is a local wall-clock range; the queue
moves a request into its window with :func:`due_at` (the shop's time zone).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Final


@dataclass(frozen=True, slots=True)
class TimeWindow:
    """Minutes after local midnight; ``start`` None: any time before ``end``; ``end`` None:
    until the end of the day."""

    start: int | None
    end: int | None

    def contains(self, minute: int) -> bool:
        return (self.start is None or minute >= self.start) and (
            self.end is None or minute < self.end
        )

    def describe(self) -> str:
        """ "17:00–", "09:00–11:00", "–12:00" (for logs and the CLI; the UI translates)."""

        def hhmm(value: int | None) -> str:
            return "" if value is None else f"{value // 60:02d}:{value % 60:02d}"

        return f"{hhmm(self.start)}–{hhmm(self.end)}"


_T: Final = r"(\d{1,2})(?:[:.h](\d{2}))?\.?\s*(h\b|uhr\b|sati?\b|ur[ie]?\b|час\w*|saat\b)?"
_AMPM: Final = r"\s*(am|pm|a\.m\.|p\.m\.)?"
_TIME: Final = _T + _AMPM

_BETWEEN: Final = (
    rf"(?:between|zwischen|između|izmedju|med|между|from|von|od|от|с|saat)\s+{_TIME}\s*"
    rf"(?:and|und|i|in|и|to|bis|do|до|ile|-|–|—)\s*{_TIME}"
)
_RANGE: Final = rf"\b{_TIME}\s*(?:-|–|—|to|bis|do|до)\s*{_TIME}(?:\s*(?:arası|arasında))?"
_AFTER_PREFIX: Final = (
    rf"(?:after|from|nach|ab|poslije|posle|nakon|iza|od|после|с|позже|po|od|kasneje od)\s+"
    rf"{_TIME}"
)
_AFTER_SUFFIX: Final = rf"{_TIME}\s*'?(?:den|dan|ten|tan)\s+sonra"
_BEFORE_PREFIX: Final = (
    rf"(?:before|until|till|vor|bis|prije|pre|do|до|pred|ne kasneje od)\s+{_TIME}"
)
_BEFORE_SUFFIX: Final = rf"{_TIME}\s*'?(?:den|dan|ten|tan)\s+önce"

_PATTERNS: Final = (
    ("between", re.compile(_BETWEEN, re.IGNORECASE)),
    ("between", re.compile(_RANGE, re.IGNORECASE)),
    ("after", re.compile(_AFTER_SUFFIX, re.IGNORECASE)),
    ("before", re.compile(_BEFORE_SUFFIX, re.IGNORECASE)),
    ("after", re.compile(_AFTER_PREFIX, re.IGNORECASE)),
    ("before", re.compile(_BEFORE_PREFIX, re.IGNORECASE)),
)

_PARTS_OF_DAY: Final = (
    (
        re.compile(
            r"(?i)\b(?:morning|vormittags?|morgens|ujutro|prijepodne|dopoldne|zjutraj"
            r"|утром|с утра|sabah|öğleden önce)"
        ),
        TimeWindow(8 * 60, 12 * 60),
    ),
    (
        re.compile(
            r"(?i)\b(?:afternoon|nachmittags?|poslijepodne|popodne|popoldne|днем|днём"
            r"|после обеда|öğleden sonra|öğlen)"
        ),
        TimeWindow(12 * 60, 17 * 60),
    ),
    (
        re.compile(r"(?i)\b(?:evening|abends?|navečer|uvečer|zvečer|вечером|akşam)"),
        TimeWindow(17 * 60, 21 * 60),
    ),
)


def _minutes(groups: tuple[str | None, ...], strict: bool) -> int | None:
    """Minutes after midnight of one matched time (hour, minute, unit, am/pm groups)."""
    hour, minute, unit, ampm = groups
    if hour is None:
        return None
    if strict and not (minute or unit or ampm):
        return None
    h, m = int(hour), int(minute or 0)
    marker = (ampm or "").lower().replace(".", "")
    if marker == "pm" and h < 12:
        h += 12
    elif marker == "am" and h == 12:
        h = 0
    elif not marker and 1 <= h <= 6:
        h += 12  # nobody asks to be called at 5 in the morning: "nach 5" is 17:00
    if not (0 <= h <= 24 and 0 <= m < 60) or (h == 24 and m):
        return None
    return h * 60 + m


def parse_window(text: str, *, strict: bool = False) -> TimeWindow | None:
    """The time window in ``text``, or None when it names none.

    ``strict`` (for free message text rather than a "preferred time" field): a bare number
    is not a time; it needs minutes, a unit ("Uhr", "h", "sati") or am/pm.
    """
    if not text or len(text) > 2000:
        text = text[:2000]
    lowered = text.replace("’", "'")
    for kind, pattern in _PATTERNS:
        match = pattern.search(lowered)
        if match is None:
            continue
        groups = match.groups()
        first = _minutes(groups[0:4], strict and kind != "between")
        if first is None:
            continue
        if kind == "between":
            second = _minutes(groups[4:8], False)
            if second is None or (strict and not any(groups[1:4]) and not any(groups[5:8])):
                continue
            if second <= first:
                continue
            return TimeWindow(first, second)
        if kind == "after":
            return TimeWindow(first, None)
        return TimeWindow(None, first)
    for pattern, window in _PARTS_OF_DAY:
        if pattern.search(lowered):
            return window
    return None


def due_at(requested_at: datetime, window: TimeWindow | None, tz: tzinfo) -> datetime:
    """The first moment at or after ``requested_at`` inside ``window`` (local time ``tz``)."""
    if window is None:
        return requested_at
    local = requested_at.astimezone(tz)
    minute = local.hour * 60 + local.minute
    if window.contains(minute):
        return requested_at
    day = local.date()
    if window.start is not None and minute < window.start:
        start = window.start
    else:
        day = day + timedelta(days=1)
        start = window.start or 0
    hours, minutes = divmod(start, 60)
    moment = datetime.combine(day, time(min(hours, 23), minutes), tzinfo=tz)
    return moment.astimezone(requested_at.tzinfo or tz)
