"""How reliably the shop keeps its promises: kept on time this week or month, in percent.

A promise counts in the period its deadline falls in.  Its deadline is the end of its
window (closing time of the promised day, or the deadline of "by Friday"); for a promise
with an exact time ("at 14:00") it is that time plus ``grace`` (an hour by default: a
call at 14:20 for "14:00" is on time).  Reliability is kept-on-time over all promises
whose deadline has passed or that are done; promises still open before their deadline
do not count yet, and dismissed ones never do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.reminders.kinds import ReminderKind, ReminderStatus
from console.reminders.sections import GRACE, late_after
from console.storage.database import Database
from console.storage.models_promises import Reminder


@dataclass(frozen=True, slots=True)
class Reliability:
    start: datetime
    end: datetime
    made: int
    """Promises made (created) in the period."""
    kept_on_time: int
    kept_late: int
    missed: int
    """Not done, and the deadline has passed."""
    open: int
    """Not done, the deadline still ahead."""

    @property
    def judged(self) -> int:
        return self.kept_on_time + self.kept_late + self.missed

    @property
    def percent(self) -> float | None:
        """Kept on time out of all judged promises; None when none can be judged yet."""
        return None if self.judged == 0 else round(100 * self.kept_on_time / self.judged, 1)

    def as_json(self) -> dict[str, object]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "made": self.made,
            "kept_on_time": self.kept_on_time,
            "kept_late": self.kept_late,
            "missed": self.missed,
            "open": self.open,
            "reliability": self.percent,
        }


def reliability(
    db: Database, *, start: datetime, end: datetime, now: datetime, grace: timedelta = GRACE
) -> Reliability:
    """Promises whose deadline lies in ``[start, end)``, judged at ``now``."""
    at = now.astimezone(UTC)
    on_time = late = missed = still_open = made = 0
    with db.reader() as session:
        rows = session.scalars(
            select(Reminder).where(
                Reminder.kind == ReminderKind.PROMISE.value,
                Reminder.status != ReminderStatus.DISMISSED.value,
                Reminder.due_at < end + timedelta(days=31),
            )
        )
        for row in rows:
            if start <= row.created_at < end:
                made += 1
            limit = late_after(row.due_at, row.window_end, row.due_is_date_only)
            if not row.due_is_date_only and limit == row.due_at + GRACE:
                limit = row.due_at + grace
            if not start <= limit < end:
                continue
            if row.done_at is not None:
                if row.done_at <= limit:
                    on_time += 1
                else:
                    late += 1
            elif limit < at:
                missed += 1
            else:
                still_open += 1
    return Reliability(start, end, made, on_time, late, missed, still_open)


def week(now: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Monday 00:00 to next Monday 00:00 (local) of the week of ``now``, in UTC."""
    today = now.astimezone(tz).date()
    monday = today - timedelta(days=today.weekday())
    return _local(monday, tz), _local(monday + timedelta(days=7), tz)


def month(now: datetime, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """The first of the month 00:00 to the first of the next (local), in UTC."""
    today = now.astimezone(tz).date()
    first = today.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return _local(first, tz), _local(following, tz)


def _local(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)
