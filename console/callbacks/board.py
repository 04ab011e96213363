"""What the callback queue screen needs besides :mod:`console.callbacks.queue`.

- :func:`queue_settings`: the urgency thresholds, the shop's time zone and region, and the
  week's median response time, read once per reload so the screen can recolour its
  timers every minute without asking the database again;
- :func:`schedule_retry`: after "no answer", a reminder to call again (and the request's
  retry time moved to it), in one transaction;
- :func:`save_rule`, :func:`recent_samples`, :func:`preview_stored`, :func:`sample_from_text`:
  the rule editor (save an owner's rule, pick a stored mail, try a rule on it).

Every function opens its own short session and returns plain values.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Final

from console.callbacks.extract import ExtractedCallback, preview_rule
from console.callbacks.queue import CallbackError, ResponseTime, response_time
from console.callbacks.rules import CallbackRule, rule_errors
from console.callbacks.store import QueueThresholds, read_setting, shop_timezone, thresholds
from console.customers.identity import connection_of
from console.customers.phones import REGION_SETTING, clean_region
from console.mail.parsed import Address, ParsedMessage
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.store import add_reminder
from console.storage.database import Database
from console.storage.sqltime import from_db, to_db


@dataclass(frozen=True, slots=True)
class QueueSettings:
    limits: QueueThresholds
    timezone: tzinfo
    region: str
    response: ResponseTime


def queue_settings(db: Database, now: datetime) -> QueueSettings:
    """The queue's thresholds, time zone and region, and this week's response time."""
    with db.reader() as session:
        connection = connection_of(session)
        limits = thresholds(connection)
        zone = shop_timezone(connection)
        region = clean_region(read_setting(connection, REGION_SETTING))
    return QueueSettings(limits, zone, region, response_time(db, now, tz=zone))


def schedule_retry(
    db: Database,
    callback_id: int,
    at: datetime,
    *,
    title: str,
    author: str,
    now: datetime,
) -> int:
    """Remind the owner at ``at`` to call again; the open request becomes due then too.

    Returns the reminder's id.  Offering the same retry twice (same request, same
    attempt) keeps one reminder.
    """
    if at.tzinfo is None:
        raise ValueError("at must be an aware datetime")
    with db.session() as session:
        connection = connection_of(session)
        row = connection.execute(
            "SELECT status, customer_id, conversation_id, attempts, topic FROM callbacks "
            "WHERE id = ?",
            (callback_id,),
        ).fetchone()
        if row is None:
            raise CallbackError(f"callback {callback_id} does not exist")
        if row[0] != "open":
            raise CallbackError(f"callback {callback_id} is already closed ({row[0]})")
        reminder = add_reminder(
            session,
            kind=ReminderKind.MANUAL,
            action=Action.CALL_BACK,
            title=title,
            due_at=at,
            now=now,
            author=author,
            customer_id=row[1],
            conversation_id=row[2],
            source_text=str(row[4] or ""),
            source=ReminderSource.CALL,
            dedupe_key=f"callback-retry:{callback_id}:{row[3]}",
        )
        reminder.due_at = at.astimezone(UTC)
        reminder.remind_at = reminder.due_at
        connection.execute(
            "UPDATE callbacks SET retry_at = ? WHERE id = ?", (to_db(at), callback_id)
        )
        return int(reminder.id)


class RuleError(CallbackError):
    """The rule cannot be saved; the message is for the user."""


def save_rule(db: Database, rule: CallbackRule, *, now: datetime) -> int:
    """Store an owner's rule (tried before the built-in ones from the next mail on)."""
    problems = rule_errors(rule)
    if problems:
        raise RuleError("; ".join(problems))
    with db.session() as session:
        connection = connection_of(session)
        try:
            cursor = connection.execute(
                "INSERT INTO callback_rules (name, sender_pattern, subject_pattern, "
                "body_pattern, labels, callback_only, enabled, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                (
                    rule.name.strip(),
                    rule.sender_pattern,
                    rule.subject_pattern,
                    rule.body_pattern,
                    json.dumps(dict(rule.labels), ensure_ascii=False),
                    int(rule.callback_only),
                    to_db(now),
                ),
            )
        except sqlite3.IntegrityError as exc:
            raise RuleError(f"a rule named {rule.name.strip()!r} exists already") from exc
        return int(cursor.lastrowid or 0)


