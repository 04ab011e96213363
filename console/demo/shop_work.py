"""The sample shop's orders, callback requests, promises and reminders.

Added after the sample mail is stored, so the orders link to the conversations that
mention their numbers and the promises to the conversations they were made in.  Times
are relative to "now", like the mail, and in the shop's time zone (the computer's, as
the sample shop sets none), so whenever the shop is built:

- the inbox starts with an overdue promise (Emma was promised news "tomorrow", two days
  ago), then the conversations with a callback request, then the unanswered mail;
- the reminders show something in each list: overdue, due later today, upcoming;
- the timelines show promises kept on time and kept late.

Every promise is in the words the owner wrote (a reply, a note, a call log) in the
customer's language; where the sample mail has no such words, the note is added here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.callbacks.store import NewCallback, insert_callback
from console.customers.identity import IdentityLinker
from console.demo.spec import OWNER_FIRST_NAME, days, hours, minutes
from console.domain.events import CallOutcome, EventKind
from console.mail.ingest import driver_connection
from console.orders.store import OrderWriter
from console.orders.types import OrderStatus, ParsedItem, ParsedOrder, Platform
from console.promises.due import BusinessHours, local_instant
from console.promises.kinds import Action
from console.promises.zones import system_zone, zone
from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.shop import TIMEZONE
from console.reminders.store import add_reminder, complete
from console.storage.events import record_event
from console.storage.models import Conversation
from console.storage.settings import get_setting
from console.storage.sqltime import to_db

HOURS = BusinessHours()
"""The sample shop's opening hours (9:00–17:00): the window of a promise for a day."""


@dataclass(frozen=True, slots=True)
class _Order:
    number: str
    email: str
    name: str
    ago: timedelta
    status: OrderStatus
    items: tuple[tuple[str, int, str], ...]
    """Name, quantity and the line's price."""
    tracking: str = ""
    carrier: str = ""
    payment: str = ""


