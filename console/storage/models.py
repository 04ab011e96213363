"""The database schema as typed SQLAlchemy 2.0 models.

Every change to these models is an Alembic migration in ``migrations/versions``.
Mail is stored twice on purpose: the original RFC 822 bytes (``message_sources``), so
nothing is ever lost and any message can be re-parsed or exported, and the parsed
fields (``messages``) that the app reads.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware (UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """Application settings as key → JSON value (locale, owner's name, region, …)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Account(Base):
    """A mail account. Its password is in the OS keyring, never here."""

    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    imap_host: Mapped[str] = mapped_column(String(255))
    imap_port: Mapped[int] = mapped_column(Integer)
    imap_security: Mapped[str] = mapped_column(String(16))
    imap_username: Mapped[str] = mapped_column(String(320))
    ca_file: Mapped[str | None] = mapped_column(Text, default=None)
    smtp_host: Mapped[str | None] = mapped_column(String(255), default=None)
    smtp_port: Mapped[int | None] = mapped_column(Integer, default=None)
    smtp_security: Mapped[str | None] = mapped_column(String(16), default=None)
    smtp_username: Mapped[str | None] = mapped_column(String(320), default=None)
    extra_folders: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of further folders the owner chose to sync besides INBOX and Sent."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Folder(Base):
    """A synced IMAP folder and its sync state (RFC 3501 / RFC 7162)."""

    __tablename__ = "folders"
    __table_args__ = (UniqueConstraint("account_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(16))
    """"inbox", "sent" or "other"."""
    uidvalidity: Mapped[int | None] = mapped_column(Integer, default=None)
    uidnext: Mapped[int | None] = mapped_column(Integer, default=None)
    highestmodseq: Mapped[int | None] = mapped_column(Integer, default=None)
    exists_count: Mapped[int | None] = mapped_column(Integer, default=None)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class Customer(Base):
    __tablename__ = "customers"
    # The customer list's order, case-insensitive (migration 0003).
    __table_args__ = (Index("ix_customers_name", text("name COLLATE NOCASE")),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    kind: Mapped[str] = mapped_column(String(16), default="private")
    """"private" or "business"."""
    company: Mapped[str | None] = mapped_column(String(300), default=None)
    vat_number: Mapped[str | None] = mapped_column(String(64), default=None)
    birthday: Mapped[date | None] = mapped_column(Date, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class CustomerAddress(Base):
    """An email address of a customer; one customer may have several."""

    __tablename__ = "customer_addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(320), unique=True)


class CustomerPhone(Base):
    """A phone number of a customer, normalized to E.164."""

    __tablename__ = "customer_phones"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), index=True
    )
    e164: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(64), default="")


class Conversation(Base):
    """A thread of messages with one customer, with the shop's status for it."""

    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_status_last", "status", "last_message_at"),
        Index("ix_conversations_subject_key", "subject_key", "customer_id"),
        # The inbox order: needs a reply first, oldest waiting first (migration 0003).
        Index("ix_conversations_attention", "status", "needs_reply", "last_incoming_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None, index=True
    )
    subject: Mapped[str] = mapped_column(Text, default="")
    subject_key: Mapped[str] = mapped_column(Text, default="")
    """The subject without reply/forward prefixes, case-folded: the threading fallback."""
    status: Mapped[str] = mapped_column(String(16), default="open")
    snippet: Mapped[str] = mapped_column(Text, default="")
    message_count: Mapped[int] = mapped_column(Integer, default=0)
    has_attachments: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_reply: Mapped[bool] = mapped_column(Boolean, default=False)
    """True while the newest message is from the customer."""
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    first_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_message_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_incoming_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Message(Base):
    """One stored mail at one server location (or imported from a file)."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("folder_id", "uid", name="uq_messages_folder_uid"),
        Index("ix_messages_conversation_date", "conversation_id", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None
    )
    folder_id: Mapped[int | None] = mapped_column(
        ForeignKey("folders.id", ondelete="SET NULL"), default=None
    )
    uidvalidity: Mapped[int | None] = mapped_column(Integer, default=None)
    uid: Mapped[int | None] = mapped_column(Integer, default=None)
    modseq: Mapped[int | None] = mapped_column(Integer, default=None)
    flags: Mapped[str] = mapped_column(Text, default="")
    """Space-separated IMAP flags, e.g. ``\\Seen \\Answered``."""
    expunged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    """Set when the message disappeared from the server; the local copy is kept."""
    message_id: Mapped[str] = mapped_column(Text, index=True)
    in_reply_to: Mapped[str | None] = mapped_column(Text, default=None)
    references: Mapped[str] = mapped_column(Text, default="")
    """Space-separated Message-IDs, oldest first."""
    from_name: Mapped[str] = mapped_column(Text, default="")
    from_email: Mapped[str] = mapped_column(Text, default="", index=True)
    to_json: Mapped[str] = mapped_column(Text, default="[]")
    cc_json: Mapped[str] = mapped_column(Text, default="[]")
    reply_to_json: Mapped[str] = mapped_column(Text, default="[]")
    date: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    internal_date: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    subject: Mapped[str] = mapped_column(Text, default="")
    text_body: Mapped[str] = mapped_column(Text, default="")
    html_body: Mapped[str | None] = mapped_column(Text, default=None)
    """Sanitized HTML (nh3) — never the original."""
    snippet: Mapped[str] = mapped_column(Text, default="")
    attachments_json: Mapped[str] = mapped_column(Text, default="[]")
    has_attachments: Mapped[bool] = mapped_column(Boolean, default=False)
    has_remote_content: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    size: Mapped[int] = mapped_column(Integer, default=0)
    is_outgoing: Mapped[bool] = mapped_column(Boolean, default=False)
    parse_error: Mapped[str | None] = mapped_column(Text, default=None)
    """Why the message could not be parsed; it is stored raw and flagged, never dropped."""
    defects: Mapped[str] = mapped_column(Text, default="")
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class MessageSource(Base):
    """The original RFC 822 bytes of a message, exactly as fetched."""

    __tablename__ = "message_sources"
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True
    )
    raw: Mapped[bytes] = mapped_column(LargeBinary)


class ThreadRef(Base):
    """Maps every Message-ID seen (own or referenced) to its conversation.

    This is the incremental form of JWZ threading: a message joins the conversation of
    any id it mentions, even when the parent itself was never received; when it links
    two conversations they are merged.
    """

    __tablename__ = "thread_refs"
    msgid: Mapped[str] = mapped_column(Text, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )


class Event(Base):
    """A user action on a customer's timeline."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_customer_time", "customer_id", "created_at"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None, index=True
    )
    payload: Mapped[str] = mapped_column(Text, default="{}")
