"""What the owner does with a conversation: change its status, add a note, log a call.

Each action is one unit of work that also records an :class:`~console.storage.models.Event`
(id, author, time) on the customer's timeline, so the history shows who did what when.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from console.domain.events import CallOutcome, EventKind
from console.domain.status import ConversationStatus
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import Conversation, Customer, utcnow

MAX_NOTE_LENGTH = 20_000


class ActionError(ValueError):
    """The action cannot be done (the conversation is gone, the note is empty, …)."""


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    """The event an action recorded."""

    id: str
    kind: EventKind
    author: str
    at: datetime
    customer_id: int | None
    conversation_id: int | None


def _conversation(session: Session, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise ActionError(f"conversation {conversation_id} does not exist")
    return conversation


def _target(
    session: Session, conversation_id: int | None, customer_id: int | None
) -> tuple[int | None, int | None]:
    """(customer id, conversation id) of an action on a conversation and/or a customer."""
    if conversation_id is not None:
        conversation = _conversation(session, conversation_id)
        if customer_id is None:
            customer_id = conversation.customer_id
    if customer_id is not None and session.get(Customer, customer_id) is None:
        raise ActionError(f"customer {customer_id} does not exist")
    if customer_id is None and conversation_id is None:
        raise ActionError("an action needs a conversation or a customer")
    return customer_id, conversation_id


def _recorded(
    session: Session,
    kind: EventKind,
    *,
    author: str,
    customer_id: int | None,
    conversation_id: int | None,
    payload: dict[str, object],
    at: datetime | None,
) -> RecordedEvent:
    event = record_event(
        session,
        kind,
        author=author,
        customer_id=customer_id,
        conversation_id=conversation_id,
        payload=payload,
        at=at or utcnow(),
    )
    return RecordedEvent(
        id=event.id,
        kind=kind,
        author=author,
        at=event.created_at,
        customer_id=customer_id,
        conversation_id=conversation_id,
    )


def set_status(
    db: Database,
    conversation_id: int,
    status: ConversationStatus,
    *,
    author: str,
    at: datetime | None = None,
) -> RecordedEvent | None:
    """Set a conversation's status; None (and no event) when it already had it."""
    with db.session() as session:
        conversation = _conversation(session, conversation_id)
        before = ConversationStatus(conversation.status)
        if before is status:
            return None
        conversation.status = status.value
        return _recorded(
            session,
            EventKind.STATUS_CHANGED,
            author=author,
            customer_id=conversation.customer_id,
            conversation_id=conversation_id,
            payload={"from": before.value, "to": status.value},
            at=at,
        )


def _clean_text(text: str, *, required: bool) -> str:
    text = text.strip()
    if required and not text:
        raise ActionError("the note is empty")
    if len(text) > MAX_NOTE_LENGTH:
        raise ActionError(f"the note is longer than {MAX_NOTE_LENGTH} characters")
    return text


def add_note(
    db: Database,
    text: str,
    *,
    author: str,
    conversation_id: int | None = None,
    customer_id: int | None = None,
    at: datetime | None = None,
) -> RecordedEvent:
    """Add a note to a conversation (and its customer's timeline) or to a customer."""
    body = _clean_text(text, required=True)
    with db.session() as session:
        customer, conversation = _target(session, conversation_id, customer_id)
        return _recorded(
            session,
            EventKind.NOTE_ADDED,
            author=author,
            customer_id=customer,
            conversation_id=conversation,
            payload={"text": body},
            at=at,
        )


def log_call(
    db: Database,
    outcome: CallOutcome,
    *,
    author: str,
    conversation_id: int | None = None,
    customer_id: int | None = None,
    phone: str = "",
    note: str = "",
    at: datetime | None = None,
) -> RecordedEvent:
    """Record a phone call with a customer and how it went."""
    body = _clean_text(note, required=False)
    with db.session() as session:
        customer, conversation = _target(session, conversation_id, customer_id)
        return _recorded(
            session,
            EventKind.CALL_LOGGED,
            author=author,
            customer_id=customer,
            conversation_id=conversation,
            payload={"outcome": outcome.value, "phone": phone.strip(), "note": body},
            at=at,
        )
