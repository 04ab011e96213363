"""Orders as the UI and the templates see them: plain values, read in one short session.

``orders_for_customer`` feeds the customer panel (newest first, with items, history and
the tracking link), ``order_for_conversation`` the order box next to a conversation, and
``order_template_context`` the reply templates ("{{ order.number }}", "{{ order.total }}").
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from console.customers.identity import connection_of
from console.orders.carriers import carrier_name, tracking_url
from console.orders.money import format_money
from console.orders.types import OrderStatus
from console.storage.database import Database
from console.storage.sqltime import from_db


@dataclass(frozen=True, slots=True)
class OrderItemView:
    name: str
    sku: str
    quantity: int
    price: Decimal | None


@dataclass(frozen=True, slots=True)
class OrderEventView:
    kind: str
    """"created", "status", "tracking" or "imported"."""
    status: OrderStatus | None
    at: datetime
    detail: dict[str, object]


@dataclass(frozen=True, slots=True)
class OrderView:
    id: int
    platform: str
    number: str
    status: OrderStatus
    placed_at: datetime | None
    total: Decimal | None
    currency: str | None
    customer_id: int | None
    customer_name: str
    email: str
    phone: str
    billing_address: str
    shipping_address: str
    payment_method: str
    shipping_method: str
    tracking_number: str
    carrier: str
    """Carrier key ("dhl", "hp") or the name as written."""
    carrier_name: str
    tracking_url: str
    """The carrier's tracking page for the number, or the link found in the mail."""
    items: tuple[OrderItemView, ...]
    history: tuple[OrderEventView, ...]
    """Oldest first."""
    conversation_ids: tuple[int, ...]
    source: str

    def total_display(self, locale: str = "en") -> str:
        return format_money(self.total, self.currency, locale)


_COLUMNS: Final = (
    "id, platform, number, status, placed_at, total, currency, customer_id, customer_name, "
    "email, phone, billing_address, shipping_address, payment_method, shipping_method, "
    "tracking_number, carrier, tracking_url, source"
)
_NEWEST_FIRST: Final = " ORDER BY placed_at IS NULL, placed_at DESC, id DESC"


def _decimal(value: object) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _status(value: object) -> OrderStatus:
    try:
        return OrderStatus(str(value))
    except ValueError:
        return OrderStatus.NEW


def _marks(count: int) -> str:
    return ",".join("?" * count)


def _load(connection: sqlite3.Connection, rows: list[tuple[object, ...]]) -> list[OrderView]:
    if not rows:
        return []
    ids = [int(str(row[0])) for row in rows]
    items: dict[int, list[OrderItemView]] = defaultdict(list)
    history: dict[int, list[OrderEventView]] = defaultdict(list)
    conversations: dict[int, list[int]] = defaultdict(list)
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        marks = _marks(len(chunk))
        for order_id, name, sku, quantity, price in connection.execute(
            f"SELECT order_id, name, sku, quantity, price FROM order_items "
            f"WHERE order_id IN ({marks}) ORDER BY order_id, position",
            chunk,
        ):
            items[order_id].append(OrderItemView(name, sku, int(quantity), _decimal(price)))
        for order_id, kind, status, at, detail in connection.execute(
            f"SELECT order_id, kind, status, at, detail FROM order_events "
            f"WHERE order_id IN ({marks}) ORDER BY order_id, at, id",
            chunk,
        ):
            try:
                decoded = json.loads(detail or "{}")
            except ValueError:
                decoded = {}
            moment = from_db(at)
            assert moment is not None
            history[order_id].append(
                OrderEventView(
                    kind=str(kind),
                    status=_status(status) if status else None,
                    at=moment,
                    detail=decoded if isinstance(decoded, dict) else {},
                )
            )
        for order_id, conversation_id in connection.execute(
            f"SELECT order_id, conversation_id FROM conversation_orders "
            f"WHERE order_id IN ({marks}) ORDER BY id",
            chunk,
        ):
            conversations[order_id].append(int(conversation_id))
    views: list[OrderView] = []
    for row in rows:
        order_id = int(str(row[0]))
        number, carrier, found_url = str(row[2]), str(row[16] or ""), str(row[17] or "")
        tracking = str(row[15] or "")
        views.append(
            OrderView(
                id=order_id,
                platform=str(row[1]),
                number=number,
                status=_status(row[3]),
                placed_at=from_db(str(row[4])) if row[4] else None,
                total=_decimal(row[5]),
                currency=str(row[6]) if row[6] else None,
                customer_id=int(str(row[7])) if row[7] is not None else None,
                customer_name=str(row[8] or ""),
                email=str(row[9] or ""),
                phone=str(row[10] or ""),
                billing_address=str(row[11] or ""),
                shipping_address=str(row[12] or ""),
                payment_method=str(row[13] or ""),
                shipping_method=str(row[14] or ""),
                tracking_number=tracking,
                carrier=carrier,
                carrier_name=carrier_name(carrier) if carrier else "",
                tracking_url=tracking_url(tracking, carrier, found_url) if tracking else found_url,
                items=tuple(items.get(order_id, ())),
                history=tuple(history.get(order_id, ())),
                conversation_ids=tuple(dict.fromkeys(conversations.get(order_id, ()))),
                source=str(row[18] or ""),
            )
        )
    return views


