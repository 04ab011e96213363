"""Short blocking jobs that are not database work: connection tests, lookups, downloads.

They must not wait behind (or hold up) the single DB worker of
:class:`ui.operations.Operations`, so they run on a small pool of their own.  As there,
``success`` and ``failure`` run on the UI thread.  A job must not touch the database
through the app's :class:`~console.storage.database.Database` (that is the DB worker's);
a file of its own (a backup copy) is fine.

Threading rule: create and call :class:`Background` on the UI thread only.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Slot

from ui.jobs import Job, JobRelay

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_THREADS = 4


class Background(QObject):
    """Runs ``function()`` on a pool thread; callbacks on the UI thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = MAX_THREADS) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = JobRelay(self)
        self._relay.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._pending: dict[
            int, tuple[Callable[[Any], object] | None, Callable[[Exception], object]]
        ]
        self._pending = {}
        self._ids = itertools.count(1)

    @property
    def idle(self) -> bool:
        return not self._pending

    def run(
        self,
        function: Callable[[], T],
        success: Callable[[T], object] | None = None,
        failure: Callable[[Exception], object] | None = None,
    ) -> None:
        job_id = next(self._ids)
        self._pending[job_id] = (success, failure or self._log_failure)
        self._pool.start(Job(job_id, function, self._relay))

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    @staticmethod
    def _log_failure(exc: Exception) -> None:
        log.warning("background job failed: %s", exc)

    @Slot(int, object)
    def _on_finished(self, job_id: int, result: object) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks is not None and callbacks[0] is not None:
            callbacks[0](result)

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: Exception) -> None:
        callbacks = self._pending.pop(job_id, None)
        if callbacks is not None:
            callbacks[1](exc)
