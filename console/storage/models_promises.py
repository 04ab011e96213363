"""Reminders: promises the owner made, follow-ups, manual reminders, occasions (migration 0005).

One table for everything the shop must do at a time.  ``kind`` says where it came from:

* ``promise``: the owner promised it in a reply, note or call log ("I'll call you on
  Wednesday"), confirmed from ``console.promises.detect``;
* ``follow_up``: "remind me if there is no reply in N days" on a sent message — it
  dissolves (``status = dismissed``, ``closed_reason = customer_replied``) when the
  customer answers;
* ``manual``: typed by the owner ("next Wed 10:00 call Ana");
* ``occasion``: an accepted (or dismissed) suggestion — a birthday, a year since the first
  order — keyed by ``dedupe_key`` so a dismissed suggestion does not come back.

``due_at`` is the promised moment and never moves; ``remind_at`` is when to remind next
(``due_at``, or the end of a snooze).  ``notified_at`` records when a reminder was last
shown: the due-now query returns every reminder whose ``remind_at`` passed after its last
notification, so one that came due while the app was closed is shown at the next start.
Times are naive UTC (``UTCDateTime``), like everywhere else.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.storage.models import Base, UTCDateTime, utcnow


class Reminder(Base):
    """Something the shop must do at a time: a promise, a follow-up, a reminder."""

    __tablename__ = "reminders"
    __table_args__ = (
        Index("ix_reminders_status_remind", "status", "remind_at"),
        Index("ix_reminders_customer", "customer_id"),
        Index("ix_reminders_conversation", "conversation_id"),
        Index("ix_reminders_dedupe", "dedupe_key", unique=True),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    """A ``ReminderKind``: "promise", "follow_up", "manual" or "occasion"."""
    action: Mapped[str] = mapped_column(String(16))
    """A ``console.promises.kinds.Action`` value: "call", "send", "ship", …"""
    title: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    """The promised moment: the exact time, or the opening time of the promised day."""
    due_is_date_only: Mapped[bool] = mapped_column(Boolean, default=False)
    window_end: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    """After this the promise is late (closing time of the day, or the deadline)."""
    remind_at: Mapped[datetime] = mapped_column(UTCDateTime)
    """When to remind next: ``due_at``, or the end of a snooze."""
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), default=None
    )
    conversation_id: Mapped[int | None] = mapped_column(
        ForeignKey("conversations.id", ondelete="SET NULL"), default=None
    )
    message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), default=None
    )
    """The message the promise was read from, or the sent message a follow-up watches."""
    order_ref: Mapped[str | None] = mapped_column(Text, default=None)
    """The shop's order number, as text, when the reminder is about an order."""
    source_text: Mapped[str] = mapped_column(Text, default="")
    """The owner's words the promise came from."""
    source: Mapped[str] = mapped_column(String(16), default="manual")
    """A ``ReminderSource``: "reply", "note", "call", "manual" or "suggestion"."""
    language: Mapped[str | None] = mapped_column(String(8), default=None)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    """A ``ReminderStatus``: "pending", "done", "snoozed" or "dismissed"."""
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    closed_reason: Mapped[str | None] = mapped_column(String(32), default=None)
    """Why a reminder was dismissed: "dismissed" by the owner, "customer_replied"."""
    dedupe_key: Mapped[str | None] = mapped_column(String(200), default=None)
    """A stable key for reminders made by the app ("followup:<message id>",
    "occasion:birthday:<customer>:<year>"): the same one is never made twice."""
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
