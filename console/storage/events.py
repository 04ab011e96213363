"""Recording user actions as events on the timeline."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from console.domain.events import EventKind
from console.storage.models import Event, utcnow


def record_event(
    session: Session,
    kind: EventKind,
    *,
    author: str,
    customer_id: int | None = None,
    conversation_id: int | None = None,
    payload: dict[str, object] | None = None,
    at: datetime | None = None,
) -> Event:
    """Add an event row in the caller's unit of work and return it."""
    event = Event(
        id=uuid.uuid4().hex,
        kind=kind.value,
        author=author,
        created_at=at or utcnow(),
        customer_id=customer_id,
        conversation_id=conversation_id,
        payload=json.dumps(payload or {}, ensure_ascii=False),
    )
    session.add(event)
    return event
