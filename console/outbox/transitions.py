"""The outbox worker's state changes, each one short compare-and-set unit of work.

A row moves only when it is still in the state the worker saw (``WHERE state = ?``,
and for a claimed row ``AND claimed_by = ?``), so a concurrent "Undo send", a second
worker or a user's retry can never make a message go out twice.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, CursorResult, and_, case, literal, or_, select, update

from console.outbox.queue import WAITING_STATES, OutboxState
from console.storage.database import Database
from console.storage.models import Message
from console.storage.models_outbox import OutboxRow


@dataclass(frozen=True, slots=True)
class Claimed:
    """A message the worker now owns (state ``sending``)."""

    id: int
    account_id: int | None
    message_id: str
    mail_from: str
    recipients: tuple[str, ...]
    raw: bytes
    conversation_id: int | None
    error_kind: str | None = None
    """Why the previous attempt did not finish (e.g. ``uncertain_delivery``), if it did not."""


@dataclass(frozen=True, slots=True)
class Work:
    """What is due for one run of the worker, by id."""

    due: list[tuple[int, int | None]]
    """(id, account id) of scheduled/queued rows whose time has come."""
    sending: list[tuple[int, int | None, str | None, datetime | None]]
    """(id, account id, claimed_by, claimed_at) of rows in ``sending``."""
    unfiled: list[tuple[int, int | None]]
    """Sent rows not yet in Sent or not yet in their conversation."""


UNCERTAIN_KIND = "uncertain_delivery"
"""``error_kind`` of a message whose delivery is uncertain (see ``DeliveryUncertain``).

It stays through later failures that are certain (a lost connection before the message
went out again), so that the note "may arrive twice" is not forgotten when it is sent."""


def _kind_keeping_uncertainty(kind: str) -> ColumnElement[str]:
    return case((OutboxRow.error_kind == UNCERTAIN_KIND, OutboxRow.error_kind), else_=literal(kind))


def _changed(result: object) -> bool:
    return isinstance(result, CursorResult) and result.rowcount == 1


def find_work(db: Database, now: datetime) -> Work:
    with db.reader() as session:
        due = session.execute(
            select(OutboxRow.id, OutboxRow.account_id)
            .where(
                OutboxRow.state.in_([s.value for s in WAITING_STATES]),
                or_(OutboxRow.not_before.is_(None), OutboxRow.not_before <= now),
            )
            .order_by(OutboxRow.id)
        ).all()
        sending = session.execute(
            select(OutboxRow.id, OutboxRow.account_id, OutboxRow.claimed_by, OutboxRow.claimed_at)
            .where(OutboxRow.state == OutboxState.SENDING.value)
            .order_by(OutboxRow.id)
        ).all()
        unfiled = session.execute(
            select(OutboxRow.id, OutboxRow.account_id)
            .where(
                OutboxRow.state == OutboxState.SENT.value,
                or_(OutboxRow.filed_at.is_(None), OutboxRow.ingested_at.is_(None)),
            )
            .order_by(OutboxRow.id)
        ).all()
    return Work(
        due=[(r[0], r[1]) for r in due],
        sending=[(r[0], r[1], r[2], r[3]) for r in sending],
        unfiled=[(r[0], r[1]) for r in unfiled],
    )


def next_due(db: Database) -> list[tuple[int | None, datetime | None]]:
    """(account id, not_before) of every waiting row, and of every ``sending`` row that
    nobody owns (its delivery was uncertain; it is checked and sent again then)."""
    with db.reader() as session:
        rows = session.execute(
            select(OutboxRow.account_id, OutboxRow.not_before).where(
                or_(
                    OutboxRow.state.in_([s.value for s in WAITING_STATES]),
                    and_(
                        OutboxRow.state == OutboxState.SENDING.value,
                        OutboxRow.claimed_by.is_(None),
                    ),
                )
            )
        ).all()
    return [(r[0], r[1]) for r in rows]


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def is_abandoned(
    claimed_by: str | None,
    claimed_at: datetime | None,
    *,
    own_token: str,
    now: datetime,
    lease: timedelta,
) -> bool:
    """Whether a ``sending`` row was left behind by a worker that is gone.

    Gone: no owner recorded, this very worker (a run that ended abnormally), a process
    that no longer exists, or a claim older than ``lease`` (no send takes that long).
    """
    if claimed_by is None or claimed_by == own_token:
        return True
    if claimed_at is None or now - claimed_at > lease:
        return True
    pid_text = claimed_by.split(":", 1)[0]
    if pid_text.isdigit() and int(pid_text) != os.getpid():
        return not _pid_alive(int(pid_text))
    return False


def claim(db: Database, outbox_id: int, token: str, now: datetime) -> Claimed | None:
    """scheduled/queued → sending, owned by ``token``; None if someone else moved it."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == outbox_id,
                OutboxRow.state.in_([s.value for s in WAITING_STATES]),
                or_(OutboxRow.not_before.is_(None), OutboxRow.not_before <= now),
            )
            .values(
                state=OutboxState.SENDING.value,
                claimed_by=token,
                claimed_at=now,
                attempts=OutboxRow.attempts + 1,
                updated_at=now,
            )
        )
        if not _changed(result):
            return None
        return _claimed(session.get_one(OutboxRow, outbox_id))


