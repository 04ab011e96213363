"""How many conversations each list holds, for the navigation pane and the tray."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from console.domain.status import ConversationStatus
from console.storage.database import Database
from console.storage.models import Conversation, Customer


@dataclass(frozen=True, slots=True)
class InboxCounts:
    open: int
    """Open conversations: the shop has something to do."""
    needs_reply: int
    """Open conversations whose newest message is from the customer."""
    waiting: int
    done: int
    customers: int


def inbox_counts(db: Database) -> InboxCounts:
    """All counts in two index-only queries."""
    by_status: dict[tuple[str, bool], int] = {}
    with db.reader() as session:
        query = select(Conversation.status, Conversation.needs_reply, func.count()).group_by(
            Conversation.status, Conversation.needs_reply
        )
        for status, needs_reply, count in session.execute(query):
            by_status[(status, bool(needs_reply))] = int(count)
        customers = int(session.scalar(select(func.count()).select_from(Customer)) or 0)

    def total(status: ConversationStatus) -> int:
        return by_status.get((status.value, True), 0) + by_status.get((status.value, False), 0)

    return InboxCounts(
        open=total(ConversationStatus.OPEN),
        needs_reply=by_status.get((ConversationStatus.OPEN.value, True), 0),
        waiting=total(ConversationStatus.WAITING),
        done=total(ConversationStatus.DONE),
        customers=customers,
    )
