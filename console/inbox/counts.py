"""How many conversations each list holds, for the navigation pane and the tray."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo

from sqlalchemy import func, select, text

from console.domain.status import ConversationStatus
from console.storage.database import Database
from console.storage.models import Conversation, Customer, utcnow
from console.storage.sqltime import to_db


@dataclass(frozen=True, slots=True)
class InboxCounts:
    open: int
    """Open conversations: the shop has something to do."""
    needs_reply: int
    """Open conversations whose newest message is from the customer."""
    waiting: int
    done: int
    customers: int
    callbacks: int = 0
    """Open callback requests."""
    overdue: int = 0
    """Open promises and reminders past their due time."""
    today: int = 0
    """Open promises and reminders due later today (the shop's day)."""
    upcoming: int = 0
    """Open promises and reminders due after today."""
    orders: int = 0
    """Open conversations about an order."""
    templates: int = 0

    @property
    def attention(self) -> int:
        """What the tray shows: customers waiting, callbacks and broken promises."""
        return self.needs_reply + self.callbacks + self.overdue


_EXTRA = text(
    """
    SELECT
      (SELECT count(*) FROM callbacks WHERE status = 'open'),
      (SELECT count(*) FROM reminders WHERE status IN ('pending', 'snoozed')
         AND due_at <= :now),
      (SELECT count(*) FROM reminders WHERE status IN ('pending', 'snoozed')
         AND due_at > :now AND due_at <= :end_of_day),
      (SELECT count(*) FROM reminders WHERE status IN ('pending', 'snoozed')
         AND due_at > :end_of_day),
      (SELECT count(DISTINCT co.conversation_id) FROM conversation_orders co
         JOIN conversations c ON c.id = co.conversation_id WHERE c.status = 'open'),
      (SELECT count(*) FROM templates)
    """
)


def _end_of_day(now: datetime, tz: tzinfo | None) -> datetime:
    local = now.astimezone(tz) if tz is not None else now.astimezone()
    midnight = datetime.combine(local.date() + timedelta(days=1), time(0), local.tzinfo)
    return midnight


def inbox_counts(
    db: Database, *, now: datetime | None = None, tz: tzinfo | None = None
) -> InboxCounts:
    """All counts, in a few index-only queries; "today" is the shop's day in ``tz``."""
    now = now or utcnow()
    by_status: dict[tuple[str, bool], int] = {}
    with db.reader() as session:
        query = select(Conversation.status, Conversation.needs_reply, func.count()).group_by(
            Conversation.status, Conversation.needs_reply
        )
        for status, needs_reply, count in session.execute(query):
            by_status[(status, bool(needs_reply))] = int(count)
        customers = int(session.scalar(select(func.count()).select_from(Customer)) or 0)
        extra = session.execute(
            _EXTRA, {"now": to_db(now), "end_of_day": to_db(_end_of_day(now, tz))}
        ).one()

    def total(status: ConversationStatus) -> int:
        return by_status.get((status.value, True), 0) + by_status.get((status.value, False), 0)

    return InboxCounts(
        open=total(ConversationStatus.OPEN),
        needs_reply=by_status.get((ConversationStatus.OPEN.value, True), 0),
        waiting=total(ConversationStatus.WAITING),
        done=total(ConversationStatus.DONE),
        customers=customers,
        callbacks=int(extra[0]),
        overdue=int(extra[1]),
        today=int(extra[2]),
        upcoming=int(extra[3]),
        orders=int(extra[4]),
        templates=int(extra[5]),
    )
