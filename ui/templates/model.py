"""Templates as item models: grouped by category for the sidebar, a flat list to reorder.

Both hold plain :class:`~console.templates.store.StoredTemplate` values loaded by the
DB worker; neither touches the database.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from console.templates.store import StoredTemplate
from ui.templates.filling import search_text, template_title
from ui.templates.names import category_title

TemplateRole = Qt.ItemDataRole.UserRole + 1
ShortcutRole = Qt.ItemDataRole.UserRole + 2
IsCategoryRole = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-shopkeeper-template-rows"
_CATEGORY = 0
"""``internalId`` of a category row; a template row's is its category row + 1."""


@dataclass(frozen=True, slots=True)
class _Entry:
    template: StoredTemplate
    title: str
    haystack: str


@dataclass(slots=True)
class _Group:
    category: str
    title: str
    entries: list[_Entry]


class TemplateTreeModel(QAbstractItemModel):
    """Categories (in the order their first template comes) holding their templates.

    :meth:`set_filter` keeps only the templates whose key, category, title, subject or
    text hold every word typed; empty categories disappear.
    """

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[_Entry] = []
        self._groups: list[_Group] = []
        self._filter: list[str] = []

    # Filling

    def set_templates(self, templates: Sequence[StoredTemplate], language: str) -> None:
        entries = []
        for template in templates:
            title = template_title(template, language)
            entries.append(_Entry(template, title, search_text(template, title)))
        self._entries = entries
        self._rebuild()

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._filter:
            self._filter = words
            self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        groups: dict[str, _Group] = {}
        for entry in self._entries:
            if not all(word in entry.haystack for word in self._filter):
                continue
            category = entry.template.category
            group = groups.get(category)
            if group is None:
                group = groups[category] = _Group(category, category_title(category), [])
            group.entries.append(entry)
        self._groups = list(groups.values())
        self.endResetModel()

    # Lookups

    def templates(self) -> list[StoredTemplate]:
        """The templates shown (filtered), in order."""
        return [e.template for g in self._groups for e in g.entries]

    def all_templates(self) -> list[StoredTemplate]:
        return [e.template for e in self._entries]

    def template(self, index: Index) -> StoredTemplate | None:
        value = index.data(TemplateRole) if index.isValid() else None
        return value if isinstance(value, StoredTemplate) else None

    def index_of(self, template_id: int) -> QModelIndex:
        for group_row, group in enumerate(self._groups):
            for row, entry in enumerate(group.entries):
                if entry.template.id == template_id:
                    return self.createIndex(row, 0, group_row + 1)
        return QModelIndex()

    def first_template_index(self) -> QModelIndex:
        if self._groups and self._groups[0].entries:
            return self.createIndex(0, 0, 1)
        return QModelIndex()

    # QAbstractItemModel

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _CATEGORY) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _CATEGORY or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].entries):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _CATEGORY:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, _CATEGORY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != _CATEGORY:
            return 0
        return len(self._groups[parent.row()].entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _CATEGORY:
            return Qt.ItemFlag.ItemIsEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _CATEGORY:
            group = self._groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return group.title
            if role == IsCategoryRole:
                return True
            return None
        entry = self._groups[int(index.internalId()) - 1].entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.title
        if role == TemplateRole:
            return entry.template
        if role == ShortcutRole:
            return entry.template.shortcut
        if role == IsCategoryRole:
            return False
        return None


class TemplateListModel(QAbstractListModel):
    """All templates in the owner's order; rows can be dragged to a new place."""

    order_changed = Signal(list)
    """The template ids in their new order, after a drag or :meth:`move`."""

    def __init__(self) -> None:
        super().__init__()
        self._templates: list[StoredTemplate] = []
        self._titles: list[str] = []

    def set_templates(self, templates: Sequence[StoredTemplate], language: str) -> None:
        self.beginResetModel()
        self._templates = list(templates)
        self._titles = [template_title(t, language) for t in self._templates]
        self.endResetModel()

    def templates(self) -> list[StoredTemplate]:
        return list(self._templates)

    def template(self, row: int) -> StoredTemplate | None:
        return self._templates[row] if 0 <= row < len(self._templates) else None

    def row_of(self, template_id: int) -> int:
        return next((i for i, t in enumerate(self._templates) if t.id == template_id), -1)

    def move(self, row: int, to: int) -> bool:
        """Move the template at ``row`` so it ends up at ``to``."""
        if not (0 <= row < len(self._templates) and 0 <= to < len(self._templates)):
            return False
        if row == to:
            return False
        destination = to + 1 if to > row else to
        if not self.moveRows(QModelIndex(), row, 1, QModelIndex(), destination):
            return False
        self.order_changed.emit([t.id for t in self._templates])
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._templates)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._templates):
            return None
        template = self._templates[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return template.key
        if role == TemplateRole:
            return template
        if role == ShortcutRole:
            return template.shortcut
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if not 0 <= source_row < len(self._templates):
            return False
        if not 0 <= destination_child <= len(self._templates):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row, QModelIndex(), destination_child
        ):
            return False
        template = self._templates.pop(source_row)
        title = self._titles.pop(source_row)
        target = destination_child - 1 if destination_child > source_row else destination_child
        self._templates.insert(target, template)
        self._titles.insert(target, title)
        self.endMoveRows()
        return True

    # Drag and drop (rows move within the list)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_TYPE, json.dumps(rows).encode("ascii"))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            rows = json.loads(bytes(data.data(MIME_TYPE).data()).decode("ascii"))
        except ValueError:
            return False
        if len(rows) != 1:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._templates)
        source = int(rows[0])
        if self.moveRows(QModelIndex(), source, 1, QModelIndex(), row):
            self.order_changed.emit([t.id for t in self._templates])
        # The move is done here: the view must not remove the source row itself.
        return False
