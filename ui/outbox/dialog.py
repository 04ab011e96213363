"""The outbox window: messages waiting or refused, why, and what to do about them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.outbox.compose import Draft
from console.outbox.queue import (
    UNDOABLE_STATES,
    OutboxEntry,
    OutboxState,
    list_outbox,
    retry,
    undo,
)
from ui.changes import Change
from ui.i18n import fill
from ui.operations import Operations
from ui.outbox.model import Column, OutboxModel, reason_text, state_text

SHOWN_STATES = (
    OutboxState.FAILED,
    OutboxState.SCHEDULED,
    OutboxState.QUEUED,
    OutboxState.SENDING,
)


class OutboxDialog(QDialog):
    retried = Signal()
    """Messages were queued again: wake the outbox worker."""
    cancelled = Signal(object)
    """A :class:`Draft` taken back from the outbox."""

    def __init__(
        self, operations: Operations, parent: QWidget | None = None, *, failed_only: bool = False
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._failed_only = failed_only
        self.setWindowTitle(self.tr("Messages not sent") if failed_only else self.tr("Outbox"))
        self.resize(760, 380)
        self.model = OutboxModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.TO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setMinimumHeight(48)
        self.empty = QLabel(self.tr("Nothing is waiting: every message has gone out."))
        self.retry_button = QPushButton(self.tr("Try again now"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button = QPushButton(self.tr("Do not send"))
        self.cancel_button.setToolTip(
            self.tr("Take the message back; its text is kept as a draft in its conversation.")
        )
        self.cancel_button.clicked.connect(self.cancel_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._on_selection()
        self.reload()

    def reload(self) -> None:
        states = (OutboxState.FAILED,) if self._failed_only else SHOWN_STATES
        self._ops.query(
            lambda db: list_outbox(db, states=states),
            self._on_loaded,
            what=self.tr("Read the outbox"),
        )

    def selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def _on_loaded(self, entries: list[OutboxEntry]) -> None:
        keep = self.selected()
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self.table.setVisible(bool(entries))
        row = next((i for i, e in enumerate(entries) if keep and e.id == keep.id), 0)
        if entries:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._on_selection()

    def _on_selection(self) -> None:
        entry = self.selected()
        self.retry_button.setEnabled(
            entry is not None and entry.state in (OutboxState.FAILED, OutboxState.QUEUED)
        )
        self.cancel_button.setEnabled(entry is not None and entry.state in UNDOABLE_STATES)
        if entry is None:
            self.details.setText("")
            return
        reason = reason_text(entry)
        lines = [fill(self.tr("To %1: %2"), entry.to, state_text(entry.state))]
        if reason:
            lines.append(fill(self.tr("The server said: %1"), reason))
        if entry.attempts:
            lines.append(self.tr("Tried %n time(s).", "", entry.attempts))
        self.details.setText("\n".join(lines))

    def retry_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        outbox_id = entry.id
        self._ops.change(
            lambda db: retry(db, outbox_id),
            Change.NONE,
            lambda _n: self._after_retry(),
            what=self.tr("Try sending again"),
        )

    def _after_retry(self) -> None:
        self.retried.emit()
        self.reload()

    def cancel_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        outbox_id = entry.id
        self._ops.change(
            lambda db: undo(db, outbox_id),
            Change.TIMELINE,
            self._after_cancel,
            what=self.tr("Take the message back"),
        )

    def _after_cancel(self, draft: Draft | None) -> None:
        if draft is not None:
            self.cancelled.emit(draft)
        self.reload()
