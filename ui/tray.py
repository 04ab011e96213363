"""The tray icon: how many things wait for the owner, and a way back to the window.

The count is what needs doing: conversations whose newest message is the customer's
(later also overdue reminders and callbacks), from :mod:`console.inbox.counts`.

Closing the window can keep the app running here (so mail keeps arriving); the choice
is in the tray menu and remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

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
        self.notifications: list[tuple[str, str]] = []
        """Messages shown (title, text), newest last: for tests and diagnostics."""
        menu = QMenu(parent)
        self._show = QAction(self.tr("Show Shopkeeper"), menu)
        self._show.triggered.connect(self.show_requested)
        self.keep_action = QAction(self.tr("Keep running when the window is closed"), menu)
        self.keep_action.setCheckable(True)
        self.keep_action.setChecked(keep_in_tray_chosen())
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
        self.set_waiting_count(0)

    @property
    def waiting_count(self) -> int:
        return self._count

    def set_waiting_count(self, count: int) -> None:
        """Show how many items wait for the owner (badge and tooltip)."""
        if count == self._count and self.toolTip():
            return
        self._count = count
        self.setIcon(badge_icon(count))
        if count:
            self.setToolTip(self.tr("Shopkeeper: %n item(s) waiting for you", "", count))
        else:
            self.setToolTip(self.tr("Shopkeeper: nothing is waiting"))

    def notify(self, title: str, text: str) -> None:
        """Show a desktop notification (when the system shows them)."""
        self.notifications.append((title, text))
        del self.notifications[:-20]
        if self.supportsMessages():
            self.showMessage(title, text, app_icon(), 8000)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()


def keep_in_tray_chosen() -> bool:
    """The owner's choice (default: yes), whether or not there is a tray now."""
    value = QSettings().value(KEEP_IN_TRAY, True)
    return value if isinstance(value, bool) else str(value).lower() == "true"


def keep_in_tray() -> bool:
    """Whether closing the window keeps the app in the tray (default: yes, if there is one)."""
    return keep_in_tray_chosen() and QSystemTrayIcon.isSystemTrayAvailable()