def take_over(
    db: Database, outbox_id: int, previous: str | None, token: str, now: datetime
) -> Claimed | None:
    """Take an abandoned ``sending`` row over from ``previous``; None if it moved."""
    with db.session() as session:
        owner = (
            OutboxRow.claimed_by.is_(None) if previous is None else OutboxRow.claimed_by == previous
        )
        result = session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id, OutboxRow.state == OutboxState.SENDING.value, owner)
            .values(claimed_by=token, claimed_at=now, updated_at=now)
        )
        if not _changed(result):
            return None
        return _claimed(session.get_one(OutboxRow, outbox_id))


def release(db: Database, outbox_id: int, token: str, now: datetime) -> None:
    """Give up a claim without changing the state: the row stays ``sending``, owned by
    nobody, so the next run checks the Sent folder before sending it."""
    with db.session() as session:
        session.execute(
            update(OutboxRow)
            .where(_owned(outbox_id, token))
            .values(claimed_by=None, updated_at=now)
        )


def release_uncertain(
    db: Database,
    outbox_id: int,
    token: str,
    now: datetime,
    *,
    retry_at: datetime,
    error: str,
    kind: str,
) -> bool:
    """The server may have accepted the message: leave it ``sending``, owned by nobody,
    so that it is looked for in Sent before it is sent again (not before ``retry_at``)."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(_owned(outbox_id, token))
            .values(
                claimed_by=None,
                not_before=retry_at,
                last_error=error,
                error_kind=kind,
                updated_at=now,
            )
        )
        return _changed(result)


def _claimed(row: OutboxRow) -> Claimed:
    return Claimed(
        id=row.id,
        account_id=row.account_id,
        message_id=row.message_id,
        mail_from=row.mail_from,
        recipients=tuple(json.loads(row.recipients_json or "[]")),
        raw=row.raw,
        conversation_id=row.conversation_id,
        error_kind=row.error_kind,
    )


def _owned(outbox_id: int, token: str) -> ColumnElement[bool]:
    return and_(
        OutboxRow.id == outbox_id,
        OutboxRow.state == OutboxState.SENDING.value,
        OutboxRow.claimed_by == token,
    )


def mark_sent(
    db: Database,
    outbox_id: int,
    token: str,
    now: datetime,
    *,
    refused: dict[str, str] | None = None,
    filed_in: str | None = None,
    note: tuple[str, str] | None = None,
) -> bool:
    """sending → sent.  ``filed_in``: already known to be in that Sent folder.
    ``note``: (kind, text) the owner should read even though it went out."""
    values: dict[str, object] = {
        "state": OutboxState.SENT.value,
        "sent_at": now,
        "updated_at": now,
        "claimed_by": None,
        "last_error": None,
        "error_kind": None,
        "refused_json": json.dumps(refused or {}, ensure_ascii=False),
    }
    if filed_in is not None:
        values["filed_at"] = now
        values["sent_folder"] = filed_in
    if note is not None:
        values["error_kind"], values["last_error"] = note
    if refused:
        values["last_error"] = "Not delivered to: " + "; ".join(
            f"{address} ({reply})" for address, reply in refused.items()
        )
        values["error_kind"] = "partly_refused"
    with db.session() as session:
        result = session.execute(update(OutboxRow).where(_owned(outbox_id, token)).values(**values))
        return _changed(result)


def requeue(
    db: Database,
    outbox_id: int,
    token: str,
    now: datetime,
    *,
    retry_at: datetime,
    error: str,
    kind: str,
) -> bool:
    """sending → queued, to be tried again at ``retry_at``."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(_owned(outbox_id, token))
            .values(
                state=OutboxState.QUEUED.value,
                not_before=retry_at,
                claimed_by=None,
                last_error=error,
                error_kind=_kind_keeping_uncertainty(kind),
                updated_at=now,
            )
        )
        return _changed(result)


