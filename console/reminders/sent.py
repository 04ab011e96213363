"""Follow-ups on a reply sent through the outbox.

The composer knows a reply by its outbox row; :func:`~console.reminders.followups.add_followup`
watches a stored message.  Once the outbox worker has sent the reply it stores it in its
conversation (:func:`console.outbox.filing.record_sent`), and :func:`sent_message_id`
finds that stored message by its Message-ID.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.outbox.queue import OutboxState
from console.promises.due import BusinessHours
from console.reminders.followups import add_followup
from console.reminders.store import ReminderView
from console.storage.database import Database
from console.storage.models import Message
from console.storage.models_outbox import OutboxRow


def sent_message_id(db: Database, outbox_id: int) -> int | None:
    """The stored message of the sent outbox row ``outbox_id``; None while it is not sent
    or not stored yet."""
    with db.reader() as session:
        row = session.get(OutboxRow, outbox_id)
        if row is None or row.state != OutboxState.SENT.value or not row.message_id:
            return None
        return session.scalar(
            select(Message.id)
            .where(Message.message_id == row.message_id)
            .order_by(Message.id)
            .limit(1)
        )


def followup_after_sending(
    db: Database,
    outbox_id: int,
    *,
    days: int,
    now: datetime,
    tz: ZoneInfo,
    hours: BusinessHours,
    author: str,
) -> ReminderView | None:
    """Remind ``days`` after the reply ``outbox_id`` went out, unless the customer answers;
    None when the reply is not sent (and stored) yet."""
    message_id = sent_message_id(db, outbox_id)
    if message_id is None:
        return None
    return add_followup(
        db, message_id=message_id, days=days, now=now, tz=tz, hours=hours, author=author
    )
