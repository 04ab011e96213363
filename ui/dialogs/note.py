"""Adding a note to a conversation (it goes on the customer's timeline)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill


class NoteDialog(QDialog):
    def __init__(self, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a note"))
        self.setMinimumWidth(440)
        intro = QLabel(
            fill(self.tr("The note is kept on %1's timeline. Only you see it."), customer_name)
            if customer_name
            else self.tr("The note is kept with this conversation. Only you see it.")
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("What happened, what was agreed, what to do next…"))
        self.editor.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add note"))
        ok.setEnabled(False)
        self.editor.textChanged.connect(
            lambda: ok.setEnabled(bool(self.editor.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self._accept_if_valid)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        hint = QLabel(self.tr("Ctrl+Enter adds the note."))
        hint.setEnabled(False)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def _accept_if_valid(self) -> None:
        if self.text():
            self.accept()
