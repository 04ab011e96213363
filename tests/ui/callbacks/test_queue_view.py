"""The callback queue: order, live timers, windows, Call, and logging outcomes."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.callbacks.queue import Urgency, callback_queue
from console.domain.events import CallOutcome
from console.storage.database import Database
from tests.ui.callbacks.conftest import MONDAY, Clock
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.callbacks import text
from ui.callbacks.new_dialog import CallbackRequest, NewCallbackDialog
from ui.callbacks.queue_model import CallbackRole
from ui.callbacks.queue_view import CallbackQueueView
from ui.operations import Operations

NAMES_AT_TWO = ["Ana Kovač", "Ana Kovač", "Sarah Miller", "Tom Baker", "", "Ольга Иванова"]
"""14:00 UTC (15:00 in Zagreb): both of Ana's requests are due (oldest first), Sarah's
window ("between 2 and 4 pm") opened at 14:00 Zagreb time; the three "after 17:00"
requests wait for their window."""


def _row(view: CallbackQueueView, name: str) -> int:
    return next(n for n, e in enumerate(view.model.entries()) if e.name == name)


def test_the_queue_lists_requests_due_first_oldest_first(
    queue: CallbackQueueView, qtmodeltester: ModelTester
) -> None:
    model = queue.model
    assert [e.name for e in model.entries()] == NAMES_AT_TWO
    due = [model.index(n).data(CallbackRole.IS_DUE) for n in range(model.rowCount())]
    assert due == [True, True, True, False, False, False]
    requested = [e.due_at for e in model.entries()[:3]]
    assert requested == sorted(requested)
    assert model.due_count == 3
    assert queue._count.text() == "3 due now"
    # Phone numbers of the shop's own region in national format, others international.
    assert model.index(0).data(CallbackRole.PHONE) == "091 234 5678"
    assert model.index(3).data(CallbackRole.PHONE).startswith("+44 ")
    assert model.index(2).data(CallbackRole.WINDOW) == "2:00\u202fPM–4:00\u202fPM"
    qtmodeltester.check(model)
    # The first request is selected and shown with its Call button.
    assert queue.current_entry() == model.entries()[0]
    assert queue.card.call_button.text() == "Call 091 234 5678"


def test_timer_colours_follow_the_clock_without_the_database(
    qtbot: QtBot, queue: CallbackQueueView, ops: Operations, clock: Clock
) -> None:
    request = CallbackRequest("Jonas Weber", "+49 151 23456789", "", "Rückruf", "", clock.now)
    queue.add_callback(request)
    settle(qtbot, ops)
    qtbot.waitUntil(
        lambda: queue.current_entry() is not None and queue.current_entry().name == "Jonas Weber",
        timeout=TIMEOUT_MS,
    )
    model = queue.model
    palette = queue.palette()
    seen: list[tuple[str, str, QColor]] = []
    for minutes in (5, 15, 55, 5):  # 5, 20, 75 and 80 minutes after the request
        clock.advance(minutes=minutes)
        queue.tick()
        assert ops.idle, "a tick must not query the database"
        row = _row(queue, "Jonas Weber")
        index = model.index(row)
        live = Urgency(index.data(CallbackRole.URGENCY))
        seen.append((live.value, index.data(CallbackRole.TIMER), text.urgency_color(live, palette)))
    assert [s[0] for s in seen] == ["fresh", "waiting", "overdue", "overdue"]
    assert [s[1] for s in seen] == ["5 min", "20 min", "1 h 15 min", "1 h 20 min"]
    assert len({s[2].name() for s in seen}) == 3
    queue.grab()  # the delegate paints every state


def test_a_window_not_yet_open_is_not_urgent_until_it_opens(
    qtbot: QtBot, queue: CallbackQueueView, ops: Operations, clock: Clock
) -> None:
    model = queue.model
    tom = model.entries()[_row(queue, "Tom Baker")]
    assert model.live_urgency(tom) is Urgency.SCHEDULED
    assert model.timer_text(tom) == "after 5:00\u202fPM"
    assert model.index(_row(queue, "Tom Baker")).data(CallbackRole.IS_DUE) is False
    # 17:00 in Zagreb is 16:00 UTC: the request moves up among the due ones.
    clock.now = MONDAY.replace(hour=16, minute=1)
    queue.tick()
    qtbot.waitUntil(lambda: ops.idle and not model.is_loading, timeout=TIMEOUT_MS)
    names = [e.name for e in model.entries()]
    assert names.index("Tom Baker") < names.index("Ольга Иванова")
    assert all(model.live_urgency(e) is not Urgency.SCHEDULED for e in model.entries())
    tom = model.entries()[_row(queue, "Tom Baker")]
    assert model.live_urgency(tom) is Urgency.FRESH and model.timer_text(tom) == "1 min"
    assert model.due_count == 6


def test_call_hands_the_number_to_the_system(queue: CallbackQueueView) -> None:
    opened: list[QUrl] = []
    queue.open_url = opened.append
    notices: list[str] = []
    queue.notice.connect(notices.append)
    queue.card.call_button.click()
    assert [url.toString() for url in opened] == ["tel:+385912345678"]
    assert notices and "091 234 5678" in notices[0]


def test_no_answer_is_logged_and_offers_a_retry_reminder(
    qtbot: QtBot, queue: CallbackQueueView, ops: Operations, callback_db: Database, clock: Clock
) -> None:
    sarah = _row(queue, "Sarah Miller")
    queue.list.setCurrentIndex(queue.model.index(sarah))
    callback_id = queue.current_entry().id
    queue.card.outcomes[CallOutcome.NO_ANSWER].click()
    settle(qtbot, ops)
    with sqlite3.connect(callback_db.path) as connection:
        (payload,) = connection.execute(
            "SELECT payload FROM events WHERE kind = 'call_logged' AND payload LIKE ?",
            (f'%"callback_id": {callback_id}%',),
        ).fetchone()
        attempts, status = connection.execute(
            "SELECT attempts, status FROM callbacks WHERE id = ?", (callback_id,)
        ).fetchone()
    assert '"no_answer"' in payload and (attempts, status) == (1, "open")
    offer = queue.card.retry
    assert offer.isVisible() and offer.callback_id == callback_id
    assert offer.chosen() == clock.now + timedelta(hours=2)
    assert "Sarah Miller did not answer" in offer.question.text()
    # The request now waits for its retry time.
    qtbot.waitUntil(lambda: ops.idle and not queue.model.is_loading, timeout=TIMEOUT_MS)
    entry = next(e for e in queue.model.entries() if e.id == callback_id)
    assert queue.model.live_urgency(entry) is Urgency.SCHEDULED
    offer.accept_button.click()
    settle(qtbot, ops)
    assert not offer.isVisible()
    with sqlite3.connect(callback_db.path) as connection:
        title, due, source = connection.execute(
            "SELECT title, due_at, source FROM reminders"
        ).fetchone()
    assert (title, source) == ("Call Sarah Miller again", "call")
    assert due.startswith("2026-03-09 16:00")
    [open_entry] = [e for e in callback_queue(callback_db, clock.now) if e.id == callback_id]
    assert open_entry.due_at == clock.now + timedelta(hours=2)


def test_reached_asks_for_a_note_and_closes_the_request(
    qtbot: QtBot, queue: CallbackQueueView, ops: Operations, callback_db: Database
) -> None:
    queue.ask_note = lambda name: f"Agreed with {name}: delivery on Friday"
    first = queue.current_entry()
    assert first is not None
    queue.card.outcomes[CallOutcome.REACHED].click()
    settle(qtbot, ops)
    qtbot.waitUntil(
        lambda: first.id not in [e.id for e in queue.model.entries()], timeout=TIMEOUT_MS
    )
    assert not queue.card.retry.isVisible()
    with sqlite3.connect(callback_db.path) as connection:
        (payload,) = connection.execute(
            "SELECT payload FROM events WHERE kind = 'call_logged' AND payload LIKE ?",
            (f'%"callback_id": {first.id}%',),
        ).fetchone()
    assert "delivery on Friday" in payload
    # This week's median response time is now shown in the header.
    qtbot.waitUntil(lambda: "median" in queue.response.text(), timeout=TIMEOUT_MS)
    # (Without the English catalogue built, the plural shows as "call(s)".)
    assert queue.response.text().startswith("This week: first call back after 5 h (median of 1 ")
    # Cancelling the note logs nothing.
    queue.ask_note = lambda _name: None
    queue.card.outcomes[CallOutcome.REACHED].click()
    assert ops.idle


def test_new_callback_dialog_reads_the_number_and_the_time(
    qtbot: QtBot, queue: CallbackQueueView, ops: Operations, clock: Clock
) -> None:
    dialog = NewCallbackDialog(clock.now, "HR")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.name.setText("Marko Horvat")
    dialog.phone.setText("091/765-4321")
    assert dialog.phone_hint.text() == "Will be called as 091 765 4321."
    dialog.window_edit.setText("nakon 16 sati")
    assert dialog.window_hint.text() == "Due after 4:00\u202fPM."
    dialog.window_edit.setText("sometime soon")
    assert "Not understood" in dialog.window_hint.text()
    dialog.window_edit.setText("after 16:00")
    dialog.topic.setPlainText("Veleprodaja")
    assert dialog.ok.isEnabled()
    request = dialog.request()
    assert request == CallbackRequest(
        "Marko Horvat", "091/765-4321", "", "Veleprodaja", "after 16:00", clock.now
    )
    queue.add_callback(request)
    settle(qtbot, ops)
    qtbot.waitUntil(
        lambda: queue.current_entry() is not None and queue.current_entry().name == "Marko Horvat",
        timeout=TIMEOUT_MS,
    )
    entry = queue.current_entry()
    assert entry is not None and entry.phone == "+385917654321" and entry.source == "manual"
    assert queue.model.live_urgency(entry) is Urgency.SCHEDULED  # 16:00 in Zagreb is 15:00 UTC
    assert queue.card.when.text().endswith("call after 4:00\u202fPM")


def test_the_queue_refreshes_after_changes_and_shows_an_empty_state(
    qtbot: QtBot, qtmodeltester: ModelTester, ops: Operations, callback_db: Database
) -> None:
    with sqlite3.connect(callback_db.path) as connection:
        connection.execute("UPDATE callbacks SET status = 'cancelled'")
    view = CallbackQueueView(ops, clock=lambda: MONDAY)
    qtbot.addWidget(view)
    view.show()
    view.open()
    qtbot.waitUntil(lambda: ops.idle and not view.model.is_loading, timeout=TIMEOUT_MS)
    assert view.model.rowCount() == 0 and view.empty.isVisible()
    assert not view.card.isVisible()
    qtmodeltester.check(view.model)


def test_only_the_queue_on_screen_tells_the_panel_whose_request_is_selected(
    qtbot: QtBot, ops: Operations, queue: CallbackQueueView
) -> None:
    told: list[object] = []
    queue.customer_selected.connect(told.append)
    queue.hide()
    queue.model.refresh()  # reloaded in the background, after a change elsewhere
    qtbot.waitUntil(lambda: ops.idle and not queue.model.is_loading, timeout=TIMEOUT_MS)
    queue.list.setCurrentIndex(queue.model.index(1))
    assert told == [], "the customer panel stays with the conversation being read"
    queue.show()
    queue.open()
    qtbot.waitUntil(lambda: ops.idle and told != [], timeout=TIMEOUT_MS)
    entry = queue.current_entry()
    assert entry is not None and told == [entry.customer_id]
    queue.list.setCurrentIndex(queue.model.index(2))
    assert told[-1] == queue.model.entries()[2].customer_id and len(told) == 2
