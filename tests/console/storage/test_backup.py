"""Backups: consistent copies, rotation (7 daily, 4 weekly), restore, export of everything."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse_pool import parse_safely
from console.storage.backup import (
    BackupError,
    backup_due,
    list_backups,
    restore_backup,
    rotate,
    take_backup,
)
from console.storage.database import Database
from console.storage.export_all import export_everything
from tests.mailfactory import make_mail, msgid

NOW = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)
IMPORT = Location(None, None, None, "import")


def _fill(db: Database, start: int, count: int) -> None:
    with db.session() as session:
        ingestor = Ingestor(session, frozenset())
        for n in range(start, start + count):
            raw = make_mail(message_id=msgid(n), subject=f"Pitanje {n}", minutes=n)
            ingestor.store(
                Location(None, None, None, "import"), FetchedMail(raw), parse_safely(raw)
            )
        ingestor.finish()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])


def test_a_backup_taken_while_mail_is_written_is_consistent(tmp_path: Path) -> None:
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 50)
        writer = threading.Thread(target=_fill, args=(db, 50, 200))
        writer.start()
        backup = take_backup(db.path, tmp_path / "backups", NOW)
        writer.join()
    with sqlite3.connect(backup.path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert 50 <= _count(backup.path) <= 250


def test_rotation_keeps_seven_daily_and_four_weekly_backups(tmp_path: Path) -> None:
    directory = tmp_path / "backups"
    directory.mkdir()
    database = tmp_path / "db.sqlite3"
    Database(database).close()
    for day in range(60):
        take_backup(database, directory, NOW - timedelta(days=day))
        take_backup(database, directory, NOW - timedelta(days=day, hours=2))
    rotate(directory)
    kept = list_backups(directory)
    days = sorted({b.day for b in kept}, reverse=True)
    assert days[:7] == [(NOW - timedelta(days=d)).date() for d in range(7)]
    weeks = {b.day.isocalendar()[:2] for b in kept}
    assert len(weeks) == 4
    # one a day, plus the second backup of the last 24 hours
    assert len(kept) <= 7 + 4 + 1


def test_one_backup_a_day_is_taken_automatically(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite3"
    Database(database).close()
    directory = tmp_path / "backups"
    assert backup_due(directory, NOW)
    take_backup(database, directory, NOW)
    assert not backup_due(directory, NOW + timedelta(hours=1))
    assert backup_due(directory, NOW + timedelta(days=1))


def test_restore_brings_back_the_data_and_keeps_the_replaced_database(tmp_path: Path) -> None:
    directory = tmp_path / "backups"
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 5)
        backup = take_backup(db.path, directory, NOW)
        _fill(db, 5, 7)
    safety = restore_backup(backup.path, tmp_path / "db.sqlite3", directory, NOW + timedelta(1))
    assert _count(tmp_path / "db.sqlite3") == 5
    assert _count(safety.path) == 12
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 100, 1)


def test_a_damaged_backup_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "shopkeeper-20261122-100000.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(BackupError, match=r"not a Shopkeeper database|damaged"):
        restore_backup(bad, tmp_path / "db.sqlite3", tmp_path / "b", NOW)


def test_export_everything_writes_mbox_json_and_csv(tmp_path: Path) -> None:
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 3)
        counts = export_everything(db, tmp_path / "out")
    assert counts["mail.mbox"] == 3
    assert counts["customers.csv"] == 1
    conversations = json.loads((tmp_path / "out" / "conversations.json").read_text())
    assert len(conversations) == 3
    assert (tmp_path / "out" / "events.json").exists()
