"""Preferences, coalesced announcements, the daily backup and the sync state texts."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.ui.helpers import TIMEOUT_MS
from ui import preferences
from ui.background import Background
from ui.changes import Change
from ui.daily_backup import DailyBackup
from ui.dialogs.preferences import PreferencesDialog
from ui.operations import Operations
from ui.status_area import SyncStatus
from ui.sync_service import AccountStatus, SyncState
from ui.sync_text import CA_LINK, PASSWORD_LINK, RETRY_LINK, describe, most_urgent
from ui.tray import KEEP_IN_TRAY, keep_in_tray_chosen


def test_preferences_are_saved_and_offer_every_language(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.notify.isChecked() and dialog.keep_in_tray.isChecked()
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["", "en", "hr", "de", "ru", "sl", "tr"]
    assert dialog.language.itemText(codes.index("hr")) == "Hrvatski"
    dialog.notify.setChecked(False)
    dialog.keep_in_tray.setChecked(False)
    dialog.language.setCurrentIndex(codes.index("sl"))
    dialog.accept()
    assert preferences.notify_new_mail() is False
    assert keep_in_tray_chosen() is False
    assert QSettings().value(KEEP_IN_TRAY) in (False, "false")
    assert QSettings().value(preferences.LANGUAGE) == "sl"
    assert preferences.language() == "sl"
    again = PreferencesDialog()
    qtbot.addWidget(again)
    assert again.language.currentData() == "sl" and not again.notify.isChecked()


def test_posted_changes_are_merged_and_announced_at_most_twice_a_second(qtbot: QtBot) -> None:
    ops = Operations()
    seen: list[Change] = []
    ops.changed.connect(seen.append)

    def producer() -> None:
        for n in range(200):
            ops.post(Change.CONVERSATIONS if n % 2 else Change.STATUS)

    thread = threading.Thread(target=producer)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT_MS)
    qtbot.wait(700)
    assert 1 <= len(seen) <= 2
    merged = Change.NONE
    for change in seen:
        merged |= change
    assert merged == Change.CONVERSATIONS | Change.STATUS
    ops.post(Change.CUSTOMER)  # after a quiet spell: at once
    qtbot.waitUntil(lambda: seen[-1] == Change.CUSTOMER, timeout=200)
    ops.shutdown()


def test_the_daily_backup_runs_off_the_ui_thread_once_a_day(qtbot: QtBot, tmp_path: Path) -> None:
    database = tmp_path / "shop.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("create table messages (id integer)")
    background = Background()
    now = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    backup = DailyBackup(background, clock=lambda: now)
    with qtbot.waitSignal(backup.taken, timeout=TIMEOUT_MS) as taken:
        backup.start(database, tmp_path / "backups")
    assert taken.args is not None and Path(taken.args[0].path).exists()
    backup.check()
    background.wait()
    qtbot.wait(50)
    assert len(list((tmp_path / "backups").iterdir())) == 1
    backup.stop()


def status(state: SyncState, kind: str = "", **values: object) -> AccountStatus:
    return AccountStatus("shop@kavomat.hr", state, kind=kind, **values)  # type: ignore[arg-type]


def test_each_state_has_a_clear_text_and_errors_offer_their_fix() -> None:
    assert describe(status(SyncState.CONNECTING)).text == (
        "Connecting to the mail server of shop@kavomat.hr…"
    )
    syncing = describe(status(SyncState.SYNCING, done=120, total=2000))
    assert syncing.text == "Syncing shop@kavomat.hr: 120 of 2000 messages"
    assert describe(status(SyncState.UP_TO_DATE)).level == "ok"
    retry = describe(status(SyncState.RETRYING, "unreachable", retry_in=30.0), 27)
    assert retry.text.endswith("retrying in 27 s.") and retry.links[0][1] == RETRY_LINK
    auth = describe(status(SyncState.FAILED, "auth", message="x rejected the password."))
    assert auth.links == (("Enter password…", PASSWORD_LINK + "shop@kavomat.hr"),)
    assert auth.detail == "x rejected the password."
    cert = describe(status(SyncState.FAILED, "certificate"))
    assert cert.links[0] == ("Choose a CA file…", CA_LINK + "shop@kavomat.hr")
    assert describe(status(SyncState.FAILED, "unreachable")).links[0][1] == RETRY_LINK
    assert describe(status(SyncState.FAILED, "strange")).text == "Syncing shop@kavomat.hr failed."
    urgent = most_urgent([status(SyncState.UP_TO_DATE), status(SyncState.FAILED, "auth")])
    assert urgent is not None and urgent.state is SyncState.FAILED


def test_the_status_area_shows_fix_links_after_the_text(qtbot: QtBot) -> None:
    area = SyncStatus()
    qtbot.addWidget(area)
    area.set_state("Broken.", "error", actions=[("Retry now", RETRY_LINK)], tooltip="why")
    assert area.text() == "Broken." and area.label.toolTip() == "why"
    assert f'href="{RETRY_LINK}"' in area.label.text()
    with qtbot.waitSignal(area.link_activated) as clicked:
        area.label.linkActivated.emit(RETRY_LINK)
    assert clicked.args == [RETRY_LINK]
