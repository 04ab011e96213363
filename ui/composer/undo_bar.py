"""The "Undo send" bar: the message waits out the undo delay in the outbox, visibly."""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n import fill
from ui.icons import pixmap

DONE_MS = 4000
"""How long "Sent." or a failure stays in the bar."""


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    return QColor(
        round(a.red() * (1 - amount) + b.red() * amount),
        round(a.green() * (1 - amount) + b.green() * amount),
        round(a.blue() * (1 - amount) + b.blue() * amount),
    )


class UndoSendBar(QFrame):
    """Shows "Sending to Ana in 5 s" with Undo and Send now; hidden otherwise."""

    undo_requested = Signal(int)
    """The outbox id to take back."""
    send_now_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoSendBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.outbox_id: int | None = None
        self._to = ""
        self._remaining = 0
        self._icon = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._on_undo)
        self.send_now_button = QPushButton(self.tr("Send now"))
        self.send_now_button.setFlat(True)
        self.send_now_button.clicked.connect(self._on_send_now)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(8)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.send_now_button)
        layout.addWidget(self.undo_button)
        self.hide()

    @property
    def counting(self) -> bool:
        return self._tick.isActive()

    def start(self, outbox_id: int, to: str, seconds: float) -> None:
        """Count down ``seconds`` for the message ``outbox_id`` to ``to``."""
        self.outbox_id = outbox_id
        self._to = to
        self._remaining = max(0, math.ceil(seconds))
        self._hide_timer.stop()
        self.undo_button.setEnabled(True)
        self.undo_button.show()
        self.send_now_button.setVisible(self._remaining > 0)
        self._icon.setPixmap(pixmap("send", 16, self._accent()))
        self._show_count()
        self.show()
        if self._remaining > 0:
            self._tick.start()
        else:
            self.show_result(self.tr("Sending…"), keep=True)

    def show_result(self, text: str, *, error: bool = False, keep: bool = False) -> None:
        """Replace the countdown with ``text``; the bar hides itself after a moment."""
        self._tick.stop()
        self.label.setText(text)
        self.send_now_button.hide()
        self.undo_button.setVisible(error)
        name = "warning" if error else "send"
        self._icon.setPixmap(pixmap(name, 16, QColor("#d93025") if error else self._accent()))
        self.show()
        if not keep:
            self._hide_timer.start(DONE_MS * (3 if error else 1))

    def dismiss(self) -> None:
        self._tick.stop()
        self._hide_timer.stop()
        self.outbox_id = None
        self.hide()

    def _show_count(self) -> None:
        if self._to:
            text = fill(self.tr("Sending to %1 in %n s.", "", self._remaining), self._to)
        else:
            text = self.tr("Sending in %n s.", "", self._remaining)
        self.label.setText(text)

    def _on_tick(self) -> None:
        self._remaining -= 1
        if self._remaining > 0:
            self._show_count()
            return
        self.undo_button.setEnabled(False)
        self.show_result(self.tr("Sending…"), keep=True)

    def _on_undo(self) -> None:
        if self.outbox_id is not None:
            self.undo_button.setEnabled(False)
            self.undo_requested.emit(self.outbox_id)

    def _on_send_now(self) -> None:
        if self.outbox_id is not None:
            self.send_now_button.hide()
            self.send_now_requested.emit(self.outbox_id)

    def _accent(self) -> QColor:
        return QColor(self.palette().color(QPalette.ColorRole.Highlight))

    def paintEvent(self, event: QPaintEvent) -> None:
        # Painted, not set in the palette, so it follows a light/dark switch by itself.
        painter = QPainter(self)
        base = self.palette().color(QPalette.ColorRole.Window)
        painter.fillRect(self.rect(), blend(base, self._accent(), 0.14))
        painter.end()
        super().paintEvent(event)
