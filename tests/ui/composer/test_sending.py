"""Replying for real: Ctrl+Enter puts the reply in the outbox, the worker sends it once
through the test SMTP server, and "Undo send" within the delay sends nothing."""

from __future__ import annotations

import email
import time
from email import policy

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from console.domain.status import ConversationStatus
from console.outbox import preferences
from console.outbox.compose import Recipient
from console.outbox.queue import OutboxState, list_outbox
from console.storage.models import Conversation
from tests.ui.composer.conftest import SendingShop, customer_waiting
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.changes import Change
from ui.composer.dialog import NewMessageDialog
from ui.composer.widget import ComposerWidget
from ui.operations import Operations
from ui.outbox.service import OutboxService


def open_reply(qtbot: QtBot, composer: ComposerWidget, conversation_id: int) -> None:
    composer.open_reply(conversation_id)
    qtbot.waitUntil(lambda: composer.loaded, timeout=TIMEOUT_MS)


def test_ctrl_enter_sends_the_reply_once_through_the_real_server(
    qtbot: QtBot,
    sending_shop: SendingShop,
    operations: Operations,
    composer: ComposerWidget,
    outbox: OutboxService,
) -> None:
    db = sending_shop.db
    preferences.set_undo_seconds(db, 1)
    conversation_id = customer_waiting(db)
    announced: list[Change] = []
    operations.changed.connect(announced.append)
    composer.outbox_due.connect(outbox.wake)
    outbox.changed.connect(composer.on_outbox_change)
    outbox.start(db)
    open_reply(qtbot, composer, conversation_id)
    assert composer.subject_field.text().startswith("Re: ")
    assert composer.subject_field.text().count("Re:") == 1
    customer = composer.to_field.text()
    assert "@" in customer

    composer.body.setFocus()
    qtbot.keyClicks(composer.body, "Thank you, your parcel leaves today.")
    qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: composer.undo_bar.isVisible(), timeout=TIMEOUT_MS)
    assert composer.body.toPlainText() == ""
    # A second Ctrl+Enter on the emptied composer queues nothing more.
    qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    [received] = sending_shop.smtp.wait_for_messages(1, timeout=TIMEOUT_MS / 1000)
    message = email.message_from_bytes(received.data, policy=policy.default)
    assert "your parcel leaves today" in message.get_body(("plain",)).get_content()
    assert "Lavanda & Maslina" in message.get_body(("plain",)).get_content()
    assert message["Subject"] == composer.subject_field.text()
    assert received.rcpt_tos[0].lower() in customer.lower()

    qtbot.waitUntil(lambda: composer.undo_bar.label.text() == "Sent.", timeout=TIMEOUT_MS)

    def waiting_on_customer() -> bool:
        with db.reader() as session:
            conversation = session.get_one(Conversation, conversation_id)
            return conversation.status == ConversationStatus.WAITING

    qtbot.waitUntil(waiting_on_customer, timeout=TIMEOUT_MS)
    [entry] = list_outbox(db)
    assert entry.state is OutboxState.SENT
    qtbot.waitUntil(
        lambda: any(c.touches(Change.STATUS | Change.CONVERSATIONS) for c in announced),
        timeout=TIMEOUT_MS,
    )
    outbox.wake()
    time.sleep(1.0)
    assert len(sending_shop.smtp.messages) == 1


def test_undo_within_the_delay_sends_nothing_and_brings_the_text_back(
    qtbot: QtBot,
    sending_shop: SendingShop,
    operations: Operations,
    composer: ComposerWidget,
    outbox: OutboxService,
) -> None:
    db = sending_shop.db
    preferences.set_undo_seconds(db, 30)
    conversation_id = customer_waiting(db)
    composer.outbox_due.connect(outbox.wake)
    outbox.start(db)
    open_reply(qtbot, composer, conversation_id)
    qtbot.keyClicks(composer.body, "Oops, wrong customer.")
    composer.send()
    qtbot.waitUntil(lambda: composer.undo_bar.counting, timeout=TIMEOUT_MS)
    assert composer.body.toPlainText() == ""

    qtbot.mouseClick(composer.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: composer.body.toPlainText() == "Oops, wrong customer.", timeout=TIMEOUT_MS
    )
    settle(qtbot, operations)
    assert not composer.undo_bar.isVisible()
    [entry] = list_outbox(db, states=[OutboxState.CANCELLED])
    assert entry.state is OutboxState.CANCELLED
    outbox.wake()
    time.sleep(1.0)
    assert sending_shop.smtp.messages == []
    # The text is a draft again: it survives closing the composer.
    assert composer.draft_id is not None


def test_a_new_message_needs_a_subject_then_goes_out_and_the_dialog_closes(
    qtbot: QtBot,
    sending_shop: SendingShop,
    operations: Operations,
    outbox: OutboxService,
) -> None:
    db = sending_shop.db
    preferences.set_undo_seconds(db, 30)
    outbox.start(db)
    ana = (Recipient("ana@kupac.example", "Ana Kovač"),)
    dialog = NewMessageDialog(operations, ana, author="Ivana")
    qtbot.addWidget(dialog)
    dialog.composer.outbox_due.connect(outbox.wake)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.composer.loaded, timeout=TIMEOUT_MS)
    composer = dialog.composer
    qtbot.keyClicks(composer.body, "Your invoice is attached.")
    composer.send()
    assert composer.error_label.text() == "Give the message a subject."
    composer.subject_field.setText("Invoice 1043")
    composer.send()
    qtbot.waitUntil(lambda: composer.undo_bar.counting, timeout=TIMEOUT_MS)
    # "Send now" skips the rest of the undo delay.
    qtbot.mouseClick(composer.undo_bar.send_now_button, Qt.MouseButton.LeftButton)
    [received] = sending_shop.smtp.wait_for_messages(1, timeout=TIMEOUT_MS / 1000)
    assert received.rcpt_tos == ("ana@kupac.example",)
    message = email.message_from_bytes(received.data, policy=policy.default)
    assert message["Subject"] == "Invoice 1043"
    assert message["In-Reply-To"] is None
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert dialog.result() == NewMessageDialog.DialogCode.Accepted
