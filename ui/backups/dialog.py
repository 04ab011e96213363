"""The Backups dialog (File › Backups…): the shop's backups, back up now, restore one.

The list (date, daily or weekly, size, how many messages and customers each backup
holds) is read on the background pool: every backup file is opened to count its rows.
"Back up now" copies the database there too, with SQLite's backup API, as the daily
backup does.  "Restore…" asks first, in plain words, and then hands over to
:class:`~ui.backups.restore.StoreRestorer`, which closes the store, restores, and opens
it again.  The sample shop has no backups: there the dialog only says so.

Threading rule: UI thread only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from console.paths import DataDir
from console.storage.backup import Backup, BackupSummary, summarize_backups, take_backup
from ui import format as fmt
from ui.backups.restore import StoreRestorer
from ui.backups.text import backup_failure_text, kind_text, when
from ui.i18n import fill

if TYPE_CHECKING:
    from ui.main_window import MainWindow

BACKUP_ROLE = Qt.ItemDataRole.UserRole
"""The :class:`~console.storage.backup.Backup` of a row."""
COLUMNS = 5
ERROR_COLOR = "#d93025"


def _utcnow() -> datetime:
    return datetime.now(UTC)


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (made first when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class BackupsDialog(QDialog):
    """The open shop's backups; see the module."""

    def __init__(self, window: MainWindow, clock: Callable[[], datetime] = _utcnow) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._background = window.desk.background
        info = window.info
        self.data_dir: DataDir | None = (
            DataDir(info.data_dir)
            if info is not None and not info.demo and not info.sample_shop
            else None
        )
        """The shop whose backups are shown; None in the sample shop (or with no shop)."""
        self.summaries: list[BackupSummary] = []
        self._work = ""
        """What runs now ("" when idle): listing, backing up, restoring."""
        self.restorer = StoreRestorer(window, self, clock)
        self.restorer.finished.connect(self._on_restored)
        self.confirm: Callable[[Backup], bool] = self._confirm
        """Asks before a restore (replaced in tests)."""
        self.show_folder: Callable[[Path], bool] = open_folder
        """Opens the backups folder (replaced in tests)."""

        self.setWindowTitle(self.tr("Backups"))
        self.resize(680, 420)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setColumnCount(COLUMNS)
        self.list.setHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Kind"),
                self.tr("Size"),
                self.tr("Messages"),
                self.tr("Customers"),
            ]
        )
        self.list.headerItem().setToolTip(
            1,
            self.tr(
                "Shopkeeper keeps a backup of each of the last 7 days and of each of the "
                "last 4 weeks, and every backup of the last 24 hours."
            ),
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.restore_selected())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.folder_button = QPushButton(self.tr("Show in &folder"))
        for button in (self.backup_button, self.restore_button, self.folder_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self._show_folder)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        if self.data_dir is None:
            self.intro.setText(
                self.tr("No shop is open.")
                if info is None
                else self.tr(
                    "The sample shop has no backups: it is only for trying Shopkeeper out. "
                    "Open your own shop to back it up or to restore one of its backups."
                )
            )
            self.list.hide()
            self.status.hide()
        else:
            self.intro.setText(
                fill(
                    self.tr(
                        "Shopkeeper backs up your data every day. Restoring a backup replaces "
                        "everything in Shopkeeper with it; the data it replaces is backed up "
                        "first. The backups are in %1."
                    ),
                    str(self.data_dir.backups),
                )
            )
            self.reload()
        self._update_buttons()

    # State

    @property
    def busy(self) -> bool:
        """True while the list is read, a backup is taken or a restore runs."""
        return bool(self._work)

    def selected_backup(self) -> Backup | None:
        items = self.list.selectedItems()
        backup = items[0].data(0, BACKUP_ROLE) if items else None
        return backup if isinstance(backup, Backup) else None

    def select_backup(self, path: Path) -> bool:
        """Select the row of the backup at ``path``; False when it is not listed."""
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            backup = item.data(0, BACKUP_ROLE) if item is not None else None
            if item is not None and isinstance(backup, Backup) and backup.path == path:
                self.list.setCurrentItem(item)
                return True
        return False

    def _start(self, work: str, text: str) -> None:
        self._work = work
        self.progress.show()
        self.status.setText(text)
        self._set_status_color(False)
        self._update_buttons()

    def _stop(self, text: str | None = None, *, error: bool = False) -> None:
        self._work = ""
        self.progress.hide()
        if text is not None:
            self.status.setText(text)
            self._set_status_color(error)
        self._update_buttons()

    def _set_status_color(self, error: bool) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _update_buttons(self) -> None:
        usable = self.data_dir is not None and not self.busy
        self.backup_button.setEnabled(usable)
        self.restore_button.setEnabled(usable and self.selected_backup() is not None)
        self.folder_button.setEnabled(self.data_dir is not None)
        self.close_button.setEnabled(not self.restorer.busy)
        self.list.setEnabled(not self.restorer.busy)

    # Listing

    def reload(self, select: Path | None = None) -> None:
        """Read the backups again (off the UI thread); then select ``select``."""
        if self.data_dir is None:
            return
        directory = self.data_dir.backups
        keep = select or (b.path if (b := self.selected_backup()) is not None else None)
        shown = self.status.text()
        self._start("list", self.tr("Reading the backups…"))
        self._background.run(
            lambda: summarize_backups(directory),
            lambda summaries: self._on_listed(summaries, keep, shown),
            lambda exc: self._stop(
                fill(self.tr("The backups could not be read: %1"), str(exc)), error=True
            ),
        )

    def _on_listed(self, summaries: list[BackupSummary], keep: Path | None, shown: str) -> None:
        self.summaries = summaries
        self.list.clear()
        locale = QLocale()
        unreadable = self.tr("This backup cannot be read: it may be damaged.")
        for summary in summaries:
            backup = summary.backup
            counts = (summary.messages, summary.customers)
            item = QTreeWidgetItem(
                [
                    when(backup),
                    kind_text(summary.kind),
                    fmt.file_size(summary.size),
                    *("—" if n is None else locale.toString(n) for n in counts),
                ]
            )
            item.setData(0, BACKUP_ROLE, backup)
            item.setToolTip(0, str(backup.path))
            for column in range(2, COLUMNS):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if summary.messages is None:
                for column in range(COLUMNS):
                    item.setToolTip(column, unreadable)
            self.list.addTopLevelItem(item)
        if not summaries:
            shown = shown or self.tr("No backups yet: click Back up now to take the first one.")
        self._stop(shown)
        kept = keep is not None and self.select_backup(keep)
        first = self.list.topLevelItem(0)
        if not kept and first is not None:
            self.list.setCurrentItem(first)

    # Back up now

    def back_up_now(self) -> None:
        """Take a backup now (off the UI thread) and list it."""
        if self.data_dir is None or self.busy:
            return
        database, directory, now = self.data_dir.database, self.data_dir.backups, self._clock()
        self._start("backup", self.tr("Backing up…"))
        self._background.run(
            lambda: take_backup(database, directory, now),
            self._on_backed_up,
            lambda exc: self._stop(backup_failure_text(exc), error=True),
        )

    def _on_backed_up(self, backup: Backup) -> None:
        text = fill(self.tr("Backed up: the backup of %1 is at the top of the list."), when(backup))
        self._stop(text)
        self._window.notice.show_text(fill(self.tr("Backed up (%1)."), when(backup)))
        self.reload(select=backup.path)

    # Restore

    def _confirm(self, backup: Backup) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        box.setText(
            fill(
                self.tr(
                    "Replace everything in Shopkeeper with the backup of %1? The current data "
                    "is kept as a backup first, so this can be undone."
                ),
                when(backup),
            )
        )
        box.setInformativeText(
            self.tr(
                "Mail that is still on the mail server is fetched again by the next sync. "
                "Notes, statuses and replies written since the backup are only in the "
                "current data, which is kept as a backup."
            )
        )
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        """Ask, then restore the selected backup."""
        backup = self.selected_backup()
        if backup is None or self.data_dir is None or self.busy or not self.confirm(backup):
            return
        if self.restorer.restore(backup):
            self._start("restore", fill(self.tr("Restoring the backup of %1…"), when(backup)))

    def _on_restored(self, restored: bool, text: str) -> None:
        self._stop(text, error=not restored)
        self.reload()

    # Folder and closing

    def _show_folder(self) -> None:
        if self.data_dir is None:
            return
        if not self.show_folder(self.data_dir.backups):
            self._stop(
                fill(self.tr("The folder %1 could not be opened."), str(self.data_dir.backups)),
                error=True,
            )

    def reject(self) -> None:
        if not self.restorer.busy:  # the store is closed until the restore is over
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.restorer.busy:
            event.ignore()
            return
        super().closeEvent(event)


def open_backups_dialog(window: MainWindow) -> BackupsDialog:
    """File › Backups…: show the dialog (window-modal), deleted when closed."""
    dialog = BackupsDialog(window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
