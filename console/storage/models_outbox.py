"""Models for what the shop writes: drafts, the outbox, and reply templates (migration 0006).

* ``drafts``: what the owner is typing, saved as they type, so it survives a crash.
* ``outbox``: every message on its way out, with the exact RFC 5322 bytes written
  *before* any network step.  ``state`` moves scheduled → sending → sent, or failed;
  a crash while ``sending`` is resolved by looking for the Message-ID in Sent.
* ``templates`` + ``template_versions``: one template, one version per language.

Conversation links are ``SET NULL`` (never ``CASCADE``): a draft or a queued reply must
outlive its conversation being merged or deleted.  ``parent_message_id`` (the message
replied to) follows a merge, because merges move messages, so it is the stable link.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.storage.models import Base, UTCDateTime, utcnow


class DraftRow(Base):
    """A message being written (reply or new), saved as the owner types."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None, index=True
    )
    parent_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None, index=True
    )
    """The message replied to (``messages.id``), None for a new message."""
    to_json: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of ``[name, email]``."""
    cc_json: Mapped[str] = mapped_column(Text, default="[]")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    """What the owner typed: without signature and quote (added when sending)."""
    attachments_json: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of file paths."""
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    options_json: Mapped[str] = mapped_column(Text, default="{}")
    """Composer switches: ``{"quote": bool, "signature": bool}``."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class OutboxRow(Base):
    """One message on its way out; see the module docstring for the states."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_due", "state", "not_before"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), default=None
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None, index=True
    )
    parent_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )
    message_id: Mapped[str] = mapped_column(Text, unique=True)
    """The Message-ID we generated, without angle brackets."""
    state: Mapped[str] = mapped_column(String(16))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    """The complete message exactly as it is handed to SMTP and appended to Sent."""
    mail_from: Mapped[str] = mapped_column(Text)
    recipients_json: Mapped[str] = mapped_column(Text, default="[]")
    """Envelope recipients (To and Cc addresses)."""
    subject: Mapped[str] = mapped_column(Text, default="")
    to_display: Mapped[str] = mapped_column(Text, default="")
    draft_json: Mapped[str] = mapped_column(Text, default="{}")
    """The draft as typed, so "Undo send" can give it back to the composer."""
    author: Mapped[str] = mapped_column(String(200), default="")
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    """Not handed to SMTP before this time (undo window, or the next retry)."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    """The server's reason for the last failure, for the owner to read."""
    error_kind: Mapped[str | None] = mapped_column(String(32), default=None)
    refused_json: Mapped[str] = mapped_column(Text, default="{}")
    """Recipients the server refused while accepting the others: ``{email: reply}``."""
    claimed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    """The worker sending it (``pid:token``), while ``state`` is ``sending``."""
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    filed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    """When the copy reached the Sent folder (or the provider files it itself)."""
    sent_folder: Mapped[str | None] = mapped_column(Text, default=None)
    ingested_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    """When the sent message joined its conversation in the local store."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TemplateRow(Base):
    """A reply template; its text lives in one :class:`TemplateVersionRow` per language."""

    __tablename__ = "templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    """A stable name ("order_received"), used for import, export and the CLI."""
    category: Mapped[str] = mapped_column(String(100), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    shortcut: Mapped[int | None] = mapped_column(Integer, default=None, unique=True)
    """Quick-insert index (1 → Ctrl+1), or None."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TemplateVersionRow(Base):
    """A template's text in one language."""

    __tablename__ = "template_versions"
    template_id: Mapped[int] = mapped_column(
        ForeignKey("templates.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
