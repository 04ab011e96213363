"""What a merge or a split would move, for the confirmation the owner reads first.

:func:`merge_preview` counts what customer ``other`` has (all of it moves to the kept
customer); :func:`split_preview` counts what :func:`console.customers.merge.split_address`
moves with an address, using the same conditions.  Read-only, one short session each.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from console.customers.identity import connection_of, placeholder_name
from console.storage.database import Database


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    id: int
    name: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    """E.164."""
    conversations: int
    orders: int
    callbacks: int


@dataclass(frozen=True, slots=True)
class SplitPreview:
    customer: CustomerSummary
    email: str
    new_name: str
    """The name the new customer gets (from the address's latest mail)."""
    conversations: int
    orders: int
    callbacks: int


def _count(connection: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> int:
    row = connection.execute(sql, params).fetchone()
    return int(row[0] or 0) if row else 0


def _summary(connection: sqlite3.Connection, customer_id: int) -> CustomerSummary | None:
    row = connection.execute("SELECT id, name FROM customers WHERE id = ?", (customer_id,))
    found = row.fetchone()
    if found is None:
        return None
    emails = tuple(
        str(r[0])
        for r in connection.execute(
            "SELECT email FROM customer_addresses WHERE customer_id = ? ORDER BY id",
            (customer_id,),
        )
    )
    phones = tuple(
        str(r[0])
        for r in connection.execute(
            "SELECT e164 FROM customer_phones WHERE customer_id = ? ORDER BY id", (customer_id,)
        )
    )
    return CustomerSummary(
        id=customer_id,
        name=str(found[1] or "").strip() or (emails[0] if emails else ""),
        emails=emails,
        phones=phones,
        conversations=_count(
            connection, "SELECT count(*) FROM conversations WHERE customer_id = ?", (customer_id,)
        ),
        orders=_count(
            connection, "SELECT count(*) FROM orders WHERE customer_id = ?", (customer_id,)
        ),
        callbacks=_count(
            connection, "SELECT count(*) FROM callbacks WHERE customer_id = ?", (customer_id,)
        ),
    )


def customer_summary(db: Database, customer_id: int) -> CustomerSummary | None:
    """The customer's addresses, phones and how many conversations, orders and callbacks
    they have; None when the customer does not exist."""
    with db.reader() as session:
        return _summary(connection_of(session), customer_id)


def merge_preview(
    db: Database, keep_id: int, other_id: int
) -> tuple[CustomerSummary, CustomerSummary] | None:
    """(kept, merged) summaries; everything of the merged one moves.  None when either
    customer does not exist."""
    with db.reader() as session:
        connection = connection_of(session)
        keep, other = _summary(connection, keep_id), _summary(connection, other_id)
    return (keep, other) if keep is not None and other is not None else None


def _like_address(email: str) -> str:
    escaped = email.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{escaped}"%'


def split_preview(db: Database, customer_id: int, email: str) -> SplitPreview | None:
    """What splitting ``email`` off ``customer_id`` would move; None when it is not one of
    the customer's addresses."""
    email = email.strip().lower()
    with db.reader() as session:
        connection = connection_of(session)
        customer = _summary(connection, customer_id)
        if customer is None or email not in customer.emails:
            return None
        name_row = connection.execute(
            "SELECT from_name FROM messages WHERE from_email = ? AND from_name != '' "
            "ORDER BY date DESC LIMIT 1",
            (email,),
        ).fetchone()
        like = _like_address(email)
        return SplitPreview(
            customer=customer,
            email=email,
            new_name=str(name_row[0]) if name_row else placeholder_name(email),
            conversations=_count(
                connection,
                "SELECT count(DISTINCT c.id) FROM conversations c JOIN messages m "
                "ON m.conversation_id = c.id WHERE c.customer_id = ? AND ("
                "(m.is_outgoing = 0 AND m.from_email = ?) OR "
                "(m.is_outgoing = 1 AND (m.to_json LIKE ? ESCAPE '\\' "
                "OR m.cc_json LIKE ? ESCAPE '\\')))",
                (customer_id, email, like, like),
            ),
            orders=_count(
                connection,
                "SELECT count(*) FROM orders WHERE customer_id = ? AND lower(email) = ?",
                (customer_id, email),
            ),
            callbacks=_count(
                connection,
                "SELECT count(*) FROM callbacks WHERE customer_id = ? AND lower(email) = ?",
                (customer_id, email),
            ),
        )
