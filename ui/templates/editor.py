"""Editing one template: its name, category, shortcut and a version per language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.outbox.preferences import LANGUAGES
from console.templates.store import MAX_SHORTCUT, StoredTemplate, Version
from ui import format as fmt
from ui.i18n import fill
from ui.icons import icon, muted
from ui.templates.names import category_title, shortcut_text

VARIABLES = (
    "{{ customer.first_name }}",
    "{{ customer.name }}",
    "{{ order.number }}",
    "{{ order.total }}",
    "{{ order.tracking_url }}",
    "{{ shop.name }}",
    "{{ agent.name }}",
    "{{ today }}",
)


@dataclass(frozen=True, slots=True)
class EditedTemplate:
    """What the editor holds: ``id`` None for a template not saved yet."""

    id: int | None
    key: str
    category: str
    shortcut: int | None
    versions: tuple[Version, ...]


class VersionPage(QWidget):
    """The subject and text of one language."""

    changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setTabChangesFocus(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.body.font().pointSizeF())
        self.body.setFont(mono)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Subject:"), self.subject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        self.subject.textEdited.connect(self.changed)
        self.body.textChanged.connect(self.changed)

    def version(self) -> Version:
        return Version(self.language, self.subject.text(), self.body.toPlainText())


class TemplateEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id: int | None = None
        self._loading = False
        self.dirty = False
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("order_received"))
        self.key.setToolTip(
            self.tr("A short name for the template: letters, digits, '_', '-' or '.'.")
        )
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.shortcut = QComboBox()
        self.shortcut.addItem(self.tr("None"), None)
        for number in range(1, MAX_SHORTCUT + 1):
            self.shortcut.addItem(shortcut_text(number), number)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.remove_language_at)
        self.add_language = QToolButton()
        self.add_language.setText(self.tr("Add a language"))
        self.add_language.setAutoRaise(True)
        self.add_language.setIcon(icon("globe"))
        self.add_language.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_language.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_language.setMenu(QMenu(self.add_language))
        self.add_language.menu().aboutToShow.connect(self._fill_language_menu)
        self.tabs.setCornerWidget(self.add_language, Qt.Corner.TopRightCorner)
        self.help = QLabel(
            fill(self.tr("Values you can use: %1"), ", ".join(VARIABLES))
            + "\n"
            + self.tr("A value that is not known shows as a marked gap, such as [order.number].")
        )
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        color = muted(0.65).name(QColor.NameFormat.HexArgb)
        self.help.setStyleSheet(f"color: {color};")

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Name:"), self.key)
        form.addRow(self.tr("Category:"), self.category)
        shortcut_row = QHBoxLayout()
        shortcut_row.addWidget(self.shortcut)
        shortcut_row.addStretch(1)
        form.addRow(self.tr("Shortcut:"), shortcut_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.help)
        self.key.textEdited.connect(self._on_changed)
        self.category.editTextChanged.connect(self._on_changed)
        self.shortcut.currentIndexChanged.connect(self._on_changed)

    @property
    def template_id(self) -> int | None:
        return self._id

    def languages(self) -> list[str]:
        return [page.language for page in self.pages()]

    def pages(self) -> list[VersionPage]:
        pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [p for p in pages if isinstance(p, VersionPage)]

    def show_template(
        self,
        template: StoredTemplate | None,
        categories: list[str],
        *,
        new_language: str = "en",
    ) -> None:
        """Edit ``template``; None starts a new one with a version in ``new_language``."""
        self._loading = True
        try:
            self._id = template.id if template is not None else None
            self.key.setText(template.key if template is not None else "")
            self.category.clear()
            for category in categories:
                self.category.addItem(category_title(category), category)
            category = template.category if template is not None else ""
            index = self.category.findData(category)
            if index >= 0:
                self.category.setCurrentIndex(index)
            else:
                self.category.setEditText(category)
            shortcut = template.shortcut if template is not None else None
            self.shortcut.setCurrentIndex(max(0, self.shortcut.findData(shortcut)))
            while self.tabs.count():
                page = self.tabs.widget(0)
                self.tabs.removeTab(0)
                if page is not None:
                    page.deleteLater()
            versions = list(template.versions.values()) if template is not None else []
            if not versions:
                versions = [Version(new_language, "", "")]
            for version in sorted(
                versions,
                key=lambda v: (
                    LANGUAGES.index(v.language) if v.language in LANGUAGES else len(LANGUAGES)
                ),
            ):
                self._add_page(version)
            self.tabs.setCurrentIndex(0)
        finally:
            self._loading = False
        self.dirty = False

    def edited(self) -> EditedTemplate:
        data = self.category.currentData()
        text = self.category.currentText().strip()
        index = self.category.currentIndex()
        category = (
            str(data)
            if data is not None and index >= 0 and self.category.itemText(index) == text
            else text
        )
        return EditedTemplate(
            id=self._id,
            key=self.key.text().strip(),
            category=category,
            shortcut=self.shortcut.currentData(),
            versions=tuple(page.version() for page in self.pages()),
        )

    def add_version(self, language: str) -> None:
        if language in self.languages():
            return
        self._add_page(Version(language, "", ""))
        self.tabs.setCurrentIndex(self.tabs.count() - 1)
        self._on_changed()

    def remove_language_at(self, index: int) -> None:
        if self.tabs.count() <= 1:
            return  # a template keeps at least one version
        page = self.tabs.widget(index)
        self.tabs.removeTab(index)
        if page is not None:
            page.deleteLater()
        self._on_changed()

    def _add_page(self, version: Version) -> None:
        page = VersionPage(version.language)
        page.subject.setText(version.subject)
        page.body.setPlainText(version.body)
        page.changed.connect(self._on_changed)
        self.tabs.addTab(page, version.language.upper())
        self.tabs.setTabToolTip(self.tabs.count() - 1, fmt.language_name(version.language))

    def _fill_language_menu(self) -> None:
        menu = self.add_language.menu()
        menu.clear()
        for language in LANGUAGES:
            if language in self.languages():
                continue
            action = QAction(f"{fmt.language_name(language)} ({language.upper()})", menu)
            action.triggered.connect(lambda _checked=False, code=language: self.add_version(code))
            menu.addAction(action)

    def _on_changed(self) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()
