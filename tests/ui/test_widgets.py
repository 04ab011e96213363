"""Small parts: the lazy-list bookkeeping, translations helper, tray, navigation, ages."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from console.inbox.age import Age, AgeUnit, age_between
from console.inbox.counts import InboxCounts
from tests.ui.helpers import NOW
from ui import format as fmt
from ui.batched_rows import BatchedRows
from ui.i18n import fill
from ui.navigation import NavigationPane, NavTarget
from ui.tray import Tray, badge_icon


def test_fill_replaces_numbered_placeholders_once() -> None:
    assert fill("%1 wrote to %2", "Ana", "Ivo") == "Ana wrote to Ivo"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1", "100%2") == "100%2", "values are not scanned again"
    assert fill("%1 and %3", "x") == "x and %3"


def test_batched_rows_expose_and_load_in_batches() -> None:
    rows: BatchedRows[str] = BatchedRows(batch_size=3)
    rows.reset(list(range(10, 20)), [(10, "a"), (11, "b"), (12, "c")])
    assert rows.exposed == 3 and rows.total == 10
    assert rows.get(0) == "a" and rows.missing_batch(0) is None
    assert rows.expose_more() == (3, 5)
    assert rows.get(4) is None
    batch = rows.missing_batch(4)
    assert batch == 1
    assert rows.start_loading(1) == [13, 14, 15]
    assert rows.missing_batch(4) is None, "a batch is asked for once"
    generation = rows.generation
    assert rows.finish_loading(generation, 1, [(13, "d"), (15, "f")]) == (3, 5)
    assert rows.get(4) is None and rows.missing_batch(4) is None, "deleted ids are not retried"
    rows.reset([1, 2], [])
    assert rows.finish_loading(generation, 1, [(1, "x")]) is None, "stale batches are dropped"
    assert rows.row_of(2) == 1 and rows.row_of(13) is None


def test_ages_are_short() -> None:
    assert age_between(NOW, NOW + timedelta(seconds=30)) == Age(0, AgeUnit.NOW)
    assert fmt.age(NOW - timedelta(minutes=5), NOW) == "5 min"
    assert fmt.age(NOW - timedelta(hours=3, minutes=59), NOW) == "3 h"
    assert fmt.age(NOW - timedelta(days=2, hours=1), NOW) == "2 d"
    assert fmt.age(NOW - timedelta(days=20), NOW) == "2 w"
    assert fmt.age(NOW + timedelta(hours=1), NOW) == "now"
    assert fmt.age(None, NOW) == ""


def test_navigation_shows_counts_and_zero_for_what_comes_later(qtbot: QtBot) -> None:
    pane = NavigationPane()
    qtbot.addWidget(pane)
    pane.set_counts(InboxCounts(open=7, needs_reply=5, waiting=3, done=9, customers=11))
    assert pane.count(NavTarget.INBOX_ALL) == 7
    assert pane.count(NavTarget.WAITING) == 3
    assert pane.count(NavTarget.DONE) == 9
    assert pane.count(NavTarget.CUSTOMERS) == 11
    for later in (
        NavTarget.CALLBACKS,
        NavTarget.ORDERS,
        NavTarget.OVERDUE,
        NavTarget.TODAY,
        NavTarget.UPCOMING,
        NavTarget.TEMPLATES,
    ):
        assert pane.count(later) == 0
    with qtbot.waitSignal(pane.target_changed) as signal:
        pane.select(NavTarget.DONE)
    assert signal.args == [NavTarget.DONE]


def test_the_tray_shows_how_many_items_wait(qtbot: QtBot) -> None:
    tray = Tray()
    tray.set_waiting_count(4)
    assert tray.waiting_count == 4
    assert tray.toolTip() == "Shopkeeper: 4 item(s) waiting for you"
    tray.set_waiting_count(0)
    assert "nothing is waiting" in tray.toolTip()
    assert not badge_icon(12).isNull()
