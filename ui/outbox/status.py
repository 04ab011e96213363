"""The outbox in the status bar: how many messages wait or were refused, and a menu.

Hidden while the outbox is empty.  The menu retries now, shows the refused messages
with the server's reason, and opens the outbox to cancel a message (its text goes back
to the drafts).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from console.outbox.queue import WAITING_STATES, OutboxState, pending_counts, retry
from ui.changes import Change
from ui.icons import icon, muted
from ui.operations import Operations
from ui.outbox.dialog import OutboxDialog
from ui.outbox.service import OutboxService

ERROR_COLOR = QColor("#d93025")


class OutboxStatus(QToolButton):
    retried = Signal()
    """Messages were queued again (the service is woken too, when there is one)."""
    draft_restored = Signal(object)
    """A message was cancelled from the outbox window: its :class:`Draft`."""

    def __init__(
        self,
        operations: Operations,
        service: OutboxService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxStatus")
        self._ops = operations
        self._service = service
        self.counts: dict[OutboxState, int] = {}
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setIconSize(QSize(14, 14))
        self.retry_action = QAction(self.tr("Try sending now"), self)
        self.retry_action.triggered.connect(self.retry_all)
        self.failed_action = QAction(self.tr("Show the messages that were not sent…"), self)
        self.failed_action.triggered.connect(lambda: self.show_outbox(failed_only=True))
        self.outbox_action = QAction(self.tr("Open the outbox to cancel a message…"), self)
        self.outbox_action.triggered.connect(lambda: self.show_outbox(failed_only=False))
        menu = QMenu(self)
        menu.addAction(self.retry_action)
        menu.addAction(self.failed_action)
        menu.addSeparator()
        menu.addAction(self.outbox_action)
        self.setMenu(menu)
        self.dialog: OutboxDialog | None = None
        operations.changed.connect(self._on_changed)
        if service is not None:
            service.changed.connect(lambda _change: self.refresh())
        self.hide()

    @property
    def failed(self) -> int:
        return self.counts.get(OutboxState.FAILED, 0)

    @property
    def waiting(self) -> int:
        return sum(self.counts.get(s, 0) for s in (*WAITING_STATES, OutboxState.SENDING))

    def refresh(self) -> None:
        if self._ops.db is None:
            return
        self._ops.query(pending_counts, self._on_counts, what=self.tr("Count the outbox"))

    def retry_all(self) -> None:
        self._ops.change(retry, Change.NONE, lambda _n: self._after_retry())

    def show_outbox(self, *, failed_only: bool) -> OutboxDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = OutboxDialog(self._ops, self.window(), failed_only=failed_only)
        dialog.retried.connect(self._after_retry)
        dialog.cancelled.connect(self._on_cancelled)
        dialog.finished.connect(lambda _result: self.refresh())
        self.dialog = dialog
        dialog.show()
        return dialog

    def _after_retry(self) -> None:
        if self._service is not None:
            self._service.wake()
        self.retried.emit()
        self.refresh()

    def _on_cancelled(self, draft: object) -> None:
        self.draft_restored.emit(draft)
        self.refresh()

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(Change.TIMELINE | Change.STORE | Change.ACCOUNTS):
            self.refresh()

    def _on_counts(self, counts: dict[OutboxState, int]) -> None:
        self.counts = dict(counts)
        failed, waiting = self.failed, self.waiting
        if failed:
            self.setText(self.tr("%n message(s) not sent", "", failed))
            self.setIcon(icon("warning", ERROR_COLOR))
            self.setStyleSheet(f"QToolButton {{ color: {ERROR_COLOR.name()}; }}")
        elif waiting:
            self.setText(self.tr("%n message(s) waiting to be sent", "", waiting))
            self.setIcon(icon("send", muted(0.75)))
            self.setStyleSheet("")
        self.setToolTip(self.tr("The outbox: click to try again, see why, or cancel a message."))
        self.failed_action.setEnabled(failed > 0)
        self.retry_action.setEnabled(failed > 0 or self.counts.get(OutboxState.QUEUED, 0) > 0)
        self.setVisible(bool(failed or waiting))
