"""Helpers shared by the widget tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.storage.database import Database
from console.storage.models import Conversation
from ui.operations import Operations

if TYPE_CHECKING:
    from ui.main_window import MainWindow

NOW = datetime(2026, 3, 12, 10, 30, tzinfo=UTC)
"""The pinned "now" of the sample shop in these tests."""
TIMEOUT_MS = 10_000


def settle(qtbot: QtBot, operations: Operations) -> None:
    """Wait until every queued job ran and its callback was delivered."""
    qtbot.waitUntil(lambda: operations.idle, timeout=TIMEOUT_MS)


def open_conversation(qtbot: QtBot, window: MainWindow, subject: str) -> int:
    """Open the sample shop's conversation called ``subject`` (selected in the list when
    it is there) and wait until it and its customer are shown; returns its id."""
    db = window.ops.db
    assert isinstance(db, Database)
    with db.reader() as session:
        conversation_id = session.scalar(
            select(Conversation.id).where(Conversation.subject == subject).limit(1)
        )
    assert conversation_id is not None, subject
    window.show_conversation(conversation_id)

    def shown() -> bool:
        detail, profile = window.conversation.detail, window.customer_panel.profile
        return (
            window.ops.idle
            and detail is not None
            and detail.id == conversation_id
            and profile is not None
            and profile.id == detail.customer_id
        )

    qtbot.waitUntil(shown, timeout=TIMEOUT_MS)
    return conversation_id
