"""File › Backups…: the real dialog in the real window on a real SQLite data folder.

A shop (the sample shop's mail, made a real shop with a mail account) is opened as the
app opens one; its backups are taken, listed and restored through the dialog, and the
window must show the data of the backup afterwards.  Only the confirmation is answered
through the dialog's hook (or a stand-in for ``QMessageBox.exec``), as a user would.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

import console.storage.backup as backup_module
from console.demo.sample_shop import build_sample_shop
from console.domain.security import Security
from console.domain.status import ConversationStatus
from console.paths import DataDir, resolve_data_dir
from console.storage.backup import Backup, list_backups
from console.storage.database import Database
from console.storage.lock import APP_LOCK, DirectoryLock, LockHeld
from console.storage.models import Account, Setting
from console.storage.settings import SAMPLE_SHOP
from tests.ui.helpers import NOW, TIMEOUT_MS
from tests.ui.sync_helpers import real_window
from ui.backups.dialog import BackupsDialog
from ui.main_window import MainWindow


@pytest.fixture
def shop(tmp_path: Path, keyring_backend: KeyringBackend) -> DataDir:
    """A real shop's data folder: the sample shop's mail, a mail account, no sample flag.

    The account has no password in the (test) keyring, so the sync starts, takes the
    sync lock and reports the missing password without connecting anywhere.
    """
    data_dir = resolve_data_dir(tmp_path / "shop").ensure()
    with Database(data_dir.database) as db:
        build_sample_shop(db, now=NOW)
        with db.session() as session:
            session.execute(delete(Setting).where(Setting.key == SAMPLE_SHOP))
            session.add(
                Account(
                    email="shop@example.test",
                    imap_host="imap.example.test",
                    imap_port=993,
                    imap_security=Security.SSL.value,
                    imap_username="shop@example.test",
                )
            )
    return data_dir


@pytest.fixture
def window(qtbot: QtBot, shop: DataDir) -> Iterator[MainWindow]:
    """The main window on :func:`shop`, with its inbox shown."""
    with real_window(qtbot, shop.root) as win:
        win.set_now(NOW)
        qtbot.waitUntil(lambda: win.inbox.model.total > 0 and win.ops.idle, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: win.desk.background.idle, timeout=TIMEOUT_MS)  # daily backup
        yield win


def open_dialog(qtbot: QtBot, window: MainWindow) -> BackupsDialog:
    """File › Backups…, as the menu opens it, with its list read."""
    window.commands.backups.trigger()
    dialog = window.findChild(BackupsDialog)
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    return dialog


def wait_for_restore(qtbot: QtBot, window: MainWindow, dialog: BackupsDialog) -> None:
    qtbot.waitUntil(
        lambda: not dialog.restorer.busy and not dialog.busy and window.ops.idle,
        timeout=TIMEOUT_MS * 3,
    )


def status_of(database: Path, conversation_id: int) -> str:
    with closing(sqlite3.connect(database)) as connection:
        row = connection.execute(
            "SELECT status FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
    return str(row[0])


def mark_current_done(qtbot: QtBot, window: MainWindow) -> int:
    """Change the data: the open conversation is marked done; returns its id."""
    qtbot.waitUntil(lambda: window.conversation.detail is not None, timeout=TIMEOUT_MS)
    detail = window.conversation.detail
    assert detail is not None and detail.status is not ConversationStatus.DONE
    total = window.inbox.model.total
    window.set_status(ConversationStatus.DONE)
    qtbot.waitUntil(
        lambda: window.inbox.model.total == total - 1 and window.ops.idle, timeout=TIMEOUT_MS
    )
    return detail.id


def test_a_backup_taken_in_the_dialog_is_restored_and_the_window_shows_its_data(
    qtbot: QtBot, window: MainWindow, shop: DataDir
) -> None:
    total = window.inbox.model.total
    first_db = window.ops.db
    dialog = open_dialog(qtbot, window)
    listed = len(dialog.summaries)
    assert listed >= 1  # the daily backup, taken when the shop opened

    dialog.backup_button.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and len(dialog.summaries) == listed + 1, timeout=TIMEOUT_MS
    )
    taken = dialog.selected_backup()
    assert taken is not None and taken == list_backups(shop.backups)[0]
    newest = dialog.summaries[0]
    assert newest.messages is not None and newest.messages > 0
    assert newest.customers is not None and newest.customers > 0
    top = dialog.list.topLevelItem(0)
    assert top is not None and top.text(3) != "—"

    conversation_id = mark_current_done(qtbot, window)
    assert status_of(shop.database, conversation_id) == "done"

    asked: list[Backup] = []

    def confirm(backup: Backup) -> bool:
        asked.append(backup)
        return True

    dialog.confirm = confirm
    assert dialog.select_backup(taken.path)
    dialog.restore_button.click()
    wait_for_restore(qtbot, window, dialog)
    qtbot.waitUntil(
        lambda: window.inbox.model.total == total and window.ops.idle, timeout=TIMEOUT_MS
    )

    assert asked == [taken]
    assert status_of(shop.database, conversation_id) != "done"
    assert window.ops.db is not None and window.ops.db is not first_db  # reopened
    assert window.desk.sync.active  # the sync runs again
    assert "Restored the backup of" in window.notice.text()
    assert "Restored the backup of" in dialog.status.text()
    # The data it replaced is a backup of its own, listed and holding the change.
    qtbot.waitUntil(lambda: len(dialog.summaries) == listed + 2, timeout=TIMEOUT_MS)
    safety = list_backups(shop.backups)[0]
    assert safety.path != taken.path
    assert status_of(safety.path, conversation_id) == "done"
    # The app still holds the data folder: a restore from the command line refuses.
    with pytest.raises(LockHeld):
        DirectoryLock(shop.root, APP_LOCK).acquire()


def test_a_damaged_backup_is_refused_with_a_clear_message_and_the_shop_stays_open(
    qtbot: QtBot, window: MainWindow, shop: DataDir
) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    damaged = shop.backups / f"shopkeeper-{yesterday:%Y%m%d}-120000.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x17" * 4000)
    total, db = window.inbox.model.total, window.ops.db
    dialog = open_dialog(qtbot, window)
    assert dialog.select_backup(damaged)
    summary = next(s for s in dialog.summaries if s.backup.path == damaged)
    assert summary.messages is None

    dialog.confirm = lambda _backup: True
    dialog.restore_button.click()
    wait_for_restore(qtbot, window, dialog)

    text = dialog.status.text()
    assert "cannot be read" in text and "your data is unchanged" in text
    assert "Traceback" not in text and "sqlite3" not in text
    assert "cannot be read" in window.notice.text()
    assert window.ops.db is db  # never closed: the check came first
    assert window.inbox.model.total == total
    assert len(list_backups(shop.backups)) == len(dialog.summaries)  # no safety copy needed


def test_a_restore_while_another_program_writes_changes_nothing_and_reopens_the_shop(
    qtbot: QtBot, window: MainWindow, shop: DataDir, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "BUSY_WAIT_SECONDS", 0.2)
    dialog = open_dialog(qtbot, window)
    backup = dialog.selected_backup()
    assert backup is not None
    conversation_id = mark_current_done(qtbot, window)
    total = window.inbox.model.total
    before = len(list_backups(shop.backups))

    other = sqlite3.connect(shop.database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
        dialog.confirm = lambda _backup: True
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: not dialog.restorer.busy, timeout=TIMEOUT_MS * 3)
    finally:
        other.execute("ROLLBACK")
        other.close()
    wait_for_restore(qtbot, window, dialog)

    assert "Another program is using the Shopkeeper data" in dialog.status.text()
    assert "your data is unchanged" in window.notice.text()
    assert status_of(shop.database, conversation_id) == "done"
    assert len(list_backups(shop.backups)) == before
    qtbot.waitUntil(
        lambda: window.inbox.model.total == total and window.ops.idle, timeout=TIMEOUT_MS
    )
    assert window.ops.db is not None and window.desk.sync.active


def test_the_confirmation_asks_in_plain_words_and_cancelling_changes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[tuple[str, list[str]]] = []

    def answer_cancel(box: QMessageBox) -> int:
        questions.append((box.text(), [b.text() for b in box.buttons()]))
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", answer_cancel)
    db = window.ops.db
    dialog = open_dialog(qtbot, window)
    dialog.restore_button.click()

    [(question, buttons)] = questions
    assert question.startswith("Replace everything in Shopkeeper with the backup of ")
    assert "The current data is kept as a backup first, so this can be undone." in question
    assert "Restore" in buttons
    assert not dialog.restorer.busy and window.ops.db is db


def test_show_in_folder_opens_the_shops_backups_folder(
    qtbot: QtBot, window: MainWindow, shop: DataDir
) -> None:
    opened: list[Path] = []

    def show_folder(folder: Path) -> bool:
        opened.append(folder)
        return True

    dialog = open_dialog(qtbot, window)
    dialog.show_folder = show_folder
    dialog.folder_button.click()
    assert opened == [shop.backups]
    dialog.show_folder = lambda _folder: False
    dialog.folder_button.click()
    assert "could not be opened" in dialog.status.text()


def test_the_sample_shop_explains_that_it_has_no_backups(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.operations import Operations

    ops = Operations()
    window = MainWindow(ops, data_dir_option=str(tmp_path))
    qtbot.addWidget(window)
    window.open_store(resolve_data_dir(tmp_path, demo=True), demo=True, now=NOW)
    qtbot.waitUntil(lambda: window.info is not None and ops.idle, timeout=TIMEOUT_MS)
    try:
        dialog = open_dialog(qtbot, window)
        assert "The sample shop has no backups" in dialog.intro.text()
        assert dialog.list.isHidden()
        for button in (dialog.backup_button, dialog.restore_button, dialog.folder_button):
            assert not button.isEnabled()
        dialog.restore_selected()
        assert not dialog.restorer.busy
    finally:
        window.desk.shutdown()
        ops.wait()
        window._quitting = True
        window.close()
        ops.shutdown()
