"""The main window's mail side: sync state, account dialogs, backups and notifications.

:class:`MailDesk` keeps these out of :mod:`ui.main_window`: it runs the
:class:`~ui.sync_controller.SyncController` for the open store (never for the sample
shop), shows each account's state in the status area with the fix for an error
(enter the password, choose a CA file, retry now), opens the account wizard and
settings, takes the daily backup, and tells the tray what waits and when a customer
wrote.  While a data folder is open it holds the folder's app lock
(:data:`console.storage.lock.APP_LOCK`), so ``shopkeeper backup restore`` refuses to
replace the database under the app.

Threading rule: UI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from console.accounts.store import SavedAccount, set_ca_file
from console.inbox.counts import InboxCounts
from console.paths import DataDir
from console.startup import StoreInfo
from console.storage.database import Database
from console.storage.lock import APP_LOCK, DirectoryLock, LockHeld
from ui import preferences
from ui.background import Background
from ui.changes import Change
from ui.daily_backup import DailyBackup
from ui.i18n import fill
from ui.operations import Operations
from ui.status_area import ADD_ACCOUNT_LINK, SyncStatus
from ui.sync_controller import ServiceFactory, SyncController
from ui.sync_service import SyncService, SyncState
from ui.sync_text import (
    CA_LINK,
    PASSWORD_LINK,
    RETRY_LINK,
    describe,
    most_urgent,
    seconds_left,
    summary_tooltip,
)
from ui.tray import Tray

if TYPE_CHECKING:
    # The account dialogs (and the provider lookups behind them) are imported when one
    # is opened, not at start.
    from ui.accounts.checks import Lookup
    from ui.accounts.settings_dialog import AccountsDialog
    from ui.accounts.wizard import AccountWizard
    from ui.dialogs.preferences import PreferencesDialog

log = logging.getLogger(__name__)
STATUS_EVERY_MS = 200


class MailDesk(QObject):
    notice = Signal(str)
    """A short message for the status bar (saved, kept in memory only, backup failed)."""

    def __init__(
        self,
        window: QWidget,
        operations: Operations,
        status: SyncStatus,
        tray: Tray | None,
        *,
        service_factory: ServiceFactory = SyncService,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._ops = operations
        self._status = status
        self.tray = tray
        self._lookup = lookup
        self.background = Background(self)
        self.sync = SyncController(operations, service_factory, self)
        self.backups = DailyBackup(self.background, self)
        self.info: StoreInfo | None = None
        self.author = "owner"
        self._idle_text: tuple[str, str, str | None] = ("", "info", None)
        self._counts: InboxCounts | None = None
        self._mail_arrived = False
        self.open_dialog: AccountWizard | AccountsDialog | None = None
        self._app_lock: DirectoryLock | None = None
        self.choose_ca_file: Callable[[str], str] = self._choose_ca_file
        # Progress arrives for every stored batch: redraw the status at most every
        # STATUS_EVERY_MS (rich text in the status bar is laid out on every change).
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_EVERY_MS)
        self._status_timer.timeout.connect(self.show_status)
        self.sync.changed.connect(self._status_later)
        self.sync.new_mail.connect(self._on_new_mail)
        self.backups.failed.connect(
            lambda text: self.notice.emit(fill(self.tr("The daily backup failed: %1"), text))
        )
        status.link_activated.connect(self.on_link)

    # The store

    def open_store(self, db: Database, info: StoreInfo) -> None:
        """Start syncing ``info``'s accounts (not for the sample shop) and the backups."""
        self.info = info
        self.author = info.owner_name
        self._counts = None
        self._hold_data_dir(info.data_dir)
        if info.sample_shop or info.demo:
            self._idle_text = (self.tr("Sample shop: nothing is sent or synced"), "info", None)
            self.sync.open_store(None, None)
            self.backups.stop()
        else:
            self.sync.open_store(db, info.data_dir)
            data_dir = DataDir(info.data_dir)
            self.backups.start(data_dir.database, data_dir.backups)
            self._set_idle_text(info.accounts)
        self.show_status()

    def set_account_count(self, accounts: int) -> None:
        if self.info is not None and not self.info.sample_shop and not self.info.demo:
            self._set_idle_text(accounts)
            self.show_status()

    def _set_idle_text(self, accounts: int) -> None:
        if accounts == 0:
            self._idle_text = (self.tr("No account — add one"), "warning", ADD_ACCOUNT_LINK)
        else:
            self._idle_text = (self.tr("Not synced yet"), "info", None)

    def store_failed(self) -> None:
        self.sync.open_store(None, None)
        self.backups.stop()
        self._hold_data_dir(None)
        self._idle_text = (self.tr("Could not open the data folder"), "error", None)
        self.show_status()

    def close_store(self, doing: str) -> None:
        """Stop the sync (waiting for its processes) and the daily backup, but keep the
        data folder's app lock: the store is about to be replaced (a restore).  The
        status area says ``doing`` until a store is open again."""
        self.sync.stop()
        self.backups.stop()
        self._idle_text = (doing, "busy", None)
        self.show_status()

    def shutdown(self) -> None:
        self.sync.stop()
        self.backups.stop()
        self._hold_data_dir(None)

    def _hold_data_dir(self, root: Path | None) -> None:
        """Hold the app lock of the open data folder ``root`` (None: of none)."""
        held = self._app_lock
        if held is not None and root is not None and held.path.parent == root:
            return
        if held is not None:
            held.release()
            self._app_lock = None
        if root is None:
            return
        lock = DirectoryLock(root, APP_LOCK)
        try:
            lock.acquire()
        except (LockHeld, OSError) as exc:  # a restore from the command line, right now
            log.warning("could not lock the data folder %s: %s", root, exc)
            return
        self._app_lock = lock
        self.destroyed.connect(lock.release)  # a window closed without shutdown (tests)

    # The status area

    def _status_later(self) -> None:
        if not self._status_timer.isActive():
            self._status_timer.start()

    def show_status(self) -> None:
        entries = self.sync.statuses()
        if not entries:
            text, level, link = self._idle_text
            self._status.set_state(text, level, link)
            return
        texts = [describe(s, seconds_left(s, since)) for s, since in entries]
        urgent = most_urgent(s for s, _ in entries)
        assert urgent is not None
        since = next(t for s, t in entries if s is urgent)
        shown = describe(urgent, seconds_left(urgent, since))
        text = shown.text
        if len(entries) > 1 and all(s.state is SyncState.UP_TO_DATE for s, _ in entries):
            text = self.tr("All mail accounts are up to date")
        self._status.set_state(
            text, shown.level, actions=shown.links, tooltip=summary_tooltip(texts)
        )

    def on_link(self, link: str) -> None:
        if link == ADD_ACCOUNT_LINK:
            self.show_wizard()
        elif link == RETRY_LINK:
            self.sync.restart()
        elif link.startswith(PASSWORD_LINK):
            self.show_accounts(link.removeprefix(PASSWORD_LINK), "password")
        elif link.startswith(CA_LINK):
            self.fix_certificate(link.removeprefix(CA_LINK))

    # Dialogs

    def show_wizard(self) -> AccountWizard:
        from ui.accounts.wizard import AccountWizard

        wizard = AccountWizard(self._ops, self.background, self.author, self._window, self._lookup)
        wizard.saved.connect(self._on_saved)
        self._open(wizard)
        return wizard

    def show_accounts(self, email: str | None = None, field: str | None = None) -> AccountsDialog:
        from ui.accounts.settings_dialog import AccountsDialog

        dialog = AccountsDialog(
            self._ops,
            self.background,
            self.author,
            self._window,
            focus_email=email,
            focus_field=field,
        )
        dialog.saved.connect(self._on_saved)
        dialog.add_requested.connect(self.show_wizard)
        self._open(dialog)
        return dialog

    def show_preferences(self) -> PreferencesDialog:
        from ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._window)
        dialog.accepted.connect(lambda: self._preferences_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _preferences_saved(self, dialog: PreferencesDialog) -> None:
        if self.tray is not None:
            self.tray.keep_action.setChecked(dialog.keep_in_tray.isChecked())

    def _open(self, dialog: AccountWizard | AccountsDialog) -> None:
        self.open_dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def fix_certificate(self, email: str) -> None:
        """Explain the refused certificate and offer to trust the provider's CA file."""
        status = self.sync.status_of(email)
        account = next((a for a in self.sync.accounts if a.email == email), None)
        if account is None or account.id is None:
            return
        path = self.choose_ca_file(status.message if status is not None else "")
        if not path:
            return
        account_id = account.id
        self._ops.change(
            lambda db: set_ca_file(db, account_id, path),
            Change.ACCOUNTS,
            lambda _none: self.notice.emit(
                fill(self.tr("%1 now trusts the certificate authority in %2."), email, path)
            ),
            what=self.tr("Save the CA file"),
        )

    def _choose_ca_file(self, detail: str) -> str:
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Certificate refused"))
        box.setText(
            self.tr(
                "The mail server's certificate could not be verified, so Shopkeeper did not "
                "send your password to it."
            )
        )
        box.setInformativeText(
            self.tr(
                "If your mail provider or company runs its own certificate authority, it can "
                "give you its CA file; choose it to trust only that authority for this "
                "account. If you did not expect this, do not continue: someone may be "
                "intercepting the connection."
            )
        )
        if detail:
            box.setDetailedText(detail)
        choose = box.addButton(self.tr("Choose CA file…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not choose:
            return ""
        path, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Choose the certificate authority file"),
            "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        return path

    def _on_saved(self, saved: SavedAccount) -> None:
        if saved.password_in_keyring:
            self.notice.emit(fill(self.tr("The account %1 was saved."), saved.email))
        else:
            self.notice.emit(
                fill(
                    self.tr(
                        "The account %1 was saved. No keyring is available, so its password "
                        "is kept only until Shopkeeper quits."
                    ),
                    saved.email,
                )
            )

    # Tray and notifications

    def _on_new_mail(self, _email: str, _count: int) -> None:
        self._mail_arrived = True

    def on_counts(self, counts: InboxCounts) -> None:
        """New counts: update the tray; notify when more customers wait after new mail."""
        previous, self._counts = self._counts, counts
        waiting = counts.needs_reply
        if self.tray is not None:
            self.tray.set_waiting_count(waiting)
        arrived, self._mail_arrived = self._mail_arrived, False
        if (
            arrived
            and previous is not None
            and waiting > previous.needs_reply
            and preferences.notify_new_mail()
            and self.tray is not None
        ):
            new = waiting - previous.needs_reply
            self.tray.notify(
                self.tr("New customer mail"),
                self.tr("%n conversation(s) got new mail from a customer.", "", new),
            )

    @property
    def data_dir(self) -> Path | None:
        return self.info.data_dir if self.info is not None else None
