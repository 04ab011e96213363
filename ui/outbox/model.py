"""The outbox as a table: who, what, where it stands and, for a refusal, the server's reason."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.outbox.queue import OutboxEntry, OutboxState
from ui.i18n import TranslationContext

ERROR_COLOR = QColor("#d93025")
EntryRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class OutboxText(TranslationContext):
    """The "OutboxText" translation context."""


class Column(IntEnum):
    TO = 0
    SUBJECT = 1
    STATE = 2
    REASON = 3


def state_text(state: OutboxState) -> str:
    match state:
        case OutboxState.SCHEDULED:
            return OutboxText.tr("Waiting out the undo delay")
        case OutboxState.QUEUED:
            return OutboxText.tr("Waiting to be sent")
        case OutboxState.SENDING:
            return OutboxText.tr("Sending")
        case OutboxState.SENT:
            return OutboxText.tr("Sent")
        case OutboxState.FAILED:
            return OutboxText.tr("Not sent")
        case _:
            return OutboxText.tr("Cancelled")


def reason_text(entry: OutboxEntry) -> str:
    """What went wrong, in the server's words (with refused recipients)."""
    parts = [entry.last_error] if entry.last_error else []
    for address, reply in entry.refused.items():
        parts.append(f"{address}: {reply}")
    return "\n".join(parts)


class OutboxModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._entries: list[OutboxEntry] = []

    def set_entries(self, entries: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> OutboxEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        match section:
            case Column.TO:
                return OutboxText.tr("To")
            case Column.SUBJECT:
                return OutboxText.tr("Subject")
            case Column.STATE:
                return OutboxText.tr("State")
            case Column.REASON:
                return OutboxText.tr("Reason")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        entry = self.entry(index.row())
        if entry is None:
            return None
        column = index.column()
        if role == EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            match column:
                case Column.TO:
                    return entry.to
                case Column.SUBJECT:
                    return entry.subject
                case Column.STATE:
                    return state_text(entry.state)
                case Column.REASON:
                    reason = reason_text(entry)
                    return reason if role == Qt.ItemDataRole.ToolTipRole else reason.split("\n")[0]
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.STATE
            and entry.state is OutboxState.FAILED
        ):
            return ERROR_COLOR
        return None
