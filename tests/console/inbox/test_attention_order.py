"""The Inbox puts overdue promises first, then callback requests, then unanswered mail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from console.inbox.queries import InboxFilter, inbox_ids, inbox_rows
from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse_pool import parse_safely
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind
from console.reminders.store import add_reminder
from console.storage.database import Database
from console.storage.models import Message
from tests.mailfactory import make_mail, msgid

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
OWNER = "shop@shop.test"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "db.sqlite3") as database:
        yield database


def _store(db: Database, *raws: bytes) -> list[int]:
    with db.session() as session:
        ingestor = Ingestor(session, frozenset({OWNER}), now=NOW)
        ids = [
            ingestor.store(Location(None, None, None, "inbox"), FetchedMail(raw), parse_safely(raw))
            for raw in raws
        ]
        ingestor.finish()
    with db.reader() as session:
        return [
            int(session.scalar(select(Message.conversation_id).where(Message.id == i)) or 0)
            for i in ids
        ]


def test_overdue_promises_then_callbacks_then_unanswered_mail(db: Database) -> None:
    old_question, answered, promised = _store(
        db,
        make_mail(message_id=msgid(1), sender="Ana <ana@kupac.hr>", subject="Pitanje"),
        make_mail(message_id=msgid(2), sender="Ivo <ivo@kupac.hr>", subject="Hvala", minutes=5),
        make_mail(message_id=msgid(3), sender="Eva <eva@kupac.hr>", subject="Poziv", minutes=9),
    )
    (form,) = _store(db, (FIXTURES / "callbacks" / "wpforms_hr.eml").read_bytes())
    with db.session() as session:
        add_reminder(
            session,
            kind=ReminderKind.PROMISE,
            action=Action.CALL,
            title="Nazvati Evu",
            due_at=NOW - timedelta(hours=3),
            now=NOW - timedelta(days=1),
            author="owner",
            conversation_id=promised,
        )

    ids = inbox_ids(db, InboxFilter.ATTENTION, now=NOW)

    assert ids[:2] == [promised, form]
    assert set(ids[2:]) == {old_question, answered}
    rows = {row.conversation_id: row for row in inbox_rows(db, ids)}
    assert rows[promised].promise_due_at == NOW - timedelta(hours=3)
    assert rows[form].callback_waiting_since is not None
    assert rows[old_question].promise_due_at is None
    # Not yet due: no place at the top.
    assert inbox_ids(db, InboxFilter.ATTENTION, now=NOW - timedelta(days=2))[0] == form


def test_a_conversation_mentioning_an_order_shows_its_number(db: Database) -> None:
    _store(db, (FIXTURES / "orders" / "woocommerce_admin_new_order_en.eml").read_bytes())
    (question,) = _store(
        db,
        make_mail(message_id=msgid(9), subject="Where is my order?", body="Order #1234 please"),
    )
    rows = inbox_rows(db, [question])
    assert [row.order_number for row in rows] == ["1234"]


def test_counts_include_callbacks_promises_and_orders(db: Database) -> None:
    from zoneinfo import ZoneInfo

    from console.inbox.counts import inbox_counts

    (promised,) = _store(db, make_mail(message_id=msgid(1)))
    _store(db, (FIXTURES / "callbacks" / "wpforms_hr.eml").read_bytes())
    zagreb = ZoneInfo("Europe/Zagreb")
    with db.session() as session:
        for hours in (-2, 3, 40):  # overdue, later today (12:00 UTC = 13:00 there), later
            add_reminder(
                session,
                kind=ReminderKind.PROMISE,
                action=Action.CALL,
                title="Nazvati",
                due_at=NOW + timedelta(hours=hours),
                now=NOW - timedelta(days=1),
                author="owner",
                conversation_id=promised,
            )
    counts = inbox_counts(db, now=NOW, tz=zagreb)
    assert (counts.overdue, counts.today, counts.upcoming) == (1, 1, 1)
    assert counts.callbacks == 1
    assert counts.attention == counts.needs_reply + 2


def test_templates_fill_in_the_order_the_conversation_is_about(db: Database) -> None:
    from console.templates.context import reply_order_id

    _store(db, (FIXTURES / "orders" / "woocommerce_admin_new_order_en.eml").read_bytes())
    (question,) = _store(
        db,
        make_mail(message_id=msgid(9), subject="Where is my order?", body="Order #1234 please"),
    )
    with db.reader() as session:
        from sqlalchemy import text

        linked = session.execute(text("SELECT id FROM orders WHERE number = '1234'")).scalar()
    assert reply_order_id(db, question, None) == linked
    assert reply_order_id(db, None, None) is None
