"""A sample shop with promises, reminders and occasions, in Zagreb, for widget tests and
screenshots (``scripts/reminder_screenshots.py``).

The week: the sample shop is built on Sunday 22 November 2026; promises were made from
Friday 20th on; "now" in the pictures is Tuesday 24th, 14:30.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.promises.detect import detect_promises
from console.promises.due import BusinessHours
from console.reminders.followups import add_followup
from console.reminders.kinds import ReminderSource
from console.reminders.manual import add_typed_reminder
from console.reminders.natural import read_reminder
from console.reminders.shop import ShopClock, save_clock
from console.reminders.store import ReminderView, create_from_promises, mark_done
from console.storage.database import Database
from console.storage.models import Conversation, Customer, Message
from console.storage.models_orders import Order, OrderEvent

ZAGREB = ZoneInfo("Europe/Zagreb")
HOURS = BusinessHours(country="HR")
SUNDAY = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)
"""When the sample shop is built (and the promise tests type)."""
TUESDAY = datetime(2026, 11, 24, 14, 30, tzinfo=ZAGREB)
""""Now" in the pictures."""


def use_zagreb(db: Database) -> None:
    save_clock(db, ShopClock(ZAGREB, HOURS))


def conversation_of(db: Database, customer_name: str) -> tuple[int, int, str]:
    """(conversation id, customer id, language) of the customer's first conversation."""
    with db.reader() as session:
        row = session.execute(
            select(Conversation.id, Customer.id, Conversation.language)
            .join(Customer, Customer.id == Conversation.customer_id)
            .where(Customer.name == customer_name)
            .order_by(Conversation.id)
            .limit(1)
        ).one()
        return int(row[0]), int(row[1]), str(row[2])


def promise(
    db: Database, customer_name: str, text: str, *, said: datetime, author: str = "Ivana"
) -> list[ReminderView]:
    """The promises of ``text``, said in the customer's conversation at ``said``."""
    conversation_id, customer_id, language = conversation_of(db, customer_name)
    found = detect_promises(text, language, said, ZAGREB, HOURS)
    assert found, f"no promise in {text!r}"
    return create_from_promises(
        db,
        found,
        now=said,
        author=author,
        source=ReminderSource.REPLY,
        customer_id=customer_id,
        conversation_id=conversation_id,
        language=language,
    )


def set_birthday(db: Database, customer_name: str, birthday: date) -> None:
    with db.session() as session:
        customer = session.scalars(select(Customer).where(Customer.name == customer_name)).one()
        customer.birthday = birthday


def order(
    db: Database, customer_name: str, number: str, placed: datetime, shipped: datetime | None
) -> None:
    _, customer_id, _ = conversation_of(db, customer_name)
    with db.session() as session:
        row = Order(
            platform="woocommerce",
            number=number,
            customer_id=customer_id,
            status="shipped" if shipped else "completed",
            placed_at=placed,
        )
        session.add(row)
        session.flush()
        if shipped is not None:
            session.add(OrderEvent(order_id=row.id, kind="status", status="shipped", at=shipped))


def sent_message(db: Database, conversation_id: int, at: datetime) -> int:
    with db.session() as session:
        message = Message(
            message_id=f"<followup-{conversation_id}-{at.timestamp()}@lavanda.example>",
            conversation_id=conversation_id,
            date=at.astimezone(UTC),
            is_outgoing=True,
            subject="Re: Dostava v Ljubljano",
        )
        session.add(message)
        session.flush()
        return message.id


def busy_week(db: Database) -> None:
    """Promises and reminders of a busy week, as of :data:`TUESDAY`."""
    use_zagreb(db)
    friday = datetime(2026, 11, 20, 11, 0, tzinfo=ZAGREB)
    monday = datetime(2026, 11, 23, 9, 30, tzinfo=ZAGREB)
    morning = datetime(2026, 11, 24, 8, 45, tzinfo=ZAGREB)
    # Overdue: promised for Monday, and for today at noon.
    promise(db, "Marko Horvat", "Nazvat ću Vas u ponedjeljak oko narudžbe.", said=friday)
    promise(db, "Ana Jurić", "R1 račun ću Vam poslati danas do 12 sati.", said=morning)
    # Today.
    promise(db, "Klaus Weber", "Wir schicken das Paket bis Dienstag.", said=friday)
    promise(
        db, "Emma Clarke", "I'll call the courier today at 4 pm and let you know.", said=morning
    )
    conversation_id, _, _ = conversation_of(db, "Mojca Kranjc")
    sent = sent_message(db, conversation_id, SUNDAY)
    add_followup(db, message_id=sent, days=2, now=SUNDAY, tz=ZAGREB, hours=HOURS, author="Ivana")
    # Upcoming.
    promise(db, "Ольга Смирнова", "Позвоню Вам в среду в 11:00.", said=monday)
    promise(db, "Ayşe Yılmaz", "Siparişinizi cuma günü kargoya vereceğiz.", said=monday)
    typed = read_reminder(
        "tomorrow 9:00 call the olive oil supplier", "en", now=TUESDAY, tz=ZAGREB, hours=HOURS
    )
    assert typed is not None
    add_typed_reminder(
        db, typed, text="tomorrow 9:00 call the olive oil supplier", now=monday, author="Ivana"
    )
    # Kept, for the reliability figure: four on time, one late.
    thursday = datetime(2026, 11, 19, 10, 0, tzinfo=ZAGREB)
    for name, text, said, done in (
        ("Ivan Babić", "Nazvat ću Vas sutra.", thursday - timedelta(days=1), thursday),
        ("Sabine Müller", "Ich schicke Ihnen die Rechnung morgen.", thursday, friday),
        ("Jürgen Schmidt", "Ich rufe Sie am Montag an.", friday, monday),
        ("Mehmet Demir", "Pazartesi sizi arayacağım.", friday, monday + timedelta(hours=2)),
        ("Luka Matić", "Paket šaljemo u ponedjeljak.", friday, monday + timedelta(hours=9)),
    ):
        [made] = promise(db, name, text, said=said)
        mark_done(db, made.id, now=done, author="Ivana")
    # Occasions.
    set_birthday(db, "Petra Knežević", date(1991, 11, 28))
    shipped = datetime(2026, 11, 19, 14, 0, tzinfo=ZAGREB)
    order(db, "Luka Matić", "#1052", shipped - timedelta(days=2), shipped)
    order(db, "Klaus Weber", "#0871", datetime(2025, 11, 30, 18, 0, tzinfo=ZAGREB), None)
