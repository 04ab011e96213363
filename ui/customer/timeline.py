"""The customer panel's timeline rows, and how a promise's steps read on them.

Every row has an icon for its kind.  A promise shows when it was made, when it was due
and when it was kept — "Promised: Call — due Wed, Nov 25, 9:00 AM–5:00 PM", "Kept: Call
(due Wed, Nov 25, done Tue, Nov 24, 3:10 PM)", "Late: …" — in the shop's time zone, as
the reminders show them (:mod:`ui.promises.when`).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from console.customers.timeline import PromiseFacts, PromiseStep, TimelineEntry, TimelineKind
from console.reminders.kinds import ReminderKind
from console.reminders.occasions import OccasionKind
from ui.i18n import TranslationContext, fill
from ui.icons import muted, pixmap
from ui.promises.look import late
from ui.promises.names import action_label
from ui.promises.when import When, clock_text, day_text, day_time_text
from ui.reminders.text import occasion_kind_label

ICON_SIZE = 14

KIND_ICONS: dict[TimelineKind, str] = {
    TimelineKind.MESSAGE_IN: "arrow-in",
    TimelineKind.MESSAGE_OUT: "send",
    TimelineKind.NOTE: "note",
    TimelineKind.CALL: "phone",
    TimelineKind.STATUS: "status",
    TimelineKind.CUSTOMER_EDITED: "edit",
    TimelineKind.OTHER: "info",
}
"""Icon names (files in ``ui/resources/icons``) by entry kind; promises go by step."""

STEP_ICONS: dict[PromiseStep, str] = {
    PromiseStep.MADE: "bell",
    PromiseStep.SNOOZED: "waiting",
    PromiseStep.KEPT: "check",
    PromiseStep.LATE: "overdue",
    PromiseStep.DISMISSED: "close",
    PromiseStep.ANSWERED: "close",
}


class PromiseTimeline(TranslationContext):
    """The "PromiseTimeline" translation context."""


def entry_icon(entry: TimelineEntry) -> str:
    """The icon of a timeline entry: its kind's, or for a promise its step's."""
    if entry.promise is not None:
        return STEP_ICONS[entry.promise.step]
    return KIND_ICONS.get(entry.kind, "info")


def _what(facts: PromiseFacts) -> str:
    """ "Call", "Ship", "Follow up"; an occasion's own name ("Birthday")."""
    if facts.reminder_kind is ReminderKind.OCCASION:
        try:
            return occasion_kind_label(OccasionKind(facts.title))
        except ValueError:
            return facts.title or action_label(facts.action)
    return action_label(facts.action)


def due_window_text(facts: PromiseFacts, tz: ZoneInfo, now: datetime) -> str:
    """When it was due, with the promised window: "Wed, Nov 25, 9:00 AM–5:00 PM", "Nov 30
    to Dec 4", or a stated time: "Tue, Nov 24, 2:00 PM"."""
    due, end = facts.due_at, facts.window_end
    if end is None or end <= due:
        return day_text(due, tz, now) if facts.date_only else day_time_text(due, tz, now)
    if end.astimezone(tz).date() != due.astimezone(tz).date():
        return fill(When.tr("%1 to %2"), day_text(due, tz, now), day_text(end, tz, now))
    return fill(
        When.tr("%1, %2–%3"), day_text(due, tz, now), clock_text(due, tz), clock_text(end, tz)
    )


def due_text(facts: PromiseFacts, tz: ZoneInfo, now: datetime) -> str:
    """When it was due, short: the day ("Wed, Nov 25"), or the day and the stated time."""
    if facts.date_only:
        return day_text(facts.due_at, tz, now)
    return day_time_text(facts.due_at, tz, now)


def promise_title(facts: PromiseFacts, tz: ZoneInfo, now: datetime) -> str:
    """The entry's title: what happened to the promise (or reminder), and when it was due."""
    what = _what(facts)
    promised = facts.reminder_kind is ReminderKind.PROMISE
    done = day_time_text(facts.done_at, tz, now) if facts.done_at is not None else ""
    match facts.step:
        case PromiseStep.MADE if promised:
            return fill(
                PromiseTimeline.tr("Promised: %1 — due %2"), what, due_window_text(facts, tz, now)
            )
        case PromiseStep.MADE:
            return fill(
                PromiseTimeline.tr("Reminder: %1 — due %2"), what, due_window_text(facts, tz, now)
            )
        case PromiseStep.SNOOZED:
            until = day_time_text(facts.until, tz, now) if facts.until is not None else ""
            return fill(PromiseTimeline.tr("Snoozed: %1 — until %2"), what, until)
        case PromiseStep.KEPT if promised:
            return fill(
                PromiseTimeline.tr("Kept: %1 (due %2, done %3)"),
                what,
                due_text(facts, tz, now),
                done,
            )
        case PromiseStep.LATE if promised:
            return fill(
                PromiseTimeline.tr("Late: %1 (due %2, done %3)"),
                what,
                due_text(facts, tz, now),
                done,
            )
        case PromiseStep.KEPT | PromiseStep.LATE:
            return fill(
                PromiseTimeline.tr("Done: %1 (due %2, done %3)"),
                what,
                due_text(facts, tz, now),
                done,
            )
        case PromiseStep.ANSWERED:
            return fill(PromiseTimeline.tr("Closed: %1 — the customer replied"), what)
        case _:
            return fill(
                PromiseTimeline.tr("Dismissed: %1 (due %2)"), what, due_text(facts, tz, now)
            )


def is_late(entry: TimelineEntry) -> bool:
    """A promise kept after its window ended."""
    return entry.promise is not None and entry.promise.step is PromiseStep.LATE


class TimelineRow(QWidget):
    """One timeline entry: its icon beside a rich-text label (title, age, text).

    Rows are reused for other entries (see ``CustomerPanel._fill_timeline``): :meth:`show`
    changes the text and draws the icon only when they differ from what is shown.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry: TimelineEntry | None = None
        self.icon_name: str | None = None
        self._late = False
        self.icon = QLabel()
        self.icon.setFixedSize(ICON_SIZE, ICON_SIZE + 3)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def show_entry(self, entry: TimelineEntry | None, html: str, tooltip: str) -> None:
        """Show ``entry`` as ``html`` (None: a line of text without an icon)."""
        self.entry = entry
        self.label.setText(html)  # a no-op when the text is the same
        self.label.setToolTip(tooltip)
        name = entry_icon(entry) if entry is not None else None
        late = entry is not None and is_late(entry)
        if (name, late) != (self.icon_name, self._late):
            self.icon_name, self._late = name, late
            self.apply_colors()

    def icon_color(self) -> QColor:
        """Red for a promise kept late, else the faded text colour."""
        return late(self.palette()) if self._late else muted(0.7)

    def apply_colors(self) -> None:
        """Draw the icon (again, after a palette change)."""
        self.icon.setVisible(self.icon_name is not None)
        if self.icon_name is not None:
            self.icon.setPixmap(pixmap(self.icon_name, ICON_SIZE, self.icon_color()))
