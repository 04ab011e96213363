"""Keeping every mail account in step while the app runs.

One plain thread per account runs :func:`console.mail.imap_watch.watch` (imapclient
blocks; a connection belongs to its thread).  What they report is turned into signals,
which Qt delivers on the UI thread; new mail is announced through
:meth:`ui.operations.Operations.announce` so lists refresh themselves.  Parsing runs in
worker processes (:class:`console.mail.parse_pool.ParsePool`), so a first sync of
thousands of messages leaves the UI thread free.

The service holds the data directory's sync lock while it runs, so a ``shopkeeper sync``
started beside the app says so instead of syncing the same store twice.

Threading rule: create, start and stop it on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from console.accounts.secrets import KeyringUnavailable, load_password
from console.accounts.store import AccountSettings
from console.mail.imap_sync import AccountSyncer, SyncProgress
from console.mail.imap_watch import Failed, Idling, Synced, WatchEvent, watch
from console.mail.parse_pool import ParsePool
from console.storage.database import Database
from console.storage.lock import DirectoryLock, LockHeld
from ui.changes import Change
from ui.operations import Operations

log = logging.getLogger(__name__)


class SyncState(Enum):
    CONNECTING = "connecting"
    SYNCING = "syncing"
    UP_TO_DATE = "up_to_date"
    RETRYING = "retrying"
    FAILED = "failed"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """What the status area shows for one account."""

    email: str
    state: SyncState
    message: str = ""
    """The error, in the user's words (from :class:`console.mail.errors.MailError`)."""
    hint: str = ""
    kind: str = ""
    """The error kind ("auth", "certificate", …) so the UI can offer the right fix."""
    retry_in: float | None = None
    done: int = 0
    total: int = 0


class SyncService(QObject):
    status_changed = Signal(object)
    """An :class:`AccountStatus`, on the UI thread."""
    new_mail = Signal(str, int)
    """(account email, number of new messages), on the UI thread."""

    def __init__(self, db: Database, data_dir: Path, operations: Operations) -> None:
        super().__init__()
        self._db = db
        self._operations = operations
        self._lock = DirectoryLock(data_dir)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._pool: ParsePool | None = None
        self._locked = False

    @property
    def running(self) -> bool:
        return any(thread.is_alive() for thread in self._threads)

    def start(self, accounts: list[AccountSettings]) -> None:
        """Start watching these accounts (again, after settings changed).

        The caller reads the accounts off the UI thread (``Operations.query`` with
        :func:`console.accounts.store.list_accounts`).
        """
        self.stop()
        if not accounts:
            return
        try:
            self._lock.acquire()
            self._locked = True
        except LockHeld:
            for account in accounts:
                self.status_changed.emit(
                    AccountStatus(
                        account.email,
                        SyncState.FAILED,
                        message="Another Shopkeeper is already syncing this mail.",
                        hint="Close the other window or the command-line sync.",
                        kind="busy",
                    )
                )
            return
        self._stop = threading.Event()
        self._pool = ParsePool()
        for account in accounts:
            self._start_account(account)

    def _start_account(self, account: AccountSettings) -> None:
        try:
            password = load_password("imap", account.email)
        except KeyringUnavailable as exc:
            self._emit_failure(account.email, str(exc), "", "keyring")
            return
        if password is None:
            self._emit_failure(
                account.email,
                "No password is stored for this account.",
                "Enter it in the account settings.",
                "auth",
            )
            return
        email = account.email

        def progress(p: SyncProgress) -> None:
            self.status_changed.emit(
                AccountStatus(email, SyncState.SYNCING, done=p.done, total=p.total)
            )
            self._operations.announce(Change.CONVERSATIONS)

        syncer = AccountSyncer(
            self._db, account, password, pool=self._pool, progress=progress, stop=self._stop
        )
        self.status_changed.emit(AccountStatus(email, SyncState.CONNECTING))
        thread = threading.Thread(
            target=watch,
            args=(syncer, self._stop, lambda event: self._on_event(email, event)),
            name=f"sync-{email}",
            daemon=True,
        )
        thread.start()
        self._threads.append(thread)

    def _emit_failure(self, email: str, message: str, hint: str, kind: str) -> None:
        self.status_changed.emit(
            AccountStatus(email, SyncState.FAILED, message=message, hint=hint, kind=kind)
        )

    def _on_event(self, email: str, event: WatchEvent) -> None:
        """Runs on the account's thread: only emit signals here."""
        if isinstance(event, Synced):
            report = event.report
            if report.new or report.expunged or report.flags_changed:
                self._operations.announce(Change.CONVERSATIONS | Change.STATUS)
            if report.new:
                self.new_mail.emit(email, report.new)
        elif isinstance(event, Idling):
            self.status_changed.emit(AccountStatus(email, SyncState.UP_TO_DATE))
        elif isinstance(event, Failed):
            error = event.error
            state = SyncState.RETRYING if event.retry_in is not None else SyncState.FAILED
            log.info("sync of %s: %s (%s)", email, error.kind, state.value)
            self.status_changed.emit(
                AccountStatus(
                    email,
                    state,
                    message=str(error),
                    hint=error.hint,
                    kind=error.kind,
                    retry_in=event.retry_in,
                )
            )

    def stop(self) -> None:
        """Stop all accounts and wait for their threads.

        A thread notices within a second (the IDLE tick) or after the batch it is storing,
        so this is short; it runs when settings change and at quit.
        """
        self._stop.set()
        for thread in self._threads:
            thread.join(10)
        self._threads = []
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        if self._locked:
            self._lock.release()
            self._locked = False
