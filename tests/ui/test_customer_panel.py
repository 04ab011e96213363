"""The customer panel: details, notes edited in place, timeline."""

from __future__ import annotations

import json

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.customers.timeline import TimelineKind
from console.storage.database import Database
from console.storage.models import Customer, Event
from tests.ui.helpers import TIMEOUT_MS
from ui.main_window import MainWindow


def test_the_panel_shows_who_the_customer_is(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.customer_panel
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=TIMEOUT_MS)
    details = panel._details.text()
    assert "maja@suvenirnica-maliraj.example" in details
    assert "+385 98 555 0177" in details
    assert "Croatian" in details
    assert "HR 48215679302" in details
    assert "Business customer" in panel._kind.text()
    profile = panel.profile
    assert profile is not None
    kinds = [entry.kind for entry in profile.timeline]
    assert kinds[:2] == [TimelineKind.CALL, TimelineKind.NOTE], "newest first"
    assert TimelineKind.MESSAGE_IN in kinds and TimelineKind.MESSAGE_OUT in kinds


def test_notes_are_saved_in_place_and_recorded(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.customer_panel
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=TIMEOUT_MS)
    profile = panel.profile
    assert profile is not None
    panel.notes.setFocus()
    panel.notes.setPlainText("Prefers a call in the morning.")
    panel.save_notes()
    qtbot.waitUntil(
        lambda: window.ops.idle and panel._notes_hint.text() == "Saved", timeout=TIMEOUT_MS
    )
    db = window.ops.db
    assert isinstance(db, Database)
    with db.reader() as session:
        customer = session.get(Customer, profile.id)
        assert customer is not None and customer.notes == "Prefers a call in the morning."
        edits = session.scalars(
            select(Event).where(Event.customer_id == profile.id, Event.kind == "customer_edited")
        ).all()
    assert len(edits) == 1 and json.loads(edits[0].payload) == {"fields": ["notes"]}
    qtbot.waitUntil(
        lambda: (
            panel.profile is not None
            and panel.profile.timeline[0].kind is TimelineKind.CUSTOMER_EDITED
        ),
        timeout=TIMEOUT_MS,
    )
    assert panel.notes.toPlainText() == "Prefers a call in the morning."


def test_notes_save_by_themselves_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.customer_panel
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=TIMEOUT_MS)
    panel.notes.setPlainText("Season starts in May.")
    qtbot.waitUntil(lambda: panel._notes_hint.text() == "Saved", timeout=TIMEOUT_MS)
