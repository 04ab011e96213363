"""The customer's orders in the customer panel, and the order badge of a conversation."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.orders.badges import order_numbers
from console.storage.database import Database
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.orders.conftest import LATER, customer_of
from ui.changes import Change
from ui.operations import Operations
from ui.orders.badge import badge_text, badge_tooltip
from ui.orders.panel import OrdersSection


def _section(qtbot: QtBot, ops: Operations) -> OrdersSection:
    section = OrdersSection(ops)
    qtbot.addWidget(section)
    section.set_now(LATER)
    section.resize(320, 600)
    section.show()
    return section


def test_the_customers_orders_newest_first_with_a_tracking_link(
    qtbot: QtBot, ops: Operations, order_db: Database
) -> None:
    section = _section(qtbot, ops)
    section.show_customer(customer_of(order_db, "2045"))
    qtbot.waitUntil(lambda: ops.idle and len(section.cards) == 2, timeout=TIMEOUT_MS)
    assert [o.number for o in section.orders] == ["1002", "2045"]
    assert section.title.text() == "ORDERS (2)"
    assert not section.empty.isVisible()
    newest, older = section.cards
    assert newest.number.text() == "#1002" and newest.status.text() == "New"
    assert older.status.text() == "Completed"
    assert older.date.text() == "Thu, Mar 5"
    assert older.total.text() == "€22.90"
    items = older.items
    assert items.itemAtPosition(0, 0).widget().text() == "Lavendelseife 100 g × 4"
    assert items.itemAtPosition(0, 1).widget().text() == "€18.00"
    assert "Track: DHL · 00340434161234567890" in older.tracking_text
    opened: list[QUrl] = []
    section.open_url = opened.append
    conversations: list[int] = []
    section.conversation_requested.connect(conversations.append)
    url = older.order.tracking_url
    older.tracking.linkActivated.emit(url)
    assert [u.toString() for u in opened] == [QUrl(url).toString()]
    assert QUrl(url).host() == "www.dhl.com"
    older.tracking.linkActivated.emit(f"sk-conversation:{older.order.conversation_ids[-1]}")
    assert conversations == [older.order.conversation_ids[-1]]
    section.grab()


def test_money_follows_the_ui_language(qtbot: QtBot, ops: Operations, order_db: Database) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        section = _section(qtbot, ops)
        section.show_customer(customer_of(order_db, "1001"))
        qtbot.waitUntil(lambda: ops.idle and bool(section.cards), timeout=TIMEOUT_MS)
        card = next(c for c in section.cards if c.order.number == "1001")
        assert card.total.text().replace("\xa0", " ") == "33,50 €"
        assert "UPS · 1Z999AA10123456784" in card.tracking_text
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def test_no_orders_and_reload_after_a_change(
    qtbot: QtBot, ops: Operations, order_db: Database
) -> None:
    section = _section(qtbot, ops)
    with sqlite3.connect(order_db.path) as connection:
        (lonely,) = connection.execute(
            "SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders "
            "WHERE customer_id IS NOT NULL) ORDER BY id LIMIT 1"
        ).fetchone()
    section.show_customer(lonely)
    settle(qtbot, ops)
    assert section.cards == [] and section.empty.isVisible()
    assert section.title.text() == "ORDERS"
    with sqlite3.connect(order_db.path) as connection:
        connection.execute("UPDATE orders SET customer_id = ? WHERE number = '1001'", (lonely,))
    ops.announce(Change.CUSTOMER)
    qtbot.waitUntil(lambda: ops.idle and len(section.cards) == 1, timeout=TIMEOUT_MS)
    section.show_customer(None)
    assert section.cards == [] and section.orders == []
    QApplication.processEvents()


def test_the_order_badge_of_a_conversation(order_db: Database) -> None:
    with sqlite3.connect(order_db.path) as connection:
        rows = connection.execute(
            "SELECT co.conversation_id, o.number FROM conversation_orders co "
            "JOIN orders o ON o.id = co.order_id"
        ).fetchall()
    assert rows
    numbers = order_numbers(order_db, [conversation for conversation, _ in rows] + [999_999])
    assert set(numbers.values()) <= {number for _, number in rows}
    assert 999_999 not in numbers
    assert badge_text("1001") == "#1001"
    assert badge_text("QZBKXWTMV12345") == "#QZBKXWTMV12…"
    assert badge_tooltip("1001") == "About order 1001"
