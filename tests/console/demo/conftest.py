from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.demo.sample_shop import build_sample_shop
from console.reminders.shop import TIMEZONE
from console.storage.database import Database
from console.storage.settings import set_setting

NOW = datetime(2026, 3, 12, 10, 30, tzinfo=UTC)
"""Thursday, 11:30 in Zagreb."""
ZAGREB = ZoneInfo("Europe/Zagreb")


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Database]:
    """A database with the sample shop as of ``NOW``."""
    db = Database(tmp_path / "shop.sqlite3")
    build_sample_shop(db, now=NOW)
    yield db
    db.close()


@pytest.fixture
def empty_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "empty.sqlite3")
    yield db
    db.close()


@pytest.fixture
def work_shop(tmp_path: Path) -> Iterator[Database]:
    """The app's sample shop (with orders, callbacks and promises) as of ``NOW``, in a shop
    in Zagreb (so "today" does not depend on the computer's time zone)."""
    db = Database(tmp_path / "work.sqlite3")
    with db.session() as session:
        set_setting(session, TIMEZONE, ZAGREB.key)
    build_sample_shop(db, now=NOW, with_work=True)
    yield db
    db.close()
