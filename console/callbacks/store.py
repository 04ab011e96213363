"""Writing callback requests, and the settings the callback queue reads.

Works on the DB-API connection of the caller's transaction, so the ingest path and the
manual "new callback" share one insert.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.callbacks.windows import TimeWindow, due_at
from console.storage.sqltime import to_db

TIMEZONE_SETTING: Final = "shop.timezone"
"""IANA time zone of the shop ("Europe/Zagreb"); the computer's zone when unset."""
FRESH_SETTING: Final = "callbacks.fresh_minutes"
LATE_SETTING: Final = "callbacks.late_minutes"
RETRY_SETTING: Final = "callbacks.retry_minutes"


@dataclass(frozen=True, slots=True)
class QueueThresholds:
    """Urgency classes by how long a due request has waited, and the retry suggestion."""

    fresh: timedelta = timedelta(minutes=15)
    """Waiting less than this: "fresh"."""
    late: timedelta = timedelta(hours=1)
    """Waiting less than this: "waiting"; longer: "overdue"."""
    retry_after: timedelta = timedelta(hours=2)
    """After "no answer", the suggested time to try again."""


def read_setting(connection: sqlite3.Connection, key: str, default: object = None) -> object:
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return default
    try:
        return json.loads(row[0])
    except ValueError:
        return default


def local_timezone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def shop_timezone(connection: sqlite3.Connection) -> tzinfo:
    name = read_setting(connection, TIMEZONE_SETTING)
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return local_timezone()


def thresholds(connection: sqlite3.Connection) -> QueueThresholds:
    def minutes(key: str, default: timedelta) -> timedelta:
        value = read_setting(connection, key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            return timedelta(minutes=float(value))
        return default

    base = QueueThresholds()
    return QueueThresholds(
        fresh=minutes(FRESH_SETTING, base.fresh),
        late=minutes(LATE_SETTING, base.late),
        retry_after=minutes(RETRY_SETTING, base.retry_after),
    )


@dataclass(frozen=True, slots=True)
class NewCallback:
    name: str
    phone: str
    """E.164 when valid, else as written."""
    phone_raw: str
    email: str
    topic: str
    message: str
    window: TimeWindow | None
    window_text: str
    requested_at: datetime
    rule: str = ""
    source: str = "mail"


def insert_callback(
    connection: sqlite3.Connection,
    callback: NewCallback,
    *,
    customer_id: int | None,
    conversation_id: int | None,
    message_id: int | None,
    tz: tzinfo,
    now: datetime,
) -> int | None:
    """Add an open request; None when this message already made one."""
    window = callback.window
    cursor = connection.execute(
        "INSERT OR IGNORE INTO callbacks (customer_id, conversation_id, message_id, name, phone,"
        " phone_raw, email, topic, message, window_text, window_start, window_end,"
        " requested_at, due_at, status, attempts, rule, source, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 0, ?, ?, ?)",
        (
            customer_id,
            conversation_id,
            message_id,
            callback.name,
            callback.phone,
            callback.phone_raw,
            callback.email,
            callback.topic,
            callback.message,
            callback.window_text,
            window.start if window else None,
            window.end if window else None,
            to_db(callback.requested_at),
            to_db(due_at(callback.requested_at, window, tz)),
            callback.rule,
            callback.source,
            to_db(now),
        ),
    )
    return int(cursor.lastrowid) if cursor.rowcount and cursor.lastrowid else None
