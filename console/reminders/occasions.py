"""Occasions to get in touch: suggestions only — nothing is ever sent by itself.

* a customer's birthday;
* a year (two, three …) since a customer's first order;
* public holidays of the customer's country (from their phone number, else their
  language), one suggestion per holiday listing the customers it concerns;
* N days after an order shipped ("did it arrive well?").

The order tables belong to another part of the app and may be missing or different in
an older database: the order-based suggestions look at the schema first and are skipped
when it does not fit.  A suggestion the owner accepted (a reminder) or dismissed is
remembered by its ``key`` and not suggested again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

import phonenumbers
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from console.promises.due import LANGUAGE_COUNTRY, BusinessHours, holidays_of, local_instant
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind, ReminderSource, ReminderStatus
from console.reminders.store import ReminderView, add_reminder, view
from console.storage.database import Database
from console.storage.models import Customer, CustomerPhone
from console.storage.models_promises import Reminder


class OccasionKind(StrEnum):
    BIRTHDAY = "birthday"
    FIRST_ORDER = "first_order_anniversary"
    HOLIDAY = "holiday"
    AFTER_SHIPPING = "after_shipping"


@dataclass(frozen=True, slots=True)
class Occasion:
    key: str
    kind: OccasionKind
    day: date
    customer_ids: tuple[int, ...]
    label: str = ""
    """The holiday's name; the order number for ``AFTER_SHIPPING``."""
    years: int = 0
    """Years since the first order (``FIRST_ORDER``)."""
    country: str | None = None


def _next_anniversary(origin: date, today: date) -> date:
    for year in (today.year, today.year + 1):
        try:
            day = origin.replace(year=year)
        except ValueError:  # 29 February in a common year
            day = date(year, 2, 28)
        if day >= today:
            return day
    return today


def _decided_keys(session: Session) -> set[str]:
    rows = session.scalars(
        select(Reminder.dedupe_key).where(
            Reminder.kind == ReminderKind.OCCASION.value, Reminder.dedupe_key.is_not(None)
        )
    )
    return {key for key in rows if key}


def _has_columns(session: Session, table: str, *columns: str) -> bool:
    schema = inspect(session.get_bind())
    if not schema.has_table(table):
        return False
    present = {column["name"] for column in schema.get_columns(table)}
    return set(columns) <= present


def _as_date(value: object, tz: ZoneInfo) -> date | None:
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(tz).date()
    if isinstance(value, str) and value:
        try:
            return _as_date(datetime.fromisoformat(value), tz)
        except ValueError:
            return None
    return None


def suggest_occasions(
    db: Database,
    *,
    today: date,
    tz: ZoneInfo,
    horizon_days: int = 14,
    after_shipping_days: int = 7,
) -> list[Occasion]:
    """Occasions from ``today`` to ``today + horizon_days``, soonest first."""
    last = today + timedelta(days=horizon_days)
    found: list[Occasion] = []
    with db.reader() as session:
        decided = _decided_keys(session)
        for customer_id, birthday in session.execute(
            select(Customer.id, Customer.birthday).where(Customer.birthday.is_not(None))
        ):
            if birthday is None:
                continue
            day = _next_anniversary(birthday, today)
            if day <= last:
                key = f"occasion:birthday:{customer_id}:{day.year}"
                found.append(Occasion(key, OccasionKind.BIRTHDAY, day, (customer_id,)))
        found.extend(_first_orders(session, today, last, tz))
        found.extend(_after_shipping(session, today, last, tz, after_shipping_days))
        found.extend(_holiday_occasions(session, today, last))
    return sorted(
        (o for o in found if o.key not in decided), key=lambda o: (o.day, o.kind.value, o.key)
    )


def _first_orders(session: Session, today: date, last: date, tz: ZoneInfo) -> list[Occasion]:
    if not _has_columns(session, "orders", "customer_id", "placed_at"):
        return []
    try:
        rows = session.execute(
            text(
                "SELECT customer_id, MIN(placed_at) FROM orders "
                "WHERE customer_id IS NOT NULL AND placed_at IS NOT NULL GROUP BY customer_id"
            )
        ).all()
    except SQLAlchemyError:
        return []
    found = []
    for customer_id, placed in rows:
        first = _as_date(placed, tz)
        if first is None:
            continue
        day = _next_anniversary(first, today)
        years = day.year - first.year
        if years >= 1 and day <= last:
            key = f"occasion:first_order:{customer_id}:{day.year}"
            found.append(
                Occasion(key, OccasionKind.FIRST_ORDER, day, (int(customer_id),), years=years)
            )
    return found


