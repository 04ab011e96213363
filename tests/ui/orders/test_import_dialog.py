"""Importing an order export: a generic CSV mapped column by column, Shopify recognized."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.orders.types import Platform
from console.storage.database import Database
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.orders.conftest import LATER
from tests.ui.shop_mail import FIXTURES
from ui.changes import Change
from ui.operations import Operations
from ui.orders.import_dialog import ImportDialog, field_label

GENERIC = FIXTURES / "orders" / "generic_orders_de.csv"
SHOPIFY = FIXTURES / "orders" / "shopify_orders_export.csv"
GERMAN_COLUMNS = {
    "Bestellnr": "number",
    "Datum": "date",
    "Kunde": "name",
    "E-Mail": "email",
    "Telefon": "phone",
    "Artikel": "item_name",
    "Menge": "item_quantity",
    "Preis": "item_unit_price",
    "Gesamt": "total",
    "Status": "status",
}


def _dialog(qtbot: QtBot, ops: Operations, path: Path) -> ImportDialog:
    dialog = ImportDialog(ops, now=LATER)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: path
    dialog.show()
    dialog.file_button.click()
    qtbot.waitUntil(lambda: ops.idle and dialog.preview is not None, timeout=TIMEOUT_MS)
    return dialog


def test_a_generic_csv_is_imported_with_the_owners_mapping(
    qtbot: QtBot, qtmodeltester: ModelTester, ops: Operations, order_db: Database
) -> None:
    changes: list[Change] = []
    ops.changed.connect(changes.append)
    dialog = _dialog(qtbot, ops, GENERIC)
    preview = dialog.preview
    assert preview is not None and preview.platform is Platform.GENERIC
    assert preview.columns[0] == "Bestellnr" and dialog.table.isVisible()
    assert not dialog.own_mapping.isVisible()
    assert "does not know this file's layout" in dialog.kind.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.status.text() == "Choose the column that holds the order number."
    model = dialog.mapping
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "A-77"  # the first row's value
    assert model.index(9, 0).data() == "Status"
    for column, field in GERMAN_COLUMNS.items():
        row = model.row_of_key(column)
        assert row is not None
        model.set_field(row, field)
    assert model.index(0, 2).data() == field_label("number") == "Order number"
    assert dialog.import_button.isEnabled()
    assert dialog.chosen_mapping() == GERMAN_COLUMNS
    dialog.import_button.click()
    settle(qtbot, ops)
    report = dialog.report
    assert report is not None and (report.rows, report.orders, report.created) == (3, 2, 2)
    assert "2 order" in dialog.status.text()
    assert "New: 2 · updated: 0 · unchanged: 0" in dialog.status.text()
    assert dialog.close_button.text() == "Close" and not dialog.import_button.isVisible()
    assert Change.CUSTOMER in changes[-1]
    with sqlite3.connect(order_db.path) as connection:
        rows = connection.execute(
            "SELECT number, customer_name, total FROM orders WHERE platform = 'generic' "
            "AND source = 'csv' ORDER BY number"
        ).fetchall()
        items = connection.execute(
            "SELECT count(*) FROM order_items JOIN orders o ON o.id = order_id "
            "WHERE o.number = 'A-77'"
        ).fetchone()
    assert [r[0] for r in rows][:2] == ["A-77", "A-78"] and rows[0][1] == "Klaus Becker"
    assert items == (2,)


def test_a_shopify_export_is_recognized_and_imported(
    qtbot: QtBot, ops: Operations, order_db: Database
) -> None:
    dialog = _dialog(qtbot, ops, SHOPIFY)
    assert dialog.preview is not None and dialog.preview.platform is Platform.SHOPIFY
    assert dialog.kind.text().startswith("A Shopify export")
    assert dialog.own_mapping.isVisible() and not dialog.table.isVisible()
    assert dialog.import_button.isEnabled() and dialog.chosen_mapping() == {}
    dialog.own_mapping.setChecked(True)
    assert dialog.table.isVisible() and dialog.chosen_mapping() == {}
    dialog.import_button.click()
    settle(qtbot, ops)
    assert dialog.report is not None and dialog.report.orders >= 1
    assert dialog.report.errors == []


def test_an_unreadable_file_is_reported(qtbot: QtBot, ops: Operations, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    dialog = ImportDialog(ops, path=empty)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: ops.idle and "cannot be imported" in dialog.status.text(), timeout=TIMEOUT_MS
    )
    assert dialog.preview is None and not dialog.import_button.isEnabled()
