"""Migration 0006 creates exactly what the models describe."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from console.storage import models_outbox  # noqa: F401  (registers the tables)
from console.storage.database import Database
from console.storage.models import Base

TABLES = {"drafts", "outbox", "templates", "template_versions"}


def _table_of(diff: object) -> str | None:
    item = diff[0] if isinstance(diff, list) else diff
    assert isinstance(item, tuple)
    for part in item[1:]:
        name = getattr(part, "name", None)
        table = getattr(part, "table", None)
        if table is not None and getattr(table, "name", None):
            return str(table.name)
        if isinstance(name, str) and name in TABLES:
            return name
        if isinstance(part, str) and part in TABLES:
            return part
    return None


def test_the_outbox_drafts_and_template_tables_match_their_models(tmp_path: Path) -> None:
    with Database(tmp_path / "shop.sqlite3") as db:
        inspector = inspect(db.engine)
        assert set(inspector.get_table_names()) >= TABLES
        assert {i["name"] for i in inspector.get_indexes("outbox")} >= {
            "ix_outbox_state_due",
            "ix_outbox_conversation_id",
        }
        with db.engine.connect() as connection:
            diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        mine = [d for d in diffs if _table_of(d) in TABLES]
        assert mine == []
