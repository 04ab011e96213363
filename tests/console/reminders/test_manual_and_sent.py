"""A typed reminder is stored as a manual one; a follow-up waits for the sent message."""

from __future__ import annotations

from datetime import UTC, datetime

from console.outbox.queue import OutboxState
from console.promises.due import BusinessHours
from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.manual import add_typed_reminder
from console.reminders.natural import read_reminder
from console.reminders.sent import followup_after_sending, sent_message_id
from console.reminders.store import agenda
from console.storage.database import Database
from console.storage.models import Message
from console.storage.models_outbox import OutboxRow
from tests.console.reminders.conftest import ZAGREB, add_message, add_thread

HOURS = BusinessHours(country="HR")
SUNDAY = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)


def test_a_typed_reminder_is_a_manual_reminder(db: Database) -> None:
    customer, conversation = add_thread(db)
    text = "next Wed 10:00 call Ana"
    typed = read_reminder(text, "en", now=SUNDAY, tz=ZAGREB, hours=HOURS)
    assert typed is not None
    made = add_typed_reminder(
        db, typed, text=text, now=SUNDAY, author="Ivana", customer_id=customer,
        conversation_id=conversation, language="en",
    )  # fmt: skip
    assert made.kind is ReminderKind.MANUAL
    assert made.source is ReminderSource.MANUAL
    assert made.title == "call Ana"
    assert made.source_text == text
    assert made.due_at == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert not made.due_is_date_only
    assert (made.customer_id, made.conversation_id) == (customer, conversation)
    assert [r.id for r in agenda(db, now=SUNDAY, tz=ZAGREB).upcoming] == [made.id]


def _outbox(db: Database, conversation: int, message_id: str, state: OutboxState) -> int:
    with db.session() as session:
        row = OutboxRow(
            conversation_id=conversation,
            message_id=message_id,
            state=state.value,
            raw=b"",
            mail_from="ivana@lavanda.example",
        )
        session.add(row)
        session.flush()
        return row.id


def test_a_follow_up_watches_the_stored_copy_of_a_sent_reply(db: Database) -> None:
    _, conversation = add_thread(db)
    queued = _outbox(db, conversation, "never-sent@lavanda.example", OutboxState.QUEUED)
    assert sent_message_id(db, queued) is None
    assert sent_message_id(db, 999) is None
    stored = add_message(db, conversation, at=SUNDAY, outgoing=True)
    with db.reader() as session:
        message_id = session.get_one(Message, stored).message_id
    sent = _outbox(db, conversation, message_id, OutboxState.SENT)
    assert sent_message_id(db, sent) == stored
    follow_up = followup_after_sending(
        db, sent, days=2, now=SUNDAY, tz=ZAGREB, hours=HOURS, author="Ivana"
    )
    assert follow_up is not None
    assert follow_up.kind is ReminderKind.FOLLOW_UP
    assert follow_up.message_id == stored
    # Sunday + 2 days is Tuesday, at opening time.
    assert follow_up.due_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    assert (
        followup_after_sending(db, queued, days=2, now=SUNDAY, tz=ZAGREB, hours=HOURS, author="I")
        is None
    )
