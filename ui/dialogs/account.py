"""Adding a mail account: for now, how to do it on the command line.

The account wizard comes later; until then this dialog shows the exact command for this
data folder, ready to copy.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def account_commands(data_dir: Path | None) -> str:
    """The commands that add an account and fetch its mail (for ``data_dir``, if custom)."""
    prefix = "shopkeeper"
    if data_dir is not None:
        prefix += f" --data-dir {shlex.quote(str(data_dir))}"
    return (
        f"{prefix} account add --email you@your-shop.example \\\n"
        "    --imap-host imap.your-provider.example \\\n"
        "    --smtp-host smtp.your-provider.example\n"
        f"{prefix} sync"
    )


class AccountDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a mail account"))
        self.setMinimumWidth(600)
        intro = QLabel(
            self.tr(
                "Adding an account from the app comes in a later version. Until then, add it "
                "in a terminal with the command below: it asks for your password and keeps it "
                "in your system's keyring. Then start Shopkeeper again."
            )
        )
        intro.setWordWrap(True)
        self.commands = QPlainTextEdit(account_commands(data_dir))
        self.commands.setReadOnly(True)
        self.commands.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.commands.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.commands.setFixedHeight(120)
        copy = QPushButton(self.tr("Copy command"))
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.commands.toPlainText())
        )
        more = QLabel(self.tr("Run “shopkeeper account add --help” to see every option."))
        more.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addWidget(self.commands)
        layout.addWidget(more)
        layout.addWidget(buttons)
