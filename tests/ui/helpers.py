"""Helpers shared by the widget tests."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from ui.operations import Operations

NOW = datetime(2026, 3, 12, 10, 30, tzinfo=UTC)
"""The pinned "now" of the sample shop in these tests."""
TIMEOUT_MS = 10_000


def settle(qtbot: QtBot, operations: Operations) -> None:
    """Wait until every queued job ran and its callback was delivered."""
    qtbot.waitUntil(lambda: operations.idle, timeout=TIMEOUT_MS)
