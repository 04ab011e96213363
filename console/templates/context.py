"""What a template can say: the customer, the order, the shop, the agent and today.

:class:`TemplateContext` is plain data; :meth:`TemplateContext.variables` turns it into
the names templates use, formatted for the reply's language (``order.total`` as money,
``today`` as a long date, both with babel)::

    customer.name  customer.first_name  customer.email
    order.number  order.status  order.total  order.tracking_url  order.items
        (each item: name, quantity, price)
    shop.name  agent.name  today  language

:func:`context_for` fills it from the database for a customer and/or conversation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_currency
from sqlalchemy import func, select, text

from console.orders.carriers import tracking_url
from console.outbox import preferences
from console.storage.database import Database
from console.storage.models import Account, Conversation, Customer, CustomerAddress
from console.storage.models_orders import Order
from console.storage.models_orders import OrderItem as OrderItemRow


@dataclass(frozen=True, slots=True)
class OrderItem:
    name: str
    quantity: int = 1
    price: Decimal | None = None


@dataclass(frozen=True, slots=True)
class OrderInfo:
    number: str
    status: str | None = None
    total: Decimal | None = None
    currency: str = "EUR"
    tracking_url: str | None = None
    items: tuple[OrderItem, ...] = ()


@dataclass(frozen=True, slots=True)
class TemplateContext:
    language: str
    customer_name: str | None = None
    customer_first_name: str | None = None
    """None: taken from ``customer_name``."""
    customer_email: str | None = None
    order: OrderInfo | None = None
    shop_name: str | None = None
    agent_name: str | None = None
    today: date | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)
    """More top-level values for templates that use them (``discount``, ``callback``…)."""

    def variables(self) -> dict[str, Any]:
        """The names and values a template sees."""
        locale = _locale(self.language)
        customer = {
            "name": self.customer_name,
            "first_name": self.customer_first_name or first_name(self.customer_name or ""),
            "email": self.customer_email,
        }
        values: dict[str, Any] = {
            **self.extra,
            "language": self.language,
            "customer": customer,
            "shop": {"name": self.shop_name},
            "agent": {"name": self.agent_name},
            "today": format_date(self.today, "long", locale=locale) if self.today else None,
        }
        if self.order is not None:
            values["order"] = _order(self.order, locale)
        return values


def _locale(language: str) -> str:
    try:
        return str(Locale.parse(language))
    except (UnknownLocaleError, ValueError):
        return preferences.DEFAULT_LANGUAGE


def _money(amount: Decimal | None, currency: str, locale: str) -> str | None:
    if amount is None:
        return None
    return str(format_currency(amount, currency, locale=locale)).replace("\u00a0", " ")


def _order(order: OrderInfo, locale: str) -> dict[str, Any]:
    return {
        "number": order.number,
        "status": order.status,
        "total": _money(order.total, order.currency, locale),
        "tracking_url": order.tracking_url,
        "items": [
            {
                "name": item.name,
                "quantity": item.quantity,
                "price": _money(item.price, order.currency, locale),
            }
            for item in order.items
        ],
    }


def first_name(name: str) -> str | None:
    """The first name in "Ana Kovač" or "Kovač, Ana"; None when there is no name."""
    name = " ".join(name.split())
    if not name or "@" in name:
        return None
    if "," in name:
        _last, _, rest = name.partition(",")
        name = rest.strip() or _last.strip()
    return name.split(" ", 1)[0] or None


def context_for(
    db: Database,
    *,
    language: str,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    customer_email: str | None = None,
    customer_name: str | None = None,
    order: OrderInfo | None = None,
    today: date | None = None,
    extra: Mapping[str, Any] | None = None,
) -> TemplateContext:
    """The context for a reply: the customer (by id, conversation or email), the shop's
    name (setting, else the account's display name), the owner as agent, today (the
    computer's date unless given) and ``order`` if given (see :func:`order_info`).
    ``customer_name`` (e.g. the name in the To field) is used when the customer is not
    known or has no name yet."""
    with db.reader() as session:
        if customer_id is None and conversation_id is not None:
            conversation = session.get(Conversation, conversation_id)
            customer_id = conversation.customer_id if conversation else None
        if customer_id is None and customer_email:
            customer_id = session.scalar(
                select(CustomerAddress.customer_id).where(
                    CustomerAddress.email == customer_email.strip().lower()
                )
            )
        name = email = None
        if customer_id is not None:
            customer = session.get(Customer, customer_id)
            name = customer.name.strip() if customer and customer.name.strip() else None
            email = session.scalar(
                select(func.min(CustomerAddress.email)).where(
                    CustomerAddress.customer_id == customer_id
                )
            )
        shop = preferences.shop_name(db) or (
            session.scalar(
                select(Account.display_name)
                .where(Account.display_name != "")
                .order_by(Account.id)
                .limit(1)
            )
            or None
        )
    return TemplateContext(
        language=language,
        customer_name=name or (customer_name.strip() if customer_name else None) or None,
        customer_email=email or customer_email,
        order=order,
        shop_name=shop,
        agent_name=preferences.owner_name(db) or None,
        today=today or date.today(),
        extra=extra or {},
    )


@dataclass(frozen=True, slots=True)
class LanguagePreference:
    """The languages to try for a template version, best first."""

    customer: str | None
    """The customer's profile language."""
    conversation: str | None
    """The language the conversation is written in (detected)."""
    shop: str
    """The shop's default language."""


def language_preference(
    db: Database,
    *,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    customer_email: str | None = None,
) -> LanguagePreference:
    """Where to look for the reply's language (see :func:`store.choose_version`)."""
    customer_language = conversation_language = None
    with db.reader() as session:
        if conversation_id is not None:
            conversation = session.get(Conversation, conversation_id)
            if conversation is not None:
                conversation_language = preferences.normalize_language(conversation.language)
                if customer_id is None:
                    customer_id = conversation.customer_id
        if customer_id is None and customer_email:
            customer_id = session.scalar(
                select(CustomerAddress.customer_id).where(
                    CustomerAddress.email == customer_email.strip().lower()
                )
            )
        if customer_id is not None:
            customer = session.get(Customer, customer_id)
            if customer is not None:
                customer_language = preferences.normalize_language(customer.language)
            if conversation_id is None:
                # No conversation given: the language of the customer's newest one.
                conversation_language = preferences.normalize_language(
                    session.scalar(
                        select(Conversation.language)
                        .where(
                            Conversation.customer_id == customer_id,
                            Conversation.language.is_not(None),
                        )
                        .order_by(Conversation.last_message_at.desc())
                        .limit(1)
                    )
                )
    return LanguagePreference(
        customer=customer_language,
        conversation=conversation_language,
        shop=preferences.shop_language(db),
    )


ORDER_STATUS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "new": "received",
        "processing": "being prepared",
        "on_hold": "on hold",
        "paid": "paid",
        "shipped": "shipped",
        "completed": "delivered",
        "cancelled": "cancelled",
        "refunded": "refunded",
        "failed": "not completed",
    },
    "hr": {
        "new": "zaprimljena",
        "processing": "u pripremi",
        "on_hold": "na čekanju",
        "paid": "plaćena",
        "shipped": "poslana",
        "completed": "isporučena",
        "cancelled": "otkazana",
        "refunded": "refundirana",
        "failed": "nije dovršena",
    },
    "de": {
        "new": "eingegangen",
        "processing": "in Bearbeitung",
        "on_hold": "angehalten",
        "paid": "bezahlt",
        "shipped": "versandt",
        "completed": "zugestellt",
        "cancelled": "storniert",
        "refunded": "erstattet",
        "failed": "nicht abgeschlossen",
    },
    "ru": {
        "new": "принят",
        "processing": "собирается",
        "on_hold": "приостановлен",
        "paid": "оплачен",
        "shipped": "отправлен",
        "completed": "доставлен",
        "cancelled": "отменён",
        "refunded": "деньги возвращены",
        "failed": "не оформлен",
    },
    "sl": {
        "new": "prejeto",
        "processing": "v pripravi",
        "on_hold": "na čakanju",
        "paid": "plačano",
        "shipped": "poslano",
        "completed": "dostavljeno",
        "cancelled": "preklicano",
        "refunded": "vrnjeno plačilo",
        "failed": "ni dokončano",
    },
    "tr": {
        "new": "alındı",
        "processing": "hazırlanıyor",
        "on_hold": "beklemede",
        "paid": "ödendi",
        "shipped": "kargoya verildi",
        "completed": "teslim edildi",
        "cancelled": "iptal edildi",
        "refunded": "ücret iade edildi",
        "failed": "tamamlanmadı",
    },
}
"""``order.status`` as the customer reads it, by language and ``OrderStatus`` value."""


