"""The Reminders view: three sections, done and snooze, adding, occasions, reliability."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.reminders.kinds import ReminderKind, ReminderStatus, SnoozeOption
from console.reminders.store import get_reminder, reminders_for
from console.storage.database import Database
from console.templates.starter import ensure_starter_templates
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.reminders.conftest import SETUP, Clock
from tests.ui.reminders.scenario import TUESDAY, ZAGREB, busy_week, conversation_of
from ui.changes import Change
from ui.operations import Operations
from ui.reminders.model import ReminderRole, RemindersModel
from ui.reminders.rows import ReminderRow, Section, read_page
from ui.reminders.text import detail, due_line, headline
from ui.reminders.view import RemindersView
from ui.templates.filling import customer_message


def open_view(qtbot: QtBot, ops: Operations, clock: Clock) -> RemindersView:
    view = RemindersView(ops, clock=clock)
    qtbot.addWidget(view)
    view.author = "Ivana"
    view.resize(460, 860)
    view.show()
    view.set_setup(SETUP)
    settle(qtbot, ops)
    assert view.model.page is not None
    return view


def upcoming(view: RemindersView) -> tuple[ReminderRow, ...]:
    return view.model.page.upcoming if view.model.page is not None else ()


def names(view: RemindersView) -> list[str]:
    rows = (view.model.row_at(i) for i in range(view.model.rowCount()))
    return [r.customer_name or r.reminder.title for r in rows if r is not None]


def test_the_three_sections_follow_the_clock(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    counts: list[tuple[int, int, int]] = []
    view.counts_changed.connect(lambda *c: counts.append(c))
    assert view.section is Section.TODAY
    assert names(view) == ["Klaus Weber", "Mojca Kranjc", "Emma Clarke"]
    assert view.tabs.tabText(1) == "Today (3)"
    view.show_section(Section.OVERDUE)
    assert names(view) == ["Marko Horvat", "Ana Jurić"]
    assert view.tabs.currentIndex() == 0 and view.tabs.tabText(0) == "Overdue (2)"
    view.show_section(Section.UPCOMING)
    assert names(view) == ["call the olive oil supplier", "Ольга Смирнова", "Ayşe Yılmaz"]
    # At 17:30 the shop has closed: today's promises are late, the 16:00 call too
    # (after its hour of grace).
    clock.now = TUESDAY + timedelta(hours=3)
    view.refresh()
    settle(qtbot, shop_ops)
    assert counts[-1] == (5, 0, 3)
    view.tabs.setCurrentIndex(0)  # the tab itself switches the section
    assert view.section is Section.OVERDUE
    assert names(view) == [
        "Marko Horvat",
        "Klaus Weber",
        "Mojca Kranjc",
        "Ana Jurić",
        "Emma Clarke",
    ]


def test_rows_say_how_late_in_red(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    view.show_section(Section.OVERDUE)
    marko, ana = (view.model.row_at(i) for i in range(2))
    assert marko is not None and ana is not None
    assert headline(marko) == "Call — Marko Horvat"
    assert detail(marko) == "Nazvat ću Vas u ponedjeljak oko narudžbe"
    # Monday's window closed at 17:00: 21 hours ago.
    assert due_line(marko, ZAGREB, clock.now, True) == "overdue by 21 h"
    # "Today by 12:00" with an hour's grace: late since 13:00.
    assert due_line(ana, ZAGREB, clock.now, True) == "overdue by 1 h"
    assert view.model.data(view.model.index(0), ReminderRole.OVERDUE) is True
    view.grab()  # the delegate paints every row


def test_done_and_snooze_update_the_lists(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    notices: list[str] = []
    view.notice.connect(notices.append)
    view.show_section(Section.OVERDUE)
    marko = view.model.row_at(0)
    assert marko is not None and view.current() == marko
    view.mark_done()
    qtbot.waitUntil(lambda: names(view) == ["Ana Jurić"], timeout=TIMEOUT_MS)
    assert get_reminder(shop_db, marko.reminder.id).status is ReminderStatus.DONE
    assert notices[-1] == "Done: Call — Marko Horvat."
    assert view.current() is not None and view.current().customer_name == "Ana Jurić"  # type: ignore[union-attr]

    # Snoozed for an hour: it waits in today's list until then.
    view.snooze(SnoozeOption.HOUR_1)
    qtbot.waitUntil(lambda: names(view) == [], timeout=TIMEOUT_MS)
    view.show_section(Section.TODAY)
    assert "Ana Jurić" in names(view)
    ana = next(r for r in view.model.page.today if r.customer_name == "Ana Jurić")  # type: ignore[union-attr]
    assert ana.reminder.snoozed_until == (TUESDAY + timedelta(hours=1)).astimezone(UTC)
    assert notices[-1].startswith("Snoozed until today, 3:30")

    # Tomorrow morning: upcoming.
    view.snooze(SnoozeOption.TOMORROW_MORNING, ana.reminder.id)
    view.show_section(Section.UPCOMING)
    qtbot.waitUntil(lambda: "Ana Jurić" in names(view), timeout=TIMEOUT_MS)
    snoozed = get_reminder(shop_db, ana.reminder.id)
    assert snoozed.remind_at.astimezone(ZAGREB) == datetime(2026, 11, 25, 9, 0, tzinfo=ZAGREB)

    # A picked date and time.
    view.select_reminder(ana.reminder.id)
    picker = view.pick_snooze()
    assert picker is not None
    picker.set_value(date(2026, 11, 27), time(15, 30))
    picker.set_button.click()
    settle(qtbot, shop_ops)
    snoozed = get_reminder(shop_db, ana.reminder.id)
    assert snoozed.remind_at.astimezone(ZAGREB) == datetime(2026, 11, 27, 15, 30, tzinfo=ZAGREB)


def test_the_snooze_menu(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    view._fill_snooze_menu()
    texts = [a.text() for a in view.snooze_menu.actions() if not a.isSeparator()]
    assert texts == [
        "For 15 minutes",
        "For an hour",
        "Until tomorrow, 9:00\u202fAM",
        "Pick a date and time…",
    ]
    before = names(view)
    first = view.current()
    assert first is not None and before[0] == first.customer_name
    view.snooze_menu.actions()[0].trigger()  # 15 minutes, for the selected (first) row
    settle(qtbot, shop_ops)
    snoozed = get_reminder(shop_db, first.reminder.id)
    assert snoozed.snoozed_until == (TUESDAY + timedelta(minutes=15)).astimezone(UTC)


def test_open_emits_the_conversation(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    view.show_section(Section.OVERDUE)
    marko_conversation, marko_customer, _ = conversation_of(shop_db, "Marko Horvat")
    with qtbot.waitSignal(view.open_requested) as opened:
        view.open_button.click()
    assert opened.args == [marko_conversation]
    # A reminder of no customer and no conversation has nothing to open.
    view.show_section(Section.UPCOMING)
    assert view.current().customer_name == ""  # type: ignore[union-attr]
    assert not view.open_button.isEnabled()
    assert marko_customer


def test_adding_a_reminder_in_natural_words(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    box = view.add_box
    assert not box.add_button.isEnabled()
    box.field.setText("call Ana")
    assert box.read() is None and not box.add_button.isEnabled()
    assert box.preview.text().startswith("Say when")
    box.field.setText("next Wed 10:00 call Ana")
    read = box.read()
    assert read is not None and read.language == "en"
    assert box.preview.text() == "Call — Wed, Nov 25, 10:00\u202fAM: “call Ana”"
    box.field.setText("sutra nazvati Marka")
    read = box.read()
    assert read is not None and read.language == "hr" and read.typed.title == "nazvati Marka"
    assert box.preview.text() == "Call — Wed, Nov 25: “nazvati Marka”"
    notices: list[str] = []
    view.notice.connect(notices.append)
    box.field.returnPressed.emit()
    qtbot.waitUntil(lambda: upcoming(view) != (), timeout=TIMEOUT_MS)
    [added] = upcoming(view)
    assert added.reminder.kind is ReminderKind.MANUAL
    assert added.reminder.source_text == "sutra nazvati Marka"
    assert box.field.text() == ""
    assert notices == ["Reminder added for tomorrow."]


def test_a_closed_day_is_flagged_in_the_preview(
    qtbot: QtBot, clock: Clock, shop_ops: Operations
) -> None:
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    view.add_box.field.setText("25.12. nazvati dobavljača")
    assert view.add_box._warning.isVisible()
    assert view.add_box._warning.toolTip().startswith("Your shop is closed that day: ")


def test_occasions_are_suggestions_only(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    busy_week(shop_db)
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    panel = view.occasions
    assert panel.isVisible()
    assert [item.row.occasion.kind.value for item in panel.items] == [
        "after_shipping",
        "birthday",
        "first_order_anniversary",
    ]
    luka, petra, klaus = panel.items
    _, luka_id, _ = conversation_of(shop_db, "Luka Matić")
    with qtbot.waitSignal(view.template_requested) as wanted:
        luka.template_button.click()
    assert wanted.args == ["feedback_request", luka_id]
    before = len(reminders_for(shop_db))
    petra.accept_button.click()
    settle(qtbot, shop_ops)
    qtbot.waitUntil(lambda: len(view.occasions.items) == 2, timeout=TIMEOUT_MS)
    made = [r for r in reminders_for(shop_db) if r.kind is ReminderKind.OCCASION]
    assert len(reminders_for(shop_db)) == before + 1 and len(made) == 1
    assert made[0].due_at.astimezone(ZAGREB) == datetime(2026, 11, 28, 9, 0, tzinfo=ZAGREB)
    # The reminder has a customer but no conversation: opening it shows the customer.
    view.show_section(Section.UPCOMING)
    qtbot.waitUntil(lambda: view.select_reminder(made[0].id), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(view.customer_requested) as shown:
        view.open_current()
    assert shown.args == [made[0].customer_id]
    row = view.current()
    assert row is not None and headline(row) == "Birthday — Petra Knežević"
    klaus = view.occasions.items[1]
    klaus.dismiss_button.click()
    qtbot.waitUntil(lambda: len(view.occasions.items) == 1, timeout=TIMEOUT_MS)
    page = read_page(shop_db, now=TUESDAY, tz=ZAGREB, author="Ivana")
    assert [o.occasion.kind.value for o in page.occasions] == ["after_shipping"]


def test_an_occasions_template_is_filled_in_for_its_customer(shop_db: Database) -> None:
    busy_week(shop_db)
    ensure_starter_templates(shop_db)
    _, luka_id, _ = conversation_of(shop_db, "Luka Matić")
    message = customer_message(shop_db, "feedback_request", luka_id)
    assert message is not None and message.email is not None and message.filled is not None
    assert message.name == "Luka Matić" and message.filled.key == "feedback_request"
    assert message.filled.problem is None and "Luka" in message.filled.body
    missing = customer_message(shop_db, "no_such_template", luka_id)
    assert missing is not None and missing.filled is None
    assert customer_message(shop_db, "feedback_request", 999_999) is None


def test_the_reliability_figure(
    qtbot: QtBot, clock: Clock, shop_db: Database, shop_ops: Operations
) -> None:
    clock.now = TUESDAY
    view = open_view(qtbot, shop_ops, clock)
    assert view.reliability.text() == "Promises kept on time: none due yet this month."
    busy_week(shop_db)
    shop_ops.announce(Change.TIMELINE)
    qtbot.waitUntil(lambda: "%" in view.reliability.text(), timeout=TIMEOUT_MS)
    # This week: 2 on time, 1 late, 2 missed; this month also 2 more on time.
    assert view.reliability.text() == "Promises kept on time: 40% this week, 57% this month"
    assert "2 kept on time, 1 late, 2 missed" in view.reliability.toolTip()


def test_the_model(qtmodeltester: ModelTester, shop_db: Database) -> None:
    busy_week(shop_db)
    model = RemindersModel(clock=lambda: TUESDAY)
    qtmodeltester.check(model)
    model.set_page(read_page(shop_db, now=TUESDAY, tz=ZAGREB, author="Ivana"))
    for section in Section:
        model.set_section(section)
        qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(1), ReminderRole.CUSTOMER_NAME) == "Ольга Смирнова"
    assert model.roleNames()[ReminderRole.DUE_AT].data() == b"due_at"
