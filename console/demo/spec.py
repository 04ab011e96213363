"""The shape of the sample shop's content: customers, their mail, notes and calls.

Times are given as "how long ago" so the shop always looks current when it is built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from console.domain.customers import CustomerKind
from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus

SHOP_NAME = "Lavanda & Maslina"
OWNER_NAME = "Ivana Kovač"
OWNER_FIRST_NAME = "Ivana"
OWNER_EMAIL = "ivana@lavanda-maslina.example"
SHOP_DOMAIN = "lavanda-maslina.example"


@dataclass(frozen=True, slots=True)
class SampleCustomer:
    name: str
    email: str
    language: str
    kind: CustomerKind = CustomerKind.PRIVATE
    company: str | None = None
    vat_number: str | None = None
    phones: tuple[str, ...] = ()
    """E.164 numbers."""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class SampleAttachment:
    filename: str
    kind: str
    """"png", "pdf" or "csv": what bytes to make up."""


@dataclass(frozen=True, slots=True)
class SampleMessage:
    outgoing: bool
    ago: timedelta
    body: str
    attachments: tuple[SampleAttachment, ...] = ()
    html: bool = False
    """Also send an HTML version (with a remote logo, as newsletters and signatures do)."""
    quote: bool = True
    """Quote the previous message below the new text, as mail clients do."""


@dataclass(frozen=True, slots=True)
class SampleNote:
    ago: timedelta
    text: str


@dataclass(frozen=True, slots=True)
class SampleCall:
    ago: timedelta
    outcome: CallOutcome
    note: str = ""


@dataclass(frozen=True, slots=True)
class SampleConversation:
    customer: SampleCustomer
    subject: str
    messages: tuple[SampleMessage, ...]
    status: ConversationStatus | None = None
    """The status the owner set after the last message (None: as the mail left it)."""
    notes: tuple[SampleNote, ...] = field(default_factory=tuple)
    calls: tuple[SampleCall, ...] = field(default_factory=tuple)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def hours(n: float) -> timedelta:
    return timedelta(hours=n)


def days(n: float) -> timedelta:
    return timedelta(days=n)


def customer(
    ago: timedelta, body: str, *attachments: SampleAttachment, **kw: bool
) -> SampleMessage:
    """A message from the customer."""
    return SampleMessage(outgoing=False, ago=ago, body=body, attachments=attachments, **kw)


def owner(ago: timedelta, body: str, *attachments: SampleAttachment, **kw: bool) -> SampleMessage:
    """A reply from the shop."""
    return SampleMessage(outgoing=True, ago=ago, body=body, attachments=attachments, **kw)


def photo(name: str) -> SampleAttachment:
    return SampleAttachment(name, "png")


def pdf(name: str) -> SampleAttachment:
    return SampleAttachment(name, "pdf")


def csv(name: str) -> SampleAttachment:
    return SampleAttachment(name, "csv")
