"""Sync through a proxy that cuts, stalls, slows and corrupts the connection.

After every fault the sync resumes on its own (with backoff); at the end the local store
equals the server: the same UIDs, flags and bodies, and no duplicates.
"""

from __future__ import annotations

import os
import queue
import socket
import threading
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient
from imapclient.exceptions import LoginError
from keyring.backend import KeyringBackend
from sqlalchemy import select

from console.accounts.store import AccountSettings, add_account, get_account
from console.domain.security import Security
from console.mail.backoff import Backoff
from console.mail.errors import ConnectionLost, explain
from console.mail.imap_sync import AccountSyncer
from console.mail.imap_watch import Failed, WatchEvent, WatchTiming, watch
from console.storage.database import Database
from console.storage.models import Folder, Message, MessageSource
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.servers.fault_proxy import FAULTS, FaultProxy

FAULT_BUDGET = int(os.environ.get("SHOPKEEPER_FAULTS", "50"))
SEEDS = [int(s) for s in os.environ.get("SHOPKEEPER_FAULT_SEEDS", "1").split(",")]


def _server_state(
    dovecot: DovecotServer, user: ImapUser
) -> dict[int, tuple[frozenset[str], bytes]]:
    with dovecot.session(user.username, "INBOX") as client:
        data = client.fetch(client.search("ALL"), ["FLAGS", "BODY.PEEK[]"])
    return {
        uid: (
            frozenset(f.decode() for f in item[b"FLAGS"] if f != b"\\Recent"),
            item[b"BODY[]"],
        )
        for uid, item in data.items()
    }


def _local_state(db: Database) -> dict[int, tuple[frozenset[str], bytes]]:
    with db.reader() as session:
        rows = session.execute(
            select(Message.uid, Message.flags, MessageSource.raw)
            .join(MessageSource, MessageSource.message_id == Message.id)
            .join(Folder, Folder.id == Message.folder_id)
            .where(Folder.name == "INBOX", Message.uid.is_not(None))
        ).all()
    state = {}
    for uid, flags, raw in rows:
        assert uid not in state, f"duplicate UID {uid}"
        state[uid] = (frozenset(f for f in flags.split() if f != "\\Recent"), raw)
    return state


@pytest.mark.parametrize("seed", SEEDS)
def test_sync_through_injected_network_faults_ends_equal_to_the_server(
    seed: int,
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    keyring_backend: KeyringBackend,
) -> None:
    attachment = os.urandom(30_000)
    counter = iter(range(10**6))

    def mails(count: int) -> list[bytes]:
        return [
            make_mail(
                message_id=msgid(f"{seed}-{n}"),
                minutes=n,
                body=f"Poruka {n}. " * 50,
                attachment=("racun.pdf", attachment) if n % 3 == 0 else None,
            )
            for n in (next(counter) for _ in range(count))
        ]

    dovecot.bulk_load_maildir(imap_user.username, "INBOX", mails(150))
    with (
        FaultProxy(dovecot.imaps_port, seed=seed, budget=FAULT_BUDGET) as proxy,
        Database(tmp_path / "db.sqlite3") as db,
    ):
        account_id = add_account(
            db,
            AccountSettings(
                email=imap_user.email,
                imap_host="127.0.0.1",
                imap_port=proxy.port,
                imap_security=Security.SSL,
                imap_username=imap_user.username,
                ca_file=str(imap_user.ca_file),
            ),
            imap_user.password,
            author="test",
        )
        account = get_account(db, account_id)
        events: queue.Queue[WatchEvent] = queue.Queue()
        stop = threading.Event()
        syncer = AccountSyncer(db, account, imap_user.password, batch_messages=40)
        thread = threading.Thread(
            target=watch,
            args=(syncer, stop, events.put),
            kwargs={
                "timing": WatchTiming(
                    reidle_after=600, full_sync_every=1.0, poll_every=1.0, idle_tick=0.2
                ),
                "backoff": Backoff(initial=0.05, maximum=0.3),
            },
            daemon=True,
        )
        thread.start()
        failures = 0

        def drain(seconds: float) -> None:
            nonlocal failures
            end = time.monotonic() + seconds
            while (left := end - time.monotonic()) > 0:
                try:
                    event = events.get(timeout=left)
                except queue.Empty:
                    return
                if isinstance(event, Failed):
                    failures += 1
                    assert event.retry_in is not None, f"stopped retrying: {event.error}"

        try:
            rounds = 0
            while not proxy.exhausted:
                rounds += 1
                assert rounds < 200, f"faults not spent: {proxy.log}"
                # New mail and flag changes elsewhere while we are being disrupted.
                dovecot.bulk_load_maildir(imap_user.username, "INBOX", mails(12))
                if rounds % 5 == 0:
                    dovecot.set_flags(imap_user.username, "INBOX", rounds, ["\\Seen"])
                drain(1.0)
            deadline = time.monotonic() + 120
            while _local_state(db) != _server_state(dovecot, imap_user):
                assert time.monotonic() < deadline, "the store never caught up"
                drain(0.5)
        finally:
            stop.set()
            thread.join(15)
        assert not thread.is_alive()
        assert _local_state(db) == _server_state(dovecot, imap_user)
        assert len(proxy.log.injected) == FAULT_BUDGET
        assert {k for k in FAULTS if proxy.log.count(k)} == set(FAULTS)
        assert failures >= 1


def test_a_connection_lost_during_login_is_not_taken_for_a_wrong_password(
    imap_user: ImapUser,
) -> None:
    # imapclient turns every failure of LOGIN into LoginError, a dead connection too; a
    # wrong password stops the sync for good, a lost connection must be retried.
    client = IMAPClient(imap_user.host, port=imap_user.imap_port, ssl=False, timeout=5)
    client._imap.sock.shutdown(socket.SHUT_RDWR)  # the network goes, right before LOGIN
    with pytest.raises(LoginError) as raised:
        client.login(imap_user.username, imap_user.password)

    error = explain(raised.value, imap_user.host, imap_user.imap_port)

    assert isinstance(error, ConnectionLost) and error.retryable
