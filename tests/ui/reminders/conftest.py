"""Fixtures for the promise and reminder widgets: the sample shop in Zagreb, on the DB
worker, with a clock the test moves; and a private D-Bus session bus with a desktop
notification service on it (:mod:`tests.ui.reminders.dbus_session`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from console.demo.sample_shop import build_sample_shop
from console.storage.database import Database
from tests.ui.reminders.scenario import HOURS, SUNDAY, ZAGREB, use_zagreb
from ui.notifications.desktop import DesktopNotifications
from ui.operations import Operations
from ui.promises.setup import PromiseSetup

if TYPE_CHECKING:
    from tests.ui.reminders.dbus_session import NotificationService, SessionBus

SETUP = PromiseSetup(ZAGREB, HOURS, "hr")


class Clock:
    """A wall clock the test sets and moves."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def shop_db(tmp_path: Path) -> Iterator[Database]:
    """The sample shop built on Sunday 22 November 2026, 10:00 in Zagreb."""
    db = Database(tmp_path / "shop.sqlite3")
    build_sample_shop(db, now=SUNDAY)
    use_zagreb(db)
    yield db
    db.close()


@pytest.fixture
def shop_ops(shop_db: Database) -> Iterator[Operations]:
    ops = Operations(shop_db)
    yield ops
    ops.wait()
    ops.shutdown()


@pytest.fixture
def clock() -> Clock:
    return Clock(SUNDAY)


@pytest.fixture
def session_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionBus]:
    """A private session bus, as ``DBUS_SESSION_BUS_ADDRESS``; its daemon ends after."""
    from tests.ui.reminders.dbus_session import SessionBus, dbus_daemon

    program = dbus_daemon()
    if program is None:
        pytest.skip(
            "dbus-daemon is not installed (Debian package dbus-daemon, which scripts/test installs "
            "with dbus): the desktop notification tests need a real session bus"
        )
    bus = SessionBus(program)
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
    try:
        yield bus
    finally:
        bus.stop()


StartService = Callable[..., "NotificationService"]


@pytest.fixture
def notification_service(session_bus: SessionBus) -> Iterator[StartService]:
    """Starts the test notification service on the private bus (``capabilities``
    default to actions and body); every one started ends after the test."""
    from tests.ui.reminders.dbus_session import NotificationService

    started: list[NotificationService] = []

    def start(capabilities: tuple[str, ...] = ("actions", "body")) -> NotificationService:
        service = NotificationService(session_bus, capabilities)
        started.append(service)
        return service

    try:
        yield start
    finally:
        for service in started:
            service.stop()


@pytest.fixture
def silent_service(session_bus: SessionBus) -> Iterator[None]:
    """A hung notification service: it owns the name and never answers."""
    from tests.ui.reminders.dbus_session import SilentService

    service = SilentService(session_bus)
    try:
        yield
    finally:
        service.stop()


@pytest.fixture
def bus_address(session_bus: SessionBus) -> str:
    """The private bus's address (each :class:`DesktopNotifications` opens its own
    connection, on a thread of its own)."""
    return session_bus.address


@pytest.fixture
def desktop(bus_address: str) -> Iterator[DesktopNotifications]:
    """The app's desktop notifications on the private bus; shut down after the test
    (its connection's thread must end in time)."""
    notifications = DesktopNotifications(bus_address)
    try:
        yield notifications
    finally:
        assert notifications.shutdown(), "the D-Bus thread did not end"
