"""The account wizard end to end against the real test Dovecot and keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from console.accounts import secrets
from console.accounts.store import AccountSettings, list_accounts, save_account
from console.domain.security import Security
from tests.mailfactory import make_mail
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.ui.helpers import TIMEOUT_MS
from tests.ui.sync_helpers import SYNC_TIMEOUT_MS, imap_settings, real_window
from ui.accounts.wizard import AccountWizard
from ui.changes import Change
from ui.sync_service import SyncState


def fill_servers(wizard: AccountWizard, user: ImapUser) -> None:
    servers = wizard.servers
    servers.imap_host.setText(user.host)
    servers.imap_security.setCurrentIndex(servers.imap_security.findData(Security.SSL.value))
    servers.imap_port.setValue(user.imaps_port)
    servers.imap_username.setText(user.username)
    servers.smtp_host.clear()
    servers.ca_file.setText(str(user.ca_file))


def test_the_wizard_tests_saves_and_the_inbox_fills(
    qtbot: QtBot,
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    keyring_backend: KeyringBackend,
) -> None:
    dovecot.append(
        imap_user.username,
        "INBOX",
        make_mail(sender="Ana Kovač <ana@kupac.hr>", subject="Gdje je moja narudžba?"),
    )
    with real_window(qtbot, tmp_path) as window:
        assert window.welcome.isVisibleTo(window)
        window.welcome.account_button.click()
        wizard = window.desk.open_dialog
        assert isinstance(wizard, AccountWizard) and wizard.isVisible()
        wizard.identity.email.setText(imap_user.email)
        wizard.identity.display_name.setText("Kavomat")
        wizard.identity.password.setText("wrong password")
        wizard.next()
        assert wizard.currentId() == wizard.servers_page_id
        qtbot.waitUntil(lambda: "No settings were found" in wizard.lookup_label.text())
        fill_servers(wizard, imap_user)

        wizard.test_button.click()
        qtbot.waitUntil(lambda: wizard.test_button.isEnabled(), timeout=TIMEOUT_MS)
        assert "did not accept the user name or password" in wizard.test_result.text()
        assert "Incoming mail (IMAP)" in wizard.test_result.text()

        wizard.identity.password.setText(imap_user.password)
        wizard.test_button.click()
        qtbot.waitUntil(lambda: "passed" in wizard.test_result.text(), timeout=TIMEOUT_MS)

        with qtbot.waitSignal(wizard.saved, timeout=TIMEOUT_MS):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        assert wizard.result() == QWizard.DialogCode.Accepted
        saved = wizard.saved_account
        assert saved is not None and saved.password_in_keyring
        assert secrets.load_password("imap", imap_user.email) == imap_user.password

        assert window.ops.db is not None
        (account,) = list_accounts(window.ops.db)
        assert account.email == imap_user.email and account.display_name == "Kavomat"
        qtbot.waitUntil(
            lambda: window.inbox.model.total == 1 and window.splitter.isVisibleTo(window),
            timeout=SYNC_TIMEOUT_MS,
        )
        qtbot.waitUntil(
            lambda: (
                (s := window.desk.sync.status_of(imap_user.email)) is not None
                and s.state is SyncState.UP_TO_DATE
            ),
            timeout=SYNC_TIMEOUT_MS,
        )
        qtbot.waitUntil(
            lambda: window.sync_status.text() == f"{imap_user.email} is up to date",
            timeout=TIMEOUT_MS,
        )
        row = window.inbox.model.row_data(0)
        assert row is not None and row.subject == "Gdje je moja narudžba?"


def test_finish_stays_open_and_says_why_when_the_test_fails(
    qtbot: QtBot, tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    with real_window(qtbot, tmp_path) as window:
        wizard = window.desk.show_wizard()
        wizard.identity.email.setText(imap_user.email)
        wizard.identity.password.setText("wrong")
        wizard.next()
        qtbot.waitUntil(lambda: "No settings were found" in wizard.lookup_label.text())
        fill_servers(wizard, imap_user)
        finish = wizard.button(QWizard.WizardButton.FinishButton)
        finish.click()
        qtbot.waitUntil(lambda: finish.isEnabled(), timeout=TIMEOUT_MS)
        assert "did not accept" in wizard.test_result.text()
        assert wizard.isVisible() and wizard.saved_account is None
        assert window.ops.db is not None and list_accounts(window.ops.db) == []


def test_a_known_provider_fills_the_servers(
    qtbot: QtBot, tmp_path: Path, keyring_backend: KeyringBackend
) -> None:
    with real_window(qtbot, tmp_path) as window:
        wizard = window.desk.show_wizard()
        wizard.identity.email.setText("trgovina@t-com.hr")
        assert wizard.identity.note.isHidden()
        wizard.identity.email.setText("shop@gmail.com")
        assert "app password" in wizard.identity.note.text()
        wizard.identity.password.setText("x")
        wizard.next()
        assert wizard.servers.imap_host.text() == "imap.gmail.com"
        assert wizard.servers.imap_port.value() == 993
        assert wizard.servers.smtp_host.text() == "smtp.gmail.com"
        assert "filled in" in wizard.lookup_label.text()
        wizard.reject()


def test_settings_found_by_autoconfig_are_filled_in(
    qtbot: QtBot, tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    asked: list[str] = []

    def lookup(email: str, name: str = "") -> AccountSettings | None:
        asked.append(email)
        return imap_settings(imap_user, email=email, display_name=name)

    with real_window(qtbot, tmp_path) as window:
        window.desk._lookup = lookup
        wizard = window.desk.show_wizard()
        wizard.identity.email.setText(imap_user.email)
        wizard.identity.password.setText(imap_user.password)
        wizard.next()
        qtbot.waitUntil(lambda: "found at your mail provider" in wizard.lookup_label.text())
        assert asked == [imap_user.email]
        assert wizard.servers.imap_port.value() == imap_user.imaps_port
        wizard.reject()


def test_without_a_keyring_the_password_is_kept_in_memory_and_the_sync_runs(
    qtbot: QtBot, tmp_path: Path, imap_user: ImapUser
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with real_window(qtbot, tmp_path) as window:
            wizard = window.desk.show_wizard()
            qtbot.waitUntil(lambda: not wizard.keyring_ok, timeout=TIMEOUT_MS)
            assert "never written to disk" in wizard.keyring_note.text()
            wizard.identity.email.setText(imap_user.email)
            wizard.identity.password.setText(imap_user.password)
            wizard.next()
            fill_servers(wizard, imap_user)
            with qtbot.waitSignal(wizard.saved, timeout=TIMEOUT_MS) as saved:
                wizard.button(QWizard.WizardButton.FinishButton).click()
            assert saved.args is not None and not saved.args[0].password_in_keyring
            assert "kept only until Shopkeeper quits" in window.notice.text()
            qtbot.waitUntil(
                lambda: (
                    (s := window.desk.sync.status_of(imap_user.email)) is not None
                    and s.state is SyncState.UP_TO_DATE
                ),
                timeout=SYNC_TIMEOUT_MS,
            )
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert imap_user.password.encode() not in path.read_bytes(), path
    finally:
        keyring.set_keyring(previous)
        secrets.forget_session_password("imap", imap_user.email)


def test_the_settings_dialog_removes_an_account_and_the_sync_stops(
    qtbot: QtBot, tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    with real_window(qtbot, tmp_path) as window:
        assert window.ops.db is not None
        save_account(window.ops.db, imap_settings(imap_user), imap_user.password, author="t")
        window.ops.announce(Change.ACCOUNTS)
        qtbot.waitUntil(
            lambda: window.desk.sync.status_of(imap_user.email) is not None,
            timeout=SYNC_TIMEOUT_MS,
        )
        dialog = window.desk.show_accounts()
        qtbot.waitUntil(lambda: len(dialog.accounts) == 1, timeout=TIMEOUT_MS)
        assert dialog.identity.email.isReadOnly()
        assert dialog.servers.imap_port.value() == imap_user.imaps_port
        dialog.confirm_remove = lambda email: email == imap_user.email
        dialog.remove_button.click()
        qtbot.waitUntil(lambda: dialog.accounts == [], timeout=TIMEOUT_MS)
        qtbot.waitUntil(lambda: window.desk.sync.statuses() == [], timeout=TIMEOUT_MS)
        qtbot.waitUntil(
            lambda: window.sync_status.text() == "No account — add one", timeout=TIMEOUT_MS
        )
        assert secrets.load_password("imap", imap_user.email) is None
        dialog.reject()
