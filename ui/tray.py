"""The tray icon: how many conversations are open, and a way back to the window.

Closing the window can keep the app running here (so mail keeps arriving); the choice
is in the tray menu and remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from ui.i18n import fill
from ui.icons import app_icon

KEEP_IN_TRAY = "window/keepInTray"


def badge_icon(count: int, size: int = 64) -> QIcon:
    """The app icon with ``count`` in a red badge (none for 0)."""
    base = app_icon().pixmap(size, size)
    if count <= 0:
        return QIcon(base)
    pixmap = QPixmap(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    diameter = size * 0.56
    rect = QRectF(size - diameter, 0, diameter, diameter)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#d93025"))
    painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(diameter * (0.55 if len(text) < 3 else 0.4)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class Tray(QSystemTrayIcon):
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(app_icon(), parent)
        self._count = 0
        menu = QMenu(parent)
        self._show = QAction(self.tr("Show Shopkeeper"), menu)
        self._show.triggered.connect(self.show_requested)
        self.keep_action = QAction(self.tr("Keep running when the window is closed"), menu)
        self.keep_action.setCheckable(True)
        self.keep_action.setChecked(keep_in_tray())
        self.keep_action.toggled.connect(lambda on: QSettings().setValue(KEEP_IN_TRAY, on))
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(self._show)
        menu.addSeparator()
        menu.addAction(self.keep_action)
        menu.addSeparator()
        menu.addAction(quit_action)
        self._menu = menu
        self.setContextMenu(menu)
        self.activated.connect(self._on_activated)
        self.set_open_count(0)

    @property
    def open_count(self) -> int:
        return self._count

    def set_open_count(self, count: int) -> None:
        self._count = count
        self.setIcon(badge_icon(count))
        if count:
            self.setToolTip(fill(self.tr("Shopkeeper: open conversations: %1"), count))
        else:
            self.setToolTip(self.tr("Shopkeeper: nothing open"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()


def keep_in_tray() -> bool:
    """Whether closing the window keeps the app in the tray (default: yes, if there is one)."""
    value = QSettings().value(KEEP_IN_TRAY, True)
    enabled = value if isinstance(value, bool) else str(value).lower() == "true"
    return enabled and QSystemTrayIcon.isSystemTrayAvailable()
