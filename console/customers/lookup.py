"""Finding a customer by what the owner has at hand: an email address, a phone number
(in any format), or the customer's id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from console.callbacks.store import read_setting
from console.customers.identity import connection_of
from console.customers.phones import REGION_SETTING, clean_region, normalize_phone
from console.storage.database import Database
from console.storage.sqltime import from_db


@dataclass(frozen=True, slots=True)
class CustomerSummary:
    id: int
    name: str
    kind: str
    company: str | None
    vat_number: str | None
    language: str | None
    birthday: str | None
    notes: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    """E.164."""
    conversation_count: int
    order_count: int
    open_callbacks: int
    first_order_at: datetime | None
    created_at: datetime | None


def find_customer(db: Database, text: str) -> int | None:
    """The customer with this address, phone number ("091/234-5678") or id ("#12")."""
    value = text.strip()
    if not value:
        return None
    with db.reader() as session:
        connection = connection_of(session)
        if "@" in value:
            row = connection.execute(
                "SELECT customer_id FROM customer_addresses WHERE email = ?", (value.lower(),)
            ).fetchone()
            return int(row[0]) if row else None
        if value.lstrip("#").isdigit() and len(value.lstrip("#")) < 7:
            row = connection.execute(
                "SELECT id FROM customers WHERE id = ?", (int(value.lstrip("#")),)
            ).fetchone()
            return int(row[0]) if row else None
        region = clean_region(read_setting(connection, REGION_SETTING))
        e164 = normalize_phone(value, region)
        if e164 is None:
            return None
        row = connection.execute(
            "SELECT customer_id FROM customer_phones WHERE e164 = ?", (e164,)
        ).fetchone()
        return int(row[0]) if row else None


def customer_summary(db: Database, customer_id: int) -> CustomerSummary | None:
    with db.reader() as session:
        connection = connection_of(session)
        row = connection.execute(
            "SELECT id, name, kind, company, vat_number, language, birthday, notes, created_at "
            "FROM customers WHERE id = ?",
            (customer_id,),
        ).fetchone()
        if row is None:
            return None

        def count(sql: str) -> int:
            return int(connection.execute(sql, (customer_id,)).fetchone()[0])

        first = connection.execute(
            "SELECT min(placed_at) FROM orders WHERE customer_id = ?", (customer_id,)
        ).fetchone()[0]
        return CustomerSummary(
            id=int(row[0]),
            name=str(row[1] or ""),
            kind=str(row[2] or "private"),
            company=row[3],
            vat_number=row[4],
            language=row[5],
            birthday=str(row[6]) if row[6] else None,
            notes=str(row[7] or ""),
            emails=tuple(
                str(r[0])
                for r in connection.execute(
                    "SELECT email FROM customer_addresses WHERE customer_id = ? ORDER BY id",
                    (customer_id,),
                )
            ),
            phones=tuple(
                str(r[0])
                for r in connection.execute(
                    "SELECT e164 FROM customer_phones WHERE customer_id = ? ORDER BY id",
                    (customer_id,),
                )
            ),
            conversation_count=count("SELECT count(*) FROM conversations WHERE customer_id = ?"),
            order_count=count("SELECT count(*) FROM orders WHERE customer_id = ?"),
            open_callbacks=count(
                "SELECT count(*) FROM callbacks WHERE customer_id = ? AND status = 'open'"
            ),
            first_order_at=from_db(first) if first else None,
            created_at=from_db(row[8]) if row[8] else None,
        )
