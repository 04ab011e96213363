"""The sample shop: realistic, multilingual, built once, through the real ingest."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from console.demo.sample_shop import build_sample_shop, ensure_sample_shop, sample_shop_built
from console.paths import resolve_data_dir
from console.search.query import search_messages
from console.startup import open_store
from console.storage.database import Database
from console.storage.models import Conversation, Event, Message
from tests.console.demo.conftest import NOW


def test_the_shop_has_about_forty_conversations_in_six_languages(shop: Database) -> None:
    with shop.reader() as session:
        languages = Counter(session.scalars(select(Conversation.language)).all())
        statuses = Counter(session.scalars(select(Conversation.status)).all())
        outgoing = session.scalar(
            select(func.count()).select_from(Message).where(Message.is_outgoing.is_(True))
        )
        with_files = session.scalar(
            select(func.count()).select_from(Message).where(Message.has_attachments.is_(True))
        )
        html = session.scalar(
            select(func.count()).select_from(Message).where(Message.html_body.is_not(None))
        )
        unparsed = session.scalar(
            select(func.count()).select_from(Message).where(Message.parse_error.is_not(None))
        )
        kinds = Counter(session.scalars(select(Event.kind)).all())
    assert 35 <= sum(languages.values()) <= 45
    assert set(languages) == {"en", "hr", "de", "ru", "sl", "tr"}
    assert set(statuses) == {"open", "waiting", "done"}
    assert outgoing and outgoing >= 20, "the owner's replies are part of the threads"
    assert with_files and with_files >= 5
    assert html and html >= 3
    assert unparsed == 0
    assert kinds["note_added"] >= 2 and kinds["call_logged"] >= 2
    assert kinds["status_changed"] >= 10


def test_replies_are_threaded_into_their_conversations(shop: Database) -> None:
    with shop.reader() as session:
        counts = session.execute(select(Conversation.subject, Conversation.message_count)).all()
    by_subject = dict(counts)
    assert by_subject["Wholesale enquiry from Grant & Daughters Deli"] == 4
    assert by_subject["Заказ #1044 не пришёл"] == 3


def test_the_sample_is_searchable_in_every_language(shop: Database) -> None:
    for word in ("gift", "narudžba", "Rechnung", "заказ", "dostava", "sipariş"):
        assert search_messages(shop, word), word


def test_it_is_built_once(shop: Database) -> None:
    assert sample_shop_built(shop)
    assert ensure_sample_shop(shop, now=NOW) is None
    with shop.reader() as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 41


def test_ages_follow_the_time_it_is_built_for(empty_db: Database) -> None:
    report = build_sample_shop(empty_db, now=NOW)
    assert report.conversations == 41 and report.customers == 40
    with empty_db.reader() as session:
        newest = session.scalar(select(func.max(Conversation.last_message_at)))
    assert newest is not None and newest <= NOW
    assert (NOW - newest).total_seconds() < 3600


def test_opening_a_demo_folder_builds_the_shop_there_only(tmp_path: Path) -> None:
    demo = resolve_data_dir(tmp_path, demo=True)
    db, info = open_store(demo, demo=True, now=NOW)
    try:
        assert info.demo and info.sample_shop and not info.needs_account
        assert info.owner_name == "Ivana"
        assert info.data_dir == tmp_path.resolve() / "demo-shop"
    finally:
        db.close()
    real = resolve_data_dir(tmp_path)
    db, info = open_store(real, demo=False)
    try:
        assert info.needs_account and not info.sample_shop and info.accounts == 0
    finally:
        db.close()


def test_the_sample_shop_with_work_has_orders_a_callback_and_promises(tmp_path: Path) -> None:
    from console.inbox.counts import inbox_counts
    from console.inbox.queries import InboxFilter, inbox_ids, inbox_rows
    from console.orders.queries import list_orders
    from console.storage.database import Database

    with Database(tmp_path / "demo.sqlite3") as db:
        build_sample_shop(db, now=NOW, with_work=True)
        counts = inbox_counts(db, now=NOW)
        assert (counts.callbacks, counts.overdue, counts.upcoming) == (1, 1, 1)
        assert sorted(o.number for o in list_orders(db)) == ["1044", "1045", "1047"]
        first = inbox_rows(db, inbox_ids(db, InboxFilter.ATTENTION, now=NOW)[:1])
        assert first[0].promise_due_at is not None
