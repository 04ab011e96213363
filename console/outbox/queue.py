"""The outbox: a reply is in the database before anything touches the network.

States (``outbox.state``)::

    scheduled ──(undo delay over)──▶ sending ──▶ sent
        │                              │  ╰──▶ queued (server down, 4xx: retried later)
        ╰──▶ cancelled (undo)          ╰──▶ failed (refused; the reason is kept)
    queued ──▶ sending …               failed ──(retry)──▶ queued

:func:`enqueue` composes the message, writes its bytes and deletes the draft in one
unit of work.  The :class:`~console.outbox.worker.OutboxWorker` sends.  Every change
of state is a compare-and-set (``UPDATE … WHERE state = ?``), so "Undo send" and the
worker can race safely: exactly one of them wins.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.orm import Session

from console.domain.events import EventKind
from console.outbox import preferences
from console.outbox.compose import ComposeError, ComposeProblem, Draft, compose
from console.outbox.drafts import save_draft
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import Account, Conversation, utcnow
from console.storage.models_outbox import DraftRow, OutboxRow


class OutboxState(StrEnum):
    SCHEDULED = "scheduled"
    """Waiting out the "Undo send" delay (``not_before``)."""
    QUEUED = "queued"
    """Due (again) at ``not_before``; after a failure that waiting may fix."""
    SENDING = "sending"
    """Handed to SMTP by the worker named in ``claimed_by``."""
    SENT = "sent"
    FAILED = "failed"
    """Refused; ``last_error`` says why. Waits for the owner (retry or undo)."""
    CANCELLED = "cancelled"
    """Taken back with "Undo send"; the draft was restored."""


WAITING_STATES = (OutboxState.SCHEDULED, OutboxState.QUEUED)
UNDOABLE_STATES = (OutboxState.SCHEDULED, OutboxState.QUEUED, OutboxState.FAILED)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One outbox row as plain data (no ORM object leaves this module)."""

    id: int
    state: OutboxState
    account_id: int | None
    conversation_id: int | None
    message_id: str
    subject: str
    to: str
    not_before: datetime | None
    attempts: int
    last_error: str | None
    error_kind: str | None
    refused: dict[str, str]
    created_at: datetime
    sent_at: datetime | None
    filed: bool
    """The copy is in the Sent folder (or the provider files it itself)."""
    author: str

    def as_json(self) -> dict[str, Any]:
        def when(value: datetime | None) -> str | None:
            return value.isoformat() if value else None

        return {
            "id": self.id,
            "state": self.state.value,
            "account_id": self.account_id,
            "conversation_id": self.conversation_id,
            "message_id": self.message_id,
            "subject": self.subject,
            "to": self.to,
            "not_before": when(self.not_before),
            "attempts": self.attempts,
            "last_error": self.last_error,
            "error_kind": self.error_kind,
            "refused": self.refused,
            "created_at": when(self.created_at),
            "sent_at": when(self.sent_at),
            "filed": self.filed,
        }


def entry_from_row(row: OutboxRow) -> OutboxEntry:
    try:
        refused = json.loads(row.refused_json or "{}")
    except ValueError:
        refused = {}
    return OutboxEntry(
        id=row.id,
        state=OutboxState(row.state),
        account_id=row.account_id,
        conversation_id=row.conversation_id,
        message_id=row.message_id,
        subject=row.subject,
        to=row.to_display,
        not_before=row.not_before,
        attempts=row.attempts,
        last_error=row.last_error,
        error_kind=row.error_kind,
        refused=refused if isinstance(refused, dict) else {},
        created_at=row.created_at,
        sent_at=row.sent_at,
        filed=row.filed_at is not None,
        author=row.author,
    )


def worker_token() -> str:
    """``pid:random`` — names the worker that claimed a row, and its process."""
    return f"{os.getpid()}:{uuid.uuid4().hex[:12]}"


def _rowcount(result: Any) -> int:
    return int(result.rowcount) if isinstance(result, CursorResult) else 0


# -- queueing ------------------------------------------------------------------------


