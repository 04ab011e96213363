"""The callback queue: who to call now, a Call button, and logging how the call went.

The list shows open requests, due ones first and oldest first, each with a live timer
(see :mod:`ui.callbacks.queue_model`); under it, the selected request with its message,
a Call button that hands ``tel:+385…`` to the system (a softphone or the phone link) and
the outcome buttons.  "No answer" and "voicemail" offer a reminder to try again at the
time the core suggests (two hours later by default).  The header shows this week's
median time to the first call back.

Threading: everything here runs on the UI thread; reads and writes go through
:class:`ui.operations.Operations`.  The timers tick once a minute without the database.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QDateTime, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.callbacks.board import QueueSettings, schedule_retry
from console.callbacks.queue import OutcomeResult, QueueEntry, Urgency, log_outcome, new_callback
from console.customers.phones import DEFAULT_REGION
from console.domain.events import CallOutcome
from ui import format as fmt
from ui.callbacks import text
from ui.callbacks.new_dialog import CallbackRequest, NewCallbackDialog
from ui.callbacks.queue_delegate import CallbackDelegate
from ui.callbacks.queue_model import CallbackQueueModel, Clock, system_clock
from ui.callbacks.reached_dialog import ReachedDialog
from ui.callbacks.rules_dialog import RulesDialog
from ui.changes import Change
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import icon, muted
from ui.operations import Operations

TICK_MS = 60_000
QUEUE_CHANGES = Change.CONVERSATIONS | Change.TIMELINE | Change.CUSTOMER | Change.STORE
"""New mail may bring requests; logged calls and merges change them."""


def _faded(label: QLabel, alpha: float = 0.65) -> None:
    color = muted(alpha)
    label.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")


class RetryOffer(QFrame):
    """ "No answer. Try again at 12:30?" with the time to change and two buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retryOffer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.callback_id: int | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(
            self.when.locale().dateTimeFormat(self.when.locale().FormatType.ShortFormat)
        )
        self.accept_button = QPushButton(icon("bell"), self.tr("Remind me"))
        self.decline_button = QPushButton(self.tr("No reminder"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.when, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.decline_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.question)
        layout.addLayout(buttons)

    def offer(
        self, callback_id: int, name: str, outcome: CallOutcome, at: datetime, zone: tzinfo
    ) -> None:
        self.callback_id = callback_id
        when = text.local_clock(at, zone)
        if outcome is CallOutcome.VOICEMAIL:
            question = self.tr("Voicemail left for %1. Try again at %2?")
        else:
            question = self.tr("%1 did not answer. Try again at %2?")
        self.question.setText(fill(question, name or self.tr("The customer"), when))
        self.when.setDateTime(QDateTime(fmt.to_qdatetime(at)))
        self.show()

    def chosen(self) -> datetime:
        return datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)

    def clear(self) -> None:
        self.callback_id = None
        self.hide()


