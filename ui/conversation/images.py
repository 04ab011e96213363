"""Remote images in the reading pane: blocked unless the owner allows them.

A message's images load after "Load images" (for this session) or because its sender is
trusted ("Always load images from this sender", a setting kept in the database, see
:mod:`console.mail.remote_images`).  Allowed image URLs are handed to the
:class:`~ui.conversation.browser.SafeBrowser`, which asks for each one it needs; the
download runs on the background pool with a size limit and a timeout, never on the UI
thread, and the thread is laid out again when images have arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QImage

from console.conversations.detail import ConversationDetail
from console.mail.remote_images import (
    fetch_image,
    remote_image_urls,
    trust_sender,
    trusted_senders,
)
from ui.background import Background
from ui.changes import Change
from ui.conversation.browser import SafeBrowser
from ui.operations import Operations


def _key(url: str) -> str:
    return QUrl(url).toString()


class RemoteImages(QObject):
    changed = Signal()
    """What is allowed changed: render the thread again."""
    arrived = Signal()
    """An image was downloaded (or failed): lay the thread out again (coalesced)."""

    def __init__(
        self,
        browser: SafeBrowser,
        operations: Operations,
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._browser = browser
        self._ops = operations
        self._background = background
        self._messages: set[int] = set()
        self.trusted: frozenset[str] = frozenset()
        self.fetch = fetch_image
        browser.image_wanted.connect(self._fetch)
        operations.changed.connect(self._on_changed)
        self.reload_trusted()

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(Change.STORE):
            self._messages.clear()
            self.reload_trusted()

    def reload_trusted(self) -> None:
        if self._ops.db is None:
            return
        self._ops.query(trusted_senders, self._on_trusted, what=self.tr("Read the settings"))

    def _on_trusted(self, senders: frozenset[str]) -> None:
        if senders != self.trusted:
            self.trusted = senders
            self.changed.emit()

    def allowed_messages(self, detail: ConversationDetail) -> set[int]:
        """The messages of ``detail`` whose images may load; their URLs go to the browser."""
        allowed: set[int] = set()
        for message in detail.messages:
            if not message.html or not message.has_remote_content:
                continue
            if message.id in self._messages or message.from_email.lower() in self.trusted:
                allowed.add(message.id)
                self._browser.allowed_images.update(
                    _key(url) for url in remote_image_urls(message.html)
                )
        return allowed

    def load_message(self, message_id: int) -> None:
        self._messages.add(message_id)
        self.changed.emit()

    def trust_sender_of(self, message_id: int, detail: ConversationDetail) -> None:
        message = next((m for m in detail.messages if m.id == message_id), None)
        if message is None or not message.from_email:
            return
        email = message.from_email
        self._ops.change(
            lambda db: trust_sender(db, email),
            Change.NONE,
            self._on_trusted,
            what=self.tr("Save the setting"),
        )

    def _fetch(self, url: str) -> None:
        fetch = self.fetch
        encoded = bytes(QUrl(url).toEncoded().data()).decode("ascii", "replace")
        self._background.run(
            lambda: fetch(encoded),
            lambda data: self._on_image(url, data),
            lambda _exc: self._on_failed(url),
        )

    def _on_image(self, url: str, data: bytes) -> None:
        image = QImage()
        if not image.loadFromData(data):
            self._browser.image_failed(url)
        else:
            self._browser.add_image(url, image)
        self.arrived.emit()

    def _on_failed(self, url: str) -> None:
        self._browser.image_failed(url)
        self.arrived.emit()
