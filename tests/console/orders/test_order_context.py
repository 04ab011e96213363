"""Order numbers in conversations, unreadable order mails, and what the UI and templates get."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from console.orders.carriers import CARRIERS, carrier_key, guess_carrier, tracking_url
from console.orders.mentions import mentioned_numbers
from console.orders.money import format_money, parse_money
from console.orders.queries import (
    list_orders,
    order_for_conversation,
    order_template_context,
    orders_for_conversation,
)
from console.storage.database import Database
from tests.console.orders.helpers import fixture, ingest, open_db
from tests.mailfactory import make_mail


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "shop.sqlite3")
    yield database
    database.close()


def _conversation(db: Database, message_id: int) -> int:
    with sqlite3.connect(db.path) as connection:
        row = connection.execute(
            "SELECT conversation_id FROM messages WHERE id = ?", (message_id,)
        ).fetchone()
    return int(row[0])


def test_unreadable_order_mail_stays_a_conversation_and_is_flagged(db: Database) -> None:
    [(message_id, result)] = ingest(db, [fixture("unreadable_new_order_de")])
    assert result.flag == "order_parse_error" and result.order_id is None
    with sqlite3.connect(db.path) as connection:
        flags = connection.execute("SELECT message_id, kind, detail FROM mail_flags").fetchall()
        conversation = connection.execute(
            "SELECT c.subject, c.status FROM conversations c JOIN messages m "
            "ON m.conversation_id = c.id WHERE m.id = ?",
            (message_id,),
        ).fetchone()
    assert flags == [(message_id, "order_parse_error", "woocommerce: no order number")]
    assert conversation == ("[Lavendelgarten]: Neue Bestellung", "open")
    assert list_orders(db) == []


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Where is #1234?", ["1234"]),
        ("narudžba 1234 nije stigla", ["1234"]),
        ("Meine Bestellung 1234 fehlt", ["1234"]),
        ("Где мой заказ 1234?", ["1234"]),
        ("sipariş 1234 nerede", ["1234"]),
        ("order 1234", ["1234"]),
        ("naročilo 1234 še ni prispelo", ["1234"]),
        ("Bestellnummer: 10023", ["10023"]),
        ("номер заказа №4455", ["4455"]),
        ("Sipariş numarası: 7788", ["7788"]),
        ("Order: #1001 and #1002", ["1001", "1002"]),
        ("I want to order 2 more", []),
        ("call me at 091 234 5678", []),
    ],
)
def test_order_numbers_in_six_languages(text: str, numbers: list[str]) -> None:
    assert mentioned_numbers(text) == numbers


def test_a_mention_links_the_conversation_before_and_after_the_order(db: Database) -> None:
    early = make_mail(
        sender="Ana Kovač <ana.kovac@example.hr>",
        subject="Pitanje",
        body="Pozdrav, platila sam narudžbu 1234 jučer. Kada šaljete?",
        date=datetime(2026, 3, 3, 8, 0, tzinfo=UTC),
    )
    [(early_id, early_result)] = ingest(db, [early])
    assert early_result.mentions == ("1234",)
    assert order_for_conversation(db, _conversation(db, early_id)) is None
    ingest(db, [fixture("woocommerce_admin_new_order_en")])
    order = order_for_conversation(db, _conversation(db, early_id))
    assert order is not None and order.number == "1234"
    late = make_mail(
        sender="Ana Kovač <ana.kovac@example.hr>",
        subject="Order #1234",
        body="Hi, please add a note to my order.",
        date=datetime(2026, 3, 4, 8, 0, tzinfo=UTC),
    )
    [(late_id, _)] = ingest(db, [late])
    assert [o.number for o in orders_for_conversation(db, _conversation(db, late_id))] == ["1234"]


def test_links_survive_threading_merging_two_conversations(db: Database) -> None:
    [(message_id, _)] = ingest(db, [fixture("woocommerce_admin_new_order_en")])
    other = make_mail(subject="Lavender soap", body="Do you have lavender soap?")
    [(other_id, _)] = ingest(db, [other])
    old, new = _conversation(db, message_id), _conversation(db, other_id)
    with sqlite3.connect(db.path) as connection:  # what the threader does when it merges
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(
            "UPDATE messages SET conversation_id = ? WHERE conversation_id = ?", (new, old)
        )
        connection.execute("DELETE FROM conversations WHERE id = ?", (old,))
    order = order_for_conversation(db, new)
    assert order is not None and order.number == "1234"


def test_template_context_formats_for_the_customers_language(db: Database) -> None:
    ingest(
        db,
        [fixture("woocommerce_admin_new_order_de"), fixture("woocommerce_customer_completed_de")],
    )
    [order] = list_orders(db)
    context = order_template_context(order, "de")
    assert context["number"] == "2045"
    assert context["status"] == "completed"
    assert context["total"] == "22,90\xa0€"
    assert context["tracking_url"] == order.tracking_url and "00340434161234567890" in str(
        context["tracking_url"]
    )
    assert context["items"] == [
        {"name": "Lavendelseife 100 g", "quantity": 4, "price": "18,00\xa0€"}
    ]
    assert order_template_context(order, "en")["total"] == "€22.90"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("DHL Paket", "dhl"),
        ("GLS", "gls"),
        ("DPD Classic", "dpd"),
        ("UPS", "ups"),
        ("Hrvatska pošta", "hp"),
        ("HP Express", "hp"),
        ("Pošta Slovenije", "posta_si"),
        ("Deutsche Post", "deutsche_post"),
        ("Почта России", "pochta"),
        ("СДЭК", "cdek"),
        ("Yurtiçi Kargo", "yurtici"),
        ("Aras Kargo", "aras"),
        ("MNG Kargo", "mng"),
        ("PTT Kargo", "ptt"),
        ("Pigeon post", None),
    ],
)
def test_carrier_names_as_mails_write_them(name: str, key: str | None) -> None:
    assert carrier_key(name) == key


def test_every_carrier_has_a_tracking_link() -> None:
    assert len(CARRIERS) == 13
    for carrier in CARRIERS:
        url = tracking_url("AB 123/45", carrier.key)
        assert url.startswith("https://") and "AB%20123%2F45" in url
    assert guess_carrier("RR123456785HR") == "hp"
    assert guess_carrier("RA123456789RU") == "pochta"
    assert guess_carrier("1Z999AA10123456784") == "ups"
    assert tracking_url("123", "", "https://example.test/t/123") == "https://example.test/t/123"


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1.234,56 €", "1234.56", "EUR"),
        ("€1,234.56", "1234.56", "EUR"),
        ("1 234,56 ₽", "1234.56", "RUB"),
        ("₺1.234,56", "1234.56", "TRY"),
        ("99 kn", "99", "HRK"),
        ("£19.98", "19.98", "GBP"),
        ("3 280 р.", "3280", "RUB"),
        ("EUR 7", "7", "EUR"),
    ],
)
def test_amounts_as_shops_write_them(text: str, amount: str, currency: str) -> None:
    assert parse_money(text) == (Decimal(amount), currency)


def test_money_is_formatted_per_locale() -> None:
    assert format_money(Decimal("1234.5"), "EUR", "hr") == "1.234,50\xa0€"
    assert format_money(Decimal("1234.5"), "RUB", "ru") == "1\xa0234,50\xa0₽"
    assert format_money(None, "EUR") == ""
