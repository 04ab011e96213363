"""The starter templates a new shop begins with (``resources/templates/*.json``).

They are seeded once, on first use of a database; a setting remembers that, so
templates the owner deleted do not come back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from console.storage.database import Database
from console.storage.settings import get_setting, set_setting
from console.templates.transfer import import_specs, read_template_file

STARTER_DIR: Final = Path(__file__).resolve().parents[2] / "resources" / "templates"
SEEDED: Final = "templates.seeded"


def starter_files(directory: Path = STARTER_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))


def ensure_starter_templates(db: Database, directory: Path = STARTER_DIR) -> int:
    """Seed the starter set into a database that never had it; return how many."""
    with db.reader() as session:
        if get_setting(session, SEEDED):
            return 0
    specs = [spec for path in starter_files(directory) for spec in read_template_file(path)]
    report = import_specs(db, specs, replace=False, validate=False)
    with db.session() as session:
        set_setting(session, SEEDED, True)
    return len(report.added)
