"""The list of customers: ids first (ordered by name), rows by id in batches."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import case, func, or_, select

from console.domain.customers import CustomerKind
from console.domain.status import ConversationStatus
from console.storage.database import Database
from console.storage.models import Conversation, Customer, CustomerAddress


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    name: str
    email: str
    kind: CustomerKind
    company: str | None
    language: str | None
    conversation_count: int
    open_count: int
    last_contact_at: datetime | None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def customer_ids(db: Database, search: str = "") -> list[int]:
    """Customer ids ordered by name; with ``search``, those whose name, company or address
    contains it (case-insensitive)."""
    query = select(Customer.id).order_by(Customer.name.collate("NOCASE"), Customer.id)
    text = search.strip().lower()
    if text:
        pattern = _like(text)
        by_address = select(CustomerAddress.customer_id).where(
            func.lower(CustomerAddress.email).like(pattern, escape="\\")
        )
        query = query.where(
            or_(
                func.lower(Customer.name).like(pattern, escape="\\"),
                func.lower(func.coalesce(Customer.company, "")).like(pattern, escape="\\"),
                Customer.id.in_(by_address),
            )
        )
    with db.engine.connect() as connection:
        return [row[0] for row in connection.execute(query)]


def customer_rows(db: Database, ids: Sequence[int]) -> list[CustomerRow]:
    """Rows for ``ids`` in that order; ids that no longer exist are left out."""
    if not ids:
        return []
    email = (
        select(func.min(CustomerAddress.email))
        .where(CustomerAddress.customer_id == Customer.id)
        .correlate(Customer)
        .scalar_subquery()
    )
    stats = (
        select(
            Conversation.customer_id.label("customer_id"),
            func.count().label("total"),
            func.sum(
                case((Conversation.status == ConversationStatus.OPEN.value, 1), else_=0)
            ).label("open"),
            func.max(Conversation.last_message_at).label("last"),
        )
        .where(Conversation.customer_id.in_(list(ids)))
        .group_by(Conversation.customer_id)
        .subquery()
    )
    query = (
        select(
            Customer.id,
            Customer.name,
            email,
            Customer.kind,
            Customer.company,
            Customer.language,
            stats.c.total,
            stats.c.open,
            stats.c.last,
        )
        .outerjoin(stats, stats.c.customer_id == Customer.id)
        .where(Customer.id.in_(list(ids)))
    )
    found: dict[int, CustomerRow] = {}
    with db.reader() as session:
        for row in session.execute(query):
            address = row[2] or ""
            last = row[8]
            found[row[0]] = CustomerRow(
                id=row[0],
                name=(row[1] or "").strip() or address,
                email=address,
                kind=CustomerKind.BUSINESS
                if row[3] == CustomerKind.BUSINESS.value
                else CustomerKind.PRIVATE,
                company=row[4],
                language=row[5],
                conversation_count=int(row[6] or 0),
                open_count=int(row[7] or 0),
                last_contact_at=_as_utc(last),
            )
    return [found[i] for i in ids if i in found]


def _as_utc(value: object) -> datetime | None:
    """Aggregates lose the column type, so SQLite hands back text or a naive datetime."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=UTC)
