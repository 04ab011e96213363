"""Helpers for the tests that run the app against the real test Dovecot."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from console.accounts.store import AccountSettings
from console.domain.security import Security
from console.paths import resolve_data_dir
from tests.servers.dovecot import ImapUser
from tests.ui.helpers import TIMEOUT_MS
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.tray import Tray

SYNC_TIMEOUT_MS = 30_000


def no_lookup(_email: str, _name: str = "") -> AccountSettings | None:
    """Autoconfig that finds nothing (this machine has no internet)."""
    return None


def imap_settings(user: ImapUser, **changes: object) -> AccountSettings:
    values: dict[str, object] = {
        "email": user.email,
        "display_name": "Test shop",
        "imap_host": user.host,
        "imap_port": user.imaps_port,
        "imap_security": Security.SSL,
        "imap_username": user.username,
        "ca_file": str(user.ca_file),
    }
    values.update(changes)
    return AccountSettings(**values)  # type: ignore[arg-type]


@contextmanager
def real_window(qtbot: QtBot, data_dir: Path, *, tray: Tray | None = None) -> Iterator[MainWindow]:
    """The main window on a (real, not sample) data folder, shut down afterwards."""
    ops = Operations()
    window = MainWindow(ops, data_dir_option=str(data_dir), tray=tray, lookup=no_lookup)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    window.open_store(resolve_data_dir(data_dir), demo=False)
    qtbot.waitUntil(lambda: window.info is not None and ops.idle, timeout=TIMEOUT_MS)
    try:
        yield window
    finally:
        window.desk.shutdown()
        window.desk.background.wait(10_000)
        ops.wait()
        window._quitting = True
        window.close()
        ops.shutdown()
