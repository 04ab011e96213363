"""Placing each new message in its conversation (JWZ-style, incrementally).

Every Message-ID a message carries or mentions (its own, In-Reply-To, References) is
mapped to one conversation in ``thread_refs``.  A new message joins the conversation of
any id it mentions — even when that parent never arrived — and when its ids point at
several conversations (children that arrived before their parent), those are merged.
Without any known id, a reply-looking subject (``Re:``, ``AW:``, ``Odg:`` …) with the
same customer within :data:`SUBJECT_WINDOW` joins the newest such conversation.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from console.conversations.subject import strip_prefixes, subject_key
from console.storage.models import Conversation, Event, Message, ThreadRef

SUBJECT_WINDOW = timedelta(days=30)


def find_or_create_conversation(
    session: Session,
    *,
    ids: Iterable[str],
    subject: str,
    customer_id: int | None,
    account_id: int | None,
    date: datetime | None,
    has_references: bool,
) -> Conversation:
    """The conversation a message with these ids and subject belongs to."""
    id_list = [i for i in dict.fromkeys(ids) if i]
    found = (
        session.scalars(
            select(ThreadRef.conversation_id).where(ThreadRef.msgid.in_(id_list)).distinct()
        ).all()
        if id_list
        else []
    )
    conversation: Conversation | None
    if found:
        conversation = _merge(session, sorted(set(found)))
    else:
        conversation = _by_subject(session, subject, customer_id, date, has_references)
    if conversation is None:
        base, _ = strip_prefixes(subject)
        conversation = Conversation(
            account_id=account_id,
            customer_id=customer_id,
            subject=base or subject,
            subject_key=subject_key(subject),
        )
        session.add(conversation)
        session.flush()
    if id_list:
        session.execute(
            insert(ThreadRef)
            .values([{"msgid": i, "conversation_id": conversation.id} for i in id_list])
            .on_conflict_do_nothing()
        )
    return conversation


def _by_subject(
    session: Session,
    subject: str,
    customer_id: int | None,
    date: datetime | None,
    has_references: bool,
) -> Conversation | None:
    _, is_reply = strip_prefixes(subject)
    key = subject_key(subject)
    if not (is_reply or has_references) or not key or customer_id is None:
        return None
    query = select(Conversation).where(
        Conversation.subject_key == key, Conversation.customer_id == customer_id
    )
    if date is not None:
        query = query.where(
            Conversation.last_message_at >= date - SUBJECT_WINDOW,
            Conversation.first_message_at <= date + SUBJECT_WINDOW,
        )
    return session.scalars(query.order_by(Conversation.last_message_at.desc()).limit(1)).first()


def _merge(session: Session, conversation_ids: list[int]) -> Conversation:
    """Merge conversations into the oldest one and return it."""
    keep_id, *others = conversation_ids
    keep = session.get(Conversation, keep_id)
    assert keep is not None, "thread_refs point at a conversation that does not exist"
    if not others:
        return keep
    session.flush()
    merged_away = [c for c in (session.get(Conversation, i) for i in others) if c is not None]
    for other in merged_away:
        _combine(keep, other)
    # Move everything over before deleting: thread_refs cascade on delete.
    session.execute(
        update(Message).where(Message.conversation_id.in_(others)).values(conversation_id=keep_id)
    )
    session.execute(
        update(ThreadRef)
        .where(ThreadRef.conversation_id.in_(others))
        .values(conversation_id=keep_id)
    )
    session.execute(
        update(Event).where(Event.conversation_id.in_(others)).values(conversation_id=keep_id)
    )
    for other in merged_away:
        session.delete(other)
    session.flush()
    return keep


def _combine(keep: Conversation, other: Conversation) -> None:
    keep.message_count += other.message_count
    keep.has_attachments = keep.has_attachments or other.has_attachments
    if other.first_message_at and (
        keep.first_message_at is None or other.first_message_at < keep.first_message_at
    ):
        keep.first_message_at = other.first_message_at
    if other.last_message_at and (
        keep.last_message_at is None or other.last_message_at > keep.last_message_at
    ):
        keep.last_message_at = other.last_message_at
        keep.snippet = other.snippet
        keep.needs_reply = other.needs_reply
    if other.last_incoming_at and (
        keep.last_incoming_at is None or other.last_incoming_at > keep.last_incoming_at
    ):
        keep.last_incoming_at = other.last_incoming_at
    if keep.customer_id is None:
        keep.customer_id = other.customer_id
