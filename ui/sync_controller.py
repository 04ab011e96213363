"""Running the sync service for the open store, and remembering what each account does.

The main window hands over each store it opens.  A real shop's accounts are read off
the UI thread (``Operations.query``) and a :class:`~ui.sync_service.SyncService` watches
them; the sample shop never syncs.  When accounts are added, changed or removed (the
``Change.ACCOUNTS`` flag) the service is started again with the new list.

The latest :class:`~ui.sync_service.AccountStatus` of every account is kept (with the
time it came, for the "retrying in N s" countdown) and :attr:`SyncController.changed` is
emitted; :attr:`SyncController.new_mail` is only passed on once an account has been up
to date, so the first sync of a mailbox does not count as thousands of new messages.

Threading rule: UI thread only.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from console.accounts.store import AccountSettings, list_accounts
from console.storage.database import Database
from ui.changes import Change
from ui.operations import Operations
from ui.sync_service import AccountStatus, SyncService, SyncState

ServiceFactory = Callable[[Database, Path, Operations], SyncService]


class SyncController(QObject):
    changed = Signal()
    """Some account's status changed (or the countdown of a retry moved on)."""
    new_mail = Signal(str, int)
    """(account, new messages) after the account's first complete sync."""
    accounts_loaded = Signal(object)
    """The list of :class:`AccountSettings` the service was (re)started with."""

    def __init__(
        self,
        operations: Operations,
        factory: ServiceFactory = SyncService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._factory = factory
        self._service: SyncService | None = None
        self._db: Database | None = None
        self._data_dir: Path | None = None
        self._statuses: dict[str, tuple[AccountStatus, float]] = {}
        self._settled: set[str] = set()
        self._generation = 0
        self.accounts: list[AccountSettings] = []
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        operations.changed.connect(self._on_changed)

    # Public API

    @property
    def active(self) -> bool:
        """True while a store that syncs is open."""
        return self._db is not None

    @property
    def service(self) -> SyncService | None:
        return self._service

    def statuses(self) -> list[tuple[AccountStatus, float]]:
        """Each account's latest status and when it came (``time.monotonic``)."""
        return list(self._statuses.values())

    def status_of(self, email: str) -> AccountStatus | None:
        entry = self._statuses.get(email)
        return entry[0] if entry else None

    def open_store(self, db: Database | None, data_dir: Path | None) -> None:
        """Sync ``db``'s accounts (None: stop; the sample shop passes None)."""
        self.stop()
        self._db, self._data_dir = db, data_dir
        if db is not None and data_dir is not None:
            self._service = self._factory(db, data_dir, self._ops)
            self._service.status_changed.connect(self._on_status)
            self._service.new_mail.connect(self._on_new_mail)
            self.restart()

    def restart(self) -> None:
        """Read the accounts again and (re)start the service: "Retry now", new settings."""
        if self._db is None:
            return
        self._generation += 1
        generation = self._generation
        self._ops.query(
            list_accounts,
            lambda accounts: self._start(generation, accounts),
            what=self.tr("Read the mail accounts"),
        )

    def stop(self) -> None:
        self._generation += 1
        if self._service is not None:
            self._service.stop()
            self._service.status_changed.disconnect(self._on_status)
            self._service.new_mail.disconnect(self._on_new_mail)
            self._service = None
        self._db = None
        self.accounts = []
        self._statuses.clear()
        self._settled.clear()
        self._ticker.stop()
        self.changed.emit()

    # Internals

    def _start(self, generation: int, accounts: list[AccountSettings]) -> None:
        if generation != self._generation or self._service is None:
            return  # the store was closed or another restart is on its way
        self.accounts = accounts
        emails = {a.email for a in accounts}
        self._statuses = {k: v for k, v in self._statuses.items() if k in emails}
        self._settled &= emails
        self._service.start(accounts)
        self.accounts_loaded.emit(accounts)
        self.changed.emit()

    def _on_status(self, status: AccountStatus) -> None:
        if self._service is None or all(a.email != status.email for a in self.accounts):
            return  # late news from a thread of a store or account that is gone
        self._statuses[status.email] = (status, time.monotonic())
        if status.state is SyncState.UP_TO_DATE:
            self._settled.add(status.email)
        retrying = any(s.state is SyncState.RETRYING for s, _ in self._statuses.values())
        if retrying and not self._ticker.isActive():
            self._ticker.start()
        elif not retrying:
            self._ticker.stop()
        self.changed.emit()

    def _on_new_mail(self, email: str, count: int) -> None:
        if email in self._settled:
            self.new_mail.emit(email, count)

    def _tick(self) -> None:
        self.changed.emit()

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(Change.ACCOUNTS) and not changes.touches(Change.STORE):
            self.restart()
