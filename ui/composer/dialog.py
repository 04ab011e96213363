"""A new message to a customer, in a window of its own.

The dialog stays open through the "Undo send" delay, so the message can still be taken
back; it closes by itself once the message has gone to the outbox worker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from console.outbox.compose import Recipient
from console.outbox.queue import OutboxEntry
from ui.composer.widget import ComposerWidget
from ui.i18n import fill
from ui.icons import app_icon
from ui.operations import Operations

CLOSE_AFTER_MS = 1500
"""How long the dialog stays after the undo delay (to read "Sending…")."""


class NewMessageDialog(QDialog):
    def __init__(
        self,
        operations: Operations,
        to: tuple[Recipient, ...] = (),
        *,
        subject: str = "",
        language: str | None = None,
        author: str = "owner",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name = to[0].name or to[0].email if to else ""
        self.setWindowTitle(
            fill(self.tr("New message to %1"), name) if name else self.tr("New message")
        )
        self.setWindowIcon(app_icon())
        self.setMinimumSize(560, 420)
        self.resize(680, 520)
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self.composer = ComposerWidget(operations, self, new_message=True)
        self.composer.author = author
        self.composer.queued.connect(self._on_queued)
        self.composer.undone.connect(lambda _draft: self._close_timer.stop())
        self._close_timer.timeout.connect(self.accept)
        self.composer.undo_bar.send_now_requested.connect(
            lambda _id: self._close_timer.start(CLOSE_AFTER_MS)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.composer)
        self.composer.open_new(to, subject, language)

    def _on_queued(self, entry: OutboxEntry) -> None:
        # Leave the bar up for the undo delay, plus a moment to read "Sending…".
        seconds = 0.0
        if entry.not_before is not None:
            seconds = max(0.0, (entry.not_before - entry.created_at).total_seconds())
        self._close_timer.start(int(seconds * 1000) + CLOSE_AFTER_MS)

    def reject(self) -> None:
        self.composer.flush_draft()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.composer.flush_draft()
        super().closeEvent(event)
