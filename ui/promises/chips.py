"""Promise chips: the promises found in what the owner is writing, shown under the text.

:class:`PromiseChips` watches a ``QPlainTextEdit`` (the composer's body, a note, a call
note) and, once typing pauses (:data:`DELAY_MS`), reads it with
:func:`~console.promises.detect.detect_promises` in the conversation's language (the
owner writes in the customer's language; else the shop's).  Each promise becomes a chip
("Call — Wed, Nov 25") with a warning mark when the shop is closed that day; the owner
confirms it (✓), moves its due (✎, a date-time popup) or dismisses it (×).  A chip's
decision is kept while its promise stays in the text (same action and due, as
:func:`~console.reminders.store.create_from_promises` dedupes them).

:meth:`PromiseChips.confirmed` gives the promises to make reminders of, when the reply is
sent or the note saved (see :mod:`ui.promises.saving`).

Threading: detection is pure and fast — about 1.5 ms per 1,000 characters (measured on
the six languages) — so it runs on the UI thread; a text longer than :data:`LONG_TEXT`
is read on a thread of Qt's global pool instead, and a result that arrives after a newer
edit is dropped.  The widget itself is UI-thread only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import Enum

from PySide6.QtCore import QEvent, QObject, QRunnable, QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from console.promises.detect import DetectedPromise, detect_promises
from console.promises.due import Due, resolve
from console.promises.kinds import Action
from console.promises.languages import UnsupportedLanguage
from console.storage.models import utcnow
from ui.i18n import fill
from ui.icons import icon, muted, pixmap
from ui.operations import Operations
from ui.promises.flow import FlowLayout, flow_policy
from ui.promises.holiday_names import holiday_name
from ui.promises.look import css, tint, warning
from ui.promises.names import action_icon, action_label
from ui.promises.picker import DuePicker
from ui.promises.setup import PromiseSetup, read_setup
from ui.promises.when import promise_due_text

log = logging.getLogger(__name__)

DELAY_MS = 400
"""How long typing must pause before the text is read again."""
LONG_TEXT = 4000
"""Characters above which the text is read off the UI thread (about 6 ms and more)."""

Clock = Callable[[], datetime]
ChipKey = tuple[Action, str]
"""(action, due as first read): a promise keeps its chip while both stay the same."""


class ChipState(Enum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


@dataclass(slots=True)
class ChipEntry:
    key: ChipKey
    promise: DetectedPromise
    """As found, or with the due the owner chose."""
    state: ChipState = ChipState.PROPOSED
    edited: bool = False


class PromiseChip(QFrame):
    """One promise: icon, "Call — Wed, Nov 25", a warning mark, and ✓ ✎ × buttons."""

    confirm_toggled = Signal(bool)
    edit_requested = Signal()
    dismiss_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promiseChip")
        self._styling = False
        self._action = Action.OTHER
        self._confirmed = False
        self._icon = QLabel()
        self.label = QLabel()
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._warning = QLabel()
        self._warning.hide()
        self.confirm_button = self._button(self.tr("Remind me of this promise"))
        self.confirm_button.setCheckable(True)
        self.confirm_button.toggled.connect(self.confirm_toggled)
        self.edit_button = self._button(self.tr("Change the date"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.dismiss_button = self._button(self.tr("Not a promise: no reminder"))
        self.dismiss_button.clicked.connect(self.dismiss_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 3, 2)
        layout.setSpacing(4)
        layout.addWidget(self._icon)
        layout.addWidget(self.label)
        layout.addWidget(self._warning)
        layout.addSpacing(2)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.dismiss_button)
        self._apply_colors()

    def _button(self, tip: str) -> QToolButton:
        button = QToolButton()
        button.setAutoRaise(True)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setIconSize(QSize(14, 14))
        button.setFixedSize(22, 22)
        return button

    @property
    def confirmed(self) -> bool:
        return self._confirmed

    def show_promise(
        self,
        promise: DetectedPromise,
        due_text: str,
        confirmed: bool,
        edited: bool,
        country: str | None = None,
    ) -> None:
        self._action = promise.action
        self._confirmed = confirmed
        self.label.setText(fill(self.tr("%1 — %2"), action_label(promise.action), due_text))
        self.setToolTip(
            fill(self.tr("“%1”"), promise.text)
            if not edited
            else fill(self.tr("“%1” (date changed by you)"), promise.text)
        )
        note = self.closed_day_text(promise, country)
        self._warning.setToolTip(note)
        self._warning.setAccessibleName(note)
        self._warning.setVisible(bool(note))
        self.confirm_button.blockSignals(True)
        self.confirm_button.setChecked(confirmed)
        self.confirm_button.blockSignals(False)
        self._apply_colors()

    def closed_day_text(self, promise: DetectedPromise, country: str | None = None) -> str:
        """Why the chip has a warning mark ("" when the shop is open that day)."""
        if promise.holiday:
            name = holiday_name(country, promise.due.day, promise.holiday)
            return fill(self.tr("Your shop is closed that day: %1."), name)
        if promise.closed_day:
            return self.tr("Your shop is closed that day.")
        return ""

    def _apply_colors(self) -> None:
        if self._styling:
            return  # a style sheet set here changes the palette too
        self._styling = True
        try:
            self._style(QGuiApplication.palette())
        finally:
            self._styling = False

    def _style(self, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.WindowText)
        self._icon.setPixmap(pixmap(action_icon(self._action), 16, muted(0.8)))
        self._warning.setPixmap(pixmap("warning", 16, warning(palette)))
        check = QIcon()
        check.addPixmap(pixmap("check", 14, muted(0.7)), QIcon.Mode.Normal, QIcon.State.Off)
        check.addPixmap(
            pixmap("check", 14, palette.color(QPalette.ColorRole.HighlightedText)),
            QIcon.Mode.Normal,
            QIcon.State.On,
        )
        self.confirm_button.setIcon(check)
        self.edit_button.setIcon(icon("edit", muted(0.7)))
        self.dismiss_button.setIcon(icon("close", muted(0.7)))
        highlight = palette.color(QPalette.ColorRole.Highlight)
        border = highlight if self._confirmed else muted(0.3)
        background = (
            tint(palette, 0.14) if self._confirmed else palette.color(QPalette.ColorRole.Base)
        )
        self.setStyleSheet(
            f"""
            QFrame#promiseChip {{
                border: 1px solid {css(border)};
                border-radius: 13px;
                background: {css(background)};
            }}
            QFrame#promiseChip QLabel {{ color: {css(text)}; background: transparent; }}
            QFrame#promiseChip QToolButton {{ border: none; border-radius: 11px; }}
            QFrame#promiseChip QToolButton:hover {{ background: {css(tint(palette, 0.2))}; }}
            QFrame#promiseChip QToolButton:checked {{ background: {css(highlight)}; }}
            """
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)


class _Relay(QObject):
    found = Signal(int, object)


class _DetectJob(QRunnable):
    def __init__(self, generation: int, read: Callable[[], list[DetectedPromise]], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._generation = generation
        self._read = read
        self._relay = relay

    def run(self) -> None:
        try:
            found = _safely(self._read)
            self._relay.found.emit(self._generation, found)
        except RuntimeError:  # the widget went away meanwhile
            pass


def _safely(read: Callable[[], list[DetectedPromise]]) -> list[DetectedPromise]:
    try:
        return read()
    except UnsupportedLanguage:
        return []
    except Exception:
        # A bug in reading must never get in the way of writing.
        log.exception("reading promises failed")
        return []


class PromiseChips(QWidget):
    """The chips under a text field; hidden while there is no promise to show."""

    changed = Signal()
    """Chips came or went, or the owner confirmed, moved or dismissed one."""

    def __init__(
        self,
        editor: QPlainTextEdit | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock = utcnow,
        delay_ms: int = DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("promiseChips")
        self._clock = clock
        self._setup = PromiseSetup()
        self._language: str | None = None
        self._editor: QPlainTextEdit | None = None
        self._entries: dict[ChipKey, ChipEntry] = {}
        self._order: list[ChipKey] = []
        self._chips: list[PromiseChip] = []
        self._generation = 0
        self._relay = _Relay(self)
        self._relay.found.connect(self._on_found, Qt.ConnectionType.QueuedConnection)
        self.picker: DuePicker | None = None
        """The open date popup (tests drive it)."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.detect_now)

        self._caption_icon = QLabel()
        self._caption = QLabel(self.tr("Your promises:"))
        self._caption.setToolTip(
            self.tr(
                "Shopkeeper found these promises in your text. Confirm (✓) the ones you "
                "want to be reminded of."
            )
        )
        self._flow = FlowLayout(spacing=6)
        caption = QWidget()
        caption_row = QHBoxLayout(caption)
        caption_row.setContentsMargins(0, 0, 2, 0)
        caption_row.setSpacing(4)
        caption_row.addWidget(self._caption_icon)
        caption_row.addWidget(self._caption)
        caption.setFixedHeight(26)
        self._flow.addWidget(caption)
        self.setLayout(self._flow)
        self.setSizePolicy(flow_policy())
        self._apply_colors()
        self.hide()
        if editor is not None:
            self.attach(editor)

    # Setup

    def attach(self, editor: QPlainTextEdit) -> None:
        """Read ``editor``'s text whenever typing pauses."""
        if self._editor is not None:
            self._editor.textChanged.disconnect(self._timer.start)
        self._editor = editor
        editor.textChanged.connect(self._timer.start)
        self._timer.start()

    def set_setup(self, setup: PromiseSetup) -> None:
        """The shop's zone, hours and language (see :func:`ui.promises.setup.read_setup`)."""
        self._setup = setup
        self._timer.start()

    def load_setup(self, operations: Operations) -> None:
        """Read the shop's setup from the store (off the UI thread), then use it."""
        operations.query(
            read_setup,
            self.set_setup,
            lambda _exc: None,  # the defaults stay: the computer's zone, 9:00 to 17:00
            what=self.tr("Read the shop's hours"),
        )

    @property
    def setup(self) -> PromiseSetup:
        return self._setup

    def set_language(self, language: str | None) -> None:
        """The conversation's language (the owner writes in the customer's language)."""
        if language != self._language:
            self._language = language
            self._timer.start()

    @property
    def language(self) -> str | None:
        """The language texts are read in now (None: no supported language)."""
        return self._setup.language_for(self._language)

    # What the owner decided

    def entries(self) -> list[ChipEntry]:
        """The chips shown, in the order of the text (dismissed ones are not shown)."""
        return [
            self._entries[key]
            for key in self._order
            if self._entries[key].state is not ChipState.DISMISSED
        ]

    def confirmed(self) -> list[DetectedPromise]:
        """The promises to make reminders of, with the dues the owner chose.

        As shown now: the text is not read again (a composer empties itself before it
        says the reply was queued).
        """
        return [e.promise for e in self.entries() if e.state is ChipState.CONFIRMED]

    def confirm(self, key: ChipKey, confirmed: bool = True) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return
        entry.state = ChipState.CONFIRMED if confirmed else ChipState.PROPOSED
        self._show()

    def dismiss(self, key: ChipKey) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return
        entry.state = ChipState.DISMISSED
        self._show()

    def set_due(self, key: ChipKey, day: date, at: time | None) -> None:
        """Move a promise's due to ``day`` (at ``at``, else during business hours); this
        confirms it."""
        entry = self._entries.get(key)
        if entry is None:
            return
        due = Due(day=day, at=at)
        resolved = resolve(due, self._setup.tz, self._setup.hours)
        entry.promise = replace(
            entry.promise,
            due=due,
            due_at=resolved.due_at,
            window_end=resolved.window_end,
            date_only=resolved.date_only,
            closed_day=resolved.closed_day,
            holiday=resolved.holiday,
        )
        entry.edited = True
        entry.state = ChipState.CONFIRMED
        self._show()

    def edit(self, key: ChipKey) -> DuePicker | None:
        """Open the date popup for ``key``'s chip."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        chip = self._chip_for(key)
        picker = DuePicker(
            self,
            hours=self._setup.hours,
            minimum=self._clock().astimezone(self._setup.tz).date(),
        )
        local = entry.promise.due_at.astimezone(self._setup.tz)
        picker.set_value(local.date(), None if entry.promise.date_only else local.time())
        picker.chosen.connect(lambda day, at: self.set_due(key, day, at))
        self.picker = picker
        picker.popup_at(chip or self)
        return picker

    def clear(self) -> None:
        """Forget every chip and decision (a new reply or note)."""
        self._generation += 1
        self._timer.stop()
        self._entries.clear()
        self._order.clear()
        self._show()

    # Reading

    def detect_now(self) -> None:
        """Read the text now (instead of after the pause)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self._editor.toPlainText() if self._editor is not None else ""
        language = self.language
        if not text.strip() or language is None:
            self._on_found(generation, [])
            return
        setup, now = self._setup, self._clock()

        def read() -> list[DetectedPromise]:
            return detect_promises(text, language, now, setup.tz, setup.hours)

        if len(text) > LONG_TEXT:
            QThreadPool.globalInstance().start(_DetectJob(generation, read, self._relay))
        else:
            self._on_found(generation, _safely(read))

    def _on_found(self, generation: int, found: list[DetectedPromise]) -> None:
        if generation != self._generation:
            return  # the text changed since
        order: list[ChipKey] = []
        entries: dict[ChipKey, ChipEntry] = {}
        for promise in found:
            key = (promise.action, promise.due_text)
            if key in entries:
                continue
            entry = self._entries.get(key)
            if entry is None:
                entry = ChipEntry(key, promise)
            elif not entry.edited:
                entry.promise = promise  # its words may have changed
            entries[key] = entry
            order.append(key)
        if order == self._order and all(entries[k] is self._entries.get(k) for k in order):
            self._entries = entries
            self._show(changed=False)
            return
        self._entries, self._order = entries, order
        self._show()

    # Showing

    def _chip_for(self, key: ChipKey) -> PromiseChip | None:
        keys = [e.key for e in self.entries()]
        return self._chips[keys.index(key)] if key in keys else None

    def _show(self, *, changed: bool = True) -> None:
        shown = self.entries()
        while len(self._chips) < len(shown):
            chip = PromiseChip()
            chip.confirm_toggled.connect(lambda on, c=chip: self._on_chip(c, "confirm", on))
            chip.edit_requested.connect(lambda c=chip: self._on_chip(c, "edit", True))
            chip.dismiss_requested.connect(lambda c=chip: self._on_chip(c, "dismiss", True))
            self._flow.addWidget(chip)
            self._chips.append(chip)
        now = self._clock()
        for index, chip in enumerate(self._chips):
            if index < len(shown):
                entry = shown[index]
                due = promise_due_text(entry.promise, self._setup.tz, now)
                chip.show_promise(
                    entry.promise,
                    due,
                    entry.state is ChipState.CONFIRMED,
                    entry.edited,
                    self._setup.hours.country,
                )
                chip.show()
            else:
                chip.hide()
        self.setVisible(bool(shown))
        self.updateGeometry()
        if changed:
            self.changed.emit()

    def _on_chip(self, chip: PromiseChip, what: str, on: bool) -> None:
        shown = self.entries()
        index = self._chips.index(chip)
        if index >= len(shown):
            return
        key = shown[index].key
        if what == "confirm":
            self.confirm(key, on)
        elif what == "edit":
            self.edit(key)
        else:
            self.dismiss(key)

    def _apply_colors(self) -> None:
        self._caption_icon.setPixmap(pixmap("bell", 14, muted(0.6)))
        self._caption.setStyleSheet(f"color: {css(muted(0.7))};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)
