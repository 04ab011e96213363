"""The template manager: create, edit, duplicate, delete, sort, import and export templates.

Every change is one job on the DB worker (:mod:`console.templates.store` and
:mod:`console.templates.transfer`); :attr:`TemplateManager.templates_changed` tells the
sidebar to read the templates again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.outbox.preferences import shop_language
from console.storage.database import Database
from console.templates.store import (
    StoredTemplate,
    TemplateStoreError,
    create_template,
    delete_template,
    duplicate_template,
    edit_template,
    list_templates,
    normalize_key,
    reorder_templates,
    save_versions_atomically,
)
from console.templates.transfer import ImportReport, export_templates, import_templates
from ui.changes import Change
from ui.i18n import fill
from ui.operations import Operations
from ui.templates.delegate import TemplateDelegate
from ui.templates.editor import EditedTemplate, TemplateEditor
from ui.templates.model import TemplateListModel

ERROR_COLOR = "#d93025"
STARTER_CATEGORIES = (
    "orders",
    "shipping",
    "products",
    "after_sales",
    "feedback",
    "calls",
    "greetings",
)


@dataclass(frozen=True, slots=True)
class _Loaded:
    templates: list[StoredTemplate]
    shop_language: str


def _load(db: Database) -> _Loaded:
    return _Loaded(list_templates(db), shop_language(db))


def save_template(db: Database, edited: EditedTemplate) -> int:
    """Create or update the template (DB worker); return its id."""
    if edited.id is None:
        return create_template(
            db,
            edited.key,
            edited.versions,
            category=edited.category,
            shortcut=edited.shortcut,
        )
    edit_template(db, edited.id, key=edited.key, category=edited.category, shortcut=edited.shortcut)
    save_versions_atomically(db, edited.id, edited.versions)
    return edited.id


class TemplateManager(QDialog):
    templates_changed = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply templates"))
        self.resize(940, 620)
        self._ops = operations
        self._shop_language = "en"
        self._select_after_load: int | None = None
        self.confirm_delete: Callable[[str], bool] = self._confirm_delete
        self.choose_import_file: Callable[[], str] = self._choose_import_file
        self.choose_export_file: Callable[[], str] = self._choose_export_file
        self.ask_unsaved: Callable[[], QMessageBox.StandardButton] = self._ask_unsaved

        self.model = TemplateListModel()
        self.model.order_changed.connect(self._save_order)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setMinimumWidth(240)
        self.list.setItemDelegate(TemplateDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.selectionModel().currentChanged.connect(self._on_current)

        self.new_button = QPushButton(self.tr("New"))
        self.new_button.clicked.connect(self.new_template)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.export_file)

        self.editor = TemplateEditor()
        self.editor.changed.connect(self._on_edited)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Discard changes"))
        self.revert_button.clicked.connect(self._revert)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        self.message = QLabel()
        self.message.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(QLabel(self.tr("Drag a template to change the order.")))
        left_layout.addWidget(self.list, 1)
        row1 = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row1.addWidget(button)
        row2 = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            row2.addWidget(button)
        row3 = QHBoxLayout()
        for button in (self.import_button, self.export_button):
            row3.addWidget(button)
        for row in (row1, row2, row3):
            left_layout.addLayout(row)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([280, 640])

        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()
        self.reload()

    # Loading

    def reload(self) -> None:
        self._ops.query(_load, self._on_loaded, what=self.tr("Read the templates"))

    def _on_loaded(self, loaded: _Loaded) -> None:
        self._shop_language = loaded.shop_language
        keep = self._select_after_load
        if keep is None:
            current = self.current_template()
            keep = current.id if current is not None else None
        self._select_after_load = None
        self.model.set_templates(loaded.templates, loaded.shop_language)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount() > 0 and self.editor.template_id is not None:
            row = 0
        if row < 0 and self.model.rowCount() > 0 and not self.editor.dirty:
            row = 0
        if row >= 0:
            self.select_row(row)
        self._update_buttons()

    def current_template(self) -> StoredTemplate | None:
        return self.model.template(self.list.currentIndex().row())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        template = self.model.template(row)
        if template is not None and template.id != self.editor.template_id:
            self._show(template)

    def categories(self) -> list[str]:
        found = [t.category for t in self.model.templates()]
        return list(dict.fromkeys([*STARTER_CATEGORIES, *found]))

    def _on_current(self) -> None:
        template = self.current_template()
        if template is None or template.id == self.editor.template_id:
            return
        if self.editor.dirty and not self._settle_unsaved():
            row = (
                self.model.row_of(self.editor.template_id)
                if self.editor.template_id is not None
                else -1
            )
            self.list.selectionModel().blockSignals(True)
            self.list.setCurrentIndex(self.model.index(row, 0))
            self.list.selectionModel().blockSignals(False)
            return
        self._show(template)

    def _show(self, template: StoredTemplate | None) -> None:
        self.editor.show_template(template, self.categories(), new_language=self._shop_language)
        self.show_message("")
        self._update_buttons()

    def _settle_unsaved(self) -> bool:
        """Unsaved changes: save, discard or stay.  True when it is fine to move on."""
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            self.save()
            return True
        return answer == QMessageBox.StandardButton.Discard

    # Actions

    def new_template(self) -> None:
        if self.editor.dirty and not self._settle_unsaved():
            return
        self.list.clearSelection()
        self.list.setCurrentIndex(self.model.index(-1, 0))
        self._show(None)
        self.editor.key.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        edited = self.editor.edited()
        problem = self._check(edited)
        if problem:
            self.show_message(problem, error=True)
            return
        self._ops.change(
            lambda db: save_template(db, edited),
            Change.NONE,
            self._on_saved,
            lambda exc: self.show_message(
                fill(self.tr("The template was not saved: %1"), str(exc)), error=True
            ),
            what=self.tr("Save the template"),
        )

    def _check(self, edited: EditedTemplate) -> str:
        if not edited.key:
            return self.tr("Give the template a name.")
        try:
            key = normalize_key(edited.key)
        except TemplateStoreError:
            return fill(
                self.tr("“%1” cannot be a template name: use letters, digits, '_', '-' or '.'."),
                edited.key,
            )
        if any(t.key == key and t.id != edited.id for t in self.model.templates()):
            return fill(self.tr("There is already a template named “%1”."), key)
        if not any(v.body.strip() for v in edited.versions):
            return self.tr("Write the text of the template first.")
        return ""

    def _on_saved(self, template_id: int) -> None:
        self.editor.dirty = False
        self._select_after_load = template_id
        self.show_message(self.tr("The template was saved."))
        self._changed()

    def duplicate_current(self) -> None:
        template = self.current_template()
        if template is None:
            return
        template_id = template.id

        def job(db: Database) -> int:
            return duplicate_template(db, template_id)

        self._ops.change(job, Change.NONE, self._after_duplicate, self._on_failed)

    def _after_duplicate(self, template_id: int) -> None:
        self._select_after_load = template_id
        self.show_message(self.tr("A copy was made; rename it and change what differs."))
        self._changed()

    def delete_current(self) -> None:
        template = self.current_template()
        if template is None:
            return
        title = self.model.data(self.list.currentIndex()) or template.key
        if not self.confirm_delete(str(title)):
            return
        template_id = template.id
        row = self.list.currentIndex().row()
        self._select_after_load = None
        following = self.model.template(row + 1) or self.model.template(row - 1)
        if following is not None:
            self._select_after_load = following.id
        self.editor.dirty = False
        self._ops.change(
            lambda db: delete_template(db, template_id),
            Change.NONE,
            lambda _none: self._after_delete(),
            self._on_failed,
        )

    def _after_delete(self) -> None:
        if self._select_after_load is None:
            self._show(None)
        self.show_message(self.tr("The template was deleted."))
        self._changed()

    def move_current(self, step: int) -> None:
        row = self.list.currentIndex().row()
        if row >= 0 and self.model.move(row, row + step):
            self.list.setCurrentIndex(self.model.index(row + step, 0))
        self._update_buttons()

    def _save_order(self, ids: list[int]) -> None:
        self._ops.change(
            lambda db: reorder_templates(db, ids),
            Change.NONE,
            lambda _none: self.templates_changed.emit(),
            self._on_failed,
        )

    def import_file(self) -> None:
        path = self.choose_import_file()
        if not path:
            return
        file = Path(path)
        self._ops.change(
            lambda db: import_templates(db, file),
            Change.NONE,
            self._after_import,
            lambda exc: self.show_message(
                fill(self.tr("Nothing was imported: %1"), str(exc)), error=True
            ),
        )

    def _after_import(self, report: ImportReport) -> None:
        text = self.tr("%n template(s) imported.", "", len(report.added))
        if report.skipped:
            text += " " + fill(self.tr("Kept your own version of: %1."), ", ".join(report.skipped))
        self.show_message(text)
        self._changed()

    def export_file(self) -> None:
        path = self.choose_export_file()
        if not path:
            return
        file = Path(path)
        self._ops.change(
            lambda db: export_templates(db, file),
            Change.NONE,
            lambda count: self.show_message(
                fill(self.tr("%1 saved with %2 templates."), file.name, count)
            ),
            lambda exc: self.show_message(
                fill(self.tr("The templates were not exported: %1"), str(exc)), error=True
            ),
        )

    def _revert(self) -> None:
        self.editor.dirty = False
        self._show(self.current_template())

    def _on_edited(self) -> None:
        self.show_message("")
        self._update_buttons()

    def _on_failed(self, exc: Exception) -> None:
        self.show_message(fill(self.tr("That did not work: %1"), str(exc)), error=True)

    def _changed(self) -> None:
        self.templates_changed.emit()
        self.reload()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {ERROR_COLOR};" if error else "")

    def _update_buttons(self) -> None:
        row = self.list.currentIndex().row()
        has = row >= 0
        self.duplicate_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.model.rowCount() - 1)
        self.revert_button.setEnabled(self.editor.dirty)

    # Dialogs (replaceable in tests)

    def _confirm_delete(self, title: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete the template"),
            fill(self.tr("Delete “%1” in all its languages? This cannot be undone."), title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The template has changes that are not saved yet."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def _choose_import_file(self) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import templates"), "", self.tr("Template files (*.json)")
        )
        return path

    def _choose_export_file(self) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export templates"),
            "templates.json",
            self.tr("Template files (*.json)"),
        )
        return path

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor.dirty and not self._settle_unsaved():
            event.ignore()
            return
        super().closeEvent(event)
