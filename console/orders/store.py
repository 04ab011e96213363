"""Writing orders: one row per shop order, updated by every later mail or import.

A later mail about the same order (paid, shipped with tracking, refunded, cancelled) adds
to its history (``order_events``) and fills what was empty; it never erases what an
earlier mail said.  The order's status is the status of its latest event.  Re-reading a
mail or re-importing a file changes nothing (events are unique per source).

Works on the DB-API connection of the caller's transaction (the ingest path).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from console.customers.identity import IdentityLinker
from console.customers.phones import normalize_phone
from console.orders.carriers import carrier_key
from console.orders.types import OrderStatus, ParsedItem, ParsedOrder, Platform
from console.storage.sqltime import to_db

_NUMBER_CLEAN: Final = re.compile(r"^[#№\s]+")
_COUNTRY_REGIONS: Final = (
    (re.compile(r"(?i)croatia|hrvatska|kroatien"), "HR"),
    (re.compile(r"(?i)slovenia|slovenija|slowenien"), "SI"),
    (re.compile(r"(?i)germany|deutschland"), "DE"),
    (re.compile(r"(?i)austria|österreich"), "AT"),
    (re.compile(r"(?i)switzerland|schweiz"), "CH"),
    (re.compile(r"(?i)russia|росси"), "RU"),
    (re.compile(r"(?i)turkey|türkiye|turkiye"), "TR"),
    (re.compile(r"(?i)united kingdom|england|scotland"), "GB"),
    (re.compile(r"(?i)bosnia|bosna"), "BA"),
    (re.compile(r"(?i)serbia|srbija"), "RS"),
)
_CURRENCY_REGIONS: Final = {"RUB": "RU", "TRY": "TR", "GBP": "GB", "CHF": "CH", "HRK": "HR"}


def order_phone(order: ParsedOrder, region: str) -> str | None:
    """The order's phone in E.164: read in the shop's region, else in the customer's
    country (from the address or the currency)."""
    if not order.phone:
        return None
    candidates = [region]
    address = f"{order.billing_address}\n{order.shipping_address}"
    candidates += [code for pattern, code in _COUNTRY_REGIONS if pattern.search(address)]
    for block in (order.billing_address, order.shipping_address):
        last = block.strip().rsplit("\n", 1)[-1].strip()
        if len(last) == 2 and last.isalpha() and last.isupper():
            candidates.append(last)  # exports end the address with the country code
    if order.currency and order.currency.upper() in _CURRENCY_REGIONS:
        candidates.append(_CURRENCY_REGIONS[order.currency.upper()])
    for candidate in dict.fromkeys(candidates):
        found = normalize_phone(order.phone, candidate)
        if found:
            return found
    return None


@dataclass(frozen=True, slots=True)
class SaveResult:
    order_id: int
    created: bool
    changed: bool


def clean_number(number: str) -> str:
    return _NUMBER_CLEAN.sub("", number.strip())[:64]


def _find(connection: sqlite3.Connection, platform: str, number: str) -> tuple[int, str] | None:
    row = connection.execute(
        "SELECT id, platform FROM orders WHERE platform = ? AND number = ?", (platform, number)
    ).fetchone()
    if row is not None:
        return int(row[0]), str(row[1])
    # A mail without the platform's marks (or an import of unknown origin) still belongs
    # to the one order with that number.
    rows = connection.execute(
        "SELECT id, platform FROM orders WHERE number = ? LIMIT 2", (number,)
    ).fetchall()
    if len(rows) == 1 and Platform.GENERIC.value in (platform, rows[0][1]):
        return int(rows[0][0]), str(rows[0][1])
    return None


def _money(value: object) -> str | None:
    return None if value is None else str(value)


_FILLABLE: Final = (
    "customer_name",
    "email",
    "phone",
    "billing_address",
    "shipping_address",
    "payment_method",
    "shipping_method",
    "tracking_number",
    "carrier",
    "tracking_url",
    "currency",
    "total",
    "placed_at",
    "language",
)


def _items_equal(connection: sqlite3.Connection, order_id: int, items: list[ParsedItem]) -> bool:
    current = connection.execute(
        "SELECT name, sku, quantity, price FROM order_items WHERE order_id = ? ORDER BY position",
        (order_id,),
    ).fetchall()
    wanted = [(i.name, i.sku, i.quantity, _money(i.price)) for i in items]
    return [tuple(row) for row in current] == wanted


def _replace_items(connection: sqlite3.Connection, order_id: int, items: list[ParsedItem]) -> None:
    connection.execute("DELETE FROM order_items WHERE order_id = ?", (order_id,))
    connection.executemany(
        "INSERT INTO order_items (order_id, position, name, sku, quantity, price) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                order_id,
                position,
                item.name[:2000],
                item.sku[:100],
                item.quantity,
                _money(item.price),
            )
            for position, item in enumerate(items)
        ],
    )


def _event(
    connection: sqlite3.Connection,
    order_id: int,
    kind: str,
    status: OrderStatus | None,
    at: datetime,
    message_id: int | None,
    source_key: str,
    detail: dict[str, object],
) -> bool:
    cursor = connection.execute(
        "INSERT OR IGNORE INTO order_events (order_id, kind, status, at, message_id, source_key,"
        " detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            order_id,
            kind,
            status.value if status else None,
            to_db(at),
            message_id,
            source_key,
            json.dumps(detail, ensure_ascii=False),
        ),
    )
    return cursor.rowcount > 0


def refresh_status(connection: sqlite3.Connection, order_id: int) -> None:
    """The order's status is the one of its latest event that names a status."""
    connection.execute(
        "UPDATE orders SET status = coalesce((SELECT status FROM order_events "
        "WHERE order_id = ? AND status IS NOT NULL ORDER BY at DESC, id DESC LIMIT 1), status) "
        "WHERE id = ?",
        (order_id, order_id),
    )


