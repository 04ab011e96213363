"""Drafts: saved a second after typing stops, off the UI thread, and back after a restart."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from console.outbox.drafts import load_drafts
from console.storage.database import Database
from tests.ui.composer.conftest import customer_waiting
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.composer.draft_keeper import SAVE_DELAY_MS
from ui.composer.widget import ComposerWidget
from ui.operations import Operations


def new_composer(qtbot: QtBot, operations: Operations) -> ComposerWidget:
    widget = ComposerWidget(operations)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_typing_saves_a_draft_after_a_pause(
    qtbot: QtBot, sample_db: Database, operations: Operations
) -> None:
    conversation_id = customer_waiting(sample_db)
    composer = new_composer(qtbot, operations)
    composer.open_reply(conversation_id)
    qtbot.waitUntil(lambda: composer.loaded, timeout=TIMEOUT_MS)
    saved: list[object] = []
    composer.keeper.saved.connect(saved.append)
    qtbot.keyClicks(composer.body, "Dobar dan, ")
    qtbot.keyClicks(composer.body, "paket je poslan.")
    assert saved == []  # nothing yet: typing goes on
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=SAVE_DELAY_MS * 4)
    [draft] = load_drafts(sample_db, conversation_id)
    assert draft.body == "Dobar dan, paket je poslan."
    assert draft.subject.startswith("Re: ")
    # More typing updates the same row.
    qtbot.keyClicks(composer.body, " Hvala!")
    qtbot.waitUntil(lambda: len(saved) == 2, timeout=SAVE_DELAY_MS * 4)
    assert [d.body for d in load_drafts(sample_db, conversation_id)] == [
        "Dobar dan, paket je poslan. Hvala!"
    ]


def test_the_draft_survives_closing_and_a_new_database_object(
    qtbot: QtBot, sample_db: Database, tmp_path: Path
) -> None:
    conversation_id = customer_waiting(sample_db)
    first_ops = Operations(sample_db)
    composer = new_composer(qtbot, first_ops)
    composer.open_reply(conversation_id)
    qtbot.waitUntil(lambda: composer.loaded, timeout=TIMEOUT_MS)
    composer.cc_field.setText("")
    qtbot.keyClicks(composer.body, "Half a sentence that must not be lost")
    composer.close()  # hiding saves at once, without waiting for the pause
    first_ops.wait()
    settle(qtbot, first_ops)

    # "Restart": a new Database object on the same file and a new composer.
    reopened = Database(tmp_path / "shop.sqlite3")
    second_ops = Operations(reopened)
    try:
        again = new_composer(qtbot, second_ops)
        again.open_reply(conversation_id)
        qtbot.waitUntil(lambda: again.loaded, timeout=TIMEOUT_MS)
        assert again.body.toPlainText() == "Half a sentence that must not be lost"
        assert again.draft_id is not None
        # Switching to another conversation and back shows it again.
        other = 1 if conversation_id != 1 else 2
        again.open_reply(other)
        qtbot.waitUntil(lambda: again.loaded, timeout=TIMEOUT_MS)
        again.open_reply(conversation_id)
        qtbot.waitUntil(lambda: again.loaded, timeout=TIMEOUT_MS)
        assert again.body.toPlainText() == "Half a sentence that must not be lost"
    finally:
        second_ops.wait()
        second_ops.shutdown()
        first_ops.shutdown()


def test_emptying_the_text_forgets_the_draft(
    qtbot: QtBot, sample_db: Database, operations: Operations
) -> None:
    conversation_id = customer_waiting(sample_db)
    composer = new_composer(qtbot, operations)
    composer.open_reply(conversation_id)
    qtbot.waitUntil(lambda: composer.loaded, timeout=TIMEOUT_MS)
    qtbot.keyClicks(composer.body, "x")
    composer.flush_draft()
    settle(qtbot, operations)
    assert len(load_drafts(sample_db, conversation_id)) == 1
    composer.body.clear()
    composer.flush_draft()
    settle(qtbot, operations)
    assert load_drafts(sample_db, conversation_id) == []


def test_a_new_message_draft_comes_back_for_the_same_customer(
    qtbot: QtBot, sample_db: Database, operations: Operations
) -> None:
    from console.outbox.compose import Recipient
    from ui.composer.dialog import NewMessageDialog

    ana = (Recipient("ana@kupac.example", "Ana Kovač"),)
    dialog = NewMessageDialog(operations, ana, author="Ivana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.composer.loaded, timeout=TIMEOUT_MS)
    assert "Ana Kovač" in dialog.windowTitle()
    assert not dialog.composer.quote_box.isVisible()
    dialog.composer.subject_field.setText("Your invoice")
    qtbot.keyClicks(dialog.composer.body, "Here it is.")
    dialog.reject()
    settle(qtbot, operations)

    again = NewMessageDialog(operations, ana)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.composer.loaded, timeout=TIMEOUT_MS)
    assert again.composer.body.toPlainText() == "Here it is."
    assert again.composer.subject_field.text() == "Your invoice"
