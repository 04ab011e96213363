"""One customer per person: finding customers by email address *and* phone number.

An order or a callback form names an email address and a phone number.  When both belong
to known customers that are two different rows, they are one person and the rows are
merged (the older one is kept).  This module works on the DB-API connection of the
caller's transaction, so the ingest path (``console.mail.classify``) can use it per
message; the merges it decides are applied in :meth:`IdentityLinker.finish`, after the
ingest's own caches (customer resolver, threader) have been flushed, because merging
deletes a customer row those caches may still name.

Threading: like the connection it is given, an ``IdentityLinker`` belongs to one thread.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session

from console.domain.events import EventKind
from console.storage.sqltime import to_db

SYSTEM_AUTHOR: Final = "shopkeeper"
"""The author of events the program records by itself (automatic merges)."""

_FILLABLE: Final = ("language", "company", "vat_number", "birthday")


def connection_of(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session``, inside the session's transaction."""
    driver = session.connection().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError("Shopkeeper's database is SQLite")
    return driver


def insert_event(
    connection: sqlite3.Connection,
    kind: EventKind,
    *,
    author: str,
    at: datetime,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    payload: dict[str, object] | None = None,
) -> str:
    """Add a timeline event through the DB-API connection; returns the event id."""
    event_id = uuid.uuid4().hex
    connection.execute(
        "INSERT INTO events (id, kind, author, created_at, customer_id, conversation_id, payload)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            event_id,
            kind.value,
            author,
            to_db(at),
            customer_id,
            conversation_id,
            json.dumps(payload or {}, ensure_ascii=False),
        ),
    )
    return event_id


def placeholder_name(email: str) -> str:
    """The name a customer gets when only the address is known (as the ingest does)."""
    return email.split("@", 1)[0]


def referencing_columns(connection: sqlite3.Connection) -> list[tuple[str, str]]:
    """Every (table, column) with a foreign key to ``customers.id``.

    Read from the schema, so tables other modules add later (promises, reminders, …)
    move along on a merge without this module knowing them.
    """
    found: list[tuple[str, str]] = []
    tables = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    for (table,) in tables:
        if table == "customers":
            continue
        for row in connection.execute(f'PRAGMA foreign_key_list("{table}")'):
            # id, seq, table, from, to, on_update, on_delete, match
            if row[2] == "customers" and (row[4] in (None, "id")):
                found.append((str(table), str(row[3])))
    return found


def merge_rows(
    connection: sqlite3.Connection,
    keep_id: int,
    other_id: int,
    *,
    author: str,
    at: datetime,
    reason: str,
) -> str:
    """Move everything of customer ``other_id`` to ``keep_id`` and delete ``other_id``.

    Addresses, phones, conversations, events, orders, callbacks and any other row that
    points at the customer move; empty fields of the kept customer are filled from the
    other one, notes are joined.  Records ``CUSTOMERS_MERGED`` on the kept customer and
    returns the event id.
    """
    columns = "id, name, language, kind, company, vat_number, birthday, notes"
    keep = connection.execute(
        f"SELECT {columns} FROM customers WHERE id = ?", (keep_id,)
    ).fetchone()
    other = connection.execute(
        f"SELECT {columns} FROM customers WHERE id = ?", (other_id,)
    ).fetchone()
    if keep is None or other is None:
        raise LookupError(f"customer {keep_id if keep is None else other_id} does not exist")
    other_emails = [
        r[0]
        for r in connection.execute(
            "SELECT email FROM customer_addresses WHERE customer_id = ? ORDER BY id", (other_id,)
        )
    ]
    other_phones = [
        r[0]
        for r in connection.execute(
            "SELECT e164 FROM customer_phones WHERE customer_id = ? ORDER BY id", (other_id,)
        )
    ]
    keep_emails = [
        r[0]
        for r in connection.execute(
            "SELECT email FROM customer_addresses WHERE customer_id = ?", (keep_id,)
        )
    ]
    for table, column in referencing_columns(connection):
        connection.execute(
            f'UPDATE "{table}" SET "{column}" = ? WHERE "{column}" = ?', (keep_id, other_id)
        )
    updates: dict[str, object] = {}
    keep_name, other_name = str(keep[1] or "").strip(), str(other[1] or "").strip()
    placeholders = {placeholder_name(e) for e in keep_emails} | {""}
    other_placeholders = {placeholder_name(e) for e in other_emails} | {""}
    if keep_name in placeholders and other_name not in other_placeholders:
        updates["name"] = other_name
    for index, field in zip((2, 4, 5, 6), _FILLABLE, strict=True):
        if keep[index] in (None, "") and other[index] not in (None, ""):
            updates[field] = other[index]
    if other[3] == "business" and keep[3] != "business":
        updates["kind"] = "business"
    keep_notes, other_notes = str(keep[7] or "").strip(), str(other[7] or "").strip()
    if other_notes and other_notes != keep_notes:
        updates["notes"] = f"{keep_notes}\n\n{other_notes}" if keep_notes else other_notes
    if updates:
        assignments = ", ".join(f"{name} = ?" for name in updates)
        connection.execute(
            f"UPDATE customers SET {assignments} WHERE id = ?", (*updates.values(), keep_id)
        )
    connection.execute("DELETE FROM customers WHERE id = ?", (other_id,))
    return insert_event(
        connection,
        EventKind.CUSTOMERS_MERGED,
        author=author,
        at=at,
        customer_id=keep_id,
        payload={
            "merged_id": other_id,
            "merged_name": other_name,
            "emails": other_emails,
            "phones": other_phones,
            "reason": reason,
        },
    )


