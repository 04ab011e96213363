"""The order badge of a conversation row: "#1001" in a small outlined chip.

The inbox delegate can call :func:`draw_order_badge` on line two, right to left like its
other badges; the numbers come from :func:`console.orders.badges.order_numbers`, read
with the rows on the DB worker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from ui.i18n import fill
from ui.painting import chip_width, draw_chip, text_color

MAX_CHARS = 12


def badge_text(number: str) -> str:
    """ "#1001"; long references are shortened ("#QZBKXWTMV…" stays readable)."""
    shown = number if len(number) <= MAX_CHARS else number[: MAX_CHARS - 1] + "…"
    return fill(QCoreApplication.translate("OrderBadge", "#%1"), shown)


def badge_tooltip(number: str) -> str:
    return fill(QCoreApplication.translate("OrderBadge", "About order %1"), number)


def badge_width(number: str, font: QFont) -> int:
    return chip_width(badge_text(number), font)


def draw_order_badge(
    painter: QPainter,
    option: QStyleOptionViewItem,
    right: int,
    top: int,
    height: int,
    number: str,
    font: QFont,
) -> int:
    """Draw the badge ending at ``right``; returns the left edge of what it drew."""
    width = badge_width(number, font)
    chip = QRect(right - width, top, width, height)
    draw_chip(painter, chip, badge_text(number), font, text_color(option, 0.65))
    return chip.left()
