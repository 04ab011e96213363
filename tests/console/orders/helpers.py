"""Storing mail the way the sync does (the Ingestor recognizes orders and forms)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from console.mail.classify import Recognition
from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse import parse_message
from console.storage.database import Database
from console.storage.settings import set_setting

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
IMPORT = Location(account_id=None, folder_id=None, uidvalidity=None, role="import")


def open_db(path: Path, *, region: str = "HR", timezone: str = "Europe/Zagreb") -> Database:
    db = Database(path)
    with db.session() as session:
        set_setting(session, "shop.region", region)
        set_setting(session, "shop.timezone", timezone)
    return db


def fixture(name: str) -> bytes:
    folder = "orders" if (FIXTURES / "orders" / f"{name}.eml").exists() else "callbacks"
    return (FIXTURES / folder / f"{name}.eml").read_bytes()


def ingest(
    db: Database,
    raws: Iterable[bytes],
    *,
    owner: frozenset[str] = frozenset(),
    now: datetime | None = None,
) -> list[tuple[int, Recognition]]:
    """Store ``raws`` in one transaction and recognize each, like the sync will."""
    results: list[tuple[int, Recognition]] = []
    with db.session() as session:
        ingestor = Ingestor(session, owner, now=now)
        for raw in raws:
            parsed = parse_message(raw)
            message_id = ingestor.store(IMPORT, FetchedMail(raw=raw), parsed)
            assert ingestor.last_recognition is not None
            results.append((message_id, ingestor.last_recognition))
        ingestor.finish()
    return results
