"""The templates sidebar (a dock): find a template, preview it filled in, insert it.

Templates are grouped by category and filtered as you type.  Selecting one shows it
filled in for the open conversation's customer, in the customer's language when the
template has it (a row of language buttons switches with one click); values the shop
does not know yet are marked (``[order.number]``).  Double-click, Enter, the Insert
button or Ctrl+1…Ctrl+9 (the template's shortcut) insert it at the composer's cursor
through :attr:`TemplateSidebar.insert_requested`.

The customer's values are read once per conversation on the DB worker
(:func:`ui.templates.filling.load_values`); filling in a template afterwards needs no
database, so the preview follows the selection without waiting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from console.conversations.detail import ConversationDetail
from console.outbox.preferences import DEFAULT_LANGUAGE, shop_language
from console.storage.database import Database
from console.templates.starter import ensure_starter_templates
from console.templates.store import MAX_SHORTCUT, StoredTemplate, list_templates
from ui import format as fmt
from ui.changes import Change
from ui.composer.gaps import gap_background
from ui.i18n import fill
from ui.icons import icon, muted
from ui.operations import Operations
from ui.templates.delegate import TemplateDelegate
from ui.templates.filling import (
    FilledTemplate,
    TemplateTarget,
    TemplateValues,
    empty_values,
    fill_template,
    load_values,
    preview_html,
)
from ui.templates.manager import TemplateManager
from ui.templates.model import TemplateTreeModel


@dataclass(frozen=True, slots=True)
class _Loaded:
    templates: list[StoredTemplate]
    shop_language: str


def _load_templates(db: Database) -> _Loaded:
    """Seed the starter set into a new shop, then read all templates (DB worker)."""
    ensure_starter_templates(db)
    return _Loaded(list_templates(db), shop_language(db))


class _SearchKeys(QObject):
    """Down goes from the search field to the list; Enter inserts the first match."""

    def __init__(self, sidebar: TemplateSidebar) -> None:
        super().__init__(sidebar)
        self._sidebar = sidebar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Down:
            self._sidebar.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._sidebar.insert_current()
            return True
        return False


class TemplateSidebar(QDockWidget):
    insert_requested = Signal(object)
    loaded = Signal()
    """The templates were read (again): the starter set may have just been added."""
    """A :class:`FilledTemplate` to insert at the composer's cursor."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateSidebar")
        self.setWindowTitle(self.tr("Templates"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self._ops = operations
        self._target: TemplateTarget | None = None
        self._values: TemplateValues = empty_values()
        self._values_ready = True
        self._values_request = 0
        self._language: str | None = None
        """The language picked with a language button (None: the automatic choice)."""
        self._pending_shortcut: int | None = None
        self._shop_language = DEFAULT_LANGUAGE
        self.filled: FilledTemplate | None = None
        self.manager: TemplateManager | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search templates"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search", muted(0.6)), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._on_search)
        self.search.installEventFilter(_SearchKeys(self))

        self.model = TemplateTreeModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setItemDelegate(TemplateDelegate(self.tree))
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_preview())
        self.tree.doubleClicked.connect(lambda _index: self.insert_current())
        self.tree.activated.connect(lambda _index: self.insert_current())
        self.model.modelReset.connect(self._after_reset)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        self._language_row = QHBoxLayout()
        self._language_row.setContentsMargins(0, 0, 0, 0)
        self._language_row.setSpacing(2)
        self._language_group = QButtonGroup(self)
        self._language_group.setExclusive(True)
        self.language_label = QLabel(self.tr("Language:"))
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.subject.setTextFormat(Qt.TextFormat.RichText)
        subject_font = self.subject.font()
        subject_font.setBold(True)
        self.subject.setFont(subject_font)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.insert_button = QPushButton(self.tr("Insert"))
        self.insert_button.setToolTip(self.tr("Insert the template where the cursor is"))
        self.insert_button.clicked.connect(self.insert_current)
        self.manage_button = QPushButton(self.tr("Manage…"))
        self.manage_button.setFlat(True)
        self.manage_button.setToolTip(self.tr("Create, edit, sort, import and export templates"))
        self.manage_button.clicked.connect(self.open_manager)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(8, 8, 8, 4)
        top_layout.setSpacing(6)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.empty, 1)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(8, 4, 8, 8)
        bottom_layout.setSpacing(6)
        languages = QHBoxLayout()
        languages.setSpacing(6)
        languages.addWidget(self.language_label)
        languages.addLayout(self._language_row)
        languages.addStretch(1)
        bottom_layout.addLayout(languages)
        bottom_layout.addWidget(self.subject)
        bottom_layout.addWidget(self.preview, 1)
        bottom_layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manage_button)
        buttons.addStretch(1)
        buttons.addWidget(self.insert_button)
        bottom_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 260])
        self.setWidget(splitter)
        self.setMinimumWidth(260)

        self.shortcut_actions: list[QAction] = []
        for number in range(1, MAX_SHORTCUT + 1):
            action = QAction(fill(self.tr("Insert template %1"), number), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, n=number: self.insert_shortcut(n))
            self.addAction(action)
            self.shortcut_actions.append(action)

        operations.changed.connect(self._on_changed)
        self._apply_colors()
        self._show_preview()

    # Public API

    def install_shortcuts(self, widget: QWidget) -> None:
        """Make Ctrl+1…Ctrl+9 work in ``widget``'s window too (a dialog, a floating dock)."""
        widget.addActions(self.shortcut_actions)

    def open_manager(self) -> TemplateManager:
        """The template manager; the sidebar follows what is changed there."""
        if self.manager is None:
            self.manager = TemplateManager(self._ops, self.window())
            self.manager.templates_changed.connect(self.reload)
        self.manager.show()
        self.manager.raise_()
        self.manager.activateWindow()
        return self.manager

    def reload(self) -> None:
        """Read the templates again (after the manager changed them, or a new store)."""
        if self._ops.db is None:
            return
        self._ops.change(
            _load_templates, Change.NONE, self._on_templates, what=self.tr("Read the templates")
        )

    def set_conversation(self, detail: ConversationDetail | None) -> None:
        """Fill templates in for this conversation (connect ``ConversationView.loaded``)."""
        if detail is None:
            self.set_target(None)
            return
        self.set_target(
            TemplateTarget(
                conversation_id=detail.id,
                customer_id=detail.customer_id,
                customer_email=detail.customer_email or None,
                customer_name=detail.customer_name or None,
            )
        )

    def set_target(self, target: TemplateTarget | None, *, force: bool = False) -> None:
        """Fill templates in for ``target`` (None: nobody in particular)."""
        if target == self._target and not force:
            return
        self._target = target
        self._language = None
        self._values_request += 1
        if target is None or self._ops.db is None:
            self._values = empty_values(self._shop_language)
            self._values_ready = True
            self._show_preview()
            return
        self._values_ready = False
        request = self._values_request
        self._ops.query(
            lambda db: load_values(db, target),
            lambda values: self._on_values(request, values),
            what=self.tr("Read the customer's details for templates"),
        )

    @property
    def values(self) -> TemplateValues:
        return self._values

    def current_template(self) -> StoredTemplate | None:
        return self.model.template(self.tree.currentIndex())

    def select_template(self, template_id: int) -> bool:
        index = self.model.index_of(template_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def set_language(self, language: str | None) -> None:
        """Show (and insert) the current template in ``language``; None: automatic."""
        self._language = language
        self._show_preview()

    def insert_current(self) -> None:
        template = self.current_template()
        if template is None:
            index = self.model.first_template_index()
            template = self.model.template(index)
            if template is None:
                return
            self.tree.setCurrentIndex(index)
        self._insert(template)

    def insert_shortcut(self, number: int) -> None:
        """Ctrl+``number``: insert the template with that shortcut."""
        if not self._values_ready:
            self._pending_shortcut = number  # inserted once the values arrive
            return
        template = next((t for t in self.model.all_templates() if t.shortcut == number), None)
        if template is not None:
            self._insert(template)

    # Loading

    def _on_templates(self, loaded: _Loaded) -> None:
        self._shop_language = loaded.shop_language
        current = self.current_template()
        self.model.set_templates(loaded.templates, loaded.shop_language)
        if current is not None:
            self.select_template(current.id)
        self.loaded.emit()

    def _on_values(self, request: int, values: TemplateValues) -> None:
        if request != self._values_request:
            return
        self._values = values
        self._values_ready = True
        self._show_preview()
        if self._pending_shortcut is not None:
            number, self._pending_shortcut = self._pending_shortcut, None
            self.insert_shortcut(number)

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(Change.STORE):
            self.reload()
        if changes.touches(Change.CUSTOMER | Change.STORE) and self._target is not None:
            self.set_target(self._target, force=True)

    # Showing

    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)

    def _after_reset(self) -> None:
        self.tree.expandAll()
        has_rows = self.model.rowCount() > 0
        self.tree.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not self.model.all_templates():
            self.empty.setText(self.tr("No templates yet. Create one with Manage…"))
        else:
            self.empty.setText(
                fill(self.tr("No template matches “%1”."), self.search.text().strip())
            )
        if not self.tree.currentIndex().isValid() or self.current_template() is None:
            first = self.model.first_template_index()
            if first.isValid():
                self.tree.setCurrentIndex(first)
        self._show_preview()

    def _fill(self, template: StoredTemplate) -> FilledTemplate | None:
        language = self._language if self._language in template.versions else None
        return fill_template(template, self._values, language)

    def _show_preview(self) -> None:
        template = self.current_template()
        filled = self._fill(template) if template is not None else None
        self.filled = filled
        self.insert_button.setEnabled(filled is not None and filled.problem is None)
        self._show_languages(filled)
        if filled is None:
            self.subject.setText("")
            self.preview.setHtml("")
            self.note.setText(self.tr("Choose a template to see it filled in for this customer."))
            return
        if filled.problem is not None:
            self.subject.setText("")
            self.preview.setPlainText("")
            self.note.setText(fill(self.tr("This template has an error: %1"), filled.problem))
            return
        color = gap_background(self.preview.palette()).name()
        self.subject.setText(preview_html(filled.subject, filled.markers, color))
        self.preview.setHtml(
            '<div style="white-space: pre-wrap">'
            + preview_html(filled.body, filled.markers, color)
            + "</div>"
        )
        notes = []
        if not filled.exact:
            notes.append(
                fill(
                    self.tr("There is no version in the customer's language; this is %1."),
                    fmt.language_name(filled.language),
                )
            )
        if filled.missing:
            notes.append(
                fill(
                    self.tr("Not known yet, marked in the text: %1. Fill them in before sending."),
                    ", ".join(filled.markers),
                )
            )
        self.note.setText("\n".join(notes))

    def _show_languages(self, filled: FilledTemplate | None) -> None:
        for button in self._language_group.buttons():
            self._language_group.removeButton(button)
            button.deleteLater()
        available = filled.available if filled is not None else ()
        self.language_label.setVisible(bool(available))
        for language in available:
            button = QToolButton()
            button.setText(language.upper())
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setChecked(filled is not None and language == filled.language)
            button.setToolTip(fill(self.tr("Use the %1 version"), fmt.language_name(language)))
            button.setAccessibleName(fmt.language_name(language))
            button.setProperty("language", language)
            button.clicked.connect(lambda _checked=False, code=language: self.set_language(code))
            self._language_group.addButton(button)
            self._language_row.addWidget(button)

    def language_buttons(self) -> list[QToolButton]:
        return [b for b in self._language_group.buttons() if isinstance(b, QToolButton)]

    def _insert(self, template: StoredTemplate) -> None:
        filled = self._fill(template)
        if filled is not None and filled.problem is None:
            self.insert_requested.emit(filled)

    def _apply_colors(self) -> None:
        color = muted(0.7).name(QColor.NameFormat.HexArgb)
        self.note.setStyleSheet(f"color: {color};")
        self.empty.setStyleSheet(f"color: {color};")
        self.language_label.setStyleSheet(f"color: {color};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
            self._show_preview()
        super().changeEvent(event)