@dataclass(frozen=True, slots=True)
class SampleMessage:
    """A stored incoming mail the rule editor offers as a sample."""

    id: int
    sender: str
    subject: str
    date: datetime | None


def recent_samples(
    db: Database, limit: int = 30, *, include: int | None = None
) -> list[SampleMessage]:
    """The newest incoming mails, newest first; ``include`` (a message id) comes first
    when it is not among them."""
    with db.reader() as session:
        rows = connection_of(session).execute(
            "SELECT id, from_name, from_email, subject, date FROM messages "
            "WHERE is_outgoing = 0 OR id = ? "
            "ORDER BY id = ? DESC, date IS NULL, date DESC, id DESC LIMIT ?",
            (include, include, limit),
        )
        return [
            SampleMessage(
                id=int(row[0]),
                sender=str(row[1] or "") or str(row[2] or ""),
                subject=str(row[3] or ""),
                date=from_db(str(row[4])) if row[4] else None,
            )
            for row in rows
        ]


def _addresses(value: object) -> list[Address]:
    try:
        decoded = json.loads(str(value or "[]"))
    except ValueError:
        return []
    found: list[Address] = []
    for item in decoded if isinstance(decoded, list) else []:
        if isinstance(item, dict):
            found.append(Address(str(item.get("name") or ""), str(item.get("email") or "")))
        elif isinstance(item, list | tuple) and len(item) == 2:
            found.append(Address(str(item[0] or ""), str(item[1] or "")))
    return found


def stored_message(db: Database, message_id: int) -> ParsedMessage | None:
    """A stored mail rebuilt as far as the rules read it (sender, subject, text, HTML)."""
    with db.reader() as session:
        row = (
            connection_of(session)
            .execute(
                "SELECT message_id, from_name, from_email, reply_to_json, subject, text_body, "
                "html_body, date, language FROM messages WHERE id = ?",
                (message_id,),
            )
            .fetchone()
        )
    if row is None:
        return None
    return ParsedMessage(
        message_id=str(row[0] or ""),
        in_reply_to=None,
        references=[],
        from_=Address(str(row[1] or ""), str(row[2] or "")),
        sender=None,
        reply_to=_addresses(row[3]),
        to=[],
        cc=[],
        date=from_db(str(row[7])) if row[7] else None,
        subject=str(row[4] or ""),
        text=str(row[5] or ""),
        html=str(row[6]) if row[6] else None,
        snippet="",
        attachments=[],
        has_remote_content=False,
        language=str(row[8]) if row[8] else None,
    )


def preview_stored(
    db: Database, rule: CallbackRule, message_id: int, region: str
) -> ExtractedCallback:
    """:func:`~console.callbacks.extract.preview_rule` on a stored mail."""
    parsed = stored_message(db, message_id)
    if parsed is None:
        raise CallbackError(f"message {message_id} does not exist")
    return preview_rule(rule, parsed, region)


_HEADER: Final = re.compile(
    r"^(?:from|to|subject|date|received|return-path|delivered-to|message-id|mime-version"
    r"|reply-to|content-type|x-[\w-]+):",
    re.IGNORECASE,
)


def sample_from_text(text: str) -> bytes:
    """Pasted text as a mail: a whole raw mail as it is, anything else as the body of one
    (without headers, so only body patterns can match it)."""
    stripped = text.lstrip()
    if _HEADER.match(stripped):
        return stripped.replace("\r\n", "\n").encode("utf-8")
    return (
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + text
    ).encode("utf-8")
