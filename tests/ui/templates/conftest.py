"""Fixtures for the templates UI: a window with a composer and the templates sidebar."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from console.conversations.detail import ConversationDetail, conversation_detail
from console.storage.database import Database
from tests.ui.composer.conftest import customer_waiting
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.composer.widget import ComposerWidget
from ui.operations import Operations
from ui.templates.sidebar import TemplateSidebar


@dataclass
class Desk:
    window: QMainWindow
    composer: ComposerWidget
    sidebar: TemplateSidebar
    detail: ConversationDetail
    operations: Operations

    def open(self, qtbot: QtBot, conversation_id: int) -> None:
        detail = conversation_detail(self.sidebar_db, conversation_id)
        assert detail is not None
        self.detail = detail
        self.composer.open_reply(conversation_id)
        self.sidebar.set_conversation(detail)
        qtbot.waitUntil(lambda: self.composer.loaded, timeout=TIMEOUT_MS)
        settle(qtbot, self.operations)

    @property
    def sidebar_db(self) -> Database:
        db = self.operations.db
        assert db is not None
        return db


def open_desk(qtbot: QtBot, operations: Operations, conversation_id: int) -> Desk:
    window = QMainWindow()
    qtbot.addWidget(window)
    composer = ComposerWidget(operations)
    sidebar = TemplateSidebar(operations)
    window.setCentralWidget(composer)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, sidebar)
    sidebar.insert_requested.connect(composer.insert_template)
    window.resize(1100, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    sidebar.reload()
    db = operations.db
    assert db is not None
    detail = conversation_detail(db, conversation_id)
    assert detail is not None
    desk = Desk(window, composer, sidebar, detail, operations)
    desk.open(qtbot, conversation_id)
    qtbot.waitUntil(lambda: sidebar.model.rowCount() > 0, timeout=TIMEOUT_MS)
    return desk


@pytest.fixture
def desk(qtbot: QtBot, sample_db: Database, operations: Operations) -> Iterator[Desk]:
    desk = open_desk(qtbot, operations, customer_waiting(sample_db, language="de"))
    yield desk
    desk.composer.flush_draft()
    operations.wait()
