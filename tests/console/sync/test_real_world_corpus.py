"""Every message of the shared real-world corpus survives a real IMAP sync and can be shown."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from console.mail.imap_sync import AccountSyncer
from console.search.query import search_messages
from console.storage.database import Database
from console.storage.models import Message, MessageSource
from tests.console.mail.test_corpus import CORPUS, _messages
from tests.servers.dovecot import DovecotServer, ImapUser

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


def test_the_whole_corpus_is_stored_once_and_shown_and_no_message_stops_the_sync(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    raws = [raw for _name, raw in _messages()]
    dovecot.bulk_load_maildir(imap_user.username, "INBOX", raws)

    report = syncer.sync_once()

    assert report.new == len(raws)
    assert syncer.sync_once().new == 0
    with db.reader() as session:
        stored = session.scalar(select(func.count()).select_from(Message))
        stored_raw = dict(
            session.execute(
                select(Message.uid, MessageSource.raw).join(
                    MessageSource, MessageSource.message_id == Message.id
                )
            ).all()
        )
        assert stored == len(raws)
    # Exactly the bytes the server serves (it turns LF into CRLF and NUL into 0x80).
    with dovecot.session(imap_user.username, "INBOX") as client:
        served = {
            uid: data[b"BODY[]"]
            for uid, data in client.fetch(client.search("ALL"), ["BODY.PEEK[]"]).items()
        }
    assert stored_raw == served
    with db.reader() as session:
        for message in session.scalars(select(Message)):
            # Whatever the UI shows must be there: a subject or a text or a flagged error.
            assert isinstance(message.subject, str) and isinstance(message.text_body, str)
            assert message.html_body is None or "<script" not in message.html_body.lower()
            json.loads(message.to_json)
            json.loads(message.attachments_json)
    assert search_messages(db, "the")
