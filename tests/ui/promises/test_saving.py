"""A reply's reminders: its confirmed promises when queued (taken back on undo), its
follow-up once it is sent; the follow-up toggle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from console.outbox.compose import Draft
from console.outbox.queue import OutboxEntry, OutboxState
from console.outbox.worker import OutboxChange
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind, ReminderSource, ReminderStatus
from console.reminders.store import reminders_for
from console.storage.database import Database
from console.storage.models import Message
from console.storage.models_outbox import OutboxRow
from tests.ui.helpers import settle
from tests.ui.reminders.conftest import SETUP, Clock
from tests.ui.reminders.scenario import SUNDAY, ZAGREB, conversation_of
from ui.operations import Operations
from ui.promises.chips import PromiseChips
from ui.promises.followup import DAY_CHOICES, FollowupToggle, request_followup
from ui.promises.saving import ReplyReminders


def entry(outbox_id: int, conversation_id: int) -> OutboxEntry:
    return OutboxEntry(
        id=outbox_id,
        state=OutboxState.QUEUED,
        account_id=None,
        conversation_id=conversation_id,
        message_id=f"reply-{outbox_id}@lavanda.example",
        subject="Re: Narudžba #1047",
        to="Marko Horvat <marko@example.hr>",
        not_before=None,
        attempts=0,
        last_error=None,
        error_kind=None,
        refused={},
        created_at=SUNDAY,
        sent_at=None,
        filed=False,
        author="Ivana",
    )


def sent_and_stored(db: Database, conversation_id: int, at: datetime) -> tuple[int, int]:
    """An outbox row the worker sent and stored: (outbox id, stored message id)."""
    message_id = f"sent-{at.timestamp()}@lavanda.example"
    with db.session() as session:
        message = Message(
            message_id=message_id,
            conversation_id=conversation_id,
            date=at.astimezone(UTC),
            is_outgoing=True,
            subject="Re: Narudžba #1047",
        )
        row = OutboxRow(
            conversation_id=conversation_id,
            message_id=message_id,
            state=OutboxState.SENT.value,
            raw=b"",
            mail_from="ivana@lavanda.example",
            sent_at=at,
        )
        session.add_all([message, row])
        session.flush()
        return row.id, message.id


def composer(qtbot: QtBot, clock: Clock) -> tuple[QPlainTextEdit, PromiseChips, FollowupToggle]:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    chips = PromiseChips(editor, clock=clock)
    chips.set_setup(SETUP)
    followup = FollowupToggle()
    qtbot.addWidget(followup)
    editor.chips = chips  # type: ignore[attr-defined]  # keep the widgets alive
    editor.followup = followup  # type: ignore[attr-defined]
    return editor, chips, followup


def test_a_queued_reply_makes_its_promises_and_its_follow_up_once_sent(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    conversation_id, customer_id, language = conversation_of(shop_db, "Marko Horvat")
    editor, chips, followup = composer(qtbot, clock)
    reminders = ReplyReminders(shop_ops, chips, followup, clock=clock)
    reminders.author = "Ivana"
    reminders.set_conversation(conversation_id, customer_id, language, order_ref="#1047")
    editor.setPlainText("Nazvat ću Vas u srijedu, a paket šaljemo do petka.")
    chips.detect_now()
    call, _ship = chips.entries()
    chips.confirm(call.key)  # the parcel is not confirmed: no reminder for it
    followup.set_days(2)
    made: list[list[object]] = []
    reminders.made.connect(made.append)

    # The worker will send and store it as this row (made now: the test plays the worker).
    outbox_id, stored = sent_and_stored(shop_db, conversation_id, SUNDAY)
    editor.clear()  # the composer empties itself, then says the reply was queued
    reminders.on_queued(entry(outbox_id, conversation_id))
    settle(qtbot, shop_ops)
    [promise] = reminders_for(shop_db, conversation_id=conversation_id)
    assert promise.kind is ReminderKind.PROMISE and promise.action is Action.CALL
    assert promise.source is ReminderSource.REPLY
    assert promise.customer_id == customer_id
    assert (promise.order_ref, promise.language) == ("#1047", "hr")
    assert chips.entries() == [] and followup.requested() is None
    assert reminders.pending_followups() == {outbox_id: 2}

    reminders.on_outbox_change(OutboxChange(outbox_id, OutboxState.QUEUED, conversation_id))
    settle(qtbot, shop_ops)
    assert len(reminders_for(shop_db, conversation_id=conversation_id)) == 1
    reminders.on_outbox_change(OutboxChange(outbox_id, OutboxState.SENT, conversation_id))
    settle(qtbot, shop_ops)
    follow_up = next(
        r
        for r in reminders_for(shop_db, conversation_id=conversation_id)
        if r.kind is ReminderKind.FOLLOW_UP
    )
    assert follow_up.message_id == stored
    assert follow_up.due_at == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)  # Tuesday 9:00
    assert reminders.pending_followups() == {}
    assert len(made) == 2


def test_undoing_the_send_takes_the_promises_back(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    conversation_id, customer_id, language = conversation_of(shop_db, "Marko Horvat")
    editor, chips, followup = composer(qtbot, clock)
    reminders = ReplyReminders(shop_ops, chips, followup, clock=clock)
    reminders.set_conversation(conversation_id, customer_id, language)
    editor.setPlainText("Nazvat ću Vas u srijedu.")
    chips.detect_now()
    chips.confirm(chips.entries()[0].key)
    followup.set_days(3)
    reminders.on_queued(entry(8, conversation_id))
    settle(qtbot, shop_ops)
    reminders.on_undone(Draft(account_id=None, conversation_id=conversation_id))
    settle(qtbot, shop_ops)
    [promise] = reminders_for(shop_db, conversation_id=conversation_id)
    assert promise.status is ReminderStatus.DISMISSED
    assert reminders.pending_followups() == {}
    reminders.on_undone(Draft(account_id=None, conversation_id=conversation_id))  # nothing left


def test_a_reply_to_another_conversation_is_not_linked_to_this_customer(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    conversation_id, customer_id, language = conversation_of(shop_db, "Marko Horvat")
    other, _, _ = conversation_of(shop_db, "Ana Jurić")
    editor, chips, _followup = composer(qtbot, clock)
    reminders = ReplyReminders(shop_ops, chips, None, clock=clock)
    reminders.set_conversation(conversation_id, customer_id, language)
    editor.setPlainText("Nazvat ću Vas u srijedu.")
    chips.detect_now()
    chips.confirm(chips.entries()[0].key)
    reminders.on_queued(entry(9, other))
    settle(qtbot, shop_ops)
    [promise] = reminders_for(shop_db, conversation_id=other)
    assert promise.customer_id is None


def test_the_follow_up_toggle(qtbot: QtBot) -> None:
    toggle = FollowupToggle()
    qtbot.addWidget(toggle)
    assert toggle.requested() is None
    assert toggle.days() == 3
    assert toggle.check.text() == "Remind me if there is no reply in 3 day(s)"
    toggle.day_actions[DAY_CHOICES[-1]].trigger()
    assert toggle.requested() == 14
    assert "14" in toggle.check.text()
    toggle.reset()
    assert toggle.requested() is None
    again = FollowupToggle()  # the choice is remembered
    qtbot.addWidget(again)
    assert again.days() == 14


def test_request_followup_for_a_stored_message(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    conversation_id, _, _ = conversation_of(shop_db, "Klaus Weber")
    _, stored = sent_and_stored(shop_db, conversation_id, SUNDAY - timedelta(days=2))
    made: list[object] = []
    request_followup(shop_ops, stored, 5, SETUP, author="Ivana", clock=clock, success=made.append)
    settle(qtbot, shop_ops)
    [follow_up] = reminders_for(shop_db, conversation_id=conversation_id)
    assert made and follow_up.kind is ReminderKind.FOLLOW_UP
    # Friday + 5 days is Wednesday, at opening time in Zagreb.
    assert follow_up.due_at.astimezone(ZAGREB) == datetime(2026, 11, 25, 9, 0, tzinfo=ZAGREB)
