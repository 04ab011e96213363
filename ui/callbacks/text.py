"""Callback words and colours: waiting times, preferred windows, urgency.

Times of day are wall-clock minutes in the shop's time zone, written the way the UI
language writes a time ("17:00", "5:00 PM").
"""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from babel.dates import format_time
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from console.callbacks.queue import Urgency
from console.callbacks.windows import TimeWindow
from ui import format as fmt
from ui.i18n import TranslationContext, fill


class CallbackText(TranslationContext):
    """The "CallbackText" translation context (plural forms through ``CallbackText.tr``)."""


def clock_time(minutes: int) -> str:
    """Minutes after midnight as a time of day: "17:00", "5:00 PM"."""
    hours, rest = divmod(max(0, min(minutes, 24 * 60 - 1)), 60)
    return str(format_time(time(hours, rest), "short", locale=fmt.cldr_locale()))


def local_clock(moment: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    return clock_time(local.hour * 60 + local.minute)


def window_text(window: TimeWindow | None, written: str = "") -> str:
    """ "after 17:00", "before 12:00", "09:00–11:00"; what the customer wrote when the
    window could not be read; "" for none."""
    if window is None:
        return written.strip()
    if window.start is not None and window.end is not None:
        return fill(
            QCoreApplication.translate("CallbackText", "%1–%2"),
            clock_time(window.start),
            clock_time(window.end),
        )
    if window.start is not None:
        return fill(
            QCoreApplication.translate("CallbackText", "after %1"), clock_time(window.start)
        )
    if window.end is not None:
        return fill(QCoreApplication.translate("CallbackText", "before %1"), clock_time(window.end))
    return written.strip()


def duration_text(span: timedelta) -> str:
    """A live timer: "now", "12 min", "1 h 05 min", "3 h", "2 d"."""
    minutes = max(0, int(span.total_seconds() // 60))
    if minutes < 1:
        return QCoreApplication.translate("CallbackText", "now")
    if minutes < 60:
        return CallbackText.tr("%n min", None, minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 6 and rest:
        return fill(QCoreApplication.translate("CallbackText", "%1 h %2 min"), hours, f"{rest:02d}")
    if hours < 48:
        return CallbackText.tr("%n h", None, hours)
    return CallbackText.tr("%n d", None, hours // 24)


def due_text(due: datetime, now: datetime, zone: tzinfo) -> str:
    """When a scheduled request becomes due: "after 17:00", "Fri, 13 Mar, after 17:00"."""
    clock = local_clock(due, zone)
    if due.astimezone(zone).date() == now.astimezone(zone).date():
        return fill(QCoreApplication.translate("CallbackText", "after %1"), clock)
    return fill(
        QCoreApplication.translate("CallbackText", "%1, after %2"),
        fmt.short_date(due.astimezone(zone), now),
        clock,
    )


def urgency_text(urgency: Urgency | None) -> str:
    match urgency:
        case Urgency.SCHEDULED:
            return QCoreApplication.translate("CallbackText", "Later")
        case Urgency.FRESH:
            return QCoreApplication.translate("CallbackText", "Just asked")
        case Urgency.WAITING:
            return QCoreApplication.translate("CallbackText", "Waiting")
        case Urgency.OVERDUE:
            return QCoreApplication.translate("CallbackText", "Waiting long")
        case _:
            return QCoreApplication.translate("CallbackText", "Closed")


def urgency_color(urgency: Urgency | None, palette: QPalette) -> QColor:
    """Green, amber, red for fresh, waiting, overdue; the faded text colour otherwise.

    Tones are picked for the palette's background so they read on light and dark.
    """
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    match urgency:
        case Urgency.FRESH:
            return QColor("#4cc38a" if dark else "#1a7f4b")
        case Urgency.WAITING:
            return QColor("#f0a040" if dark else "#b35c00")
        case Urgency.OVERDUE:
            return QColor("#ff6b6b" if dark else "#c62828")
        case _:
            color = QColor(palette.color(QPalette.ColorRole.Text))
            color.setAlphaF(0.55)
            return color
