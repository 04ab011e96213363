"""Restoring a backup in the running app: close the store, put the backup in place, reopen.

The steps, each started on the UI thread:

1. The backup gets SQLite's quick check on the background pool: a damaged file is
   refused there, before anything stops.
2. Everything that writes stops.  The customer notes and the reply being written are
   saved and the composer empties; the outbox and the reminder notifier stop
   (:meth:`ui.window_work.WorkDesk.shutdown`, as at quit); the sync processes end and the
   daily backup stops (:meth:`ui.window_sync.MailDesk.close_store`; the app keeps the
   data folder's app lock, so no ``shopkeeper backup restore`` can start meanwhile); and
   the database is closed on the DB worker once the jobs already queued have run
   (``Operations.set_database(None)``, the step that closes the old store when the
   window switches to the sample shop).
3. On the DB worker, after that close,
   :func:`~console.storage.backup.restore_data_dir` takes the sync lock, backs up the
   current database and swaps the backup in.
4. Restored or not, the store is opened again as at start
   (:meth:`ui.main_window.MainWindow.open_store`: migrations, sync, outbox, daily
   backup), every view hears that everything changed, and the status bar says what
   happened.

A restore that fails leaves the current data as it was (see
:mod:`console.storage.backup`); the message says so.

Threading rule: UI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from console.paths import DataDir
from console.storage.backup import Backup, check_backup, restore_data_dir
from ui.backups.text import restore_failure_text, restored_text
from ui.changes import Change

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NOTICE_MS = 20_000
"""How long the status bar shows what a restore did."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


class StoreRestorer(QObject):
    """Puts a backup in the place of the open shop's database (see the module)."""

    finished = Signal(bool, str)
    """(restored, what happened in the user's words), once the store is open again."""

    def __init__(
        self,
        window: MainWindow,
        parent: QObject | None = None,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._clock = clock
        self._busy = False

    @property
    def busy(self) -> bool:
        """True from :meth:`restore` until :attr:`finished`."""
        return self._busy

    def restore(self, backup: Backup) -> bool:
        """Start restoring ``backup``; False (nothing done) in the sample shop, when no
        shop is open, or while another restore runs."""
        info = self._window.info
        if self._busy or info is None or info.demo or info.sample_shop:
            return False
        self._busy = True
        data_dir = DataDir(info.data_dir)
        self._window.desk.background.run(
            lambda: check_backup(backup.path, quick=True),
            lambda _none: self._replace(data_dir, backup),
            lambda exc: self._done(False, restore_failure_text(exc, backup)),
        )
        return True

    def _replace(self, data_dir: DataDir, backup: Backup) -> None:
        window = self._window
        window.customer_panel.save_notes()
        window.work.composer.open_reply(None)  # saves the reply being written
        window.work.shutdown()
        window.desk.close_store(self.tr("Restoring a backup…"))
        window.ops.set_database(None)
        now = self._clock()
        window.ops.run(
            lambda: restore_data_dir(data_dir, backup.path, now),
            lambda safety: self._reopen(data_dir, True, restored_text(backup, safety)),
            lambda exc: self._reopen(data_dir, False, restore_failure_text(exc, backup)),
            what=self.tr("Restore the backup"),
        )

    def _reopen(self, data_dir: DataDir, restored: bool, text: str) -> None:
        window = self._window
        window.open_store(data_dir, demo=False)
        # Queued behind the opening job: its callback comes after the window took the store.
        window.ops.run(lambda: None, lambda _none: self._reopened(restored, text))

    def _reopened(self, restored: bool, text: str) -> None:
        ops = self._window.ops
        if ops.db is None:
            restored = False
            text = self.tr("The data folder could not be opened again; see the main window.")
        else:
            ops.announce(Change.everything())
        self._done(restored, text)

    def _done(self, restored: bool, text: str) -> None:
        self._busy = False
        self._window.notice.show_text(text, NOTICE_MS, error=not restored)
        self.finished.emit(restored, text)