def link_conversation(
    connection: sqlite3.Connection,
    conversation_id: int,
    order_id: int,
    message_id: int | None,
    source: str,
    now: datetime,
) -> None:
    connection.execute(
        "INSERT OR IGNORE INTO conversation_orders (conversation_id, order_id, message_id, source,"
        " created_at) VALUES (?, ?, ?, ?, ?)",
        (conversation_id, order_id, message_id, source, to_db(now)),
    )


class OrderWriter:
    """Saves parsed orders within one transaction; customers through ``linker``."""

    def __init__(
        self, connection: sqlite3.Connection, linker: IdentityLinker, now: datetime, region: str
    ) -> None:
        self._db = connection
        self._linker = linker
        self._now = now
        self._region = region

    def save(
        self,
        order: ParsedOrder,
        *,
        source: str,
        source_key: str,
        at: datetime | None,
        message_id: int | None = None,
        conversation_id: int | None = None,
    ) -> SaveResult:
        """Insert or update ``order``; ``at`` is when the mail or file said it."""
        number = clean_number(order.number)
        when = at or order.placed_at or self._now
        phone = order_phone(order, self._region)
        values: dict[str, object] = {
            "customer_name": order.customer_name.strip(),
            "email": order.email.strip().lower(),
            "phone": phone or order.phone.strip(),
            "billing_address": order.billing_address.strip(),
            "shipping_address": order.shipping_address.strip(),
            "payment_method": order.payment_method.strip(),
            "shipping_method": order.shipping_method.strip(),
            "tracking_number": order.tracking_number.strip(),
            "carrier": carrier_key(order.carrier) or order.carrier.strip(),
            "tracking_url": order.tracking_url.strip(),
            "currency": (order.currency or "").upper() or None,
            "total": _money(order.total),
            "placed_at": to_db(order.placed_at),
            "language": order.language,
        }
        customer_id = self._linker.customer_for(
            email=str(values["email"]), phone=phone, name=str(values["customer_name"])
        )
        found = _find(self._db, order.platform.value, number)
        created = found is None
        changed = created
        if found is None:
            cursor = self._db.execute(
                "INSERT INTO orders (platform, number, customer_id, status, placed_at, currency,"
                " total, customer_name, email, phone, billing_address, shipping_address,"
                " payment_method, shipping_method, tracking_number, carrier, tracking_url,"
                " language, source, message_id, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    order.platform.value,
                    number,
                    customer_id,
                    (order.status or OrderStatus.NEW).value,
                    values["placed_at"] or (to_db(when) if source == "mail" else None),
                    values["currency"],
                    values["total"],
                    values["customer_name"],
                    values["email"],
                    values["phone"],
                    values["billing_address"],
                    values["shipping_address"],
                    values["payment_method"],
                    values["shipping_method"],
                    values["tracking_number"],
                    values["carrier"],
                    values["tracking_url"],
                    values["language"],
                    source,
                    message_id,
                    to_db(self._now),
                    to_db(self._now),
                ),
            )
            order_id = int(cursor.lastrowid or 0)
            # An import knows when the order was placed; a mail is the moment itself.
            placed = order.placed_at if source == "csv" and order.placed_at else when
            _event(
                self._db,
                order_id,
                "created",
                order.status or OrderStatus.NEW,
                placed,
                message_id,
                source_key,
                {"source": source},
            )
        else:
            order_id, stored_platform = found
            changed = self._fill(order_id, values, customer_id, order.platform, stored_platform)
        if order.items and not _items_equal(self._db, order_id, order.items):
            _replace_items(self._db, order_id, order.items)
            changed = True
        if order.status and not created and not self._seen(order_id, source_key):
            changed |= _event(
                self._db, order_id, "status", order.status, when, message_id, source_key, {}
            )
        if order.tracking_number:
            changed |= _event(
                self._db,
                order_id,
                "tracking",
                None,
                when,
                message_id,
                source_key,
                {"number": order.tracking_number, "carrier": values["carrier"]},
            )
        refresh_status(self._db, order_id)
        if conversation_id is not None:
            link_conversation(
                self._db, conversation_id, order_id, message_id, "notification", self._now
            )
        if created:
            # Conversations that mentioned the number before the order was known.
            self._db.execute(
                "INSERT OR IGNORE INTO conversation_orders (conversation_id, order_id,"
                " message_id, source, created_at) SELECT conversation_id, ?, message_id,"
                " 'mention', ? FROM order_mentions WHERE number = ?",
                (order_id, to_db(self._now), number),
            )
        return SaveResult(order_id=order_id, created=created, changed=changed)

    def _seen(self, order_id: int, source_key: str) -> bool:
        """Whether this source already created the order or set its status."""
        row = self._db.execute(
            "SELECT 1 FROM order_events WHERE order_id = ? AND source_key = ? "
            "AND kind IN ('created', 'status') LIMIT 1",
            (order_id, source_key),
        ).fetchone()
        return row is not None

    def _fill(
        self,
        order_id: int,
        values: dict[str, object],
        customer_id: int | None,
        platform: Platform,
        stored_platform: str,
    ) -> bool:
        columns = ", ".join(_FILLABLE)
        row = self._db.execute(
            f"SELECT {columns}, customer_id FROM orders WHERE id = ?", (order_id,)
        ).fetchone()
        updates: dict[str, object] = {}
        for index, name in enumerate(_FILLABLE):
            new, old = values[name], row[index]
            if new in (None, ""):
                continue
            # Tracking and totals may change (a new parcel, a refund); the rest only fills.
            replace = name in ("tracking_number", "carrier", "tracking_url")
            if old in (None, "") or (replace and new != old):
                updates[name] = new
        if customer_id is not None and row[len(_FILLABLE)] is None:
            updates["customer_id"] = customer_id
        if stored_platform == Platform.GENERIC.value and platform is not Platform.GENERIC:
            updates["platform"] = platform.value
        if not updates:
            return False
        updates["updated_at"] = to_db(self._now)
        assignments = ", ".join(f"{name} = ?" for name in updates)
        self._db.execute(
            f"UPDATE orders SET {assignments} WHERE id = ?", (*updates.values(), order_id)
        )
        return True
