from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.demo.sample_shop import build_sample_shop
from console.storage.database import Database

NOW = datetime(2026, 3, 12, 10, 30, tzinfo=UTC)


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
