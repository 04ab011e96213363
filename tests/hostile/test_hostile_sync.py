"""The hostile corpus through a real IMAP sync: nothing lost, nothing doubled, sources kept.

The messages are written into a real Dovecot's Maildir and synced with ``AccountSyncer``
(parsing on worker processes, as in the app). Dovecot serves them as it stores them (with
CRLF line ends, for instance), so a stored source is compared with what the server returns
for its UID, byte for byte.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from console.accounts.store import AccountSettings
from console.mail.imap_sync import AccountSyncer
from console.mail.parse_pool import ParsePool
from console.storage.database import Database
from console.storage.models import Message, MessageSource
from tests.hostile.corpus import case_named, small_cases
from tests.servers.dovecot import DovecotServer, ImapUser


def server_sources(dovecot: DovecotServer, user: ImapUser) -> dict[int, bytes]:
    with dovecot.session(user.username) as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        response: dict[int, dict[bytes, Any]] = client.fetch(uids, ["BODY.PEEK[]"])
    return {int(uid): data[b"BODY[]"] for uid, data in response.items()}


def stored_sources(db: Database) -> dict[int, bytes]:
    with db.reader() as session:
        rows = session.execute(
            select(Message.uid, MessageSource.raw).join(
                MessageSource, MessageSource.message_id == Message.id
            )
        ).all()
    return {int(uid): bytes(raw) for uid, raw in rows}


def message_count(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Message)) or 0)


def test_hostile_corpus_syncs_every_message_once_with_its_source(
    dovecot: DovecotServer,
    imap_user: ImapUser,
    db: Database,
    account: AccountSettings,
) -> None:
    raws = [case.build() for case in small_cases()]
    dovecot.bulk_load_maildir(imap_user.username, "INBOX", raws)
    with ParsePool(workers=2) as pool:
        syncer = AccountSyncer(db, account, imap_user.password, pool=pool)
        try:
            report = syncer.sync_once(["INBOX"])
            again = syncer.sync_once(["INBOX"])
        finally:
            syncer.close()
    assert report.new == len(raws)
    assert report.unparsed == 0
    assert again.new == 0
    assert message_count(db) == len(raws)
    served = server_sources(dovecot, imap_user)
    assert len(served) == len(raws)
    assert stored_sources(db) == served


@pytest.mark.slow
def test_fifty_megabyte_message_syncs_and_is_stored(
    dovecot: DovecotServer, imap_user: ImapUser, db: Database, syncer: AccountSyncer
) -> None:
    raw = case_named("attachment_50mb").build()
    dovecot.bulk_load_maildir(imap_user.username, "INBOX", [raw])
    report = syncer.sync_once(["INBOX"])
    assert report.new == 1 and report.unparsed == 0
    ((uid, stored),) = stored_sources(db).items()
    assert len(stored) == len(raw)  # Dovecot serves the CRLF file unchanged
    assert stored == raw
    with db.reader() as session:
        message = session.scalars(select(Message)).one()
        assert message.uid == uid and message.size == len(raw)
        assert '"catalogue.pdf"' in message.attachments_json
