"""A list model that loads ids first and rows in batches (see :mod:`ui.batched_rows`).

Subclasses say how to read a page (all ids plus the first rows) and a batch of rows by
id, and how to present a row; this class does the Qt part: reset on (re)load,
``canFetchMore``/``fetchMore`` in steps of one batch, placeholders and batch requests
from ``data()``, and dropping results that arrive after a newer load.

Python code (delegates above all) reads rows with :meth:`LazyListModel.row_data`, not
``index.data(role)``: PySide6 6.12 hands an invalid QVariant to Python as None without
taking a reference, so each ``index.data()`` that yields None costs None one reference
and, after a few thousand paints, aborts the process ("deallocating None").  Qt's own
calls into :meth:`data` are not affected.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from console.storage.database import Database
from ui.batched_rows import BatchedRows
from ui.operations import Operations

Index = QModelIndex | QPersistentModelIndex
PageLoader = Callable[[Database, int], tuple[Sequence[int], Sequence[Any]]]
"""(db, how many rows to load) → (all ids in order, rows of the first ids)."""
RowLoader = Callable[[Database, list[int]], Sequence[Any]]


class LazyListModel(QAbstractListModel):
    loaded = Signal()
    """A (re)load finished and the model was reset."""
    failed = Signal(str)

    ID_ROLE: int = Qt.ItemDataRole.UserRole + 1
    LOADED_ROLE: int = Qt.ItemDataRole.UserRole + 3

    def __init__(
        self, operations: Operations, parent: QObject | None = None, batch_size: int = 100
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._state: BatchedRows[Any] = BatchedRows(batch_size)
        self._request = 0
        self._loading = False

    # Subclass hooks: every concrete model defines these four (Qt's metaclass rules out
    # abc.abstractmethod here).

    def _hook_missing(self, hook: str) -> TypeError:
        return TypeError(f"{type(self).__name__} must define {hook}()")

    def page_loader(self) -> PageLoader:
        raise self._hook_missing("page_loader")

    def row_loader(self) -> RowLoader:
        raise self._hook_missing("row_loader")

    def row_id(self, row: Any) -> int:
        raise self._hook_missing("row_id")

    def row_value(self, row: Any, role: int) -> Any:
        raise self._hook_missing("row_value")

    def placeholder_text(self) -> str:
        return self.tr("Loading…")

    # Loading

    @property
    def total(self) -> int:
        """How many items the list holds (exposed or not)."""
        return self._state.total

    @property
    def is_loading(self) -> bool:
        return self._loading

    def reload(self, *, keep_exposed: bool) -> None:
        """Read the list again; with ``keep_exposed``, keep as many rows shown as now."""
        expose = self._state.exposed if keep_exposed else 0
        self._request += 1
        request = self._request
        first = max(expose, self._state.batch_size)
        load = self.page_loader()
        self._loading = True
        self._ops.query(
            lambda db: load(db, first),
            lambda page: self._on_page(request, page, expose),
            lambda exc: self._on_failed(request, exc),
            what=self.tr("Load the list"),
        )

    def _on_page(
        self, request: int, page: tuple[Sequence[int], Sequence[Any]], expose: int
    ) -> None:
        if request != self._request:
            return  # a newer load is on its way
        self._loading = False
        ids, rows = page
        self.beginResetModel()
        self._state.reset(ids, ((self.row_id(r), r) for r in rows), expose)
        self.endResetModel()
        self.loaded.emit()

    def _on_failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self._loading = False
            self.failed.emit(str(exc))

    # Lookups

    def item_id(self, row: int) -> int | None:
        return self._state.id_at(row) if 0 <= row < self._state.exposed else None

    def row_of(self, item_id: int) -> int | None:
        return self._state.row_of(item_id)

    def row_data(self, row: int) -> Any:
        return self._state.get(row) if 0 <= row < self._state.exposed else None

    # Lazy loading

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._state.can_expose_more()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._state.can_expose_more():
            return
        first = self._state.exposed
        last = min(self._state.total, first + self._state.batch_size) - 1
        self.beginInsertRows(QModelIndex(), first, last)
        self._state.expose_more()
        self.endInsertRows()
        self._request_batch(self._state.batch_of(first))

    def _request_batch(self, batch: int) -> None:
        ids = self._state.start_loading(batch)
        generation = self._state.generation
        if not ids:
            self._state.fail_loading(generation, batch)  # nothing to read: all loaded
            return
        load = self.row_loader()
        self._ops.query(
            lambda db: load(db, ids),
            lambda rows: self._on_batch(generation, batch, rows),
            lambda _exc: self._state.fail_loading(generation, batch),
            what=self.tr("Load the list"),
        )

    def _on_batch(self, generation: int, batch: int, rows: Sequence[Any]) -> None:
        span = self._state.finish_loading(generation, batch, ((self.row_id(r), r) for r in rows))
        if span is not None:
            self.dataChanged.emit(self.index(span[0]), self.index(span[1]))

    # QAbstractItemModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._state.exposed

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._state.exposed:
            return None
        number = index.row()
        if role == self.ID_ROLE:
            return self._state.id_at(number)
        row = self._state.get(number)
        if row is None:
            batch = self._state.missing_batch(number)
            if batch is not None:
                self._request_batch(batch)
            if role == self.LOADED_ROLE:
                return False
            if role == Qt.ItemDataRole.DisplayRole:
                return self.placeholder_text()
            return None
        if role == self.LOADED_ROLE:
            return True
        return self.row_value(row, role)
