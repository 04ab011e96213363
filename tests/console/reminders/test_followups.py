"""Follow-ups dissolve when the customer answers; promises do not."""

from __future__ import annotations

from datetime import UTC, datetime

from console.promises.detect import detect_promises
from console.promises.due import BusinessHours
from console.reminders.followups import add_followup, dissolve_answered
from console.reminders.kinds import ClosedReason, ReminderSource, ReminderStatus
from console.reminders.store import create_from_promises, get_reminder, take_due_notifications
from console.storage.database import Database
from tests.console.reminders.conftest import ZAGREB, add_message, add_thread

HOURS = BusinessHours(country="HR")
THURSDAY = datetime(2026, 11, 19, 15, 0, tzinfo=ZAGREB)


def test_follow_up_is_due_n_days_later_on_a_working_day(db: Database) -> None:
    _, conversation = add_thread(db)
    sent = add_message(db, conversation, at=THURSDAY, outgoing=True)
    item = add_followup(
        db, message_id=sent, days=2, now=THURSDAY, tz=ZAGREB, hours=HOURS, author="Ivana"
    )
    # Thursday + 2 days is Saturday: the shop is closed, so Monday at opening time.
    assert item.due_at == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    again = add_followup(
        db, message_id=sent, days=5, now=THURSDAY, tz=ZAGREB, hours=HOURS, author="Ivana"
    )
    assert again.id == item.id


def test_a_customer_answer_dissolves_the_follow_up_but_not_a_promise(db: Database) -> None:
    customer, conversation = add_thread(db)
    sent = add_message(db, conversation, at=THURSDAY, outgoing=True)
    follow_up = add_followup(
        db, message_id=sent, days=3, now=THURSDAY, tz=ZAGREB, hours=HOURS, author="Ivana"
    )
    promises = detect_promises("Nazvat ću vas u ponedjeljak.", "hr", THURSDAY, ZAGREB, HOURS)
    [promise] = create_from_promises(
        db, promises, now=THURSDAY, author="Ivana", source=ReminderSource.REPLY,
        customer_id=customer, conversation_id=conversation,
    )  # fmt: skip
    # An older customer message does not count.
    add_message(db, conversation, at=datetime(2026, 11, 19, 9, 0, tzinfo=ZAGREB), outgoing=False)
    friday = datetime(2026, 11, 20, 10, 0, tzinfo=ZAGREB)
    assert dissolve_answered(db, now=friday, author="Ivana") == []
    add_message(db, conversation, at=friday, outgoing=False)
    assert dissolve_answered(db, now=friday, author="sync", conversation_ids=[conversation]) == [
        follow_up.id
    ]
    closed = get_reminder(db, follow_up.id)
    assert closed.status is ReminderStatus.DISMISSED
    assert closed.closed_reason == ClosedReason.CUSTOMER_REPLIED.value
    assert get_reminder(db, promise.id).status is ReminderStatus.PENDING
    monday = datetime(2026, 11, 23, 12, 0, tzinfo=ZAGREB)
    assert [i.id for i in take_due_notifications(db, now=monday)] == [promise.id]


def test_an_answer_in_another_conversation_of_the_customer_counts(db: Database) -> None:
    customer, conversation = add_thread(db)
    sent = add_message(db, conversation, at=THURSDAY, outgoing=True)
    follow_up = add_followup(
        db, message_id=sent, days=3, now=THURSDAY, tz=ZAGREB, hours=HOURS, author="Ivana"
    )
    from console.storage.models import Conversation

    with db.session() as session:
        other = Conversation(customer_id=customer, subject="Novo pitanje")
        session.add(other)
        session.flush()
        other_id = other.id
    add_message(db, other_id, at=datetime(2026, 11, 20, 8, 0, tzinfo=ZAGREB), outgoing=False)
    assert dissolve_answered(db, now=THURSDAY, author="sync") == [follow_up.id]
