"""The reliability figure: promises kept on time this week and this month, in percent
(from :mod:`console.reminders.report`), with the counts in its tooltip."""

from __future__ import annotations

from babel.numbers import format_percent
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from console.reminders.report import Reliability
from ui.format import cldr_locale
from ui.i18n import fill
from ui.icons import muted
from ui.promises.look import css


def percent_text(value: float | None) -> str:
    """ "92 %" (de, hr), "92%" (en), "%92" (tr); "–" when nothing can be judged yet."""
    if value is None:
        return "–"
    return str(format_percent(value / 100, locale=cldr_locale()))


class ReliabilityLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._styling = False
        self._apply_colors()

    def show_figures(self, week: Reliability | None, month: Reliability | None) -> None:
        if week is None or month is None:
            self.setText("")
            self.setToolTip("")
            return
        if month.judged == 0:
            self.setText(self.tr("Promises kept on time: none due yet this month."))
        else:
            self.setText(
                fill(
                    self.tr("Promises kept on time: %1 this week, %2 this month"),
                    percent_text(week.percent),
                    percent_text(month.percent),
                )
            )
        self.setToolTip(
            "\n".join(
                (
                    fill(
                        self.tr("This week: %1 kept on time, %2 late, %3 missed, %4 still open."),
                        week.kept_on_time,
                        week.kept_late,
                        week.missed,
                        week.open,
                    ),
                    fill(
                        self.tr("This month: %1 kept on time, %2 late, %3 missed, %4 still open."),
                        month.kept_on_time,
                        month.kept_late,
                        month.missed,
                        month.open,
                    ),
                )
            )
        )

    def _apply_colors(self) -> None:
        if self._styling:
            return  # setting a style sheet changes the palette too
        self._styling = True
        try:
            self.setStyleSheet(f"color: {css(muted(0.65))};")
        finally:
            self._styling = False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)