def _after_shipping(
    session: Session, today: date, last: date, tz: ZoneInfo, days: int
) -> list[Occasion]:
    if not (
        _has_columns(session, "orders", "id", "number", "customer_id")
        and _has_columns(session, "order_events", "order_id", "status", "at")
    ):
        return []
    try:
        rows = session.execute(
            text(
                "SELECT o.id, o.number, o.customer_id, MAX(e.at) FROM orders o "
                "JOIN order_events e ON e.order_id = o.id "
                "WHERE e.status = 'shipped' AND o.customer_id IS NOT NULL "
                "GROUP BY o.id, o.number, o.customer_id"
            )
        ).all()
    except SQLAlchemyError:
        return []
    found = []
    for order_id, number, customer_id, shipped in rows:
        shipped_day = _as_date(shipped, tz)
        if shipped_day is None:
            continue
        day = shipped_day + timedelta(days=days)
        if today <= day <= last:
            key = f"occasion:after_shipping:{order_id}"
            found.append(
                Occasion(key, OccasionKind.AFTER_SHIPPING, day, (int(customer_id),), str(number))
            )
    return found


def customer_country(phones: list[str], language: str | None) -> str | None:
    """The customer's country: their phone number's, else their language's."""
    for number in phones:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(number))
        except phonenumbers.NumberParseException:
            continue
        if region and region != "ZZ":
            return str(region)
    if language:
        return LANGUAGE_COUNTRY.get(language.split("-")[0].lower())
    return None


def _holiday_occasions(session: Session, today: date, last: date) -> list[Occasion]:
    phones: dict[int, list[str]] = defaultdict(list)
    for customer_id, number in session.execute(
        select(CustomerPhone.customer_id, CustomerPhone.e164)
    ):
        phones[customer_id].append(number)
    by_country: dict[str, list[int]] = defaultdict(list)
    for customer_id, language in session.execute(select(Customer.id, Customer.language)):
        country = customer_country(phones.get(customer_id, []), language)
        if country:
            by_country[country].append(customer_id)
    found = []
    for country, customers in sorted(by_country.items()):
        names: dict[date, str] = {}
        for year in range(today.year, last.year + 1):
            names.update(holidays_of(country, None, year))
        for day, name in sorted(names.items()):
            if today <= day <= last:
                key = f"occasion:holiday:{country}:{day.isoformat()}"
                found.append(
                    Occasion(
                        key,
                        OccasionKind.HOLIDAY,
                        day,
                        tuple(sorted(customers)),
                        name,
                        country=country,
                    )
                )
    return found


def accept_occasion(
    db: Database,
    occasion: Occasion,
    *,
    now: datetime,
    tz: ZoneInfo,
    hours: BusinessHours,
    author: str,
) -> list[ReminderView]:
    """Turn a suggestion into reminders (one per customer) on its day's opening time."""
    made = []
    with db.session() as session:
        for index, customer_id in enumerate(occasion.customer_ids):
            key = occasion.key if index == 0 else f"{occasion.key}:{customer_id}"
            row = add_reminder(
                session,
                kind=ReminderKind.OCCASION,
                action=Action.OTHER,
                title=occasion.label or occasion.kind.value,
                due_at=local_instant(occasion.day, hours.start, tz),
                due_is_date_only=True,
                window_end=local_instant(occasion.day, hours.end, tz),
                now=now,
                author=author,
                customer_id=customer_id,
                order_ref=occasion.label if occasion.kind is OccasionKind.AFTER_SHIPPING else None,
                source=ReminderSource.SUGGESTION,
                dedupe_key=key,
            )
            made.append(view(row))
    return made


def dismiss_occasion(
    db: Database, occasion: Occasion, *, now: datetime, tz: ZoneInfo, author: str
) -> None:
    """Never suggest this occasion again (kept as a dismissed reminder with its key)."""
    with db.session() as session:
        add_reminder(
            session,
            kind=ReminderKind.OCCASION,
            action=Action.OTHER,
            title=occasion.label or occasion.kind.value,
            due_at=local_instant(occasion.day, BusinessHours().start, tz),
            due_is_date_only=True,
            now=now,
            author=author,
            customer_id=occasion.customer_ids[0] if len(occasion.customer_ids) == 1 else None,
            source=ReminderSource.SUGGESTION,
            dedupe_key=occasion.key,
            status=ReminderStatus.DISMISSED,
        )
