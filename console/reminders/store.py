"""Creating, listing, completing and snoozing reminders; the due-now query for notifications.

Notifications: :func:`due_for_notification` returns every open reminder whose
``remind_at`` has passed and that has not been shown since — also those that came due
while the app was closed or the computer slept; :func:`mark_notified` records that they
were shown.  :func:`take_due_notifications` does both in one unit of work.  Nothing is
skipped: a reminder stays due until it is shown, done, snoozed or dismissed.

Every creation, completion, snooze and dismissal records an event on the customer's
timeline (``PROMISE_MADE``/``PROMISE_KEPT`` for promises).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from console.domain.events import EventKind
from console.promises.due import BusinessHours, local_instant
from console.promises.kinds import Action
from console.reminders.kinds import (
    OPEN_STATUSES,
    ClosedReason,
    ReminderKind,
    ReminderSource,
    ReminderStatus,
    SnoozeOption,
)
from console.reminders.sections import Place, late_after, place_of
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models_promises import Reminder

if TYPE_CHECKING:  # the promise detector (and dateparser) are not needed to store reminders
    from console.promises.detect import DetectedPromise


class ReminderNotFound(LookupError):
    pass


@dataclass(frozen=True, slots=True)
class ReminderView:
    """A reminder as plain values (safe to hand to another thread or a widget)."""

    id: int
    kind: ReminderKind
    action: Action
    title: str
    due_at: datetime
    due_is_date_only: bool
    window_end: datetime | None
    remind_at: datetime
    status: ReminderStatus
    customer_id: int | None
    conversation_id: int | None
    message_id: int | None
    order_ref: str | None
    source_text: str
    source: ReminderSource
    language: str | None
    snoozed_until: datetime | None
    closed_reason: str | None
    created_at: datetime
    done_at: datetime | None
    notified_at: datetime | None

    @property
    def deadline(self) -> datetime:
        """After this the reminder is late (see :func:`late_after`)."""
        return late_after(self.due_at, self.window_end, self.due_is_date_only)

    @property
    def is_open(self) -> bool:
        return self.status.value in OPEN_STATUSES

    def as_json(self, tz: ZoneInfo | None = None) -> dict[str, object]:
        def when(value: datetime | None) -> str | None:
            if value is None:
                return None
            return (value.astimezone(tz) if tz else value).isoformat(timespec="minutes")

        local_due = self.due_at.astimezone(tz) if tz else self.due_at
        return {
            "id": self.id,
            "kind": self.kind.value,
            "action": self.action.value,
            "title": self.title,
            "due": local_due.date().isoformat()
            if self.due_is_date_only
            else local_due.strftime("%Y-%m-%dT%H:%M"),
            "due_at": when(self.due_at),
            "window_end": when(self.window_end),
            "remind_at": when(self.remind_at),
            "status": self.status.value,
            "customer_id": self.customer_id,
            "conversation_id": self.conversation_id,
            "order_ref": self.order_ref,
            "source": self.source.value,
            "source_text": self.source_text,
            "done_at": when(self.done_at),
        }


def view(row: Reminder) -> ReminderView:
    return ReminderView(
        id=row.id,
        kind=ReminderKind(row.kind),
        action=Action(row.action),
        title=row.title,
        due_at=row.due_at,
        due_is_date_only=row.due_is_date_only,
        window_end=row.window_end,
        remind_at=row.remind_at,
        status=ReminderStatus(row.status),
        customer_id=row.customer_id,
        conversation_id=row.conversation_id,
        message_id=row.message_id,
        order_ref=row.order_ref,
        source_text=row.source_text,
        source=ReminderSource(row.source),
        language=row.language,
        snoozed_until=row.snoozed_until,
        closed_reason=row.closed_reason,
        created_at=row.created_at,
        done_at=row.done_at,
        notified_at=row.notified_at,
    )


def _aware(moment: datetime, name: str) -> datetime:
    if moment.tzinfo is None:
        raise ValueError(f"{name} must be an aware datetime")
    return moment.astimezone(UTC)


def _payload(row: Reminder, **extra: object) -> dict[str, object]:
    return {
        "reminder_id": row.id,
        "kind": row.kind,
        "action": row.action,
        "title": row.title,
        "due_at": row.due_at.isoformat(),
        "date_only": row.due_is_date_only,
        "window_end": row.window_end.isoformat() if row.window_end else None,
        **extra,
    }


def add_reminder(
    session: Session,
    *,
    kind: ReminderKind,
    action: Action,
    title: str,
    due_at: datetime,
    now: datetime,
    author: str,
    due_is_date_only: bool = False,
    window_end: datetime | None = None,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    message_id: int | None = None,
    order_ref: str | None = None,
    source_text: str = "",
    source: ReminderSource = ReminderSource.MANUAL,
    language: str | None = None,
    dedupe_key: str | None = None,
    status: ReminderStatus = ReminderStatus.PENDING,
) -> Reminder:
    """Add a reminder (and its event) in the caller's unit of work.

    With a ``dedupe_key`` already in the table, the existing reminder is returned and
    nothing is added.
    """
    if dedupe_key is not None:
        existing = session.scalars(
            select(Reminder).where(Reminder.dedupe_key == dedupe_key)
        ).first()
        if existing is not None:
            return existing
    due = _aware(due_at, "due_at")
    row = Reminder(
        kind=kind.value,
        action=action.value,
        title=title,
        due_at=due,
        due_is_date_only=due_is_date_only,
        window_end=_aware(window_end, "window_end") if window_end else None,
        remind_at=due,
        customer_id=customer_id,
        conversation_id=conversation_id,
        message_id=message_id,
        order_ref=order_ref,
        source_text=source_text,
        source=source.value,
        language=language,
        status=status.value,
        closed_reason=ClosedReason.DISMISSED.value if status is ReminderStatus.DISMISSED else None,
        dedupe_key=dedupe_key,
        author=author,
        created_at=_aware(now, "now"),
    )
    session.add(row)
    session.flush()
    record_event(
        session,
        EventKind.PROMISE_MADE if kind is ReminderKind.PROMISE else EventKind.REMINDER_ADDED,
        author=author,
        customer_id=customer_id,
        conversation_id=conversation_id,
        payload=_payload(row, source=source.value, text=source_text, status=row.status),
        at=row.created_at,
    )
    return row


def create_from_promises(
    db: Database,
    promises: Sequence[DetectedPromise],
    *,
    now: datetime,
    author: str,
    source: ReminderSource,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    message_id: int | None = None,
    order_ref: str | None = None,
    language: str | None = None,
) -> list[ReminderView]:
    """One reminder per promise the owner confirmed (from ``detect_promises``).

    A promise read again from the same message (same action and due) is not duplicated.
    """
    made = []
    with db.session() as session:
        for promise in promises:
            key = (
                f"promise:{message_id}:{promise.action.value}:{promise.due_text}"
                if message_id is not None
                else None
            )
            row = add_reminder(
                session,
                kind=ReminderKind.PROMISE,
                action=promise.action,
                title=promise.text,
                due_at=promise.due_at,
                due_is_date_only=promise.date_only,
                window_end=promise.window_end,
                now=now,
                author=author,
                customer_id=customer_id,
                conversation_id=conversation_id,
                message_id=message_id,
                order_ref=order_ref,
                source_text=promise.text,
                source=source,
                language=language,
                dedupe_key=key,
            )
            made.append(view(row))
    return made


def get_reminder(db: Database, reminder_id: int) -> ReminderView:
    with db.reader() as session:
        row = session.get(Reminder, reminder_id)
        if row is None:
            raise ReminderNotFound(f"no reminder {reminder_id}")
        return view(row)


def _row(session: Session, reminder_id: int) -> Reminder:
    row = session.get(Reminder, reminder_id)
    if row is None:
        raise ReminderNotFound(f"no reminder {reminder_id}")
    return row


def mark_done(db: Database, reminder_id: int, *, now: datetime, author: str) -> ReminderView:
    """Done (a promise kept); done twice changes nothing."""
    with db.session() as session:
        row = _row(session, reminder_id)
        complete(session, row, now=now, author=author)
        return view(row)


def complete(session: Session, row: Reminder, *, now: datetime, author: str) -> None:
    """Mark ``row`` done in the caller's unit of work, with its event (``PROMISE_KEPT``
    for a promise, saying whether it was kept on time); done twice changes nothing."""
    at = _aware(now, "now")
    if row.status == ReminderStatus.DONE.value:
        return
    row.status = ReminderStatus.DONE.value
    row.done_at = at
    deadline = late_after(row.due_at, row.window_end, row.due_is_date_only)
    record_event(
        session,
        EventKind.PROMISE_KEPT
        if row.kind == ReminderKind.PROMISE.value
        else EventKind.REMINDER_DONE,
        author=author,
        customer_id=row.customer_id,
        conversation_id=row.conversation_id,
        payload=_payload(row, on_time=at <= deadline),
        at=at,
    )


def snooze_until(
    option: SnoozeOption, *, now: datetime, tz: ZoneInfo, hours: BusinessHours
) -> datetime:
    """The end of a snooze: 15 minutes, an hour, or tomorrow at opening time."""
    at = _aware(now, "now")
    if option is SnoozeOption.MINUTES_15:
        return at + timedelta(minutes=15)
    if option is SnoozeOption.HOUR_1:
        return at + timedelta(hours=1)
    tomorrow = at.astimezone(tz).date() + timedelta(days=1)
    return local_instant(tomorrow, hours.start, tz)


def snooze(
    db: Database, reminder_id: int, *, until: datetime, now: datetime, author: str
) -> ReminderView:
    """Remind again at ``until`` (the promise's own due does not move)."""
    end = _aware(until, "until")
    with db.session() as session:
        row = _row(session, reminder_id)
        if row.status not in OPEN_STATUSES:
            return view(row)
        row.status = ReminderStatus.SNOOZED.value
        row.snoozed_until = end
        row.remind_at = end
        record_event(
            session,
            EventKind.REMINDER_SNOOZED,
            author=author,
            customer_id=row.customer_id,
            conversation_id=row.conversation_id,
            payload=_payload(row, until=end.isoformat()),
            at=_aware(now, "now"),
        )
        return view(row)


def dismiss(
    db: Database,
    reminder_id: int,
    *,
    now: datetime,
    author: str,
    reason: ClosedReason = ClosedReason.DISMISSED,
) -> ReminderView:
    with db.session() as session:
        row = _row(session, reminder_id)
        if row.status not in OPEN_STATUSES:
            return view(row)
        close(session, row, now=now, author=author, reason=reason)
        return view(row)


def close(
    session: Session, row: Reminder, *, now: datetime, author: str, reason: ClosedReason
) -> None:
    """Dismiss ``row`` in the caller's unit of work, with its event."""
    row.status = ReminderStatus.DISMISSED.value
    row.closed_reason = reason.value
    record_event(
        session,
        EventKind.REMINDER_DISMISSED,
        author=author,
        customer_id=row.customer_id,
        conversation_id=row.conversation_id,
        payload=_payload(row, reason=reason.value),
        at=_aware(now, "now"),
    )


def _due_query(now: datetime) -> Select[Reminder]:
    at = _aware(now, "now")
    return (
        select(Reminder)
        .where(
            Reminder.status.in_(OPEN_STATUSES),
            Reminder.remind_at <= at,
            or_(Reminder.notified_at.is_(None), Reminder.notified_at < Reminder.remind_at),
        )
        .order_by(Reminder.remind_at, Reminder.id)
    )


def due_for_notification(db: Database, *, now: datetime) -> list[ReminderView]:
    """Open reminders that are due and were not shown since they came due, oldest first."""
    with db.reader() as session:
        return [view(row) for row in session.scalars(_due_query(now))]


def mark_notified(db: Database, reminder_ids: Iterable[int], *, now: datetime) -> None:
    at = _aware(now, "now")
    ids = list(reminder_ids)
    with db.session() as session:
        for row in session.scalars(select(Reminder).where(Reminder.id.in_(ids))):
            row.notified_at = max(at, row.remind_at)


def take_due_notifications(db: Database, *, now: datetime) -> list[ReminderView]:
    """The reminders to show now, marked as shown, in one unit of work."""
    at = _aware(now, "now")
    with db.session() as session:
        rows = list(session.scalars(_due_query(at)))
        for row in rows:
            row.notified_at = max(at, row.remind_at)
        return [view(row) for row in rows]


@dataclass(frozen=True, slots=True)
class Agenda:
    """Open reminders: late, due today (local), and later."""

    overdue: list[ReminderView]
    today: list[ReminderView]
    upcoming: list[ReminderView]


def agenda(
    db: Database,
    *,
    now: datetime,
    tz: ZoneInfo,
    customer_id: int | None = None,
    conversation_id: int | None = None,
) -> Agenda:
    """Open reminders in three lists, each ordered by when to remind.

    Overdue: the promised window has ended (and no snooze is running).  Today: due on
    today's local date.  Upcoming: later.  A running snooze puts a reminder where its
    snooze ends.
    """
    at = _aware(now, "now")
    today = at.astimezone(tz).date()
    query = select(Reminder).where(Reminder.status.in_(OPEN_STATUSES))
    if customer_id is not None:
        query = query.where(Reminder.customer_id == customer_id)
    if conversation_id is not None:
        query = query.where(Reminder.conversation_id == conversation_id)
    lists: dict[Place, list[ReminderView]] = {place: [] for place in Place}
    with db.reader() as session:
        for row in session.scalars(query.order_by(Reminder.remind_at, Reminder.id)):
            item = view(row)
            place = place_of(
                deadline=item.deadline,
                remind_at=item.remind_at,
                snoozed_until=item.snoozed_until,
                at=at,
                today=today,
                tz=tz,
            )
            lists[place].append(item)
    return Agenda(lists[Place.OVERDUE], lists[Place.TODAY], lists[Place.UPCOMING])


def reminders_for(
    db: Database, *, customer_id: int | None = None, conversation_id: int | None = None
) -> list[ReminderView]:
    """Every reminder (open or not) of a customer or conversation, newest due first."""
    conditions = []
    if customer_id is not None:
        conditions.append(Reminder.customer_id == customer_id)
    if conversation_id is not None:
        conditions.append(Reminder.conversation_id == conversation_id)
    query = select(Reminder).order_by(Reminder.due_at.desc(), Reminder.id.desc())
    if conditions:
        query = query.where(and_(*conditions))
    with db.reader() as session:
        return [view(row) for row in session.scalars(query)]
