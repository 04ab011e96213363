"""A round avatar with a customer's initials, in a colour derived from their name."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

_HUES = (262, 145, 205, 25, 330, 95, 185, 5)


def initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").replace("_", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def avatar(name: str, size: int, scale: float = 1.0) -> QPixmap:
    digest = hashlib.sha1(name.encode("utf-8")).digest()
    color = QColor.fromHsl(_HUES[digest[0] % len(_HUES)], 120, 118)
    pixels = round(size * scale)
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(0, 0, pixels, pixels))
    font = QFont()
    font.setPixelSize(round(pixels * 0.38))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, pixels, pixels), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    pixmap.setDevicePixelRatio(scale)
    return pixmap
