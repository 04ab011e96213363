"""Building the sample shop: ~40 conversations in six languages, built into a database.

The mail goes through the real parser and ingest (as an import), so threading,
customers, languages, snippets and the search index are exactly what real mail
gives.  What the owner did (status changes, notes, calls) is recorded as events with
their times.  Everything is written in one transaction: a database holds the whole
sample shop or none of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from console.demo.content import all_conversations
from console.demo.mime import REPLY_PREFIX, SIGNATURE, Person, attribution, quote, render
from console.demo.shop_work import add_shop_work
from console.demo.spec import (
    OWNER_EMAIL,
    OWNER_FIRST_NAME,
    OWNER_NAME,
    SHOP_DOMAIN,
    SampleConversation,
    SampleCustomer,
)
from console.domain.events import EventKind
from console.domain.status import ConversationStatus
from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse_pool import parse_safely
from console.mail.parsed import ParsedMessage
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import (
    Conversation,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Message,
    utcnow,
)
from console.storage.settings import OWNER_NAME as OWNER_NAME_KEY
from console.storage.settings import SAMPLE_SHOP, get_setting, set_setting

SAMPLE_VERSION = 2
"""2: built with the shop's work (orders, callbacks, promises) for the app."""
IMPORT = Location(account_id=None, folder_id=None, uidvalidity=None, role="import")
OWNER = Person(OWNER_NAME, OWNER_EMAIL)

Parser = Callable[[bytes], ParsedMessage]


@dataclass(frozen=True, slots=True)
class SampleShopReport:
    conversations: int
    messages: int
    customers: int
    events: int


def sample_shop_version(db: Database) -> int | None:
    """The :data:`SAMPLE_VERSION` the sample shop in ``db`` was built with; None if none."""
    with db.reader() as session:
        built = get_setting(session, SAMPLE_SHOP)
    if built is None:
        return None
    version = built.get("version") if isinstance(built, dict) else None
    return version if isinstance(version, int) else 1


def sample_shop_built(db: Database) -> bool:
    return sample_shop_version(db) is not None


def ensure_sample_shop(
    db: Database, *, now: datetime | None = None, parse: Parser = parse_safely
) -> SampleShopReport | None:
    """Build the sample shop the app shows (with its orders, callback requests and
    promises) unless this database already has it; None when it had."""
    if sample_shop_built(db):
        return None
    return build_sample_shop(db, now=now, parse=parse, with_work=True)


def build_sample_shop(
    db: Database,
    *,
    now: datetime | None = None,
    parse: Parser = parse_safely,
    with_work: bool = False,
) -> SampleShopReport:
    """Add the sample shop to ``db`` with its times relative to ``now``.

    ``with_work`` adds the shop's orders, callback requests, promises and reminders
    (:mod:`console.demo.shop_work`; what the app's sample shop shows); without them the
    mail, notes and calls alone are a stable base for tests.
    """
    now = now or utcnow()
    conversations = all_conversations()
    messages = events = 0
    with db.session() as session:
        ingestor = Ingestor(session, frozenset({OWNER_EMAIL}))
        last_ids = [
            _ingest(ingestor, sample, number, now, parse)
            for number, sample in enumerate(conversations, start=1)
        ]
        # The ingest writes conversation summaries here; the owner's work comes after.
        ingestor.finish()
        for sample, last_id in zip(conversations, last_ids, strict=True):
            conversation_id = session.scalar(
                select(Message.conversation_id).where(Message.message_id == last_id).limit(1)
            )
            assert conversation_id is not None, "a sample message was not stored"
            messages += len(sample.messages)
            events += _record_owner_work(session, sample, conversation_id, now)
        customers = {c.customer.email: c.customer for c in conversations}
        for details in customers.values():
            _describe_customer(session, details)
        if with_work:
            events += add_shop_work(session, now)
        if get_setting(session, OWNER_NAME_KEY) is None:
            set_setting(session, OWNER_NAME_KEY, OWNER_FIRST_NAME)
        set_setting(session, SAMPLE_SHOP, {"version": SAMPLE_VERSION, "built": now.isoformat()})
    return SampleShopReport(
        conversations=len(conversations),
        messages=messages,
        customers=len(customers),
        events=events,
    )


