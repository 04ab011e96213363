"""A friendly, honest placeholder for an empty list or a feature still to come."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.icons import muted, pixmap


class EmptyState(QWidget):
    def __init__(
        self, icon_name: str, title: str = "", text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._icon_name = icon_name
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title = QLabel(title)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._title.setWordWrap(True)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel(text)
        self._text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addStretch(2)
        layout.addWidget(self._icon)
        layout.addSpacing(4)
        layout.addWidget(self._title)
        # Full width, text centred: a wrapped label given an alignment in a layout is
        # sized for its one-line width and clips the lines below.
        layout.addWidget(self._text)
        layout.addStretch(3)
        self._apply_colors()

    def set_content(self, icon_name: str, title: str, text: str) -> None:
        self._icon_name = icon_name
        self._title.setText(title)
        self._text.setText(text)
        self._apply_colors()

    @property
    def title(self) -> str:
        return self._title.text()

    @property
    def text(self) -> str:
        return self._text.text()

    def _apply_colors(self) -> None:
        self._icon.setPixmap(pixmap(self._icon_name, 44, muted(0.35)))
        color = muted(0.7)
        self._text.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)