ORDERS = (
    _Order(
        "1043", "emma.clarke@mailbox.example", "Emma Clarke", days(10), OrderStatus.SHIPPED,
        (("Lavender gift box", 1, "39.00"),), "GLS 64123456789", "gls", "Card",
    ),
    _Order(
        "1051", "m.brown@workmail.example", "Michael Brown", hours(3), OrderStatus.PROCESSING,
        (("Extra virgin olive oil, 500 ml", 2, "29.80"), ("Olive oil soap", 2, "13.00")),
        payment="PayPal",
    ),
    _Order(
        "1047", "marko.horvat@posta.example", "Marko Horvat", days(3), OrderStatus.PROCESSING,
        (("Maslinovo ulje, limenka 3 l", 2, "84.00"),), payment="Pouzećem",
    ),
    _Order(
        "1039", "ana.juric@juric-doo.example", "Ana Jurić", days(6), OrderStatus.COMPLETED,
        (("Lavandin sapun", 24, "108.00"), ("Maslinovo ulje 500 ml", 6, "89.40")),
        "CE123456780HR", "hp", "Bank transfer",
    ),
    _Order(
        "0991", "tperic@posta.example", "Tomislav Perić", days(24), OrderStatus.REFUNDED,
        (("Keramička posuda za ulje, plava", 1, "28.00"),), payment="Card",
    ),
    _Order(
        "1036", "einkauf@feinkost-mueller.example", "Sabine Müller", days(8),
        OrderStatus.COMPLETED,
        (("Olivenöl extra vergine, 500 ml", 12, "178.80"), ("Lavendelseife", 24, "108.00")),
        "CE123456793HR", "hp", "Bank transfer",
    ),
    _Order(
        "1048", "t.wagner@mailbox.example", "Thomas Wagner", hours(20), OrderStatus.PROCESSING,
        (("Lavendelseife", 4, "18.00"), ("Ölkännchen aus Keramik", 1, "28.00")),
        payment="PayPal",
    ),
    _Order(
        "1049", "t.wagner@mailbox.example", "Thomas Wagner", hours(19.5), OrderStatus.NEW,
        (("Lavendelseife", 4, "18.00"), ("Ölkännchen aus Keramik", 1, "28.00")),
        payment="PayPal",
    ),
    _Order(
        "1044", "d.ivanov@pochta.example", "Дмитрий Иванов", days(24), OrderStatus.SHIPPED,
        (("Мыло с лавандой, набор", 2, "31.00"),), "RA123456789HR", "hp", "Card",
    ),
    _Order(
        "1035", "janez@novak-sp.example", "Janez Novak", days(5), OrderStatus.COMPLETED,
        (("Darilni paket Lavanda", 6, "150.00"),), "CE123456802HR", "hp", "Bank transfer",
    ),
    _Order(
        "1045", "ayse.yilmaz@posta.example", "Ayşe Yılmaz", days(10.5), OrderStatus.SHIPPED,
        (("Lavanta yağı 30 ml", 2, "24.00"),), "RA123456816HR", "hp", "Card",
    ),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Callback:
    name: str
    phone: str
    """E.164."""
    phone_raw: str
    email: str
    topic: str
    message: str
    ago: timedelta
    source: str
    subject: str = ""
    """The conversation it belongs to; empty: none (the customer called the shop)."""
    voicemail: timedelta | None = None
    """When a first call reached only the voicemail (the request stays open)."""


CALLBACKS = (
    _Callback(
        "Maja Novak", "+385985550177", "098 555 0177", "maja@suvenirnica-maliraj.example",
        "Veleprodaja – sapuni za sezonu",
        "Možete li me nazvati sutra prijepodne da dogovorimo detalje?",
        days(2), "mail", subject="Veleprodaja – sapuni za sezonu", voicemail=days(1),
    ),
    _Callback(
        "Mehmet Demir", "+905325550123", "0532 555 01 23", "mehmet@demir-organik.example",
        "Toptan fiyatlar",
        "Fiyat listesini inceledik, sipariş öncesi birkaç sorumuz var. Bizi arayabilir misiniz?",
        hours(2.5), "form", subject="Toptan sipariş hakkında",
    ),
    _Callback(
        "Zoran Kovačić", "+385915550199", "091 555 0199", "",
        "Veleprodaja ulja za restoran", "Molim povratni poziv oko veleprodajnih cijena.",
        minutes(40), "manual",
    ),
    _Callback(
        "Stefan Hoffmann", "+4915155501234", "0151 555 01234", "stefan.hoffmann@mail.example",
        "Gastgeschenke für die Hochzeit",
        "Können Sie mich wegen der Etiketten kurz zurückrufen?",
        minutes(25), "form", subject="Gastgeschenke für unsere Hochzeit",
    ),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Promise:
    subject: str
    """The conversation it was made in."""
    language: str
    action: Action
    text: str
    """The owner's words."""
    source: ReminderSource
    made: timedelta
    """How long ago it was made: as the reply was queued (a minute before it is sent), or
    a minute after the note or call it was written in was recorded."""
    due_days: int = 0
    """Due on the day this many days after the day it was made (during opening hours)."""
    at: time | None = None
    """…at this stated time instead."""
    later_today: bool = False
    """Due later today, at a stated time (whenever the shop is built)."""
    done: timedelta | None = None
    """How long after it was made it was done (kept; late when after the due day)."""
    note: bool = False
    """The words are a note the sample mail does not have: add it too."""
    kind: ReminderKind = ReminderKind.PROMISE


PROMISES = (
    # Overdue: news "tomorrow", two days ago; Emma has written again since.
    _Promise(
        "Where is my order #1043?", "en", Action.REPLY,
        "I'll write again tomorrow as soon as I hear back.", ReminderSource.REPLY,
        days(1.9) + minutes(1), due_days=1,
    ),
    # Due later today: Maja's voicemail (the call log in the sample mail).
    _Promise(
        "Veleprodaja – sapuni za sezonu", "hr", Action.CALL,
        "Nazvat ću je opet sutra poslijepodne.", ReminderSource.CALL,
        days(1) - minutes(1), later_today=True,
    ),
    # Upcoming.
    _Promise(
        "Заказ #1044 не пришёл", "ru", Action.REPLY,
        "Завтра до обеда напишу Дмитрию: спрошу правильный номер телефона и что ответила "
        "почта по посылке #1044.", ReminderSource.NOTE,
        hours(2), due_days=1, at=time(12), note=True,
    ),
    _Promise(
        "Siparişim nerede? #1045", "tr", Action.SEND,
        "Yarın kargodan yeni takip numarasını alıp Ayşe Hanım'a göndereceğim.",
        ReminderSource.NOTE, hours(1), due_days=1, note=True,
    ),
    _Promise(
        "Gastgeschenke für unsere Hochzeit", "de", Action.REPLY,
        "Etiketten mit Namen: bei der Druckerei Jadran nach Preis und Lieferzeit fragen, "
        "dann antworten.", ReminderSource.NOTE, days(1) - minutes(1), due_days=3,
    ),
    _Promise(
        "Wholesale enquiry from Grant & Daughters Deli", "en", Action.FOLLOW_UP,
        "Wants a monthly standing order if the first batch sells. Follow up in three weeks.",
        ReminderSource.NOTE, days(6) - minutes(1), due_days=21, kind=ReminderKind.MANUAL,
    ),
    # Kept on time, and kept a day late.
    _Promise(
        "Povrat novca za narudžbu #0991", "hr", Action.REFUND,
        "Posuda je stigla, povrat ćemo uplatiti ovaj tjedan.", ReminderSource.REPLY,
        days(14.5) + minutes(1), due_days=2, done=days(1),
    ),
    _Promise(
        "Poškodovana steklenička", "sl", Action.SEND,
        "Novo stekleničko vam pošljem še danes.", ReminderSource.REPLY,
        days(8.6) + minutes(1), due_days=0, done=hours(22),
    ),
)  # fmt: skip


def shop_zone(session: Session) -> ZoneInfo:
    """The shop's time zone setting, else the computer's."""
    name = get_setting(session, TIMEZONE)
    try:
        return zone(str(name)) if name else system_zone()
    except (ZoneInfoNotFoundError, ValueError):
        return system_zone()


def add_shop_work(session: Session, now: datetime) -> int:
    """Add the orders, callback requests, promises and reminders; returns how many
    timeline events that recorded (notes, promises made and kept)."""
    tz = shop_zone(session)
    conversations = {
        subject: (conversation_id, customer_id)
        for subject, conversation_id, customer_id in session.execute(
            select(Conversation.subject, Conversation.id, Conversation.customer_id)
        )
    }
    connection = driver_connection(session)
    linker = IdentityLinker(connection, now)
    _add_orders(OrderWriter(connection, linker, now, "HR"), now)
    for callback in CALLBACKS:
        _add_callback(connection, linker, callback, conversations, now, tz)
    linker.finish()
    return sum(_add_promise(session, promise, conversations, now, tz) for promise in PROMISES)


def _add_orders(writer: OrderWriter, now: datetime) -> None:
    for order in ORDERS:
        placed = now - order.ago
        writer.save(
            ParsedOrder(
                platform=Platform.WOOCOMMERCE,
                number=order.number,
                status=order.status,
                placed_at=placed,
                customer_name=order.name,
                email=order.email,
                items=[ParsedItem(name, qty, Decimal(price)) for name, qty, price in order.items],
                total=sum((Decimal(price) for _n, _q, price in order.items), Decimal(0)),
                currency="EUR",
                payment_method=order.payment,
                tracking_number=order.tracking,
                carrier=order.carrier,
            ),
            source="sample",
            source_key=f"sample-{order.number}",
            at=placed,
        )


def _add_callback(
    connection: sqlite3.Connection,
    linker: IdentityLinker,
    callback: _Callback,
    conversations: dict[str, tuple[int, int | None]],
    now: datetime,
    tz: ZoneInfo,
) -> None:
    conversation_id, customer_id = conversations.get(callback.subject, (None, None))
    if customer_id is None:
        customer_id = linker.customer_for(
            email=callback.email, phone=callback.phone, name=callback.name
        )
    callback_id = insert_callback(
        connection,
        NewCallback(
            name=callback.name,
            phone=callback.phone,
            phone_raw=callback.phone_raw,
            email=callback.email,
            topic=callback.topic,
            message=callback.message,
            window=None,
            window_text="",
            requested_at=(now - callback.ago).replace(microsecond=0),
            source=callback.source,
        ),
        customer_id=customer_id,
        conversation_id=conversation_id,
        message_id=None,
        tz=tz,
        now=now,
    )
    if callback.voicemail is not None and callback_id is not None:
        # The call logged in the sample mail; the retry is the promise to call again.
        called = to_db(now - callback.voicemail)
        connection.execute(
            "UPDATE callbacks SET attempts = 1, last_outcome = ?, first_attempt_at = ?, "
            "retry_at = ? WHERE id = ?",
            (CallOutcome.VOICEMAIL.value, called, to_db(_later_today(now, tz)), callback_id),
        )


def _later_today(now: datetime, tz: ZoneInfo) -> datetime:
    """About two hours from now on the half hour, and still today in ``tz``."""
    local = now.astimezone(tz)
    soon = (local + timedelta(hours=2)).replace(second=0, microsecond=0)
    soon = soon.replace(minute=0 if soon.minute < 30 else 30)
    last = datetime.combine(local.date(), time(23, 30), tzinfo=tz)
    return max(min(soon, last), local + timedelta(minutes=1)).replace(second=0, microsecond=0)


def _add_promise(
    session: Session,
    promise: _Promise,
    conversations: dict[str, tuple[int, int | None]],
    now: datetime,
    tz: ZoneInfo,
) -> int:
    """Add ``promise`` (and its note, and its being kept); returns how many events."""
    found = conversations.get(promise.subject)
    if found is None:
        return 0
    conversation_id, customer_id = found
    made = now - promise.made
    events = 1
    if promise.note:
        events += 1
        record_event(
            session,
            EventKind.NOTE_ADDED,
            author=OWNER_FIRST_NAME,
            customer_id=customer_id,
            conversation_id=conversation_id,
            payload={"text": promise.text},
            at=made,
        )
    if promise.later_today:
        due_at = window_end = _later_today(now, tz)
        date_only = False
    else:
        day = made.astimezone(tz).date() + timedelta(days=promise.due_days)
        date_only = promise.at is None
        due_at = local_instant(day, promise.at or HOURS.start, tz)
        window_end = local_instant(day, HOURS.end, tz) if date_only else due_at
    row = add_reminder(
        session,
        kind=promise.kind,
        action=promise.action,
        title=promise.text,
        due_at=due_at,
        due_is_date_only=date_only,
        window_end=window_end,
        now=made,
        author=OWNER_FIRST_NAME,
        customer_id=customer_id,
        conversation_id=conversation_id,
        source_text=promise.text,
        source=promise.source,
        language=promise.language,
    )
    if promise.done is not None:
        complete(session, row, now=made + promise.done, author=OWNER_FIRST_NAME)
        events += 1
    return events
