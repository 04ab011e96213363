"""What the Reminders view shows, read in one job on the DB worker: the agenda (with
customers' names), the reliability of this week and month, and occasions to get in touch.

The functions here run on the worker (through :class:`~ui.operations.Operations`) and
return frozen values; they call the core only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from console.customers.directory import customer_rows
from console.reminders.followups import dissolve_answered
from console.reminders.occasions import Occasion, suggest_occasions
from console.reminders.report import Reliability, month, reliability, week
from console.reminders.store import ReminderView, agenda, take_due_notifications
from console.storage.database import Database


class Section(StrEnum):
    """The three lists of the Reminders view (the navigation's Reminders entries)."""

    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class ReminderRow:
    reminder: ReminderView
    customer_name: str = ""
    """"" when the reminder has no customer (or the customer is gone)."""


@dataclass(frozen=True, slots=True)
class OccasionRow:
    occasion: Occasion
    customers: tuple[tuple[int, str], ...] = ()
    """(id, name) of the customers it concerns, in the occasion's order."""

    @property
    def customer_name(self) -> str:
        """The customer's name when the occasion concerns one customer."""
        return self.customers[0][1] if len(self.customers) == 1 else ""


@dataclass(frozen=True, slots=True)
class RemindersPage:
    at: datetime
    overdue: tuple[ReminderRow, ...] = ()
    today: tuple[ReminderRow, ...] = ()
    upcoming: tuple[ReminderRow, ...] = ()
    week: Reliability | None = None
    month: Reliability | None = None
    occasions: tuple[OccasionRow, ...] = ()
    dissolved: int = 0
    """Follow-ups closed in this read because the customer had answered."""

    def rows(self, section: Section) -> tuple[ReminderRow, ...]:
        match section:
            case Section.OVERDUE:
                return self.overdue
            case Section.TODAY:
                return self.today
            case _:
                return self.upcoming

    def count(self, section: Section) -> int:
        return len(self.rows(section))


def customer_names(db: Database, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    return {row.id: row.name for row in customer_rows(db, wanted)} if wanted else {}


def named(db: Database, reminders: Sequence[ReminderView]) -> tuple[ReminderRow, ...]:
    """``reminders`` with their customers' names."""
    names = customer_names(db, (r.customer_id for r in reminders))
    return tuple(
        ReminderRow(r, names.get(r.customer_id, "") if r.customer_id is not None else "")
        for r in reminders
    )


def read_page(
    db: Database, *, now: datetime, tz: ZoneInfo, author: str, occasion_days: int = 14
) -> RemindersPage:
    """Everything the Reminders view shows at ``now``.

    Follow-ups the customer has answered are closed first (as the CLI does), so the view
    never lists one.
    """
    dissolved = dissolve_answered(db, now=now, author=author)
    lists = agenda(db, now=now, tz=tz)
    (week_start, week_end), (month_start, month_end) = week(now, tz), month(now, tz)
    this_week = reliability(db, start=week_start, end=week_end, now=now)
    this_month = reliability(db, start=month_start, end=month_end, now=now)
    occasions = suggest_occasions(
        db, today=now.astimezone(tz).date(), tz=tz, horizon_days=occasion_days
    )
    names = customer_names(db, (i for o in occasions for i in o.customer_ids))
    return RemindersPage(
        at=now,
        overdue=named(db, lists.overdue),
        today=named(db, lists.today),
        upcoming=named(db, lists.upcoming),
        week=this_week,
        month=this_month,
        occasions=tuple(
            OccasionRow(o, tuple((i, names[i]) for i in o.customer_ids if i in names))
            for o in occasions
        ),
        dissolved=len(dissolved),
    )


@dataclass(frozen=True, slots=True)
class DueNow:
    """Reminders to show now (marked as shown), and how many follow-ups dissolved."""

    rows: tuple[ReminderRow, ...]
    dissolved: int


def take_due(db: Database, *, now: datetime, author: str) -> DueNow:
    """The reminders to notify about now, marked notified, with customers' names.

    Answered follow-ups are closed first, so none fires for a message already answered.
    """
    dissolved = dissolve_answered(db, now=now, author=author)
    return DueNow(named(db, take_due_notifications(db, now=now)), len(dissolved))
