"""A customer's timeline: the events recorded for them merged with their mail, newest first.

Events (notes, calls, status changes, edits) are rows in ``events``; messages stay in
``messages`` and are merged in when the timeline is read.  Payloads are decoded here into
typed fields, so nothing above this module parses JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.events import CallOutcome, EventKind
from console.domain.status import ConversationStatus
from console.storage.models import Conversation, Event, Message


class TimelineKind(StrEnum):
    MESSAGE_IN = "message_in"
    MESSAGE_OUT = "message_out"
    NOTE = "note"
    CALL = "call"
    STATUS = "status"
    CUSTOMER_EDITED = "customer_edited"
    OTHER = "other"
    """An event kind this version does not show specially (see ``event_kind``)."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    kind: TimelineKind
    at: datetime
    author: str
    """Who recorded the event, or who sent the message."""
    text: str
    """The note, the call's note, or the message's snippet."""
    conversation_id: int | None
    subject: str = ""
    event_id: str | None = None
    message_id: int | None = None
    event_kind: str = ""
    call_outcome: CallOutcome | None = None
    phone: str = ""
    status_from: ConversationStatus | None = None
    status_to: ConversationStatus | None = None


_KINDS = {
    EventKind.NOTE_ADDED.value: TimelineKind.NOTE,
    EventKind.CALL_LOGGED.value: TimelineKind.CALL,
    EventKind.STATUS_CHANGED.value: TimelineKind.STATUS,
    EventKind.CUSTOMER_EDITED.value: TimelineKind.CUSTOMER_EDITED,
}


_E = TypeVar("_E", bound=StrEnum)


def _enum(kind: type[_E], value: object) -> _E | None:
    try:
        return kind(str(value)) if value is not None else None
    except ValueError:
        return None


def entry_from_event(event: Event) -> TimelineEntry:
    """A timeline entry for an event row; unknown or damaged payloads never raise."""
    try:
        loaded = json.loads(event.payload or "{}")
    except ValueError:
        loaded = {}
    payload: dict[str, object] = loaded if isinstance(loaded, dict) else {}
    kind = _KINDS.get(event.kind, TimelineKind.OTHER)
    text = payload.get("text") if kind is TimelineKind.NOTE else payload.get("note", "")
    return TimelineEntry(
        kind=kind,
        at=event.created_at,
        author=event.author,
        text=str(text or ""),
        conversation_id=event.conversation_id,
        event_id=event.id,
        event_kind=event.kind,
        call_outcome=_enum(CallOutcome, payload.get("outcome")),
        phone=str(payload.get("phone") or ""),
        status_from=_enum(ConversationStatus, payload.get("from")),
        status_to=_enum(ConversationStatus, payload.get("to")),
    )


def _entry_from_message(row: Message) -> TimelineEntry:
    return TimelineEntry(
        kind=TimelineKind.MESSAGE_OUT if row.is_outgoing else TimelineKind.MESSAGE_IN,
        at=row.date or row.created_at,
        author=row.from_name or row.from_email,
        text=row.snippet,
        conversation_id=row.conversation_id,
        subject=row.subject,
        message_id=row.id,
    )


def customer_timeline(session: Session, customer_id: int, limit: int = 100) -> list[TimelineEntry]:
    """The newest ``limit`` entries of a customer's timeline, newest first."""
    events = session.scalars(
        select(Event)
        .where(Event.customer_id == customer_id)
        .order_by(Event.created_at.desc())
        .limit(limit)
    ).all()
    messages = session.scalars(
        select(Message)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(Conversation.customer_id == customer_id)
        .order_by(Message.date.desc(), Message.id.desc())
        .limit(limit * 2)
    ).all()
    entries = [entry_from_event(e) for e in events]
    seen: set[str] = set()
    for message in messages:
        if message.message_id in seen:
            continue  # the same mail stored in two folders
        seen.add(message.message_id)
        entries.append(_entry_from_message(message))
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries[:limit]
