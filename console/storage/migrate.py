"""Alembic migrations, applied in-process at start.

The migration scripts live in ``console/storage/migrations/versions``, one linear chain
whose files are named ``NNNN_what.py`` with revision id ``"NNNN"``.  Because of that
naming, the newest revision is known from the file names alone, so opening an
up-to-date database does not import Alembic at all (it costs a tenth of a second, and
every short CLI command opens the database).  A test checks that the file names and
Alembic's own idea of the head agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config

from console.storage.revisions import MIGRATIONS_DIR, head_revision


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str) -> None:
    """Upgrade the database to ``revision`` (``"head"`` for the newest)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def upgrade_to_head(engine: Engine) -> None:
    if current_revision(engine) != head_revision():
        upgrade(engine, "head")


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:
            return None  # a new, empty database
