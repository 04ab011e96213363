"""The newest schema revision, read from the migration files' names (no SQLAlchemy).

The migrations are one linear chain of files named ``NNNN_what.py`` with revision id
``"NNNN"`` (see :mod:`console.storage.migrate`), so the head is the highest number.
Light on purpose: ``shopkeeper sync`` with nothing new checks it without the ORM.
"""

from __future__ import annotations

from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def head_revision() -> str:
    """The newest revision id, from the migration file names."""
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return names[-1].split("_", 1)[0]
