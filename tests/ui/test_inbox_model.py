"""The lazy conversation list model: ids first, rows in batches, placeholders meanwhile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.inbox.queries import InboxFilter, InboxRow
from tests.ui.helpers import settle
from ui.inbox.model import InboxModel, InboxRole
from ui.operations import Operations


def loaded_model(qtbot: QtBot, operations: Operations, batch_size: int = 100) -> InboxModel:
    model = InboxModel(operations, batch_size=batch_size)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.show(InboxFilter.ATTENTION)
    return model


def test_the_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, operations: Operations
) -> None:
    model = loaded_model(qtbot, operations)
    assert model.rowCount() == 19
    qtmodeltester.check(model)


def test_the_model_passes_the_model_tester_while_fetching_lazily(
    qtbot: QtBot, qtmodeltester: ModelTester, operations: Operations
) -> None:
    model = loaded_model(qtbot, operations, batch_size=4)
    assert model.total == 19
    assert model.rowCount() == 4
    assert model.canFetchMore()
    qtmodeltester.check(model)  # calls fetchMore itself, placeholders included
    settle(qtbot, operations)
    assert model.rowCount() == 19
    assert all(model.index(row).data(InboxRole.LOADED) for row in range(19))
    qtmodeltester.check(model)


def test_rows_beyond_the_first_batch_are_placeholders_until_their_batch_arrives(
    qtbot: QtBot, operations: Operations
) -> None:
    model = loaded_model(qtbot, operations, batch_size=5)
    assert model.index(0).data(InboxRole.LOADED) is True
    model.fetchMore()
    assert model.rowCount() == 10
    placeholder = model.index(7)
    assert placeholder.data(InboxRole.CONVERSATION_ID) is not None, "ids are known at once"
    assert placeholder.data(InboxRole.LOADED) is False
    assert placeholder.data(InboxRole.ROW) is None
    assert placeholder.data(Qt.ItemDataRole.DisplayRole) == "Loading…"
    with qtbot.waitSignal(model.dataChanged, timeout=10_000) as changed:
        pass
    first, last = changed.args[0], changed.args[1]
    assert (first.row(), last.row()) == (5, 9)
    row = model.index(7).data(InboxRole.ROW)
    assert isinstance(row, InboxRow)
    assert row.conversation_id == placeholder.data(InboxRole.CONVERSATION_ID)


def test_the_order_is_what_needs_attention_first(qtbot: QtBot, operations: Operations) -> None:
    model = loaded_model(qtbot, operations)
    rows = [model.row_data(r) for r in range(model.rowCount())]
    assert all(isinstance(r, InboxRow) for r in rows)
    waiting = [r for r in rows if r.needs_reply]
    others = [r for r in rows if not r.needs_reply]
    assert rows == waiting + others, "conversations needing a reply come first"
    times = [r.last_incoming_at for r in waiting]
    assert times == sorted(times), "the customer waiting longest comes first"
    assert others and others[0].customer_name == "Sophie Turner"


def test_roles_give_the_row_fields(qtbot: QtBot, operations: Operations) -> None:
    model = loaded_model(qtbot, operations)
    index = model.index(0)
    row = model.row_data(0)
    assert isinstance(row, InboxRow)
    assert index.data(InboxRole.CUSTOMER_NAME) == row.customer_name == "Maja Novak"
    assert index.data(InboxRole.SUBJECT) == row.subject
    assert index.data(InboxRole.NEEDS_REPLY) is True
    assert index.data(InboxRole.HAS_ATTACHMENTS) is True
    assert index.data(InboxRole.LANGUAGE) == "hr"
    assert index.data(InboxRole.STATUS) == "open"
    assert index.data(InboxRole.WAITING_SINCE) == row.last_incoming_at
    assert int(InboxRole.CONVERSATION_ID) == Qt.ItemDataRole.UserRole + 1, "roles are stable"


def test_a_newer_load_wins_over_an_older_one(qtbot: QtBot, operations: Operations) -> None:
    model = InboxModel(operations)
    model.show(InboxFilter.ATTENTION)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.show(InboxFilter.DONE)
    settle(qtbot, operations)
    assert model.view is InboxFilter.DONE
    assert model.total == 12
    assert all(model.row_data(r).status.value == "done" for r in range(model.rowCount()))


def test_search_lists_matching_conversations_of_every_status(
    qtbot: QtBot, operations: Operations
) -> None:
    model = InboxModel(operations)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.show(InboxFilter.ATTENTION, "Hvaru")
    assert model.total == 1
    assert model.row_data(0).customer_name == "Maja Novak"
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.show(InboxFilter.ATTENTION, "Marko")
    statuses = {model.row_data(r).status.value for r in range(model.rowCount())}
    assert statuses == {"open", "done"}, "a done conversation is found from the inbox too"
