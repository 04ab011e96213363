"""A crash while sending: the next worker looks in Sent before it sends again.

A crash is simulated by claiming a row (state ``sending``) with a worker that then
disappears; whether the message had reached the server is simulated by putting it in
Dovecot's Sent folder or not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta

from sqlalchemy import select, update

from console.accounts import secrets
from console.outbox import transitions as tx
from console.outbox.compose import Draft, Recipient
from console.outbox.queue import OutboxState, enqueue, get_entry
from console.outbox.worker import OutboxWorker
from console.storage.models import Message
from console.storage.models_outbox import OutboxRow
from tests.console.outbox.conftest import Clock, Shop


def crashed_while_sending(shop: Shop, clock: Clock, *, owner: str | None = None) -> tx.Claimed:
    """A reply that a worker claimed and then died with (``owner``: its token)."""
    draft = Draft(
        account_id=shop.account_id,
        to=(Recipient("ziga@stranka.si", "Žiga Čeh"),),
        subject="Vaše naročilo 1042",
        body="Pozdravljeni, naročilo smo danes poslali.",
    )
    entry = enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    claimed = tx.claim(shop.db, entry.id, "dead-worker", clock())
    assert claimed is not None
    with shop.db.session() as session:
        session.execute(update(OutboxRow).where(OutboxRow.id == entry.id).values(claimed_by=owner))
    return claimed


def test_a_message_already_in_sent_is_marked_sent_without_smtp(shop: Shop, clock: Clock) -> None:
    claimed = crashed_while_sending(shop, clock)
    shop.dovecot.append(shop.user.username, "Sent", claimed.raw)

    report = OutboxWorker(shop.db, clock).run_once()

    assert report.recovered == [claimed.id] and report.sent == []
    assert shop.smtp.messages == []
    entry = get_entry(shop.db, claimed.id)
    assert entry is not None and entry.state is OutboxState.SENT and entry.filed
    assert len(shop.dovecot.list_uids(shop.user.username, "Sent")) == 1  # not appended again
    with shop.db.reader() as session:
        stored = session.scalars(
            select(Message).where(Message.message_id == claimed.message_id)
        ).one()
        assert stored.is_outgoing and stored.conversation_id is not None


def test_a_message_not_in_sent_is_sent_once(shop: Shop, clock: Clock) -> None:
    claimed = crashed_while_sending(shop, clock)
    worker = OutboxWorker(shop.db, clock)

    assert worker.run_once().sent == [claimed.id]
    clock.advance(3600)
    worker.run_once()
    OutboxWorker(shop.db, clock).run_once()  # A restarted app, too.

    assert len(shop.smtp.wait_for_messages(1)) == 1
    assert len(shop.smtp.messages) == 1
    assert len(shop.dovecot.list_uids(shop.user.username, "Sent")) == 1


def test_a_claim_by_a_live_worker_is_left_alone_until_its_lease_runs_out(
    shop: Shop, clock: Clock
) -> None:
    claimed = crashed_while_sending(shop, clock, owner=f"{os.getpid()}:another-worker")
    worker = OutboxWorker(shop.db, clock, lease=timedelta(minutes=10))

    assert worker.run_once().sent == []
    entry = get_entry(shop.db, claimed.id)
    assert entry is not None and entry.state is OutboxState.SENDING
    assert shop.smtp.messages == []

    clock.advance(11 * 60)
    assert worker.run_once().sent == [claimed.id]
    assert len(shop.smtp.wait_for_messages(1)) == 1


def test_a_claim_by_a_process_that_died_is_taken_over_at_once(shop: Shop, clock: Clock) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    claimed = crashed_while_sending(shop, clock, owner=f"{dead.stdout.strip()}:gone")
    assert OutboxWorker(shop.db, clock).run_once().sent == [claimed.id]
    assert len(shop.smtp.wait_for_messages(1)) == 1


def test_when_sent_cannot_be_checked_nothing_is_resent_blind(shop: Shop, clock: Clock) -> None:
    claimed = crashed_while_sending(shop, clock)
    secrets.store_password("imap", shop.user.email, "wrong-password")

    report = OutboxWorker(shop.db, clock).run_once()

    assert report.failed == [claimed.id]
    assert shop.smtp.messages == []
    entry = get_entry(shop.db, claimed.id)
    assert entry is not None and entry.state is OutboxState.FAILED
    assert entry.error_kind == "uncertain"
    assert entry.last_error is not None and "Sent folder" in entry.last_error
