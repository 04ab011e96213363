"""A migrated database per test (copied from one migrated once: migrations are slow)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.storage.database import Database
from console.storage.models import Conversation, Customer, Message

ZAGREB = ZoneInfo("Europe/Zagreb")


@pytest.fixture(scope="session")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "shop.db"
    Database(path).close()
    return path


@pytest.fixture
def db_path(migrated: Path, tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    shutil.copy(migrated, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with Database(db_path) as database:
        yield database


def add_thread(db: Database, *, name: str = "Ana Jurić", language: str = "hr") -> tuple[int, int]:
    """A customer with one conversation; returns (customer id, conversation id)."""
    with db.session() as session:
        customer = Customer(name=name, language=language)
        session.add(customer)
        session.flush()
        conversation = Conversation(customer_id=customer.id, subject="Narudžba #1047")
        session.add(conversation)
        session.flush()
        return customer.id, conversation.id


def add_message(
    db: Database, conversation_id: int, *, at: datetime, outgoing: bool, subject: str = "Re: #1047"
) -> int:
    with db.session() as session:
        message = Message(
            message_id=f"<{at.timestamp()}-{outgoing}@test>",
            conversation_id=conversation_id,
            date=at.astimezone(UTC),
            is_outgoing=outgoing,
            subject=subject,
        )
        session.add(message)
        session.flush()
        return message.id
