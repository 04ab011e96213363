"""Later mails about an order update it; nothing is lost, nothing is doubled."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.mail.classify import backfill
from console.orders.queries import list_orders, order_for_conversation, orders_for_customer
from console.orders.types import OrderStatus
from console.storage.database import Database
from tests.console.orders.helpers import fixture, ingest, open_db
from tests.mailfactory import make_mail


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "shop.sqlite3", region="DE", timezone="Europe/Berlin")
    yield database
    database.close()


def _rows(db: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db.path) as connection:
        return [tuple(row) for row in connection.execute(sql, params)]


def test_new_order_then_completed_with_tracking_is_one_order_with_history(db: Database) -> None:
    ingest(db, [fixture("woocommerce_admin_new_order_de")])
    ingest(db, [fixture("woocommerce_customer_completed_de")])
    [order] = list_orders(db)
    assert (order.number, order.status) == ("2045", OrderStatus.COMPLETED)
    assert [(e.kind, e.status) for e in order.history] == [
        ("created", OrderStatus.NEW),
        ("status", OrderStatus.COMPLETED),
        ("tracking", None),
    ]
    assert order.tracking_number == "00340434161234567890"
    assert order.tracking_url.startswith("https://www.dhl.com/")
    assert order.phone == "+4915123456789"  # "0151 23456789" read in the shop's region
    assert [(i.name, i.quantity) for i in order.items] == [("Lavendelseife 100 g", 4)]
    assert len(order.conversation_ids) == 2  # the admin mail and the customer's copy


def test_every_platform_sequence_updates_instead_of_duplicating(db: Database) -> None:
    sequences = [
        ["shopify_order_confirmation_en", "shopify_shipping_confirmation_en"],
        ["prestashop_new_order_admin_en", "prestashop_order_conf_hr", "prestashop_in_transit_hr"],
        ["shopware_order_confirmation_de", "shopware_delivery_shipped_de"],
        ["magento_order_new_en", "magento_shipment_new_de"],
        ["opencart_order_alert_en", "opencart_order_edit_en"],
        ["ecwid_new_order_tr", "ecwid_order_shipped_tr"],
    ]
    for names in sequences:
        for name in names:
            ingest(db, [fixture(name)])
    orders = {o.number: o for o in list_orders(db)}
    assert sorted(orders) == ["000000123", "1001", "10023", "2310", "58", "QZBKXWTMV"]
    assert all(o.status is OrderStatus.SHIPPED for o in orders.values())
    assert orders["10023"].tracking_number == "01234567890123"
    assert orders["10023"].carrier == "dpd"
    assert orders["2310"].tracking_url.startswith("https://www.yurticikargo.com/")
    assert orders["1001"].tracking_url == "https://www.ups.com/track?tracknum=1Z999AA10123456784"
    assert len(orders["QZBKXWTMV"].items) == 2
    assert orders["QZBKXWTMV"].total is not None


def test_status_follows_the_mails_dates_not_their_arrival(db: Database) -> None:
    ingest(db, [fixture("prestashop_in_transit_hr")])  # the newest mail arrives first
    ingest(db, [fixture("prestashop_new_order_admin_en")])
    [order] = list_orders(db)
    assert order.status is OrderStatus.SHIPPED
    assert order.total is not None and order.items  # filled in by the older mail


def test_a_status_mail_about_an_unknown_order_changes_nothing(db: Database) -> None:
    results = ingest(db, [fixture("shopware_delivery_shipped_de")])
    assert results[0][1].order_id is None
    assert list_orders(db) == []


def test_the_same_mail_twice_or_in_two_folders_is_counted_once(db: Database) -> None:
    raw = fixture("woocommerce_admin_new_order_en")
    ingest(db, [raw, raw])
    ingest(db, [raw])
    assert len(list_orders(db)) == 1
    assert _rows(db, "SELECT count(*) FROM order_events") == [(1,)]


def test_backfill_recognizes_stored_mail_once(db: Database) -> None:
    from console.mail.ingest import FetchedMail, Ingestor
    from console.mail.parse import parse_message
    from tests.console.orders.helpers import IMPORT

    with db.session() as session:
        ingestor = Ingestor(session, frozenset())
        for name in ("shopify_order_confirmation_en", "shopify_shipping_confirmation_en"):
            raw = fixture(name)
            ingestor.store(IMPORT, FetchedMail(raw=raw), parse_message(raw))
        ingestor.finish()
    # As if stored by a version that did not recognize orders yet:
    with sqlite3.connect(db.path) as connection:
        for table in ("order_events", "order_items", "conversation_orders", "order_mentions"):
            connection.execute(f"DELETE FROM {table}")
        connection.execute("DELETE FROM orders")
    first = backfill(db)
    assert (first.messages, first.orders, first.orders_created) == (2, 2, 1)
    again = backfill(db)
    assert again.orders_created == 0
    [order] = list_orders(db)
    assert order.status is OrderStatus.SHIPPED
    assert _rows(db, "SELECT count(*) FROM order_events") == [(3,)]


def test_a_reply_quoting_the_order_mail_does_not_change_the_order(db: Database) -> None:
    ingest(
        db,
        [fixture("woocommerce_customer_completed_de"), fixture("woocommerce_admin_new_order_de")],
    )
    reply = make_mail(
        sender="Jonas Weber <jonas.weber@example.de>",
        to="shop@lavendelgarten.example",
        subject="Re: Neue Bestellung #2045",
        body="Ist die Bestellung 2045 schon unterwegs?\n\n> [Bestellung #2045]\n"
        "> Gesamtsumme: 22,90 €",
        in_reply_to="<woocommerce_admin_new_order_de@fixtures.shopkeeper.test>",
        date=datetime(2026, 3, 7, 9, 0, tzinfo=UTC),
    )
    [(_, result)] = ingest(db, [reply])
    assert result.order_id is None and result.mentions == ("2045",)
    [order] = list_orders(db)
    assert order.status is OrderStatus.COMPLETED


def test_orders_link_to_the_customer_found_by_email_and_phone(db: Database) -> None:
    ingest(db, [fixture("shopify_staff_new_order_de"), fixture("woocommerce_admin_new_order_de")])
    customer_ids = {o.customer_id for o in list_orders(db)}
    assert len(customer_ids) == 1  # same address and same phone: one Jonas Weber
    [customer_id] = customer_ids
    assert customer_id is not None
    numbers = [o.number for o in orders_for_customer(db, customer_id)]
    assert numbers == ["1002", "2045"]  # newest first


def test_the_order_box_of_a_conversation(db: Database) -> None:
    [(message_id, _)] = ingest(db, [fixture("magento_order_new_en")])
    [(conversation_id,)] = _rows(
        db, "SELECT conversation_id FROM messages WHERE id = ?", message_id
    )
    order = order_for_conversation(db, int(str(conversation_id)))
    assert order is not None and order.number == "000000123"
    assert order_for_conversation(db, 999_999) is None
