"""The template manager: create, duplicate, delete, reorder (buttons and drag), import and
export; the sidebar follows every change."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.storage.database import Database
from console.templates.starter import ensure_starter_templates
from console.templates.store import list_templates
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.operations import Operations
from ui.templates.manager import TemplateManager


@pytest.fixture
def manager(qtbot: QtBot, sample_db: Database, operations: Operations) -> Iterator[TemplateManager]:
    ensure_starter_templates(sample_db)
    dialog = TemplateManager(operations)
    dialog.ask_unsaved = lambda: QMessageBox.StandardButton.Discard
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 11, timeout=TIMEOUT_MS)
    yield dialog
    operations.wait()


def keys(db: Database) -> list[str]:
    return [t.key for t in list_templates(db)]


def test_create_a_template_with_two_languages(
    qtbot: QtBot, manager: TemplateManager, sample_db: Database, operations: Operations
) -> None:
    changed: list[bool] = []
    manager.templates_changed.connect(lambda: changed.append(True))
    manager.new_template()
    editor = manager.editor
    editor.key.setText("Gift wrap")
    editor.category.setEditText("extras")
    editor.shortcut.setCurrentIndex(editor.shortcut.findData(9))
    [page] = editor.pages()
    page.subject.setText("Gift wrapping for {{ customer.first_name }}")
    page.body.setPlainText("We wrap it for free, {{ customer.first_name }}.")
    editor.add_version("hr")
    editor.pages()[1].body.setPlainText("Zamatamo besplatno.")
    assert editor.dirty
    manager.save()
    qtbot.waitUntil(lambda: "gift_wrap" in keys(sample_db), timeout=TIMEOUT_MS)
    settle(qtbot, operations)
    stored = next(t for t in list_templates(sample_db) if t.key == "gift_wrap")
    assert stored.category == "extras"
    assert stored.shortcut == 9
    assert set(stored.versions) == {"en", "hr"}
    # The shortcut moved from the template that had it.
    assert [t.key for t in list_templates(sample_db) if t.shortcut == 9] == ["gift_wrap"]
    assert changed
    assert manager.current_template() is not None
    assert manager.current_template().key == "gift_wrap"  # type: ignore[union-attr]


def test_a_bad_template_is_refused_with_a_sentence(
    qtbot: QtBot, manager: TemplateManager, sample_db: Database, operations: Operations
) -> None:
    manager.new_template()
    manager.editor.key.setText("order_received")
    manager.editor.pages()[0].body.setPlainText("Hello")
    manager.save()
    assert "already a template named" in manager.message.text()
    manager.editor.key.setText("broken")
    manager.editor.pages()[0].body.setPlainText("Hello {{ customer.name ")
    manager.save()
    settle(qtbot, operations)
    assert "was not saved" in manager.message.text()
    assert "broken" not in keys(sample_db)


def test_duplicate_puts_the_copy_right_after_the_original(
    qtbot: QtBot, manager: TemplateManager, sample_db: Database, operations: Operations
) -> None:
    manager.select_row(1)
    manager.duplicate_current()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 12, timeout=TIMEOUT_MS)
    settle(qtbot, operations)
    assert keys(sample_db)[1:3] == ["shipping_date", "shipping_date_2"]
    assert manager.current_template().key == "shipping_date_2"  # type: ignore[union-attr]


def test_delete_asks_first(
    qtbot: QtBot, manager: TemplateManager, sample_db: Database, operations: Operations
) -> None:
    manager.select_row(0)
    manager.confirm_delete = lambda _title: False
    manager.delete_current()
    settle(qtbot, operations)
    assert "order_received" in keys(sample_db)
    asked: list[str] = []
    manager.confirm_delete = lambda title: asked.append(title) or True
    manager.delete_current()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 10, timeout=TIMEOUT_MS)
    settle(qtbot, operations)
    assert asked == ["We have received your order …"]
    assert "order_received" not in keys(sample_db)
    assert manager.current_template().key == "shipping_date"  # type: ignore[union-attr]


def test_reorder_with_the_buttons_and_by_dragging(
    qtbot: QtBot,
    manager: TemplateManager,
    sample_db: Database,
    operations: Operations,
    qtmodeltester: ModelTester,
) -> None:
    qtmodeltester.check(manager.model)
    manager.select_row(0)
    manager.move_current(1)
    settle(qtbot, operations)
    assert keys(sample_db)[:2] == ["shipping_date", "order_received"]
    assert manager.list.currentIndex().row() == 1
    # A drag of the last row to the top.
    model = manager.model
    data = model.mimeData([model.index(10, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    settle(qtbot, operations)
    assert keys(sample_db)[0] == "holiday_greeting"
    assert [t.key for t in model.templates()] == keys(sample_db)
    qtmodeltester.check(model)


def test_export_then_import(
    qtbot: QtBot,
    manager: TemplateManager,
    sample_db: Database,
    operations: Operations,
    tmp_path: Path,
) -> None:
    target = tmp_path / "ours.json"
    manager.choose_export_file = lambda: str(target)
    manager.export_file()
    settle(qtbot, operations)
    assert target.exists()
    assert "11 templates" in manager.message.text()
    manager.select_row(0)
    manager.confirm_delete = lambda _title: True
    manager.delete_current()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 10, timeout=TIMEOUT_MS)
    manager.choose_import_file = lambda: str(target)
    manager.import_file()
    qtbot.waitUntil(lambda: manager.model.rowCount() == 11, timeout=TIMEOUT_MS)
    settle(qtbot, operations)
    assert "order_received" in keys(sample_db)
    assert "Kept your own version" in manager.message.text()


def test_the_sidebar_follows_the_manager(
    qtbot: QtBot, sample_db: Database, operations: Operations
) -> None:
    from ui.templates.sidebar import TemplateSidebar

    sidebar = TemplateSidebar(operations)
    qtbot.addWidget(sidebar)
    sidebar.reload()
    qtbot.waitUntil(lambda: sidebar.model.rowCount() > 0, timeout=TIMEOUT_MS)
    manager = sidebar.open_manager()
    qtbot.addWidget(manager)
    qtbot.waitUntil(lambda: manager.model.rowCount() == 11, timeout=TIMEOUT_MS)
    manager.select_row(0)
    manager.duplicate_current()
    qtbot.waitUntil(lambda: len(sidebar.model.all_templates()) == 12, timeout=TIMEOUT_MS)
