"""Running core functions off the UI thread, with results delivered on the UI thread.

Every database call from the UI goes through :class:`Operations`:

- :meth:`Operations.query` reads; :meth:`Operations.change` writes and then announces
  what changed (:class:`ui.changes.Change`), so views refresh only what they show.
- All jobs run one after another on a single worker thread (a ``QThreadPool`` limited to
  one thread): database work is serialized and never runs on the UI thread.
- The function receives the :class:`~console.storage.database.Database` and opens its own
  short session; it must return plain values (frozen dataclasses, ids), never ORM objects.
- ``success`` and ``failure`` run on the UI thread, in submission order.

Threading rule: create and call :class:`Operations` on the UI thread only; jobs run on
the worker.  :meth:`Operations.announce` and :meth:`Operations.post` may be called from
any thread.

Background producers (the sync service) use :meth:`Operations.post`: their flags are
merged and announced at most once per :data:`POST_INTERVAL_MS`, so a first sync storing
hundreds of batches does not make every list reload hundreds of times on the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot

from console.storage.database import Database
from ui.changes import Change
from ui.jobs import Job, JobRelay

log = logging.getLogger(__name__)

T = TypeVar("T")
POST_INTERVAL_MS = 500
"""The most often posted changes are announced (see :meth:`Operations.post`)."""
Failure = Callable[[Exception], None]


class NoDatabase(RuntimeError):
    """A job needed the database before one was opened."""


@dataclass(slots=True)
class _Pending:
    success: Callable[[Any], None] | None
    failure: Failure | None
    changes: Change
    what: str


class _Relay(JobRelay):
    """Also carries "what changed" announcements from any thread."""

    announced = Signal(object)
    posted = Signal()


class Operations(QObject):
    """The app's single DB worker and its "what changed" announcements."""

    changed = Signal(object)
    """A :class:`Change`: emitted on the UI thread after a successful change."""
    error = Signal(str)
    """A job failed and had no failure callback: a one-line description for the user."""
    idle_changed = Signal(bool)

    def __init__(self, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._relay.announced.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._relay.posted.connect(self._on_posted, Qt.ConnectionType.QueuedConnection)
        self._posted = Change.NONE
        self._posted_lock = threading.Lock()
        self._post_timer = QTimer(self)
        self._post_timer.setSingleShot(True)
        self._post_timer.setInterval(POST_INTERVAL_MS)
        self._post_timer.timeout.connect(self._flush_posted)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)
        self._closed = False

    @property
    def db(self) -> Database | None:
        return self._db

    @property
    def idle(self) -> bool:
        """True when no job is queued, running, or waiting for its callback."""
        return not self._pending

    def set_database(self, db: Database | None) -> None:
        """Use ``db`` for the jobs submitted from now on; the previous one is closed on the
        worker after the jobs already queued."""
        previous, self._db = self._db, db
        if previous is not None and previous is not db:
            self.run(previous.close, what="close the database")

    def query(
        self,
        function: Callable[[Database], T],
        success: Callable[[T], None],
        failure: Failure | None = None,
        *,
        what: str = "",
    ) -> None:
        """Read with ``function(db)`` on the worker; ``success(result)`` on the UI thread."""
        self._submit(self._with_db(function), success, failure, Change.NONE, what)

    def change(
        self,
        function: Callable[[Database], T],
        changes: Change,
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
        *,
        what: str = "",
    ) -> None:
        """Write with ``function(db)``; on success call ``success`` then announce ``changes``."""
        self._submit(self._with_db(function), success, failure, changes, what)

    def run(
        self,
        function: Callable[[], T],
        success: Callable[[T], None] | None = None,
        failure: Failure | None = None,
        *,
        changes: Change = Change.NONE,
        what: str = "",
    ) -> None:
        """Run ``function()`` (which needs no open database) on the worker."""
        self._submit(function, success, failure, changes, what)

    def announce(self, changes: Change) -> None:
        """Tell the views that ``changes`` happened (any thread, e.g. the sync service)."""
        self._relay.announced.emit(changes)

    def post(self, changes: Change) -> None:
        """Announce ``changes`` soon, merged with others (any thread).

        The first post after a quiet spell is announced at once; later ones are merged
        and announced together, at most once per :data:`POST_INTERVAL_MS`.
        """
        with self._posted_lock:
            first = self._posted == Change.NONE
            self._posted |= changes
        if first:
            self._relay.posted.emit()

    @Slot()
    def _on_posted(self) -> None:
        if self._post_timer.isActive():
            return  # the timer's flush takes it
        self._flush_posted()

    @Slot()
    def _flush_posted(self) -> None:
        with self._posted_lock:
            changes, self._posted = self._posted, Change.NONE
        if changes:
            self._post_timer.start()  # nothing more until the interval has passed
            self.changed.emit(changes)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker has run every queued job (tests, shutdown)."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        """Finish the queued jobs and close the database; later jobs are refused."""
        if self._closed:
            return
        self._closed = True
        self._post_timer.stop()
        self._pool.waitForDone()
        if self._db is not None:
            self._db.close()
            self._db = None
        self._pending.clear()

    def _with_db(self, function: Callable[[Database], T]) -> Callable[[], T]:
        db = self._db

        def job() -> T:
            if db is None:
                raise NoDatabase("no database is open")
            return function(db)

        return job

    def _submit(
        self,
        function: Callable[[], T],
        success: Callable[[T], None] | None,
        failure: Failure | None,
        changes: Change,
        what: str,
    ) -> None:
        if self._closed:
            log.debug("operation %r refused: shutting down", what)
            return
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = _Pending(success, failure, changes, what)
        if was_idle:
            self.idle_changed.emit(False)
        self._pool.start(Job(job_id, function, self._relay))

    def _take(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if not self._pending:
            self.idle_changed.emit(True)
        return pending

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        pending = self._take(job_id)
        if pending is None:
            return
        if pending.success is not None:
            pending.success(result)
        if pending.changes:
            self.changed.emit(pending.changes)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: Exception) -> None:
        pending = self._take(job_id)
        if pending is None:
            return
        log.error("operation %r failed", pending.what, exc_info=exc)
        if pending.failure is not None:
            pending.failure(exc)
        else:
            self.error.emit(f"{pending.what}: {exc}" if pending.what else str(exc))
