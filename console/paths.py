"""Where Shopkeeper keeps its data.

The data directory holds the SQLite database and nothing secret (passwords live in
the OS keyring).  Its location is, in order of precedence: an explicit ``--data-dir``,
the ``SHOPKEEPER_HOME`` environment variable, then the platform's user data dir
(``platformdirs``).  The demo shop always lives in its own directory so it can never
touch real data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Shopkeeper"
ENV_HOME = "SHOPKEEPER_HOME"
DB_FILENAME = "shopkeeper.sqlite3"


@dataclass(frozen=True, slots=True)
class DataDir:
    """A resolved data directory and the files inside it."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / DB_FILENAME

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataDir:
        self.root.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(
    explicit: str | os.PathLike[str] | None = None, *, demo: bool = False
) -> DataDir:
    """Return the data directory to use (not yet created)."""
    if explicit:
        root = Path(explicit).expanduser()
    elif os.environ.get(ENV_HOME):
        root = Path(os.environ[ENV_HOME]).expanduser()
    else:
        root = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if demo:
        root = (
            root / "demo-shop"
            if explicit or os.environ.get(ENV_HOME)
            else Path(platformdirs.user_data_dir(APP_NAME + "-demo", appauthor=False))
        )
    return DataDir(root.resolve())
