"""Migration 0004 creates what the models describe, and can be undone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from console.storage import models_orders
from console.storage.database import Database
from console.storage.migrate import alembic_config
from console.storage.models import Base

MINE = {
    "orders",
    "order_items",
    "order_events",
    "conversation_orders",
    "order_mentions",
    "callbacks",
    "callback_rules",
    "mail_flags",
}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(row[0]) for row in rows}


def test_the_models_and_the_migration_agree(tmp_path: Path) -> None:
    assert {table.name for table in models_orders.Base.metadata.sorted_tables} >= MINE
    db = Database(tmp_path / "shop.sqlite3")
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.close()
    mine = [d for d in differences if any(name in repr(d) for name in MINE)]
    assert mine == []


def test_downgrade_removes_the_tables_and_upgrade_brings_them_back(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    db = Database(path)
    assert _tables(path) >= MINE
    config = alembic_config(db.engine)
    command.downgrade(config, "0004-1")
    assert not (_tables(path) & MINE)
    command.upgrade(config, "head")
    assert _tables(path) >= MINE
    with sqlite3.connect(path) as connection:
        triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        assert ("trg_order_links_follow_messages",) in set(triggers)
    db.close()
