"""Follow-ups: "remind me if there is no reply in N days" on a message the shop sent.

A follow-up dissolves when the customer answers: :func:`dissolve_answered` closes every
open follow-up whose conversation (or customer) received a message after the watched
one.  The sync calls it after each ingest with the conversations it touched; the agenda
and the due-now query call it too, so a follow-up never fires for an answered message
even if the sync did not run.  Promises are not touched: a customer's reply does not
cancel a promise.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, or_, select

from console.promises.due import BusinessHours, local_instant
from console.promises.kinds import Action
from console.reminders.kinds import OPEN_STATUSES, ClosedReason, ReminderKind, ReminderSource
from console.reminders.store import ReminderView, add_reminder, close, view
from console.storage.database import Database
from console.storage.models import Conversation, Message
from console.storage.models_promises import Reminder


class MessageNotFound(LookupError):
    pass


def followup_key(message_id: int) -> str:
    return f"followup:{message_id}"


def add_followup(
    db: Database,
    *,
    message_id: int,
    days: int,
    now: datetime,
    tz: ZoneInfo,
    hours: BusinessHours,
    author: str,
) -> ReminderView:
    """Remind to follow up ``days`` after ``message_id`` was sent, unless answered.

    Due on that day's opening time — moved to the next working day when the shop is
    closed.  Asking twice for the same message returns the first follow-up.
    """
    with db.session() as session:
        message = session.get(Message, message_id)
        if message is None:
            raise MessageNotFound(f"no message {message_id}")
        customer_id = None
        if message.conversation_id is not None:
            conversation = session.get(Conversation, message.conversation_id)
            customer_id = conversation.customer_id if conversation is not None else None
        sent = message.date or message.created_at
        day = hours.next_open_day(sent.astimezone(tz).date() + timedelta(days=days))
        row = add_reminder(
            session,
            kind=ReminderKind.FOLLOW_UP,
            action=Action.FOLLOW_UP,
            title=message.subject,
            due_at=local_instant(day, hours.start, tz),
            due_is_date_only=True,
            window_end=local_instant(day, hours.end, tz),
            now=now,
            author=author,
            customer_id=customer_id,
            conversation_id=message.conversation_id,
            message_id=message_id,
            source=ReminderSource.REPLY,
            dedupe_key=followup_key(message_id),
        )
        return view(row)


def dissolve_answered(
    db: Database,
    *,
    now: datetime,
    author: str,
    conversation_ids: Iterable[int] | None = None,
) -> list[int]:
    """Close the open follow-ups the customer has answered; returns their ids."""
    watched = select(func.coalesce(Message.date, Message.created_at)).where(
        Message.id == Reminder.message_id
    )
    since = func.coalesce(watched.scalar_subquery(), Reminder.created_at)
    customer_conversations = select(Conversation.id).where(
        Conversation.customer_id == Reminder.customer_id
    )
    answered = exists().where(
        Message.is_outgoing.is_(False),
        func.coalesce(Message.date, Message.created_at) > since,
        or_(
            Message.conversation_id == Reminder.conversation_id,
            Message.conversation_id.in_(customer_conversations),
        ),
    )
    query = select(Reminder).where(
        Reminder.kind == ReminderKind.FOLLOW_UP.value,
        Reminder.status.in_(OPEN_STATUSES),
        answered,
    )
    if conversation_ids is not None:
        query = query.where(Reminder.conversation_id.in_(list(conversation_ids)))
    closed = []
    with db.session() as session:
        for row in session.scalars(query):
            close(session, row, now=now, author=author, reason=ClosedReason.CUSTOMER_REPLIED)
            closed.append(row.id)
    return closed
