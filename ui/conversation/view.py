"""The reading pane: the conversation's subject, status and actions above its thread.

It loads :func:`console.conversations.detail.conversation_detail` through the operations
layer and renders it with :mod:`ui.conversation.render`.  Links in mail are never opened
directly: the real address is shown first (and on hover, in a tooltip and the status
bar).  Attachments open in the system's viewer or are saved where the owner says
(:mod:`ui.conversation.attachments`); remote images load only when the owner asks, for
one message or always for a sender (:mod:`ui.conversation.images`).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QCursor, QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from console.conversations.detail import ConversationDetail, conversation_detail
from console.domain.status import ConversationStatus
from ui import format as fmt
from ui.background import Background
from ui.changes import CONVERSATION, Change
from ui.conversation.attachments import AttachmentActions
from ui.conversation.browser import SafeBrowser
from ui.conversation.images import RemoteImages
from ui.conversation.render import (
    ATTACHMENT_SCHEME,
    IMAGES_SCHEME,
    QUOTE_SCHEME,
    SENDER_IMAGES_SCHEME,
    ThreadColors,
    thread_html,
)
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import muted
from ui.operations import Operations

SAFE_SCHEMES = ("http", "https", "mailto")


class ConversationView(QWidget):
    loaded = Signal(object)
    """The :class:`ConversationDetail` now shown, or None."""
    link_hovered = Signal(str)

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._background = background or Background(self)
        self._detail: ConversationDetail | None = None
        self._requested: int | None = None
        self._request = 0
        self._expanded: set[int] = set()
        self._now: datetime | None = None
        self.owner_name = ""
        self.confirm_link: Callable[[QUrl], bool] = self._confirm_link
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl

        self._subject = QLabel()
        self._subject.setWordWrap(True)
        self._subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self._subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._subject.setFont(font)
        self._meta = QLabel()
        self._meta.setTextFormat(Qt.TextFormat.RichText)
        self._toolbar = QToolBar()
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toolbar.setMovable(False)
        self._toolbar.setFloatable(False)
        self._toolbar.installEventFilter(self)

        self.browser = SafeBrowser()
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.highlighted.connect(self._on_hover)
        self.attachments = AttachmentActions(self, operations)
        self.images = RemoteImages(self.browser, operations, self._background, self)
        self.images.changed.connect(lambda: self._render(keep_scroll=True))
        self._rerender = QTimer(self)
        self._rerender.setSingleShot(True)
        self._rerender.setInterval(150)
        self._rerender.timeout.connect(lambda: self._render(keep_scroll=True))
        self.images.arrived.connect(self._rerender.start)

        self._toolbar.setIconSize(QSize(18, 18))
        # Never shown: the same buttons with their text, to measure whether they fit.
        self._measure = QToolBar(self)
        self._measure.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._measure.setIconSize(QSize(18, 18))
        self._measure.hide()
        header = QVBoxLayout()
        header.setContentsMargins(20, 14, 20, 6)
        header.setSpacing(4)
        header.addWidget(self._subject)
        header.addWidget(self._meta)
        header.addSpacing(4)
        header.addWidget(self._toolbar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setStyleSheet(f"color: {muted(0.15).name(QColor.NameFormat.HexArgb)};")

        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addLayout(header)
        page_layout.addWidget(line)
        self._reading = QSplitter(Qt.Orientation.Vertical)
        self._reading.addWidget(self.browser)
        self._reading.setChildrenCollapsible(False)
        page_layout.addWidget(self._reading, 1)

        self._empty = EmptyState(
            "mail",
            self.tr("No conversation selected"),
            self.tr("Choose a conversation from the list to read it here."),
        )
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(page)
        self._page = page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)
        operations.changed.connect(self._on_changed)

    # Public API

    @property
    def detail(self) -> ConversationDetail | None:
        return self._detail

    @property
    def conversation_id(self) -> int | None:
        return self._requested

    @property
    def action_bar(self) -> QToolBar:
        """The buttons over the thread (read-only use: their actions come from
        :meth:`set_actions`)."""
        return self._toolbar

    def set_actions(self, actions: Sequence[QAction | None]) -> None:
        """The action buttons over the thread (None is a separator)."""
        for toolbar in (self._toolbar, self._measure):
            toolbar.clear()
            for action in actions:
                if action is None:
                    toolbar.addSeparator()
                else:
                    toolbar.addAction(action)
        self._fit_toolbar()

    def set_now(self, now: datetime | None) -> None:
        self._now = now

    def attach_composer(self, composer: QWidget) -> None:
        """Put the reply composer under the messages, with a splitter between them."""
        self._reading.addWidget(composer)
        self._reading.setStretchFactor(0, 3)
        self._reading.setStretchFactor(1, 2)

    def show_conversation(self, conversation_id: int | None) -> None:
        if conversation_id != self._requested:
            self._expanded.clear()
        self._requested = conversation_id
        if conversation_id is None:
            self._show(None, keep_scroll=False)
            return
        self._load(keep_scroll=False)

    def set_empty_text(self, title: str, text: str) -> None:
        self._empty.set_content("mail", title, text)

    def html(self) -> str:
        return self.browser.toHtml()

    def text(self) -> str:
        """The thread as plain text (what a reader sees)."""
        return self.browser.toPlainText()

    # Loading

    def _load(self, *, keep_scroll: bool) -> None:
        conversation_id = self._requested
        if conversation_id is None:
            return
        self._request += 1
        request = self._request
        self._ops.query(
            lambda db: conversation_detail(db, conversation_id),
            lambda detail: self._on_loaded(request, detail, keep_scroll),
            what=self.tr("Open the conversation"),
        )

    def _on_loaded(
        self, request: int, detail: ConversationDetail | None, keep_scroll: bool
    ) -> None:
        if request != self._request:
            return
        if keep_scroll and detail is not None and detail == self._detail:
            return  # reloaded after a change elsewhere (a sync): nothing to redraw
        self._show(detail, keep_scroll=keep_scroll)

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(CONVERSATION) and self._requested is not None:
            self._load(keep_scroll=True)

    def _show(self, detail: ConversationDetail | None, *, keep_scroll: bool) -> None:
        self._detail = detail
        if detail is None:
            self._stack.setCurrentWidget(self._empty)
            self.loaded.emit(None)
            return
        self._stack.setCurrentWidget(self._page)
        self._subject.setText(detail.subject or self.tr("(no subject)"))
        self._meta.setText(self._meta_html(detail))
        self._render(keep_scroll=keep_scroll)
        self.loaded.emit(detail)

    def _render(self, *, keep_scroll: bool) -> None:
        detail = self._detail
        if detail is None:
            return
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        colors = ThreadColors.from_palette(self.browser.palette())
        now = self._now or datetime.now(UTC)
        allowed = self.images.allowed_messages(detail)
        self.browser.setHtml(
            thread_html(
                detail,
                colors,
                expanded=self._expanded,
                now=now,
                owner=self.owner_name,
                images=allowed,
            )
        )
        if keep_scroll:
            bar.setValue(position)
        elif len(detail.messages) > 1:
            self.browser.scrollToAnchor(f"m{detail.messages[-1].id}")
        else:
            bar.setValue(0)

    def _meta_html(self, detail: ConversationDetail) -> str:
        muted_color = muted(0.7).name()
        parts: list[str] = []
        if detail.customer_name:
            parts.append(f"<b>{html.escape(detail.customer_name)}</b>")
        if detail.customer_email and detail.customer_email != detail.customer_name:
            parts.append(
                f'<span style="color:{muted_color}">{html.escape(detail.customer_email)}</span>'
            )
        status = html.escape(fmt.status_text(detail.status))
        if detail.status is ConversationStatus.OPEN and detail.needs_reply:
            status = html.escape(self.tr("Needs a reply"))
        parts.append(f'<span style="color:{muted_color}">{status}</span>')
        return " &nbsp;·&nbsp; ".join(parts)

    # Links

    @staticmethod
    def real_address(url: QUrl) -> str:
        """The address as it really is: the encoded form shows a look-alike host as punycode."""
        return bytes(url.toEncoded().data()).decode("ascii", "replace")

    def _on_hover(self, url: QUrl) -> None:
        if url.isEmpty() or url.scheme() in (
            QUOTE_SCHEME,
            ATTACHMENT_SCHEME,
            IMAGES_SCHEME,
            SENDER_IMAGES_SCHEME,
        ):
            self.browser.setToolTip("")
            QToolTip.hideText()
            self.link_hovered.emit("")
            return
        real = self.real_address(url)
        self.browser.setToolTip(real)
        QToolTip.showText(QCursor.pos(), real, self.browser)
        self.link_hovered.emit(real)

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == ATTACHMENT_SCHEME:
            self.attachments.on_link(url.path(), self._detail)
            return
        if scheme in (QUOTE_SCHEME, IMAGES_SCHEME, SENDER_IMAGES_SCHEME):
            try:
                message_id = int(url.path())
            except ValueError:
                return
            if scheme == QUOTE_SCHEME:
                self._expanded ^= {message_id}
                self._render(keep_scroll=True)
            elif scheme == IMAGES_SCHEME:
                self.images.load_message(message_id)
            elif self._detail is not None:
                self.images.trust_sender_of(message_id, self._detail)
            return
        if url.scheme().lower() not in SAFE_SCHEMES:
            QMessageBox.information(
                self,
                self.tr("Link not opened"),
                fill(
                    self.tr(
                        "This link was not opened, because links of this kind can be unsafe:\n\n%1"
                    ),
                    url.toString(),
                ),
            )
            return
        if self.confirm_link(url):
            self.open_url(url)

    def _confirm_link(self, url: QUrl) -> bool:
        real = self.real_address(url)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open link"))
        box.setText(self.tr("Open this link in your web browser?"))
        box.setInformativeText(real)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(self.tr("Open link"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._toolbar and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._fit_toolbar()
        return super().eventFilter(watched, event)

    def _fit_toolbar(self) -> None:
        """The buttons with their text when all of them fit, else icons only (the text is
        in their tooltips): none ends up behind the overflow menu, in any language."""
        fits = self._measure.sizeHint().width() <= self._toolbar.width()
        style = (
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if fits
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        if style != self._toolbar.toolButtonStyle():
            self._toolbar.setToolButtonStyle(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._detail is not None:
            self._render(keep_scroll=True)
        super().changeEvent(event)
