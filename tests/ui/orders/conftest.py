"""A sample shop with the order fixture mails (WooCommerce, Shopify, Magento, PrestaShop)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.customers.identity import connection_of
from console.demo.sample_shop import build_sample_shop
from console.storage.database import Database
from tests.ui.helpers import NOW
from tests.ui.shop_mail import ORDER_MAILS, ingest_mails
from ui.operations import Operations

LATER = datetime(2026, 3, 20, 10, 30, tzinfo=UTC)


@pytest.fixture
def order_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "shop.sqlite3")
    build_sample_shop(db, now=NOW)
    ingest_mails(db, ORDER_MAILS, now=LATER)
    yield db
    db.close()


@pytest.fixture
def ops(order_db: Database) -> Iterator[Operations]:
    operations = Operations(order_db)
    yield operations
    operations.wait()
    operations.shutdown()


def customer_of(db: Database, number: str) -> int:
    with db.reader() as session:
        row = (
            connection_of(session)
            .execute("SELECT customer_id FROM orders WHERE number = ?", (number,))
            .fetchone()
        )
    return int(row[0])


def customer_named(db: Database, name: str) -> int:
    with db.reader() as session:
        row = (
            connection_of(session)
            .execute("SELECT id FROM customers WHERE name = ?", (name,))
            .fetchone()
        )
    return int(row[0])
