"""Backups of the database with SQLite's online backup API, rotated, and restore.

A backup is a consistent copy taken while the app may be writing (the backup API copies
a snapshot).  Rotation keeps the newest backup of each of the last 7 days and of each of
the last 4 ISO weeks, and everything from the last 24 hours.  Restoring first backs up
the current database, so a restore can itself be undone.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from console.errors import UserError

KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^shopkeeper-(\d{8})-(\d{6})\.sqlite3$")


class BackupError(UserError):
    pass


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime

    @property
    def day(self) -> date:
        return self.taken_at.date()


def list_backups(directory: Path) -> list[Backup]:
    """Backups in ``directory``, newest first."""
    if not directory.is_dir():
        return []
    found = []
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match:
            taken = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(path, taken))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _copy(source: Path, target: Path) -> None:
    tmp = target.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(tmp) as dst:
        src.backup(dst)
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(f"The backup copy failed its integrity check: {check}")
    tmp.replace(target)  # atomic: a half-written backup never looks like a backup


def take_backup(
    database: Path, directory: Path, now: datetime, *, rotate_after: bool = True
) -> Backup:
    """Copy ``database`` into ``directory`` now and rotate; return the new backup."""
    if not database.exists():
        raise BackupError(f"There is no database at {database} to back up.")
    directory.mkdir(parents=True, exist_ok=True)
    stamp = now.astimezone(UTC)
    target = directory / f"shopkeeper-{stamp:%Y%m%d-%H%M%S}.sqlite3"
    _copy(database, target)
    if rotate_after:
        rotate(directory)
    return Backup(target, stamp.replace(microsecond=0))


def backup_due(directory: Path, now: datetime) -> bool:
    """True when no backup was taken today (UTC day)."""
    backups = list_backups(directory)
    return not backups or backups[0].day < now.astimezone(UTC).date()


def backup_if_due(database: Path, directory: Path, now: datetime) -> Backup | None:
    """The automatic daily backup: take one unless today's exists."""
    if database.exists() and backup_due(directory, now):
        return take_backup(database, directory, now)
    return None


def rotate(directory: Path) -> list[Path]:
    """Delete backups beyond 7 daily and 4 weekly ones; return what was deleted.

    Every backup of the last 24 hours is kept too: manual ones, and the copy a restore
    makes of the database it replaces.
    """
    keep: set[Path] = set()
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    backups = list_backups(directory)
    if backups:
        recent = backups[0].taken_at - timedelta(days=1)
        keep.update(b.path for b in backups if b.taken_at > recent)
    for backup in backups:  # newest first
        if backup.day not in days and len(days) < KEEP_DAILY:
            days.add(backup.day)
            keep.add(backup.path)
        week = backup.day.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(backup.path)
    deleted = []
    for backup in list_backups(directory):
        if backup.path not in keep:
            backup.path.unlink()
            deleted.append(backup.path)
    return deleted


def restore_backup(backup_file: Path, database: Path, directory: Path, now: datetime) -> Backup:
    """Replace ``database`` with ``backup_file``; the current one is backed up first.

    The app (or any sync) must not have the database open.
    """
    if not backup_file.is_file():
        raise BackupError(f"{backup_file} does not exist.")
    try:
        with sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True) as connection:
            check = connection.execute("PRAGMA integrity_check").fetchone()[0]
            connection.execute("SELECT count(*) FROM messages").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup_file} is not a Shopkeeper database ({exc}).") from exc
    if check != "ok":
        raise BackupError(f"{backup_file} is damaged ({check}); choose another backup.")
    # Rotation could delete the very backup being restored: rotate only afterwards.
    safety = (
        take_backup(database, directory, now, rotate_after=False) if database.exists() else None
    )
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    _copy(backup_file, database)
    rotate(directory)
    return safety or Backup(database, now)
