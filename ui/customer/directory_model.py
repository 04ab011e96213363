"""The customer list model: ids ordered by name, rows in batches (like the inbox)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from console.customers.directory import CustomerRow, customer_ids, customer_rows
from console.storage.database import Database
from ui.lazy_model import LazyListModel, PageLoader, RowLoader
from ui.operations import Operations


class CustomerRole(IntEnum):
    """Item data roles of :class:`CustomerListModel` (values are stable)."""

    CUSTOMER_ID = Qt.ItemDataRole.UserRole + 1
    ROW = Qt.ItemDataRole.UserRole + 2
    LOADED = Qt.ItemDataRole.UserRole + 3


class CustomerListModel(LazyListModel):
    ID_ROLE = CustomerRole.CUSTOMER_ID
    LOADED_ROLE = CustomerRole.LOADED

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(operations, parent)
        self._search = ""

    @property
    def search(self) -> str:
        return self._search

    def show(self, search: str = "") -> None:
        self._search = search.strip()
        self.reload(keep_exposed=False)

    def page_loader(self) -> PageLoader:
        search = self._search

        def load(db: Database, first: int) -> tuple[list[int], list[CustomerRow]]:
            ids = customer_ids(db, search)
            return ids, customer_rows(db, ids[:first])

        return load

    def row_loader(self) -> RowLoader:
        return customer_rows

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def row_value(self, row: CustomerRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.email or None
        if role == CustomerRole.ROW:
            return row
        return None
