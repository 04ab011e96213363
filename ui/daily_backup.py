"""The automatic daily backup: at start, then checked every hour, taken once a day.

:func:`console.storage.backup.backup_if_due` copies the database with SQLite's backup
API on a connection of its own, so it runs on the background pool (not the DB worker,
which it would hold up for as long as the copy takes) while the app keeps working.

Threading rule: UI thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from console.storage.backup import Backup, backup_if_due
from ui.background import Background

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class DailyBackup(QObject):
    taken = Signal(object)
    """A :class:`~console.storage.backup.Backup` was just taken."""
    failed = Signal(str)

    def __init__(
        self,
        background: Background,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self._background = background
        self._clock = clock
        self._paths: tuple[Path, Path] | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)

    def start(self, database: Path, directory: Path) -> None:
        """Back up ``database`` into ``directory`` now if due, and keep checking."""
        self._paths = (database, directory)
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._paths = None
        self._timer.stop()

    def check(self) -> None:
        if self._paths is None or self._running:
            return
        database, directory = self._paths
        now = self._clock()
        self._running = True
        self._background.run(
            lambda: backup_if_due(database, directory, now), self._on_done, self._on_failed
        )

    def _on_done(self, backup: Backup | None) -> None:
        self._running = False
        if backup is not None:
            log.info("daily backup: %s", backup.path)
            self.taken.emit(backup)

    def _on_failed(self, exc: Exception) -> None:
        self._running = False
        log.warning("daily backup failed: %s", exc)
        self.failed.emit(str(exc))
