"""Listing the inbox: order, views, search, rows by id, and index-only ordering."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert, text

from console.domain.status import ConversationStatus
from console.inbox.counts import inbox_counts
from console.inbox.queries import InboxFilter, inbox_ids, inbox_page, inbox_rows
from console.storage.database import Database
from console.storage.models import Conversation, Customer
from tests.console.inbox.conftest import NOW


def test_the_inbox_lists_conversations_needing_a_reply_first_oldest_first(shop: Database) -> None:
    page = inbox_page(shop, InboxFilter.ATTENTION)
    rows = list(page.rows)
    assert len(rows) == len(page.ids) == 19
    assert all(r.status is ConversationStatus.OPEN for r in rows)
    needing = [r for r in rows if r.needs_reply]
    assert rows[: len(needing)] == needing
    waited = [r.last_incoming_at for r in needing]
    assert waited == sorted(waited)
    assert rows[0].customer_name == "Maja Novak"
    assert rows[-1].customer_name == "Sophie Turner" and not rows[-1].needs_reply


def test_waiting_is_longest_waiting_first_and_done_newest_first(shop: Database) -> None:
    waiting = inbox_rows(shop, inbox_ids(shop, InboxFilter.WAITING))
    assert {r.status for r in waiting} == {ConversationStatus.WAITING}
    assert [r.last_message_at for r in waiting] == sorted(r.last_message_at for r in waiting)
    done = inbox_rows(shop, inbox_ids(shop, InboxFilter.DONE))
    assert len(done) == 12
    stamps = [r.last_message_at for r in done]
    assert stamps == sorted(stamps, reverse=True)


def test_rows_come_in_the_order_asked_and_skip_missing_ids(shop: Database) -> None:
    ids = inbox_ids(shop, InboxFilter.ATTENTION)[:5]
    rows = inbox_rows(shop, [ids[3], 999_999, ids[0]])
    assert [r.conversation_id for r in rows] == [ids[3], ids[0]]
    assert inbox_rows(shop, []) == []


def test_a_row_carries_what_the_list_shows(shop: Database) -> None:
    row = inbox_page(shop, InboxFilter.ATTENTION).rows[0]
    assert row.customer_email == "maja@suvenirnica-maliraj.example"
    assert row.subject == "Veleprodaja – sapuni za sezonu"
    assert row.snippet.startswith("Hvala! Možete li me nazvati")
    assert row.has_attachments and row.language == "hr"
    assert row.message_count == 3
    assert row.waiting_since == row.last_incoming_at
    assert NOW - row.waiting_since == timedelta(days=2)


def test_search_spans_every_list_best_match_first(shop: Database) -> None:
    found = inbox_rows(shop, inbox_ids(shop, InboxFilter.DONE, "limenci"))
    assert found[0].subject == "Ulje u limenci od 3 l?"
    assert {r.status for r in found} == {ConversationStatus.DONE}
    everywhere = inbox_rows(shop, inbox_ids(shop, InboxFilter.ATTENTION, "Marko"))
    assert {r.status for r in everywhere} == {ConversationStatus.OPEN, ConversationStatus.DONE}
    assert inbox_ids(shop, InboxFilter.ATTENTION, "   ") == inbox_ids(shop, InboxFilter.ATTENTION)
    assert inbox_ids(shop, InboxFilter.ATTENTION, "nothing-like-this") == []


def test_search_folds_letters_like_the_index(shop: Database) -> None:
    rows = inbox_rows(shop, inbox_ids(shop, InboxFilter.ATTENTION, "siparisim"))
    assert rows and rows[0].customer_name == "Ayşe Yılmaz"


def test_counts(shop: Database) -> None:
    counts = inbox_counts(shop)
    assert (counts.open, counts.needs_reply, counts.waiting, counts.done) == (19, 18, 10, 12)
    assert counts.customers == 40


def test_an_empty_store_lists_nothing(empty_db: Database) -> None:
    page = inbox_page(empty_db, InboxFilter.ATTENTION)
    assert page.ids == () and page.rows == ()
    assert inbox_counts(empty_db).open == 0


def _fill(db: Database, count: int) -> None:
    with db.session() as session:
        session.execute(insert(Customer), [{"name": f"C{i}", "created_at": NOW} for i in range(50)])
        session.execute(
            insert(Conversation),
            [
                {
                    "customer_id": i % 50 + 1,
                    "subject": f"Order {i}",
                    "status": ("open", "waiting", "done")[i % 3],
                    "needs_reply": i % 2 == 0,
                    "last_message_at": NOW - timedelta(minutes=i),
                    "last_incoming_at": NOW - timedelta(minutes=(i * 7919) % 10_000),
                    "created_at": NOW,
                }
                for i in range(count)
            ],
        )


def test_large_lists_are_ordered_by_the_index_without_sorting(empty_db: Database) -> None:
    _fill(empty_db, 3000)
    statements = [
        "SELECT id FROM conversations WHERE status = 'open' AND needs_reply = 1 "
        "ORDER BY last_incoming_at, id",
        "SELECT id FROM conversations WHERE status = 'waiting' ORDER BY last_message_at, id",
        "SELECT id FROM conversations WHERE status = 'done' ORDER BY last_message_at DESC, id DESC",
        "SELECT status, needs_reply, count(*) FROM conversations GROUP BY status, needs_reply",
        "SELECT id FROM customers ORDER BY name COLLATE NOCASE, id",
    ]
    with empty_db.engine.connect() as connection:
        for statement in statements:
            plan = " ".join(
                str(row[3]) for row in connection.execute(text("EXPLAIN QUERY PLAN " + statement))
            )
            assert "TEMP B-TREE" not in plan, (statement, plan)
            assert "INDEX" in plan, (statement, plan)
    ids = inbox_ids(empty_db, InboxFilter.ATTENTION)
    rows = inbox_rows(empty_db, ids)
    assert len(ids) == 1000
    flags = [r.needs_reply for r in rows]
    assert flags == sorted(flags, reverse=True)
    first = [r.last_incoming_at for r in rows if r.needs_reply]
    assert first == sorted(first)
