"""The Reminders view: overdue, today and upcoming reminders, adding one, occasions, and
how reliably promises are kept.

* Three sections (tabs), which the navigation's Reminders entries select with
  :meth:`RemindersView.show_section`; each row says what, who, when and the owner's words.
* On the selected reminder: open its conversation (Enter, double click), done, snooze
  (15 minutes, an hour, tomorrow morning, or a picked date and time); also in its
  context menu.
* "Add a reminder" reads natural text (:mod:`ui.reminders.add_box`).
* Occasions to get in touch, suggestions only (:mod:`ui.reminders.occasions`).
* Promises kept on time this week and this month.

Everything is read in one job (:func:`ui.reminders.rows.read_page`) and read again when
reminders, customers or conversations change, and once a minute (what is overdue
depends on the time).  Threading rule: UI thread only; all DB work goes through
:class:`~ui.operations.Operations`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.promises.due import local_instant
from console.reminders.kinds import SnoozeOption
from console.reminders.manual import add_typed_reminder
from console.reminders.occasions import Occasion, accept_occasion, dismiss_occasion
from console.reminders.store import ReminderView, mark_done, snooze, snooze_until
from console.storage.models import utcnow
from ui.changes import Change
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import icon, muted
from ui.operations import Operations
from ui.promises.changes import REMINDERS
from ui.promises.look import css
from ui.promises.picker import DuePicker
from ui.promises.setup import PromiseSetup, read_setup
from ui.promises.when import clock_text, relative_due
from ui.reminders.add_box import ReadReminder, ReminderInput
from ui.reminders.delegate import ReminderDelegate
from ui.reminders.model import RemindersModel
from ui.reminders.occasions import OccasionsPanel
from ui.reminders.reliability import ReliabilityLabel
from ui.reminders.rows import ReminderRow, RemindersPage, Section, read_page
from ui.reminders.text import headline

STALE = REMINDERS | Change.CONVERSATIONS | Change.CUSTOMER | Change.STORE
"""Changes after which the view reads again (new mail may dissolve a follow-up)."""
TICK_MS = 60_000
"""How often the view reads again by itself: overdue depends on the time."""
SECTIONS = (Section.OVERDUE, Section.TODAY, Section.UPCOMING)

Clock = Callable[[], datetime]


class ReminderList(QListView):
    """The list; Enter opens the current reminder's conversation."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class RemindersView(QWidget):
    open_requested = Signal(int)
    """Open this conversation (the reminder's)."""
    customer_requested = Signal(int)
    """Show this customer (a reminder with a customer but no conversation)."""
    template_requested = Signal(str, int)
    """(template key, customer id): write to the customer from that template."""
    counts_changed = Signal(int, int, int)
    """(overdue, today, upcoming): for the navigation's counts."""
    notice = Signal(str)
    """A short message for the status bar ("Done: Call — Marko Horvat.")."""

    def __init__(
        self, operations: Operations, parent: QWidget | None = None, *, clock: Clock = utcnow
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._clock = clock
        self._setup = PromiseSetup()
        self._request = 0
        self._current_id: int | None = None
        self._current_row = 0
        self.author = "owner"
        """Who acts (the owner's name), for the timeline."""
        self.picker: DuePicker | None = None
        """The open snooze date popup (tests drive it)."""
        self.model = RemindersModel(self, clock=clock)

        self._title = QLabel(self.tr("Reminders"))
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self.reliability = ReliabilityLabel()

        self.tabs = QTabBar()
        self.tabs.setDrawBase(False)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        for _section in SECTIONS:
            self.tabs.addTab("")
        self.tabs.setCurrentIndex(SECTIONS.index(Section.TODAY))
        self.tabs.currentChanged.connect(lambda i: self.show_section(SECTIONS[i]))

        self.add_box = ReminderInput(clock=clock)
        self.add_box.add_requested.connect(self.add_reminder)

        self.list = ReminderList()
        self.list.setModel(self.model)
        self.delegate = ReminderDelegate(self.list, clock=clock)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Reminders"))
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.doubleClicked.connect(lambda _index: self.open_current())
        self.list.open_requested.connect(self.open_current)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._restore_current)

        self.empty = EmptyState("today")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list)
        self._stack.addWidget(self.empty)

        self.open_button = self._action_button("arrow-in", self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the conversation (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.done_button = self._action_button("check", self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark as done: the promise is kept"))
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.snooze_button = self._action_button("waiting", self.tr("Snooze"))
        self.snooze_button.setToolTip(self.tr("Remind me again later"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.snooze_button.setMenu(self.snooze_menu)

        self.occasions = OccasionsPanel()
        self.occasions.template_requested.connect(self.template_requested)
        self.occasions.accept_requested.connect(self.accept_occasion)
        self.occasions.dismiss_requested.connect(self.dismiss_occasion)

        header = QVBoxLayout()
        header.setContentsMargins(16, 14, 16, 4)
        header.setSpacing(2)
        header.addWidget(self._title)
        header.addWidget(self.reliability)
        tabs_row = QHBoxLayout()
        tabs_row.setContentsMargins(10, 4, 12, 0)
        tabs_row.addWidget(self.tabs)
        tabs_row.addStretch(1)
        add_row = QHBoxLayout()
        add_row.setContentsMargins(12, 6, 12, 8)
        add_row.addWidget(self.add_box)
        actions = QHBoxLayout()
        actions.setContentsMargins(10, 4, 12, 4)
        actions.setSpacing(2)
        actions.addWidget(self.open_button)
        actions.addWidget(self.done_button)
        actions.addWidget(self.snooze_button)
        actions.addStretch(1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        self._line = line
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(tabs_row)
        layout.addLayout(add_row)
        layout.addWidget(line)
        layout.addWidget(self._stack, 1)
        layout.addLayout(actions)
        layout.addWidget(self.occasions)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        operations.changed.connect(self._on_changed)
        self._apply_colors()
        self._show_page()

    def _action_button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setIcon(icon(icon_name, muted(0.8)))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setEnabled(False)
        return button

    # Setup and loading

    @property
    def section(self) -> Section:
        return self.model.section

    @property
    def setup(self) -> PromiseSetup:
        return self._setup

    def set_setup(self, setup: PromiseSetup) -> None:
        """The shop's zone, hours and language (see :func:`ui.promises.setup.read_setup`)."""
        self._setup = setup
        self.delegate.tz = setup.tz
        self.add_box.set_setup(setup)
        self.refresh()

    def load_setup(self) -> None:
        """Read the shop's setup from the store, then the reminders."""
        self._ops.query(
            read_setup,
            self.set_setup,
            lambda _exc: self.refresh(),
            what=self.tr("Read the shop's hours"),
        )

    def show_section(self, section: Section) -> None:
        """Show the overdue, today's or upcoming reminders."""
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(SECTIONS.index(section))
        self.tabs.blockSignals(False)
        self._current_id, self._current_row = None, 0
        self.model.set_section(section)
        self._show_page()

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" (tests, screenshots); None follows the system clock."""
        self._clock = (lambda: now) if now is not None else utcnow
        self.refresh()

    def refresh(self) -> None:
        """Read the reminders again (off the UI thread)."""
        if self._ops.db is None:
            return
        self._request += 1
        request = self._request
        now, tz, author = self._clock(), self._setup.tz, self.author
        self._ops.change(
            lambda db: read_page(db, now=now, tz=tz, author=author),
            Change.NONE,
            lambda page: self._on_page(request, page),
            lambda _exc: None,
            what=self.tr("Read the reminders"),
        )

    def _on_page(self, request: int, page: RemindersPage) -> None:
        if request != self._request:
            return
        self.model.set_page(page)
        self.occasions.set_rows(page.occasions, self._setup.tz, page.at)
        self._show_page()
        self.counts_changed.emit(
            page.count(Section.OVERDUE), page.count(Section.TODAY), page.count(Section.UPCOMING)
        )
        if page.dissolved:
            self._ops.announce(REMINDERS)  # follow-ups closed: the timeline changed

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(Change.STORE):
            self.load_setup()  # another shop: its own zone and hours
        elif changes.touches(STALE):
            self._reload_timer.start()

    # Showing

    def _show_page(self) -> None:
        page = self.model.page
        labels = (self.tr("Overdue"), self.tr("Today"), self.tr("Upcoming"))
        for index, (section, label) in enumerate(zip(SECTIONS, labels, strict=True)):
            count = page.count(section) if page is not None else 0
            self.tabs.setTabText(index, fill(self.tr("%1 (%2)"), label, count) if count else label)
        self.reliability.show_figures(
            page.week if page is not None else None, page.month if page is not None else None
        )
        self._show_empty()
        self._update_actions()

    def _show_empty(self) -> None:
        if self.model.rowCount() > 0:
            self._stack.setCurrentWidget(self.list)
            return
        match self.model.section:
            case Section.OVERDUE:
                self.empty.set_content(
                    "overdue",
                    self.tr("Nothing overdue"),
                    self.tr("Every promise is kept or still ahead."),
                )
            case Section.TODAY:
                self.empty.set_content(
                    "today",
                    self.tr("Nothing due today"),
                    self.tr("Reminders and promises due today will be listed here."),
                )
            case _:
                self.empty.set_content(
                    "upcoming",
                    self.tr("No upcoming reminders"),
                    self.tr("Add one above, or confirm a promise when you write to a customer."),
                )
        self._stack.setCurrentWidget(self.empty)

    # The current reminder

    def current(self) -> ReminderRow | None:
        index = self.list.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_reminder(self, reminder_id: int) -> bool:
        row = self.model.row_of(reminder_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            self._current_id, self._current_row = row.reminder.id, current.row()
        self._update_actions()

    def _restore_current(self) -> None:
        """After a reload: the same reminder, else the one now at its place."""
        count = self.model.rowCount()
        if count == 0:
            self._update_actions()
            return
        row = self.model.row_of(self._current_id) if self._current_id is not None else None
        if row is None:
            row = min(self._current_row, count - 1)
        self.list.setCurrentIndex(self.model.index(row))

    def _update_actions(self) -> None:
        row = self.current()
        can_open = row is not None and (
            row.reminder.conversation_id is not None or row.reminder.customer_id is not None
        )
        self.open_button.setEnabled(can_open)
        self.done_button.setEnabled(row is not None)
        self.snooze_button.setEnabled(row is not None)

    def open_current(self) -> None:
        row = self.current()
        if row is None:
            return
        if row.reminder.conversation_id is not None:
            self.open_requested.emit(row.reminder.conversation_id)
        elif row.reminder.customer_id is not None:
            self.customer_requested.emit(row.reminder.customer_id)

    def _target(self, reminder_id: int | None) -> int | None:
        if reminder_id is not None:
            return reminder_id
        row = self.current()
        return row.reminder.id if row is not None else None

    def mark_done(self, reminder_id: int | None = None) -> None:
        """Done (a promise kept): the selected reminder, or ``reminder_id``."""
        target = self._target(reminder_id)
        if target is None:
            return
        now, author = self._clock(), self.author
        self._ops.change(
            lambda db: mark_done(db, target, now=now, author=author),
            REMINDERS,
            self._on_done,
            what=self.tr("Mark the reminder as done"),
        )

    def _on_done(self, reminder: ReminderView) -> None:
        self.notice.emit(fill(self.tr("Done: %1."), self._headline(reminder)))

    def snooze(self, option: SnoozeOption, reminder_id: int | None = None) -> None:
        """Remind again in 15 minutes, in an hour or tomorrow at opening time."""
        now = self._clock()
        until = snooze_until(option, now=now, tz=self._setup.tz, hours=self._setup.hours)
        self.snooze_until(until, reminder_id)

    def snooze_until(self, until: datetime, reminder_id: int | None = None) -> None:
        target = self._target(reminder_id)
        if target is None:
            return
        now, author = self._clock(), self.author
        self._ops.change(
            lambda db: snooze(db, target, until=until, now=now, author=author),
            REMINDERS,
            self._on_snoozed,
            what=self.tr("Snooze the reminder"),
        )

    def _on_snoozed(self, reminder: ReminderView) -> None:
        until = reminder.snoozed_until or reminder.remind_at
        when = relative_due(until, False, self._setup.tz, self._clock(), in_sentence=True)
        self.notice.emit(fill(self.tr("Snoozed until %1: %2."), when, self._headline(reminder)))

    def pick_snooze(self, reminder_id: int | None = None) -> DuePicker | None:
        """A date and time popup; the reminder is snoozed until the picked moment."""
        target = self._target(reminder_id)
        if target is None:
            return None
        tz, now = self._setup.tz, self._clock()
        today = now.astimezone(tz).date()
        picker = DuePicker(self, hours=self._setup.hours, time_required=True, minimum=today)
        later = (now + timedelta(hours=1)).astimezone(tz)
        picker.set_value(later.date(), time(later.hour))

        def chosen(day: date, at: time | None) -> None:
            moment = local_instant(day, at or self._setup.hours.start, tz)
            self.snooze_until(moment, target)

        picker.chosen.connect(chosen)
        self.picker = picker
        picker.popup_at(self.snooze_button)
        return picker

    def _headline(self, reminder: ReminderView) -> str:
        row = next(
            (
                r
                for section in SECTIONS
                for r in (self.model.page.rows(section) if self.model.page else ())
                if r.reminder.id == reminder.id
            ),
            None,
        )
        return headline(row if row is not None else ReminderRow(reminder))

    def _fill_snooze_menu(self) -> None:
        menu = self.snooze_menu
        menu.clear()
        tz, hours, now = self._setup.tz, self._setup.hours, self._clock()
        morning = local_instant(now.astimezone(tz).date() + timedelta(days=1), hours.start, tz)
        choices = (
            (self.tr("For 15 minutes"), SnoozeOption.MINUTES_15),
            (self.tr("For an hour"), SnoozeOption.HOUR_1),
            (
                fill(self.tr("Until tomorrow, %1"), clock_text(morning, tz)),
                SnoozeOption.TOMORROW_MORNING,
            ),
        )
        for text, option in choices:
            action = QAction(text, menu)
            action.triggered.connect(lambda _on=False, o=option: self.snooze(o))
            menu.addAction(action)
        menu.addSeparator()
        pick = QAction(self.tr("Pick a date and time…"), menu)
        pick.triggered.connect(lambda: self.pick_snooze())
        menu.addAction(pick)

    def _context_menu(self, position: QPoint) -> None:
        index = self.list.indexAt(position)
        if not index.isValid():
            return
        self.list.setCurrentIndex(index)
        menu = QMenu(self)
        open_action = menu.addAction(self.open_button.icon(), self.tr("Open"))
        open_action.setEnabled(self.open_button.isEnabled())
        open_action.triggered.connect(self.open_current)
        done = menu.addAction(self.done_button.icon(), self.tr("Done"))
        done.triggered.connect(lambda: self.mark_done())
        self._fill_snooze_menu()
        snooze_menu = menu.addMenu(self.snooze_button.icon(), self.tr("Snooze"))
        for action in self.snooze_menu.actions():
            snooze_menu.addAction(action)
        menu.exec(self.list.viewport().mapToGlobal(position))

    # Adding

    def add_reminder(self, read: ReadReminder) -> None:
        """Add what the owner typed as a manual reminder."""
        now, author = self._clock(), self.author
        self._ops.change(
            lambda db: add_typed_reminder(
                db, read.typed, text=read.text, now=now, author=author, language=read.language
            ),
            REMINDERS,
            self._on_added,
            what=self.tr("Add the reminder"),
        )

    def _on_added(self, reminder: ReminderView) -> None:
        self.add_box.clear()
        when = relative_due(
            reminder.due_at,
            reminder.due_is_date_only,
            self._setup.tz,
            self._clock(),
            in_sentence=True,
        )
        self.notice.emit(fill(self.tr("Reminder added for %1."), when))

    def accept_occasion(self, occasion: Occasion) -> None:
        now, author, setup = self._clock(), self.author, self._setup
        self._ops.change(
            lambda db: accept_occasion(
                db, occasion, now=now, tz=setup.tz, hours=setup.hours, author=author
            ),
            REMINDERS,
            lambda made: self.notice.emit(self.tr("%n reminder(s) added.", "", len(made))),
            what=self.tr("Add reminders for the occasion"),
        )

    def dismiss_occasion(self, occasion: Occasion) -> None:
        now, author, tz = self._clock(), self.author, self._setup.tz
        self._ops.change(
            lambda db: dismiss_occasion(db, occasion, now=now, tz=tz, author=author),
            REMINDERS,
            what=self.tr("Dismiss the suggestion"),
        )

    # Looks

    def _apply_colors(self) -> None:
        self._line.setStyleSheet(f"color: {css(muted(0.15))};")
