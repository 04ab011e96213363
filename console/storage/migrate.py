"""Alembic migrations, applied in-process at start.

The migration scripts live in ``console/storage/migrations``; the configuration is
built in code, so no ``alembic.ini`` has to be found on disk at run time.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str) -> None:
    """Upgrade the database to ``revision`` (``"head"`` for the newest)."""
    command.upgrade(alembic_config(engine), revision)


def upgrade_to_head(engine: Engine) -> None:
    if current_revision(engine) != head_revision():
        upgrade(engine, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()
