"""Push (IDLE), polling and reconnecting after the server goes away."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from console.mail.backoff import Backoff
from console.mail.imap_sync import AccountSyncer
from console.mail.imap_watch import Failed, Idling, Synced, WatchEvent, WatchTiming, watch
from console.storage.database import Database
from tests.console.conftest import add_test_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser

FAST = WatchTiming(reidle_after=600, full_sync_every=600, poll_every=0.5, idle_tick=0.2)


class Watching:
    def __init__(self, syncer: AccountSyncer) -> None:
        self.events: queue.Queue[WatchEvent] = queue.Queue()
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=watch,
            args=(syncer, self.stop, self.events.put),
            kwargs={"timing": FAST, "backoff": Backoff(initial=0.2, maximum=1.0)},
            daemon=True,
        )

    def next(self, kind: type, timeout: float = 10.0) -> WatchEvent:
        while True:
            event = self.events.get(timeout=timeout)
            if isinstance(event, kind):
                return event

    def next_new_mail(self, timeout: float = 10.0) -> Synced:
        while True:
            event = self.next(Synced, timeout)
            assert isinstance(event, Synced)
            if event.report.new:
                return event

    def close(self) -> None:
        self.stop.set()
        self.thread.join(10)
        assert not self.thread.is_alive()


@pytest.fixture
def watching(syncer: AccountSyncer) -> Iterator[Watching]:
    w = Watching(syncer)
    w.thread.start()
    yield w
    w.close()


def test_new_mail_is_pushed_through_idle_within_seconds(
    watching: Watching, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    idling = watching.next(Idling)
    assert isinstance(idling, Idling) and idling.push
    dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(1)))
    assert watching.next_new_mail(timeout=5).report.new == 1


@pytest.fixture
def private_server(tmp_path: Path) -> Iterator[DovecotServer]:
    server = DovecotServer(capabilities=None)
    server.start()
    try:
        yield server
    finally:
        server.close()


def test_sync_reconnects_with_backoff_after_the_server_was_stopped_and_started(
    tmp_path: Path, private_server: DovecotServer, keyring_backend: KeyringBackend
) -> None:
    user = private_server.new_user()
    with Database(tmp_path / "db.sqlite3") as db:
        account = add_test_account(db, user)
        w = Watching(AccountSyncer(db, account, user.password))
        w.thread.start()
        try:
            w.next(Idling)
            private_server.stop()
            failure = w.next(Failed)
            assert isinstance(failure, Failed) and failure.retry_in is not None
            private_server.start()
            private_server.append(user.username, "INBOX", make_mail(message_id=msgid(7)))
            assert w.next_new_mail(timeout=15).report.new == 1
        finally:
            w.close()


def test_a_server_without_idle_is_polled(tmp_path: Path, keyring_backend: KeyringBackend) -> None:
    server = DovecotServer(
        capabilities="IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE SPECIAL-USE UIDPLUS"
    )
    server.start()
    try:
        user = server.new_user()
        with Database(tmp_path / "db.sqlite3") as db:
            account = add_test_account(db, user)
            w = Watching(AccountSyncer(db, account, user.password))
            w.thread.start()
            try:
                idling = w.next(Idling)
                assert isinstance(idling, Idling) and not idling.push
                server.append(user.username, "INBOX", make_mail(message_id=msgid(8)))
                assert w.next_new_mail(timeout=10).report.new == 1
            finally:
                w.close()
    finally:
        server.close()


def test_a_wrong_password_stops_retrying_and_says_why(
    db: Database, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    account = add_test_account(db, imap_user)
    w = Watching(AccountSyncer(db, account, "not the password"))
    w.thread.start()
    try:
        failure = w.next(Failed)
        assert isinstance(failure, Failed) and failure.retry_in is None
        assert "password" in str(failure.error)
        w.thread.join(5)
        assert not w.thread.is_alive()
    finally:
        w.close()