def order_status_words(status: str | None, language: str) -> str | None:
    if not status:
        return None
    words = ORDER_STATUS_WORDS.get(language, ORDER_STATUS_WORDS["en"])
    return words.get(status, status)


def _decimal(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except ArithmeticError:
        return None


def order_info(db: Database, order_id: int, language: str) -> OrderInfo | None:
    """An order from the orders tables, ready for a template in ``language``."""
    with db.reader() as session:
        order = session.get(Order, order_id)
        if order is None:
            return None
        items = session.scalars(
            select(OrderItemRow)
            .where(OrderItemRow.order_id == order_id)
            .order_by(OrderItemRow.position, OrderItemRow.id)
        ).all()
        return OrderInfo(
            number=order.number,
            status=order_status_words(order.status, language),
            total=_decimal(order.total),
            currency=order.currency or "EUR",
            tracking_url=tracking_url(order.tracking_number, order.carrier, order.tracking_url)
            or None,
            items=tuple(
                OrderItem(name=i.name, quantity=i.quantity, price=_decimal(i.price))
                for i in items
                if i.name
            ),
        )


def reply_order_id(
    db: Database, conversation_id: int | None, customer_id: int | None
) -> int | None:
    """The order a reply is about: the one linked to the conversation (by an order mail
    or a mentioned number), else the customer's newest."""
    if conversation_id is not None:
        with db.reader() as session:
            linked = session.execute(
                text(
                    "SELECT co.order_id FROM conversation_orders co "
                    "JOIN orders o ON o.id = co.order_id WHERE co.conversation_id = :id "
                    "ORDER BY o.placed_at DESC, o.id DESC LIMIT 1"
                ),
                {"id": conversation_id},
            ).scalar()
        if linked is not None:
            return int(linked)
    return latest_order_id(db, customer_id) if customer_id is not None else None


def latest_order_id(db: Database, customer_id: int) -> int | None:
    """The customer's newest order, the one a reply is most likely about."""
    with db.reader() as session:
        value = session.scalar(
            select(Order.id)
            .where(Order.customer_id == customer_id)
            .order_by(Order.placed_at.desc(), Order.id.desc())
            .limit(1)
        )
        return int(value) if value is not None else None
