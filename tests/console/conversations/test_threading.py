"""Conversations: JWZ-style threading with missing parents, out-of-order arrival, subjects."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from console.conversations.subject import reply_subject, subject_key
from console.domain.status import ConversationStatus
from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse_pool import parse_safely
from console.storage.database import Database
from console.storage.models import Conversation, Customer, CustomerAddress, Message
from tests.mailfactory import make_mail, msgid

OWNER = "shop@shop.test"
INBOX = Location(None, None, None, "inbox")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "db.sqlite3") as database:
        yield database


def ingest(db: Database, *raws: bytes) -> None:
    for raw in raws:  # one unit of work per message, as a sync batch of one
        with db.session() as session:
            ingestor = Ingestor(session, frozenset({OWNER}))
            ingestor.store(INBOX, FetchedMail(raw=raw), parse_safely(raw))
            ingestor.finish()


def conversation_of(db: Database) -> dict[str, int | None]:
    with db.reader() as session:
        return dict(session.execute(select(Message.message_id, Message.conversation_id)).all())


def conversations(db: Database) -> list[Conversation]:
    with db.reader() as session:
        return list(session.scalars(select(Conversation)).all())


def test_replies_join_their_parent_by_in_reply_to_and_references(db: Database) -> None:
    ingest(
        db,
        make_mail(message_id=msgid(1)),
        make_mail(message_id=msgid(2), in_reply_to=msgid(1), subject="Re: x", minutes=1),
        make_mail(message_id=msgid(3), references=[msgid(1), msgid(2)], subject="y", minutes=2),
    )
    assert len(set(conversation_of(db).values())) == 1
    assert conversations(db)[0].message_count == 3


def test_children_of_a_missing_parent_share_one_conversation(db: Database) -> None:
    ingest(
        db,
        make_mail(message_id=msgid(2), references=[msgid("lost")], subject="Re: a"),
        make_mail(message_id=msgid(3), references=[msgid("lost")], subject="Re: b", minutes=1),
    )
    assert len(conversations(db)) == 1


def test_a_parent_arriving_after_its_children_merges_their_conversations(db: Database) -> None:
    ingest(
        db,
        make_mail(message_id=msgid(3), references=[msgid(1), msgid(2)], minutes=2),
        make_mail(message_id=msgid(2), in_reply_to=msgid(1), minutes=1),
        make_mail(message_id=msgid(9), subject="Unrelated", sender="Ivo <ivo@x.hr>"),
        make_mail(message_id=msgid(4), in_reply_to=msgid(2), minutes=3),
        make_mail(message_id=msgid(1)),
    )
    by_message = conversation_of(db)
    assert by_message["m1@test.example"] == by_message["m3@test.example"]
    assert by_message["m9@test.example"] != by_message["m1@test.example"]
    merged = next(c for c in conversations(db) if c.id == by_message["m1@test.example"])
    assert merged.message_count == 4
    assert len(conversations(db)) == 2


@pytest.mark.parametrize(
    "prefix", ["Re:", "AW:", "Odg:", "Ynt:", "Отв:", "SV:", "FW:", "WG:", "RE: Re[2]:", "Fwd:"]
)
def test_reply_without_references_joins_by_subject_with_the_same_customer(
    db: Database, prefix: str
) -> None:
    ingest(
        db,
        make_mail(message_id=msgid(1), subject="Reklamacija"),
        make_mail(message_id=msgid(2), subject=f"{prefix} reklamacija", minutes=5),
    )
    assert len(conversations(db)) == 1


def test_same_subject_from_another_customer_is_another_conversation(db: Database) -> None:
    ingest(
        db,
        make_mail(message_id=msgid(1), subject="Reklamacija"),
        make_mail(message_id=msgid(2), subject="Re: Reklamacija", sender="Ivo <ivo@x.hr>"),
    )
    assert len(conversations(db)) == 2


def test_a_new_mail_with_a_common_subject_is_not_glued_to_an_old_one(db: Database) -> None:
    ingest(
        db,
        make_mail(message_id=msgid(1), subject="Pitanje"),
        make_mail(message_id=msgid(2), subject="Pitanje", minutes=5),
    )
    assert len(conversations(db)) == 2


def test_owner_reply_sets_waiting_and_customer_reply_reopens(db: Database) -> None:
    ingest(db, make_mail(message_id=msgid(1)))
    assert conversations(db)[0].status == ConversationStatus.OPEN
    ingest(
        db,
        make_mail(
            sender=f"Shop <{OWNER}>", to="Ana <ana@kupac.hr>", message_id=msgid(2),
            in_reply_to=msgid(1), minutes=10,
        ),
    )  # fmt: skip
    (conversation,) = conversations(db)
    assert conversation.status == ConversationStatus.WAITING
    assert not conversation.needs_reply
    ingest(db, make_mail(message_id=msgid(3), in_reply_to=msgid(2), minutes=20))
    (conversation,) = conversations(db)
    assert conversation.status == ConversationStatus.OPEN and conversation.needs_reply


def test_customer_is_found_by_address_and_gets_the_real_name(db: Database) -> None:
    ingest(
        db,
        make_mail(sender="ana@kupac.hr", message_id=msgid(1)),
        make_mail(sender="Ana Kovač <ANA@kupac.hr>", message_id=msgid(2), subject="Novo"),
    )
    with db.reader() as session:
        (customer,) = session.scalars(select(Customer)).all()
        assert customer.name == "Ana Kovač"
        assert session.scalars(select(CustomerAddress.email)).all() == ["ana@kupac.hr"]


def test_the_same_message_in_two_folders_counts_once(db: Database) -> None:
    raw = make_mail(sender=f"Shop <{OWNER}>", to="Ana <ana@kupac.hr>", message_id=msgid(1))
    ingest(db, raw)
    with db.session() as session:
        ingestor = Ingestor(session, frozenset({OWNER}))
        ingestor.store(Location(None, None, None, "sent"), FetchedMail(raw=raw), parse_safely(raw))
    (conversation,) = conversations(db)
    assert conversation.message_count == 1


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("Re: AW: Odg: Lieferung", "lieferung"),
        ("[Shop #12] Re: Dostava", "dostava"),
        ("Отв: Заказ", "заказ"),
        ("Ynt:   Sipariş  durumu", "sipariş durumu"),
        ("Reklamacija", "reklamacija"),
        ("Re:", ""),
    ],
)
def test_subject_key_strips_prefixes_in_all_our_languages(subject: str, key: str) -> None:
    assert subject_key(subject) == key


def test_reply_subject_has_exactly_one_re() -> None:
    assert reply_subject("Re: RE: AW: Dostava") == "Re: Dostava"
    assert reply_subject("Dostava") == "Re: Dostava"


def test_merging_conversations_moves_their_events_along(db: Database) -> None:
    from console.domain.events import EventKind
    from console.storage.events import record_event
    from console.storage.models import Event

    ingest(db, make_mail(message_id=msgid(2), in_reply_to=msgid(1), minutes=1))
    with db.session() as session:
        (orphan,) = session.scalars(select(Conversation)).all()
        record_event(session, EventKind.NOTE_ADDED, author="owner", conversation_id=orphan.id)
    ingest(
        db, make_mail(message_id=msgid(3)), make_mail(message_id=msgid(1), references=[msgid(3)])
    )
    (conversation,) = conversations(db)
    with db.reader() as session:
        assert session.scalars(select(Event.conversation_id)).all() == [conversation.id]
