"""Ctrl+Enter sends, from whichever field of the composer has the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

SEND_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SendKeys(QObject):
    """An event filter for the composer's fields: Ctrl+Enter calls ``send``."""

    def __init__(self, send: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._send = send

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in SEND_KEYS
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._send()
            return True
        return False
