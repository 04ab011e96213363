"""The app's icons: small SVGs in ``ui/resources/icons``, drawn in the palette's colours.

The SVGs use ``currentColor``; each is recoloured for the colour asked for (by default the
palette's text colour), so they follow a light or dark system theme.  Call
:func:`clear_cache` when the palette changes.

A recoloured SVG is written once to a folder of this process and loaded with Qt's SVG
icon engine, which draws each size when it is first shown: drawing every icon in six sizes
up front took a tenth of a second of the window's start.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).with_name("resources") / "icons"
_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def _svg(name: str) -> str:
    return (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")


def _render(data: bytes, size: int, scale: float, opacity: float = 1.0) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    pixels = max(1, round(size * scale))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(scale)
    return pixmap


def _scale() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


@cache
def _recoloured_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="shopkeeper-icons-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


@cache
def _icon(name: str, rgb: str, opacity: float) -> QIcon:
    # QtSvg does not read rgba() colours: draw opaque, fade the whole drawing.
    svg = _svg(name).replace("currentColor", rgb)
    if opacity < 1.0:
        head_end = svg.index(">") + 1
        closing = svg.rindex("</svg>")
        svg = f'{svg[:head_end]}<g opacity="{opacity}">{svg[head_end:closing]}</g></svg>'
    path = _recoloured_dir() / f"{name}-{rgb.lstrip('#')}-{round(opacity * 1000)}.svg"
    path.write_text(svg, encoding="utf-8")
    icon = QIcon(str(path))
    if icon.isNull():  # no SVG icon engine: draw the sizes now
        scale = _scale()
        data = svg.encode("utf-8")
        for size in _SIZES:
            icon.addPixmap(_render(data, size, scale))
    return icon


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon ``name`` (a file in ``ui/resources/icons``) drawn in ``color``."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, color.name(QColor.NameFormat.HexRgb), round(color.alphaF(), 3))


def muted(alpha: float = 0.62) -> QColor:
    """The palette's text colour, faded: for secondary text and icons."""
    color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.WindowText))
    color.setAlphaF(alpha)
    return color


@cache
def app_icon() -> QIcon:
    icon = QIcon(str(ICON_DIR / "app.svg"))
    if icon.isNull():  # no SVG icon engine
        data = _svg("app").encode("utf-8")
        for size in (16, 24, 32, 48, 64, 128, 256):
            icon.addPixmap(_render(data, size, 1.0))
    return icon


def pixmap(name: str, size: int, color: QColor | None = None) -> QPixmap:
    return icon(name, color).pixmap(size, size)


def clear_cache() -> None:
    _icon.cache_clear()
