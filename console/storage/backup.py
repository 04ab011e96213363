"""Backups of the database with SQLite's online backup API, rotated, and restore.

A backup is a consistent copy taken while the app may be writing (the backup API copies
a snapshot).  Rotation keeps the newest backup of each of the last 7 days and of each of
the last 4 ISO weeks, and everything from the last 24 hours.  Restoring first backs up
the current database, so a restore can itself be undone; the backup is copied and
checked next to the database before an atomic rename puts it in place, so a restore
that fails (a damaged backup, a full disk, a database in use) leaves the current
database as it was.

Within one process, backups and restores run one at a time (the app's daily backup may
be copying on a pool thread when the owner restores).  Between processes, the data
folder's locks (:mod:`console.storage.lock`) keep a restore from replacing the database
under a sync or under the app.
"""

from __future__ import annotations

import errno
import logging
import re
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path

from console.errors import UserError
from console.paths import DataDir
from console.storage.lock import DirectoryLock

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
BUSY_WAIT_SECONDS = 5.0
"""How long a restore waits for another connection to finish with the database."""
_NAME = re.compile(r"^shopkeeper-(\d{8})-(\d{6})\.sqlite3$")
_BUSY_TEXT = "Another program is using the database; close it and try again."
_ONE_AT_A_TIME = threading.RLock()
"""Held while a backup is taken, rotated or restored in this process."""


class BackupProblem(Enum):
    """What went wrong, so that the app can say it in the user's language."""

    MISSING = "missing"
    """The backup (or the database to back up) is not there."""
    UNREADABLE = "unreadable"
    """The backup is damaged or is not a Shopkeeper database."""
    BUSY = "busy"
    """Another program is using the database."""
    NO_SPACE = "no_space"
    """The disk is full."""
    FAILED = "failed"
    """Reading or writing the files failed otherwise."""


class BackupError(UserError):
    """A backup or restore that did not happen; the current database is unchanged."""

    def __init__(self, message: str, problem: BackupProblem = BackupProblem.FAILED) -> None:
        super().__init__(message)
        self.problem = problem


class BackupKind(Enum):
    """Why rotation keeps a backup."""

    DAILY = "daily"
    """The newest backup of one of the last 7 days that have one."""
    WEEKLY = "weekly"
    """The newest backup of one of the last 4 weeks that have one."""
    RECENT = "recent"
    """Another backup of the last 24 hours: taken by hand, or before a restore."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken_at: datetime

    @property
    def day(self) -> date:
        return self.taken_at.date()


@dataclass(frozen=True, slots=True)
class BackupSummary:
    """A backup as the backups dialog lists it."""

    backup: Backup
    kind: BackupKind | None
    size: int
    """Bytes on disk."""
    messages: int | None
    """Messages in it; None (and ``customers`` too) when it cannot be read."""
    customers: int | None


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


def retention(backups: list[Backup]) -> dict[Path, BackupKind]:
    """Why rotation keeps each of ``backups`` (newest first); those left out are deleted."""
    kept: dict[Path, BackupKind] = {}
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for backup in backups:
        if backup.day not in days and len(days) < KEEP_DAILY:
            days.add(backup.day)
            kept[backup.path] = BackupKind.DAILY
        year, week, _weekday = backup.day.isocalendar()
        if (year, week) not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add((year, week))
            kept.setdefault(backup.path, BackupKind.WEEKLY)
    if backups:
        recent = backups[0].taken_at - timedelta(days=1)
        for backup in backups:
            if backup.taken_at > recent:
                kept.setdefault(backup.path, BackupKind.RECENT)
    return kept


def summarize_backups(directory: Path) -> list[BackupSummary]:
    """The backups in ``directory``, newest first, with their size and what they hold.

    Opens every backup (read-only): call it off the UI thread.
    """
    backups = list_backups(directory)
    kinds = retention(backups)
    return [_summarize(backup, kinds.get(backup.path)) for backup in backups]


def _summarize(backup: Backup, kind: BackupKind | None) -> BackupSummary:
    try:
        size = backup.path.stat().st_size
    except OSError:
        size = 0
    messages = customers = None
    try:
        # immutable: a backup never changes once it has its name, so SQLite needs no locks.
        with closing(_read_only(backup.path, immutable=True)) as connection:
            messages = int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])
            customers = int(connection.execute("SELECT count(*) FROM customers").fetchone()[0])
    except sqlite3.Error:
        messages = customers = None
    return BackupSummary(backup, kind, size, messages, customers)


def _read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    return sqlite3.connect(uri, uri=True)


def check_backup(backup_file: Path, *, quick: bool = False) -> None:
    """Raise :class:`BackupError` unless ``backup_file`` is an undamaged Shopkeeper database.

    ``quick`` runs SQLite's ``quick_check`` (it skips the index cross-checks, so it takes
    a fraction of the time) instead of the full ``integrity_check``.
    """
    if not backup_file.is_file():
        raise BackupError(f"{backup_file} does not exist.", BackupProblem.MISSING)
    pragma = "quick_check" if quick else "integrity_check"
    try:
        with closing(_read_only(backup_file)) as connection:
            check = connection.execute(f"PRAGMA {pragma}").fetchone()[0]
            connection.execute("SELECT count(*) FROM messages").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            f"{backup_file} is not a Shopkeeper database ({exc}).", BackupProblem.UNREADABLE
        ) from exc
    if check != "ok":
        raise BackupError(
            f"{backup_file} is damaged ({check}); choose another backup.",
            BackupProblem.UNREADABLE,
        )


def _stage(source: Path, target: Path) -> Path:
    """Copy ``source`` next to ``target`` and check the copy; return the copy's path.

    The caller renames the copy to ``target`` (atomic: a half-written copy never takes
    the place of a backup or of the database).
    """
    tmp = target.with_suffix(".partial")
    tmp.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)
            check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise BackupError(
                f"The backup copy failed its integrity check: {check}", BackupProblem.UNREADABLE
            )
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _failure(exc: OSError | sqlite3.Error, doing: str) -> BackupError:
    """A clear error for a file or SQLite error met while ``doing`` something."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if (isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT)) or (
        primary == sqlite3.SQLITE_FULL
    ):
        return BackupError(
            f"There is not enough free disk space to {doing}.", BackupProblem.NO_SPACE
        )
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return BackupError(_BUSY_TEXT, BackupProblem.BUSY)
    return BackupError(f"Could not {doing}: {exc}", BackupProblem.FAILED)


