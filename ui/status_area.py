"""The status bar: sync state (or the sample shop / no-account notice) and short notices."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ui.icons import muted, pixmap

LEVELS = ("info", "busy", "ok", "warning", "error")
_ICONS = {
    "info": "info",
    "busy": "refresh",
    "ok": "check",
    "warning": "warning",
    "error": "warning",
}
ADD_ACCOUNT_LINK = "sk:add-account"


class SyncStatus(QWidget):
    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = QLabel()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self.link_activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 10, 0)
        layout.setSpacing(6)
        layout.addWidget(self._icon)
        layout.addWidget(self.label)
        self.level = "info"
        self._text = ""
        self._actions: tuple[tuple[str, str], ...] = ()

    def set_state(
        self,
        text: str,
        level: str = "info",
        link: str | None = None,
        *,
        actions: Sequence[tuple[str, str]] = (),
        tooltip: str = "",
    ) -> None:
        """Show ``text``; with ``link``, the whole text is a link reported by ``link_activated``.

        ``actions`` are (label, link) pairs shown as links after the text (the fixes for
        an error: "Enter password…", "Retry now"); ``tooltip`` adds detail on hover.
        """
        self.level = level if level in LEVELS else "info"
        color = self._color(self.level)
        self._icon.setPixmap(pixmap(_ICONS[self.level], 14, color))
        escaped = html.escape(text)
        if link:
            markup = f'<a href="{html.escape(link, quote=True)}">{escaped}</a>'
        elif self.level in ("warning", "error"):
            markup = f'<span style="color:{color.name()}">{escaped}</span>'
        else:
            markup = escaped
        for label, target in actions:
            markup += f' &nbsp;<a href="{html.escape(target, quote=True)}">{html.escape(label)}</a>'
        self.label.setText(markup)
        self._text = text
        self._actions = tuple(actions)
        self.label.setToolTip(tooltip or text)

    def text(self) -> str:
        return self._text

    def actions_offered(self) -> tuple[tuple[str, str], ...]:
        """The (label, link) fixes shown now."""
        return self._actions

    @staticmethod
    def _color(level: str) -> QColor:
        if level == "error":
            return QColor("#d93025")
        if level == "warning":
            return QColor("#c77700")
        return muted(0.7)


class Notice(QWidget):
    """A short message on the left of the status bar, optionally with an Undo button.

    Unlike ``QStatusBar.showMessage`` it can hold a button, and it clears itself.
    """

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setFlat(True)
        self.undo_button.clicked.connect(self._on_undo)
        self.undo_button.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)

    def show_text(
        self, text: str, msecs: int = 5000, *, undo: bool = False, error: bool = False
    ) -> None:
        self.label.setText(html.escape(text))
        color = SyncStatus._color("error") if error else None
        self.label.setStyleSheet(f"color: {color.name()};" if color is not None else "")
        self.undo_button.setVisible(undo)
        self._timer.start(msecs)

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self._timer.stop()
        self.label.clear()
        self.undo_button.hide()

    def _on_undo(self) -> None:
        self.clear()
        self.undo_requested.emit()
