"""Adding a reminder the owner typed ("next Wed 10:00 call Ana"), read by
:func:`console.reminders.natural.read_reminder`."""

from __future__ import annotations

from datetime import datetime

from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.natural import TypedReminder
from console.reminders.store import ReminderView, add_reminder, view
from console.storage.database import Database


def add_typed_reminder(
    db: Database,
    typed: TypedReminder,
    *,
    text: str,
    now: datetime,
    author: str,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    language: str | None = None,
) -> ReminderView:
    """Store ``typed`` (read from ``text``) as a manual reminder, with its event."""
    with db.session() as session:
        row = add_reminder(
            session,
            kind=ReminderKind.MANUAL,
            action=typed.action,
            title=typed.title,
            due_at=typed.resolved.due_at,
            due_is_date_only=typed.resolved.date_only,
            window_end=typed.resolved.window_end,
            now=now,
            author=author,
            customer_id=customer_id,
            conversation_id=conversation_id,
            source_text=text.strip(),
            source=ReminderSource.MANUAL,
            language=language,
        )
        return view(row)
