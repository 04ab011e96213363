"""A function run on a pool thread, its result carried back by queued signals.

Shared by :mod:`ui.operations` (the DB worker) and :mod:`ui.background` (other short
blocking jobs); both keep the callbacks and deliver them on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal


class JobRelay(QObject):
    """Carries results from a pool thread to the UI thread (queued signals)."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class Job(QRunnable):
    def __init__(self, job_id: int, function: Callable[[], object], relay: JobRelay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = job_id
        self._function = function
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as exc:
            self._relay.failed.emit(self._id, exc)
        else:
            self._relay.finished.emit(self._id, result)
