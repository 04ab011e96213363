""" "Remind me if there is no reply in N days": the composer's toggle, and the request.

The toggle only says what the owner wants; the follow-up is made once the reply is sent
and stored (it watches that message), by :func:`request_followup` or, for a reply sent
through the outbox, :class:`ui.promises.saving.ReplyReminders`.  It dissolves by itself
when the customer answers (:mod:`console.reminders.followups`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QToolButton, QWidget

from console.reminders.followups import add_followup
from console.reminders.store import ReminderView
from console.storage.models import utcnow
from ui.i18n import TranslationContext
from ui.operations import Failure, Operations
from ui.promises.changes import REMINDERS
from ui.promises.setup import PromiseSetup

DAY_CHOICES = (1, 2, 3, 5, 7, 14)
DEFAULT_DAYS = 3
DAYS_SETTING = "reminders/followupDays"


class Followups(TranslationContext):
    """The "Followups" translation context."""


class FollowupToggle(QWidget):
    """A check box "Remind me if there is no reply in 3 days" and a menu for the days."""

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days = saved_days()
        self.check = QCheckBox()
        self.check.setToolTip(
            self.tr(
                "A reminder to write again if the customer has not answered by then. "
                "It goes away by itself when they answer."
            )
        )
        self.check.toggled.connect(self.toggled)
        self.days_button = QToolButton()
        self.days_button.setAutoRaise(True)
        self.days_button.setArrowType(Qt.ArrowType.DownArrow)
        self.days_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.days_button.setToolTip(self.tr("How many days to wait"))
        self.days_button.setAccessibleName(self.tr("How many days to wait"))
        self.days_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.days_button)
        group = QActionGroup(menu)
        self.day_actions: dict[int, QAction] = {}
        for days in DAY_CHOICES:
            action = QAction(self.tr("%n day(s)", "", days), menu)
            action.setCheckable(True)
            action.setChecked(days == self._days)
            action.triggered.connect(lambda _on=False, d=days: self.set_days(d))
            group.addAction(action)
            menu.addAction(action)
            self.day_actions[days] = action
        self.days_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.check)
        layout.addWidget(self.days_button)
        layout.addStretch(1)
        self._show_days()

    def days(self) -> int:
        return self._days

    def set_days(self, days: int) -> None:
        """Wait ``days`` (remembered for the next reply); this also ticks the box."""
        self._days = days
        QSettings().setValue(DAYS_SETTING, days)
        if days in self.day_actions:
            self.day_actions[days].setChecked(True)
        self._show_days()
        self.check.setChecked(True)

    def requested(self) -> int | None:
        """The days to wait when the box is ticked, else None."""
        return self._days if self.check.isChecked() else None

    def reset(self) -> None:
        """Untick the box (after the reply went out)."""
        self.check.setChecked(False)

    def _show_days(self) -> None:
        self.check.setText(self.tr("Remind me if there is no reply in %n day(s)", "", self._days))


def saved_days() -> int:
    """The days the owner chose last time (:data:`DEFAULT_DAYS` at first)."""
    saved = QSettings().value(DAYS_SETTING, DEFAULT_DAYS)
    try:
        days = int(str(saved))
    except ValueError:
        return DEFAULT_DAYS
    return days if days in DAY_CHOICES else DEFAULT_DAYS


def request_followup(
    operations: Operations,
    message_id: int,
    days: int,
    setup: PromiseSetup,
    *,
    author: str,
    clock: Callable[[], datetime] = utcnow,
    success: Callable[[ReminderView], None] | None = None,
    failure: Failure | None = None,
) -> None:
    """Make the follow-up for the sent and stored message ``message_id`` (its id in the
    store), due ``days`` later at opening time — off the UI thread."""
    now = clock()
    operations.change(
        lambda db: add_followup(
            db,
            message_id=message_id,
            days=days,
            now=now,
            tz=setup.tz,
            hours=setup.hours,
            author=author,
        ),
        REMINDERS,
        success,
        failure,
        what=Followups.tr("Set the follow-up reminder"),
    )
