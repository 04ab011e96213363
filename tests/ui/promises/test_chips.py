"""Promise chips under a text field: found while typing, confirmed, moved, dismissed."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind, ReminderSource, ReminderStatus
from console.reminders.store import reminders_for
from console.storage.database import Database
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.reminders.conftest import SETUP, Clock
from tests.ui.reminders.scenario import conversation_of
from ui.operations import Operations
from ui.promises.chips import DELAY_MS, LONG_TEXT, ChipState, PromiseChips
from ui.promises.saving import PromiseLinks, save_promises
from ui.promises.setup import PromiseSetup, read_setup

WEDNESDAY = date(2026, 11, 25)


def make_chips(qtbot: QtBot, clock: Clock, language: str | None = "hr") -> PromiseChips:
    page = QWidget()
    layout = QVBoxLayout(page)
    editor = QPlainTextEdit()
    chips = PromiseChips(editor, clock=clock)
    chips.set_setup(SETUP)
    chips.set_language(language)
    layout.addWidget(editor)
    layout.addWidget(chips)
    qtbot.addWidget(page)
    chips.page = page  # type: ignore[attr-defined]  # qtbot keeps only a weak reference
    page.resize(640, 300)
    page.show()
    chips.detect_now()
    return chips


def editor_of(chips: PromiseChips) -> QPlainTextEdit:
    editor = chips._editor
    assert editor is not None
    return editor


def type_text(chips: PromiseChips, text: str) -> None:
    """Type ``text`` key by key (``QTest.keyClicks`` takes ASCII only)."""
    editor = editor_of(chips)
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_typing_a_croatian_call_shows_a_chip_for_wednesday(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    assert not chips.isVisible()
    type_text(chips, "Nazvat ću Vas u srijedu")
    assert chips.entries() == []  # not before typing pauses
    qtbot.waitUntil(lambda: len(chips.entries()) == 1, timeout=DELAY_MS * 5)
    [entry] = chips.entries()
    assert entry.promise.action is Action.CALL
    assert entry.promise.due.day == WEDNESDAY
    assert entry.promise.date_only
    assert entry.state is ChipState.PROPOSED
    assert chips.isVisible()
    chip = chips._chips[0]
    assert chip.isVisible()
    assert chip.label.text() == "Call — Wed, Nov 25"
    assert "Nazvat ću Vas u srijedu" in chip.toolTip()
    assert not chip._warning.isVisible()
    assert chips.confirmed() == []


def test_confirm_then_save_makes_a_reminder_linked_to_customer_and_conversation(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    conversation_id, customer_id, language = conversation_of(shop_db, "Marko Horvat")
    chips = make_chips(qtbot, clock, language)
    editor_of(chips).setPlainText("Poštovani,\n\nNazvat ću Vas u srijedu.\n\nIvana")
    chips.detect_now()
    chip = chips._chips[0]
    qtbot.mouseClick(chip.confirm_button, Qt.MouseButton.LeftButton)
    assert chips.entries()[0].state is ChipState.CONFIRMED
    assert chip.confirm_button.isChecked()
    [promise] = chips.confirmed()
    links = PromiseLinks(
        ReminderSource.NOTE, customer_id=customer_id, conversation_id=conversation_id
    )
    made: list[object] = []
    assert save_promises(
        shop_ops, chips.confirmed(), links, author="Ivana", clock=clock, success=made.append
    )
    settle(qtbot, shop_ops)
    assert made
    [reminder] = reminders_for(shop_db, conversation_id=conversation_id)
    assert reminder.kind is ReminderKind.PROMISE
    assert reminder.action is Action.CALL
    assert reminder.customer_id == customer_id
    assert reminder.conversation_id == conversation_id
    assert reminder.source is ReminderSource.NOTE
    assert reminder.status is ReminderStatus.PENDING
    assert reminder.due_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)  # 9:00 in Zagreb
    assert reminder.due_is_date_only
    assert reminder.title == promise.text == "Nazvat ću Vas u srijedu"
    assert not save_promises(shop_ops, [], links, author="Ivana")


def test_unconfirming_takes_the_promise_back(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    editor_of(chips).setPlainText("Nazvat ću Vas u srijedu.")
    chips.detect_now()
    button = chips._chips[0].confirm_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert chips.confirmed() == []
    assert chips.entries()[0].state is ChipState.PROPOSED


def test_dismiss_removes_the_chip_and_it_stays_away_while_typing(
    qtbot: QtBot, clock: Clock
) -> None:
    chips = make_chips(qtbot, clock)
    editor = editor_of(chips)
    editor.setPlainText("Nazvat ću Vas u srijedu. Paket šaljemo do petka.")
    chips.detect_now()
    assert [e.promise.action for e in chips.entries()] == [Action.CALL, Action.SHIP]
    qtbot.mouseClick(chips._chips[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert [e.promise.action for e in chips.entries()] == [Action.SHIP]
    assert [c.isVisible() for c in chips._chips] == [True, False]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(chips, " Lijep pozdrav!")
    chips.detect_now()
    assert [e.promise.action for e in chips.entries()] == [Action.SHIP]
    qtbot.mouseClick(chips._chips[0].dismiss_button, Qt.MouseButton.LeftButton)
    assert chips.entries() == []
    assert not chips.isVisible()


def test_editing_the_date_moves_the_due_and_confirms(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    editor_of(chips).setPlainText("Nazvat ću Vas u srijedu.")
    chips.detect_now()
    chip = chips._chips[0]
    qtbot.mouseClick(chip.edit_button, Qt.MouseButton.LeftButton)
    picker = chips.picker
    assert picker is not None and picker.isVisible()
    assert picker.value() == (WEDNESDAY, None)
    picker.set_value(date(2026, 11, 26), time(14, 0))
    qtbot.mouseClick(picker.set_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    [entry] = chips.entries()
    assert entry.edited and entry.state is ChipState.CONFIRMED
    assert entry.promise.due_at == datetime(2026, 11, 26, 13, 0, tzinfo=UTC)
    assert not entry.promise.date_only
    assert chip.label.text() == "Call — Thu, Nov 26, 2:00\u202fPM"
    assert "date changed" in chip.toolTip()
    # The owner's date survives more typing (the promise is still there).
    editor_of(chips).appendPlainText("Lijep pozdrav!")
    chips.detect_now()
    assert chips.confirmed()[0].due_at == datetime(2026, 11, 26, 13, 0, tzinfo=UTC)


def test_a_closed_day_gets_a_warning_mark(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    editor_of(chips).setPlainText("Paket šaljemo 25.12.")
    chips.detect_now()
    [entry] = chips.entries()
    assert entry.promise.holiday
    warning = chips._chips[0]._warning
    assert warning.isVisible()
    assert warning.toolTip().startswith("Your shop is closed that day: ")
    # Moved to a Saturday: still closed (a weekend), no holiday name.
    chips.set_due(entry.key, date(2026, 11, 28), None)
    assert warning.isVisible()
    assert warning.toolTip() == "Your shop is closed that day."
    chips.set_due(entry.key, date(2026, 11, 27), None)
    assert not warning.isVisible()


def test_the_picker_says_when_the_shop_is_closed(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    editor_of(chips).setPlainText("Nazvat ću Vas u srijedu.")
    chips.detect_now()
    picker = chips.edit(chips.entries()[0].key)
    assert picker is not None
    assert not picker.warning.isVisible()
    picker.set_value(date(2026, 12, 25), None)
    assert picker.warning.isVisible()
    assert picker.warning.text().startswith("Your shop is closed that day: ")
    picker.close()


def test_the_language_falls_back_to_the_shop_language(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock, language=None)
    assert chips.language == "hr"
    chips.set_language("fr")  # promises are not read in French: the shop's language
    assert chips.language == "hr"
    chips.set_language("de-AT")
    assert chips.language == "de"
    editor_of(chips).setPlainText("Ich rufe Sie am Mittwoch an.")
    chips.detect_now()
    assert [e.promise.action for e in chips.entries()] == [Action.CALL]
    chips.set_setup(PromiseSetup(SETUP.tz, SETUP.hours, "fr"))
    chips.set_language(None)
    assert chips.language is None
    chips.detect_now()
    assert chips.entries() == []


def test_a_long_text_is_read_off_the_ui_thread(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    filler = "Hvala na strpljenju i lijep pozdrav. " * (LONG_TEXT // 30)
    editor_of(chips).setPlainText(filler + "Nazvat ću Vas u srijedu.")
    chips.detect_now()
    assert chips.entries() == []  # on its way
    qtbot.waitUntil(lambda: len(chips.entries()) == 1, timeout=TIMEOUT_MS)
    # A result that arrives after a newer edit is dropped.
    editor_of(chips).setPlainText(filler)
    chips.detect_now()
    editor_of(chips).setPlainText("Paket šaljemo do petka.")
    chips.detect_now()
    assert [e.promise.action for e in chips.entries()] == [Action.SHIP]
    qtbot.wait(200)
    assert [e.promise.action for e in chips.entries()] == [Action.SHIP]


def test_emptying_the_text_clears_the_chips(qtbot: QtBot, clock: Clock) -> None:
    chips = make_chips(qtbot, clock)
    editor_of(chips).setPlainText("Nazvat ću Vas u srijedu.")
    chips.detect_now()
    chips.confirm(chips.entries()[0].key)
    editor_of(chips).clear()
    # Not read again yet: what was confirmed is still there for the "queued" signal.
    assert len(chips.confirmed()) == 1
    chips.detect_now()
    assert chips.entries() == [] and not chips.isVisible()


def test_the_setup_is_read_from_the_store(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    chips = make_chips(qtbot, clock)
    chips.set_setup(PromiseSetup())
    chips.load_setup(shop_ops)
    settle(qtbot, shop_ops)
    assert chips.setup == read_setup(shop_db)
    assert chips.setup.tz.key == "Europe/Zagreb"
    assert chips.setup.hours.country == "HR"
