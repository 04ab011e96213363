"""Actions on conversations: each records an event with id, author and time."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from console.domain.events import CallOutcome, EventKind
from console.domain.status import ConversationStatus
from console.inbox.actions import ActionError, add_note, log_call, set_status
from console.inbox.queries import InboxFilter, inbox_ids
from console.storage.database import Database
from console.storage.models import Conversation, Event
from tests.console.inbox.conftest import NOW


def _events(db: Database, conversation_id: int, kind: EventKind) -> list[Event]:
    with db.reader() as session:
        return list(
            session.scalars(
                select(Event)
                .where(Event.conversation_id == conversation_id, Event.kind == kind.value)
                .order_by(Event.created_at)
            ).all()
        )


def test_setting_a_status_records_who_changed_what_and_when(shop: Database) -> None:
    conversation_id = inbox_ids(shop, InboxFilter.ATTENTION)[0]
    at = NOW + timedelta(minutes=5)
    event = set_status(shop, conversation_id, ConversationStatus.DONE, author="Ivana", at=at)
    assert event is not None
    assert event.kind is EventKind.STATUS_CHANGED and event.author == "Ivana" and event.at == at
    assert len(event.id) == 32
    with shop.reader() as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None and conversation.status == "done"
        assert event.customer_id == conversation.customer_id is not None
    stored = _events(shop, conversation_id, EventKind.STATUS_CHANGED)
    assert [json.loads(e.payload) for e in stored] == [{"from": "open", "to": "done"}]
    assert stored[0].id == event.id and stored[0].created_at == at
    assert conversation_id not in inbox_ids(shop, InboxFilter.ATTENTION)
    assert conversation_id in inbox_ids(shop, InboxFilter.DONE)


def test_setting_the_same_status_again_changes_nothing(shop: Database) -> None:
    conversation_id = inbox_ids(shop, InboxFilter.WAITING)[0]
    assert set_status(shop, conversation_id, ConversationStatus.WAITING, author="Ivana") is None
    assert _events(shop, conversation_id, EventKind.STATUS_CHANGED) == []


def test_a_missing_conversation_is_an_action_error(shop: Database) -> None:
    with pytest.raises(ActionError):
        set_status(shop, 999_999, ConversationStatus.DONE, author="Ivana")
    with pytest.raises(ActionError):
        add_note(shop, "x", author="Ivana", conversation_id=999_999)
    with pytest.raises(ActionError):
        add_note(shop, "x", author="Ivana")


def test_notes_go_to_the_conversation_and_its_customer(shop: Database) -> None:
    conversation_id = inbox_ids(shop, InboxFilter.ATTENTION)[1]
    event = add_note(
        shop, "  Called the courier.  ", author="Ivana", conversation_id=conversation_id
    )
    assert event.kind is EventKind.NOTE_ADDED and event.customer_id is not None
    stored = _events(shop, conversation_id, EventKind.NOTE_ADDED)
    assert json.loads(stored[-1].payload) == {"text": "Called the courier."}
    with pytest.raises(ActionError, match="empty"):
        add_note(shop, "   ", author="Ivana", conversation_id=conversation_id)


def test_a_note_can_be_about_a_customer_only(shop: Database) -> None:
    conversation_id = inbox_ids(shop, InboxFilter.ATTENTION)[1]
    customer_id = add_note(shop, "x", author="I", conversation_id=conversation_id).customer_id
    assert customer_id is not None
    event = add_note(shop, "Likes olive soap.", author="Ivana", customer_id=customer_id)
    assert event.conversation_id is None and event.customer_id == customer_id


def test_calls_are_logged_with_their_outcome(shop: Database) -> None:
    conversation_id = inbox_ids(shop, InboxFilter.ATTENTION)[2]
    for outcome in CallOutcome:
        log_call(
            shop,
            outcome,
            author="Ivana",
            conversation_id=conversation_id,
            phone=" +385915550101 ",
            note="",
        )
    stored = _events(shop, conversation_id, EventKind.CALL_LOGGED)
    payloads = [json.loads(e.payload) for e in stored]
    assert [p["outcome"] for p in payloads] == [o.value for o in CallOutcome]
    assert {p["phone"] for p in payloads} == {"+385915550101"}
