"""Which list an open reminder is in: overdue, due today, or upcoming.

One rule for every place that sorts or counts reminders (the Reminders view, the
navigation counts, the tray): a reminder is **overdue** once its promised window has
ended (for an exact time, an hour of grace after it) and no snooze is running; **today**
when it is to be reminded of on today's local date (or earlier); **upcoming** after that.

Kept light (no detection, no ORM queries beyond one SELECT) because the window's counts
are read after every change.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.reminders.kinds import OPEN_STATUSES
from console.storage.models_promises import Reminder

GRACE = timedelta(hours=1)
"""How late an exact-time promise may be kept and still count as on time ("at 14:00")."""


class Place(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


def late_after(due_at: datetime, window_end: datetime | None, date_only: bool) -> datetime:
    """The end of the promised window; for an exact time, that time plus :data:`GRACE`."""
    if date_only or (window_end is not None and window_end > due_at):
        return window_end or due_at
    return due_at + GRACE


def place_of(
    *,
    deadline: datetime,
    remind_at: datetime,
    snoozed_until: datetime | None,
    at: datetime,
    today: date,
    tz: tzinfo,
) -> Place:
    """Where an open reminder belongs at ``at`` (``today`` is ``at``'s local date)."""
    snoozing = snoozed_until is not None and snoozed_until > at
    if not snoozing and deadline < at:
        return Place.OVERDUE
    if remind_at.astimezone(tz).date() <= today:
        return Place.TODAY
    return Place.UPCOMING


def count_places(session: Session, *, at: datetime, tz: tzinfo) -> dict[Place, int]:
    """How many open reminders are in each place at ``at``."""
    today = at.astimezone(tz).date()
    counts = dict.fromkeys(Place, 0)
    rows = session.execute(
        select(
            Reminder.due_at,
            Reminder.window_end,
            Reminder.due_is_date_only,
            Reminder.remind_at,
            Reminder.snoozed_until,
        ).where(Reminder.status.in_(OPEN_STATUSES))
    )
    for due_at, window_end, date_only, remind_at, snoozed_until in rows:
        deadline = late_after(due_at, window_end, bool(date_only))
        place = place_of(
            deadline=deadline,
            remind_at=remind_at,
            snoozed_until=snoozed_until,
            at=at,
            today=today,
            tz=tz,
        )
        counts[place] += 1
    return counts
