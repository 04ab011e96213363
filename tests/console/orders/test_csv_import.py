"""Order export files: Shopify's and WooCommerce's real headers, and any CSV with a map."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from console.customers.lookup import customer_summary, find_customer
from console.orders.csv_import import CsvImportError, import_orders_csv, parse_mapping
from console.orders.queries import list_orders
from console.orders.types import OrderStatus, Platform
from console.storage.database import Database
from tests.console.orders.helpers import FIXTURES, fixture, ingest, open_db

NOW = datetime(2026, 3, 25, 9, 0, tzinfo=UTC)
GENERIC_MAP = [
    "Bestellnr=number",
    "Datum=date",
    "Kunde=name",
    "E-Mail=email",
    "Telefon=phone",
    "Artikel=item_name",
    "Menge=item_quantity",
    "Preis=item_unit_price",
    "Gesamt=total",
    "Status=status",
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "shop.sqlite3")
    yield database
    database.close()


def _orders(db: Database) -> dict[str, object]:
    return {order.number: order for order in list_orders(db)}


def test_shopify_export_one_row_per_line_item(db: Database) -> None:
    report = import_orders_csv(db, FIXTURES / "orders" / "shopify_orders_export.csv", now=NOW)
    assert report.platform is Platform.SHOPIFY
    assert (report.rows, report.orders, report.created) == (4, 3, 3)
    orders = {o.number: o for o in list_orders(db)}
    first = orders["1001"]
    assert first.status is OrderStatus.SHIPPED  # paid and fulfilled
    assert (first.total, first.currency) == (Decimal("33.50"), "EUR")
    assert [(i.name, i.quantity, i.price, i.sku) for i in first.items] == [
        ("Lavender pillow", 2, Decimal("24.00"), "PIL-02"),
        ("Lavender soap 100 g", 1, Decimal("4.50"), "SOAP-100"),
    ]
    assert first.placed_at == datetime(2026, 3, 12, 7, 55, 2, tzinfo=UTC)
    assert first.phone == "+385912345678"
    assert first.billing_address == "Ilica 12\n10000 Zagreb\nHR"
    assert orders["1004"].status is OrderStatus.NEW
    assert orders["1005"].status is OrderStatus.CANCELLED


def test_woocommerce_exports_of_both_common_plugins(db: Database) -> None:
    report = import_orders_csv(db, FIXTURES / "orders" / "woocommerce_orders_export.csv", now=NOW)
    assert (report.platform, report.orders) == (Platform.WOOCOMMERCE, 2)
    coce = import_orders_csv(db, FIXTURES / "orders" / "woocommerce_coce_export.csv", now=NOW)
    assert (coce.platform, coce.orders) == (Platform.WOOCOMMERCE, 1)
    orders = {o.number: o for o in list_orders(db)}
    assert orders["2045"].status is OrderStatus.COMPLETED
    assert orders["2045"].customer_name == "Jonas Weber"
    assert [(i.name, i.quantity, i.price) for i in orders["2045"].items] == [
        ("Lavendelseife 100 g", 4, Decimal("18.0"))
    ]
    assert [i.name for i in orders["2046"].items] == ["Lavendelöl 10 ml", "Lavendelkissen"]
    assert orders["4410"].status is OrderStatus.ON_HOLD
    assert [(i.name, i.quantity, i.sku) for i in orders["4410"].items] == [
        ("Sivkino milo 100 g", 2, "SOAP-100"),
        ("Sivkina blazinica", 1, "PIL-02"),
    ]
    assert orders["4410"].phone == "+38641123456"  # "041 123 456" with the address's country


def test_generic_csv_with_a_column_map_in_a_legacy_charset(db: Database) -> None:
    path = FIXTURES / "orders" / "generic_orders_de.csv"
    with pytest.raises(CsvImportError, match="order number"):
        import_orders_csv(db, path)
    report = import_orders_csv(db, path, parse_mapping(GENERIC_MAP), now=NOW)
    assert (report.platform, report.orders, report.rows) == (Platform.GENERIC, 2, 3)
    orders = {o.number: o for o in list_orders(db)}
    assert orders["A-77"].status is OrderStatus.SHIPPED
    assert orders["A-77"].total == Decimal("24.90")
    assert [(i.name, i.price) for i in orders["A-77"].items] == [
        ("Lavendelhonig 250 g", Decimal("17.00")),
        ("Lavendelsäckchen", Decimal("7.90")),
    ]
    assert orders["A-78"].customer_name == "Günther Öztürk"
    assert orders["A-78"].placed_at == datetime(2026, 3, 15, tzinfo=UTC)


def test_reimport_is_idempotent_and_a_newer_export_updates(db: Database, tmp_path: Path) -> None:
    path = FIXTURES / "orders" / "shopify_orders_export.csv"
    import_orders_csv(db, path, now=NOW)
    again = import_orders_csv(db, path, now=NOW)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    newer = tmp_path / "newer.csv"
    newer.write_text(
        path.read_text(encoding="utf-8").replace("example.hr,pending,", "example.hr,paid,"),
        encoding="utf-8",
    )
    update = import_orders_csv(db, newer, now=NOW)
    assert (update.updated, update.unchanged) == (1, 2)
    orders = {o.number: o for o in list_orders(db)}
    assert orders["1004"].status is OrderStatus.PAID
    assert [e.status for e in orders["1004"].history] == [OrderStatus.NEW, OrderStatus.PAID]
    assert len(list_orders(db)) == 3


def test_import_joins_orders_from_mail_and_the_customer(db: Database) -> None:
    ingest(db, [fixture("shopify_order_confirmation_en")])
    import_orders_csv(db, FIXTURES / "orders" / "shopify_orders_export.csv", now=NOW)
    orders = [o for o in list_orders(db) if o.number == "1001"]
    assert len(orders) == 1 and orders[0].conversation_ids
    customer = find_customer(db, "091/234-5678")  # the export's "+385 91 234 5678"
    assert customer is not None and customer == find_customer(db, "ana.kovac@example.hr")
    summary = customer_summary(db, customer)
    assert summary is not None and summary.first_order_at is not None


def test_bad_maps_and_files_are_one_clear_error(db: Database, tmp_path: Path) -> None:
    path = FIXTURES / "orders" / "generic_orders_de.csv"
    with pytest.raises(CsvImportError, match="unknown field"):
        import_orders_csv(db, path, {"Bestellnr": "order_no"})
    with pytest.raises(CsvImportError, match="no column"):
        import_orders_csv(db, path, {"Order": "number"})
    with pytest.raises(CsvImportError, match="COLUMN=FIELD"):
        parse_mapping(["number"])
    with pytest.raises(CsvImportError, match="cannot read"):
        import_orders_csv(db, tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(CsvImportError, match="empty"):
        import_orders_csv(db, empty)
