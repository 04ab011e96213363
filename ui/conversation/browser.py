"""A text browser that never fetches anything a message points at by itself.

``loadResource`` is the only way a ``QTextBrowser`` reads images and stylesheets; here
it returns nothing for every URL (remote ``http(s)``, local ``file:``, ``cid:``, ``data:``)
except the app's own ``sk-icon:`` images, and remote images the owner allowed
(:attr:`SafeBrowser.allowed_images`).  Those are never fetched here (that would block
the UI thread): the browser asks for them with :attr:`SafeBrowser.image_wanted` and
shows them once :meth:`SafeBrowser.add_image` has them.  So opening a message can't
tell a tracker that it was read, nor read local files.  Links are never followed by the
browser: :class:`ui.conversation.view.ConversationView` decides, after showing the real
URL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ui.conversation.render import ICON_SCHEME
from ui.icons import icon, muted


class SafeBrowser(QTextBrowser):
    image_wanted = Signal(str)
    """An allowed remote image is needed and not fetched yet (its URL)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(18)
        self.blocked: list[str] = []
        """URLs asked for and refused (for tests and diagnostics), newest last."""
        self.allowed_images: set[str] = set()
        """Remote image URLs the owner allowed (only ``http``/``https``)."""
        self._images: dict[str, QImage] = {}
        self._wanted: set[str] = set()

    def add_image(self, url: str, image: QImage) -> None:
        """A fetched remote image; shown when the document is laid out again."""
        self._images[url] = image
        self._wanted.discard(url)

    def image_failed(self, url: str) -> None:
        self._wanted.discard(url)
        self._images[url] = QImage()

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        target = QUrl(url) if isinstance(url, str) else url
        if (
            target.scheme() == ICON_SCHEME
            and int(kind) == QTextDocument.ResourceType.ImageResource.value
        ):
            size = 28
            return icon(target.path(), muted(0.75)).pixmap(size, size).toImage()
        name = target.toString()
        if (
            int(kind) == QTextDocument.ResourceType.ImageResource.value
            and target.scheme() in ("http", "https")
            and name in self.allowed_images
        ):
            image = self._images.get(name)
            if image is not None:
                return image if not image.isNull() else None
            if name not in self._wanted:
                self._wanted.add(name)
                self.image_wanted.emit(name)
            return None
        self.blocked.append(target.toString())
        del self.blocked[:-50]
        return None
