"""The sync against a second real IMAP server: Cyrus IMAP 3, without CONDSTORE and IDLE.

Dovecot is not the only server shops use. Cyrus differs in its storage, its UIDVALIDITY,
its LIST flags and namespaces, and here it advertises neither CONDSTORE/QRESYNC nor IDLE:
flag changes must be found by comparing flags, and new mail by polling.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from console.accounts.store import AccountSettings
from console.domain.status import ConversationStatus
from console.mail.backoff import Backoff
from console.mail.imap_sync import AccountSyncer
from console.mail.imap_watch import Idling, Synced, WatchEvent, WatchTiming, watch
from console.storage.database import Database
from console.storage.models import Conversation, Folder, Message
from tests.console.conftest import add_test_account
from tests.mailfactory import make_mail, msgid
from tests.servers.cyrus import CyrusServer, find_cyrus
from tests.servers.dovecot import ImapUser


@pytest.fixture(scope="module")
def cyrus() -> Iterator[CyrusServer]:
    if find_cyrus() is None:
        pytest.fail(
            "Cyrus IMAP is not installed, so the second-server tests cannot run. Run "
            "./scripts/test: it installs cyrus-common and sasl2-bin and unpacks cyrus-imapd.",
            pytrace=False,
        )
    with CyrusServer() as server:
        yield server


@pytest.fixture
def user(cyrus: CyrusServer) -> ImapUser:
    return cyrus.new_user()


@pytest.fixture
def account(db: Database, user: ImapUser, keyring_backend: KeyringBackend) -> AccountSettings:
    return add_test_account(db, user)


@pytest.fixture
def syncer(db: Database, account: AccountSettings, user: ImapUser) -> Iterator[AccountSyncer]:
    syncer = AccountSyncer(db, account, user.password)
    try:
        yield syncer
    finally:
        syncer.close()


def _count(db: Database, *where: object) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Message).where(*where)) or 0)


def _flags(db: Database, message_id: str) -> set[str]:
    with db.reader() as session:
        flags = session.scalar(select(Message.flags).where(Message.message_id == message_id))
    return set((flags or "").split())


def test_the_server_really_lacks_condstore_qresync_and_idle(
    cyrus: CyrusServer, user: ImapUser
) -> None:
    with cyrus.session(user.username) as client:
        capabilities = set(client.capabilities())
        listing = client.list_folders()
    assert not capabilities & {b"CONDSTORE", b"QRESYNC", b"IDLE"}
    assert b"UIDPLUS" in capabilities
    assert any(b"\\sent" in {f.lower() for f in flags} for flags, _d, _n in listing)


def test_initial_sync_stores_inbox_and_sent_and_threads_the_reply(
    db: Database, syncer: AccountSyncer, cyrus: CyrusServer, user: ImapUser
) -> None:
    cyrus.append(user.username, "INBOX", make_mail(message_id=msgid(1), subject="Gdje je paket?"))
    cyrus.append(
        user.username,
        "Sent",
        make_mail(
            sender=f"Shop <{user.email}>",
            to="Ana Kovač <ana@kupac.hr>",
            subject="Re: Gdje je paket?",
            message_id=msgid(2),
            in_reply_to=msgid(1),
            references=[msgid(1)],
            minutes=5,
        ),
        flags=["\\Seen"],
    )
    cyrus.append(
        user.username,
        "INBOX",
        make_mail(
            subject="Re: Gdje je paket?",
            message_id=msgid(3),
            in_reply_to=msgid(2),
            references=[msgid(1), msgid(2)],
            minutes=9,
        ),
    )

    report = syncer.sync_once()

    assert report.new == 3
    with db.reader() as session:
        [conversation] = session.scalars(select(Conversation)).all()
        roles = dict(session.execute(select(Folder.name, Folder.role)).all())
        modseqs = set(session.scalars(select(Folder.highestmodseq)).all())
    assert conversation.message_count == 3
    assert conversation.needs_reply and conversation.status == ConversationStatus.OPEN
    assert roles == {"INBOX": "inbox", "Sent": "sent"}
    # Cyrus sends HIGHESTMODSEQ in SELECT even with CONDSTORE hidden; it must not be used.
    assert modseqs == {None}


def test_incremental_sync_fetches_only_what_is_new(
    db: Database, syncer: AccountSyncer, cyrus: CyrusServer, user: ImapUser
) -> None:
    for n in range(5):
        cyrus.append(user.username, "INBOX", make_mail(message_id=msgid(n), minutes=n))
    assert syncer.sync_once().new == 5
    cyrus.append(user.username, "INBOX", make_mail(message_id=msgid(99), minutes=99))

    assert syncer.sync_once().new == 1
    again = syncer.sync_once()
    assert (again.new, again.expunged, again.flags_changed) == (0, 0, 0)
    assert _count(db) == 6


def test_flag_changes_are_found_without_condstore(
    db: Database, syncer: AccountSyncer, cyrus: CyrusServer, user: ImapUser
) -> None:
    uids = [
        cyrus.append(user.username, "INBOX", make_mail(message_id=msgid(n), minutes=n))
        for n in range(3)
    ]
    syncer.sync_once()
    # Nothing new and nothing gone: only the flags tell.
    cyrus.set_flags(user.username, "INBOX", uids[0], ["\\Seen", "\\Flagged"])
    cyrus.set_flags(user.username, "INBOX", uids[2], ["\\Answered"])

    assert syncer.sync_once().flags_changed == 2
    assert _flags(db, "m0@test.example") == {"\\Seen", "\\Flagged"}
    assert _flags(db, "m1@test.example") == set()
    assert _flags(db, "m2@test.example") == {"\\Answered"}

    cyrus.set_flags(user.username, "INBOX", uids[0], [])
    assert syncer.sync_once().flags_changed == 1
    assert _flags(db, "m0@test.example") == set()


def test_an_expunged_message_is_marked_and_kept(
    db: Database, syncer: AccountSyncer, cyrus: CyrusServer, user: ImapUser
) -> None:
    uids = [
        cyrus.append(user.username, "INBOX", make_mail(message_id=msgid(n), minutes=n))
        for n in range(3)
    ]
    syncer.sync_once()
    cyrus.expunge(user.username, "INBOX", [uids[1]])

    assert syncer.sync_once().expunged == 1
    assert _count(db) == 3
    assert _count(db, Message.expunged_at.is_not(None)) == 1
    assert _count(db, Message.uid.is_not(None)) == 2


def test_without_idle_new_mail_and_flags_arrive_by_polling(
    tmp_path: Path, cyrus: CyrusServer, user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    with Database(tmp_path / "db.sqlite3") as db:
        account = add_test_account(db, user)
        events: queue.Queue[WatchEvent] = queue.Queue()
        stop = threading.Event()
        thread = threading.Thread(
            target=watch,
            args=(AccountSyncer(db, account, user.password), stop, events.put),
            kwargs={
                "timing": WatchTiming(
                    reidle_after=600, full_sync_every=600, poll_every=0.3, idle_tick=0.2
                ),
                "backoff": Backoff(initial=0.2, maximum=1.0),
            },
            daemon=True,
        )
        thread.start()

        def next_event(kind: type, timeout: float = 10.0) -> WatchEvent:
            while True:
                event = events.get(timeout=timeout)
                if isinstance(event, kind):
                    return event

        try:
            idling = next_event(Idling)
            assert isinstance(idling, Idling) and not idling.push
            uid = cyrus.append(user.username, "INBOX", make_mail(message_id=msgid(8)))
            while True:
                synced = next_event(Synced)
                assert isinstance(synced, Synced)
                if synced.report.new:
                    break
            assert _count(db) == 1
            cyrus.set_flags(user.username, "INBOX", uid, ["\\Seen"])
            while True:
                synced = next_event(Synced)
                assert isinstance(synced, Synced)
                if synced.report.flags_changed:
                    break
            assert _flags(db, "m8@test.example") == {"\\Seen"}
        finally:
            stop.set()
            thread.join(10)
        assert not thread.is_alive()