def fail(db: Database, outbox_id: int, token: str, now: datetime, *, error: str, kind: str) -> bool:
    """sending → failed, with the reason for the owner."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(_owned(outbox_id, token))
            .values(
                state=OutboxState.FAILED.value,
                claimed_by=None,
                last_error=error,
                error_kind=kind,
                updated_at=now,
            )
        )
        return _changed(result)


def fail_waiting(db: Database, outbox_id: int, now: datetime, *, error: str, kind: str) -> bool:
    """scheduled/queued → failed without trying (the account cannot send at all)."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == outbox_id,
                OutboxRow.state.in_([s.value for s in WAITING_STATES]),
            )
            .values(
                state=OutboxState.FAILED.value,
                last_error=error,
                error_kind=kind,
                updated_at=now,
            )
        )
        return _changed(result)


def postpone(
    db: Database, outbox_id: int, now: datetime, *, retry_at: datetime, error: str, kind: str
) -> bool:
    """A waiting row could not be tried (server unreachable): note why and when next."""
    with db.session() as session:
        result = session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == outbox_id,
                OutboxRow.state.in_([s.value for s in WAITING_STATES]),
            )
            .values(
                state=OutboxState.QUEUED.value,
                not_before=retry_at,
                last_error=error,
                error_kind=_kind_keeping_uncertainty(kind),
                attempts=OutboxRow.attempts + 1,
                updated_at=now,
            )
        )
        return _changed(result)


FILING_NOTE_KIND = "sent_copy_failed"
"""``error_kind`` of a sent message whose copy could not be put in Sent (yet)."""


def mark_filed(db: Database, outbox_id: int, folder: str, now: datetime) -> None:
    """The copy is in Sent; a note that it could not be put there is cleared."""
    with db.session() as session:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id)
            .values(filed_at=now, sent_folder=folder, updated_at=now)
        )
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id == outbox_id, OutboxRow.error_kind == FILING_NOTE_KIND)
            .values(last_error=None, error_kind=None)
        )


def note_filing_failed(db: Database, outbox_id: int, now: datetime, *, error: str) -> None:
    """A sent message's copy could not be put in Sent: say so on the (still sent) row.

    A note that the message itself may have gone twice is kept: it matters more."""
    with db.session() as session:
        session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == outbox_id,
                OutboxRow.state == OutboxState.SENT.value,
                or_(OutboxRow.error_kind.is_(None), OutboxRow.error_kind == FILING_NOTE_KIND),
            )
            .values(last_error=error, error_kind=FILING_NOTE_KIND, updated_at=now)
        )


@dataclass(frozen=True, slots=True)
class SentRow:
    id: int
    account_id: int | None
    message_id: str
    raw: bytes
    sent_at: datetime | None
    filed: bool
    ingested: bool


def sent_row(db: Database, outbox_id: int) -> SentRow | None:
    with db.reader() as session:
        row = session.get(OutboxRow, outbox_id)
        if row is None or row.state != OutboxState.SENT.value:
            return None
        return SentRow(
            id=row.id,
            account_id=row.account_id,
            message_id=row.message_id,
            raw=row.raw,
            sent_at=row.sent_at,
            filed=row.filed_at is not None,
            ingested=row.ingested_at is not None,
        )


def message_stored(db: Database, message_id: str) -> bool:
    """Whether the local store already has a message with this Message-ID."""
    with db.reader() as session:
        return (
            session.scalar(select(Message.id).where(Message.message_id == message_id).limit(1))
            is not None
        )
