"""Fixtures for the promise and reminder widgets: the sample shop in Zagreb, on the DB
worker, with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from console.demo.sample_shop import build_sample_shop
from console.storage.database import Database
from tests.ui.reminders.scenario import HOURS, SUNDAY, ZAGREB, use_zagreb
from ui.operations import Operations
from ui.promises.setup import PromiseSetup

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
