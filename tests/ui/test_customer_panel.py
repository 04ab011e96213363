"""The customer panel: details, notes edited in place, timeline."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QTextDocumentFragment
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.customers.timeline import PromiseFacts, PromiseStep, TimelineKind
from console.inbox.actions import add_note
from console.paths import resolve_data_dir
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind
from console.reminders.shop import TIMEZONE
from console.storage.database import Database
from console.storage.models import Customer, Event
from console.storage.settings import set_setting
from tests.ui.helpers import TIMEOUT_MS, open_conversation
from ui.changes import Change
from ui.customer.panel import TIMELINE_FIRST, CustomerPanel
from ui.customer.timeline import promise_title
from ui.main_window import MainWindow


@pytest.fixture
def in_zagreb(tmp_path: Path) -> Iterator[None]:
    """The sample shop's folder, before the window builds the shop there, set to a shop
    in Zagreb: its promises are due in Zagreb's time, whatever the computer's zone."""
    data_dir = resolve_data_dir(tmp_path, demo=True)
    data_dir.ensure()
    with Database(data_dir.database) as db, db.session() as session:
        set_setting(session, TIMEZONE, "Europe/Zagreb")
    yield


def timeline_lines(panel: CustomerPanel) -> list[tuple[str, str]]:
    """The timeline as shown: (icon, title and text as plain text), newest first."""
    return [
        (
            row.icon_name or "",
            " ".join(QTextDocumentFragment.fromHtml(row.label.text()).toPlainText().split()),
        )
        for row in panel.timeline_rows()
    ]


def test_the_panel_shows_who_the_customer_is(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.customer_panel
    open_conversation(qtbot, window, "Veleprodaja – sapuni za sezonu")
    details = panel._details.text()
    assert "maja@suvenirnica-maliraj.example" in details
    assert "+385 98 555 0177" in details
    assert "Croatian" in details
    assert "HR 48215679302" in details
    assert "Business customer" in panel._kind.text()
    profile = panel.profile
    assert profile is not None
    kinds = [entry.kind for entry in profile.timeline]
    assert kinds[:3] == [TimelineKind.PROMISE, TimelineKind.CALL, TimelineKind.NOTE], (
        "newest first: the promise to call again, made after the voicemail"
    )
    assert TimelineKind.MESSAGE_IN in kinds and TimelineKind.MESSAGE_OUT in kinds
    icons = [icon for icon, _text in timeline_lines(panel)]
    assert icons[:3] == ["bell", "phone", "note"]
    assert {"arrow-in", "send"} <= set(icons)


def test_the_timeline_shows_when_each_promise_was_made_due_and_kept(
    qtbot: QtBot, in_zagreb: None, window: MainWindow
) -> None:
    panel = window.customer_panel
    open_conversation(qtbot, window, "Povrat novca za narudžbu #0991")
    words = "Posuda je stigla, povrat ćemo uplatiti ovaj tjedan."
    kept, made = [line for line in timeline_lines(panel) if line[0] in ("check", "bell")]
    assert kept[0] == "check" and kept[1].endswith(words), "the promise's own words"
    assert kept[1].startswith("Kept: Refund (due Fri, Feb 27, done Thu, Feb 26, 11:29 PM) · ")
    assert made[0] == "bell" and made[1].endswith(words)
    assert made[1].startswith("Promised: Refund — due Fri, Feb 27, 9:00 AM–5:00 PM · ")
    open_conversation(qtbot, window, "Poškodovana steklenička")
    late = next(line for line in timeline_lines(panel) if line[0] == "overdue")
    assert late[1].startswith("Late: Send (due Tue, Mar 3, done Wed, Mar 4, 7:05 PM)")
    profile = panel.profile
    assert profile is not None
    steps = [e.promise.step for e in profile.timeline if e.promise is not None]
    assert steps == [PromiseStep.LATE, PromiseStep.MADE]


def test_open_promises_show_their_due_on_the_timeline(
    qtbot: QtBot, in_zagreb: None, window: MainWindow
) -> None:
    panel = window.customer_panel
    qtbot.waitUntil(lambda: panel.profile is not None, timeout=TIMEOUT_MS)
    lines = timeline_lines(panel)
    overdue = next(text for icon, text in lines if icon == "bell")
    assert overdue.startswith("Promised: Write back — due Wed, Mar 11, 9:00 AM–5:00 PM")
    assert overdue.endswith("I'll write again tomorrow as soon as I hear back.")
    open_conversation(qtbot, window, "Veleprodaja – sapuni za sezonu")
    today = next(text for icon, text in timeline_lines(panel) if icon == "bell")
    assert today.startswith("Promised: Call — due Thu, Mar 12, 1:30 PM")


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


_PROMISE, _FOLLOW_UP, _MANUAL = ReminderKind.PROMISE, ReminderKind.FOLLOW_UP, ReminderKind.MANUAL


@pytest.mark.parametrize(
    ("step", "kind", "title"),
    [
        (PromiseStep.MADE, _PROMISE, "Promised: Call — due Wed, Nov 25, 9:00 AM–5:00 PM"),
        (PromiseStep.MADE, _FOLLOW_UP, "Reminder: Call — due Wed, Nov 25, 9:00 AM–5:00 PM"),
        (PromiseStep.SNOOZED, _PROMISE, "Snoozed: Call — until Thu, Nov 26, 9:00 AM"),
        (PromiseStep.KEPT, _PROMISE, "Kept: Call (due Wed, Nov 25, done Tue, Nov 24, 3:10 PM)"),
        (PromiseStep.LATE, _PROMISE, "Late: Call (due Wed, Nov 25, done Tue, Nov 24, 3:10 PM)"),
        (PromiseStep.LATE, _MANUAL, "Done: Call (due Wed, Nov 25, done Tue, Nov 24, 3:10 PM)"),
        (PromiseStep.DISMISSED, _PROMISE, "Dismissed: Call (due Wed, Nov 25)"),
        (PromiseStep.ANSWERED, _FOLLOW_UP, "Closed: Call — the customer replied"),
    ],
)  # fmt: skip
def test_each_step_of_a_promise_reads_as_what_happened(
    qapp: object, step: PromiseStep, kind: ReminderKind, title: str
) -> None:
    zagreb = ZoneInfo("Europe/Zagreb")
    facts = PromiseFacts(
        step=step,
        reminder_kind=kind,
        action=Action.CALL,
        title="Nazvat ću Vas u srijedu.",
        due_at=datetime(2026, 11, 25, 9, 0, tzinfo=zagreb),
        date_only=True,
        window_end=datetime(2026, 11, 25, 17, 0, tzinfo=zagreb),
        done_at=datetime(2026, 11, 24, 15, 10, tzinfo=zagreb),
        until=datetime(2026, 11, 26, 9, 0, tzinfo=zagreb),
    )
    now = datetime(2026, 11, 22, 10, 0, tzinfo=zagreb)
    assert " ".join(promise_title(facts, zagreb, now).split()) == title


def test_a_long_timeline_shows_the_newest_entries_first_and_older_ones_on_request(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.customer_panel
    open_conversation(qtbot, window, "Veleprodaja – sapuni za sezonu")
    profile = panel.profile
    assert profile is not None
    db = window.ops.db
    assert isinstance(db, Database)
    for number in range(1, 31):
        add_note(db, f"Note number {number}", author="Ivana", customer_id=profile.id)
    window.ops.announce(Change.TIMELINE)
    qtbot.waitUntil(
        lambda: bool(timeline_lines(panel)) and "Note number 30" in timeline_lines(panel)[0][1],
        timeout=TIMEOUT_MS,
    )
    assert len(timeline_lines(panel)) == TIMELINE_FIRST
    assert panel._older.isVisibleTo(panel)
    panel._older.click()
    qtbot.waitUntil(lambda: len(timeline_lines(panel)) > TIMELINE_FIRST, timeout=TIMEOUT_MS)
    lines = [text for _icon, text in timeline_lines(panel)]
    assert any("Note number 1 " in f"{line} " for line in lines), "the oldest note is there"
    assert not panel._older.isVisibleTo(panel), "nothing older left"
