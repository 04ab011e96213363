"""A text browser that never fetches anything a message points at.

``loadResource`` is the only way a ``QTextBrowser`` reads images and stylesheets; here
it returns nothing for every URL (remote ``http(s)``, local ``file:``, ``cid:``, ``data:``)
except the app's own ``sk-icon:`` images.  So opening a message can't tell a tracker
that it was read, nor read local files.  Links are never followed by the browser:
:class:`ui.conversation.view.ConversationView` decides, after showing the real URL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ui.conversation.render import ICON_SCHEME
from ui.icons import icon, muted


class SafeBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(18)
        self.blocked: list[str] = []
        """URLs asked for and refused (for tests and diagnostics), newest last."""

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        target = QUrl(url) if isinstance(url, str) else url
        if (
            target.scheme() == ICON_SCHEME
            and int(kind) == QTextDocument.ResourceType.ImageResource.value
        ):
            size = 28
            return icon(target.path(), muted(0.75)).pixmap(size, size).toImage()
        self.blocked.append(target.toString())
        del self.blocked[:-50]
        return None