def _new_backup(directory: Path, now: datetime) -> Backup:
    """The name of a backup taken ``now`` (a second later when that one exists)."""
    stamp = now.astimezone(UTC).replace(microsecond=0)
    while (path := directory / f"shopkeeper-{stamp:%Y%m%d-%H%M%S}.sqlite3").exists():
        stamp += timedelta(seconds=1)
    return Backup(path, stamp)


def take_backup(
    database: Path, directory: Path, now: datetime, *, rotate_after: bool = True
) -> Backup:
    """Copy ``database`` into ``directory`` now and rotate; return the new backup."""
    if not database.exists():
        raise BackupError(f"There is no database at {database} to back up.", BackupProblem.MISSING)
    with _ONE_AT_A_TIME:
        try:
            directory.mkdir(parents=True, exist_ok=True)
            backup = _new_backup(directory, now)
            _stage(database, backup.path).replace(backup.path)
        except (OSError, sqlite3.Error) as exc:
            raise _failure(exc, "back up the database") from exc
        if rotate_after:
            _rotate_quietly(directory)
    return backup


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
    with _ONE_AT_A_TIME:
        backups = list_backups(directory)
        keep = retention(backups)
        deleted = []
        for backup in backups:
            if backup.path not in keep:
                backup.path.unlink(missing_ok=True)
                deleted.append(backup.path)
        return deleted


def _rotate_quietly(directory: Path) -> None:
    """Rotate after a backup or restore that succeeded: a failure is only logged."""
    try:
        rotate(directory)
    except OSError as exc:
        log.warning("could not delete old backups in %s: %s", directory, exc)


def _settle(database: Path) -> None:
    """Move the write-ahead log into the database file; refuse when another connection
    is in the middle of reading or writing it."""
    with closing(sqlite3.connect(database, timeout=BUSY_WAIT_SECONDS)) as connection:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise BackupError(_BUSY_TEXT, BackupProblem.BUSY)


def restore_backup(backup_file: Path, database: Path, directory: Path, now: datetime) -> Backup:
    """Replace ``database`` with ``backup_file``; the current one is backed up first.

    The app (or any sync) must not have the database open: see :func:`restore_data_dir`.
    Returns the backup of the replaced database.  Raises :class:`BackupError` (the
    current database unchanged) when the backup is damaged, the disk is full, or another
    program is using the database.
    """
    with _ONE_AT_A_TIME:
        check_backup(backup_file)
        safety = None
        try:
            if database.exists():
                _settle(database)
                # Rotation could delete the very backup being restored: rotate only afterwards.
                safety = take_backup(database, directory, now, rotate_after=False)
            staged = _stage(backup_file, database)
            for suffix in ("-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
            staged.replace(database)
        except (OSError, sqlite3.Error) as exc:
            raise _failure(exc, "restore the backup") from exc
        _rotate_quietly(directory)
    return safety or Backup(database, now)


def restore_data_dir(data_dir: DataDir, backup_file: Path, now: datetime) -> Backup:
    """Restore ``backup_file`` into ``data_dir`` holding its sync lock, so that no sync
    (``shopkeeper sync``, another app) writes meanwhile; see :func:`restore_backup`.

    Raises :class:`~console.storage.lock.LockHeld` when a sync holds the lock.
    """
    with DirectoryLock(data_dir.root):
        return restore_backup(backup_file, data_dir.database, data_dir.backups, now)
