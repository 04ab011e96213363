"""Counts over the store, for ``shopkeeper stats`` and the status bar."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from console.storage.database import Database
from console.storage.models import Account, Conversation, Customer, Message


@dataclass(frozen=True, slots=True)
class StoreStats:
    accounts: int
    messages: int
    conversations: int
    customers: int
    unparsed: int
    expunged: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def store_stats(db: Database) -> StoreStats:
    with db.reader() as session:

        def count(query: object) -> int:
            return int(session.scalar(query) or 0)  # type: ignore[call-overload]

        return StoreStats(
            accounts=count(select(func.count()).select_from(Account)),
            messages=count(select(func.count()).select_from(Message)),
            conversations=count(select(func.count()).select_from(Conversation)),
            customers=count(select(func.count()).select_from(Customer)),
            unparsed=count(
                select(func.count()).select_from(Message).where(Message.parse_error.is_not(None))
            ),
            expunged=count(
                select(func.count()).select_from(Message).where(Message.expunged_at.is_not(None))
            ),
        )
