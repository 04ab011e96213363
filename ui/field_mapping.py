"""A small editable table: keys (CSV columns, form labels) mapped to fields by a combo box.

Used by the order import ("which column holds the order number?") and the callback rule
editor ("the form calls the phone “Rufnummer”").  Column 0 is the key (editable when the
owner types labels), column 1 an example value, column 2 the field, chosen from
``choices`` with :class:`ChoiceDelegate`.  Role and column numbers are stable.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
KEY, EXAMPLE, FIELD = 0, 1, 2
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
"""Column 2's field value ("number", "phone"; "" for none) whatever the display says."""


@dataclass(slots=True)
class MappingRow:
    key: str
    example: str = ""
    field: str = ""


class FieldMappingModel(QAbstractTableModel):
    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        headers: tuple[str, str, str],
        *,
        keys_editable: bool = False,
        parent: QObject | None = None,
    ) -> None:
        """``choices``: (field value, label) pairs; ("", "(not used)") should be one."""
        super().__init__(parent)
        self._choices = list(choices)
        self._labels = dict(self._choices)
        self._headers = headers
        self._keys_editable = keys_editable
        self._rows: list[MappingRow] = []

    @property
    def choices(self) -> list[tuple[str, str]]:
        return list(self._choices)

    def set_rows(self, rows: Sequence[MappingRow]) -> None:
        self.beginResetModel()
        self._rows = [MappingRow(r.key, r.example, r.field) for r in rows]
        self.endResetModel()

    def rows(self) -> list[MappingRow]:
        return [MappingRow(r.key, r.example, r.field) for r in self._rows]

    def mapping(self) -> dict[str, str]:
        """Key → field for every row with both."""
        return {r.key.strip(): r.field for r in self._rows if r.key.strip() and r.field}

    def set_field(self, row: int, field: str) -> None:
        self.setData(self.index(row, FIELD), field, Qt.ItemDataRole.EditRole)

    def row_of_key(self, key: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.key == key), None)

    def set_examples(self, examples: Mapping[str, str]) -> None:
        """Show ``examples[key]`` next to each key (others are cleared)."""
        for row in self._rows:
            row.example = examples.get(row.key.strip(), "")
        if self._rows:
            self.dataChanged.emit(self.index(0, EXAMPLE), self.index(len(self._rows) - 1, EXAMPLE))

    def add_row(self, key: str = "", field: str = "") -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(MappingRow(key, "", field))
        self.endInsertRows()
        return position

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    # QAbstractItemModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 3
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )
        if index.column() == FIELD or (index.column() == KEY and self._keys_editable):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == FIELD_ROLE:
            return row.field
        if column == KEY and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.key
        if column == EXAMPLE and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.example
        if column == FIELD:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._labels.get(row.field, row.field)
            if role == Qt.ItemDataRole.EditRole:
                return row.field
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if index.column() == FIELD and isinstance(value, str) and value in self._labels:
            row.field = value
        elif index.column() == KEY and self._keys_editable and isinstance(value, str):
            row.key = value
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits column 2 of a :class:`FieldMappingModel` with a combo box of its choices."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        if index.column() != FIELD or not isinstance(model, FieldMappingModel):
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for value, label in model.choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _n: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(FIELD_ROLE))
            editor.setCurrentIndex(max(found, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)
