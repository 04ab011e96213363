"""Sync in the app against the real Dovecot: states, the fixes they offer, the tray."""

from __future__ import annotations

from pathlib import Path

from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from console.accounts.store import AccountSettings, save_account
from console.paths import resolve_data_dir
from console.storage.database import Database
from tests.mailfactory import make_mail
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.ui.helpers import TIMEOUT_MS
from tests.ui.sync_helpers import SYNC_TIMEOUT_MS, imap_settings, real_window
from ui.accounts.settings_dialog import AccountsDialog
from ui.main_window import MainWindow
from ui.sync_service import SyncState
from ui.sync_text import CA_LINK, PASSWORD_LINK, RETRY_LINK
from ui.tray import Tray


def add_account(data_dir: Path, settings: AccountSettings, password: str) -> None:
    folder = resolve_data_dir(data_dir).ensure()
    db = Database(folder.database)
    try:
        save_account(db, settings, password, author="test")
    finally:
        db.close()


def wait_state(qtbot: QtBot, window: MainWindow, email: str, state: SyncState) -> None:
    """Wait for ``state`` and for the status area to show it (it redraws every 200 ms)."""
    qtbot.waitUntil(
        lambda: (s := window.desk.sync.status_of(email)) is not None and s.state is state,
        timeout=SYNC_TIMEOUT_MS,
    )
    qtbot.waitUntil(lambda: not window.desk._status_timer.isActive(), timeout=TIMEOUT_MS)


def links(window: MainWindow) -> list[str]:
    return [link for _label, link in window.sync_status.actions_offered()]


def test_a_wrong_password_offers_to_enter_it_and_the_sync_recovers(
    qtbot: QtBot, tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    add_account(tmp_path, imap_settings(imap_user), "wrong")
    with real_window(qtbot, tmp_path) as window:
        wait_state(qtbot, window, imap_user.email, SyncState.FAILED)
        assert window.sync_status.text() == (
            f"The mail server did not accept the password of {imap_user.email}."
        )
        assert window.sync_status.level == "error"
        assert window.sync_status.actions_offered() == (
            ("Enter password…", PASSWORD_LINK + imap_user.email),
        )
        assert "rejected the user name or password" in window.sync_status.label.toolTip()
        window.sync_status.link_activated.emit(PASSWORD_LINK + imap_user.email)
        dialog = window.desk.open_dialog
        assert isinstance(dialog, AccountsDialog)
        qtbot.waitUntil(lambda: dialog.accounts != [], timeout=TIMEOUT_MS)
        assert dialog.identity.email.text() == imap_user.email
        assert dialog.identity.password.hasFocus() or dialog.focusWidget() is (
            dialog.identity.password
        )
        dialog.identity.password.setText(imap_user.password)
        dialog.save_button.click()
        wait_state(qtbot, window, imap_user.email, SyncState.UP_TO_DATE)
        assert window.sync_status.level == "ok"
        dialog.reject()


def test_a_refused_certificate_explains_and_takes_a_ca_file(
    qtbot: QtBot,
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    keyring_backend: KeyringBackend,
) -> None:
    settings = imap_settings(imap_user, ca_file=str(dovecot.other_ca_file))
    add_account(tmp_path, settings, imap_user.password)
    with real_window(qtbot, tmp_path) as window:
        wait_state(qtbot, window, imap_user.email, SyncState.FAILED)
        assert "certificate" in window.sync_status.text()
        assert links(window) == [CA_LINK + imap_user.email]
        asked: list[str] = []

        def choose(detail: str) -> str:
            asked.append(detail)
            return str(imap_user.ca_file)

        window.desk.choose_ca_file = choose
        window.sync_status.link_activated.emit(CA_LINK + imap_user.email)
        wait_state(qtbot, window, imap_user.email, SyncState.UP_TO_DATE)
        assert asked and "certificate" in asked[0]


def test_an_unreachable_server_retries_and_offers_retry_now(
    qtbot: QtBot, tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    add_account(tmp_path, imap_settings(imap_user, imap_port=9), imap_user.password)
    with real_window(qtbot, tmp_path) as window:
        wait_state(qtbot, window, imap_user.email, SyncState.RETRYING)
        text = window.sync_status.text()
        assert text.startswith(f"The mail server of {imap_user.email} cannot be reached")
        assert "retrying in" in text
        assert links(window) == [RETRY_LINK]
        service = window.desk.sync.service
        assert service is not None
        seen: list[SyncState] = []
        service.status_changed.connect(lambda status: seen.append(status.state))
        window.sync_status.link_activated.emit(RETRY_LINK)
        qtbot.waitUntil(lambda: SyncState.CONNECTING in seen, timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: seen[-1] is SyncState.RETRYING, timeout=TIMEOUT_MS)


def test_the_tray_counts_waiting_customers_after_a_sync_and_notifies_new_mail(
    qtbot: QtBot,
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    keyring_backend: KeyringBackend,
) -> None:
    for n, sender in enumerate(("Ana <ana@kupac.hr>", "Ivo <ivo@kupac.hr>")):
        dovecot.append(
            imap_user.username, "INBOX", make_mail(sender=sender, subject=f"Pitanje {n}")
        )
    add_account(tmp_path, imap_settings(imap_user), imap_user.password)
    tray = Tray()
    with real_window(qtbot, tmp_path, tray=tray) as window:
        qtbot.waitUntil(lambda: tray.waiting_count == 2, timeout=SYNC_TIMEOUT_MS)
        assert tray.toolTip() == "Shopkeeper: 2 item(s) waiting for you"
        wait_state(qtbot, window, imap_user.email, SyncState.UP_TO_DATE)
        assert tray.notifications == []  # the first sync is not "new mail"
        dovecot.append(
            imap_user.username,
            "INBOX",
            make_mail(sender="Marta <marta@kupac.hr>", subject="Nova narudžba"),
        )
        qtbot.waitUntil(lambda: tray.waiting_count == 3, timeout=SYNC_TIMEOUT_MS)
        qtbot.waitUntil(lambda: tray.notifications != [], timeout=TIMEOUT_MS)
        title, text = tray.notifications[-1]
        assert title == "New customer mail"
        assert text == "1 conversation(s) got new mail from a customer."
        qtbot.waitUntil(lambda: window.inbox.model.total == 3, timeout=TIMEOUT_MS)
