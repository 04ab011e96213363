"""Opening and saving attachments from the reading pane.

Clicking an attachment offers "Open" and "Save as…".  The bytes are read from the
stored original and written by :mod:`console.conversations.attachments` on the DB
worker (off the UI thread); "Open" hands the written file to the system's viewer.
Files that could run a program when opened (``.exe``, ``.js``, …) are not opened: the
owner can still save them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from console.conversations.attachments import (
    attachment_for_opening,
    is_risky,
    save_attachment,
)
from console.conversations.detail import Attachment, ConversationDetail
from console.mail.filenames import safe_filename
from ui.i18n import fill
from ui.operations import Operations


class AttachmentActions(QObject):
    opened = Signal(str)
    """The path handed to the system's viewer."""
    saved = Signal(str)
    """The path an attachment was saved to."""
    failed = Signal(str)

    def __init__(self, view: QWidget, operations: Operations) -> None:
        super().__init__(view)
        self._view = view
        self._ops = operations
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.ask_target: Callable[[str], str] = self._ask_target
        self.warn: Callable[[str, str], None] = self._warn

    def on_link(self, path: str, detail: ConversationDetail | None) -> None:
        """``path``: "<message id>/<part>" from an ``sk-attachment:`` link."""
        found = self.find(path, detail)
        if found is None:
            return
        message_id, attachment = found
        menu = QMenu(self._view)
        menu.addAction(self.tr("Open"), lambda: self.open(message_id, attachment))
        menu.addAction(self.tr("Save as…"), lambda: self.save_as(message_id, attachment))
        menu.exec(QCursor.pos())

    @staticmethod
    def find(path: str, detail: ConversationDetail | None) -> tuple[int, Attachment] | None:
        number, _slash, part = path.partition("/")
        if detail is None or not number.isdigit() or not part:
            return None
        for message in detail.messages:
            if message.id == int(number):
                for attachment in message.attachments:
                    if attachment.part == part:
                        return message.id, attachment
        return None

    def open(self, message_id: int, attachment: Attachment) -> None:
        name = safe_filename(attachment.filename)
        if is_risky(name):
            self.warn(
                self.tr("File not opened"),
                fill(
                    self.tr(
                        "%1 could run a program on this computer, so it was not opened. "
                        "If you trust the sender, save it and check it first."
                    ),
                    name,
                ),
            )
            return
        part = attachment.part
        self._ops.query(
            lambda db: attachment_for_opening(db, message_id, part),
            self._on_written,
            self._on_failed,
            what=self.tr("Open the attachment"),
        )

    def _on_written(self, path: Path) -> None:
        self.opened.emit(str(path))
        self.open_url(QUrl.fromLocalFile(str(path)))

    def save_as(self, message_id: int, attachment: Attachment) -> None:
        target = self.ask_target(safe_filename(attachment.filename))
        if not target:
            return
        part = attachment.part
        self._ops.query(
            lambda db: save_attachment(db, message_id, part, Path(target)),
            lambda path: self.saved.emit(str(path)),
            self._on_failed,
            what=self.tr("Save the attachment"),
        )

    def _on_failed(self, exc: Exception) -> None:
        text = fill(self.tr("The attachment could not be read or written: %1"), str(exc))
        self.failed.emit(text)
        self.warn(self.tr("Attachment"), text)

    def _ask_target(self, name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self._view, self.tr("Save attachment"), str(Path(folder) / name)
        )
        return path

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self._view, title, text)
