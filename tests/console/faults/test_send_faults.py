"""Sending replies through a network that cuts, stalls and slows both SMTP and IMAP.

Every reply is queued first, then the :class:`OutboxWorker` thread sends them through a
:class:`FaultProxy` in front of the real SMTP server (aiosmtpd) and files them in Sent
through another one in front of Dovecot. In the end every reply was delivered and filed
in Sent exactly once, and none is left waiting or failed.

Exactly once is what SMTP cannot promise: when the connection dies after the end of the
message and before the server's reply, nobody knows whether it was taken. The SMTP proxy
watches the (unencrypted, loopback) conversation and counts the connections that died in
that window; the test asserts that duplicates happen only there, and that every message
delivered twice carries a note saying it may have been.

The SMTP leg is plain text so the proxy can read it; its faults are cut, stall and delay.
The fourth kind, dropping bytes, is what a broken TLS record looks like and runs on the
IMAP leg (TLS): TCP itself never loses bytes silently.

Two more tests take the window on purpose (the server takes the message and hangs up
without answering): the message is looked for in Sent before it is sent again.

CI runs 30 faults (21 on SMTP, 9 on IMAP) with seed 1; more faults or other seeds, with the
figures printed:
``SHOPKEEPER_FAULTS=50 SHOPKEEPER_FAULT_SEEDS=1,2,3 ./scripts/test -s -k send_faults``.
"""

from __future__ import annotations

import os
import threading
import time
from collections import Counter
from dataclasses import replace
from email.parser import BytesHeaderParser
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select, update

from console.accounts import secrets
from console.accounts.store import AccountSettings, add_account, get_account
from console.domain.security import Security
from console.mail.imap_sync import AccountSyncer
from console.outbox.compose import Draft, Recipient, reply_draft
from console.outbox.queue import OutboxState, enqueue, get_entry, list_outbox
from console.outbox.worker import MAYBE_TWICE, OutboxWorker
from console.storage.database import Database
from console.storage.models import Account, Conversation, Message
from tests.console.outbox.conftest import Clock, add_shop_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.servers.fault_proxy import FAULTS, FaultProxy
from tests.servers.smtp import SmtpServer
from tests.servers.smtp_window import SmtpWindowWatcher

FAULT_BUDGET = int(os.environ.get("SHOPKEEPER_FAULTS", "30"))
SEEDS = [int(s) for s in os.environ.get("SHOPKEEPER_FAULT_SEEDS", "1").split(",")]
REPLIES = int(os.environ.get("SHOPKEEPER_SEND_MESSAGES", "40"))
SMTP_FAULTS = ("cut", "stall", "delay")
SMTP_BUDGET = max(len(SMTP_FAULTS), FAULT_BUDGET * 7 // 10)
IMAP_BUDGET = max(len(FAULTS), FAULT_BUDGET - SMTP_BUDGET)


def _message_id(raw: bytes) -> str:
    return str(BytesHeaderParser().parsebytes(raw)["Message-ID"]).strip().strip("<>")


def _sent_folder_ids(dovecot: DovecotServer, user: ImapUser) -> Counter[str]:
    with dovecot.session(user.username) as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"]) if uids else {}
    return Counter(
        _message_id(data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]) for data in fetched.values()
    )


