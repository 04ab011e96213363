"""Migration 0005: the reminders table goes and comes back; reminders follow merged threads."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import inspect, update

from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind
from console.reminders.store import add_reminder, get_reminder
from console.storage.database import Database
from console.storage.migrate import upgrade
from console.storage.models import Conversation, Message
from tests.console.reminders.conftest import ZAGREB, add_message, add_thread


def test_downgrade_and_upgrade(db_path: Path) -> None:
    with Database(db_path) as db:
        from alembic import command

        from console.storage.migrate import alembic_config

        command.downgrade(alembic_config(db.engine), "0004")
        assert "reminders" not in inspect(db.engine).get_table_names()
        upgrade(db.engine, "head")
        assert "reminders" in inspect(db.engine).get_table_names()


def test_reminders_follow_messages_into_a_merged_conversation(db: Database) -> None:
    now = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)
    customer, old = add_thread(db)
    add_message(db, old, at=now, outgoing=True)
    with db.session() as session:
        row = add_reminder(
            session, kind=ReminderKind.PROMISE, action=Action.CALL, title="call", due_at=now,
            now=now, author="Ivana", customer_id=customer, conversation_id=old,
        )  # fmt: skip
        reminder_id = row.id
        target = Conversation(customer_id=customer, subject="Narudžba #1047")
        session.add(target)
        session.flush()
        new = target.id
    with db.session() as session:  # what threading does when it merges two conversations
        session.execute(update(Message).where(Message.conversation_id == old).values(
            conversation_id=new
        ))  # fmt: skip
        session.delete(session.get(Conversation, old))
    assert get_reminder(db, reminder_id).conversation_id == new
