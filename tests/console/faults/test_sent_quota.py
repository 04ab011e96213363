"""A full mailbox: the reply still goes out, but its copy cannot be put in Sent.

Dovecot's quota plugin makes the APPEND to Sent fail with ``NO [OVERQUOTA]``. The reply is
delivered by SMTP once, stays in its conversation, and the outbox says clearly that the
copy is missing; it is never sent again, and the copy lands in Sent once there is room.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from console.outbox.compose import reply_draft
from console.outbox.queue import OutboxState, enqueue, get_entry
from console.outbox.transitions import FILING_NOTE_KIND
from console.outbox.worker import OutboxWorker
from console.storage.database import Database
from console.storage.models import Message
from tests.console.outbox.conftest import Clock, Shop, add_shop_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer
from tests.servers.smtp import SmtpServer

QUOTA = 40_000


@pytest.fixture(scope="module")
def small_dovecot() -> Iterator[DovecotServer]:
    with DovecotServer(quota_bytes=QUOTA) as server:
        yield server


@pytest.fixture
def full_shop(
    small_dovecot: DovecotServer,
    smtp_server: SmtpServer,
    keyring_backend: KeyringBackend,
    tmp_path: Path,
) -> Iterator[Shop]:
    user = small_dovecot.new_user()
    with Database(tmp_path / "data" / "shopkeeper.sqlite3") as db:
        account = add_shop_account(db, user, smtp_server, tmp_path)
        yield Shop(db, account, user, smtp_server, small_dovecot)


def test_a_full_mailbox_keeps_the_reply_sent_once_in_its_conversation_and_says_so(
    full_shop: Shop,
) -> None:
    shop, dovecot, user = full_shop, full_shop.dovecot, full_shop.user
    clock = Clock()
    dovecot.append(
        user.username,
        "INBOX",
        make_mail(
            sender="Ana Kovač <ana@kupac.hr>",
            to=f"Trgovina <{user.email}>",
            subject="Račun za narudžbu 1042",
            message_id=msgid(1),
        ),
    )
    # A catalogue with pictures fills the mailbox almost to the brim.
    big = dovecot.append(
        user.username,
        "INBOX",
        make_mail(
            subject="Katalog", message_id=msgid(2), attachment=("katalog.pdf", b"%" * 27_000)
        ),
    )
    shop.sync()
    with shop.db.reader() as session:
        conversation_id = session.scalar(
            select(Message.conversation_id).where(Message.message_id == "m1@test.example")
        )
    assert conversation_id is not None
    draft = replace(
        reply_draft(shop.db, conversation_id),
        body="Poštovana gospođo Kovač,\n\nračun je u privitku. " + "Lijep pozdrav. " * 300,
    )
    entry = enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    worker = OutboxWorker(shop.db, clock)

    report = worker.run_once()

    # Delivered, and in its conversation, but not in Sent — and the outbox says so.
    assert report.sent == [entry.id]
    assert len(shop.smtp.wait_for_messages(1)) == 1
    sent = get_entry(shop.db, entry.id)
    assert sent is not None and sent.state is OutboxState.SENT and not sent.filed
    assert sent.error_kind == FILING_NOTE_KIND
    assert sent.last_error is not None
    assert "Sent folder" in sent.last_error and "full" in sent.last_error
    assert "OVERQUOTA" in sent.last_error  # the server's own words
    with shop.db.reader() as session:
        stored = session.scalars(
            select(Message).where(Message.message_id == entry.message_id)
        ).one()
        assert stored.is_outgoing and stored.conversation_id == conversation_id
    assert dovecot.list_uids(user.username, "Sent") == []

    # Later runs try the copy again, never the delivery.
    for _ in range(3):
        clock.advance(3600)
        assert worker.run_once().sent == []
    assert len(shop.smtp.messages) == 1
    still = get_entry(shop.db, entry.id)
    assert still is not None and not still.filed and still.error_kind == FILING_NOTE_KIND

    # Room again: the copy lands in Sent, the note goes, nothing is sent again.
    dovecot.expunge(user.username, "INBOX", [big])
    clock.advance(3600)
    worker.run_once()
    done = get_entry(shop.db, entry.id)
    assert done is not None and done.filed and done.last_error is None
    assert len(dovecot.list_uids(user.username, "Sent")) == 1
    assert len(shop.smtp.messages) == 1