def _customer_conversations(
    db: Database, dovecot: DovecotServer, user: ImapUser, account: AccountSettings
) -> list[int]:
    """N customers write in; one sync (straight to Dovecot) makes N conversations."""
    dovecot.bulk_load_maildir(
        user.username,
        "INBOX",
        (
            make_mail(
                sender=f"Kupac {n} <kupac{n}@stranka.hr>",
                to=f"Trgovina <{user.email}>",
                subject=f"Narudžba {1000 + n}",
                body=f"Poštovani, gdje je moja narudžba {1000 + n}?",
                message_id=msgid(f"ask-{n}"),
                minutes=n,
            )
            for n in range(REPLIES)
        ),
    )
    syncer = AccountSyncer(db, account, user.password)
    try:
        assert syncer.sync_once().new == REPLIES
    finally:
        syncer.close()
    with db.reader() as session:
        return list(session.scalars(select(Conversation.id).order_by(Conversation.id)).all())


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_replies_sent_through_faults_arrive_once_except_in_the_window_smtp_cannot_close(
    seed: int,
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    keyring_backend: KeyringBackend,
) -> None:
    started = time.monotonic()
    user = imap_user
    watcher = SmtpWindowWatcher()
    with (
        SmtpServer(tls="none", username=user.username) as smtp,
        FaultProxy(
            smtp.port,
            seed=seed,
            budget=SMTP_BUDGET,
            kinds=SMTP_FAULTS,
            max_offset=800,  # greeting, EHLO, AUTH and the replies of a few messages
            stall_seconds=0.3,
            watcher=watcher,
            every_kind=True,
            server_silence=1.0,
        ) as smtp_proxy,
        FaultProxy(
            dovecot.imaps_port,
            seed=seed + 1000,
            budget=IMAP_BUDGET,
            max_offset=8_000,  # TLS handshake, login, SELECT, SEARCH, APPEND
            stall_seconds=0.3,
            every_kind=True,
            server_silence=1.0,  # how long a client stuck after a drop waits
        ) as imap_proxy,
        Database(tmp_path / "db.sqlite3") as db,
    ):
        account_id = add_account(
            db,
            AccountSettings(
                email=user.email,
                display_name="Trgovina",
                imap_host="127.0.0.1",
                imap_port=user.imaps_port,
                imap_security=Security.SSL,
                imap_username=user.username,
                ca_file=str(user.ca_file),
                smtp_host="127.0.0.1",
                smtp_port=smtp_proxy.port,
                smtp_security=Security.PLAIN,
                smtp_username=smtp.username,
            ),
            user.password,
            author="test",
        )
        secrets.store_password("smtp", user.email, smtp.password)
        conversations = _customer_conversations(db, dovecot, user, get_account(db, account_id))
        # From here on IMAP (the Sent folder) goes through its proxy as well.
        with db.session() as session:
            session.execute(
                update(Account).where(Account.id == account_id).values(imap_port=imap_proxy.port)
            )
        for n, conversation_id in enumerate(conversations):
            draft = reply_draft(db, conversation_id)
            draft = replace(draft, body=f"Poštovani, šaljemo danas ({n}).")
            enqueue(db, draft, author="Ivana", undo_seconds=0)

        worker = OutboxWorker(db, retry_initial=0.05, retry_maximum=0.3, smtp_timeout=3.0)
        stop = threading.Event()
        thread = threading.Thread(
            target=worker.run, args=(stop,), kwargs={"poll_seconds": 0.2}, daemon=True
        )
        thread.start()

        def unsettled() -> int:
            entries = list_outbox(db, limit=100_000)
            return sum(not (e.state is OutboxState.SENT and e.filed) for e in entries)

        extra = 0
        try:
            deadline = time.monotonic() + 120
            while not (smtp_proxy.exhausted and imap_proxy.exhausted):
                assert time.monotonic() < deadline, (
                    f"faults not spent: {smtp_proxy.log} {imap_proxy.log}"
                )
                if unsettled() < 3:  # Keep the faults supplied with mail to break.
                    for _ in range(3):
                        extra += 1
                        enqueue(db, _new_message(account_id, extra), author="Ivana", undo_seconds=0)
                    worker.wake()
                time.sleep(0.05)
            deadline = time.monotonic() + 60
            while unsettled():
                assert time.monotonic() < deadline, _stuck(db)
                time.sleep(0.1)
        finally:
            stop.set()
            thread.join(15)
        assert not thread.is_alive()

        entries = list_outbox(db, limit=100_000)
        received = Counter(_message_id(m.data) for m in smtp.messages)
        in_sent = _sent_folder_ids(dovecot, user)
        with db.reader() as session:
            stored = Counter(
                session.scalars(
                    select(Message.message_id).where(Message.conversation_id.is_not(None))
                ).all()
            )
    ids = {e.message_id for e in entries}
    duplicates = sum(count - 1 for count in received.values())
    noted = {e.message_id for e in entries if e.last_error == MAYBE_TWICE[1]}
    print(
        f"\nseed {seed}: {len(entries)} messages ({REPLIES} replies + {extra} more); "
        f"SMTP faults {Counter(smtp_proxy.log.injected)} over {smtp_proxy.log.connections} "
        f"connections; IMAP faults {Counter(imap_proxy.log.injected)} over "
        f"{imap_proxy.log.connections} connections; cuts between end of data and reply: "
        f"{len(watcher.cuts)} {watcher.cuts_by_fault()}; duplicates delivered: {duplicates}; "
        f"noted as maybe twice: {len(noted)}; {time.monotonic() - started:.1f} s"
    )

    # Nothing lost, nothing left behind: every message went out and is in Sent once.
    assert all(e.state is OutboxState.SENT and e.filed for e in entries)
    assert set(received) == ids
    assert in_sent == Counter(ids)
    assert all(stored[message_id] == 1 for message_id in ids)  # in its conversation once
    # Duplicates only where SMTP cannot tell, and the owner is told which may be one.
    assert duplicates <= len(watcher.cuts)
    assert {m for m, count in received.items() if count > 1} <= noted
    # The faults really happened, every kind of them.
    assert len(smtp_proxy.log.injected) == SMTP_BUDGET
    assert len(imap_proxy.log.injected) == IMAP_BUDGET
    assert set(smtp_proxy.log.injected) == set(SMTP_FAULTS)
    assert set(imap_proxy.log.injected) == set(FAULTS)
    assert watcher.messages_ended >= len(entries)


