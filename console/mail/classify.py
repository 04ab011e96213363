"""Recognizing what a stored mail is about: an order, a callback request, an order number.

Called for every message right after ``Ingestor.store`` wrote it, inside the same
transaction, through the same DB-API connection::

    recognizer = MailRecognizer(session)          # once per batch, after the Ingestor
    message_id = ingestor.store(location, mail, parsed)
    recognizer.recognize(message_id, parsed, mail.raw)
    ...
    ingestor.finish()
    recognizer.finish()                           # after ingestor.finish(), before commit

What it does with a message:

* a contact-form or callback mail (``console.callbacks.rules``) becomes an open callback
  request, linked to the customer found by the form's email address or phone;
* a shop's order mail (``console.orders.mailparse``) creates the order or adds to the
  history of the one it is about; one that looks like an order mail but cannot be read is
  flagged in ``mail_flags`` and stays an ordinary conversation;
* any order number mentioned links the conversation to that order (now, or when the
  order arrives later).

``finish`` applies the customer merges found on the way (same phone, two addresses): they
delete customer rows the ingestor's caches may still name, so they wait until the
ingestor has flushed.  Never raises for a strange mail: recognition is best effort and
the message is already stored.

Threading: one recognizer per transaction, on the thread that owns the session.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session

from console.callbacks.extract import ExtractedCallback
from console.callbacks.store import NewCallback, insert_callback, shop_timezone
from console.customers.identity import IdentityLinker, connection_of
from console.mail.parsed import Address, ParsedMessage
from console.mail.reading import Reading, _looks_fresh, read_mail, reading_context
from console.orders.mailparse import MailKind
from console.orders.store import OrderWriter, link_conversation
from console.storage.database import Database
from console.storage.models import utcnow
from console.storage.sqltime import from_db, to_db

log = logging.getLogger(__name__)

FLAG_ORDER_PARSE_ERROR: Final = "order_parse_error"


@dataclass(frozen=True, slots=True)
class Recognition:
    order_id: int | None = None
    order_created: bool = False
    callback_id: int | None = None
    flag: str | None = None
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StoredAs:
    """How a message was stored, as the recognizer needs it."""

    conversation_id: int | None
    outgoing: bool
    is_copy: bool
    """An earlier row holds the same Message-ID (the same mail in another folder)."""


class MailRecognizer:
    """Recognizes messages within one transaction; see the module docstring."""

    def __init__(
        self, session_or_connection: Session | sqlite3.Connection, *, now: datetime | None = None
    ) -> None:
        if isinstance(session_or_connection, Session):
            session_or_connection.flush()
            self._db = connection_of(session_or_connection)
        else:
            self._db = session_or_connection
        self._now = now or utcnow()
        self.context = reading_context(self._db)
        self._rules = list(self.context.rules)
        self._region = self.context.region
        self._tz = shop_timezone(self._db)
        self._owner = self.context.owner
        self._linker = IdentityLinker(self._db, self._now)
        self._orders = OrderWriter(self._db, self._linker, self._now, self._region)

    def recognize(
        self,
        message_row_id: int,
        parsed: ParsedMessage,
        raw: bytes | None = None,
        reading: Reading | None = None,
        stored: StoredAs | None = None,
    ) -> Recognition:
        """Recognize the stored message ``message_row_id`` (``raw`` is not needed today).

        ``reading`` is what :func:`read_mail` found, when the parse workers read it
        already with this recognizer's :attr:`context`; otherwise it is read here.
        ``stored`` is how the caller has just stored the message; otherwise it is read back.
        """
        try:
            if stored is None:
                stored = self._stored_as(message_row_id)
                if stored is None:
                    return Recognition()
            if stored.is_copy:
                return Recognition()  # the same mail in another folder was recognized already
            return self._recognize(message_row_id, parsed, reading, stored)
        except sqlite3.DatabaseError:
            raise  # the transaction is broken: the caller must know
        except Exception:  # a parser bug must never lose the mail
            log.exception("recognizing message %s failed", message_row_id)
            return Recognition()

    def _stored_as(self, message_row_id: int) -> StoredAs | None:
        row = self._db.execute(
            "SELECT conversation_id, is_outgoing, message_id FROM messages WHERE id = ?",
            (message_row_id,),
        ).fetchone()
        if row is None:
            return None
        copy = self._db.execute(
            "SELECT 1 FROM messages WHERE message_id = ? AND id < ? LIMIT 1",
            (row[2], message_row_id),
        ).fetchone()
        conversation_id = int(row[0]) if row[0] is not None else None
        return StoredAs(conversation_id, bool(row[1]), copy is not None)

    def _recognize(
        self,
        message_row_id: int,
        parsed: ParsedMessage,
        reading: Reading | None,
        stored: StoredAs,
    ) -> Recognition:
        conversation_id, outgoing = stored.conversation_id, stored.outgoing
        order_id: int | None = None
        created = False
        callback_id: int | None = None
        flag: str | None = None
        if reading is None:
            reading = read_mail(parsed, self.context)
        if not outgoing and _looks_fresh(parsed):
            form = reading.form
            if form is not None:
                if form.is_callback:
                    callback_id = self._callback(form, parsed, message_row_id, conversation_id)
            elif reading.order is not None:
                result = reading.order
                if (
                    result.update_only
                    and result.order is not None
                    and not self._known(result.order.number)
                ):
                    pass  # a status mail about an order we never saw: nothing to update
                elif result.kind is MailKind.ORDER and result.order is not None:
                    saved = self._orders.save(
                        result.order,
                        source="mail",
                        source_key=parsed.message_id,
                        at=parsed.date,
                        message_id=message_row_id,
                        conversation_id=conversation_id,
                    )
                    order_id, created = saved.order_id, saved.created
                elif result.kind is MailKind.UNREADABLE:
                    flag = FLAG_ORDER_PARSE_ERROR
                    self._db.execute(
                        "INSERT OR IGNORE INTO mail_flags (message_id, kind, detail, created_at)"
                        " VALUES (?, ?, ?, ?)",
                        (
                            message_row_id,
                            flag,
                            f"{result.platform or 'unknown'}: {result.reason}",
                            to_db(self._now),
                        ),
                    )
        mentions: tuple[str, ...] = ()
        if conversation_id is not None:
            mentions = self._mentions(reading.mentions, message_row_id, conversation_id)
        return Recognition(order_id, created, callback_id, flag, mentions)

    def _known(self, number: str) -> bool:
        row = self._db.execute("SELECT 1 FROM orders WHERE number = ? LIMIT 1", (number,))
        return row.fetchone() is not None

    def _callback(
        self,
        form: ExtractedCallback,
        parsed: ParsedMessage,
        message_row_id: int,
        conversation_id: int | None,
    ) -> int | None:
        customer_id = self._linker.customer_for(email=form.email, phone=form.phone, name=form.name)
        return insert_callback(
            self._db,
            NewCallback(
                name=form.name,
                phone=form.phone or form.phone_raw,
                phone_raw=form.phone_raw,
                email=form.email,
                topic=form.topic,
                message=form.message,
                window=form.window,
                window_text=form.window_text,
                requested_at=form.requested_at or self._now,
                rule=form.rule,
            ),
            customer_id=customer_id,
            conversation_id=conversation_id,
            message_id=message_row_id,
            tz=self._tz,
            now=self._now,
        )

    def _mentions(
        self, numbers: tuple[str, ...], message_row_id: int, conversation_id: int
    ) -> tuple[str, ...]:
        for number in numbers:
            self._db.execute(
                "INSERT OR IGNORE INTO order_mentions (conversation_id, number, message_id)"
                " VALUES (?, ?, ?)",
                (conversation_id, number, message_row_id),
            )
            for (order_id,) in self._db.execute(
                "SELECT id FROM orders WHERE number = ?", (number,)
            ).fetchall():
                link_conversation(
                    self._db, conversation_id, int(order_id), message_row_id, "mention", self._now
                )
        return tuple(numbers)

    def finish(self) -> None:
        """Apply the customer merges found; call after ``Ingestor.finish``, before commit."""
        self._linker.finish()


def recognize(
    session_or_connection: Session | sqlite3.Connection,
    message_row_id: int,
    parsed: ParsedMessage,
    raw: bytes | None = None,
) -> Recognition:
    """Recognize one stored message on its own (outside a batch): recognize, then finish."""
    recognizer = MailRecognizer(session_or_connection)
    result = recognizer.recognize(message_row_id, parsed, raw)
    recognizer.finish()
    return result


# -- backfill ---------------------------------------------------------------------------


@dataclass(slots=True)
class BackfillReport:
    messages: int = 0
    orders: int = 0
    orders_created: int = 0
    callbacks: int = 0
    flagged: int = 0
    mentions: int = 0


_ROW_COLUMNS: Final = (
    "id, message_id, in_reply_to, from_name, from_email, reply_to_json, date, subject, "
    "text_body, html_body, language, parse_error"
)


def _addresses(value: str) -> list[Address]:
    try:
        loaded = json.loads(value or "[]")
    except ValueError:
        return []
    return [Address(str(p[0]), str(p[1])) for p in loaded if isinstance(p, list) and len(p) == 2]


def parsed_from_row(row: tuple[object, ...]) -> ParsedMessage:
    """A ``ParsedMessage`` with the fields recognition reads, from a stored message row.

    Recognizing stored mail needs no MIME parsing: the parsed fields are in ``messages``.
    """
    from_email, from_name = str(row[4] or ""), str(row[3] or "")
    return ParsedMessage(
        message_id=str(row[1] or ""),
        in_reply_to=str(row[2]) if row[2] else None,
        references=[],
        from_=Address(from_name, from_email) if from_email or from_name else None,
        sender=None,
        reply_to=_addresses(str(row[5] or "[]")),
        to=[],
        cc=[],
        date=from_db(str(row[6])) if row[6] else None,
        subject=str(row[7] or ""),
        text=str(row[8] or ""),
        html=str(row[9]) if row[9] else None,
        snippet="",
        attachments=[],
        has_remote_content=False,
        language=str(row[10]) if row[10] else None,
        parse_error=str(row[11]) if row[11] else None,
    )


def backfill(
    db: Database,
    *,
    batch_size: int = 500,
    progress: Callable[[BackfillReport], None] | None = None,
) -> BackfillReport:
    """Recognize every message already stored (oldest first), in short transactions.

    Safe to run again: what was recognized before is found and left as it is.
    """
    report = BackfillReport()
    last_id = 0
    while True:
        with db.session() as session:
            recognizer = MailRecognizer(session)
            connection = connection_of(session)
            rows = connection.execute(
                f"SELECT {_ROW_COLUMNS} FROM messages WHERE id > ? ORDER BY id LIMIT ?",
                (last_id, batch_size),
            ).fetchall()
            for row in rows:
                result = recognizer.recognize(int(row[0]), parsed_from_row(tuple(row)))
                report.messages += 1
                report.orders += result.order_id is not None
                report.orders_created += result.order_created
                report.callbacks += result.callback_id is not None
                report.flagged += result.flag is not None
                report.mentions += len(result.mentions)
            recognizer.finish()
        if not rows:
            break
        last_id = int(rows[-1][0])
        if progress:
            progress(report)
    return report
