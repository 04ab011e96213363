"""The customer panel (a dock): who the customer is, notes, conversations and timeline.

Notes are edited in place and saved by themselves (after a pause in typing, or when
the field loses focus); each save is a ``customer_edited`` event on the timeline.  The
timeline shows every promise made, kept (or kept late), snoozed and dismissed, with its
due in the shop's time zone (read with the customer).
"""

from __future__ import annotations

import html
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.customers.edits import update_notes
from console.customers.profile import CustomerProfile, customer_profile
from console.customers.timeline import TimelineEntry, TimelineKind
from console.domain.status import ConversationStatus
from console.promises.zones import system_zone
from console.reminders.shop import load_clock
from console.storage.database import Database
from ui import format as fmt
from ui.changes import CUSTOMERS, Change
from ui.customer.avatar import avatar
from ui.customer.timeline import TimelineRow, promise_title
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import muted
from ui.operations import Operations

NOTES_SAVE_DELAY_MS = 1200
TIMELINE_FIRST = 15
"""Timeline entries shown at first: what the dock has room for.  Each of a long
timeline's rows is a word-wrapped label, and the panel is laid out again whenever a sync
brings the customer a new mail; fifty of them held the window for 150 ms at a time."""
TIMELINE_MORE = 50
"""Entries added by each "Show older entries"."""
CONVERSATION_SCHEME = "sk-conversation"


class NotesEdit(QPlainTextEdit):
    focus_lost = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


def _section(title: str) -> QLabel:
    label = QLabel(title.upper())
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.8)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    label.setFont(font)
    color = muted(0.55)
    label.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)}; margin-top: 10px;")
    return label


