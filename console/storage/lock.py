"""Exclusive locks on a data directory: for syncing, and while the app has it open.

Only one process may sync a data directory at a time (the app, or ``shopkeeper sync``):
that is the ``sync.lock``.  The desktop app also holds the :data:`APP_LOCK` while it has
the directory's database open, so ``shopkeeper backup restore`` refuses instead of
replacing the database under it.  The locks are OS file locks, so they disappear with
the process — even after ``kill -9``.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import TracebackType

from console.errors import UserError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


APP_LOCK = "app.lock"
"""The name of the lock the desktop app holds while a data directory is open in it."""


class LockHeld(UserError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "Another Shopkeeper is syncing this data folder "
            "(close the app or the other sync first)."
        )
        self.path = path


class DirectoryLock:
    def __init__(self, directory: Path, name: str = "sync.lock") -> None:
        self.path = directory / name
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise LockHeld(str(self.path)) from exc
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            if fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> DirectoryLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
