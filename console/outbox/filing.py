"""Putting a sent message into its conversation at once, without waiting for a sync.

The message is stored through the same :class:`~console.mail.ingest.Ingestor` as
synced mail, as an outgoing message without a server location (``folder_id`` NULL),
so it threads by In-Reply-To/References like any reply.  When the sync later fetches
the copy in Sent, the ingest recognizes the Message-ID and stores it as a copy: the
conversation's counts do not change and the conversation view shows it once.

Then the conversation waits on the customer: its status becomes ``waiting`` with a
STATUS_CHANGED event, and a REPLY_SENT event goes on the customer's timeline.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.events import EventKind
from console.domain.status import ConversationStatus
from console.mail.ingest import FetchedMail, Ingestor, Location, driver_connection
from console.mail.parse import parse_message
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import Account
from console.storage.models_outbox import OutboxRow


def _conversation_of(db: sqlite3.Connection, message_id: str) -> int | None:
    row = db.execute(
        "SELECT conversation_id FROM messages WHERE message_id = ? "
        "AND conversation_id IS NOT NULL ORDER BY id LIMIT 1",
        (message_id,),
    ).fetchone()
    return int(row[0]) if row else None


def _status(db: sqlite3.Connection, conversation_id: int | None) -> tuple[str, int | None] | None:
    if conversation_id is None:
        return None
    row = db.execute(
        "SELECT status, customer_id FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    return (str(row[0]), row[1]) if row else None


def _store(session: Session, row: OutboxRow, sent_at: datetime) -> int | None:
    owner = frozenset(e.lower() for e in session.scalars(select(Account.email)).all())
    ingestor = Ingestor(session, owner)
    ingestor.store(
        Location(row.account_id, None, None, "sent"),
        FetchedMail(raw=row.raw, flags=("\\Seen",), internal_date=sent_at),
        parse_message(row.raw),
    )
    ingestor.finish()
    return _conversation_of(driver_connection(session), row.message_id)


def record_sent(db: Database, outbox_id: int, *, now: datetime) -> int | None:
    """Store the sent message ``outbox_id`` in its conversation; return the conversation id.

    Idempotent: a message already recorded (or already synced from Sent) is not stored
    again, and the status change happens once.
    """
    with db.session() as session:
        row = session.get(OutboxRow, outbox_id)
        if row is None:
            return None
        if row.ingested_at is not None:
            return row.conversation_id
        sent_at = row.sent_at or now
        raw_db = driver_connection(session)
        existing = _conversation_of(raw_db, row.message_id)
        hint = existing or row.conversation_id
        before = _status(raw_db, hint)
        conversation_id = existing if existing is not None else _store(session, row, sent_at)
        after = _status(raw_db, conversation_id)
        if conversation_id is not None and after is not None:
            status, customer_id = after
            previous = before[0] if before is not None and hint == conversation_id else status
            if status != ConversationStatus.WAITING:
                raw_db.execute(
                    "UPDATE conversations SET status = ? WHERE id = ?",
                    (ConversationStatus.WAITING.value, conversation_id),
                )
            if previous != ConversationStatus.WAITING:
                record_event(
                    session,
                    EventKind.STATUS_CHANGED,
                    author=row.author,
                    customer_id=customer_id,
                    conversation_id=conversation_id,
                    payload={"from": previous, "to": ConversationStatus.WAITING.value},
                    at=now,
                )
            record_event(
                session,
                EventKind.REPLY_SENT,
                author=row.author,
                customer_id=customer_id,
                conversation_id=conversation_id,
                payload={
                    "outbox_id": row.id,
                    "message_id": row.message_id,
                    "to": row.to_display,
                    "subject": row.subject,
                },
                at=now,
            )
        row.conversation_id = conversation_id
        row.ingested_at = now
        row.updated_at = now
        return conversation_id