def orders_for_customer(
    db: Database, customer_id: int, *, limit: int | None = None
) -> list[OrderView]:
    """The customer's orders, newest first, with items, history and tracking links."""
    sql = f"SELECT {_COLUMNS} FROM orders WHERE customer_id = ?{_NEWEST_FIRST}"
    params: list[object] = [customer_id]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    with db.reader() as session:
        connection = connection_of(session)
        return _load(connection, [tuple(r) for r in connection.execute(sql, params)])


def orders_for_conversation(db: Database, conversation_id: int) -> list[OrderView]:
    """The orders a conversation is about (its notification, or the numbers mentioned),
    newest first."""
    sql = (
        f"SELECT {_COLUMNS} FROM orders WHERE id IN (SELECT order_id FROM conversation_orders "
        f"WHERE conversation_id = ?){_NEWEST_FIRST}"
    )
    with db.reader() as session:
        connection = connection_of(session)
        return _load(connection, [tuple(r) for r in connection.execute(sql, (conversation_id,))])


def order_for_conversation(db: Database, conversation_id: int) -> OrderView | None:
    """The order the conversation is about (the newest, when it names several)."""
    found = orders_for_conversation(db, conversation_id)
    return found[0] if found else None


def get_order(db: Database, order_id: int) -> OrderView | None:
    with db.reader() as session:
        connection = connection_of(session)
        rows = connection.execute(f"SELECT {_COLUMNS} FROM orders WHERE id = ?", (order_id,))
        found = _load(connection, [tuple(r) for r in rows])
    return found[0] if found else None


def list_orders(
    db: Database, *, email: str | None = None, limit: int | None = None
) -> list[OrderView]:
    """All orders, newest first; with ``email``, those of the customer with that address
    (any of their addresses) or placed with it."""
    params: list[object] = []
    where = ""
    if email:
        address = email.strip().lower()
        where = (
            " WHERE lower(email) = ? OR customer_id IN "
            "(SELECT customer_id FROM customer_addresses WHERE email = ?)"
        )
        params += [address, address]
    sql = f"SELECT {_COLUMNS} FROM orders{where}{_NEWEST_FIRST}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    with db.reader() as session:
        connection = connection_of(session)
        return _load(connection, [tuple(r) for r in connection.execute(sql, params)])


def order_template_context(order: OrderView, locale: str = "en") -> dict[str, object]:
    """The values a reply template may use about an order, formatted for ``locale``."""
    return {
        "number": order.number,
        "status": order.status.value,
        "total": order.total_display(locale),
        "currency": order.currency or "",
        "placed_at": order.placed_at.date().isoformat() if order.placed_at else "",
        "customer_name": order.customer_name,
        "payment_method": order.payment_method,
        "shipping_method": order.shipping_method,
        "tracking_number": order.tracking_number,
        "carrier": order.carrier_name,
        "tracking_url": order.tracking_url,
        "items": [
            {
                "name": item.name,
                "quantity": item.quantity,
                "price": format_money(item.price, order.currency, locale),
            }
            for item in order.items
        ],
    }


def order_as_json(order: OrderView) -> dict[str, object]:
    """An order for ``--json`` output: numbers as strings, times in ISO 8601."""
    return {
        "id": order.id,
        "number": order.number,
        "platform": order.platform,
        "status": order.status.value,
        "date": order.placed_at.isoformat() if order.placed_at else None,
        "total": str(order.total) if order.total is not None else None,
        "currency": order.currency,
        "customer": {
            "id": order.customer_id,
            "name": order.customer_name,
            "email": order.email,
            "phone": order.phone,
        },
        "billing_address": order.billing_address,
        "shipping_address": order.shipping_address,
        "payment_method": order.payment_method,
        "shipping_method": order.shipping_method,
        "items": [
            {
                "name": item.name,
                "sku": item.sku,
                "quantity": item.quantity,
                "price": str(item.price) if item.price is not None else None,
            }
            for item in order.items
        ],
        "tracking": {
            "number": order.tracking_number,
            "carrier": order.carrier_name,
            "url": order.tracking_url,
        }
        if order.tracking_number or order.tracking_url
        else None,
        "history": [
            {
                "kind": event.kind,
                "status": event.status.value if event.status else None,
                "at": event.at.isoformat(),
            }
            for event in order.history
        ],
        "conversations": list(order.conversation_ids),
    }


def first_order_at(db: Database, customer_ids: Iterable[int]) -> dict[int, datetime]:
    """When each customer first ordered (derived from ``orders``, not stored)."""
    ids = list(customer_ids)
    if not ids:
        return {}
    found: dict[int, datetime] = {}
    with db.reader() as session:
        connection = connection_of(session)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for customer_id, first in connection.execute(
                f"SELECT customer_id, min(placed_at) FROM orders WHERE customer_id IN "
                f"({_marks(len(chunk))}) GROUP BY customer_id",
                chunk,
            ):
                moment = from_db(first) if first else None
                if moment is not None:
                    found[int(customer_id)] = moment
    return found
