"""The outbox indicator: a refused message shows with the server's reason, can be sent
again, or taken back into the drafts; the table model is a proper Qt model."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.outbox import preferences
from console.outbox.drafts import load_drafts
from console.outbox.queue import OutboxState, list_outbox
from tests.servers.smtp import SmtpReject
from tests.ui.composer.conftest import SendingShop, customer_waiting
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.composer.widget import ComposerWidget
from ui.operations import Operations
from ui.outbox.model import Column
from ui.outbox.service import OutboxService
from ui.outbox.status import OutboxStatus


def test_a_refused_message_is_shown_retried_and_cancelled(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    sending_shop: SendingShop,
    operations: Operations,
    composer: ComposerWidget,
    outbox: OutboxService,
) -> None:
    db = sending_shop.db
    preferences.set_undo_seconds(db, 0)
    sending_shop.smtp.set_reject(SmtpReject(550, "5.1.1 Mailbox unknown", stage="RCPT"))
    status = OutboxStatus(operations, outbox)
    qtbot.addWidget(status)
    composer.outbox_due.connect(outbox.wake)
    outbox.changed.connect(composer.on_outbox_change)
    outbox.start(db)
    conversation_id = customer_waiting(db)
    composer.open_reply(conversation_id)
    qtbot.waitUntil(lambda: composer.loaded, timeout=TIMEOUT_MS)
    qtbot.keyClicks(composer.body, "A reply the server refuses.")
    composer.send()

    qtbot.waitUntil(lambda: status.failed == 1, timeout=TIMEOUT_MS)
    assert status.isVisibleTo(status.parentWidget()) or not status.isHidden()
    assert status.text().startswith("1 ")
    assert "5.1.1 Mailbox unknown" in composer.undo_bar.label.text()

    dialog = status.show_outbox(failed_only=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=TIMEOUT_MS)
    qtmodeltester.check(dialog.model)
    reason = dialog.model.index(0, Column.REASON).data()
    assert "5.1.1 Mailbox unknown" in reason
    assert "5.1.1 Mailbox unknown" in dialog.details.text()

    # Retry while the server still refuses: tried again, refused again.
    dialog.retry_selected()
    qtbot.waitUntil(
        lambda: list_outbox(db)[0].attempts >= 2 and list_outbox(db)[0].state is OutboxState.FAILED,
        timeout=TIMEOUT_MS,
    )
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=TIMEOUT_MS)
    restored: list[object] = []
    status.draft_restored.connect(restored.append)
    dialog.cancel_selected()
    qtbot.waitUntil(lambda: len(restored) == 1, timeout=TIMEOUT_MS)
    settle(qtbot, operations)
    [draft] = load_drafts(db, conversation_id)
    assert draft.body == "A reply the server refuses."
    qtbot.waitUntil(lambda: status.isHidden(), timeout=TIMEOUT_MS)
    assert sending_shop.smtp.messages == []
