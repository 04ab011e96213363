"""Sending the outbox while the app runs: one :class:`OutboxWorker` on a thread of its own.

The worker sends what is due, retries what waits and files what went out; see
:mod:`console.outbox.worker`.  What it reports on its thread becomes the
:attr:`OutboxService.changed` signal, delivered on the UI thread; a message that went
out also changes its conversation (it now waits on the customer), which is announced
through :meth:`ui.operations.Operations.post` so the lists and the open conversation
refresh themselves.

Threading rule: create, start, stop and wake it on the UI thread (``wake`` is safe from
any thread).  The worker's SMTP and IMAP connections belong to its thread; every
database step it takes is its own short session.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from console.outbox.queue import OutboxState
from console.outbox.worker import (
    Clock,
    OutboxChange,
    OutboxWorker,
    PasswordLookup,
    keyring_passwords,
)
from console.storage.database import Database
from console.storage.models import utcnow
from ui.changes import Change
from ui.operations import Operations

log = logging.getLogger(__name__)

STOP_SECONDS = 15.0
"""How long :meth:`OutboxService.stop` waits for a message being handed to SMTP."""

WorkerFactory = Callable[..., OutboxWorker]


def changes_for(change: OutboxChange) -> Change:
    """What a change of the outbox changes for the views."""
    if change.state is OutboxState.SENT:
        # Filed in its conversation, which now waits on the customer (with an event).
        return Change.CONVERSATIONS | Change.STATUS | Change.TIMELINE
    return Change.NONE


class OutboxService(QObject):
    changed = Signal(object)
    """An :class:`OutboxChange`, on the UI thread."""
    running_changed = Signal(bool)

    def __init__(
        self,
        operations: Operations,
        parent: QObject | None = None,
        *,
        clock: Clock = utcnow,
        passwords: PasswordLookup = keyring_passwords,
        poll_seconds: float = 30.0,
        worker_factory: WorkerFactory = OutboxWorker,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._clock = clock
        self._passwords = passwords
        self._poll_seconds = poll_seconds
        self._factory = worker_factory
        self._worker: OutboxWorker | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, db: Database) -> None:
        """Send the outbox of ``db`` (the store just opened); stops the previous one."""
        self.stop()
        self._stop = threading.Event()
        worker = self._factory(
            db, self._clock, passwords=self._passwords, on_change=self._on_change
        )
        self._worker = worker
        stop = self._stop
        self._thread = threading.Thread(
            target=lambda: worker.run(stop, poll_seconds=self._poll_seconds),
            name="outbox",
            daemon=True,
        )
        self._thread.start()
        self.running_changed.emit(True)

    def wake(self) -> None:
        """Look at the outbox now: a message was queued, retried or made due."""
        worker = self._worker
        if worker is not None:
            worker.wake()

    def stop(self) -> None:
        """Stop the worker and wait for it (a message being sent finishes first)."""
        thread, worker = self._thread, self._worker
        if thread is None:
            return
        self._stop.set()
        if worker is not None:
            worker.wake()
        thread.join(STOP_SECONDS)
        if thread.is_alive():
            log.warning("the outbox worker did not stop in %.0f s", STOP_SECONDS)
        self._thread = None
        self._worker = None
        self.running_changed.emit(False)

    def _on_change(self, change: OutboxChange) -> None:
        """Runs on the worker's thread: only emit and post here."""
        self.changed.emit(change)
        flags = changes_for(change)
        if flags:
            self._ops.post(flags)
