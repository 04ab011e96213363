"""When a promise is due: business hours, closed days and the exact UTC instants.

The rules (what the owner means, and what the reminder does):

* A day alone ("on Wednesday") means during that day's business hours: the reminder is
  due when the shop opens (``BusinessHours.start``) and the promise is kept if done
  before the shop closes (``BusinessHours.end``) — ``window_end``.
* A part of the day ("Wednesday morning") narrows that window (morning: opening to
  12:00; afternoon: 12:00 to closing; evening: closing to 20:00).
* A deadline ("by Friday", "do petka", "bis Freitag", "до пятницы", "cumaya kadar")
  means before Friday ends, and for a shop that is the end of Friday's business hours:
  the reminder is due at Friday's opening and ``window_end`` is Friday's closing time.
  (Not midnight: a customer told "by Friday" expects it while someone still answers
  the phone.)
* A stated time is exact: ``due_at`` and ``window_end`` are that instant.
* A day on which the shop is closed (not one of ``workdays``, or a public holiday of
  ``country`` from the ``holidays`` package) is flagged ``closed_day`` with the
  holiday's name; the due stays where the owner put it — it is their promise.

Local times become UTC with ``zoneinfo``, so a promise made before a daylight-saving
change for a time after it gets the offset of the day it is due on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

MORNING_END = time(12)
AFTERNOON_START = time(12)
EVENING_END = time(20)

LANGUAGE_COUNTRY = {"hr": "HR", "de": "DE", "ru": "RU", "sl": "SI", "tr": "TR", "en": "GB"}
"""The shop's country when only its language is known."""


@cache
def holidays_of(country: str, subdivision: str | None, year: int) -> dict[date, str]:
    """Public holidays of ``country`` in ``year``: day → name (empty for an unknown country)."""
    try:
        found = holidays.country_holidays(country, subdiv=subdivision, years=year)
    except (NotImplementedError, KeyError):  # an unknown country or region: no holidays
        return {}
    return {day: str(name) for day, name in found.items()}


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """The shop's opening hours, working days (0 = Monday) and public-holiday country."""

    start: time = time(9)
    end: time = time(17)
    workdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))
    country: str | None = None
    """ISO 3166 code for ``holidays`` ("HR", "DE", …); None: no public holidays."""
    subdivision: str | None = None

    def holiday(self, day: date) -> str | None:
        """The name of the public holiday on ``day``, if any."""
        if self.country is None:
            return None
        return holidays_of(self.country, self.subdivision, day.year).get(day)

    def is_open(self, day: date) -> bool:
        return day.weekday() in self.workdays and self.holiday(day) is None

    def next_open_day(self, day: date, *, include: bool = True) -> date:
        """The first day the shop is open from ``day`` on (after it, unless ``include``)."""
        current = day if include else day + timedelta(days=1)
        for _ in range(400):
            if self.is_open(current):
                return current
            current += timedelta(days=1)
        return current  # a shop that is never open: give up after a year

    def add_open_days(self, day: date, count: int) -> date:
        """``count`` working days after ``day`` ("within 2 working days")."""
        current = day
        for _ in range(count):
            current = self.next_open_day(current, include=False)
        return current


@dataclass(frozen=True, slots=True)
class Due:
    """A due as the owner stated it, in the shop's local time."""

    day: date
    at: time | None = None
    """The exact local time, when one was stated."""
    by: bool = False
    """A deadline ("by Friday"): kept when done before it ends."""
    window_start: time | None = None
    window_end: time | None = None
    """A part of the day ("morning"), when stated without an exact time."""
    until: date | None = None
    """The last day of a window of several days ("next week"): kept if done by its end."""

    @property
    def text(self) -> str:
        """``2026-11-25`` for a day, ``2026-11-25T14:00`` with a time."""
        if self.at is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.at.hour:02d}:{self.at.minute:02d}"


@dataclass(frozen=True, slots=True)
class ResolvedDue:
    """A :class:`Due` as instants: when to remind, and until when it counts as kept."""

    due: Due
    due_at: datetime
    """UTC: when the reminder is due."""
    window_end: datetime
    """UTC: the end of the promised window — after it the promise is late."""
    date_only: bool
    closed_day: bool
    holiday: str | None


def local_instant(day: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of a local wall-clock time (a time skipped by DST moves forward)."""
    local = datetime.combine(day, at, tzinfo=tz)
    # Round-trip through UTC normalizes a non-existent local time (spring gap).
    return local.astimezone(UTC)


def resolve(due: Due, tz: ZoneInfo, hours: BusinessHours) -> ResolvedDue:
    """The instants of ``due`` in ``tz`` with the shop's ``hours``."""
    holiday = hours.holiday(due.day)
    closed = holiday is not None or due.day.weekday() not in hours.workdays
    if due.at is not None:
        at = local_instant(due.day, due.at, tz)
        return ResolvedDue(due, at, at, False, closed, holiday)
    start = due.window_start or hours.start
    end = due.window_end or hours.end
    if due.by:
        start, end = hours.start, due.window_end or hours.end
    if end <= start:
        end = start
    return ResolvedDue(
        due,
        local_instant(due.day, start, tz),
        local_instant(due.until or due.day, end, tz),
        True,
        closed,
        holiday,
    )
