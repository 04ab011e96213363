"""What the customer panel shows: who the customer is, their conversations and timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from console.customers.phones import display_phone
from console.customers.timeline import TimelineEntry, customer_timeline
from console.domain.customers import CustomerKind
from console.domain.status import ConversationStatus
from console.storage.database import Database
from console.storage.models import Conversation, Customer, CustomerAddress, CustomerPhone


@dataclass(frozen=True, slots=True)
class Phone:
    e164: str
    label: str

    @property
    def display(self) -> str:
        """The number as people write it internationally ("+385 91 555 0101")."""
        return display_phone(self.e164)


@dataclass(frozen=True, slots=True)
class CustomerConversation:
    id: int
    subject: str
    status: ConversationStatus
    needs_reply: bool
    message_count: int
    last_message_at: datetime | None


@dataclass(frozen=True, slots=True)
class CustomerProfile:
    id: int
    name: str
    kind: CustomerKind
    company: str | None
    vat_number: str | None
    language: str | None
    """The customer's language, or the one their newest mail was written in."""
    notes: str
    emails: tuple[str, ...]
    phones: tuple[Phone, ...]
    created_at: datetime
    conversations: tuple[CustomerConversation, ...]
    """Newest first."""
    timeline: tuple[TimelineEntry, ...]
    """Newest first."""

    @property
    def is_business(self) -> bool:
        return self.kind is CustomerKind.BUSINESS


def _kind(value: str) -> CustomerKind:
    try:
        return CustomerKind(value)
    except ValueError:
        return CustomerKind.PRIVATE


def customer_profile(
    db: Database,
    customer_id: int,
    *,
    timeline_limit: int = 100,
    conversation_limit: int = 50,
) -> CustomerProfile | None:
    """Everything the customer panel shows, or None when the customer does not exist."""
    with db.reader() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            return None
        emails = session.scalars(
            select(CustomerAddress.email)
            .where(CustomerAddress.customer_id == customer_id)
            .order_by(CustomerAddress.id)
        ).all()
        phones = session.execute(
            select(CustomerPhone.e164, CustomerPhone.label)
            .where(CustomerPhone.customer_id == customer_id)
            .order_by(CustomerPhone.id)
        ).all()
        conversations = session.scalars(
            select(Conversation)
            .where(Conversation.customer_id == customer_id)
            .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
            .limit(conversation_limit)
        ).all()
        language = customer.language or next(
            (c.language for c in conversations if c.language), None
        )
        return CustomerProfile(
            id=customer.id,
            name=customer.name.strip() or (emails[0] if emails else ""),
            kind=_kind(customer.kind),
            company=customer.company,
            vat_number=customer.vat_number,
            language=language,
            notes=customer.notes,
            emails=tuple(emails),
            phones=tuple(Phone(e164=p[0], label=p[1]) for p in phones),
            created_at=customer.created_at,
            conversations=tuple(
                CustomerConversation(
                    id=c.id,
                    subject=c.subject,
                    status=ConversationStatus(c.status),
                    needs_reply=c.needs_reply,
                    message_count=c.message_count,
                    last_message_at=c.last_message_at,
                )
                for c in conversations
            ),
            timeline=tuple(customer_timeline(session, customer_id, timeline_limit)),
        )
