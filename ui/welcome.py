"""The first screen when there is nothing to show yet: try the sample shop or add mail."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import app_icon, icon, muted


class WelcomePage(QWidget):
    sample_requested = Signal()
    account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(88, 88))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Welcome to Shopkeeper"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Your customers' mail, callbacks, orders and promises in one inbox, "
                "kept on your own computer."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        color = muted(0.7)
        text.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")

        self.sample_button = QPushButton(icon("sparkles"), self.tr("Try it with a sample shop"))
        self.account_button = QPushButton(icon("mail-plus"), self.tr("Add a mail account"))
        for button in (self.sample_button, self.account_button):
            button.setMinimumSize(QSize(280, 44))
            button.setIconSize(QSize(20, 20))
        self.sample_button.setDefault(True)
        self.sample_button.clicked.connect(self.sample_requested)
        self.account_button.clicked.connect(self.account_requested)
        note = QLabel(
            self.tr("The sample shop lives in its own folder and never touches your real mail.")
        )
        note.setWordWrap(True)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setStyleSheet(f"color: {muted(0.55).name(color.NameFormat.HexArgb)};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(12)
        layout.addStretch(2)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(18)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.account_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addStretch(3)
