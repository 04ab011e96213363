"""Attachments out of stored mail: bytes from the original, a safe name, files written."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from console.conversations.attachments import (
    AttachmentMissing,
    attachment_content,
    attachment_for_opening,
    is_risky,
    save_attachment,
)
from console.conversations.detail import conversation_detail
from console.mail.mailbox_io import import_path
from console.storage.database import Database
from console.storage.models import Message
from tests.mailfactory import make_mail

PDF = b"%PDF-1.4 price list\x00\xff binary"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "shop.sqlite3")
    yield database
    database.close()


def store(db: Database, filename: str, tmp_path: Path) -> int:
    raw = make_mail(attachment=(filename, PDF))
    path = tmp_path / "in.eml"
    path.write_bytes(raw)
    import_path(db, path)
    with db.reader() as session:
        return max(session.scalars(select(Message.id)).all())


def test_the_attachment_comes_back_byte_for_byte_with_its_part(
    db: Database, tmp_path: Path
) -> None:
    message_id = store(db, "cjenik.pdf", tmp_path)
    with db.reader() as session:
        message = session.get(Message, message_id)
        assert message is not None and message.conversation_id is not None
        conversation_id = message.conversation_id
        entries = json.loads(message.attachments_json)
    detail = conversation_detail(db, conversation_id)
    assert detail is not None
    (attachment,) = detail.messages[0].attachments
    assert attachment.part == entries[0]["part"] != ""
    content = attachment_content(db, message_id, attachment.part)
    assert content.data == PDF
    assert content.filename == "cjenik.pdf"
    assert content.content_type == "application/pdf"


def test_a_hostile_name_is_made_safe_and_files_are_written_where_asked(
    db: Database, tmp_path: Path
) -> None:
    message_id = store(db, "../../etc/\u202eevil\x07.pdf", tmp_path)
    with db.reader() as session:
        message = session.get(Message, message_id)
        assert message is not None
        part = json.loads(message.attachments_json)[0]["part"]
    content = attachment_content(db, message_id, part)
    assert "/" not in content.filename and "\u202e" not in content.filename
    assert "\x07" not in content.filename and content.filename.endswith(".pdf")
    target = save_attachment(db, message_id, part, tmp_path / "chosen.pdf")
    assert target.read_bytes() == PDF
    opened = attachment_for_opening(db, message_id, part, tmp_path / "open")
    assert opened.read_bytes() == PDF and opened.name == content.filename
    assert opened.parent.parent == tmp_path / "open"
    again = attachment_for_opening(db, message_id, part, tmp_path / "open")
    assert again != opened  # never overwrites a file a viewer may still have open


def test_missing_parts_and_messages_are_a_clear_error(db: Database, tmp_path: Path) -> None:
    message_id = store(db, "a.pdf", tmp_path)
    with pytest.raises(AttachmentMissing):
        attachment_content(db, message_id, "9")
    with pytest.raises(AttachmentMissing):
        attachment_content(db, message_id + 100, "2")


@pytest.mark.parametrize(
    ("name", "risky"),
    [
        ("invoice.pdf", False),
        ("photo.JPG", False),
        ("setup.exe", True),
        ("run.JS", True),
        ("a.pdf.lnk", True),
        ("readme", False),
        ("x.exe.", True),
        ("page.html", True),
    ],
)
def test_files_that_can_run_programs_are_recognised(name: str, risky: bool) -> None:
    assert is_risky(name) is risky
