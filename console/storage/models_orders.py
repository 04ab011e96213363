"""Orders, callback requests and what links them to mail (migration 0004).

Orders come from shop notification mails and from export files; one row per shop order
(``platform`` + ``number`` is unique), with its items and a history of status changes.
Callback requests come from contact-form and callback mails or are entered by hand.

Money is stored as decimal text ("1234.50") next to an ISO 4217 currency code: SQLite has
no decimal type and floats would round; the text round-trips through ``Decimal`` exactly.
Times are naive UTC like everywhere else (``UTCDateTime``).

The ingest path writes these tables through the DB-API cursor (``console.mail.classify``),
so raw SQL there must stay in step with the columns below.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from console.storage.models import Base, UTCDateTime, utcnow


class Order(Base):
    """One order of the shop, as its notification mails or an export file describe it."""

    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("platform", "number", name="uq_orders_platform_number"),
        Index("ix_orders_customer_placed", "customer_id", "placed_at"),
        Index("ix_orders_number", "number"),
        Index("ix_orders_email", "email"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    """"woocommerce", "shopify", "prestashop", "shopware", "magento", "opencart", "ecwid",
    "generic"."""
    number: Mapped[str] = mapped_column(String(64))
    """The order number as the shop shows it, without "#"."""
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[str] = mapped_column(String(24), default="new")
    """An ``OrderStatus`` value."""
    placed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    currency: Mapped[str | None] = mapped_column(String(3), default=None)
    total: Mapped[str | None] = mapped_column(String(32), default=None)
    """Decimal text, e.g. "1234.50"."""
    customer_name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    """E.164 when the number could be read, else as written."""
    billing_address: Mapped[str] = mapped_column(Text, default="")
    shipping_address: Mapped[str] = mapped_column(Text, default="")
    payment_method: Mapped[str] = mapped_column(String(200), default="")
    shipping_method: Mapped[str] = mapped_column(String(200), default="")
    tracking_number: Mapped[str] = mapped_column(String(100), default="")
    carrier: Mapped[str] = mapped_column(String(100), default="")
    """A ``console.orders.carriers`` key ("dhl", "hp", …) or the name as written."""
    tracking_url: Mapped[str] = mapped_column(Text, default="")
    """A tracking link found in the mail; the carrier's template is used when empty."""
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    source: Mapped[str] = mapped_column(String(16), default="mail")
    """"mail", "csv" or "manual"."""
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )
    """The first mail that described the order."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OrderItem(Base):
    __tablename__ = "order_items"
    __table_args__ = (Index("ix_order_items_order", "order_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text, default="")
    sku: Mapped[str] = mapped_column(String(100), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    price: Mapped[str | None] = mapped_column(String(32), default=None)
    """Decimal text: the line's price as the mail or file gives it (usually the line total)."""


class OrderEvent(Base):
    """One step in an order's history: placed, paid, shipped (with tracking), refunded…"""

    __tablename__ = "order_events"
    __table_args__ = (
        Index("ix_order_events_order_at", "order_id", "at"),
        UniqueConstraint("order_id", "kind", "source_key", name="uq_order_events_source"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    """"created", "status", "tracking" or "imported"."""
    status: Mapped[str | None] = mapped_column(String(24), default=None)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )
    source_key: Mapped[str] = mapped_column(Text, default="")
    """What the event came from (a Message-ID, "csv:<file>"): re-reading it adds nothing."""
    detail: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: tracking number, carrier, the subject of the mail…"""


class ConversationOrder(Base):
    """A conversation is about an order: its notification mail, or a mention of its number."""

    __tablename__ = "conversation_orders"
    __table_args__ = (
        UniqueConstraint("conversation_id", "order_id", name="uq_conversation_orders"),
        Index("ix_conversation_orders_order", "order_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )
    source: Mapped[str] = mapped_column(String(16), default="mention")
    """"notification" (the shop's mail about the order) or "mention" (a customer's mail)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OrderMention(Base):
    """An order number mentioned in a conversation, kept until (and after) the order is known.

    A customer may write about order 1234 before its notification mail or export arrives;
    when the order appears, the conversations that mentioned it are linked to it.
    """

    __tablename__ = "order_mentions"
    __table_args__ = (
        UniqueConstraint("conversation_id", "number", name="uq_order_mentions"),
        Index("ix_order_mentions_number", "number"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(64))
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )


class Callback(Base):
    """A request to be called back: from a form mail, or entered by hand."""

    __tablename__ = "callbacks"
    __table_args__ = (
        Index("ix_callbacks_status_due", "status", "due_at"),
        Index("ix_callbacks_customer", "customer_id"),
        UniqueConstraint("message_id", name="uq_callbacks_message"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None
    )
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )
    name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    """E.164 when the number could be read, else as written."""
    phone_raw: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    topic: Mapped[str] = mapped_column(Text, default="")
    message: Mapped[str] = mapped_column(Text, default="")
    window_text: Mapped[str] = mapped_column(Text, default="")
    """The preferred time as the customer wrote it ("nach 17 Uhr")."""
    window_start: Mapped[int | None] = mapped_column(Integer, default=None)
    """Minutes after local midnight; None: from any time."""
    window_end: Mapped[int | None] = mapped_column(Integer, default=None)
    """Minutes after local midnight; None: until the end of the day."""
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    """The first moment the customer wants the call: ``requested_at`` moved into the window."""
    status: Mapped[str] = mapped_column(String(16), default="open")
    """"open", "done", "wrong_number" or "cancelled"."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_outcome: Mapped[str | None] = mapped_column(String(16), default=None)
    first_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    rule: Mapped[str] = mapped_column(String(100), default="")
    """The rule that recognized the mail; "" when entered by hand."""
    source: Mapped[str] = mapped_column(String(16), default="mail")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CallbackRuleRow(Base):
    """A recognition rule the owner added (the built-in ones live in code)."""

    __tablename__ = "callback_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sender_pattern: Mapped[str] = mapped_column(Text, default="")
    subject_pattern: Mapped[str] = mapped_column(Text, default="")
    body_pattern: Mapped[str] = mapped_column(Text, default="")
    labels: Mapped[str] = mapped_column(Text, default="{}")
    """JSON object: label as written in the mail → field ("phone", "name", …)."""
    callback_only: Mapped[bool] = mapped_column(Boolean, default=False)
    """True: the form is a callback form (a phone number alone makes a request)."""
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MailFlag(Base):
    """Something about a stored mail the owner should know, e.g. an order mail we could
    not read: the mail stays a normal conversation, the flag says why it is not an order."""

    __tablename__ = "mail_flags"
    __table_args__ = (UniqueConstraint("message_id", "kind", name="uq_mail_flags"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    """"order_parse_error"."""
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
