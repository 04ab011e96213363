"""Small painting helpers shared by the item delegates: chips, dots, faded text."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def text_color(option: QStyleOptionViewItem, alpha: float = 1.0) -> QColor:
    """The item's text colour (selected or not), optionally faded."""
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
    color = QColor(option.palette.color(role))
    color.setAlphaF(alpha)
    return color


def accent_color(option: QStyleOptionViewItem) -> QColor:
    if option.state & QStyle.StateFlag.State_Selected:
        return QColor(option.palette.color(QPalette.ColorRole.HighlightedText))
    return QColor(option.palette.color(QPalette.ColorRole.Highlight))


def warning_color(option: QStyleOptionViewItem) -> QColor:
    """An orange that reads on light and dark backgrounds (text colour when selected)."""
    if option.state & QStyle.StateFlag.State_Selected:
        return QColor(option.palette.color(QPalette.ColorRole.HighlightedText))
    dark = option.palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#f0a040") if dark else QColor("#c25e00")


def scaled_font(font: QFont, factor: float, *, bold: bool = False) -> QFont:
    result = QFont(font)
    size = font.pointSizeF()
    if size > 0:
        result.setPointSizeF(max(6.0, size * factor))
    result.setBold(bold)
    return result


def chip_width(text: str, font: QFont) -> int:
    return QFontMetrics(font).horizontalAdvance(text) + 10


def draw_chip(
    painter: QPainter, rect: QRect, text: str, font: QFont, color: QColor, *, filled: bool = False
) -> None:
    """A small rounded label such as a language code ("DE") or a count."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    frame = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
    radius = frame.height() / 2
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(frame, radius, radius)
        painter.setPen(QColor("white") if color.lightness() < 170 else QColor("black"))
    else:
        border = QColor(color)
        border.setAlphaF(color.alphaF() * 0.55)
        painter.setPen(border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, radius, radius)
        painter.setPen(color)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


def draw_dot(
    painter: QPainter, center_x: float, center_y: float, radius: float, color: QColor
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(center_x - radius, center_y - radius, 2 * radius, 2 * radius))
    painter.restore()


def draw_rule(painter: QPainter, left: int, right: int, y: int, color: QColor) -> None:
    """A one-pixel horizontal line between list rows.

    Filled as a rectangle, not drawn with ``drawLine``: Qt's raster engine strokes a
    translucent cosmetic line pixel by pixel, and hands a few hundred one-pixel spans to
    its thread pool, so each separator waited for a second core — under the load of a
    big sync that held the window for a tenth of a second per repaint.
    """
    painter.fillRect(QRect(left, y, right - left + 1, 1), color)


def draw_skeleton(painter: QPainter, rect: QRect, color: QColor) -> None:
    """A grey bar standing in for text that is still loading."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    faded = QColor(color)
    faded.setAlphaF(0.12)
    painter.setBrush(faded)
    painter.drawRoundedRect(QRectF(rect), 3, 3)
    painter.restore()
