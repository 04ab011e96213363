"""Occasion suggestions (never sent) and the promise reliability report."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import text

from console.promises.due import BusinessHours
from console.promises.kinds import Action
from console.reminders import report
from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.occasions import (
    OccasionKind,
    accept_occasion,
    customer_country,
    dismiss_occasion,
    suggest_occasions,
)
from console.reminders.store import add_reminder, mark_done
from console.storage.database import Database
from console.storage.models import Customer, CustomerPhone
from tests.console.reminders.conftest import ZAGREB

TODAY = date(2026, 11, 22)
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)


def _customers(db: Database) -> tuple[int, int]:
    with db.session() as session:
        ana = Customer(name="Ana", language="hr", birthday=date(1990, 11, 30))
        ali = Customer(name="Ali", language="de")
        session.add_all([ana, ali])
        session.flush()
        session.add(CustomerPhone(customer_id=ali.id, e164="+905321234567"))
        return ana.id, ali.id


def test_country_from_phone_then_language() -> None:
    assert customer_country(["+905321234567"], "de") == "TR"
    assert customer_country([], "sl") == "SI"
    assert customer_country(["not a number"], None) is None


def test_suggestions_birthday_holidays_and_orders(db: Database) -> None:
    ana, _ = _customers(db)
    with db.session() as session:
        session.execute(
            text(
                "INSERT INTO orders (platform, number, customer_id, status, placed_at, "
                "customer_name, email, phone, billing_address, shipping_address, "
                "payment_method, shipping_method, tracking_number, carrier, tracking_url, "
                "source, created_at, updated_at) VALUES ('generic', '1047', :c, 'shipped', "
                "'2025-11-25 10:00:00', '', '', '', '', '', '', '', '', '', '', 'mail', "
                "'2025-11-25 10:00:00', '2025-11-25 10:00:00')"
            ),
            {"c": ana},
        )
        session.execute(
            text(
                "INSERT INTO order_events (order_id, kind, status, at, source_key, detail) "
                "SELECT id, 'status', 'shipped', '2026-11-18 09:00:00', 'x', '{}' FROM orders"
            )
        )
    found = suggest_occasions(db, today=TODAY, tz=ZAGREB, horizon_days=14)
    kinds = {(o.kind, o.customer_ids, o.day) for o in found}
    assert (OccasionKind.BIRTHDAY, (ana,), date(2026, 11, 30)) in kinds
    assert (OccasionKind.FIRST_ORDER, (ana,), date(2026, 11, 25)) in kinds
    assert (OccasionKind.AFTER_SHIPPING, (ana,), date(2026, 11, 25)) in kinds
    holidays = [o for o in found if o.kind is OccasionKind.HOLIDAY]
    assert all(o.day <= TODAY + timedelta(days=14) for o in holidays)
    assert [o.day for o in found] == sorted(o.day for o in found)

    birthday = next(o for o in found if o.kind is OccasionKind.BIRTHDAY)
    [reminder] = accept_occasion(
        db, birthday, now=NOW, tz=ZAGREB, hours=BusinessHours(), author="Ivana"
    )
    assert reminder.kind is ReminderKind.OCCASION
    anniversary = next(o for o in found if o.kind is OccasionKind.FIRST_ORDER)
    dismiss_occasion(db, anniversary, now=NOW, tz=ZAGREB, author="Ivana")
    again = {o.key for o in suggest_occasions(db, today=TODAY, tz=ZAGREB)}
    assert birthday.key not in again and anniversary.key not in again


def test_suggestions_without_order_tables(db: Database) -> None:
    _customers(db)
    with db.session() as session:
        session.execute(text("DROP TABLE order_events"))
    found = suggest_occasions(db, today=TODAY, tz=ZAGREB)
    assert OccasionKind.AFTER_SHIPPING not in {o.kind for o in found}
    assert OccasionKind.BIRTHDAY in {o.kind for o in found}


def _promise(db: Database, due: datetime, *, date_only: bool = True) -> int:
    with db.session() as session:
        row = add_reminder(
            session,
            kind=ReminderKind.PROMISE,
            action=Action.CALL,
            title="call",
            due_at=due,
            due_is_date_only=date_only,
            window_end=due + timedelta(hours=8) if date_only else None,
            now=NOW,
            author="Ivana",
            source=ReminderSource.REPLY,
        )
        return row.id


def test_reliability_this_week(db: Database) -> None:
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=ZAGREB)
    on_time = _promise(db, monday)
    late = _promise(db, monday + timedelta(days=1))
    missed = _promise(db, monday + timedelta(days=2))
    exact = _promise(db, monday + timedelta(days=2, hours=5), date_only=False)  # Wed 14:00
    still_open = _promise(db, monday + timedelta(days=4))
    _promise(db, monday + timedelta(days=9))  # next week: not counted
    mark_done(db, on_time, now=monday + timedelta(hours=2), author="Ivana")
    mark_done(db, late, now=monday + timedelta(days=2), author="Ivana")
    mark_done(db, exact, now=monday + timedelta(days=2, hours=5, minutes=40), author="Ivana")
    thursday = datetime(2026, 11, 26, 12, 0, tzinfo=ZAGREB)
    start, end = report.week(thursday, ZAGREB)
    assert start == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    result = report.reliability(db, start=start, end=end, now=thursday)
    assert (result.kept_on_time, result.kept_late, result.missed, result.open) == (2, 1, 1, 1)
    assert result.percent == 50.0
    assert still_open and missed
    first, following = report.month(thursday, ZAGREB)
    assert first == datetime(2026, 10, 31, 23, 0, tzinfo=UTC)
    assert following == datetime(2026, 11, 30, 23, 0, tzinfo=UTC)
