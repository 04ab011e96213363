"""How many conversations each list holds, for the navigation pane and the tray."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import func, select, text

from console.domain.status import ConversationStatus
from console.inbox.queries import urgent_ids
from console.promises.zones import system_zone
from console.reminders.sections import Place, count_places
from console.storage.database import Database
from console.storage.models import Conversation, Customer, utcnow


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
    """Open promises and reminders whose promised window has ended."""
    today: int = 0
    """Open promises and reminders due today (the shop's day)."""
    upcoming: int = 0
    """Open promises and reminders due after today."""
    orders: int = 0
    """Open conversations about an order."""
    templates: int = 0
    urgent_elsewhere: int = 0
    """Waiting or done conversations the inbox still lists first: a callback request is
    open or a promise made in them has come due."""

    @property
    def listed(self) -> int:
        """How many conversations the inbox's "All" list holds."""
        return self.open + self.urgent_elsewhere

    @property
    def attention(self) -> int:
        """What the tray shows: customers waiting, callbacks and broken promises."""
        return self.needs_reply + self.callbacks + self.overdue


_EXTRA = text(
    """
    SELECT
      (SELECT count(*) FROM callbacks WHERE status = 'open'),
      (SELECT count(DISTINCT co.conversation_id) FROM conversation_orders co
         JOIN conversations c ON c.id = co.conversation_id WHERE c.status = 'open'),
      (SELECT count(*) FROM templates)
    """
)


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
        extra = session.execute(_EXTRA).one()
        # The inbox's own rule for what it lists first (its tiers 1 and 2).
        urgent = urgent_ids(session.connection(), now)
        urgent_elsewhere = int(
            session.scalar(
                select(func.count())
                .select_from(Conversation)
                .where(
                    Conversation.id.in_(urgent),
                    Conversation.status != ConversationStatus.OPEN.value,
                )
            )
            or 0
        )
        # The Reminders view's own rule, so its tabs and these counts always agree.
        places = count_places(session, at=now, tz=tz if tz is not None else system_zone())

    def total(status: ConversationStatus) -> int:
        return by_status.get((status.value, True), 0) + by_status.get((status.value, False), 0)

    return InboxCounts(
        open=total(ConversationStatus.OPEN),
        needs_reply=by_status.get((ConversationStatus.OPEN.value, True), 0),
        waiting=total(ConversationStatus.WAITING),
        done=total(ConversationStatus.DONE),
        customers=customers,
        callbacks=int(extra[0]),
        overdue=places[Place.OVERDUE],
        today=places[Place.TODAY],
        upcoming=places[Place.UPCOMING],
        orders=int(extra[1]),
        templates=int(extra[2]),
        urgent_elsewhere=urgent_elsewhere,
    )
