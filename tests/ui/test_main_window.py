"""The main window on the sample shop: read, search, triage, notes and calls.

The sample shop is the app's (``--demo``): its mail with the owner's replies, notes and
calls, and its orders, callback requests and promises.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.domain.events import CallOutcome, EventKind
from console.domain.status import ConversationStatus
from console.storage.database import Database
from console.storage.models import Event
from tests.ui.helpers import NOW, TIMEOUT_MS, open_conversation
from ui.inbox.model import InboxRole
from ui.main_window import PANEL_WIDTH, MainWindow
from ui.navigation import NavTarget

WHOLESALE = "Veleprodaja – sapuni za sezonu"
"""Maja Novak's conversation: replies, an attachment, a note, a call, a callback request."""
UNANSWERED = "Состав мыла"
"""A plain unanswered mail: no promise, no callback request, no order."""


def events(window: MainWindow, kind: EventKind) -> list[Event]:
    db = window.ops.db
    assert isinstance(db, Database)
    with db.reader() as session:
        return list(session.scalars(select(Event).where(Event.kind == kind.value)).all())


def wait_for(qtbot: QtBot, window: MainWindow, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(lambda: window.ops.idle and condition(), timeout=TIMEOUT_MS)


def test_opens_on_the_overdue_promise_then_callbacks_then_unanswered_mail(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.windowTitle() == "Shopkeeper — Sample shop"
    assert window.navigation.current_target() is NavTarget.INBOX_ALL
    model = window.inbox.model
    assert model.total == 20, "the 19 open conversations and a waiting one with a callback"
    rows = [model.index(row).data(InboxRole.ROW) for row in range(model.total)]
    overdue, callbacks, rest = rows[0], rows[1:4], rows[4:]
    assert overdue.customer_name == "Emma Clarke" and overdue.order_number == "1043"
    assert overdue.promise_due_at is not None and overdue.promise_due_at < NOW
    assert [row.customer_name for row in callbacks] == [
        "Maja Novak",
        "Mehmet Demir",
        "Stefan Hoffmann",
    ], "the one waiting longest first"
    assert all(row.callback_waiting_since is not None for row in callbacks)
    assert all(row.callback_waiting_since is None for row in rest)
    assert all(row.promise_due_at is None or row.promise_due_at > NOW for row in rest)
    assert rest[0].needs_reply and rest[0].subject == UNANSWERED, "waiting longest"
    detail = window.conversation.detail
    assert detail is not None and detail.customer_name == "Emma Clarke"
    assert window.inbox.current_conversation() == detail.id
    wait_for(qtbot, window, lambda: window.customer_panel.profile is not None)
    profile = window.customer_panel.profile
    assert profile is not None and profile.id == detail.customer_id
    assert not profile.is_business
    wait_for(qtbot, window, lambda: window.work.orders.cards != [])
    assert [card.order.number for card in window.work.orders.cards] == ["1043"]
    assert "Sample shop" in window.sync_status.text()


def test_the_navigation_counts_show_the_shops_work(qtbot: QtBot, window: MainWindow) -> None:
    wait_for(qtbot, window, lambda: window.navigation.count(NavTarget.CALLBACKS) > 0)
    counts = {target: window.navigation.count(target) for target in NavTarget}
    assert counts[NavTarget.INBOX_ALL] == window.inbox.model.total == 20, (
        "the open conversations and the waiting one whose callback is open: what the list holds"
    )
    assert counts[NavTarget.WAITING] == 10 and counts[NavTarget.DONE] == 12
    assert counts[NavTarget.CALLBACKS] == 4
    assert counts[NavTarget.ORDERS] == 6, "open conversations about an order"
    assert (counts[NavTarget.OVERDUE], counts[NavTarget.TODAY], counts[NavTarget.UPCOMING]) == (
        1,
        1,
        4,
    )
    assert counts[NavTarget.CUSTOMERS] == 41, "with the caller who never wrote"


def test_reading_a_conversation_shows_the_whole_thread_with_quotes_folded(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_conversation(qtbot, window, WHOLESALE)
    detail = window.conversation.detail
    assert detail is not None and len(detail.messages) == 3
    text = window.conversation.text()
    assert "Poštovani," in text  # the customer's first mail
    assert "u prilogu je cjenik" in text  # the owner's reply
    assert "Ivana Kovač (you)" in text
    assert "Show quoted text" in text
    assert "cjenik-veleprodaja.csv" in text  # the attachment
    assert "Sezona kreće u svibnju" in text  # the note, in time order
    assert "Left a voicemail" in text  # the call


def test_arrow_and_j_k_keys_move_through_the_list(qtbot: QtBot, window: MainWindow) -> None:
    first = window.inbox.current_conversation()
    window.inbox.list.setFocus()
    QTest.keyClick(window.inbox.list, Qt.Key.Key_J)
    second = window.inbox.current_conversation()
    assert second is not None and second != first
    wait_for(
        qtbot,
        window,
        lambda: window.conversation.detail is not None and window.conversation.detail.id == second,
    )
    QTest.keyClick(window.inbox.list, Qt.Key.Key_K)
    assert window.inbox.current_conversation() == first
    QTest.keyClick(window.inbox.list, Qt.Key.Key_Down)
    assert window.inbox.current_conversation() == second


def test_search_finds_conversations_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.inbox.search.hasFocus()
    QTest.keyClicks(window.inbox.search, "Hochzeit")
    wait_for(
        qtbot,
        window,
        lambda: window.inbox.model.search == "Hochzeit" and not window.inbox.model.is_loading,
    )
    assert window.inbox.model.total == 1
    wait_for(
        qtbot,
        window,
        lambda: (
            window.conversation.detail is not None
            and window.conversation.detail.customer_name == "Stefan Hoffmann"
        ),
    )
    window.inbox.search.clear()
    wait_for(
        qtbot, window, lambda: window.inbox.model.search == "" and not window.inbox.model.is_loading
    )
    assert window.inbox.model.total == 20


def test_a_search_without_matches_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.inbox.search.setText("zzzqqq")
    wait_for(
        qtbot,
        window,
        lambda: window.inbox.model.search == "zzzqqq" and not window.inbox.model.is_loading,
    )
    assert window.inbox.model.total == 0
    assert "zzzqqq" in window.inbox._empty.text
    assert window.conversation.detail is None


def test_marking_done_records_an_event_and_moves_on_to_the_next(
    qtbot: QtBot, window: MainWindow
) -> None:
    open_conversation(qtbot, window, UNANSWERED)
    detail = window.conversation.detail
    assert detail is not None
    window.inbox.list.setFocus()
    QTest.keyClick(window.inbox.list, Qt.Key.Key_E)
    wait_for(qtbot, window, lambda: window.inbox.model.total == 19)
    recorded = [
        e for e in events(window, EventKind.STATUS_CHANGED) if e.conversation_id == detail.id
    ]
    assert len(recorded) == 1
    assert json.loads(recorded[0].payload) == {"from": "open", "to": "done"}
    assert recorded[0].author == "Ivana"
    assert recorded[0].customer_id == detail.customer_id
    assert window.inbox.model.row_of(detail.id) is None
    wait_for(
        qtbot,
        window,
        lambda: (
            window.conversation.detail is not None and window.conversation.detail.id != detail.id
        ),
    )
    wait_for(qtbot, window, lambda: window.navigation.count(NavTarget.DONE) == 13)
    assert window.navigation.count(NavTarget.INBOX_ALL) == window.inbox.model.total == 19


def test_a_conversation_with_an_overdue_promise_stays_first_when_marked_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    detail = window.conversation.detail
    assert detail is not None and detail.customer_name == "Emma Clarke"
    window.inbox.list.setFocus()
    QTest.keyClick(window.inbox.list, Qt.Key.Key_E)
    wait_for(qtbot, window, lambda: window.navigation.count(NavTarget.DONE) == 13)
    recorded = [
        e for e in events(window, EventKind.STATUS_CHANGED) if e.conversation_id == detail.id
    ]
    assert [json.loads(e.payload)["to"] for e in recorded] == ["done"]
    wait_for(qtbot, window, lambda: not window.inbox.model.is_loading)
    assert window.inbox.model.total == 20, "on top until the promise is kept"
    assert window.inbox.model.row_of(detail.id) == 0


def test_undo_puts_the_status_back(qtbot: QtBot, window: MainWindow) -> None:
    open_conversation(qtbot, window, UNANSWERED)
    detail = window.conversation.detail
    assert detail is not None
    window.set_status(ConversationStatus.WAITING)
    wait_for(qtbot, window, lambda: window.inbox.model.total == 19)
    assert window.notice.undo_button.isVisibleTo(window)
    assert window.notice.text() == "Now waiting on the customer."
    window.notice.undo_button.click()
    wait_for(qtbot, window, lambda: window.inbox.model.total == 20)
    statuses = [
        json.loads(e.payload)["to"]
        for e in events(window, EventKind.STATUS_CHANGED)
        if e.conversation_id == detail.id
    ]
    assert statuses == ["waiting", "open"]


def test_waiting_and_done_lists_and_reopening(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.select(NavTarget.DONE)
    wait_for(
        qtbot,
        window,
        lambda: (
            window.inbox.model.view.value == "done"
            and not window.inbox.model.is_loading
            and window.conversation.detail is not None
            and window.conversation.detail.status is ConversationStatus.DONE
        ),
    )
    assert window.inbox.model.total == 12
    assert not window.commands.done.isEnabled()
    assert window.commands.reopen.isEnabled()
    reopened = window.conversation.detail
    assert reopened is not None
    window.commands.reopen.trigger()
    wait_for(qtbot, window, lambda: window.inbox.model.total == 11)
    window.navigation.select(NavTarget.INBOX_ALL)
    wait_for(
        qtbot,
        window,
        lambda: window.inbox.model.view.value == "attention" and not window.inbox.model.is_loading,
    )
    assert window.inbox.model.row_of(reopened.id) is not None


def test_adding_a_note_puts_it_on_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    open_conversation(qtbot, window, WHOLESALE)
    detail = window.conversation.detail
    assert detail is not None
    window.record_note(detail.id, "Send the price list for 200 pieces too.")
    wait_for(qtbot, window, lambda: "200 pieces" in window.conversation.text())
    notes = [e for e in events(window, EventKind.NOTE_ADDED) if e.conversation_id == detail.id]
    texts = [json.loads(e.payload)["text"] for e in notes]
    assert "Send the price list for 200 pieces too." in texts
    wait_for(
        qtbot,
        window,
        lambda: (
            window.customer_panel.profile is not None
            and any("200 pieces" in entry.text for entry in window.customer_panel.profile.timeline)
        ),
    )


def test_the_note_dialog_adds_a_note(qtbot: QtBot, window: MainWindow, monkeypatch: object) -> None:
    from ui.dialogs.note import NoteDialog

    def fake_exec(dialog: NoteDialog) -> int:
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.editor.setPlainText("Asked about delivery to Hvar.")
        return NoteDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", fake_exec)  # type: ignore[attr-defined]
    window.commands.note.trigger()
    wait_for(qtbot, window, lambda: "delivery to Hvar" in window.conversation.text())


def test_logging_a_call_records_the_outcome(
    qtbot: QtBot, window: MainWindow, monkeypatch: object
) -> None:
    from ui.dialogs.call import CallDialog

    open_conversation(qtbot, window, WHOLESALE)

    def fake_exec(dialog: CallDialog) -> int:
        assert dialog.phone.count() == 1, "the customer's number is offered"
        dialog.set_outcome(CallOutcome.NO_ANSWER)
        dialog.note.setPlainText("Will try again after lunch.")
        return CallDialog.DialogCode.Accepted

    monkeypatch.setattr(CallDialog, "exec", fake_exec)  # type: ignore[attr-defined]
    detail = window.conversation.detail
    assert detail is not None
    before = len(events(window, EventKind.CALL_LOGGED))
    window.commands.call.trigger()
    wait_for(qtbot, window, lambda: len(events(window, EventKind.CALL_LOGGED)) == before + 1)
    call = max(events(window, EventKind.CALL_LOGGED), key=lambda e: e.created_at)
    payload = json.loads(call.payload)
    assert payload["outcome"] == "no_answer"
    assert payload["note"] == "Will try again after lunch."
    assert payload["phone"] == "+385985550177", "stored as E.164"
    assert call.conversation_id == detail.id and call.customer_id == detail.customer_id
    wait_for(qtbot, window, lambda: "after lunch" in window.conversation.text())


def test_every_navigation_entry_opens_its_own_view(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.select(NavTarget.CALLBACKS)
    assert window._lists.currentWidget() is window.work.callbacks
    for target in (NavTarget.OVERDUE, NavTarget.TODAY, NavTarget.UPCOMING):
        window.navigation.select(target)
        assert window._lists.currentWidget() is window.work.reminders
    window.navigation.select(NavTarget.ORDERS)
    assert window._lists.currentWidget() is window.inbox
    window.navigation.select(NavTarget.TEMPLATES)
    assert window.placeholder.title
    assert window.work.templates.isVisibleTo(window)


def test_the_reply_composer_sits_under_the_open_conversation(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.select(NavTarget.INBOX_ALL)
    qtbot.waitUntil(lambda: window.conversation.detail is not None, timeout=10_000)
    composer = window.work.composer
    qtbot.waitUntil(
        lambda: composer.conversation_id == window.conversation.detail.id, timeout=10_000
    )
    assert composer.isVisibleTo(window)


def test_customers_page_lists_customers_and_opens_their_conversation(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigation.select(NavTarget.CUSTOMERS)
    wait_for(
        qtbot,
        window,
        lambda: (
            window.customers.model.total == 41
            and window.customer_panel.profile is not None
            and window.conversation.detail is not None
        ),
    )
    window.customers.search.setText("Feinkost")
    wait_for(
        qtbot,
        window,
        lambda: (
            window.customers.model.search == "Feinkost" and not window.customers.model.is_loading
        ),
    )
    assert window.customers.model.total == 1
    wait_for(
        qtbot,
        window,
        lambda: (
            window.customer_panel.profile is not None
            and window.customer_panel.profile.name == "Sabine Müller"
            and window.conversation.detail is not None
            and window.conversation.detail.customer_name == "Sabine Müller"
        ),
    )


def test_clicking_another_conversation_of_the_customer_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.inbox.search.setText("Narudžba 1047")
    wait_for(
        qtbot,
        window,
        lambda: (
            window.customer_panel.profile is not None
            and window.customer_panel.profile.name == "Marko Horvat"
        ),
    )
    profile = window.customer_panel.profile
    assert profile is not None and len(profile.conversations) == 2
    other = next(c for c in profile.conversations if c.id != window.conversation.conversation_id)
    window.customer_panel.conversation_requested.emit(other.id)
    wait_for(
        qtbot,
        window,
        lambda: (
            window.conversation.detail is not None and window.conversation.detail.id == other.id
        ),
    )


def test_the_customer_panel_opens_wide_enough_for_an_address_and_a_total(
    window: MainWindow,
) -> None:
    panel = window.customer_panel
    assert panel.width() >= PANEL_WIDTH - 2
    assert panel.widget().width() >= panel._details.minimumSizeHint().width()


def test_the_first_start_fits_the_window_into_a_small_screen(
    qtbot: QtBot, window: MainWindow
) -> None:
    # No saved geometry: the default 1360 × 860 would reach past a 768-pixel-high laptop
    # screen (here the offscreen screen of 800 × 800) and hide the composer's Send button.
    window.resize(1360, 860)
    window.restore_state()
    available = window.screen().availableGeometry()
    assert window.height() <= available.height() - 40
    assert window.width() <= max(available.width(), window.minimumSizeHint().width())
    assert window.frameGeometry().top() >= available.top()
