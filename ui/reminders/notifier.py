"""Desktop notifications for reminders that come due — none silently skipped.

:class:`Notifier` asks the store for due reminders
(:func:`~console.reminders.store.take_due_notifications`, which marks them shown in the
same unit of work, so each is shown once) on the DB worker:

* at start: what came due while the app was closed is shown as one message ("3
  reminders came due while Shopkeeper was closed");
* every :data:`CHECK_MS`;
* at once after the computer slept: a light heartbeat (:data:`HEARTBEAT_MS`, no
  database work) compares the wall clock between beats, and a jump of more than
  :data:`SLEEP_GAP` means the machine was suspended; also when the app becomes active.

One due reminder is shown as itself ("Call — Marko Horvat"); several at once as one
summary (a tray shows one message at a time on some systems, and a later one may hide
an earlier one).  Every message is also emitted as :attr:`Notifier.notice` (for the
status bar), so nothing is lost without a tray.  The clock is injectable (tests,
screenshots).

Where messages go:

* To the desktop's notification service when there is one
  (:class:`~ui.notifications.desktop.DesktopNotifications`, given as ``desktop``): one
  reminder gets buttons — open, done, snooze 15 minutes, an hour, until tomorrow
  morning, or pick a time (:data:`ACTIONS`) — when the service shows buttons; a summary
  only opens the reminders.  An overdue reminder is urgent.  The same reminder shown
  again replaces its earlier notification if that is still open.
* Otherwise (no session bus, no service, a failed call) to the tray
  (``QSystemTrayIcon.showMessage``), as before: a tray message cannot have buttons, so
  clicking it opens the reminder, where it can be marked done or snoozed.

Opening (a click, "open") emits :attr:`Notifier.clicked`; done, snooze and pick are
emitted as :attr:`Notifier.done_requested`, :attr:`Notifier.snooze_requested` and
:attr:`Notifier.pick_requested`, which :meth:`Notifier.route_actions` connects to the
Reminders view's own operations (they record the events and say so in the status bar).

Threading rule: UI thread only; the store is read through :class:`Operations`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

from console.promises.zones import system_zone
from console.reminders.kinds import SnoozeOption
from console.storage.database import Database
from console.storage.models import utcnow
from ui.changes import Change
from ui.i18n import fill
from ui.icons import app_icon
from ui.notifications.desktop import DEFAULT_ACTION, DesktopNote, DesktopNotifications, Urgency
from ui.operations import Operations
from ui.promises.changes import REMINDERS
from ui.reminders.rows import DueNow, ReminderRow, take_due
from ui.reminders.text import detail, due_line, headline

if TYPE_CHECKING:
    from ui.reminders.view import RemindersView

CHECK_MS = 30_000
HEARTBEAT_MS = 5_000
SLEEP_GAP = timedelta(minutes=2)
"""A wall-clock jump between heartbeats larger than this means the computer slept."""
SHOWN_MS = 10_000
"""How long a tray message stays (where the system lets the app choose)."""
LISTED = 3
"""Reminders named in a summary message."""
KEPT = 50
"""Desktop notifications whose buttons still act (the newest)."""

OPEN = "open"
DONE = "done"
PICK = "snooze-pick"
SNOOZES = {
    "snooze-15": SnoozeOption.MINUTES_15,
    "snooze-60": SnoozeOption.HOUR_1,
    "snooze-morning": SnoozeOption.TOMORROW_MORNING,
}
ACTIONS = (OPEN, DONE, *SNOOZES, PICK)
"""The buttons of one reminder's desktop notification, in order (after
:data:`~ui.notifications.desktop.DEFAULT_ACTION`, a click on the notification)."""

Clock = Callable[[], datetime]


class Reason(Enum):
    START = "start"
    TICK = "tick"
    WAKE = "wake"


@dataclass(frozen=True, slots=True)
class Notification:
    title: str
    text: str
    rows: tuple[ReminderRow, ...]
    reason: Reason

    @property
    def reminder(self) -> ReminderRow | None:
        """The reminder a click opens (None for a summary of several)."""
        return self.rows[0] if len(self.rows) == 1 else None


class Notifier(QObject):
    shown = Signal(object)
    """A :class:`Notification` just shown."""
    clicked = Signal(object)
    """The owner clicked the last message: its :class:`ReminderRow`, or None for a
    summary (show the overdue and today's reminders)."""
    notice = Signal(str)
    """Each message as one line, for the status bar."""
    done_requested = Signal(int)
    """The owner pressed "Done" on a reminder's notification: this reminder's id."""
    snooze_requested = Signal(object, int)
    """(:class:`SnoozeOption`, reminder id): a snooze button of a notification."""
    pick_requested = Signal(int)
    """Pick a time to snooze this reminder until (after :attr:`clicked` opened it)."""

    def __init__(
        self,
        operations: Operations,
        tray: QSystemTrayIcon | None = None,
        parent: QObject | None = None,
        *,
        clock: Clock = utcnow,
        check_ms: int = CHECK_MS,
        heartbeat_ms: int = HEARTBEAT_MS,
        desktop: DesktopNotifications | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._tray = tray
        self._desktop = desktop
        self._desktop_shown: dict[int, tuple[Notification, Database | None]] = {}
        """The desktop's open notifications by id: what each shows, for which store."""
        self._clock = clock
        self._check_every = timedelta(milliseconds=check_ms)
        self._beat_every = timedelta(milliseconds=heartbeat_ms)
        self.tz = system_zone()
        """The shop's zone, for the due times in messages."""
        self.author = "owner"
        self.messages: list[Notification] = []
        """Messages shown, newest last (tests and diagnostics; the last 50)."""
        self._started_at: datetime | None = None
        self._last_beat: datetime | None = None
        self._last_check: datetime | None = None
        self._checking = False
        self._again: Reason | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(heartbeat_ms)
        self._timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self._timer.timeout.connect(self.heartbeat)
        if tray is not None:
            tray.messageClicked.connect(self._on_message_clicked)
        if desktop is not None:
            desktop.action_invoked.connect(self._on_desktop_action)
            desktop.closed.connect(lambda notification_id, _reason: self._forget(notification_id))
            desktop.reset.connect(self._desktop_shown.clear)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state_changed)

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" (tests, screenshots: what came due is judged at that moment, and no
        time passes, so no sleep is seen); None follows the system clock."""
        self._clock = (lambda: now) if now is not None else utcnow

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def route_actions(self, view: RemindersView) -> None:
        """Done, snooze and pick from a notification go through ``view``'s own operations
        (they record the events and say what happened in the status bar)."""
        self.done_requested.connect(view.mark_done)
        self.snooze_requested.connect(view.snooze)
        self.pick_requested.connect(view.pick_snooze)

    def start(self) -> None:
        """Begin (a store is open): show what came due while the app was closed."""
        now = self._clock()
        self._started_at = now
        self._last_beat = now
        self._timer.start()
        self.check(Reason.START)

    def stop(self) -> None:
        self._timer.stop()
        self._started_at = None

    def heartbeat(self) -> None:
        """Called by the timer: check after a sleep at once, else every ``check_ms``."""
        if self._started_at is None:
            return
        now = self._clock()
        last, self._last_beat = self._last_beat, now
        if last is not None and (now - last > self._beat_every + SLEEP_GAP or now < last):
            self.check(Reason.WAKE)
        elif self._last_check is None or now - self._last_check >= self._check_every:
            self.check(Reason.TICK)

    def check(self, reason: Reason = Reason.TICK) -> None:
        """Ask the store now (one check at a time; a check asked meanwhile runs after)."""
        if self._started_at is None or self._ops.db is None:
            return
        if self._checking:
            if self._again is None or reason is not Reason.TICK:
                self._again = reason
            return
        self._checking = True
        now, author = self._clock(), self.author
        self._last_check = now
        self._ops.change(
            lambda db: take_due(db, now=now, author=author),
            # Marking reminders shown changes nothing a view shows.
            Change.NONE,
            lambda due: self._on_due(due, reason, now),
            self._on_failed,
            what=self.tr("Check for due reminders"),
        )

    def _on_failed(self, _exc: Exception) -> None:
        self._finish()

    def _on_due(self, due: DueNow, reason: Reason, now: datetime) -> None:
        try:
            if due.dissolved:
                self._ops.announce(REMINDERS)
            self._show_due(due.rows, reason, now)
        finally:
            self._finish()

    def _show_due(self, rows: tuple[ReminderRow, ...], reason: Reason, now: datetime) -> None:
        started = self._started_at
        if reason is Reason.START and started is not None:
            earlier = tuple(r for r in rows if r.reminder.remind_at < started)
            rows = tuple(r for r in rows if r.reminder.remind_at >= started)
            if earlier:
                self._show(self._summary(earlier, reason), earlier, reason)
        if len(rows) == 1 and reason is not Reason.WAKE:
            self._show(self._single(rows[0], now), rows, reason)
        elif rows:
            self._show(self._summary(rows, reason), rows, reason)

    def _finish(self) -> None:
        self._checking = False
        again, self._again = self._again, None
        if again is not None:
            self.check(again)

    # Messages

    def _single(self, row: ReminderRow, now: datetime) -> tuple[str, str]:
        overdue = row.reminder.deadline < now
        words = detail(row)
        when = due_line(row, self.tz, now, overdue)
        return headline(row), f"{words}\n{when}" if words else when

    def _summary(self, rows: tuple[ReminderRow, ...], reason: Reason) -> tuple[str, str]:
        count = len(rows)
        match reason:
            case Reason.START:
                title = self.tr("%n reminder(s) came due while Shopkeeper was closed", "", count)
            case Reason.WAKE:
                title = self.tr("%n reminder(s) came due while the computer was asleep", "", count)
            case _:
                title = self.tr("%n reminder(s) due", "", count)
        lines = [headline(r) for r in rows[:LISTED]]
        if count > LISTED:
            lines.append(self.tr("and %n more", "", count - LISTED))
        return title, "\n".join(lines)

    def _show(
        self, message: tuple[str, str], rows: tuple[ReminderRow, ...], reason: Reason
    ) -> None:
        title, text = message
        notification = Notification(title, text, rows, reason)
        self.messages.append(notification)
        del self.messages[:-50]
        if self._desktop is not None:
            db = self._ops.db
            self._desktop.notify(
                self._desktop_note(notification),
                lambda notification_id: self._on_desktop_shown(notification, db, notification_id),
            )
        else:
            self._show_in_tray(notification)
        first = text.splitlines()[0] if text else ""
        self.notice.emit(fill(self.tr("%1: %2"), title, first) if first else title)
        self.shown.emit(notification)

    def _show_in_tray(self, notification: Notification) -> None:
        if self._tray is not None and self._tray.supportsMessages():
            self._tray.showMessage(notification.title, notification.text, app_icon(), SHOWN_MS)

    def _on_message_clicked(self) -> None:
        if self.messages:
            self.clicked.emit(self.messages[-1].reminder)

    # The desktop's notifications

    def _desktop_note(self, notification: Notification) -> DesktopNote:
        now = self._clock()
        urgent = any(r.reminder.deadline < now for r in notification.rows)
        urgency = Urgency.CRITICAL if urgent else Urgency.NORMAL
        row = notification.reminder
        actions: tuple[tuple[str, str], ...]
        if row is None:
            actions = ((DEFAULT_ACTION, self.tr("Open")), (OPEN, self.tr("Open")))
            return DesktopNote(notification.title, notification.text, actions, urgency)
        labels = (
            self.tr("Open"),
            self.tr("Done"),
            self.tr("Snooze 15 min"),
            self.tr("Snooze 1 h"),
            self.tr("Tomorrow morning"),
            self.tr("Pick a time…"),
        )
        actions = ((DEFAULT_ACTION, labels[0]), *zip(ACTIONS, labels, strict=True))
        earlier = self._desktop_id_of(row.reminder.id)
        return DesktopNote(notification.title, notification.text, actions, urgency, earlier)

    def _desktop_id_of(self, reminder_id: int) -> int:
        """The open desktop notification of this reminder alone (0: none)."""
        for notification_id, (shown, db) in self._desktop_shown.items():
            row = shown.reminder
            if db is self._ops.db and row is not None and row.reminder.id == reminder_id:
                return notification_id
        return 0

    def _on_desktop_shown(
        self, notification: Notification, db: Database | None, notification_id: int | None
    ) -> None:
        if notification_id is None:
            self._show_in_tray(notification)  # no service (any more): as before
            return
        self._desktop_shown.pop(notification_id, None)  # replaced: newest last
        self._desktop_shown[notification_id] = (notification, db)
        while len(self._desktop_shown) > KEPT:  # a desktop that never says "closed"
            del self._desktop_shown[next(iter(self._desktop_shown))]

    def _forget(self, notification_id: int) -> None:
        self._desktop_shown.pop(notification_id, None)

    def _on_desktop_action(self, notification_id: int, action: str) -> None:
        entry = self._desktop_shown.get(notification_id)
        if entry is None or entry[1] is not self._ops.db:
            return  # another app's notification, or one of another store
        row = entry[0].reminder
        if action in (DEFAULT_ACTION, OPEN):
            self.clicked.emit(row)
            return
        if row is None:
            return
        reminder_id = row.reminder.id
        if action == PICK:
            self.clicked.emit(row)
            self.pick_requested.emit(reminder_id)
            return
        if action == DONE:
            self.done_requested.emit(reminder_id)
        elif action in SNOOZES:
            self.snooze_requested.emit(SNOOZES[action], reminder_id)
        else:
            return
        # Handled: its buttons would now act twice.
        self._forget(notification_id)
        if self._desktop is not None:
            self._desktop.close(notification_id)

    def _on_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive or self._last_check is None:
            return
        if self._clock() - self._last_check >= self._beat_every:
            self.check(Reason.TICK)
