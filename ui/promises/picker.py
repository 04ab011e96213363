"""A small date-and-time popup: to move a promise's due, or to snooze a reminder until then.

It says when the shop is closed on the chosen day (a weekend or a public holiday) but
lets the owner choose it: it is their promise.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.promises.due import BusinessHours
from ui.i18n import fill
from ui.icons import pixmap
from ui.promises.holiday_names import holiday_name
from ui.promises.look import warning


class DuePicker(QFrame):
    """Pick a day and, optionally, a time; emits :attr:`chosen` and closes."""

    chosen = Signal(object, object)
    """(date, time or None for the whole day)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        hours: BusinessHours | None = None,
        time_required: bool = False,
        minimum: date | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._hours = hours or BusinessHours()
        self._time_required = time_required
        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(False)
        if minimum is not None:
            self.calendar.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.at_time = QCheckBox(self.tr("At a set time"))
        self.at_time.setChecked(time_required)
        self.at_time.setVisible(not time_required)
        self.time = QTimeEdit()
        self.time.setDisplayFormat(self.locale().timeFormat(self.locale().FormatType.ShortFormat))
        self.time.setTime(QTime(self._hours.start.hour, self._hours.start.minute))
        self.time.setEnabled(time_required)
        self.time.setAccessibleName(self.tr("Time"))
        self.at_time.toggled.connect(self.time.setEnabled)
        self._warning_icon = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self._warning_row = QWidget()
        warning_row = QHBoxLayout(self._warning_row)
        warning_row.setContentsMargins(0, 0, 0, 0)
        warning_row.addWidget(self._warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_row.addWidget(self.warning, 1)
        self.set_button = QPushButton(self.tr("Set"))
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self._choose)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.close)

        time_row = QHBoxLayout()
        time_row.addWidget(self.at_time)
        if time_required:
            time_row.addWidget(QLabel(self.tr("Time:")))
        time_row.addWidget(self.time)
        time_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.set_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.calendar)
        layout.addLayout(time_row)
        layout.addWidget(self._warning_row)
        layout.addLayout(buttons)
        self.calendar.currentPageChanged.connect(self._mark_holidays)
        self._mark_holidays(self.calendar.yearShown(), self.calendar.monthShown())
        self.calendar.selectionChanged.connect(self._show_warning)
        self.calendar.activated.connect(lambda _day: self._choose())
        self._apply_colors()
        self._show_warning()

    def set_value(self, day: date, at: time | None) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        if at is not None:
            self.time.setTime(QTime(at.hour, at.minute))
        self.at_time.setChecked(at is not None or self._time_required)
        self._show_warning()

    def value(self) -> tuple[date, time | None]:
        selected = self.calendar.selectedDate()
        day = date(selected.year(), selected.month(), selected.day())
        if not self.at_time.isChecked():
            return day, None
        chosen = self.time.time()
        return day, time(chosen.hour(), chosen.minute())

    def popup_at(self, anchor: QWidget) -> None:
        """Show below ``anchor`` (kept on its screen)."""
        self.adjustSize()
        position = anchor.mapToGlobal(QPoint(0, anchor.height() + 2))
        screen = anchor.screen().availableGeometry() if anchor.screen() is not None else None
        if screen is not None:
            position.setX(max(screen.left(), min(position.x(), screen.right() - self.width())))
            if position.y() + self.height() > screen.bottom():
                position.setY(anchor.mapToGlobal(QPoint(0, 0)).y() - self.height() - 2)
        self.move(position)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self) -> None:
        day, at = self.value()
        self.close()
        self.chosen.emit(day, at)

    def _show_warning(self) -> None:
        day, _at = self.value()
        holiday = self._hours.holiday(day)
        if holiday is not None:
            name = holiday_name(self._hours.country, day, holiday)
            text = fill(self.tr("Your shop is closed that day: %1."), name)
        elif day.weekday() not in self._hours.workdays:
            text = self.tr("Your shop is closed that day.")
        else:
            text = ""
        self.warning.setText(text)
        self._warning_row.setVisible(bool(text))

    def _mark_holidays(self, year: int, month: int) -> None:
        """Public holidays look like the weekend: the shop is closed."""
        closed = self.calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday)
        first = date(year, month, 1)
        for offset in range(-7, 45):  # the weeks shown around the month
            day = first + timedelta(days=offset)
            if self._hours.holiday(day) is not None:
                self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), closed)

    def _apply_colors(self) -> None:
        self._warning_icon.setPixmap(pixmap("warning", 16, warning(self.palette())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)
