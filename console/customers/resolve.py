"""Finding the customer behind an email address, creating one when it is new.

Runs on the ingest hot path, on the DB-API cursor of the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from console.storage.sqltime import to_db


def _name_from_address(email: str) -> str:
    return email.split("@", 1)[0]


class CustomerResolver:
    """Maps addresses to customer ids within one transaction, with a cache."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._cache: dict[str, int] = {}

    def for_address(self, email: str, name: str, now: datetime) -> int | None:
        """The customer owning ``email``; a new customer when nobody does yet."""
        email = email.strip().lower()
        if not email:
            return None
        cached = self._cache.get(email)
        if cached is not None:
            return cached
        name = name.strip()
        row = self._db.execute(
            "SELECT customer_id FROM customer_addresses WHERE email = ?", (email,)
        ).fetchone()
        if row is None:
            cursor = self._db.execute(
                "INSERT INTO customers (name, kind, notes, created_at) "
                "VALUES (?, 'private', '', ?)",
                (name or _name_from_address(email), to_db(now)),
            )
            customer_id = int(cursor.lastrowid or 0)
            self._db.execute(
                "INSERT INTO customer_addresses (customer_id, email) VALUES (?, ?)",
                (customer_id, email),
            )
        else:
            customer_id = int(row[0])
            if name:
                # A real name beats the placeholder made from the address.
                self._db.execute(
                    "UPDATE customers SET name = ? WHERE id = ? AND name = ?",
                    (name, customer_id, _name_from_address(email)),
                )
        self._cache[email] = customer_id
        return customer_id
