"""Due reminders as desktop notifications, over a real (private) D-Bus session bus.

The notification service is a separate process written with jeepney
(``notification_server.py``): it records each ``Notify`` as it came over the wire and
clicks buttons (``ActionInvoked``) when told.  The reminder's done and snooze go through
the Reminders view, as in the app, so the store and its events are checked.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from time import monotonic
from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.domain.events import EventKind
from console.reminders.kinds import ReminderStatus
from console.reminders.store import get_reminder
from console.storage.database import Database
from console.storage.models import Event
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.reminders.conftest import SETUP, Clock, StartService
from tests.ui.reminders.scenario import ZAGREB, busy_week
from tests.ui.reminders.test_notifier import FakeTray
from ui.notifications.desktop import (
    DesktopNote,
    DesktopNotifications,
    State,
    Urgency,
)
from ui.operations import Operations
from ui.reminders.notifier import Notifier
from ui.reminders.rows import ReminderRow
from ui.reminders.view import RemindersView

if TYPE_CHECKING:  # the service's side needs jeepney: imported by the fixtures
    from tests.ui.reminders.dbus_session import NotificationService, Notify

BEFORE_FOUR = datetime(2026, 11, 24, 15, 59, tzinfo=ZAGREB)
"""Tuesday: four reminders came due earlier; Emma Clarke's call is due at 16:00."""
EMMA = "I'll call the courier today at 4 pm\nToday, 4:00\u202fPM"
BUTTONS = [
    "default",
    "Open",
    "open",
    "Open",
    "done",
    "Done",
    "snooze-15",
    "Snooze 15 min",
    "snooze-60",
    "Snooze 1 h",
    "snooze-morning",
    "Tomorrow morning",
    "snooze-pick",
    "Pick a time…",
]


