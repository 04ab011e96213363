"""The order a conversation is about, as a short badge for the conversation list."""

from __future__ import annotations

from collections.abc import Iterable

from console.customers.identity import connection_of
from console.storage.database import Database


def order_numbers(db: Database, conversation_ids: Iterable[int]) -> dict[int, str]:
    """Conversation id → number of the newest order it is about (conversations about no
    order are left out)."""
    ids = list(dict.fromkeys(conversation_ids))
    found: dict[int, str] = {}
    with db.reader() as session:
        connection = connection_of(session)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = connection.execute(
                "SELECT co.conversation_id, o.number FROM conversation_orders co "
                "JOIN orders o ON o.id = co.order_id "
                f"WHERE co.conversation_id IN ({marks}) "
                "ORDER BY o.placed_at IS NULL, o.placed_at, o.id",
                chunk,
            )
            for conversation_id, number in rows:
                found[int(conversation_id)] = str(number)  # the newest comes last
    return found
