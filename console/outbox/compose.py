"""Composing a reply or a new message: from a :class:`Draft` to RFC 5322 bytes.

:func:`build_message` is pure (apart from reading attachment files): it takes the
draft, the sender, the message replied to and the signature, and returns the exact
bytes to send.  :func:`compose` loads those from the database first.

Headers: From (the shop's display name), To, Cc, Subject (``Re:`` exactly once), Date,
a fresh Message-ID on the account's domain, In-Reply-To and References (so the reply
threads for the customer and for us).  Every header is built with
``email.message.EmailMessage`` and ``policy.SMTP`` (UTF-8 names and subjects as RFC 2047
words, file names as RFC 2231); every name and subject is cleaned by
:mod:`console.outbox.header_safety` first, so customer text can never add a header.
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from enum import StrEnum
from pathlib import Path
from typing import Final

from sqlalchemy import select

from console.accounts.store import AccountError, AccountSettings, get_account, list_accounts
from console.conversations.subject import reply_subject
from console.errors import UserError
from console.outbox import preferences
from console.outbox.header_safety import (
    AddressError,
    bracketed,
    check_header_block,
    clean_name,
    clean_subject,
    new_message_id,
    normalize_address,
    references_for,
    split_address,
    usable_id,
)
from console.outbox.quoting import attribution, quote_lines
from console.storage.database import Database
from console.storage.models import Conversation, Customer, Message, utcnow

MAX_ATTACHMENT_BYTES: Final = 25 * 1024 * 1024
"""Most providers refuse messages over 25 MB (attachments grow by a third in base64)."""
SIGNATURE_SEPARATOR: Final = "-- "


class ComposeProblem(StrEnum):
    """Why a draft cannot be sent; ``ui/`` shows a translated sentence for each."""

    NO_RECIPIENT = "no_recipient"
    BAD_ADDRESS = "bad_address"
    NO_ACCOUNT = "no_account"
    NO_SMTP = "no_smtp"
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    NO_PARENT = "no_parent"
    ALREADY_QUEUED = "already_queued"


class ComposeError(UserError, ValueError):
    """The draft cannot become a message; ``str()`` is an English sentence, ``code`` a key."""

    def __init__(self, code: ComposeProblem, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Recipient:
    email: str
    name: str = ""

    def display(self) -> str:
        name = clean_name(self.name)
        return f"{name} <{self.email}>" if name and name != self.email else self.email


@dataclass(frozen=True, slots=True)
class Draft:
    """What the owner is writing.  ``body`` is only what they typed: the signature and
    the quote of the parent message are added when the message is built."""

    account_id: int | None
    to: tuple[Recipient, ...] = ()
    cc: tuple[Recipient, ...] = ()
    subject: str = ""
    body: str = ""
    attachments: tuple[str, ...] = ()
    """File paths, read when the message is queued."""
    conversation_id: int | None = None
    parent_message_id: int | None = None
    """``messages.id`` of the message replied to; None for a new message."""
    language: str | None = None
    """The reply's language (quote line); None: the conversation's, else the shop's."""
    quote: bool = True
    signature: bool = True
    id: int | None = None
    """The saved draft's id (``drafts.id``), None until saved."""
    updated_at: datetime | None = None

    def to_json(self) -> str:
        return json.dumps(
            {
                "account_id": self.account_id,
                "to": [[r.name, r.email] for r in self.to],
                "cc": [[r.name, r.email] for r in self.cc],
                "subject": self.subject,
                "body": self.body,
                "attachments": list(self.attachments),
                "conversation_id": self.conversation_id,
                "parent_message_id": self.parent_message_id,
                "language": self.language,
                "quote": self.quote,
                "signature": self.signature,
            },
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(text: str) -> Draft:
        data = json.loads(text)
        return Draft(
            account_id=data.get("account_id"),
            to=recipients_from_json(json.dumps(data.get("to", []))),
            cc=recipients_from_json(json.dumps(data.get("cc", []))),
            subject=str(data.get("subject", "")),
            body=str(data.get("body", "")),
            attachments=tuple(str(p) for p in data.get("attachments", [])),
            conversation_id=data.get("conversation_id"),
            parent_message_id=data.get("parent_message_id"),
            language=data.get("language"),
            quote=bool(data.get("quote", True)),
            signature=bool(data.get("signature", True)),
        )


def recipients_from_json(text: str) -> tuple[Recipient, ...]:
    """``[[name, email], …]`` (the storage format of address lists) to recipients."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    result = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, list | tuple) and len(item) == 2 and item[1]:
            result.append(Recipient(email=str(item[1]), name=str(item[0] or "")))
    return tuple(result)


@dataclass(frozen=True, slots=True)
class Sender:
    email: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class ParentMessage:
    """The message a reply answers, as stored."""

    id: int
    message_id: str
    references: tuple[str, ...]
    from_: Recipient | None
    reply_to: tuple[Recipient, ...]
    to: tuple[Recipient, ...]
    cc: tuple[Recipient, ...]
    date: datetime | None
    subject: str
    text: str
    is_outgoing: bool
    conversation_id: int | None
    account_id: int | None


@dataclass(frozen=True, slots=True)
class ComposedMessage:
    """A message ready for the outbox."""

    raw: bytes
    message_id: str
    """Without angle brackets."""
    mail_from: str
    recipients: tuple[str, ...]
    """Envelope recipients: the To and Cc addresses."""
    subject: str
    to_display: str
    attachment_names: tuple[str, ...] = field(default_factory=tuple)


# -- building ------------------------------------------------------------------------


def _addresses(recipients: Iterable[Recipient]) -> list[Address]:
    result = []
    for recipient in recipients:
        try:
            local, domain = split_address(recipient.email)
        except AddressError as exc:
            raise ComposeError(ComposeProblem.BAD_ADDRESS, str(exc)) from exc
        result.append(
            Address(display_name=clean_name(recipient.name), username=local, domain=domain)
        )
    return result


def full_text(
    draft: Draft,
    *,
    parent: ParentMessage | None,
    signature: str,
    language: str,
    tz: tzinfo | None = None,
) -> str:
    """The plain-text body as sent: what was typed, the signature, the quote."""
    text = draft.body.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    signature = signature.replace("\r\n", "\n").strip("\n")
    if draft.signature and signature:
        text = f"{text}\n\n{SIGNATURE_SEPARATOR}\n{signature}" if text else signature
    if draft.quote and parent is not None and parent.text.strip():
        who = parent.from_ or Recipient(email="")
        header = attribution(who.name, who.email, parent.date, language, tz)
        text = f"{text}\n\n{header}\n{quote_lines(parent.text)}"
    return text + "\n"


def _attach(message: EmailMessage, paths: Sequence[str]) -> tuple[str, ...]:
    total = 0
    names = []
    for name in paths:
        path = Path(name).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ComposeError(
                ComposeProblem.ATTACHMENT_MISSING,
                f"The attachment {path.name} cannot be read: {exc.strerror or exc}.",
            ) from exc
        total += len(data)
        if total > MAX_ATTACHMENT_BYTES:
            raise ComposeError(
                ComposeProblem.ATTACHMENT_TOO_LARGE,
                f"The attachments are larger than {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB; "
                "most mail servers refuse such messages.",
            )
        kind, encoding = mimetypes.guess_type(path.name)
        if kind is None or encoding is not None:
            kind = "application/octet-stream"
        maintype, subtype = kind.split("/", 1)
        filename = clean_name(path.name) or "attachment"
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        names.append(filename)
    return tuple(names)


def build_message(
    draft: Draft,
    sender: Sender,
    *,
    now: datetime,
    parent: ParentMessage | None = None,
    signature: str = "",
    language: str = preferences.DEFAULT_LANGUAGE,
    tz: tzinfo | None = None,
    message_id: str | None = None,
) -> ComposedMessage:
    """The message for ``draft`` as bytes, with all headers; raises :class:`ComposeError`."""
    if not draft.to and not draft.cc:
        raise ComposeError(ComposeProblem.NO_RECIPIENT, "The message has no recipient.")
    to = _addresses(draft.to)
    cc = _addresses(draft.cc)
    try:
        local, domain = split_address(sender.email)
        msgid = message_id or new_message_id(sender.email, now)
    except AddressError as exc:
        raise ComposeError(ComposeProblem.BAD_ADDRESS, str(exc)) from exc
    subject = clean_subject(draft.subject)

    message = EmailMessage(policy=policy.SMTP)
    message["From"] = Address(display_name=clean_name(sender.name), username=local, domain=domain)
    if to:
        message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = format_datetime(now.astimezone(tz))
    message["Message-ID"] = f"<{msgid}>"
    if parent is not None:
        parent_id = usable_id(parent.message_id)
        if parent_id is not None:
            message["In-Reply-To"] = f"<{parent_id}>"
        references = references_for(parent.references, parent_id)
        if references:
            message["References"] = bracketed(references)
    message["MIME-Version"] = "1.0"
    text = full_text(draft, parent=parent, signature=signature, language=language, tz=tz)
    # Quoted-printable keeps the body 7-bit: it passes any server, with or without
    # 8BITMIME, and stays readable in the source for Latin scripts.
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    names = _attach(message, draft.attachments)

    raw = message.as_bytes()
    check_header_block(raw, list(message.keys()))
    recipients: list[str] = []
    for address in (*to, *cc):
        if address.addr_spec.lower() not in (r.lower() for r in recipients):
            recipients.append(address.addr_spec)
    return ComposedMessage(
        raw=raw,
        message_id=msgid,
        mail_from=f"{local}@{domain}",
        recipients=tuple(recipients),
        subject=subject,
        to_display=", ".join(r.display() for r in (*draft.to, *draft.cc)),
        attachment_names=names,
    )


# -- from the database ---------------------------------------------------------------


def _parent_from_row(row: Message) -> ParentMessage:
    return ParentMessage(
        id=row.id,
        message_id=row.message_id,
        references=tuple(row.references.split()),
        from_=Recipient(row.from_email, row.from_name) if row.from_email else None,
        reply_to=recipients_from_json(row.reply_to_json),
        to=recipients_from_json(row.to_json),
        cc=recipients_from_json(row.cc_json),
        date=row.date,
        subject=row.subject,
        text=row.text_body,
        is_outgoing=row.is_outgoing,
        conversation_id=row.conversation_id,
        account_id=row.account_id,
    )


def load_parent(db: Database, message_id: int) -> ParentMessage | None:
    """The stored message ``messages.id == message_id``, or None."""
    with db.reader() as session:
        row = session.get(Message, message_id)
        return _parent_from_row(row) if row is not None else None


def newest_message(db: Database, conversation_id: int) -> ParentMessage | None:
    """The conversation's newest message: the one a reply answers."""
    with db.reader() as session:
        row = session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id)
            .order_by(Message.date.desc(), Message.id.desc())
            .limit(1)
        ).first()
        return _parent_from_row(row) if row is not None else None


