"""Colours of promises and reminders that read on light and dark palettes."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from ui.painting import warning_color


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def warning(palette: QPalette) -> QColor:
    """The orange of :func:`ui.painting.warning_color` (a closed day)."""
    option = QStyleOptionViewItem()
    option.palette = palette
    return warning_color(option)


def late(palette: QPalette) -> QColor:
    """The red of something overdue."""
    return QColor("#f28b82") if is_dark(palette) else QColor("#c5221f")


def tint(palette: QPalette, alpha: float = 0.12) -> QColor:
    """The highlight colour, faded: the background of something chosen."""
    color = QColor(palette.color(QPalette.ColorRole.Highlight))
    color.setAlphaF(alpha)
    return color


def css(color: QColor) -> str:
    """``color`` for a style sheet (with its alpha)."""
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alphaF():.3f})"
