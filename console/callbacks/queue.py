"""The callback queue: who to call now, how long they have waited, and logging the calls.

Every function takes ``now`` (aware) explicitly, so the UI's clock and the tests' clock
are the same thing.  A request is *due* from ``due_at`` (its requested time moved into
the customer's preferred window) or, after a failed attempt, from ``retry_at``.  Due
requests come first, oldest first; the urgency class says how long a due request has
waited: under ``fresh`` (15 min), under ``late`` (1 h), or longer.  Requests whose
window has not started yet are ``SCHEDULED``: "call after 17:00" is not urgent at 10:00.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Final

from console.callbacks.store import (
    NewCallback,
    QueueThresholds,
    insert_callback,
    read_setting,
    shop_timezone,
    thresholds,
)
from console.callbacks.windows import TimeWindow, parse_window
from console.customers.identity import IdentityLinker, connection_of, insert_event
from console.customers.phones import (
    REGION_SETTING,
    clean_region,
    display_phone,
    normalize_phone,
)
from console.domain.events import CallOutcome, EventKind
from console.errors import UserError
from console.storage.database import Database
from console.storage.sqltime import from_db, to_db


class Urgency(StrEnum):
    SCHEDULED = "scheduled"
    """Not due yet: the preferred window (or the retry time) is still ahead."""
    FRESH = "fresh"
    WAITING = "waiting"
    OVERDUE = "overdue"


class CallbackStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    WRONG_NUMBER = "wrong_number"
    CANCELLED = "cancelled"


class CallbackError(UserError, ValueError):
    """The request cannot be recorded or changed; the message is for the user."""


@dataclass(frozen=True, slots=True)
class QueueEntry:
    id: int
    status: CallbackStatus
    customer_id: int | None
    conversation_id: int | None
    name: str
    phone: str
    """E.164 when the number is valid, else as written."""
    phone_display: str
    email: str
    topic: str
    message: str
    window: TimeWindow | None
    window_text: str
    requested_at: datetime
    due_at: datetime
    """When the call is wanted: ``retry_at`` after a failed attempt, else the window start."""
    attempts: int
    last_outcome: CallOutcome | None
    waiting: timedelta
    """Since the request was made."""
    overdue: timedelta
    """Since it became due; zero while scheduled."""
    urgency: Urgency | None
    """None for closed requests."""
    rule: str
    source: str

    @property
    def is_due(self) -> bool:
        return self.urgency not in (None, Urgency.SCHEDULED)


@dataclass(frozen=True, slots=True)
class OutcomeResult:
    event_id: str
    status: CallbackStatus
    suggested_retry_at: datetime | None
    """For "no answer" and "voicemail": when to try again (also stored on the request)."""


@dataclass(frozen=True, slots=True)
class ResponseTime:
    median: timedelta | None
    """Median time from due to the first call; None when nobody was called yet."""
    count: int
    since: datetime


def urgency(due: datetime, now: datetime, limits: QueueThresholds) -> Urgency:
    """The urgency class of a request that is (or becomes) due at ``due``."""
    if now < due:
        return Urgency.SCHEDULED
    waited = now - due
    if waited < limits.fresh:
        return Urgency.FRESH
    if waited < limits.late:
        return Urgency.WAITING
    return Urgency.OVERDUE


_COLUMNS: Final = (
    "id, status, customer_id, conversation_id, name, phone, email, topic, message, "
    "window_text, window_start, window_end, requested_at, due_at, retry_at, attempts, "
    "last_outcome, rule, source"
)


def _outcome(value: object) -> CallOutcome | None:
    try:
        return CallOutcome(str(value)) if value else None
    except ValueError:
        return None


def _entry(
    row: tuple[object, ...], now: datetime, limits: QueueThresholds, region: str
) -> QueueEntry:
    status = CallbackStatus(str(row[1]))
    requested = from_db(str(row[12]))
    due = from_db(str(row[13]))
    retry = from_db(str(row[14])) if row[14] else None
    assert requested is not None and due is not None
    effective = max(due, retry) if retry else due
    start, end = row[10], row[11]
    window = (
        TimeWindow(int(str(start)) if start is not None else None, int(str(end)) if end else None)
        if start is not None or end is not None
        else None
    )
    phone = str(row[5] or "")
    is_open = status is CallbackStatus.OPEN
    return QueueEntry(
        id=int(str(row[0])),
        status=status,
        customer_id=int(str(row[2])) if row[2] is not None else None,
        conversation_id=int(str(row[3])) if row[3] is not None else None,
        name=str(row[4] or ""),
        phone=phone,
        phone_display=display_phone(phone, region) if phone.startswith("+") else phone,
        email=str(row[6] or ""),
        topic=str(row[7] or ""),
        message=str(row[8] or ""),
        window=window,
        window_text=str(row[9] or ""),
        requested_at=requested,
        due_at=effective,
        attempts=int(str(row[15] or 0)),
        last_outcome=_outcome(row[16]),
        waiting=max(now - requested, timedelta(0)),
        overdue=max(now - effective, timedelta(0)) if is_open else timedelta(0),
        urgency=urgency(effective, now, limits) if is_open else None,
        rule=str(row[17] or ""),
        source=str(row[18] or ""),
    )


def callback_queue(
    db: Database,
    now: datetime,
    *,
    limits: QueueThresholds | None = None,
    include_closed: bool = False,
) -> list[QueueEntry]:
    """Open requests, due ones first (oldest due first), then scheduled ones by due time.

    With ``include_closed``, closed requests follow, newest first.
    """
    with db.reader() as session:
        connection = connection_of(session)
        limits = limits or thresholds(connection)
        region = clean_region(read_setting(connection, REGION_SETTING))
        rows = connection.execute(
            f"SELECT {_COLUMNS} FROM callbacks WHERE status = 'open'"
        ).fetchall()
        entries = [_entry(tuple(row), now, limits, region) for row in rows]
        entries.sort(key=lambda e: (not e.is_due, e.due_at, e.id))
        if include_closed:
            closed = connection.execute(
                f"SELECT {_COLUMNS} FROM callbacks WHERE status != 'open' "
                "ORDER BY requested_at DESC, id DESC"
            ).fetchall()
            entries.extend(_entry(tuple(row), now, limits, region) for row in closed)
    return entries


def log_outcome(
    db: Database,
    callback_id: int,
    outcome: CallOutcome,
    *,
    author: str,
    now: datetime,
    note: str = "",
    limits: QueueThresholds | None = None,
) -> OutcomeResult:
    """Record a call attempt as a ``CALL_LOGGED`` event on the customer's timeline.

    Reached: the request is done.  Wrong number: closed as such.  No answer or voicemail:
    it stays open and a retry time (``now`` + 2 h by default) is suggested and stored.
    """
    with db.session() as session:
        connection = connection_of(session)
        row = connection.execute(
            "SELECT status, customer_id, conversation_id, phone FROM callbacks WHERE id = ?",
            (callback_id,),
        ).fetchone()
        if row is None:
            raise CallbackError(f"callback {callback_id} does not exist")
        if row[0] != CallbackStatus.OPEN.value:
            raise CallbackError(f"callback {callback_id} is already closed ({row[0]})")
        limits = limits or thresholds(connection)
        retry: datetime | None = None
        if outcome is CallOutcome.REACHED:
            status = CallbackStatus.DONE
        elif outcome is CallOutcome.WRONG_NUMBER:
            status = CallbackStatus.WRONG_NUMBER
        else:
            status = CallbackStatus.OPEN
            retry = now + limits.retry_after
        event_id = insert_event(
            connection,
            EventKind.CALL_LOGGED,
            author=author,
            at=now,
            customer_id=row[1],
            conversation_id=row[2],
            payload={
                "outcome": outcome.value,
                "note": note,
                "phone": row[3],
                "callback_id": callback_id,
                **({"retry_at": retry.isoformat()} if retry else {}),
            },
        )
        connection.execute(
            "UPDATE callbacks SET status = ?, attempts = attempts + 1, last_outcome = ?, "
            "first_attempt_at = coalesce(first_attempt_at, ?), retry_at = ?, closed_at = ? "
            "WHERE id = ?",
            (
                status.value,
                outcome.value,
                to_db(now),
                to_db(retry),
                None if status is CallbackStatus.OPEN else to_db(now),
                callback_id,
            ),
        )
    return OutcomeResult(event_id=event_id, status=status, suggested_retry_at=retry)


def cancel_callback(db: Database, callback_id: int, *, now: datetime) -> None:
    """Close a request without a call (a duplicate, or the customer wrote instead)."""
    with db.session() as session:
        changed = (
            connection_of(session)
            .execute(
                "UPDATE callbacks SET status = 'cancelled', closed_at = ? "
                "WHERE id = ? AND status = 'open'",
                (to_db(now), callback_id),
            )
            .rowcount
        )
        if not changed:
            raise CallbackError(f"callback {callback_id} is not open")


def new_callback(
    db: Database,
    *,
    name: str,
    phone: str,
    now: datetime,
    email: str = "",
    topic: str = "",
    message: str = "",
    window_text: str = "",
    requested_at: datetime | None = None,
    region: str | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Record a request by hand (the customer called while the owner was busy)."""
    if not phone.strip():
        raise CallbackError("a callback needs a phone number")
    with db.session() as session:
        connection = connection_of(session)
        region = region or clean_region(read_setting(connection, REGION_SETTING))
        e164 = normalize_phone(phone, region)
        linker = IdentityLinker(connection, now)
        customer_id = linker.customer_for(email=email, phone=e164, name=name)
        callback_id = insert_callback(
            connection,
            NewCallback(
                name=name.strip(),
                phone=e164 or phone.strip(),
                phone_raw=phone.strip(),
                email=email.strip().lower(),
                topic=topic.strip(),
                message=message.strip(),
                window=parse_window(window_text) if window_text else None,
                window_text=window_text.strip(),
                requested_at=requested_at or now,
                source="manual",
            ),
            customer_id=customer_id,
            conversation_id=None,
            message_id=None,
            tz=tz or shop_timezone(connection),
            now=now,
        )
        linker.finish()
        if callback_id is None:  # pragma: no cover - no message id, never a duplicate
            raise CallbackError("the callback could not be recorded")
        return callback_id


def week_start(now: datetime, tz: tzinfo) -> datetime:
    """Monday 00:00 of ``now``'s week in ``tz``."""
    local = now.astimezone(tz)
    monday = (local - timedelta(days=local.weekday())).date()
    return datetime(monday.year, monday.month, monday.day, tzinfo=tz)


def response_time(db: Database, now: datetime, *, tz: tzinfo | None = None) -> ResponseTime:
    """The median time to the first call-back this week (Monday 00:00 local until ``now``)."""
    with db.reader() as session:
        connection = connection_of(session)
        since = week_start(now, tz or shop_timezone(connection))
        rows = connection.execute(
            "SELECT due_at, first_attempt_at FROM callbacks "
            "WHERE first_attempt_at IS NOT NULL AND first_attempt_at >= ? "
            "AND first_attempt_at <= ?",
            (to_db(since), to_db(now)),
        ).fetchall()
    waits: list[float] = []
    for due_text, first_text in rows:
        due, first = from_db(due_text), from_db(first_text)
        if due is not None and first is not None:
            waits.append(max((first - due).total_seconds(), 0.0))
    median = timedelta(seconds=statistics.median(waits)) if waits else None
    return ResponseTime(median=median, count=len(waits), since=since)
