"""The reminders of one section (overdue, today or upcoming), as a list model.

A shop has tens of open reminders, not thousands: the whole agenda is read at once
(:func:`ui.reminders.rows.read_page`) and the model shows one of its sections.  Role
numbers are stable.  Delegates read rows with :meth:`RemindersModel.row_at` (see
:mod:`ui.lazy_model` on why not ``index.data()``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QObject, Qt

from console.storage.models import utcnow
from ui.lazy_model import Index
from ui.reminders.rows import ReminderRow, RemindersPage, Section
from ui.reminders.text import headline


class ReminderRole(IntEnum):
    """Item data roles of :class:`RemindersModel` (values are stable)."""

    REMINDER_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    """The whole :class:`~ui.reminders.rows.ReminderRow`."""
    ACTION = Qt.ItemDataRole.UserRole + 3
    TITLE = Qt.ItemDataRole.UserRole + 4
    CUSTOMER_NAME = Qt.ItemDataRole.UserRole + 5
    CUSTOMER_ID = Qt.ItemDataRole.UserRole + 6
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 7
    DUE_AT = Qt.ItemDataRole.UserRole + 8
    OVERDUE = Qt.ItemDataRole.UserRole + 9
    SOURCE_TEXT = Qt.ItemDataRole.UserRole + 10
    KIND = Qt.ItemDataRole.UserRole + 11


class RemindersModel(QAbstractListModel):
    def __init__(
        self, parent: QObject | None = None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._page: RemindersPage | None = None
        self._section = Section.TODAY
        self._rows: tuple[ReminderRow, ...] = ()

    # Contents

    @property
    def section(self) -> Section:
        return self._section

    @property
    def page(self) -> RemindersPage | None:
        return self._page

    def set_page(self, page: RemindersPage) -> None:
        """Show ``page`` (a fresh read), in the current section."""
        self._page = page
        self._reset()

    def set_section(self, section: Section) -> None:
        if section is not self._section:
            self._section = section
            self._reset()

    def _reset(self) -> None:
        self.beginResetModel()
        self._rows = self._page.rows(self._section) if self._page is not None else ()
        self.endResetModel()

    def row_at(self, row: int) -> ReminderRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, reminder_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.reminder.id == reminder_id:
                return number
        return None

    def is_overdue(self, row: ReminderRow, now: datetime | None = None) -> bool:
        """Late now: the promised window has ended and no snooze is running."""
        at = now or self._clock()
        reminder = row.reminder
        snoozing = reminder.snoozed_until is not None and reminder.snoozed_until > at
        return not snoozing and reminder.deadline < at

    # QAbstractItemModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in ReminderRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        reminder = row.reminder
        match role:
            case Qt.ItemDataRole.DisplayRole | Qt.ItemDataRole.AccessibleTextRole:
                return headline(row)
            case Qt.ItemDataRole.ToolTipRole:
                return reminder.source_text or reminder.title or None
            case ReminderRole.REMINDER_ID:
                return reminder.id
            case ReminderRole.ROW:
                return row
            case ReminderRole.ACTION:
                return reminder.action.value
            case ReminderRole.TITLE:
                return reminder.title
            case ReminderRole.CUSTOMER_NAME:
                return row.customer_name
            case ReminderRole.CUSTOMER_ID:
                return reminder.customer_id
            case ReminderRole.CONVERSATION_ID:
                return reminder.conversation_id
            case ReminderRole.DUE_AT:
                return reminder.due_at
            case ReminderRole.OVERDUE:
                return self.is_overdue(row)
            case ReminderRole.SOURCE_TEXT:
                return reminder.source_text
            case ReminderRole.KIND:
                return reminder.kind.value
        return None