class CallbackCard(QFrame):
    """The selected request: who, what about, the Call button and the outcomes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackCard")
        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.when = QLabel()
        self.when.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMaximumHeight(120)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.call_button = QPushButton(icon("phone"), "")
        self.call_button.setDefault(True)
        self.call_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.open_button = QPushButton(icon("mail"), self.tr("Open the mail"))
        self.outcomes: dict[CallOutcome, QPushButton] = {
            CallOutcome.REACHED: QPushButton(icon("check"), self.tr("Reached…")),
            CallOutcome.NO_ANSWER: QPushButton(self.tr("No answer")),
            CallOutcome.VOICEMAIL: QPushButton(self.tr("Voicemail")),
            CallOutcome.WRONG_NUMBER: QPushButton(self.tr("Wrong number")),
        }
        for outcome, button in self.outcomes.items():
            button.setToolTip(fmt.call_outcome_text(outcome))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retry = RetryOffer()
        self.retry.hide()

        calls = QHBoxLayout()
        calls.addWidget(self.call_button, 1)
        calls.addWidget(self.open_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        for position, button in enumerate(self.outcomes.values()):
            grid.addWidget(button, position // 2, position % 2)
        outcome_title = QLabel(self.tr("How did the call go?"))
        _faded(outcome_title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        layout.addWidget(self.name)
        layout.addWidget(self.when)
        layout.addWidget(self.message)
        layout.addSpacing(4)
        layout.addLayout(calls)
        layout.addSpacing(4)
        layout.addWidget(outcome_title)
        layout.addLayout(grid)
        layout.addWidget(self.retry)
        _faded(self.when, 0.7)


class CallbackQueueView(QWidget):
    conversation_requested = Signal(int)
    """Open the conversation the request came with."""
    customer_selected = Signal(object)
    """The selected request's customer id (or None): for the customer panel."""
    due_count_changed = Signal(int)
    """How many requests are due now: for the navigation's count."""
    notice = Signal(str)
    """A one-line confirmation for the status bar."""

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._clock = clock
        self._current: int | None = None
        self._announced: int | None = None
        """The request whose customer the panel was last told about."""
        self.author = ""
        """The name calls are logged under (the owner's)."""
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        """Hands ``tel:`` links to the system (replaced in tests)."""
        self.ask_note: Callable[[str], str | None] = self._ask_note
        """Asks for the note of a reached call; None when the owner cancels."""
        self.model = CallbackQueueModel(operations, self, clock)

        self._title = QLabel(self.tr("Callbacks"))
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._count = QLabel()
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.response = QLabel()
        self.response.setWordWrap(True)
        self.new_button = QPushButton(icon("phone"), self.tr("New callback…"))
        self.rules_button = QPushButton(icon("list"), self.tr("Form rules…"))
        self.rules_button.setToolTip(
            self.tr("Teach the app to read the callback requests of your contact forms")
        )

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(CallbackDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Callback requests"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(lambda _index: self.call_current())

        self.empty = EmptyState(
            "phone",
            self.tr("No callbacks waiting"),
            self.tr(
                "When a customer asks to be called back, in a contact form or by phone, "
                "the request waits here until you have called."
            ),
        )
        self._stack = QStackedWidget()
        self._stack.addWidget(self.empty)
        self._stack.addWidget(self.list)

        self.card = CallbackCard()
        self.card.hide()
        self.card.call_button.clicked.connect(self.call_current)
        self.card.open_button.clicked.connect(self._open_conversation)
        for outcome, button in self.card.outcomes.items():
            button.clicked.connect(lambda _checked=False, o=outcome: self.log(o))
        self.card.retry.accept_button.clicked.connect(self.accept_retry)
        self.card.retry.decline_button.clicked.connect(self.card.retry.clear)
        self.new_button.clicked.connect(self.new_callback)
        self.rules_button.clicked.connect(lambda _checked=False: self.open_rules())

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._count)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.rules_button)
        actions.addStretch(1)
        header = QVBoxLayout()
        header.setContentsMargins(14, 12, 14, 8)
        header.setSpacing(6)
        header.addLayout(top)
        header.addWidget(self.response)
        header.addLayout(actions)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self._stack, 1)
        layout.addWidget(line)
        layout.addWidget(self.card)
        _faded(self._count)
        _faded(self.response, 0.7)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        self.model.loaded.connect(self._on_loaded)
        self.model.settings_loaded.connect(self._on_settings)
        self.model.due_count_changed.connect(self._on_due_count)
        self.model.failed.connect(lambda message: self.notice.emit(message))
        operations.changed.connect(self._on_changed)

    # Public API

    def open(self) -> None:
        """Load (or reload) the queue: call when the view is shown."""
        self._announced = None  # shown again: the panel follows the selected request
        self.model.refresh()

    def set_clock(self, clock: Clock) -> None:
        self._clock = clock
        self.model.set_clock(clock)

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" (tests, screenshots); None follows the system clock."""
        self.set_clock((lambda: now) if now is not None else system_clock)

    def tick(self) -> None:
        """Move the timers on to the clock's "now" (called every minute)."""
        self.model.tick()
        self._show_card(self.current_entry())

    def current_entry(self) -> QueueEntry | None:
        index = self.list.currentIndex()
        return self.model.entry(index.row()) if index.isValid() else None

    def select_callback(self, callback_id: int) -> bool:
        row = self.model.row_of(callback_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def call_current(self) -> None:
        """Hand the selected request's number to the system's phone handler."""
        entry = self.current_entry()
        if entry is None or not entry.phone:
            return
        number = "".join(ch for ch in entry.phone if ch.isdigit() or ch == "+")
        self.open_url(QUrl(f"tel:{number}"))
        self.notice.emit(
            fill(self.tr("Calling %1 — log how it went when you hang up."), entry.phone_display)
        )

    def log(self, outcome: CallOutcome, note: str | None = None) -> None:
        """Log a call to the selected request (a reached call asks for a note first)."""
        entry = self.current_entry()
        if entry is None:
            return
        if outcome is CallOutcome.REACHED and note is None:
            note = self.ask_note(entry.name)
            if note is None:
                return
        callback_id, name, author = entry.id, entry.name, self.author or "owner"
        now, text_note = self._clock(), note or ""
        self.card.retry.clear()
        self._ops.change(
            lambda db: log_outcome(
                db, callback_id, outcome, author=author, now=now, note=text_note
            ),
            Change.TIMELINE,
            lambda result: self._on_logged(callback_id, name, outcome, result),
            lambda exc: self.notice.emit(fill(self.tr("The call was not logged: %1"), str(exc))),
            what=self.tr("Log the call"),
        )

    def accept_retry(self) -> None:
        """Create the offered reminder (and move the request's retry time to it)."""
        offer = self.card.retry
        callback_id = offer.callback_id
        if callback_id is None:
            return
        at, now, author = offer.chosen(), self._clock(), self.author or "owner"
        entry = next((e for e in self.model.entries() if e.id == callback_id), None)
        title = fill(
            self.tr("Call %1 again"),
            (entry.name or entry.phone_display) if entry is not None else "",
        )
        offer.clear()
        zone = self._zone()
        self._ops.change(
            lambda db: schedule_retry(db, callback_id, at, title=title, author=author, now=now),
            Change.TIMELINE,
            lambda _id: self.notice.emit(
                fill(self.tr("You will be reminded at %1."), text.local_clock(at, zone))
            ),
            lambda exc: self.notice.emit(fill(self.tr("No reminder was set: %1"), str(exc))),
            what=self.tr("Set the reminder"),
        )

    def new_callback(self) -> None:
        settings = self.model.settings
        dialog = NewCallbackDialog(
            self._clock(), settings.region if settings is not None else DEFAULT_REGION, self
        )
        if dialog.exec() == NewCallbackDialog.DialogCode.Accepted:
            self.add_callback(dialog.request())

    def open_rules(self, message_id: int | None = None) -> None:
        """The rule editor, trying rules on ``message_id`` (a stored mail) first."""
        settings = self.model.settings
        dialog = RulesDialog(
            self._ops,
            region=settings.region if settings is not None else DEFAULT_REGION,
            message_id=message_id,
            now=self._clock(),
            parent=self,
        )
        if dialog.exec() == RulesDialog.DialogCode.Accepted and dialog.saved_rule is not None:
            self.notice.emit(
                fill(
                    self.tr("Rule “%1” saved: it reads the next mails of that form."),
                    dialog.saved_rule.name,
                )
            )

    def add_callback(self, request: CallbackRequest) -> None:
        """Store a request entered by hand and select it once the list has it."""
        now = self._clock()
        self._ops.change(
            lambda db: new_callback(
                db,
                name=request.name,
                phone=request.phone,
                email=request.email,
                topic=request.topic,
                window_text=request.window_text,
                requested_at=min(request.requested_at, now),
                now=now,
            ),
            Change.TIMELINE | Change.CUSTOMER,
            self._on_added,
            lambda exc: self.notice.emit(fill(self.tr("The request was not added: %1"), str(exc))),
            what=self.tr("Add the callback request"),
        )

    # Reactions

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(QUEUE_CHANGES):
            self.model.refresh()

    def _on_loaded(self) -> None:
        self._stack.setCurrentWidget(self.list if self.model.rowCount() else self.empty)
        if self._current is not None and self.select_callback(self._current):
            entry = self.current_entry()
            self._show_card(entry)
            if entry is not None:
                self._announce(entry)
            return
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        else:
            self._current = None
            self._show_card(None)

    def _on_settings(self, settings: QueueSettings) -> None:
        response = settings.response
        if response.median is None:
            self.response.setText(self.tr("Nobody called back yet this week."))
        else:
            self.response.setText(
                fill(
                    self.tr(
                        "This week: first call back after %1 (median of %n call(s)).",
                        "",
                        response.count,
                    ),
                    text.duration_text(max(response.median, timedelta(minutes=1))),
                )
            )

    def _on_due_count(self, count: int) -> None:
        total = self.model.total
        if total and count:
            self._count.setText(self.tr("%n due now", "", count))
        elif total:
            self._count.setText(self.tr("%n later", "", total))
        else:
            self._count.clear()
        self.due_count_changed.emit(count)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.entry(current.row()) if current.isValid() else None
        if entry is None:
            return
        changed = entry.id != self._current
        self._current = entry.id
        if changed and self.card.retry.callback_id not in (None, entry.id):
            self.card.retry.clear()
        self._show_card(entry)
        self._announce(entry)

    def _announce(self, entry: QueueEntry) -> None:
        """Show the selected request's customer in the customer panel — only while the
        queue is on screen: reloaded in the background (a note saved elsewhere), it must
        not take the panel from the conversation being read."""
        if self.isVisible() and entry.id != self._announced:
            self._announced = entry.id
            self.customer_selected.emit(entry.customer_id)

    def _on_logged(
        self, callback_id: int, name: str, outcome: CallOutcome, result: OutcomeResult
    ) -> None:
        self.notice.emit(fill(self.tr("Call logged: %1."), fmt.call_outcome_text(outcome)))
        if result.suggested_retry_at is not None:
            self.card.retry.offer(
                callback_id, name, outcome, result.suggested_retry_at, self._zone()
            )

    def _on_added(self, callback_id: int) -> None:
        self._current = callback_id
        self.notice.emit(self.tr("The callback request was added to the queue."))

    def _open_conversation(self) -> None:
        entry = self.current_entry()
        if entry is not None and entry.conversation_id is not None:
            self.conversation_requested.emit(entry.conversation_id)

    def _ask_note(self, name: str) -> str | None:
        dialog = ReachedDialog(name, self)
        if dialog.exec() != ReachedDialog.DialogCode.Accepted:
            return None
        return dialog.text()

    # Rendering

    def _zone(self) -> tzinfo:
        settings = self.model.settings
        return settings.timezone if settings is not None else UTC

    def _show_card(self, entry: QueueEntry | None) -> None:
        if entry is None:
            self.card.setVisible(self.card.retry.callback_id is not None)
            return
        self.card.show()
        card = self.card
        card.name.setText(entry.name or entry.phone_display)
        zone = self._zone()
        asked = fmt.date_time(entry.requested_at.astimezone(zone), self.model.now)
        live = self.model.live_urgency(entry)
        window = text.window_text(entry.window, entry.window_text)
        if live is Urgency.SCHEDULED:
            status = fill(
                self.tr("Asked %1 · call %2"),
                asked,
                text.due_text(entry.due_at, self.model.now, zone),
            )
        elif window:
            status = fill(
                self.tr("Asked %1 · prefers %2 · waiting for %3"),
                asked,
                window,
                text.duration_text(self.model.now - entry.due_at),
            )
        else:
            status = fill(
                self.tr("Asked %1 · waiting for %2"),
                asked,
                text.duration_text(self.model.now - entry.due_at),
            )
        card.when.setText(status)
        parts = [html.escape(entry.topic)] if entry.topic else []
        if entry.message and entry.message != entry.topic:
            parts.append(html.escape(entry.message).replace("\n", "<br>"))
        if entry.window_text and entry.window_text not in entry.message:
            parts.append("<i>" + html.escape(fill(self.tr("“%1”"), entry.window_text)) + "</i>")
        card.message.setText("<br>".join(parts))
        card.message.setVisible(bool(parts))
        card.call_button.setText(fill(self.tr("Call %1"), entry.phone_display))
        card.call_button.setEnabled(bool(entry.phone))
        card.open_button.setVisible(entry.conversation_id is not None)
