"""A sample shop with the callback-form fixture mails, and a clock the tests move."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from console.demo.sample_shop import build_sample_shop
from console.storage.database import Database
from console.storage.settings import set_setting
from tests.ui.helpers import NOW, TIMEOUT_MS
from tests.ui.shop_mail import CALLBACK_MAILS, ingest_mails
from ui.callbacks.queue_view import CallbackQueueView
from ui.operations import Operations

MONDAY = datetime(2026, 3, 9, 14, 0, tzinfo=UTC)
"""The afternoon the fixture forms were sent (9 March 2026, 09:00–14:45 UTC)."""


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def callback_db(tmp_path: Path) -> Iterator[Database]:
    """The sample shop (built as of NOW) plus six callback requests from form mails,
    in a shop in Zagreb."""
    db = Database(tmp_path / "shop.sqlite3")
    build_sample_shop(db, now=NOW)
    with db.session() as session:
        set_setting(session, "shop.timezone", "Europe/Zagreb")
    ingest_mails(db, CALLBACK_MAILS, now=MONDAY)
    yield db
    db.close()


@pytest.fixture
def ops(callback_db: Database) -> Iterator[Operations]:
    operations = Operations(callback_db)
    yield operations
    operations.wait()
    operations.shutdown()


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY)


@pytest.fixture
def queue(qtbot: QtBot, ops: Operations, clock: Clock) -> CallbackQueueView:
    view = CallbackQueueView(ops, clock=clock)
    qtbot.addWidget(view)
    view.author = "Ivana"
    view.resize(420, 820)
    view.show()
    view.open()
    qtbot.waitUntil(lambda: ops.idle and view.model.rowCount() > 0, timeout=TIMEOUT_MS)
    return view