class CustomerPanel(QDockWidget):
    conversation_requested = Signal(int)
    """The user clicked one of the customer's conversations."""
    profile_loaded = Signal(object)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._extra_sections: list[QWidget] = []
        self.setObjectName("customerPanel")
        self.setWindowTitle(self.tr("Customer"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self._ops = operations
        self._customer_id: int | None = None
        self._profile: CustomerProfile | None = None
        self._current_conversation: int | None = None
        self._request = 0
        self._now: datetime | None = None
        self._tz: ZoneInfo = system_zone()
        """The shop's time zone, which promises are due in (read with each customer)."""
        self.author = ""

        self._avatar = QLabel()
        self._avatar.setFixedSize(44, 44)
        self._name = QLabel()
        self._name.setWordWrap(True)
        self._name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_font = self._name.font()
        name_font.setPointSizeF(name_font.pointSizeF() * 1.2)
        name_font.setBold(True)
        self._name.setFont(name_font)
        self._kind = QLabel()
        self._kind.setWordWrap(True)
        self._details = QLabel()
        self._details.setWordWrap(True)
        self._details.setTextFormat(Qt.TextFormat.RichText)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self._details.setOpenExternalLinks(False)

        self.notes = NotesEdit()
        self.notes.setPlaceholderText(
            self.tr("What you know about this customer: preferences, agreements, …")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(96)
        self._notes_hint = QLabel()
        self._notes_dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_notes)
        self.notes.textChanged.connect(self._on_notes_edited)
        self.notes.focus_lost.connect(self.save_notes)

        self._conversations_title = _section(self.tr("Conversations"))
        self._conversations = QLabel()
        self._conversations.setWordWrap(True)
        self._conversations.setTextFormat(Qt.TextFormat.RichText)
        self._conversations.linkActivated.connect(self._on_link)
        self._timeline = QVBoxLayout()
        self._timeline.setSpacing(10)
        self._timeline_rows: list[TimelineRow] = []
        self._timeline_limit = TIMELINE_FIRST

        head = QHBoxLayout()
        head.setSpacing(12)
        head.addWidget(self._avatar, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self._name)
        titles.addWidget(self._kind)
        head.addLayout(titles, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addWidget(self._details)
        self._sections = QVBoxLayout()
        self._sections.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._sections)
        layout.addWidget(_section(self.tr("Notes")))
        layout.addWidget(self.notes)
        layout.addWidget(self._notes_hint)
        layout.addWidget(self._conversations_title)
        layout.addWidget(self._conversations)
        layout.addWidget(_section(self.tr("Timeline")))
        layout.addLayout(self._timeline)
        self._older = QPushButton(self.tr("Show older entries"))
        self._older.setFlat(True)
        self._older.setCursor(Qt.CursorShape.PointingHandCursor)
        self._older.clicked.connect(self._show_older)
        self._older.hide()
        layout.addWidget(self._older, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self._empty = EmptyState(
            "user", self.tr("No customer"), self.tr("Select a conversation to see who wrote it.")
        )
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(scroll)
        self._page = scroll
        self.setWidget(self._stack)
        self.setMinimumWidth(260)
        self._refresh_request = -1
        operations.changed.connect(self._on_changed)
        self._apply_colors()

    # Public API

    @property
    def profile(self) -> CustomerProfile | None:
        return self._profile

    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    def set_now(self, now: datetime | None) -> None:
        self._now = now

    def add_section(self, section: QWidget) -> None:
        """Show ``section`` under the details (e.g. orders); it must have
        ``show_customer(customer_id)``, which the panel calls with its own."""
        self._sections.addWidget(section)
        self._extra_sections.append(section)
        if self._customer_id is not None:  # added while a customer is shown
            section.show_customer(self._customer_id)  # type: ignore[attr-defined]

    def show_customer(self, customer_id: int | None, conversation_id: int | None = None) -> None:
        """Show ``customer_id`` (None: nobody), marking ``conversation_id`` as the open one."""
        if customer_id != self._customer_id:
            self.save_notes()
            self._notes_dirty = False
            self._timeline_limit = TIMELINE_FIRST
        self._customer_id = customer_id
        self._current_conversation = conversation_id
        for section in self._extra_sections:
            section.show_customer(customer_id)  # type: ignore[attr-defined]
        if customer_id is None:
            self._profile = None
            self._stack.setCurrentWidget(self._empty)
            self.profile_loaded.emit(None)
            return
        self._load()

    def save_notes(self) -> None:
        """Save edited notes now (no-op when unchanged)."""
        self._save_timer.stop()
        profile = self._profile
        if not self._notes_dirty or profile is None:
            return
        text = self.notes.toPlainText()
        self._notes_dirty = False
        customer_id, author = profile.id, self.author or "owner"
        self._notes_hint.setText(self.tr("Saving…"))
        self._ops.change(
            lambda db: update_notes(db, customer_id, text, author=author),
            Change.CUSTOMER | Change.TIMELINE,
            lambda _event: self._notes_hint.setText(self.tr("Saved")),
            lambda exc: self._notes_hint.setText(fill(self.tr("Not saved: %1"), str(exc))),
            what=self.tr("Save the customer's notes"),
        )

    # Loading

    def _load(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            return
        self._request += 1
        request, limit = self._request, self._timeline_limit

        def load(db: Database) -> tuple[CustomerProfile | None, ZoneInfo]:
            profile = customer_profile(db, customer_id, timeline_limit=limit)
            return profile, load_clock(db).tz

        self._ops.query(
            load,
            lambda loaded: self._on_loaded(request, *loaded),
            what=self.tr("Load the customer"),
        )

    def _show_older(self) -> None:
        self._timeline_limit += TIMELINE_MORE
        self._load()

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(CUSTOMERS) and self._customer_id is not None:
            self._load()
            self._refresh_request = self._request

    def _on_loaded(
        self, request: int, profile: CustomerProfile | None, tz: ZoneInfo | None = None
    ) -> None:
        if request != self._request:
            return
        if tz is not None and tz != self._tz:
            self._tz = tz
            self._profile = None  # the same timeline reads differently now: redraw it
        if request == self._refresh_request and profile is not None and profile == self._profile:
            return  # reloaded after a change elsewhere (a sync): nothing to redraw
        self._profile = profile
        if profile is None:
            self._stack.setCurrentWidget(self._empty)
            self.profile_loaded.emit(None)
            return
        self._stack.setCurrentWidget(self._page)
        scale = self.devicePixelRatioF()
        self._avatar.setPixmap(avatar(profile.name, 44, scale))
        self._name.setText(profile.name)
        self._kind.setText(self._kind_text(profile))
        self._details.setText(self._details_html(profile))
        if not self._notes_dirty and self.notes.toPlainText() != profile.notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(profile.notes)
            self.notes.blockSignals(False)
            self._notes_hint.clear()
        self._conversations_title.setText(
            fill(self.tr("Conversations (%1)"), len(profile.conversations)).upper()
        )
        self._conversations.setText(self._conversations_html(profile))
        self._fill_timeline(profile.timeline)
        self._older.setVisible(len(profile.timeline) >= self._timeline_limit)
        self.profile_loaded.emit(profile)

    # Rendering

    def _kind_text(self, profile: CustomerProfile) -> str:
        if profile.is_business:
            if profile.company:
                return fill(self.tr("Business customer · %1"), profile.company)
            return self.tr("Business customer")
        return self.tr("Private customer")

    def _details_html(self, profile: CustomerProfile) -> str:
        faded = muted(0.65).name()
        rows: list[tuple[str, str]] = []
        for email in profile.emails:
            rows.append((self.tr("Email"), html.escape(email)))
        for phone in profile.phones:
            rows.append((self.tr("Phone"), html.escape(phone.display)))
        if profile.language:
            rows.append((self.tr("Language"), html.escape(fmt.language_name(profile.language))))
        if profile.vat_number:
            rows.append((self.tr("VAT number"), html.escape(profile.vat_number)))
        if not rows:
            return ""
        cells = "".join(
            f'<tr><td style="color:{faded}; padding: 2px 10px 2px 0">{html.escape(label)}</td>'
            f'<td style="padding: 2px 0">{value}</td></tr>'
            for label, value in rows
        )
        return f'<table cellspacing="0" cellpadding="0" style="margin-top: 8px">{cells}</table>'

    def _conversations_html(self, profile: CustomerProfile) -> str:
        now = self._now or datetime.now(UTC)
        faded = muted(0.65).name()
        lines: list[str] = []
        for conversation in profile.conversations:
            subject = html.escape(conversation.subject or self.tr("(no subject)"))
            if conversation.id == self._current_conversation:
                title = f"<b>{subject}</b>"
            else:
                title = f'<a href="{CONVERSATION_SCHEME}:{conversation.id}">{subject}</a>'
            status = fmt.status_text(conversation.status)
            if conversation.status is ConversationStatus.OPEN and conversation.needs_reply:
                status = self.tr("Needs a reply")
            age = fmt.age(conversation.last_message_at, now)
            lines.append(
                f'<div style="margin-bottom: 6px">{title}<br>'
                f'<span style="color:{faded}">{html.escape(f"{status} · {age}")}</span></div>'
            )
        return (
            "".join(lines)
            or f'<span style="color:{faded}">{html.escape(self.tr("None yet."))}</span>'
        )

    def _fill_timeline(self, entries: tuple[TimelineEntry, ...]) -> None:
        """Show ``entries``, reusing the rows already there.

        The panel is read again after every stored batch of a sync; making 50 rich-text
        labels anew each time, and laying all of them out again, held the window for a
        fifth of a second.  Labels keep their place in order and are only given new text
        when theirs changed, so Qt's layout keeps the heights it measured.
        """
        now = self._now or datetime.now(UTC)
        faded = muted(0.62).name()
        texts = (
            [self._entry_html(entry, now, faded) for entry in entries]
            if entries
            else [html.escape(self.tr("Nothing has happened yet."))]
        )
        tips = [fmt.date_time(entry.at) for entry in entries] or [""]
        shown_entries: list[TimelineEntry | None] = list(entries) or [None]
        rows = self._timeline_rows
        while len(rows) < len(texts):
            row = TimelineRow()
            row.label.linkActivated.connect(self._on_link)
            self._timeline.addWidget(row)
            rows.append(row)
        for index, row in enumerate(rows):
            shown = index < len(texts)
            if shown:
                row.show_entry(shown_entries[index], texts[index], tips[index])
            if row.isVisibleTo(self) != shown:
                row.setVisible(shown)

    def timeline_rows(self) -> list[TimelineRow]:
        """The timeline's rows as shown, newest first."""
        return [row for row in self._timeline_rows if row.isVisibleTo(self)]

    def _entry_html(self, entry: TimelineEntry, now: datetime, faded: str) -> str:
        title = html.escape(self._entry_title(entry, now))
        linked = entry.conversation_id
        if linked is not None and linked != self._current_conversation:
            title = f'<a href="{CONVERSATION_SCHEME}:{entry.conversation_id}">{title}</a>'
        text = html.escape(" ".join(entry.text.split()))
        if len(text) > 180:
            text = text[:180].rstrip() + "…"
        when = html.escape(fmt.age(entry.at, now))
        return f"<div><b>{title}</b> <span style='color:{faded}'>· {when}</span></div>" + (
            f"<div style='color:{faded}'>{text}</div>" if text else ""
        )

    def _entry_title(self, entry: TimelineEntry, now: datetime) -> str:
        if entry.promise is not None:
            return promise_title(entry.promise, self._tz, now)
        match entry.kind:
            case TimelineKind.MESSAGE_IN:
                return fill(self.tr("Mail from %1"), entry.author)
            case TimelineKind.MESSAGE_OUT:
                return fill(self.tr("Reply by %1"), entry.author)
            case TimelineKind.NOTE:
                return fill(self.tr("Note by %1"), entry.author)
            case TimelineKind.CALL:
                return fill(
                    self.tr("Call by %1: %2"),
                    entry.author,
                    fmt.call_outcome_text(entry.call_outcome),
                )
            case TimelineKind.STATUS:
                status = fmt.status_text(entry.status_to) if entry.status_to else ""
                return fill(self.tr("%1 set the status to “%2”"), entry.author, status)
            case TimelineKind.CUSTOMER_EDITED:
                return fill(self.tr("%1 edited the customer's details"), entry.author)
            case _:
                return fill(self.tr("%1: %2"), entry.author, entry.event_kind)

    # Events

    def _on_notes_edited(self) -> None:
        self._notes_dirty = True
        self._notes_hint.clear()
        self._save_timer.start()

    def _on_link(self, link: str) -> None:
        scheme, _, value = link.partition(":")
        if scheme == CONVERSATION_SCHEME and value.isdigit():
            self.conversation_requested.emit(int(value))

    def _apply_colors(self) -> None:
        color = muted(0.62)
        css = f"color: {color.name(color.NameFormat.HexArgb)};"
        self._kind.setStyleSheet(css)
        self._notes_hint.setStyleSheet(css)
        for row in self._timeline_rows:
            row.apply_colors()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        return super().event(event)
