"""Drafts are saved as the owner types and survive a restart; they follow merges."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from console.outbox.compose import Draft, Recipient
from console.outbox.drafts import delete_draft, load_draft, load_drafts, save_draft
from console.storage.database import Database
from console.storage.models import Conversation, Message
from tests.console.outbox.conftest import Clock


def test_a_draft_saved_while_typing_survives_a_restart(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "shop.sqlite3"
    with Database(path) as db:
        with db.session() as session:
            session.add(Conversation(id=5, subject="Dostava"))
        draft = Draft(
            account_id=None,
            to=(Recipient("ana@kupac.hr", "Ana Kovač"),),
            subject="Re: Dostava",
            body="Poštovana gospođo Kovač,",
            conversation_id=5,
            attachments=("/tmp/račun.pdf",),
            language="hr",
        )
        draft_id = save_draft(db, draft, now=clock())
        # Typing on: the same row is updated, not a new one added.
        more = replace(draft, id=draft_id, body=draft.body + "\n\nkolica stižu u petak.")
        assert save_draft(db, more, now=clock.advance(2)) == draft_id
        new_message = Draft(account_id=None, to=(Recipient("hans@kunde.de"),), subject="Hallo")
        other_id = save_draft(db, new_message, now=clock.advance(1))

    with Database(path) as db:
        [loaded] = load_drafts(db, 5)
        assert loaded.id == draft_id
        assert loaded.body == "Poštovana gospođo Kovač,\n\nkolica stižu u petak."
        assert loaded.to == (Recipient("ana@kupac.hr", "Ana Kovač"),)
        assert loaded.attachments == ("/tmp/račun.pdf",)
        assert loaded.language == "hr" and loaded.quote and loaded.signature
        assert loaded.updated_at == clock.now - timedelta(seconds=1)
        assert [d.id for d in load_drafts(db, None)] == [other_id]
        assert delete_draft(db, other_id) and not delete_draft(db, other_id)
        assert load_draft(db, other_id) is None


def test_a_reply_draft_follows_its_parent_message_into_a_merged_conversation(
    tmp_path: Path,
) -> None:
    with Database(tmp_path / "shop.sqlite3") as db:
        with db.session() as session:
            session.add_all([Conversation(id=1), Conversation(id=2)])
            session.add(Message(id=10, message_id="m10@kupac.hr", conversation_id=2))
        draft_id = save_draft(
            db,
            Draft(account_id=None, conversation_id=2, parent_message_id=10, body="Hvala"),
        )
        # A merge moves the messages and deletes the old conversation (SET NULL here).
        with db.session() as session:
            session.get_one(Message, 10).conversation_id = 1
            session.delete(session.get_one(Conversation, 2))
        [found] = load_drafts(db, 1)
        assert found.id == draft_id and found.conversation_id == 1