def owner_addresses(db: Database) -> frozenset[str]:
    return frozenset(a.email.lower() for a in list_accounts(db))


def sending_account(db: Database, account_id: int | None = None) -> AccountSettings:
    """``account_id``'s settings, else the first account that can send."""
    try:
        if account_id is not None:
            return get_account(db, account_id)
    except AccountError as exc:
        raise ComposeError(ComposeProblem.NO_ACCOUNT, str(exc)) from exc
    accounts = list_accounts(db)
    for account in accounts:
        if account.smtp_host:
            return account
    if accounts:
        return accounts[0]
    raise ComposeError(ComposeProblem.NO_ACCOUNT, "There is no mail account to send from.")


def conversation_language(db: Database, conversation_id: int | None) -> str | None:
    """The customer's language, else the one the conversation is written in."""
    if conversation_id is None:
        return None
    with db.reader() as session:
        conversation = session.get(Conversation, conversation_id)
        if conversation is None:
            return None
        if conversation.customer_id is not None:
            customer = session.get(Customer, conversation.customer_id)
            language = preferences.normalize_language(customer.language if customer else None)
            if language:
                return language
        return preferences.normalize_language(conversation.language)


def reply_language(db: Database, draft: Draft) -> str:
    return (
        preferences.normalize_language(draft.language)
        or conversation_language(db, draft.conversation_id)
        or preferences.shop_language(db)
    )


