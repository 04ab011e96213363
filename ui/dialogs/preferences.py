"""Preferences: notifications, running in the tray, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui import preferences
from ui.translations import native_name
from ui.tray import KEEP_IN_TRAY, keep_in_tray_chosen


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.notify = QCheckBox(self.tr("Show a notification when a customer writes"))
        self.notify.setChecked(preferences.notify_new_mail())
        self.keep_in_tray = QCheckBox(self.tr("Keep running in the tray when the window is closed"))
        self.keep_in_tray.setChecked(keep_in_tray_chosen())
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code in preferences.LANGUAGES:
            self.language.addItem(native_name(code), code)
        index = self.language.findData(preferences.language())
        self.language.setCurrentIndex(max(0, index))
        restart = QLabel(self.tr("A new language is used the next time Shopkeeper starts."))
        restart.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(restart)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notify)
        layout.addWidget(self.keep_in_tray)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.save()
        super().accept()

    def save(self) -> None:
        preferences.set_notify_new_mail(self.notify.isChecked())
        QSettings().setValue(KEEP_IN_TRAY, self.keep_in_tray.isChecked())
        preferences.set_language(str(self.language.currentData() or ""))
