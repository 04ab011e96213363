"""Storing fetched mail: message row, raw source, conversation, customer, search index.

Used by the IMAP sync and by file import alike.  All writes for a batch happen in the
caller's transaction, so a crash leaves either the whole batch or nothing.  This is the
hot path of a first sync (tens of thousands of messages), so it talks to SQLite through
the DB-API cursor of the session's connection, with statements prepared once.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy.orm import Session

from console.conversations.threading import ConversationSummary, Threader
from console.customers.resolve import CustomerResolver
from console.domain.status import ConversationStatus
from console.mail.classify import MailRecognizer, Recognition, StoredAs
from console.mail.parsed import Address, ParsedMessage
from console.mail.prepared import Prepared, prepare
from console.mail.reading import Reading
from console.storage.database import tune_for_bulk_writes
from console.storage.models import utcnow
from console.storage.sqltime import to_db

_MESSAGE_COLUMNS = (
    "account_id, folder_id, uidvalidity, uid, modseq, flags, message_id, in_reply_to, "
    '"references", from_name, from_email, to_json, cc_json, reply_to_json, date, '
    "internal_date, subject, text_body, html_body, snippet, attachments_json, "
    "has_attachments, has_remote_content, language, size, is_outgoing, parse_error, defects, "
    "conversation_id, created_at"
)
_INSERT_MESSAGE = (
    f"INSERT INTO messages ({_MESSAGE_COLUMNS}) "
    f"VALUES ({', '.join('?' * len(_MESSAGE_COLUMNS.split(',')))})"
)
_INSERT_INDEX = (
    "INSERT INTO message_search (rowid, subject, body, participants) VALUES (?, ?, ?, ?)"
)


@dataclass(frozen=True, slots=True)
class Location:
    """Where fetched mail comes from."""

    account_id: int | None
    folder_id: int | None
    uidvalidity: int | None
    role: str
    """"inbox", "sent", "other" or "import"."""


@dataclass(frozen=True, slots=True)
class FetchedMail:
    """One message as fetched, before parsing."""

    raw: bytes
    uid: int | None = None
    flags: tuple[str, ...] = ()
    modseq: int | None = None
    internal_date: datetime | None = None


def driver_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session``, inside the session's transaction."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


class Ingestor:
    """Adds messages to the store within one session (one unit of work).

    Call :meth:`finish` before the transaction commits.
    """

    def __init__(
        self,
        session: Session,
        owner_addresses: frozenset[str],
        *,
        archive_before: datetime | None = None,
        now: datetime | None = None,
        bulk: bool = False,
    ) -> None:
        session.flush()
        self._db = driver_connection(session)
        if bulk:  # a sync or an import, batch after batch (not one reply filed in Sent)
            tune_for_bulk_writes(self._db)
        # Order, shipping and callback-form mails become orders and callback requests.
        self._now = now or utcnow()
        self._now_db = to_db(self._now)
        self._recognizer = MailRecognizer(self._db, now=self._now)
        self.answered: set[int] = set()
        """Conversations that received a customer's message (their follow-ups may end)."""
        self.last_recognition: Recognition | None = None
        """What the last stored message was recognized as (order, callback, flag)."""
        self._owner = owner_addresses
        self._customers = CustomerResolver(self._db)
        self._threader = Threader(self._db)
        self._archive_before = archive_before
        self._index_rows: list[tuple[int, str, str, str]] = []

    def is_outgoing(self, parsed: ParsedMessage, location: Location) -> bool:
        sender = parsed.from_.email if parsed.from_ else ""
        return location.role == "sent" or (bool(sender) and sender in self._owner)

    def _customer_address(self, parsed: ParsedMessage, outgoing: bool) -> Address | None:
        if outgoing:
            for address in (*parsed.to, *parsed.cc):
                if address.email and address.email not in self._owner:
                    return address
            return None
        return parsed.from_

    def store(
        self,
        location: Location,
        mail: FetchedMail,
        parsed: ParsedMessage,
        prepared: Prepared | None = None,
        reading: Reading | None = None,
    ) -> int:
        """Store one message and return its row id."""
        if prepared is None:
            prepared = prepare(parsed)
        outgoing = self.is_outgoing(parsed, location)
        customer = self._customer_address(parsed, outgoing)
        customer_id = (
            self._customers.for_address(customer.email, customer.name, self._now)
            if customer
            else None
        )
        when = parsed.date or mail.internal_date
        is_copy = (
            self._db.execute(
                "SELECT 1 FROM messages WHERE message_id = ? LIMIT 1", (parsed.message_id,)
            ).fetchone()
            is not None
        )
        ids = [parsed.message_id, *parsed.references]
        if parsed.in_reply_to:
            ids.append(parsed.in_reply_to)
        conversation = self._threader.conversation_for(
            ids=ids,
            subject=parsed.subject,
            customer_id=customer_id,
            account_id=location.account_id,
            date=when,
            has_references=bool(parsed.references or parsed.in_reply_to),
            now=self._now,
        )
        if not is_copy:
            self._update_conversation(conversation, parsed, when, outgoing)
            if not outgoing:
                self.answered.add(conversation.id)
        has_attachments = any(not a.inline for a in parsed.attachments)
        cursor = self._db.execute(
            _INSERT_MESSAGE,
            (
                location.account_id,
                location.folder_id,
                location.uidvalidity,
                mail.uid,
                mail.modseq,
                " ".join(mail.flags),
                parsed.message_id,
                parsed.in_reply_to,
                " ".join(parsed.references),
                parsed.from_.name if parsed.from_ else "",
                parsed.from_.email if parsed.from_ else "",
                prepared.to_json,
                prepared.cc_json,
                prepared.reply_to_json,
                to_db(when),
                to_db(mail.internal_date),
                parsed.subject,
                parsed.text,
                parsed.html,
                parsed.snippet,
                prepared.attachments_json,
                has_attachments,
                parsed.has_remote_content,
                parsed.language,
                len(mail.raw),
                outgoing,
                parsed.parse_error,
                "\n".join(parsed.defects),
                conversation.id,
                self._now_db,
            ),
        )
        message_id = int(cursor.lastrowid or 0)
        self._db.execute(
            "INSERT INTO message_sources (message_id, raw) VALUES (?, ?)", (message_id, mail.raw)
        )
        self.last_recognition = self._recognizer.recognize(
            message_id, parsed, mail.raw, reading, StoredAs(conversation.id, outgoing, is_copy)
        )
        if not is_copy:
            self._index_rows.append(
                (
                    message_id,
                    prepared.search_subject,
                    prepared.search_body,
                    prepared.search_participants,
                )
            )
        return message_id

    def finish(self) -> None:
        """Write conversation summaries and search rows; call before commit."""
        self._threader.flush()
        if self._index_rows:
            self._db.executemany(_INSERT_INDEX, self._index_rows)
            self._index_rows = []
        # After the threader's flush: customer merges it queued may delete customers
        # that the threader's and resolver's caches still name.
        self._recognizer.finish()

    def _update_conversation(
        self,
        conversation: ConversationSummary,
        parsed: ParsedMessage,
        when: datetime | None,
        outgoing: bool,
    ) -> None:
        conversation.dirty = True
        is_new = conversation.message_count == 0
        conversation.message_count += 1
        if any(not a.inline for a in parsed.attachments):
            conversation.has_attachments = True
        if parsed.language and not conversation.language:
            conversation.language = parsed.language
        when = when or self._now
        if conversation.first_message_at is None or when < conversation.first_message_at:
            conversation.first_message_at = when
        if not outgoing and (
            conversation.last_incoming_at is None or when > conversation.last_incoming_at
        ):
            conversation.last_incoming_at = when
        if conversation.last_message_at is not None and when < conversation.last_message_at:
            return
        conversation.last_message_at = when
        conversation.snippet = parsed.snippet
        conversation.needs_reply = not outgoing
        if is_new:
            archived = self._archive_before is not None and when < self._archive_before
            conversation.status = (
                ConversationStatus.DONE
                if archived
                else ConversationStatus.WAITING
                if outgoing
                else ConversationStatus.OPEN
            )
        elif outgoing and conversation.status == ConversationStatus.OPEN:
            conversation.status = ConversationStatus.WAITING
        elif not outgoing and conversation.status != ConversationStatus.OPEN:
            # The customer wrote again: the conversation needs the shop once more.
            conversation.status = ConversationStatus.OPEN