def reply_draft(db: Database, conversation_id: int, *, reply_all: bool = False) -> Draft:
    """A new draft answering the conversation's newest message.

    The reply goes to the customer: the parent's Reply-To or From for a customer's
    message, the parent's To when the newest message is the shop's own.
    """
    parent = newest_message(db, conversation_id)
    if parent is None:
        raise ComposeError(ComposeProblem.NO_PARENT, "The conversation has no message.")
    own = owner_addresses(db)
    if parent.is_outgoing or (parent.from_ and parent.from_.email.lower() in own):
        to = tuple(r for r in parent.to if r.email.lower() not in own)
    else:
        to = parent.reply_to or ((parent.from_,) if parent.from_ else ())
    cc: tuple[Recipient, ...] = ()
    if reply_all:
        taken = own | {r.email.lower() for r in to}
        extra = []
        for r in (*parent.to, *parent.cc):
            if r.email.lower() not in taken:
                taken = taken | {r.email.lower()}
                extra.append(r)
        cc = tuple(extra)
    account_id = parent.account_id
    if account_id is None:
        with db.reader() as session:
            conversation = session.get(Conversation, conversation_id)
            account_id = conversation.account_id if conversation else None
    return Draft(
        account_id=account_id,
        to=to,
        cc=cc,
        subject=reply_subject(parent.subject),
        conversation_id=conversation_id,
        parent_message_id=parent.id,
        language=conversation_language(db, conversation_id),
    )


def compose(
    db: Database,
    draft: Draft,
    *,
    now: datetime | None = None,
    tz: tzinfo | None = None,
) -> ComposedMessage:
    """Build ``draft`` with the account, parent, signature and language from the database."""
    account = sending_account(db, draft.account_id)
    if not account.smtp_host:
        raise ComposeError(
            ComposeProblem.NO_SMTP,
            f"The account {account.email} has no outgoing (SMTP) server set.",
        )
    parent = load_parent(db, draft.parent_message_id) if draft.parent_message_id else None
    name = account.display_name or preferences.shop_name(db)
    return build_message(
        draft,
        Sender(email=normalize_address(account.email), name=name),
        now=now or utcnow(),
        parent=parent,
        signature=preferences.signature(db, account.email),
        language=reply_language(db, draft),
        tz=tz,
    )


def preview_text(db: Database, draft: Draft, *, tz: tzinfo | None = None) -> str:
    """The body exactly as it will be sent, for the composer's preview."""
    parent = load_parent(db, draft.parent_message_id) if draft.parent_message_id else None
    email = ""
    if draft.account_id is not None:
        try:
            email = get_account(db, draft.account_id).email
        except AccountError:
            email = ""
    return full_text(
        draft,
        parent=parent,
        signature=preferences.signature(db, email or None),
        language=reply_language(db, draft),
        tz=tz,
    )