class Desk:
    """The notifier wired to the Reminders view as in the app, on the private bus."""

    def __init__(
        self,
        qtbot: QtBot,
        ops: Operations,
        clock: Clock,
        desktop: DesktopNotifications,
        tray: FakeTray | None = None,
    ) -> None:
        self.qtbot, self.ops, self.clock = qtbot, ops, clock
        self.view = RemindersView(ops, clock=clock)
        qtbot.addWidget(self.view)
        self.view.author = "Ivana"
        self.view.show()
        self.view.set_setup(SETUP)
        self.notices: list[str] = []
        self.view.notice.connect(self.notices.append)
        self.opened: list[ReminderRow | None] = []
        self.desktop = desktop
        self.notifier = Notifier(ops, tray, clock=clock, desktop=self.desktop)
        self.notifier.tz = ZAGREB
        self.notifier.author = "Ivana"
        self.notifier.route_actions(self.view)
        self.notifier.clicked.connect(self.opened.append)
        self.notifier.start()
        settle(qtbot, ops)

    def run_for(self, seconds: int) -> None:
        """The app running: a heartbeat every 5 seconds."""
        for _ in range(seconds // 5):
            self.clock.advance(timedelta(seconds=5))
            self.notifier.heartbeat()
            settle(self.qtbot, self.ops)


def notified(qtbot: QtBot, service: NotificationService, count: int) -> list[Notify]:
    """The service's notifications, once there are ``count``."""
    qtbot.waitUntil(lambda: len(service.notifications()) >= count, timeout=TIMEOUT_MS)
    notifications = service.notifications()
    assert len(notifications) == count
    return notifications


def events(db: Database, kind: EventKind, reminder_id: int) -> list[tuple[str, dict[str, object]]]:
    """(author, payload) of the reminder's events of ``kind``."""
    with db.reader() as session:
        rows = session.scalars(select(Event).where(Event.kind == kind.value))
        found = [(row.author, json.loads(row.payload)) for row in rows]
    return [(author, payload) for author, payload in found if payload["reminder_id"] == reminder_id]


def emma_due(
    qtbot: QtBot,
    ops: Operations,
    clock: Clock,
    db: Database,
    desktop: DesktopNotifications,
    service: NotificationService,
) -> tuple[Desk, Notify]:
    """The start summary, then Emma Clarke's call at 16:00 as a notification of its own."""
    busy_week(db)
    clock.now = BEFORE_FOUR
    desk = Desk(qtbot, ops, clock, desktop)
    notified(qtbot, service, 1)
    desk.run_for(90)
    emma = notified(qtbot, service, 2)[1]
    assert emma.summary == "Call — Emma Clarke"
    return desk, emma


def emma_id(desk: Desk) -> int:
    """The reminder of the newest message (Emma Clarke's call)."""
    row = desk.notifier.messages[-1].reminder
    assert row is not None
    return row.reminder.id


def test_a_due_reminder_is_a_desktop_notification_with_buttons(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    desktop: DesktopNotifications,
    notification_service: StartService,
) -> None:
    service = notification_service()
    busy_week(shop_db)
    clock.now = BEFORE_FOUR
    tray = FakeTray()
    desk = Desk(qtbot, shop_ops, clock, desktop, tray)
    # What came due while the app was closed: one summary, which only opens.
    [summary] = notified(qtbot, service, 1)
    [message] = desk.notifier.messages
    assert summary.signature == "susssasa{sv}i"
    assert (summary.app_name, summary.replaces_id, summary.app_icon) == ("Shopkeeper", 0, "")
    assert summary.summary == "4 reminder(s) came due while Shopkeeper was closed"
    assert summary.body == message.text
    assert summary.actions == ["default", "Open", "open", "Open"]
    # Marko's call was due on Monday: urgent.  The urgency hint is a byte.
    assert summary.hints == {"desktop-entry": ["s", "shopkeeper"], "urgency": ["y", 2]}
    assert summary.expire_timeout == -1
    assert desk.desktop.state is State.READY
    assert desk.desktop.capabilities == {"actions", "body"}

    # 16:00: Emma Clarke's call, one reminder with its buttons, not urgent yet.
    desk.run_for(90)
    _, emma = notified(qtbot, service, 2)
    assert emma.signature == "susssasa{sv}i"
    assert emma.summary == "Call — Emma Clarke"
    assert emma.body == EMMA
    assert emma.actions == BUTTONS
    assert emma.hints == {"desktop-entry": ["s", "shopkeeper"], "urgency": ["y", 1]}
    assert emma.id != summary.id
    # Shown once, and not in the tray too.
    desk.run_for(120)
    assert len(service.notifications()) == 2
    assert len(desk.notifier.messages) == 2
    assert tray.shown == []


def test_done_on_the_notification_keeps_the_promise(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    desktop: DesktopNotifications,
    notification_service: StartService,
) -> None:
    service = notification_service()
    desk, emma = emma_due(qtbot, shop_ops, clock, shop_db, desktop, service)
    reminder_id = emma_id(desk)
    service.invoke(emma.id, "done")
    qtbot.waitUntil(
        lambda: get_reminder(shop_db, reminder_id).status is ReminderStatus.DONE,
        timeout=TIMEOUT_MS,
    )
    settle(qtbot, shop_ops)
    [(author, payload)] = events(shop_db, EventKind.PROMISE_KEPT, reminder_id)
    assert author == "Ivana" and payload["on_time"] is True
    assert desk.notices[-1] == "Done: Call — Emma Clarke."
    # Handled: taken off the screen, and a second click does nothing.
    qtbot.waitUntil(lambda: bool(service.calls("CloseNotification")), timeout=TIMEOUT_MS)
    assert service.calls("CloseNotification")[0]["body"] == [emma.id]
    service.invoke(emma.id, "done")
    service.invoke(emma.id, "snooze-15")
    qtbot.wait(200)
    settle(qtbot, shop_ops)
    assert len(events(shop_db, EventKind.PROMISE_KEPT, reminder_id)) == 1
    assert events(shop_db, EventKind.REMINDER_SNOOZED, reminder_id) == []
    assert get_reminder(shop_db, reminder_id).status is ReminderStatus.DONE


def test_snooze_on_the_notification_brings_it_back_later(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    desktop: DesktopNotifications,
    notification_service: StartService,
) -> None:
    service = notification_service()
    desk, emma = emma_due(qtbot, shop_ops, clock, shop_db, desktop, service)
    reminder_id, snoozed_at = emma_id(desk), clock.now
    service.invoke(emma.id, "snooze-15")
    qtbot.waitUntil(
        lambda: get_reminder(shop_db, reminder_id).snoozed_until is not None, timeout=TIMEOUT_MS
    )
    settle(qtbot, shop_ops)
    snoozed = get_reminder(shop_db, reminder_id)
    assert snoozed.status is ReminderStatus.SNOOZED
    assert snoozed.snoozed_until == (snoozed_at + timedelta(minutes=15)).astimezone(UTC)
    [(author, payload)] = events(shop_db, EventKind.REMINDER_SNOOZED, reminder_id)
    assert author == "Ivana" and payload["until"] == snoozed.snoozed_until.isoformat()
    assert desk.notices[-1] == "Snoozed until today, 4:15\u202fPM: Call — Emma Clarke."

    # Fifteen minutes later it is due again: a new notification, with its buttons.
    desk.run_for(14 * 60)
    assert len(service.notifications()) == 2
    desk.run_for(90)
    again = notified(qtbot, service, 3)[2]
    assert again.summary == "Call — Emma Clarke"
    assert again.actions == BUTTONS
    assert again.id not in (emma.id, 0)

    # Until tomorrow morning: the shop opens at 9:00.
    service.invoke(again.id, "snooze-morning")
    morning = datetime(2026, 11, 25, 9, 0, tzinfo=ZAGREB)
    qtbot.waitUntil(
        lambda: get_reminder(shop_db, reminder_id).remind_at == morning.astimezone(UTC),
        timeout=TIMEOUT_MS,
    )
    settle(qtbot, shop_ops)


def test_open_and_pick_on_the_notification(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    desktop: DesktopNotifications,
    notification_service: StartService,
) -> None:
    service = notification_service()
    desk, emma = emma_due(qtbot, shop_ops, clock, shop_db, desktop, service)
    summary = service.notifications()[0]
    row = desk.notifier.messages[-1].reminder
    assert row is not None
    # The summary opens the reminders; another app's notification is none of ours.
    service.invoke(summary.id, "open")
    service.invoke(emma.id + 100, "open")
    qtbot.waitUntil(lambda: len(desk.opened) == 1, timeout=TIMEOUT_MS)
    assert desk.opened == [None]
    # "Pick a time…": the reminder opens and the view's date picker with it.
    service.invoke(emma.id, "snooze-pick")
    qtbot.waitUntil(lambda: desk.view.picker is not None, timeout=TIMEOUT_MS)
    assert desk.opened == [None, row]
    picker = desk.view.picker
    assert picker is not None and picker.isVisible()
    picker.set_value(date(2026, 11, 27), time(15, 30))
    picker.set_button.click()
    settle(qtbot, shop_ops)
    picked = get_reminder(shop_db, row.reminder.id)
    assert picked.remind_at == datetime(2026, 11, 27, 15, 30, tzinfo=ZAGREB).astimezone(UTC)


def test_a_click_on_the_notification_opens_the_reminder(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    desktop: DesktopNotifications,
    notification_service: StartService,
) -> None:
    service = notification_service()
    desk, emma = emma_due(qtbot, shop_ops, clock, shop_db, desktop, service)
    with qtbot.waitSignal(desk.notifier.clicked, timeout=TIMEOUT_MS) as clicked:
        service.invoke(emma.id, "default")
    assert clicked.args == [desk.notifier.messages[-1].reminder]
    # Opening changes nothing.
    assert get_reminder(shop_db, emma_id(desk)).status is ReminderStatus.PENDING


def test_without_a_notification_service_the_tray_shows_it(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    desktop: DesktopNotifications,
) -> None:
    busy_week(shop_db)
    clock.now = BEFORE_FOUR
    tray = FakeTray()
    desk = Desk(qtbot, shop_ops, clock, desktop, tray)
    qtbot.waitUntil(lambda: len(tray.shown) == 1, timeout=TIMEOUT_MS)
    assert desk.desktop.state is State.ABSENT
    desk.run_for(90)
    assert [title for title, _ in tray.shown] == [
        "4 reminder(s) came due while Shopkeeper was closed",
        "Call — Emma Clarke",
    ]
    assert tray.shown[1][1] == EMMA
    # Clicking the tray's message still opens the reminder.
    with qtbot.waitSignal(desk.notifier.clicked) as clicked:
        tray.messageClicked.emit()
    assert clicked.args == [desk.notifier.messages[-1].reminder]


def test_without_a_session_bus_the_tray_shows_it(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = BEFORE_FOUR
    tray = FakeTray()
    nowhere = DesktopNotifications("unix:path=/nonexistent/bus")
    try:
        desk = Desk(qtbot, shop_ops, clock, nowhere, tray)
        # Connecting fails on the connection's thread; the summary goes to the tray.
        qtbot.waitUntil(lambda: len(tray.shown) == 1, timeout=TIMEOUT_MS)
        assert desk.desktop.state is State.ABSENT
        assert [title for title, _ in tray.shown] == [
            "4 reminder(s) came due while Shopkeeper was closed"
        ]
    finally:
        assert nowhere.shutdown()


def test_headless_there_is_no_desktop_to_notify(qtbot: QtBot) -> None:
    """Tests and screenshots run offscreen: no notification reaches the owner's desktop,
    even when a session bus is around."""
    desktop = DesktopNotifications.session()
    ids: list[int | None] = []
    desktop.notify(DesktopNote("Call — Marko Horvat"), ids.append)
    assert ids == [None]
    assert desktop.state is State.ABSENT


def test_the_wire_types_and_what_the_service_can_do(
    qtbot: QtBot,
    desktop: DesktopNotifications,
    notification_service: StartService,
) -> None:
    """No service yet, then one without buttons that reads markup: ``u`` ids beyond
    int32, a byte urgency, an empty ``as`` of actions, the body escaped."""
    ids: list[int | None] = []
    note = DesktopNote(
        "Call <Marko>",
        "Fish & chips <b>",
        (("default", "Open"), ("done", "Done")),
        Urgency.LOW,
        replaces=4_000_000_000,
        timeout_ms=0,
    )
    desktop.notify(note, ids.append)
    qtbot.waitUntil(lambda: ids == [None], timeout=TIMEOUT_MS)
    assert desktop.state is State.ABSENT

    service = notification_service(("body", "body-markup"))
    # NameOwnerChanged: the service arrived; the next notification asks it.
    qtbot.waitUntil(lambda: desktop.state is State.UNKNOWN, timeout=TIMEOUT_MS)
    desktop.notify(note, ids.append)
    qtbot.waitUntil(lambda: len(ids) == 2, timeout=TIMEOUT_MS)
    assert ids == [None, 4_000_000_000]  # the service answers the id it replaced
    [sent] = service.notifications()
    assert sent.signature == "susssasa{sv}i"
    assert sent.replaces_id == 4_000_000_000
    assert sent.summary == "Call <Marko>"  # the summary is plain text
    assert sent.body == "Fish &amp; chips &lt;b&gt;"
    assert sent.actions == []  # no buttons on this desktop
    assert sent.hints["urgency"] == ["y", 0]
    assert sent.expire_timeout == 0
    # Closing one: CloseNotification with a u id; the service says it closed.
    with qtbot.waitSignal(desktop.closed, timeout=TIMEOUT_MS) as closed:
        desktop.close(4_000_000_000)
    assert closed.args == [4_000_000_000, 3]
    [close] = service.calls("CloseNotification")
    assert close["signature"] == "u"


def test_a_service_that_does_not_answer_and_shutting_down(
    qtbot: QtBot, bus_address: str, silent_service: None
) -> None:
    """A hung desktop (it owns the name, never answers): the call times out and the
    message goes elsewhere; the window never waits.  Shutting down with a call under
    way ends the connection's thread at once, and the call is dropped."""
    hasty = DesktopNotifications(bus_address, call_ms=300)
    patient = DesktopNotifications(bus_address, call_ms=60_000)
    try:
        ids: list[int | None] = []
        hasty.notify(DesktopNote("Call — Marko Horvat"), ids.append)
        assert ids == []  # asked on the connection's thread
        qtbot.waitUntil(lambda: ids == [None], timeout=TIMEOUT_MS)
        assert hasty.state is State.ABSENT

        late: list[int | None] = []
        patient.notify(DesktopNote("Call — Emma Clarke"), late.append)
        qtbot.wait(200)
        assert patient.state is State.PROBING
        started = monotonic()
        assert patient.shutdown()
        assert monotonic() - started < 1.0
        qtbot.wait(100)
        assert late == []
        # Shut down: what comes next goes elsewhere.
        patient.notify(DesktopNote("Call — Emma Clarke"), late.append)
        assert late == [None]
    finally:
        assert hasty.shutdown()
        assert patient.shutdown()
