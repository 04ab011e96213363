"""The sample shop's orders, callback requests and promises.

Added after the sample mail is stored, so the orders link to the conversations that
mention them (#1044, #1045, #1047) and the promises to the conversations they were made
in.  Times are relative to "now", like the mail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.callbacks.store import NewCallback, insert_callback
from console.customers.identity import IdentityLinker
from console.mail.ingest import driver_connection
from console.orders.store import OrderWriter
from console.orders.types import OrderStatus, ParsedItem, ParsedOrder, Platform
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.store import add_reminder
from console.storage.models import Conversation

SHOP_ZONE = ZoneInfo("Europe/Zagreb")


@dataclass(frozen=True, slots=True)
class _Order:
    number: str
    email: str
    name: str
    days_ago: int
    status: OrderStatus
    items: tuple[tuple[str, int, str], ...]
    currency: str
    tracking: str = ""
    carrier: str = ""


ORDERS = (
    _Order(
        "1047", "marko.horvat@posta.example", "Marko Horvat", 4, OrderStatus.SHIPPED,
        (("Maslinovo ulje, limenka 3 l", 1, "42.00"), ("Lavandin sapun", 3, "13.50")),
        "EUR", "CE123456789HR", "hp",
    ),
    _Order(
        "1045", "ayse.yilmaz@posta.example", "Ayşe Yılmaz", 6, OrderStatus.PROCESSING,
        (("Lavanta yağı 30 ml", 2, "24.00"),), "EUR",
    ),
    _Order(
        "1044", "d.ivanov@pochta.example", "Дмитрий Иванов", 9, OrderStatus.SHIPPED,
        (("Мыло с лавандой, набор", 2, "31.00"),), "EUR", "RA123456789HR", "hp",
    ),
)  # fmt: skip


def add_shop_work(session: Session, now: datetime) -> int:
    """Add the orders, a callback request and two promises; returns how many rows."""
    connection = driver_connection(session)
    linker = IdentityLinker(connection, now)
    writer = OrderWriter(connection, linker, now, "HR")
    for order in ORDERS:
        writer.save(
            ParsedOrder(
                platform=Platform.WOOCOMMERCE,
                number=order.number,
                status=order.status,
                placed_at=now - timedelta(days=order.days_ago),
                customer_name=order.name,
                email=order.email,
                items=[ParsedItem(name, qty, Decimal(price)) for name, qty, price in order.items],
                total=sum((Decimal(price) for _n, _q, price in order.items), Decimal(0)),
                currency=order.currency,
                tracking_number=order.tracking,
                carrier=order.carrier,
            ),
            source="sample",
            source_key=f"sample-{order.number}",
            at=now - timedelta(days=order.days_ago),
        )
    customer = linker.customer_for(email="", phone="+385915550199", name="Zoran Kovačić")
    insert_callback(
        connection,
        NewCallback(
            name="Zoran Kovačić",
            phone="+385915550199",
            phone_raw="091 555 0199",
            email="",
            topic="Veleprodaja ulja za restoran",
            message="Molim povratni poziv oko veleprodajnih cijena.",
            window=None,
            window_text="",
            requested_at=now - timedelta(minutes=40),
            source="manual",
        ),
        customer_id=customer,
        conversation_id=None,
        message_id=None,
        tz=SHOP_ZONE,
        now=now,
    )
    linker.finish()
    rows = len(ORDERS) + 1
    for subject, action, due, text in (
        ("Veleprodaja – sapuni za sezonu", Action.CALL, -timedelta(hours=2),
         "Nazvat ću Vas danas prijepodne."),
        ("Narudžba #1047 – kada stiže?", Action.SEND, timedelta(days=1),
         "Sutra Vam šaljem broj za praćenje."),
    ):  # fmt: skip
        conversation = session.scalar(
            select(Conversation).where(Conversation.subject == subject).limit(1)
        )
        if conversation is None:
            continue
        add_reminder(
            session,
            kind=ReminderKind.PROMISE,
            action=action,
            title=text,
            due_at=now + due,
            now=now - timedelta(days=1),
            author="Ivana",
            customer_id=conversation.customer_id,
            conversation_id=conversation.id,
            source_text=text,
            source=ReminderSource.REPLY,
            language="hr",
        )
        rows += 1
    return rows
