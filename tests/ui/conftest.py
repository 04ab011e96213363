"""Fixtures for widget tests: a sample-shop database, the operations layer, the window.

Everything runs offscreen against a real SQLite file built by the sample-shop builder,
with "now" pinned so ages and orders are stable.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from console.demo.sample_shop import build_sample_shop
from console.paths import resolve_data_dir
from console.storage.database import Database
from tests.ui.helpers import NOW, TIMEOUT_MS
from ui.main_window import MainWindow
from ui.operations import Operations


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings of the tests go to a temporary folder, never to the user's."""
    QCoreApplication.setOrganizationName("ShopkeeperTests")
    QCoreApplication.setApplicationName("ShopkeeperTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield


@pytest.fixture
def sample_db(tmp_path: Path) -> Iterator[Database]:
    """A database holding the sample shop, built as of :data:`NOW`."""
    db = Database(tmp_path / "shop.sqlite3")
    build_sample_shop(db, now=NOW)
    yield db
    db.close()


@pytest.fixture
def operations(sample_db: Database) -> Iterator[Operations]:
    ops = Operations(sample_db)
    yield ops
    ops.wait()
    ops.shutdown()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a fresh sample shop (``--demo --data-dir tmp_path``), loaded."""
    ops = Operations()
    win = MainWindow(ops, data_dir_option=str(tmp_path))
    qtbot.addWidget(win)
    win.set_now(NOW)
    win.resize(1400, 900)
    win.show()
    win.open_store(resolve_data_dir(tmp_path, demo=True), demo=True, now=NOW)
    qtbot.waitUntil(lambda: win.inbox.model.total > 0 and ops.idle, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: win.conversation.detail is not None and ops.idle, timeout=TIMEOUT_MS)
    yield win
    win.customer_panel.save_notes()
    ops.wait()
    win._quitting = True
    win.close()
    ops.shutdown()
