"""Merging two customers into one and splitting an address off into a new customer.

The owner's corrections of what the automatic matching did.  Each records an event on the
timeline; conversations, events, orders and callbacks move with the customer they belong
to.  One short transaction each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.customers.identity import connection_of, insert_event, merge_rows, placeholder_name
from console.domain.events import EventKind
from console.errors import UserError
from console.storage.database import Database
from console.storage.models import utcnow
from console.storage.sqltime import to_db


class CustomerError(UserError, ValueError):
    """The merge or split cannot be done; the message is for the user."""


@dataclass(frozen=True, slots=True)
class MergeResult:
    keep_id: int
    removed_id: int
    event_id: str


@dataclass(frozen=True, slots=True)
class SplitResult:
    customer_id: int
    new_id: int
    moved_conversations: int
    moved_orders: int
    moved_callbacks: int


def merge_customers(
    db: Database, keep_id: int, other_id: int, author: str, *, at: datetime | None = None
) -> MergeResult:
    """Merge customer ``other_id`` into ``keep_id`` (which stays); see ``merge_rows``."""
    if keep_id == other_id:
        raise CustomerError("a customer cannot be merged with itself")
    with db.session() as session:
        connection = connection_of(session)
        try:
            event_id = merge_rows(
                connection, keep_id, other_id, author=author, at=at or utcnow(), reason="manual"
            )
        except LookupError as exc:
            raise CustomerError(str(exc)) from exc
    return MergeResult(keep_id=keep_id, removed_id=other_id, event_id=event_id)


def _like_address(email: str) -> str:
    escaped = email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{escaped}"%'


def split_address(
    db: Database, customer_id: int, email: str, author: str, *, at: datetime | None = None
) -> int:
    """Make ``email`` a customer of its own and return the new customer's id.

    The conversations in which the customer wrote from (or was written to at) that
    address, the orders and callbacks with that address, and the events of the moved
    conversations go to the new customer.  Phone numbers stay.
    """
    return split_address_detailed(db, customer_id, email, author, at=at).new_id


def split_address_detailed(
    db: Database, customer_id: int, email: str, author: str, *, at: datetime | None = None
) -> SplitResult:
    """``split_address`` with counts of what moved."""
    email = email.strip().lower()
    when = at or utcnow()
    with db.session() as session:
        connection = connection_of(session)
        owner = connection.execute(
            "SELECT customer_id FROM customer_addresses WHERE email = ?", (email,)
        ).fetchone()
        if owner is None or int(owner[0]) != customer_id:
            raise CustomerError(f"{email} is not an address of customer {customer_id}")
        count = connection.execute(
            "SELECT count(*) FROM customer_addresses WHERE customer_id = ?", (customer_id,)
        ).fetchone()[0]
        if count < 2:
            raise CustomerError(f"{email} is the customer's only address; nothing to split")
        name_row = connection.execute(
            "SELECT from_name FROM messages WHERE from_email = ? AND from_name != '' "
            "ORDER BY date DESC LIMIT 1",
            (email,),
        ).fetchone()
        name = str(name_row[0]) if name_row else placeholder_name(email)
        cursor = connection.execute(
            "INSERT INTO customers (name, kind, notes, created_at) VALUES (?, 'private', '', ?)",
            (name, to_db(when)),
        )
        new_id = int(cursor.lastrowid or 0)
        connection.execute(
            "UPDATE customer_addresses SET customer_id = ? WHERE email = ?", (new_id, email)
        )
        conversations = [
            int(row[0])
            for row in connection.execute(
                "SELECT DISTINCT c.id FROM conversations c JOIN messages m "
                "ON m.conversation_id = c.id WHERE c.customer_id = ? AND ("
                "(m.is_outgoing = 0 AND m.from_email = ?) OR "
                "(m.is_outgoing = 1 AND (m.to_json LIKE ? ESCAPE '\\' "
                "OR m.cc_json LIKE ? ESCAPE '\\')))",
                (customer_id, email, _like_address(email), _like_address(email)),
            )
        ]
        for conversation_id in conversations:
            connection.execute(
                "UPDATE conversations SET customer_id = ? WHERE id = ?", (new_id, conversation_id)
            )
            connection.execute(
                "UPDATE events SET customer_id = ? WHERE conversation_id = ? AND customer_id = ?",
                (new_id, conversation_id, customer_id),
            )
        orders = connection.execute(
            "UPDATE orders SET customer_id = ? WHERE customer_id = ? AND lower(email) = ?",
            (new_id, customer_id, email),
        ).rowcount
        callbacks = connection.execute(
            "UPDATE callbacks SET customer_id = ? WHERE customer_id = ? AND lower(email) = ?",
            (new_id, customer_id, email),
        ).rowcount
        details: dict[str, object] = {
            "fields": ["emails"],
            "action": "split",
            "email": email,
            "conversations": conversations,
        }
        insert_event(
            connection,
            EventKind.CUSTOMER_EDITED,
            author=author,
            at=when,
            customer_id=customer_id,
            payload={**details, "new_customer_id": new_id},
        )
        insert_event(
            connection,
            EventKind.CUSTOMER_EDITED,
            author=author,
            at=when,
            customer_id=new_id,
            payload={**details, "from_customer_id": customer_id},
        )
    return SplitResult(
        customer_id=customer_id,
        new_id=new_id,
        moved_conversations=len(conversations),
        moved_orders=max(orders, 0),
        moved_callbacks=max(callbacks, 0),
    )
