"""Search fields that Escape leaves: the focus goes back to the list they filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit


class _EscapeLeaves(QObject):
    def __init__(self, field: QLineEdit, target: QAbstractItemView) -> None:
        super().__init__(field)
        self._field = field
        self._target = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self._target.model() is not None and self._target.model().rowCount() > 0:
                index = self._target.currentIndex()
                if not index.isValid():
                    self._target.setCurrentIndex(self._target.model().index(0, 0))
            return True
        return False


def escape_leaves(field: QLineEdit, target: QAbstractItemView) -> None:
    """Pressing Escape in ``field`` moves the focus to ``target`` (the search text stays)."""
    field.installEventFilter(_EscapeLeaves(field, target))