def _ingest(
    ingestor: Ingestor, sample: SampleConversation, number: int, now: datetime, parse: Parser
) -> str:
    """Store the sample conversation's mail; returns the last message's stored Message-ID."""
    person = Person(sample.customer.name, sample.customer.email)
    language = sample.customer.language
    parents: list[str] = []
    previous: tuple[Person, datetime, str] | None = None
    stored_id = ""
    for index, spec in enumerate(sample.messages):
        sender, recipient = (OWNER, person) if spec.outgoing else (person, OWNER)
        when = (now - spec.ago).replace(microsecond=0)
        text = spec.body
        if spec.outgoing:
            text = f"{text}\n\n{SIGNATURE}"
        if previous is not None and spec.quote:
            author, at, earlier = previous
            text = f"{text}\n\n{attribution(language, author, at)}\n{quote(earlier)}"
        prefix = (
            "" if index == 0 else ("Re: " if spec.outgoing else REPLY_PREFIX.get(language, "Re: "))
        )
        domain = SHOP_DOMAIN if spec.outgoing else person.email.split("@", 1)[1]
        message_id = f"<sample-{number:02d}-{index}.{int(when.timestamp())}@{domain}>"
        raw = render(
            sender=sender,
            recipient=recipient,
            subject=prefix + sample.subject,
            text=text,
            when=when,
            language=language,
            message_id=message_id,
            parents=list(parents),
            attachments=spec.attachments,
            html_version=spec.html,
            company=sample.customer.company,
            seed=number * 7 + index,
        )
        parsed = parse(raw)
        ingestor.store(IMPORT, FetchedMail(raw=raw, internal_date=when), parsed)
        stored_id = parsed.message_id
        parents.append(message_id)
        previous = (sender, when, text)
    return stored_id


def _record_owner_work(
    session: Session, sample: SampleConversation, conversation_id: int, now: datetime
) -> int:
    conversation = session.get(Conversation, conversation_id)
    assert conversation is not None
    customer_id = conversation.customer_id
    count = 0
    for note in sample.notes:
        record_event(
            session,
            EventKind.NOTE_ADDED,
            author=OWNER_FIRST_NAME,
            customer_id=customer_id,
            conversation_id=conversation_id,
            payload={"text": note.text},
            at=now - note.ago,
        )
        count += 1
    for call in sample.calls:
        record_event(
            session,
            EventKind.CALL_LOGGED,
            author=OWNER_FIRST_NAME,
            customer_id=customer_id,
            conversation_id=conversation_id,
            payload={
                "outcome": call.outcome.value,
                "phone": sample.customer.phones[0] if sample.customer.phones else "",
                "note": call.note,
            },
            at=now - call.ago,
        )
        count += 1
    if sample.status is not None and sample.status.value != conversation.status:
        last = min(spec.ago for spec in sample.messages)
        at = now - max(last - timedelta(hours=2), min(last, timedelta(minutes=20)))
        record_event(
            session,
            EventKind.STATUS_CHANGED,
            author=OWNER_FIRST_NAME,
            customer_id=customer_id,
            conversation_id=conversation_id,
            payload={"from": conversation.status, "to": sample.status.value},
            at=at,
        )
        conversation.status = ConversationStatus(sample.status).value
        count += 1
    return count


def _describe_customer(session: Session, details: SampleCustomer) -> None:
    customer_id = session.scalar(
        select(CustomerAddress.customer_id).where(CustomerAddress.email == details.email)
    )
    customer = session.get(Customer, customer_id) if customer_id is not None else None
    if customer is None:
        return
    customer.name = details.name
    customer.language = details.language
    customer.kind = details.kind.value
    customer.company = details.company
    customer.vat_number = details.vat_number
    customer.notes = details.notes
    # The parser guesses a language from the text; the sample knows it (Content-Language).
    session.execute(
        update(Conversation)
        .where(Conversation.customer_id == customer.id)
        .values(language=details.language)
    )
    for number in details.phones:
        exists = session.scalar(select(CustomerPhone.id).where(CustomerPhone.e164 == number))
        if exists is None:
            session.add(CustomerPhone(customer_id=customer.id, e164=number, label="mobile"))
