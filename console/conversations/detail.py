"""One conversation as the reading pane shows it: its messages in order and its events."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from console.customers.timeline import TimelineEntry, entry_from_event
from console.domain.status import ConversationStatus
from console.mail.parsed import Address
from console.storage.database import Database
from console.storage.models import Conversation, Customer, CustomerAddress, Event, Message


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    part: str = ""
    """The MIME part ("2", "1.3") to read it from (see :mod:`console.conversations.attachments`)."""


@dataclass(frozen=True, slots=True)
class ThreadMessage:
    id: int
    from_name: str
    from_email: str
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None
    subject: str
    text: str
    html: str | None
    """Sanitized HTML (sanitized when stored; still untrusted: never load what it links)."""
    attachments: tuple[Attachment, ...]
    """The files attached (inline images are left out)."""
    is_outgoing: bool
    has_remote_content: bool
    parse_error: str | None


@dataclass(frozen=True, slots=True)
class ConversationDetail:
    id: int
    subject: str
    status: ConversationStatus
    needs_reply: bool
    language: str | None
    customer_id: int | None
    customer_name: str
    customer_email: str
    messages: tuple[ThreadMessage, ...]
    """Oldest first; each message once, even when stored in two folders."""
    events: tuple[TimelineEntry, ...]
    """Notes, calls and status changes on this conversation, oldest first."""


def _addresses(value: str) -> tuple[Address, ...]:
    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return ()
    result: list[Address] = []
    for entry in loaded if isinstance(loaded, list) else []:
        if isinstance(entry, list) and len(entry) == 2:
            result.append(Address(name=str(entry[0] or ""), email=str(entry[1] or "")))
    return tuple(result)


def _attachments(value: str) -> tuple[Attachment, ...]:
    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return ()
    result: list[Attachment] = []
    for entry in loaded if isinstance(loaded, list) else []:
        if not isinstance(entry, dict) or entry.get("inline"):
            continue
        result.append(
            Attachment(
                filename=str(entry.get("filename") or ""),
                content_type=str(entry.get("content_type") or "application/octet-stream"),
                size=int(entry.get("size") or 0),
                part=str(entry.get("part") or ""),
            )
        )
    return tuple(result)


def _message(row: Message) -> ThreadMessage:
    return ThreadMessage(
        id=row.id,
        from_name=row.from_name,
        from_email=row.from_email,
        to=_addresses(row.to_json),
        cc=_addresses(row.cc_json),
        date=row.date,
        subject=row.subject,
        text=row.text_body,
        html=row.html_body,
        attachments=_attachments(row.attachments_json),
        is_outgoing=row.is_outgoing,
        has_remote_content=row.has_remote_content,
        parse_error=row.parse_error,
    )


def conversation_detail(db: Database, conversation_id: int) -> ConversationDetail | None:
    """The conversation with its messages and events, or None when it does not exist."""
    with db.reader() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            return None
        name, email = "", ""
        if conversation.customer_id is not None:
            customer = session.get(Customer, conversation.customer_id)
            name = customer.name.strip() if customer else ""
            email = (
                session.scalar(
                    select(func.min(CustomerAddress.email)).where(
                        CustomerAddress.customer_id == conversation.customer_id
                    )
                )
                or ""
            )
        rows = session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id)
            .order_by(Message.date, Message.id)
        ).all()
        seen: set[str] = set()
        messages: list[ThreadMessage] = []
        for row in rows:
            if row.message_id and row.message_id in seen:
                continue
            seen.add(row.message_id)
            messages.append(_message(row))
        events = session.scalars(
            select(Event)
            .where(Event.conversation_id == conversation_id)
            .order_by(Event.created_at, Event.id)
        ).all()
        return ConversationDetail(
            id=conversation.id,
            subject=conversation.subject,
            status=ConversationStatus(conversation.status),
            needs_reply=conversation.needs_reply,
            language=conversation.language,
            customer_id=conversation.customer_id,
            customer_name=name or email,
            customer_email=email,
            messages=tuple(messages),
            events=tuple(entry_from_event(e) for e in events),
        )
