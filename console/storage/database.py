"""Opening the SQLite database: engine, connection pragmas, migrations, sessions.

Threading rule: a :class:`Database` may be shared between threads, but a session may
not.  Each unit of work opens its own short session (``with db.session() as s``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from console.storage.migrate import upgrade_to_head

BUSY_TIMEOUT_MS = 15_000
PAGE_SIZE = 16_384
CACHE_KIB = 16 * 1024
BULK_CHECKPOINT_PAGES = 8_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # Only takes effect while the file is still empty: 16 KiB pages store the raw
        # messages (tens of KiB, some MiB) with far fewer overflow pages than 4 KiB.
        cursor.execute(f"PRAGMA page_size={PAGE_SIZE}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # WAL + NORMAL survives an application crash (kill -9) without losing a
        # committed transaction; only a power cut may lose the last ones.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA temp_store=MEMORY")
        # Up to 16 MiB of pages per connection (SQLite's default is 2 MiB): a search reads
        # the same index pages again (twice as fast with them cached, 20,000 messages), and
        # a sync's batch no longer spills changed pages into the WAL before it commits.
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    finally:
        cursor.close()


def tune_for_bulk_writes(connection: sqlite3.Connection) -> None:
    """Settings for a connection that stores mail in bulk (a sync, an import).

    Checkpointing every 128 MiB of WAL instead of every 16 MiB writes the pages that every
    batch touches (indexes, search) to the database file less often.
    """
    connection.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")


def make_engine(path: Path) -> Engine:
    """An engine for the database file at ``path`` with our pragmas on every connection."""
    engine = create_engine(
        f"sqlite:///{path}",
        # Connections move between worker threads through the pool, never concurrently.
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


class Database:
    """An open, migrated Shopkeeper database."""

    def __init__(self, path: Path, *, migrate: bool = True) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = make_engine(path)
        if migrate:
            upgrade_to_head(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error."""
        with self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only unit of work (no commit)."""
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
