"""Placing each new message in its conversation (JWZ-style, incrementally).

Every Message-ID a message carries or mentions (its own, In-Reply-To, References) is
mapped to one conversation in ``thread_refs``.  A new message joins the conversation of
any id it mentions — even when that parent never arrived — and when its ids point at
several conversations (children that arrived before their parent), those are merged
into the oldest.  Without any known id, a reply-looking subject (``Re:``, ``AW:``,
``Odg:`` …) with the same customer within :data:`SUBJECT_WINDOW` joins the newest such
conversation.

This runs on the ingest hot path (20,000 messages in a first sync), so it works on the
DB-API cursor of the caller's transaction and keeps each touched conversation's summary
in memory until :meth:`Threader.flush`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.conversations.subject import strip_prefixes, subject_key
from console.storage.sqltime import from_db, to_db

SUBJECT_WINDOW = timedelta(days=30)

_SUMMARY_COLUMNS = (
    "customer_id, message_count, has_attachments, language, first_message_at, "
    "last_message_at, last_incoming_at, snippet, needs_reply, status"
)


@dataclass(slots=True)
class ConversationSummary:
    """The per-conversation figures the inbox shows, updated as messages arrive."""

    id: int
    customer_id: int | None
    message_count: int
    has_attachments: bool
    language: str | None
    first_message_at: datetime | None
    last_message_at: datetime | None
    last_incoming_at: datetime | None
    snippet: str
    needs_reply: bool
    status: str
    dirty: bool = False

    def absorb(self, other: ConversationSummary) -> None:
        """Take over the figures of a conversation merged into this one."""
        self.message_count += other.message_count
        self.has_attachments = self.has_attachments or other.has_attachments
        self.language = self.language or other.language
        self.customer_id = self.customer_id or other.customer_id
        if other.first_message_at and (
            self.first_message_at is None or other.first_message_at < self.first_message_at
        ):
            self.first_message_at = other.first_message_at
        if other.last_message_at and (
            self.last_message_at is None or other.last_message_at > self.last_message_at
        ):
            self.last_message_at = other.last_message_at
            self.snippet = other.snippet
            self.needs_reply = other.needs_reply
            self.status = other.status
        if other.last_incoming_at and (
            self.last_incoming_at is None or other.last_incoming_at > self.last_incoming_at
        ):
            self.last_incoming_at = other.last_incoming_at
        self.dirty = True


class Threader:
    """Finds, creates and merges conversations within one transaction."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._summaries: dict[int, ConversationSummary] = {}
        self._linked: list[str] | None = None

    def summary(self, conversation_id: int) -> ConversationSummary:
        cached = self._summaries.get(conversation_id)
        if cached is not None:
            return cached
        row = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"conversation {conversation_id} does not exist")
        summary = ConversationSummary(
            id=conversation_id,
            customer_id=row[0],
            message_count=row[1],
            has_attachments=bool(row[2]),
            language=row[3],
            first_message_at=from_db(row[4]),
            last_message_at=from_db(row[5]),
            last_incoming_at=from_db(row[6]),
            snippet=row[7],
            needs_reply=bool(row[8]),
            status=row[9],
        )
        self._summaries[conversation_id] = summary
        return summary

    def conversation_for(
        self,
        *,
        ids: list[str],
        subject: str,
        customer_id: int | None,
        account_id: int | None,
        date: datetime | None,
        has_references: bool,
        now: datetime,
    ) -> ConversationSummary:
        """The conversation a message with these ids and subject belongs to."""
        id_list = [i for i in dict.fromkeys(ids) if i]
        known: dict[str, int] = {}
        if id_list:
            marks = ",".join("?" * len(id_list))
            known = dict(
                self._db.execute(
                    f"SELECT msgid, conversation_id FROM thread_refs WHERE msgid IN ({marks})",
                    id_list,
                ).fetchall()
            )
        found = sorted(set(known.values()))
        if found:
            summary = self._merge(found)
        else:
            summary = self._by_subject(subject, customer_id, date, has_references) or (
                self._create(subject, customer_id, account_id, now)
            )
        # The ids found stay with their conversation (a merge moved them to this one).
        new_ids = [(i, summary.id) for i in id_list if i not in known]
        if new_ids:
            self._db.executemany(
                "INSERT OR IGNORE INTO thread_refs (msgid, conversation_id) VALUES (?, ?)",
                new_ids,
            )
        return summary

    def _create(
        self, subject: str, customer_id: int | None, account_id: int | None, now: datetime
    ) -> ConversationSummary:
        base, _ = strip_prefixes(subject)
        cursor = self._db.execute(
            "INSERT INTO conversations (account_id, customer_id, subject, subject_key, status, "
            "snippet, message_count, has_attachments, needs_reply, created_at) "
            "VALUES (?, ?, ?, ?, 'open', '', 0, 0, 0, ?)",
            (account_id, customer_id, base or subject, subject_key(subject), to_db(now)),
        )
        conversation_id = int(cursor.lastrowid or 0)
        summary = ConversationSummary(
            id=conversation_id,
            customer_id=customer_id,
            message_count=0,
            has_attachments=False,
            language=None,
            first_message_at=None,
            last_message_at=None,
            last_incoming_at=None,
            snippet="",
            needs_reply=False,
            status="open",
        )
        self._summaries[conversation_id] = summary
        return summary

    def _by_subject(
        self,
        subject: str,
        customer_id: int | None,
        date: datetime | None,
        has_references: bool,
    ) -> ConversationSummary | None:
        _, is_reply = strip_prefixes(subject)
        key = subject_key(subject)
        if not (is_reply or has_references) or not key or customer_id is None:
            return None
        # The window test reads dates from the table: write this customer's changed
        # conversations first. (No other row can match: a conversation's customer only
        # changes in memory from none to one, when conversations merge.)
        self._write(
            [s for s in self._summaries.values() if s.dirty and s.customer_id == customer_id]
        )
        sql = "SELECT id FROM conversations WHERE subject_key = ? AND customer_id = ?"
        params: list[object] = [key, customer_id]
        if date is not None:
            sql += " AND last_message_at >= ? AND first_message_at <= ?"
            params += [to_db(date - SUBJECT_WINDOW), to_db(date + SUBJECT_WINDOW)]
        row = self._db.execute(sql + " ORDER BY last_message_at DESC LIMIT 1", params).fetchone()
        return self.summary(row[0]) if row else None

    def _merge(self, conversation_ids: list[int]) -> ConversationSummary:
        keep_id, *others = conversation_ids
        keep = self.summary(keep_id)
        if not others:
            return keep
        for other_id in others:
            keep.absorb(self.summary(other_id))
        marks = ",".join("?" * len(others))
        params = [keep_id, *others]
        # Move everything over before deleting (thread_refs cascade on delete): every
        # table with a conversation_id — messages, events, reminders, outbox, orders …
        # "OR IGNORE" leaves a link both conversations had; it goes with the deleted one.
        for table in self._linked_tables():
            self._db.execute(
                f'UPDATE OR IGNORE "{table}" SET conversation_id = ? '
                f"WHERE conversation_id IN ({marks})",
                params,
            )
        self._db.execute(f"DELETE FROM conversations WHERE id IN ({marks})", others)
        for other_id in others:
            self._summaries.pop(other_id, None)
        return keep

    def _linked_tables(self) -> list[str]:
        if self._linked is None:
            self._linked = [
                row[0]
                for row in self._db.execute(
                    "SELECT m.name FROM sqlite_master AS m, pragma_table_info(m.name) AS c "
                    "WHERE m.type = 'table' AND c.name = 'conversation_id' "
                    "AND m.name != 'conversations' ORDER BY m.name"
                )
            ]
        return self._linked

    def flush(self) -> None:
        """Write the changed conversation summaries."""
        self._write([s for s in self._summaries.values() if s.dirty])

    def _write(self, dirty: list[ConversationSummary]) -> None:
        if not dirty:
            return
        self._db.executemany(
            "UPDATE conversations SET customer_id = ?, message_count = ?, has_attachments = ?, "
            "language = ?, first_message_at = ?, last_message_at = ?, last_incoming_at = ?, "
            "snippet = ?, needs_reply = ?, status = ? WHERE id = ?",
            [
                (
                    s.customer_id,
                    s.message_count,
                    s.has_attachments,
                    s.language,
                    to_db(s.first_message_at),
                    to_db(s.last_message_at),
                    to_db(s.last_incoming_at),
                    s.snippet,
                    s.needs_reply,
                    s.status,
                    s.id,
                )
                for s in dirty
            ],
        )
        for summary in dirty:
            summary.dirty = False
