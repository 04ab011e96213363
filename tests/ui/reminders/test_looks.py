"""The widgets follow a light or dark palette (no loops while restyling)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from console.storage.database import Database
from tests.ui.helpers import settle
from tests.ui.reminders.conftest import SETUP, Clock
from tests.ui.reminders.scenario import TUESDAY, busy_week
from ui.icons import clear_cache
from ui.operations import Operations
from ui.promises.chips import PromiseChips
from ui.promises.look import is_dark, late
from ui.reminders.view import RemindersView


@pytest.fixture
def restore_palette() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    yield
    app.setPalette(light)
    clear_cache()


def dark() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2e"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e20"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d7bd9"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def test_switching_to_a_dark_palette(
    qtbot: QtBot,
    clock: Clock,
    shop_db: Database,
    shop_ops: Operations,
    restore_palette: None,
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = RemindersView(shop_ops, clock=clock)
    qtbot.addWidget(view)
    view.set_setup(SETUP)
    editor = QPlainTextEdit("Nazvat ću Vas u srijedu.")
    qtbot.addWidget(editor)
    chips = PromiseChips(editor, clock=clock)
    editor.chips = chips  # type: ignore[attr-defined]  # keep it alive
    chips.set_setup(SETUP)
    chips.detect_now()
    view.show()
    settle(qtbot, shop_ops)
    assert not is_dark(view.palette())
    QApplication.setPalette(dark())
    clear_cache()
    qtbot.wait(50)
    assert is_dark(view.palette())
    assert late(view.palette()).name() == "#f28b82"
    view.grab()
    chips.grab()
