"""A stack of pages sized by the page on show.

``QStackedWidget`` asks for the largest minimum of all its pages, shown or not: in Russian
the hidden callback queue alone made the inbox column 354 px wide at the least, and the
window too wide for a 1,366-px screen. ``PageStack`` asks for what the page on show needs
and tells its layout again whenever the page changes.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget, QWidget


class PageStack(QStackedWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        # As a layout reads a widget's minimum: its own minimum size wins over its hint.
        return page.minimumSizeHint().expandedTo(page.minimumSize())
