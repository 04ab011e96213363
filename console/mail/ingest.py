"""Storing fetched mail: message row, raw source, conversation, customer, search index.

Used by the IMAP sync and by file import alike.  All writes for a message happen in the
caller's transaction, so a crash leaves either the whole message or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists, insert, select, text
from sqlalchemy.orm import Session

from console.conversations.threading import find_or_create_conversation
from console.customers.resolve import CustomerResolver
from console.domain.status import ConversationStatus
from console.mail.parsed import Address, ParsedMessage
from console.search.fold import fold
from console.storage.models import Conversation, Message, MessageSource, utcnow

_INDEX_SQL = text(
    "INSERT INTO message_search(rowid, subject, body, participants) "
    "VALUES (:id, :subject, :body, :participants)"
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


def _addresses_json(addresses: Iterable[Address]) -> str:
    return json.dumps([[a.name, a.email] for a in addresses], ensure_ascii=False)


class Ingestor:
    """Adds messages to the store within one session (one unit of work)."""

    def __init__(
        self,
        session: Session,
        owner_addresses: frozenset[str],
        *,
        archive_before: datetime | None = None,
    ) -> None:
        self._session = session
        self._owner = owner_addresses
        self._customers = CustomerResolver(session)
        self._archive_before = archive_before
        self._index_rows: list[dict[str, object]] = []

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

    def store(self, location: Location, mail: FetchedMail, parsed: ParsedMessage) -> int:
        """Store one message and return its row id."""
        session = self._session
        outgoing = self.is_outgoing(parsed, location)
        customer = self._customer_address(parsed, outgoing)
        customer_id = (
            self._customers.for_address(customer.email, customer.name) if customer else None
        )
        when = parsed.date or mail.internal_date
        is_copy = bool(parsed.message_id) and bool(
            session.scalar(select(exists().where(Message.message_id == parsed.message_id)))
        )
        ids = [parsed.message_id, *parsed.references]
        if parsed.in_reply_to:
            ids.append(parsed.in_reply_to)
        conversation = find_or_create_conversation(
            session,
            ids=ids,
            subject=parsed.subject,
            customer_id=customer_id,
            account_id=location.account_id,
            date=when,
            has_references=bool(parsed.references or parsed.in_reply_to),
        )
        if not is_copy:
            self._update_conversation(conversation, parsed, when, outgoing)
        message_id = session.execute(
            insert(Message)
            .values(
                account_id=location.account_id,
                folder_id=location.folder_id,
                uidvalidity=location.uidvalidity,
                uid=mail.uid,
                modseq=mail.modseq,
                flags=" ".join(mail.flags),
                message_id=parsed.message_id,
                in_reply_to=parsed.in_reply_to,
                references=" ".join(parsed.references),
                from_name=parsed.from_.name if parsed.from_ else "",
                from_email=parsed.from_.email if parsed.from_ else "",
                to_json=_addresses_json(parsed.to),
                cc_json=_addresses_json(parsed.cc),
                reply_to_json=_addresses_json(parsed.reply_to),
                date=when,
                internal_date=mail.internal_date,
                subject=parsed.subject,
                text_body=parsed.text,
                html_body=parsed.html,
                snippet=parsed.snippet,
                attachments_json=json.dumps(
                    [
                        {
                            "filename": a.filename,
                            "content_type": a.content_type,
                            "size": a.size,
                            "content_id": a.content_id,
                            "inline": a.inline,
                            "part": a.part_index,
                        }
                        for a in parsed.attachments
                    ],
                    ensure_ascii=False,
                ),
                has_attachments=any(not a.inline for a in parsed.attachments),
                has_remote_content=parsed.has_remote_content,
                language=parsed.language,
                size=len(mail.raw),
                is_outgoing=outgoing,
                parse_error=parsed.parse_error,
                defects="\n".join(parsed.defects),
                conversation_id=conversation.id,
                created_at=utcnow(),
            )
            .returning(Message.id)
        ).scalar_one()
        session.execute(insert(MessageSource).values(message_id=message_id, raw=mail.raw))
        if not is_copy:
            people = [parsed.from_] if parsed.from_ else []
            people += [*parsed.to, *parsed.cc]
            self._index_rows.append(
                {
                    "id": message_id,
                    "subject": fold(parsed.subject),
                    "body": fold(parsed.text),
                    "participants": fold(" ".join(f"{p.name} {p.email}" for p in people)),
                }
            )
        return message_id

    def flush_index(self) -> None:
        """Write the collected search rows (call before the transaction commits)."""
        if self._index_rows:
            self._session.execute(_INDEX_SQL, self._index_rows)
            self._index_rows = []

    def _update_conversation(
        self,
        conversation: Conversation,
        parsed: ParsedMessage,
        when: datetime | None,
        outgoing: bool,
    ) -> None:
        is_new = conversation.message_count == 0
        conversation.message_count += 1
        if any(not a.inline for a in parsed.attachments):
            conversation.has_attachments = True
        if parsed.language and not conversation.language:
            conversation.language = parsed.language
        if when is None:
            when = utcnow()
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
