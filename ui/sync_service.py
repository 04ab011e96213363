"""Keeping every mail account in step while the app runs.

One child process per account runs :func:`console.mail.imap_watch.watch`
(:mod:`console.mail.watch_process`), with its own parse workers, at a lower CPU
priority.  Fetching and storing mail is busy Python code: on threads of the app it held
the GIL for long stretches and the window stalled for hundreds of milliseconds during a
big first sync (``bench/ui_bench.py``); in a process of its own it cannot.  The child
writes the database itself (SQLite's WAL lets the app read meanwhile) and reports
through a queue; one reader thread here turns the reports into signals, which Qt
delivers on the UI thread.  Changes are posted through
:meth:`ui.operations.Operations.post` (merged, at most two announcements a second), so
lists refresh themselves without reloading for every stored batch.

The service holds the data directory's sync lock while it runs, so a ``shopkeeper sync``
started beside the app says so instead of syncing the same store twice.

Threading rule: create, start and stop it on the UI thread.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
from dataclasses import dataclass
from enum import Enum
from multiprocessing.connection import Connection
from multiprocessing.context import SpawnProcess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.accounts.secrets import KeyringUnavailable, load_password
from console.accounts.store import AccountSettings
from console.storage.database import Database
from console.storage.lock import DirectoryLock, LockHeld
from ui.changes import Change
from ui.operations import Operations

log = logging.getLogger(__name__)
SYNC_NICENESS = 10
"""How much lower the sync processes' CPU priority is than the app's: on a two-core
machine a busy sync and its parsers would otherwise leave the window waiting for a core."""
STOP_WAIT = 10.0


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
        self._context = multiprocessing.get_context("spawn")
        self._processes: dict[str, tuple[SpawnProcess, Connection]] = {}
        self._reports: Any = None
        self._reader: threading.Thread | None = None
        self._locked = False

    @property
    def running(self) -> bool:
        return any(process.is_alive() for process, _stop in self._processes.values())

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
        self._reports = self._context.Queue()
        self._reader = threading.Thread(
            target=self._read_reports, args=(self._reports,), name="sync-reports", daemon=True
        )
        self._reader.start()
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
        # Imported here, not at the top: the IMAP and storage stack is a sizeable import
        # that the window's first paint does not need.
        from console.mail.watch_process import run_watch

        self.status_changed.emit(AccountStatus(account.email, SyncState.CONNECTING))
        stop_reader, stop_writer = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=run_watch,
            args=(
                str(self._db.path),
                account,
                password,
                self._reports,
                stop_reader,
                SYNC_NICENESS,
            ),
            name=f"sync-{account.email}",
            # Not a daemon: it starts parse workers of its own, which daemons may not.
            # It still never outlives the app: it stops when the stop pipe closes.
            daemon=False,
        )
        process.start()
        stop_reader.close()  # the child has its own copy
        self._processes[account.email] = (process, stop_writer)

    def _emit_failure(self, email: str, message: str, hint: str, kind: str) -> None:
        self.status_changed.emit(
            AccountStatus(email, SyncState.FAILED, message=message, hint=hint, kind=kind)
        )

    def _read_reports(self, reports: Any) -> None:
        """Runs on the reader thread: turn the children's reports into signals."""
        while True:
            try:
                item = reports.get()
            except (EOFError, OSError):
                return
            if item is None:
                return
            name, email, value = item
            if name == "progress":
                self._on_progress(email, value)
            elif name == "event":
                self._on_event(email, value)
            elif name == "failed":
                log.error("the sync of %s stopped: %s", email, value)
                self._emit_failure(email, "The sync stopped because of an error.", "", "error")

    def _on_progress(self, email: str, progress: Any) -> None:
        """``progress``: a :class:`console.mail.imap_sync.SyncProgress`."""
        self.status_changed.emit(
            AccountStatus(email, SyncState.SYNCING, done=progress.done, total=progress.total)
        )
        self._operations.post(Change.CONVERSATIONS)

    def _on_event(self, email: str, event: object) -> None:
        """Runs on the reader thread: only emit signals here."""
        from console.mail.imap_watch import Failed, Idling, Synced

        if isinstance(event, Synced):
            report = event.report
            if report.new or report.expunged or report.flags_changed:
                self._operations.post(Change.CONVERSATIONS | Change.STATUS)
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
        """Stop all accounts and wait for their processes.

        A child notices within a second (the IDLE tick) or after the batch it is storing
        (each batch is one transaction, so nothing is left half-stored); one that does not
        end within :data:`STOP_WAIT` seconds is terminated.  It runs when settings change
        and at quit.
        """
        for _process, stop in self._processes.values():
            with contextlib.suppress(OSError):
                stop.send(None)
            stop.close()
        for process, _stop in self._processes.values():
            process.join(STOP_WAIT)
            if process.is_alive():
                log.warning("the sync process %s did not stop; terminating it", process.name)
                process.terminate()
                process.join(2)
        self._processes = {}
        if self._reports is not None:
            self._reports.put(None)
        if self._reader is not None:
            self._reader.join(STOP_WAIT)
            self._reader = None
        if self._reports is not None:
            self._reports.close()
            self._reports = None
        if self._locked:
            self._lock.release()
            self._locked = False
