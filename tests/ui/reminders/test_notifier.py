"""Notifications of due reminders: each shown once, nothing lost while the app was
closed or the computer slept."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from console.storage.database import Database
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.reminders.conftest import Clock
from tests.ui.reminders.scenario import TUESDAY, ZAGREB, busy_week, promise
from ui.operations import Operations
from ui.reminders.notifier import Notification, Notifier, Reason


class FakeTray(QSystemTrayIcon):
    """A tray that takes messages (the offscreen platform has none)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[tuple[str, str]] = []

    def supportsMessages(self) -> bool:
        return True

    def showMessage(  # type: ignore[override]
        self, title: str, text: str, icon: QIcon, msecs: int = 10000
    ) -> None:
        self.shown.append((title, text))


def start(qtbot: QtBot, ops: Operations, clock: Clock, tray: FakeTray | None = None) -> Notifier:
    notifier = Notifier(ops, tray, clock=clock)
    notifier.tz = ZAGREB
    notifier.author = "Ivana"
    notifier.start()
    settle(qtbot, ops)
    return notifier


def test_reminders_that_came_due_while_closed_are_shown_at_start(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    tray = FakeTray()
    notices: list[str] = []
    notifier = Notifier(shop_ops, tray, clock=clock)
    notifier.notice.connect(notices.append)
    notifier.start()
    settle(qtbot, shop_ops)
    [message] = notifier.messages
    assert message.reason is Reason.START
    assert message.title == "4 reminder(s) came due while Shopkeeper was closed"
    assert [r.customer_name for r in message.rows] == [
        "Marko Horvat",
        "Klaus Weber",
        "Mojca Kranjc",
        "Ana Jurić",
    ]
    assert message.text.splitlines() == [
        "Call — Marko Horvat",
        "Ship — Klaus Weber",
        "Follow up — Mojca Kranjc",
        "and 1 more",
    ]
    assert tray.shown == [(message.title, message.text)]
    assert notices == [f"{message.title}: Call — Marko Horvat"]
    # Clicking a summary opens the reminders, not one of them.
    with qtbot.waitSignal(notifier.clicked) as clicked:
        tray.messageClicked.emit()
    assert clicked.args == [None]


def run_for(qtbot: QtBot, ops: Operations, notifier: Notifier, clock: Clock, seconds: int) -> None:
    """The app running: a heartbeat every 5 seconds."""
    for _ in range(seconds // 5):
        clock.advance(timedelta(seconds=5))
        notifier.heartbeat()
        settle(qtbot, ops)


def test_a_due_reminder_is_shown_once(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = datetime(2026, 11, 24, 15, 59, tzinfo=ZAGREB)
    tray = FakeTray()
    notifier = start(qtbot, shop_ops, clock, tray)
    assert len(notifier.messages) == 1
    notifier.check()  # nothing new is due: nothing more is shown
    settle(qtbot, shop_ops)
    assert len(notifier.messages) == 1
    run_for(qtbot, shop_ops, notifier, clock, 90)  # past 16:00, checking every 30 s
    message = notifier.messages[-1]
    assert message.reason is Reason.TICK
    assert message.title == "Call — Emma Clarke"
    assert message.text == "I'll call the courier today at 4 pm\nToday, 4:00\u202fPM"
    assert message.reminder is not None and message.reminder.customer_name == "Emma Clarke"
    run_for(qtbot, shop_ops, notifier, clock, 120)
    assert len(notifier.messages) == 2  # not twice
    assert len(tray.shown) == 2
    with qtbot.waitSignal(notifier.clicked) as clicked:
        tray.messageClicked.emit()
    assert clicked.args == [message.reminder]


def test_several_due_at_once_make_one_message(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    clock.now = TUESDAY
    notifier = start(qtbot, shop_ops, clock)
    assert notifier.messages == []
    said = TUESDAY - timedelta(minutes=5)
    promise(shop_db, "Marko Horvat", "Nazvat ću Vas danas u 15 sati.", said=said)
    promise(shop_db, "Ana Jurić", "Poslat ću Vam račun danas u 15 sati.", said=said)
    clock.now = datetime(2026, 11, 24, 15, 0, tzinfo=ZAGREB)
    notifier.check()
    settle(qtbot, shop_ops)
    [message] = notifier.messages
    assert message.title == "2 reminder(s) due"
    assert message.text.splitlines() == ["Call — Marko Horvat", "Send — Ana Jurić"]


def test_after_a_sleep_it_catches_up_at_once(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    notifier = start(qtbot, shop_ops, clock)
    assert len(notifier.messages) == 1
    shown: list[Notification] = []
    notifier.shown.connect(shown.append)
    # The computer sleeps for three hours: the next heartbeat sees the jump.
    clock.advance(timedelta(hours=3))
    notifier.heartbeat()
    settle(qtbot, shop_ops)
    [message] = shown
    assert message.reason is Reason.WAKE
    assert message.title == "1 reminder(s) came due while the computer was asleep"
    assert message.text == "Call — Emma Clarke"
    # A normal beat after that: nothing new.
    clock.advance(timedelta(seconds=5))
    notifier.heartbeat()
    settle(qtbot, shop_ops)
    assert len(shown) == 1


def test_checks_do_not_overlap_and_a_stopped_notifier_is_quiet(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    notifier = Notifier(shop_ops, clock=clock)
    notifier.start()
    notifier.check(Reason.WAKE)  # asked while the start check runs: runs after it
    qtbot.waitUntil(lambda: shop_ops.idle and not notifier._checking, timeout=TIMEOUT_MS)
    assert [m.reason for m in notifier.messages] == [Reason.START]
    notifier.stop()
    assert not notifier.running
    clock.advance(timedelta(hours=3))
    notifier.heartbeat()
    notifier.check()
    settle(qtbot, shop_ops)
    assert len(notifier.messages) == 1
