"""One customer per person: automatic merging by email and phone, manual merge and split."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.callbacks.queue import callback_queue, new_callback
from console.customers.lookup import customer_summary, find_customer
from console.customers.merge import CustomerError, merge_customers, split_address
from console.orders.csv_import import import_orders_csv
from console.orders.queries import list_orders
from console.storage.database import Database
from tests.console.orders.helpers import fixture, ingest, open_db
from tests.mailfactory import make_mail

NOW = datetime(2026, 3, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "shop.sqlite3")
    yield database
    database.close()


def _query(db: Database, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db.path) as connection:
        return [tuple(row) for row in connection.execute(sql, params)]


def test_two_addresses_one_phone_in_three_formats_is_one_customer(
    db: Database, tmp_path: Path
) -> None:
    # A callback form with "+385 91 234 5678" from her private address …
    form = make_mail(
        sender="Shop <wordpress@shop.example>",
        subject="New Entry: Povratni poziv",
        body="--- Ime ---\n\nAna Kovač\n\n--- Mobitel ---\n\n+385 91 234 5678\n\n"
        "--- E-mail ---\n\nana.kovac@example.hr\n",
    )
    # … her work address writes in with the number as "091/234-5678" in the signature …
    work = make_mail(
        sender="Ana Kovač <ana@firma.example>",
        subject="Povratni poziv",
        body="Molim povratni poziv.\n\nAna Kovač\nMob: 091/234-5678",
    )
    ingest(db, [form, work])
    # … and the shop export has "00385912345678" for an order placed with the work address.
    export = tmp_path / "orders.csv"
    export.write_text(
        "Order Number,Order Status,Email (Billing),Phone (Billing),First Name (Billing),"
        "Last Name (Billing),Order Total Amount,Item Name,Quantity (- Refund),Item Cost\n"
        "9001,Completed,ana@firma.example,00385912345678,Ana,Kovač,9.00,Lavender soap,2,4.50\n",
        encoding="utf-8",
    )
    import_orders_csv(db, export, now=NOW)
    ids = {
        find_customer(db, "ana.kovac@example.hr"),
        find_customer(db, "ana@firma.example"),
        find_customer(db, "091 234 5678"),
        find_customer(db, "00385912345678"),
    }
    assert len(ids) == 1
    [customer_id] = ids
    assert customer_id is not None
    summary = customer_summary(db, customer_id)
    assert summary is not None
    assert set(summary.emails) == {"ana.kovac@example.hr", "ana@firma.example"}
    assert summary.phones == ("+385912345678",)
    assert summary.name == "Ana Kovač"
    assert summary.order_count == 1 and summary.open_callbacks == 2
    assert summary.conversation_count == 1  # the form mail's sender is the shop's site
    merged = _query(db, "SELECT payload FROM events WHERE kind = 'customers_merged'")
    assert len(merged) == 1 and json.loads(str(merged[0][0]))["reason"] == "same email or phone"


def test_an_order_with_a_known_phone_joins_that_customer(db: Database) -> None:
    new_callback(db, name="Marko Horvat", phone="+385 98 765 4321", now=NOW)
    ingest(db, [fixture("woocommerce_admin_new_order_hr")])  # "098 765 4321", new address
    [order] = list_orders(db)
    customer = find_customer(db, "marko.horvat@example.hr")
    assert customer is not None and order.customer_id == customer
    assert find_customer(db, "098/765-4321") == customer


def test_manual_merge_moves_everything_and_records_it(db: Database) -> None:
    ingest(db, [fixture("woocommerce_admin_new_order_en")])
    other_mail = make_mail(sender="A. Kovač <a.kovac@posao.example>", subject="Hello", body="Hi")
    ingest(db, [other_mail])
    keep = find_customer(db, "ana.kovac@example.hr")
    other = find_customer(db, "a.kovac@posao.example")
    assert keep is not None and other is not None and keep != other
    new_callback(
        db, name="A. Kovač", phone="+385 1 4567 890", email="a.kovac@posao.example", now=NOW
    )
    with sqlite3.connect(db.path) as connection:
        connection.execute(
            "UPDATE customers SET company = 'Posao d.o.o.', vat_number = 'HR12345678901', "
            "kind = 'business', notes = 'Pays by invoice' WHERE id = ?",
            (other,),
        )
    result = merge_customers(db, keep, other, "Ivana", at=NOW)
    assert result.keep_id == keep
    summary = customer_summary(db, keep)
    assert summary is not None
    assert set(summary.emails) == {"ana.kovac@example.hr", "a.kovac@posao.example"}
    assert summary.phones == ("+385912345678", "+38514567890")
    assert (summary.company, summary.vat_number, summary.kind) == (
        "Posao d.o.o.",
        "HR12345678901",
        "business",
    )
    assert summary.notes == "Pays by invoice"
    assert summary.conversation_count == 1 and summary.open_callbacks == 1
    assert customer_summary(db, other) is None
    [(author, payload)] = _query(
        db, "SELECT author, payload FROM events WHERE kind = 'customers_merged'"
    )
    assert author == "Ivana" and json.loads(str(payload))["merged_id"] == other
    with pytest.raises(CustomerError):
        merge_customers(db, keep, keep, "Ivana")
    with pytest.raises(CustomerError, match="does not exist"):
        merge_customers(db, keep, 999_999, "Ivana")


def test_split_an_address_into_its_own_customer(db: Database) -> None:
    ingest(db, [fixture("woocommerce_admin_new_order_en")])
    keep = find_customer(db, "ana.kovac@example.hr")
    stranger = make_mail(sender="Ana K. <ana.k@drugi.example>", subject="Pitanje", body="Pozdrav")
    ingest(db, [stranger])
    other = find_customer(db, "ana.k@drugi.example")
    assert keep is not None and other is not None
    new_callback(db, name="Ana K.", phone="+385 1 1111 222", email="ana.k@drugi.example", now=NOW)
    merge_customers(db, keep, other, "Ivana", at=NOW)
    assert find_customer(db, "ana.k@drugi.example") == keep
    new_id = split_address(db, keep, "ana.k@drugi.example", "Ivana", at=NOW)
    assert find_customer(db, "ana.k@drugi.example") == new_id
    moved = customer_summary(db, new_id)
    assert moved is not None and moved.name == "Ana K."
    assert moved.conversation_count == 1 and moved.open_callbacks == 1
    assert [o.customer_id for o in list_orders(db)] == [keep]
    entries = callback_queue(db, NOW)
    assert [e.customer_id for e in entries] == [new_id]
    events = _query(db, "SELECT customer_id, payload FROM events WHERE kind = 'customer_edited'")
    assert {row[0] for row in events} == {keep, new_id}
    with pytest.raises(CustomerError, match="only address"):
        split_address(db, new_id, "ana.k@drugi.example", "Ivana")
    with pytest.raises(CustomerError, match="not an address"):
        split_address(db, keep, "nobody@example.com", "Ivana")


def test_find_customer_by_id_email_phone_or_nothing(db: Database) -> None:
    ingest(db, [fixture("woocommerce_admin_new_order_en")])
    customer = find_customer(db, "ANA.KOVAC@example.hr")
    assert customer is not None
    assert find_customer(db, f"#{customer}") == customer
    assert find_customer(db, "+385 91 234 5678") == customer
    assert find_customer(db, "") is None
    assert find_customer(db, "nobody@example.com") is None
    assert find_customer(db, "garbage") is None
