"""The conversation list model: all ids of a view at once, rows in batches of 100.

Opening a view runs one query for the ids (index-ordered, fast even for 100,000
conversations) plus the first rows.  The view is then given rows a batch at a time
through ``canFetchMore``/``fetchMore``; ``data()`` of a row whose batch has not arrived
yet returns a placeholder (``InboxRole.LOADED`` is False) and asks for the batch.
Role numbers are stable: saved view state and delegates depend on them.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt

from console.inbox.queries import BATCH_SIZE, InboxFilter, InboxRow, inbox_page, inbox_rows
from ui.lazy_model import LazyListModel, PageLoader, RowLoader
from ui.operations import Operations


class InboxRole(IntEnum):
    """Item data roles of :class:`InboxModel` (values are stable)."""

    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    """The whole :class:`~console.inbox.queries.InboxRow`, or None for a placeholder."""
    LOADED = Qt.ItemDataRole.UserRole + 3
    CUSTOMER_NAME = Qt.ItemDataRole.UserRole + 4
    SUBJECT = Qt.ItemDataRole.UserRole + 5
    SNIPPET = Qt.ItemDataRole.UserRole + 6
    WAITING_SINCE = Qt.ItemDataRole.UserRole + 7
    NEEDS_REPLY = Qt.ItemDataRole.UserRole + 8
    HAS_ATTACHMENTS = Qt.ItemDataRole.UserRole + 9
    LANGUAGE = Qt.ItemDataRole.UserRole + 10
    STATUS = Qt.ItemDataRole.UserRole + 11
    CUSTOMER_ID = Qt.ItemDataRole.UserRole + 12


class InboxModel(LazyListModel):
    """One conversation list (a view and an optional search), loaded lazily."""

    ID_ROLE = InboxRole.CONVERSATION_ID
    LOADED_ROLE = InboxRole.LOADED

    def __init__(
        self, operations: Operations, parent: QObject | None = None, batch_size: int = BATCH_SIZE
    ) -> None:
        super().__init__(operations, parent, batch_size)
        self._view = InboxFilter.ATTENTION
        self._search = ""
        self._now: datetime | None = None

    @property
    def view(self) -> InboxFilter:
        return self._view

    @property
    def pinned_now(self) -> datetime | None:
        """The "now" set with :meth:`set_now`, or None when the list follows the clock."""
        return self._now

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" (screenshots, tests): it decides which promises are overdue and so
        come first; None follows the clock.  Applies from the next load."""
        self._now = now

    @property
    def search(self) -> str:
        return self._search

    def show(self, view: InboxFilter, search: str = "") -> None:
        """List ``view`` (filtered by ``search``) from its start."""
        self._view, self._search = view, search.strip()
        self.reload(keep_exposed=False)

    def refresh(self) -> None:
        """Read the list again, keeping as many rows exposed as now."""
        self.reload(keep_exposed=True)

    def conversation_id(self, row: int) -> int | None:
        return self.item_id(row)

    def page_loader(self) -> PageLoader:
        view, search, now = self._view, self._search, self._now

        def load(db: Any, first: int) -> tuple[tuple[int, ...], tuple[InboxRow, ...]]:
            page = inbox_page(db, view, search, first=first, now=now)
            return page.ids, page.rows

        return load

    def row_loader(self) -> RowLoader:
        return inbox_rows

    def row_id(self, row: Any) -> int:
        return int(row.conversation_id)

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in InboxRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def row_value(self, row: InboxRow, role: int) -> Any:
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return f"{row.customer_name} — {row.subject}"
            case Qt.ItemDataRole.ToolTipRole:
                return row.snippet or None
            case InboxRole.ROW:
                return row
            case InboxRole.CUSTOMER_NAME:
                return row.customer_name
            case InboxRole.SUBJECT:
                return row.subject
            case InboxRole.SNIPPET:
                return row.snippet
            case InboxRole.WAITING_SINCE:
                return row.waiting_since
            case InboxRole.NEEDS_REPLY:
                return row.needs_reply
            case InboxRole.HAS_ATTACHMENTS:
                return row.has_attachments
            case InboxRole.LANGUAGE:
                return row.language
            case InboxRole.STATUS:
                return row.status.value
            case InboxRole.CUSTOMER_ID:
                return row.customer_id
        return None
