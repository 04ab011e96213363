"""A customer's timeline: the events recorded for them merged with their mail, newest first.

Events (notes, calls, status changes, edits, promises and reminders) are rows in
``events``; messages stay in ``messages`` and are merged in when the timeline is read.
Payloads are decoded here into typed fields, so nothing above this module parses JSON.

Every step of a promise is an event of its own — made (when the owner confirmed it),
snoozed, kept (on time or late) and dismissed — so the timeline shows when each promise
was made, when it was due and when it was kept (:class:`PromiseFacts`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.events import CallOutcome, EventKind
from console.domain.status import ConversationStatus
from console.promises.kinds import Action
from console.reminders.kinds import ClosedReason, ReminderKind, ReminderSource, ReminderStatus
from console.storage.models import Conversation, Event, Message


class TimelineKind(StrEnum):
    MESSAGE_IN = "message_in"
    MESSAGE_OUT = "message_out"
    NOTE = "note"
    CALL = "call"
    STATUS = "status"
    CUSTOMER_EDITED = "customer_edited"
    PROMISE = "promise"
    """A step of a promise the owner made (see :class:`PromiseFacts`)."""
    REMINDER = "reminder"
    """A step of another reminder: a follow-up, a manual reminder, an occasion."""
    OTHER = "other"
    """An event kind this version does not show specially (see ``event_kind``)."""


class PromiseStep(StrEnum):
    """What happened to a promise or reminder in one timeline entry."""

    MADE = "made"
    """Recorded: the owner confirmed a promise, or added a reminder."""
    SNOOZED = "snoozed"
    """Put off until ``PromiseFacts.until`` (the promised due does not move)."""
    KEPT = "kept"
    """Done before the promised window ended."""
    LATE = "late"
    """Done, but after the promised window ended."""
    DISMISSED = "dismissed"
    ANSWERED = "answered"
    """Closed by itself because the customer replied (a follow-up's reason was gone)."""


@dataclass(frozen=True, slots=True)
class PromiseFacts:
    """A promise's or reminder's step, with what it promised and when it was due."""

    step: PromiseStep
    reminder_kind: ReminderKind
    action: Action
    title: str
    due_at: datetime
    """When it was due (UTC); for a day, that day's opening time."""
    date_only: bool
    """Due on a day (during ``due_at`` … ``window_end``) rather than at a stated time."""
    window_end: datetime | None = None
    """The end of the promised window (None in events recorded before it was kept)."""
    done_at: datetime | None = None
    """For :attr:`PromiseStep.KEPT` and :attr:`PromiseStep.LATE`: when it was done."""
    until: datetime | None = None
    """For :attr:`PromiseStep.SNOOZED`: when it reminds again."""
    source: ReminderSource | None = None
    """Where the owner's words came from (a reply, a note, a call), when recorded."""
    reminder_id: int | None = None


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
    promise: PromiseFacts | None = None
    """For :attr:`TimelineKind.PROMISE` and :attr:`TimelineKind.REMINDER` entries."""


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


_REMINDER_EVENTS = frozenset(
    {
        EventKind.PROMISE_MADE.value,
        EventKind.PROMISE_KEPT.value,
        EventKind.REMINDER_ADDED.value,
        EventKind.REMINDER_DONE.value,
        EventKind.REMINDER_SNOOZED.value,
        EventKind.REMINDER_DISMISSED.value,
    }
)


def _moment(value: object) -> datetime | None:
    """An aware datetime from an ISO string in a payload; None when missing or damaged."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _step(event: Event, payload: dict[str, object]) -> PromiseStep:
    match event.kind:
        case EventKind.PROMISE_KEPT.value | EventKind.REMINDER_DONE.value:
            return PromiseStep.LATE if payload.get("on_time") is False else PromiseStep.KEPT
        case EventKind.REMINDER_SNOOZED.value:
            return PromiseStep.SNOOZED
        case EventKind.REMINDER_DISMISSED.value:
            if payload.get("reason") == ClosedReason.CUSTOMER_REPLIED.value:
                return PromiseStep.ANSWERED
            return PromiseStep.DISMISSED
        case _:
            # Made already dismissed: an occasion the owner declined.
            if payload.get("status") == ReminderStatus.DISMISSED.value:
                return PromiseStep.DISMISSED
            return PromiseStep.MADE


def promise_facts(event: Event, payload: dict[str, object]) -> PromiseFacts | None:
    """The promise or reminder step an event records; None when it is not one, or when
    its payload lacks the due (damaged)."""
    if event.kind not in _REMINDER_EVENTS:
        return None
    due_at = _moment(payload.get("due_at"))
    if due_at is None:
        return None
    if event.kind in (EventKind.PROMISE_MADE.value, EventKind.PROMISE_KEPT.value):
        kind = ReminderKind.PROMISE
    else:
        kind = _enum(ReminderKind, payload.get("kind")) or ReminderKind.MANUAL
    step = _step(event, payload)
    reminder_id = payload.get("reminder_id")
    return PromiseFacts(
        step=step,
        reminder_kind=kind,
        action=_enum(Action, payload.get("action")) or Action.OTHER,
        title=str(payload.get("title") or ""),
        due_at=due_at,
        date_only=payload.get("date_only") is True,
        window_end=_moment(payload.get("window_end")),
        done_at=event.created_at if step in (PromiseStep.KEPT, PromiseStep.LATE) else None,
        until=_moment(payload.get("until")) if step is PromiseStep.SNOOZED else None,
        source=_enum(ReminderSource, payload.get("source")),
        reminder_id=reminder_id if isinstance(reminder_id, int) else None,
    )


def _text(kind: TimelineKind, payload: dict[str, object], facts: PromiseFacts | None) -> str:
    """The entry's text: the note, the call's note, or the owner's words of a promise."""
    if kind is TimelineKind.NOTE:
        return str(payload.get("text") or "")
    if facts is not None:
        return str(payload.get("text") or facts.title)
    return str(payload.get("note") or "")


def entry_from_event(event: Event) -> TimelineEntry:
    """A timeline entry for an event row; unknown or damaged payloads never raise."""
    try:
        loaded = json.loads(event.payload or "{}")
    except ValueError:
        loaded = {}
    payload: dict[str, object] = loaded if isinstance(loaded, dict) else {}
    facts = promise_facts(event, payload)
    if facts is not None:
        promised = facts.reminder_kind is ReminderKind.PROMISE
        kind = TimelineKind.PROMISE if promised else TimelineKind.REMINDER
    else:
        kind = _KINDS.get(event.kind, TimelineKind.OTHER)
    return TimelineEntry(
        kind=kind,
        at=event.created_at,
        author=event.author,
        text=_text(kind, payload, facts),
        conversation_id=event.conversation_id,
        event_id=event.id,
        event_kind=event.kind,
        call_outcome=_enum(CallOutcome, payload.get("outcome")),
        phone=str(payload.get("phone") or ""),
        status_from=_enum(ConversationStatus, payload.get("from")),
        status_to=_enum(ConversationStatus, payload.get("to")),
        promise=facts,
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
