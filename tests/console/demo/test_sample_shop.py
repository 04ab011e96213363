"""The sample shop: realistic, multilingual, built once, through the real ingest."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from console.callbacks.queue import callback_queue
from console.demo.sample_shop import (
    SAMPLE_VERSION,
    build_sample_shop,
    ensure_sample_shop,
    sample_shop_built,
    sample_shop_version,
)
from console.domain.events import CallOutcome, EventKind
from console.domain.status import ConversationStatus
from console.inbox.counts import inbox_counts
from console.inbox.queries import InboxFilter, inbox_ids, inbox_rows
from console.orders.queries import list_orders, orders_for_conversation
from console.orders.types import OrderStatus
from console.paths import resolve_data_dir
from console.promises.kinds import Action
from console.reminders.store import agenda
from console.search.query import search_messages
from console.startup import open_store
from console.storage.database import Database
from console.storage.models import Conversation, Event, Message
from console.storage.models_promises import Reminder
from console.storage.settings import SAMPLE_SHOP, set_setting
from tests.console.demo.conftest import NOW, ZAGREB


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


def test_the_app_builds_its_sample_shop_with_the_shops_work(tmp_path: Path) -> None:
    db, _info = open_store(resolve_data_dir(tmp_path, demo=True), demo=True, now=NOW)
    try:
        counts = inbox_counts(db, now=NOW)
        assert counts.callbacks == 4
        assert counts.overdue + counts.today + counts.upcoming == 6
        assert len(list_orders(db)) == 11
    finally:
        db.close()


def test_the_inbox_starts_with_an_overdue_promise_then_callbacks_then_unanswered_mail(
    work_shop: Database,
) -> None:
    rows = inbox_rows(work_shop, inbox_ids(work_shop, InboxFilter.ATTENTION, now=NOW))
    first, callbacks, rest = rows[0], rows[1:4], rows[4:]
    assert first.customer_name == "Emma Clarke"
    assert first.promise_due_at is not None and first.promise_due_at < NOW
    assert first.order_number == "1043"
    assert [row.customer_name for row in callbacks] == [
        "Maja Novak",
        "Mehmet Demir",
        "Stefan Hoffmann",
    ], "the one waiting longest first"
    assert all(row.callback_waiting_since is not None for row in callbacks)
    assert callbacks[1].status is ConversationStatus.WAITING, "a callback brings it back"
    unanswered = [row for row in rest if row.needs_reply]
    assert len(unanswered) == len(rest) - 1 and len(unanswered) >= 10
    assert all(row.callback_waiting_since is None for row in rest)
    assert all(row.promise_due_at is None or row.promise_due_at > NOW for row in rest)


def test_every_reminder_list_has_something_and_the_counts_agree(work_shop: Database) -> None:
    counts = inbox_counts(work_shop, now=NOW, tz=ZAGREB)
    assert (counts.callbacks, counts.overdue, counts.today, counts.upcoming) == (4, 1, 1, 4)
    lists = agenda(work_shop, now=NOW, tz=ZAGREB)
    assert [len(lists.overdue), len(lists.today), len(lists.upcoming)] == [1, 1, 4]
    assert lists.overdue[0].action is Action.REPLY
    assert lists.today[0].action is Action.CALL
    assert lists.today[0].due_at.astimezone(ZAGREB).date() == NOW.astimezone(ZAGREB).date()


def test_promises_are_the_owners_own_words_in_the_six_languages(work_shop: Database) -> None:
    """Each promise is in a reply, note or call log of its conversation, in its language."""
    with work_shop.reader() as session:
        reminders = session.scalars(select(Reminder)).all()
        assert {r.language for r in reminders} == {"en", "hr", "de", "ru", "sl", "tr"}
        for reminder in reminders:
            conversation = session.get(Conversation, reminder.conversation_id)
            assert conversation is not None and conversation.language == reminder.language
            bodies = session.scalars(
                select(Message.text_body).where(
                    Message.conversation_id == conversation.id, Message.is_outgoing.is_(True)
                )
            ).all()
            logged = session.scalars(
                select(Event.payload).where(
                    Event.conversation_id == conversation.id,
                    Event.kind.in_([EventKind.NOTE_ADDED.value, EventKind.CALL_LOGGED.value]),
                )
            ).all()
            notes = [json.loads(p).get("text") or json.loads(p).get("note") for p in logged]
            written = _words(" ".join([*bodies, *notes]))
            assert _words(reminder.source_text) in written, reminder.source_text
    statuses = Counter((r.kind, r.status) for r in reminders)
    assert statuses[("promise", "pending")] == 5
    assert statuses[("promise", "done")] == 2
    assert statuses[("manual", "pending")] == 1


def test_a_promise_was_kept_on_time_and_another_late(work_shop: Database) -> None:
    with work_shop.reader() as session:
        kept = [
            json.loads(payload)["on_time"]
            for payload in session.scalars(
                select(Event.payload).where(Event.kind == EventKind.PROMISE_KEPT.value)
            )
        ]
    assert sorted(kept) == [False, True]


def test_orders_of_several_customers_in_different_states_link_to_their_conversations(
    work_shop: Database,
) -> None:
    orders = list_orders(work_shop)
    assert len(orders) == 11 and len({o.customer_id for o in orders}) == 10
    assert Counter(o.status for o in orders) == {
        OrderStatus.SHIPPED: 3,
        OrderStatus.PROCESSING: 3,
        OrderStatus.COMPLETED: 3,
        OrderStatus.NEW: 1,
        OrderStatus.REFUNDED: 1,
    }
    for order in orders:
        linked = orders_for_conversation(
            work_shop, _conversation_mentioning(work_shop, order.number)
        )
        assert order.number in [o.number for o in linked]


def test_callbacks_wait_for_different_times(work_shop: Database) -> None:
    queue = callback_queue(work_shop, NOW)
    waiting = sorted(entry.waiting for entry in queue)
    assert len(waiting) == 4
    assert waiting[0] < timedelta(hours=1) < waiting[-1]
    maja = next(entry for entry in queue if entry.name == "Maja Novak")
    assert maja.attempts == 1 and maja.last_outcome is CallOutcome.VOICEMAIL
    assert maja.due_at > NOW, "she is called again later today"
    assert {e.name for e in queue if e.conversation_id is None} == {"Zoran Kovačić"}


def _words(text: str) -> str:
    return " ".join(text.split()).casefold()


def _conversation_mentioning(db: Database, number: str) -> int:
    with db.reader() as session:
        found = session.scalar(
            select(Conversation.id).where(Conversation.subject.contains(number)).limit(1)
        ) or session.scalar(
            select(Message.conversation_id).where(Message.text_body.contains(f"#{number}")).limit(1)
        )
    assert found is not None, number
    return int(found)


def test_a_sample_shop_from_an_earlier_version_is_built_anew(tmp_path: Path) -> None:
    data_dir = resolve_data_dir(tmp_path, demo=True)
    data_dir.ensure()
    with Database(data_dir.database) as db:
        build_sample_shop(db, now=NOW)  # mail only, as the first version was
        with db.session() as session:
            set_setting(session, SAMPLE_SHOP, {"version": 1, "built": NOW.isoformat()})
    db, info = open_store(data_dir, demo=True, now=NOW)
    with db:
        assert info.sample_shop and sample_shop_version(db) == SAMPLE_VERSION
        assert list_orders(db), "the rebuilt shop has its orders"
    db, _info = open_store(data_dir, demo=True, now=NOW + timedelta(days=1))
    with db:
        assert sample_shop_version(db) == SAMPLE_VERSION, "a current one is kept as it is"
