"""Changing what the shop knows about a customer; every change is an event on the timeline."""

from __future__ import annotations

from datetime import datetime

from console.domain.events import EventKind
from console.inbox.actions import ActionError, RecordedEvent
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import Customer, utcnow

MAX_NOTES_LENGTH = 100_000


def update_notes(
    db: Database,
    customer_id: int,
    notes: str,
    *,
    author: str,
    at: datetime | None = None,
) -> RecordedEvent | None:
    """Replace the customer's notes; None (and no event) when nothing changed."""
    if len(notes) > MAX_NOTES_LENGTH:
        raise ActionError(f"the notes are longer than {MAX_NOTES_LENGTH} characters")
    with db.session() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise ActionError(f"customer {customer_id} does not exist")
        if customer.notes == notes:
            return None
        customer.notes = notes
        event = record_event(
            session,
            EventKind.CUSTOMER_EDITED,
            author=author,
            customer_id=customer_id,
            payload={"fields": ["notes"]},
            at=at or utcnow(),
        )
        return RecordedEvent(
            id=event.id,
            kind=EventKind.CUSTOMER_EDITED,
            author=author,
            at=event.created_at,
            customer_id=customer_id,
            conversation_id=None,
        )
