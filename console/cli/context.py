"""What every command needs: the data directory and the database, opened lazily."""

from __future__ import annotations

import argparse
import getpass
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from console.errors import UserError
from console.logs import LOG_NAME
from console.paths import DataDir, resolve_data_dir

if TYPE_CHECKING:
    from console.storage.database import Database


class CliError(UserError):
    """A one-line error for the user."""


def author_name() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "owner"


@dataclass(slots=True)
class Context:
    data_dir: DataDir
    _db: Database | None = field(default=None, init=False)

    @staticmethod
    def from_args(args: argparse.Namespace) -> Context:
        return Context(resolve_data_dir(args.data_dir, demo=args.demo))

    @property
    def db(self) -> Database:
        if self._db is None:
            from console.storage.database import Database

            self.data_dir.ensure()
            try:
                self._db = Database(self.data_dir.database)
            except Exception as exc:
                raise CliError(f"cannot open the database {self.data_dir.database}: {exc}") from exc
        return self._db

    @property
    def log_file(self) -> Path:
        return self.data_dir.logs / LOG_NAME

    def log_exception(self, exc: BaseException) -> None:
        """Log the full traceback (redacted, see :mod:`console.logs`)."""
        logging.getLogger("shopkeeper").error(
            "internal error", exc_info=(type(exc), exc, exc.__traceback__)
        )

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
