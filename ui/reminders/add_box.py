"""The "Add a reminder" field: the owner types "next Wed 10:00 call Ana" or "sutra u 9
nazvati Marka" and sees, while typing, what it will be ("Call — Wed, Nov 25, 10:00").

The text is read with :func:`~console.reminders.natural.read_reminder` (pure and fast:
on the UI thread) in every language promises are read in; the reading that understands
most of the text (the shortest title left) wins, and on a tie the UI language, then the
shop's, then English.  So an owner may type in any of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from console.promises.languages import SUPPORTED, UnsupportedLanguage
from console.reminders.natural import TypedReminder, read_reminder
from console.storage.models import utcnow
from ui.i18n import fill
from ui.icons import muted, pixmap
from ui.promises.holiday_names import holiday_name
from ui.promises.look import css, warning
from ui.promises.names import action_icon, action_label
from ui.promises.setup import PromiseSetup
from ui.promises.when import day_text, day_time_text


@dataclass(frozen=True, slots=True)
class ReadReminder:
    typed: TypedReminder
    text: str
    language: str


class ReminderInput(QWidget):
    add_requested = Signal(object)
    """A :class:`ReadReminder` to add (Enter or the Add button)."""

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._setup = PromiseSetup()
        self._read: ReadReminder | None = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Add a reminder: “next Wed 10:00 call Ana”"))
        self.field.setAccessibleName(self.tr("Add a reminder"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text)
        self.field.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self._icon = QLabel()
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self._warning = QLabel()
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        preview_row = QHBoxLayout()
        preview_row.setContentsMargins(4, 0, 0, 0)
        preview_row.setSpacing(6)
        preview_row.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        preview_row.addWidget(self.preview, 1)
        preview_row.addWidget(self._warning, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(preview_row)
        self._show()

    def set_setup(self, setup: PromiseSetup) -> None:
        self._setup = setup
        self._on_text(self.field.text())

    def languages(self) -> list[str]:
        """The languages tried, preferred first: the UI's, the shop's, English, the rest."""
        ui = QLocale().name().split("_")[0]
        found: list[str] = []
        for code in (ui, self._setup.shop_language, "en", *SUPPORTED):
            if code in SUPPORTED and code not in found:
                found.append(code)
        return found

    def read(self) -> ReadReminder | None:
        """What the field says now, read (None: no day or time in it)."""
        return self._read

    def add(self) -> None:
        if self._read is not None:
            self.add_requested.emit(self._read)

    def clear(self) -> None:
        self.field.clear()

    def _on_text(self, text: str) -> None:
        self._read = None
        if text.strip():
            now = self._clock()
            for language in self.languages():
                try:
                    typed = read_reminder(
                        text, language, now=now, tz=self._setup.tz, hours=self._setup.hours
                    )
                except UnsupportedLanguage:
                    continue
                if typed is not None and (
                    self._read is None or _left(typed, text) < _left(self._read.typed, text)
                ):
                    self._read = ReadReminder(typed, text.strip(), language)
        self._show()

    def _show(self) -> None:
        read = self._read
        self.add_button.setEnabled(read is not None)
        color = muted(0.7)
        if read is None:
            self._icon.setPixmap(pixmap("info", 14, muted(0.5)))
            self.preview.setText(
                self.tr("Say when, e.g. “tomorrow 9:00” or “Friday 2 pm”.")
                if self.field.text().strip()
                else self.tr("Type what to do and when; Enter adds it.")
            )
            self.preview.setStyleSheet(f"color: {css(color)};")
            self._warning.hide()
            return
        typed, now, tz = read.typed, self._clock(), self._setup.tz
        resolved = typed.resolved
        when = (
            day_text(resolved.due_at, tz, now)
            if resolved.date_only
            else day_time_text(resolved.due_at, tz, now)
        )
        self._icon.setPixmap(pixmap(action_icon(typed.action), 14, muted(0.8)))
        self.preview.setText(
            fill(self.tr("%1 — %2: “%3”"), action_label(typed.action), when, typed.title)
        )
        self.preview.setStyleSheet("")
        closed = ""
        if resolved.holiday:
            name = holiday_name(self._setup.hours.country, resolved.due.day, resolved.holiday)
            closed = fill(self.tr("Your shop is closed that day: %1."), name)
        elif resolved.closed_day:
            closed = self.tr("Your shop is closed that day.")
        self._warning.setPixmap(pixmap("warning", 14, warning(self.palette())))
        self._warning.setToolTip(closed)
        self._warning.setVisible(bool(closed))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._show()
        super().changeEvent(event)


def _left(typed: TypedReminder, text: str) -> int:
    """How much of ``text`` the reading left unexplained (its title; none when the title
    fell back to the whole text, which means the time was all of it)."""
    return 0 if typed.title == text.strip() else len(typed.title)