def _new_message(account_id: int, n: int) -> Draft:
    return Draft(
        account_id=account_id,
        to=(Recipient(f"novi{n}@stranka.hr", f"Novi Kupac {n}"),),
        subject=f"Vaša narudžba {5000 + n}",
        body="Poštovani, vaša narudžba je poslana.",
    )


def _stuck(db: Database) -> str:
    waiting = [
        e for e in list_outbox(db, limit=100_000) if not (e.state is OutboxState.SENT and e.filed)
    ]
    return "not settled: " + "; ".join(
        f"{e.id} {e.state.value} filed={e.filed} {e.last_error}" for e in waiting[:10]
    )


def _window_shop(tmp_path: Path, db: Database, user: ImapUser, smtp: SmtpServer) -> tuple[int, str]:
    """An account on ``smtp`` and one reply queued; (outbox id, Message-ID)."""
    account = add_shop_account(db, user, smtp, tmp_path)
    assert account.id is not None
    entry = enqueue(db, _new_message(account.id, 1), author="Ivana", now=Clock()(), undo_seconds=0)
    return entry.id, entry.message_id


def test_a_message_lost_in_the_window_is_looked_for_in_sent_then_sent_again_with_a_note(
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
    keyring_backend: KeyringBackend,
) -> None:
    clock = Clock()
    with Database(tmp_path / "db.sqlite3") as db:
        outbox_id, message_id = _window_shop(tmp_path, db, imap_user, smtp_server)
        worker = OutboxWorker(db, clock)
        smtp_server.set_vanish_after_data(True)

        report = worker.run_once()

        # Taken by the server, but nobody knows: not "queued" (that would resend blind).
        assert report.deferred == [outbox_id] and report.sent == []
        assert len(smtp_server.wait_for_messages(1)) == 1
        uncertain = get_entry(db, outbox_id)
        assert uncertain is not None and uncertain.state is OutboxState.SENDING
        assert uncertain.error_kind == "uncertain_delivery"

        smtp_server.set_vanish_after_data(False)
        clock.advance(3600)
        worker.run_once()  # Not in Sent (this provider does not file it): sent again.

        entry = get_entry(db, outbox_id)
        assert entry is not None and entry.state is OutboxState.SENT and entry.filed
        assert entry.last_error == MAYBE_TWICE[1]
        assert [_message_id(m.data) for m in smtp_server.messages] == [message_id] * 2
        assert _sent_folder_ids(dovecot, imap_user) == Counter([message_id])


def test_a_message_lost_in_the_window_but_filed_by_the_provider_is_not_sent_again(
    tmp_path: Path,
    dovecot: DovecotServer,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
    keyring_backend: KeyringBackend,
) -> None:
    clock = Clock()
    with Database(tmp_path / "db.sqlite3") as db:
        outbox_id, message_id = _window_shop(tmp_path, db, imap_user, smtp_server)
        worker = OutboxWorker(db, clock)
        smtp_server.set_vanish_after_data(True)
        worker.run_once()
        [taken] = smtp_server.wait_for_messages(1)
        # Like Gmail, the provider put what it accepted into Sent.
        dovecot.append(imap_user.username, "Sent", taken.data, flags=["\\Seen"])
        smtp_server.set_vanish_after_data(False)
        clock.advance(3600)

        report = worker.run_once()

        assert report.recovered == [outbox_id] and report.sent == []
        assert len(smtp_server.messages) == 1
        entry = get_entry(db, outbox_id)
        assert entry is not None and entry.state is OutboxState.SENT and entry.filed
        assert entry.last_error is None
        assert _sent_folder_ids(dovecot, imap_user) == Counter([message_id])
