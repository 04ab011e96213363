"""Merging two customers and splitting an address off, with a confirmation that says
what moves (orders among it)."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot

from console.storage.database import Database
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.orders.conftest import customer_named, customer_of
from ui.customers.merge_dialog import MergeDialog
from ui.operations import Operations


def _orders_of(db: Database, customer_id: int) -> list[str]:
    with sqlite3.connect(db.path) as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT number FROM orders WHERE customer_id = ? ORDER BY number", (customer_id,)
            )
        ]


def test_merge_two_customers_after_a_confirmation(
    qtbot: QtBot, ops: Operations, order_db: Database
) -> None:
    klaus = customer_named(order_db, "Klaus Weber")
    jonas = customer_of(order_db, "2045")
    dialog = MergeDialog(ops, customer_id=klaus, author="Ivana")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: ops.idle and dialog.keep.current_id() == klaus, timeout=TIMEOUT_MS)
    assert not dialog.merge_button.isEnabled()
    dialog.other.set_search("jonas")
    qtbot.waitUntil(lambda: ops.idle and dialog.other.model.rowCount() == 1, timeout=TIMEOUT_MS)
    assert dialog.other.select(jonas)
    settle(qtbot, ops)
    assert dialog.merge_button.isEnabled()
    lines = dialog.merge_text().splitlines()
    assert (
        lines[0] == "“Klaus Weber” stays. Everything of “Jonas Weber” moves to it, "
        "then “Jonas Weber” is removed:"
    )
    assert "• 2 order(s)" in lines or "• 2 orders" in lines
    asked: list[tuple[str, str]] = []
    dialog.confirm = lambda question, details: asked.append((question, details)) is not None
    dialog.merge_button.click()
    assert asked[0][0] == "Merge “Jonas Weber” into “Klaus Weber”?"
    assert asked[0][1].endswith("This cannot be undone.")
    assert ops.idle and _orders_of(order_db, jonas) == ["1002", "2045"]  # declined
    merged: list[int] = []
    dialog.merged.connect(merged.append)
    dialog.confirm = lambda _question, _details: True
    dialog.merge_button.click()
    settle(qtbot, ops)
    assert merged == [klaus] and dialog.result() == MergeDialog.DialogCode.Accepted
    assert _orders_of(order_db, klaus) == ["1002", "2045"]


def test_split_an_address_into_a_new_customer(
    qtbot: QtBot, ops: Operations, order_db: Database
) -> None:
    klaus = customer_named(order_db, "Klaus Weber")
    jonas = customer_of(order_db, "2045")
    with sqlite3.connect(order_db.path) as connection:  # one customer with two addresses
        connection.execute(
            "UPDATE customer_addresses SET customer_id = ? WHERE customer_id = ?", (klaus, jonas)
        )
        connection.execute(
            "UPDATE orders SET customer_id = ? WHERE customer_id = ?", (klaus, jonas)
        )
    dialog = MergeDialog(ops, customer_id=klaus, author="Ivana")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.show()
    qtbot.waitUntil(lambda: ops.idle and dialog.address.count() == 2, timeout=TIMEOUT_MS)
    assert dialog.select_address("jonas.weber@example.de")
    settle(qtbot, ops)
    assert dialog.split_button.isEnabled()
    text = dialog.split_text()
    assert text.startswith("A new customer “jonas.weber” is made for jonas.weber@example.de.")
    assert "• 2 order" in text
    assert text.endswith("Phone numbers stay with “Klaus Weber”.")
    dialog.confirm = lambda _question, _details: True
    made: list[int] = []
    dialog.split_done.connect(made.append)
    dialog.split_button.click()
    settle(qtbot, ops)
    assert len(made) == 1 and made[0] not in (klaus, jonas)
    assert _orders_of(order_db, made[0]) == ["1002", "2045"]
    assert _orders_of(order_db, klaus) == []


def test_a_customer_with_one_address_has_nothing_to_split(
    qtbot: QtBot, ops: Operations, order_db: Database
) -> None:
    klaus = customer_named(order_db, "Klaus Weber")
    dialog = MergeDialog(ops, customer_id=klaus)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: ops.idle and dialog.address.count() == 1, timeout=TIMEOUT_MS)
    assert "only one address" in dialog.split_summary.text()
    assert not dialog.split_button.isEnabled()