class IdentityLinker:
    """Finds or creates customers by email and phone within one transaction.

    Call :meth:`finish` before the transaction commits (and, on the ingest path, after
    the ingestor's ``finish``): it applies the merges found on the way.
    """

    def __init__(self, connection: sqlite3.Connection, now: datetime) -> None:
        self._db = connection
        self._now = now
        self._alias: dict[int, int] = {}
        self._pending: list[tuple[int, int, str]] = []

    def _resolve(self, customer_id: int) -> int:
        while customer_id in self._alias:
            customer_id = self._alias[customer_id]
        return customer_id

    def _by_email(self, email: str) -> int | None:
        row = self._db.execute(
            "SELECT customer_id FROM customer_addresses WHERE email = ?", (email,)
        ).fetchone()
        return None if row is None else self._resolve(int(row[0]))

    def _by_phone(self, e164: str) -> int | None:
        row = self._db.execute(
            "SELECT customer_id FROM customer_phones WHERE e164 = ?", (e164,)
        ).fetchone()
        return None if row is None else self._resolve(int(row[0]))

    def customer_for(
        self, *, email: str = "", phone: str | None = None, name: str = "", label: str = ""
    ) -> int | None:
        """The customer with this email address or phone (E.164); created when new.

        Adds the phone or the address to the customer when it is new to them; when the
        address and the phone belong to two customers, schedules their merge and returns
        the one that is kept.  None when neither an address nor a phone is given.
        """
        email = email.strip().lower()
        phone = (phone or "").strip() or None
        name = " ".join(name.split())
        by_email = self._by_email(email) if email else None
        by_phone = self._by_phone(phone) if phone else None
        if by_email is None and by_phone is None:
            if not email and not phone:
                return None
            customer_id = self._create(name or (placeholder_name(email) if email else phone or ""))
        elif by_email is not None and by_phone is not None and by_email != by_phone:
            customer_id = min(by_email, by_phone)
            other = max(by_email, by_phone)
            self._alias[other] = customer_id
            self._pending.append((customer_id, other, "same email or phone"))
        else:
            known = by_email if by_email is not None else by_phone
            assert known is not None
            customer_id = known
        if email and by_email is None:
            self._db.execute(
                "INSERT OR IGNORE INTO customer_addresses (customer_id, email) VALUES (?, ?)",
                (customer_id, email),
            )
        if phone and by_phone is None:
            self._db.execute(
                "INSERT OR IGNORE INTO customer_phones (customer_id, e164, label) VALUES (?, ?, ?)",
                (customer_id, phone, label),
            )
        if name and email:
            # A real name beats the placeholder made from the address.
            self._db.execute(
                "UPDATE customers SET name = ? WHERE id = ? AND (name = ? OR name = '')",
                (name, customer_id, placeholder_name(email)),
            )
        return customer_id

    def resolve(self, customer_id: int | None) -> int | None:
        """The customer a (possibly merged-away) id stands for after :meth:`finish`."""
        return None if customer_id is None else self._resolve(customer_id)

    def _create(self, name: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO customers (name, kind, notes, created_at) VALUES (?, 'private', '', ?)",
            (name, to_db(self._now)),
        )
        return int(cursor.lastrowid or 0)

    def finish(self) -> list[tuple[int, int]]:
        """Apply the merges found so far; returns (kept, removed) pairs."""
        done: list[tuple[int, int]] = []
        for keep, other, reason in self._pending:
            keep, other = self._resolve(keep), other
            exists = self._db.execute("SELECT 1 FROM customers WHERE id = ?", (other,)).fetchone()
            if keep == other or exists is None:
                continue
            merge_rows(self._db, keep, other, author=SYSTEM_AUTHOR, at=self._now, reason=reason)
            done.append((keep, other))
        self._pending = []
        return done
