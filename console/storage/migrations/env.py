"""Alembic environment: runs migrations on the engine handed over in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine

from console.storage import (
    models_orders,  # noqa: F401  (registers the order tables)
    models_outbox,  # noqa: F401  (registers drafts, outbox, templates)
    models_promises,  # noqa: F401  (registers reminders)
)
from console.storage.models import Base

config = context.config
engine: Engine | None = config.attributes.get("engine")
if engine is None:
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")

with engine.begin() as connection:
    # batch mode: SQLite cannot ALTER most things, Alembic copies the table instead.
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()
