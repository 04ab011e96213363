"""Opening a data directory for the app: database, sample shop, and what to show first."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from console.paths import DataDir
from console.storage.database import Database
from console.storage.models import Account
from console.storage.settings import OWNER_NAME, SAMPLE_SHOP, get_setting


@dataclass(frozen=True, slots=True)
class StoreInfo:
    """What the app needs to know about the store it opened."""

    data_dir: Path
    demo: bool
    """This is the sample shop's own data directory."""
    accounts: int
    sample_shop: bool
    """The database holds the sample shop."""
    owner_name: str
    """The name the owner's actions are recorded under."""

    @property
    def needs_account(self) -> bool:
        """Nothing to show yet: no mail account and no sample shop."""
        return not self.demo and self.accounts == 0 and not self.sample_shop


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "owner"


def store_info(db: Database, data_dir: DataDir, *, demo: bool) -> StoreInfo:
    with db.reader() as session:
        accounts = int(session.scalar(select(func.count()).select_from(Account)) or 0)
        owner = get_setting(session, OWNER_NAME)
        sample = get_setting(session, SAMPLE_SHOP) is not None
    return StoreInfo(
        data_dir=data_dir.root,
        demo=demo,
        accounts=accounts,
        sample_shop=sample,
        owner_name=owner if isinstance(owner, str) and owner.strip() else _os_user(),
    )


def open_store(
    data_dir: DataDir, *, demo: bool, now: datetime | None = None
) -> tuple[Database, StoreInfo]:
    """Open (and migrate) the database; a demo directory gets the sample shop on first open.

    Raises whatever opening the database raises; the caller shows it.
    """
    data_dir.ensure()
    db = Database(data_dir.database)
    try:
        if demo:
            # Imported here: the sample shop's content is big, and a real shop's start
            # (the common case, timed by bench/ui_bench.py) never needs it.
            from console.demo.sample_shop import (
                SAMPLE_VERSION,
                ensure_sample_shop,
                sample_shop_version,
            )

            if sample_shop_version(db) not in (None, SAMPLE_VERSION):
                # Built by an earlier version: the demo folder holds only the sample
                # shop, never the owner's data, so it is built anew with what is new.
                db.close()
                for suffix in ("", "-wal", "-shm", "-journal"):
                    data_dir.database.with_name(data_dir.database.name + suffix).unlink(
                        missing_ok=True
                    )
                db = Database(data_dir.database)
            ensure_sample_shop(db, now=now)
        return db, store_info(db, data_dir, demo=demo)
    except BaseException:
        db.close()
        raise
