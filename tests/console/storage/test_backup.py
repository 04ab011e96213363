"""Backups: consistent copies, rotation (7 daily, 4 weekly), restore, export of everything."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import console.storage.backup as backup_module
from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse_pool import parse_safely
from console.paths import DataDir
from console.storage.backup import (
    BackupError,
    BackupKind,
    BackupProblem,
    backup_due,
    list_backups,
    restore_backup,
    restore_data_dir,
    rotate,
    summarize_backups,
    take_backup,
)
from console.storage.database import Database
from console.storage.export_all import export_everything
from console.storage.lock import DirectoryLock, LockHeld
from tests.mailfactory import make_mail, msgid

NOW = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)
REPO = Path(__file__).resolve().parents[3]
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


def test_a_restore_while_another_connection_writes_is_refused_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "BUSY_WAIT_SECONDS", 0.2)
    directory = tmp_path / "backups"
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 5)
        backup = take_backup(db.path, directory, NOW)
        _fill(db, 5, 7)
    with closing(sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(BackupError) as refused:
            restore_backup(backup.path, tmp_path / "db.sqlite3", directory, NOW + timedelta(1))
        other.execute("ROLLBACK")
    assert refused.value.problem is BackupProblem.BUSY
    assert _count(tmp_path / "db.sqlite3") == 12
    assert list_backups(directory) == [backup]  # not even a safety copy


def test_a_restore_that_runs_out_of_room_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    """The restore runs in a process whose files may not grow past a limit (RLIMIT_FSIZE)
    between the sizes of the database and of the backup: the safety copy is written,
    the copy of the backup fails midway, as it would on a full disk."""
    directory = tmp_path / "backups"
    database = tmp_path / "db.sqlite3"
    with Database(tmp_path / "big.sqlite3") as big:
        _fill(big, 0, 120)
        backup = take_backup(big.path, directory, NOW)
    with Database(database) as db:
        _fill(db, 1000, 3)
    small, large = database.stat().st_size, backup.path.stat().st_size
    assert small < large
    script = textwrap.dedent(
        f"""
        import resource, signal, sys
        from datetime import datetime
        from pathlib import Path
        from console.storage.backup import BackupError, restore_backup
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = {(small + large) // 2}
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        try:
            restore_backup(
                Path({str(backup.path)!r}), Path({str(database)!r}), Path({str(directory)!r}),
                datetime.fromisoformat({(NOW + timedelta(1)).isoformat()!r}),
            )
        except BackupError as exc:
            print(exc.problem.value, exc)
            sys.exit(3)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout.startswith(("no_space", "failed")), done.stdout
    assert _count(database) == 3
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not list(tmp_path.glob("*.partial")) and not list(directory.glob("*.partial"))
    assert backup.path.exists()


def test_a_data_folder_is_not_restored_while_a_sync_holds_its_lock(
    tmp_path: Path,
) -> None:
    data_dir = DataDir(tmp_path / "data").ensure()
    with Database(data_dir.database) as db:
        _fill(db, 0, 2)
        backup = take_backup(db.path, data_dir.backups, NOW)
        _fill(db, 2, 1)
    with DirectoryLock(data_dir.root), pytest.raises(LockHeld):  # `shopkeeper sync` runs
        restore_data_dir(data_dir, backup.path, NOW + timedelta(1))
    assert _count(data_dir.database) == 3
    restore_data_dir(data_dir, backup.path, NOW + timedelta(1))
    assert _count(data_dir.database) == 2


def test_two_backups_in_the_same_second_keep_both_and_a_restore_keeps_its_backup(
    tmp_path: Path,
) -> None:
    directory = tmp_path / "backups"
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 4)
        first = take_backup(db.path, directory, NOW)
        second = take_backup(db.path, directory, NOW)
        _fill(db, 4, 2)
    assert first.path != second.path and second.taken_at > first.taken_at
    # The safety copy of a restore in that same second must not overwrite the backup.
    safety = restore_backup(second.path, tmp_path / "db.sqlite3", directory, NOW)
    assert _count(tmp_path / "db.sqlite3") == 4
    assert _count(safety.path) == 6 and _count(second.path) == 4


def test_backups_are_listed_with_their_kind_size_and_what_they_hold(tmp_path: Path) -> None:
    directory = tmp_path / "backups"
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 3)
        old = take_backup(db.path, directory, NOW - timedelta(days=20))
        week = [take_backup(db.path, directory, NOW - timedelta(days=d)) for d in range(1, 7)]
        daily = take_backup(db.path, directory, NOW - timedelta(hours=3))
        _fill(db, 3, 2)
        newest = take_backup(db.path, directory, NOW)
    damaged = directory / "shopkeeper-20261120-100000.sqlite3"  # before that day's backup
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    summaries = {s.backup.path: s for s in summarize_backups(directory)}
    assert list(summaries) == [
        newest.path,
        daily.path,
        *(b.path for b in week[:2]),
        damaged,
        *(b.path for b in week[2:]),
        old.path,
    ]
    assert summaries[newest.path].kind is BackupKind.DAILY
    assert summaries[daily.path].kind is BackupKind.RECENT  # second of the day, < 24 h old
    assert {summaries[b.path].kind for b in week} == {BackupKind.DAILY}
    assert summaries[old.path].kind is BackupKind.WEEKLY  # an eighth day: kept for its week
    assert summaries[damaged].kind is None  # the next rotation deletes it
    assert (summaries[newest.path].messages, summaries[daily.path].messages) == (5, 3)
    assert summaries[newest.path].customers == 1
    assert summaries[newest.path].size == newest.path.stat().st_size
    assert summaries[damaged].messages is None
    assert summaries[damaged].customers is None


def test_export_everything_writes_mbox_json_and_csv(tmp_path: Path) -> None:
    with Database(tmp_path / "db.sqlite3") as db:
        _fill(db, 0, 3)
        counts = export_everything(db, tmp_path / "out")
    assert counts["mail.mbox"] == 3
    assert counts["customers.csv"] == 1
    conversations = json.loads((tmp_path / "out" / "conversations.json").read_text())
    assert len(conversations) == 3
    assert (tmp_path / "out" / "events.json").exists()