def enqueue(
    db: Database,
    draft: Draft,
    *,
    author: str,
    now: datetime | None = None,
    undo_seconds: float | None = None,
    tz: tzinfo | None = None,
) -> OutboxEntry:
    """Compose ``draft`` and put it in the outbox; delete the saved draft.

    With an undo delay (default: the setting, 5 s) the message is ``scheduled`` until
    then; with 0 it is ``queued`` at once.  Raises
    :class:`~console.outbox.compose.ComposeError` when the draft cannot be sent.
    """
    now = now or utcnow()
    delay = preferences.undo_seconds(db) if undo_seconds is None else max(0.0, undo_seconds)
    composed = compose(db, draft, now=now, tz=tz)
    with db.session() as session:
        customer_id = None
        if draft.conversation_id is not None:
            conversation = session.get(Conversation, draft.conversation_id)
            customer_id = conversation.customer_id if conversation else None
        row = OutboxRow(
            account_id=draft.account_id,
            conversation_id=draft.conversation_id,
            parent_message_id=draft.parent_message_id,
            message_id=composed.message_id,
            state=(OutboxState.SCHEDULED if delay > 0 else OutboxState.QUEUED).value,
            raw=composed.raw,
            mail_from=composed.mail_from,
            recipients_json=json.dumps(list(composed.recipients)),
            subject=composed.subject,
            to_display=composed.to_display,
            draft_json=draft.to_json(),
            author=author,
            not_before=now + timedelta(seconds=delay),
            attempts=0,
            refused_json="{}",
            created_at=now,
            updated_at=now,
        )
        if row.account_id is None:
            row.account_id = _account_id_for(session, composed.mail_from)
        session.add(row)
        if draft.id is not None:
            # The saved draft becomes the outbox entry.  If it is gone, this draft was
            # queued already (a second click on Send): never queue it twice.
            draft_row = session.get(DraftRow, draft.id)
            if draft_row is None:
                raise ComposeError(
                    ComposeProblem.ALREADY_QUEUED, "This message is already in the outbox."
                )
            session.delete(draft_row)
        session.flush()
        record_event(
            session,
            EventKind.REPLY_QUEUED,
            author=author,
            customer_id=customer_id,
            conversation_id=draft.conversation_id,
            payload={"outbox_id": row.id, "message_id": row.message_id, "to": row.to_display},
            at=now,
        )
        return entry_from_row(row)


def _account_id_for(session: Session, email: str) -> int | None:
    value = session.scalar(select(Account.id).where(Account.email == email.lower()))
    return int(value) if value is not None else None


def undo(db: Database, outbox_id: int, *, now: datetime | None = None) -> Draft | None:
    """Take a message back before it is sent; return the draft, saved again, or None.

    Works while the message is scheduled (the undo delay), still queued (e.g. offline)
    or failed.  Once the worker has started sending it, it is too late: None.
    Raises nothing for a message already gone; the UI just closes its "Undo" bar.
    """
    now = now or utcnow()
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id, OutboxRow.state.in_(UNDOABLE_STATES))
            .values(state=OutboxState.CANCELLED.value, updated_at=now, not_before=None)
        )
        if _rowcount(result) != 1:
            return None
        draft_json = session.scalar(select(OutboxRow.draft_json).where(OutboxRow.id == outbox_id))
    draft = Draft.from_json(draft_json or "{}")
    draft_id = save_draft(db, draft, now=now)
    return replace(draft, id=draft_id, updated_at=now)


def send_now(db: Database, outbox_id: int, *, now: datetime | None = None) -> bool:
    """Skip the rest of the undo delay; False when the message is not waiting."""
    now = now or utcnow()
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id, OutboxRow.state.in_(WAITING_STATES))
            .values(state=OutboxState.QUEUED.value, not_before=now, updated_at=now)
        )
        return _rowcount(result) == 1


def retry(db: Database, outbox_id: int | None = None, *, now: datetime | None = None) -> int:
    """Queue failed messages (one, or all) again, and make queued ones due now (no more
    waiting out the backoff).  Messages in their undo delay are left alone.

    Returns how many messages were queued for sending.
    """
    now = now or utcnow()
    states = (OutboxState.FAILED, OutboxState.QUEUED)
    with db.session() as session:
        statement = update(OutboxRow).where(OutboxRow.state.in_(states))
        if outbox_id is not None:
            statement = statement.where(OutboxRow.id == outbox_id)
        result = session.execute(
            statement.values(state=OutboxState.QUEUED.value, not_before=now, updated_at=now)
        )
        return _rowcount(result)


# -- reading -------------------------------------------------------------------------


def get_entry(db: Database, outbox_id: int) -> OutboxEntry | None:
    with db.reader() as session:
        row = session.get(OutboxRow, outbox_id)
        return entry_from_row(row) if row is not None else None


def list_outbox(
    db: Database,
    *,
    states: Collection[OutboxState] | None = None,
    conversation_id: int | None = None,
    limit: int = 200,
) -> list[OutboxEntry]:
    """Outbox entries, newest first (all but cancelled ones unless ``states`` says so)."""
    with db.reader() as session:
        statement = select(OutboxRow).order_by(OutboxRow.id.desc()).limit(limit)
        if states is not None:
            statement = statement.where(OutboxRow.state.in_([s.value for s in states]))
        else:
            statement = statement.where(OutboxRow.state != OutboxState.CANCELLED.value)
        if conversation_id is not None:
            statement = statement.where(OutboxRow.conversation_id == conversation_id)
        return [entry_from_row(row) for row in session.scalars(statement).all()]


def pending_counts(db: Database) -> dict[OutboxState, int]:
    """How many messages are in each unfinished state (for a badge: "2 waiting to send")."""
    unfinished = [s.value for s in (*WAITING_STATES, OutboxState.SENDING, OutboxState.FAILED)]
    with db.reader() as session:
        rows = session.execute(
            select(OutboxRow.state, func.count())
            .where(OutboxRow.state.in_(unfinished))
            .group_by(OutboxRow.state)
        ).all()
    return {OutboxState(state): int(count) for state, count in rows}
