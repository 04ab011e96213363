"""Sending for real: aiosmtpd with STARTTLS + AUTH, the copy in Dovecot's Sent, the
reply in its conversation — and the outbox surviving a server that is down."""

from __future__ import annotations

import email
import threading
from dataclasses import replace
from email import policy
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select

from console.accounts import secrets
from console.domain.events import EventKind
from console.domain.status import ConversationStatus
from console.inbox.actions import set_status
from console.outbox import preferences
from console.outbox.compose import ComposeError, ComposeProblem, Draft, Recipient, reply_draft
from console.outbox.drafts import load_drafts, save_draft
from console.outbox.queue import OutboxState, enqueue, get_entry, list_outbox, retry, undo
from console.outbox.worker import OutboxChange, OutboxWorker
from console.storage.database import Database
from console.storage.models import Conversation, Event, Message
from tests.console.outbox.conftest import Clock, Shop, add_shop_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.servers.smtp import SmtpReject, SmtpServer


def customer_asks(shop: Shop, *, subject: str = "Gdje je moja narudžba?") -> int:
    """A customer's mail (a reply to an earlier one of ours) arrives and is synced."""
    shop.dovecot.append(
        shop.user.username,
        "INBOX",
        make_mail(
            sender="Ana Kovač <ana@kupac.hr>",
            to=f"Kovač Kolica <{shop.user.email}>",
            subject=f"Odg: {subject}",
            body="Poštovani, narudžba 1042 još nije stigla. Ana",
            message_id=msgid(2),
            in_reply_to=msgid(1),
            references=[msgid(1)],
        ),
    )
    shop.sync()
    with shop.db.reader() as session:
        conversation_id = session.scalar(select(Conversation.id))
        assert conversation_id is not None
        return int(conversation_id)


def sent_folder_ids(shop: Shop, message_id: str) -> list[int]:
    with shop.dovecot.session(shop.user.username) as client:
        client.select_folder("Sent", readonly=True)
        return list(client.search(["HEADER", "Message-ID", f"<{message_id}>"]))


def test_a_reply_goes_out_over_starttls_lands_in_sent_and_joins_its_conversation(
    shop: Shop, clock: Clock
) -> None:
    conversation_id = customer_asks(shop)
    draft = reply_draft(shop.db, conversation_id)
    assert draft.to == (Recipient("ana@kupac.hr", "Ana Kovač"),)
    assert draft.subject == "Re: Gdje je moja narudžba?"
    draft = replace(draft, body="Poštovana gospođo Kovač,\n\nšaljemo danas.")
    changes: list[OutboxChange] = []
    worker = OutboxWorker(shop.db, clock, on_change=changes.append)

    entry = enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    assert entry.state is OutboxState.QUEUED
    report = worker.run_once()

    assert report.sent == [entry.id]
    [received] = shop.smtp.wait_for_messages(1)
    assert received.tls and received.auth_user == shop.smtp.username
    assert received.rcpt_tos == ("ana@kupac.hr",)
    assert received.mail_from == shop.user.email
    sent = email.message_from_bytes(received.data, policy=policy.default)
    assert sent["In-Reply-To"] == msgid(2)
    assert sent["References"].split() == [msgid(1), msgid(2)]
    assert sent["Subject"] == "Re: Gdje je moja narudžba?"
    assert sent["From"].addresses[0].display_name == "Kovač Kolica d.o.o."

    done = get_entry(shop.db, entry.id)
    assert done is not None and done.state is OutboxState.SENT and done.filed
    assert done.conversation_id == conversation_id
    assert len(sent_folder_ids(shop, entry.message_id)) == 1
    with shop.db.reader() as session:
        conversation = session.get_one(Conversation, conversation_id)
        assert conversation.status == ConversationStatus.WAITING
        assert not conversation.needs_reply
        assert conversation.message_count == 2
        mine = session.scalars(select(Message).where(Message.message_id == entry.message_id)).one()
        assert mine.is_outgoing and mine.conversation_id == conversation_id
        kinds = [e.kind for e in session.scalars(select(Event).order_by(Event.created_at))]
        assert EventKind.REPLY_QUEUED in kinds and EventKind.REPLY_SENT in kinds
        status_events = session.scalars(
            select(Event).where(Event.kind == EventKind.STATUS_CHANGED)
        ).all()
        assert [e.payload for e in status_events] == ['{"from": "open", "to": "waiting"}']
    assert {c.state for c in changes} == {OutboxState.SENT}

    # The next sync sees our copy in Sent as the same message: nothing doubles.
    shop.sync()
    with shop.db.reader() as session:
        assert session.get_one(Conversation, conversation_id).message_count == 2
    assert worker.run_once().sent == []
    assert len(shop.smtp.messages) == 1


def test_a_reply_to_a_done_conversation_sets_it_waiting_with_an_event(
    shop: Shop, clock: Clock
) -> None:
    conversation_id = customer_asks(shop)
    set_status(shop.db, conversation_id, ConversationStatus.DONE, author="Ivana")
    draft = replace(reply_draft(shop.db, conversation_id), body="Još nešto.")
    enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    OutboxWorker(shop.db, clock).run_once()
    with shop.db.reader() as session:
        assert session.get_one(Conversation, conversation_id).status == "waiting"
        payloads = session.scalars(
            select(Event.payload)
            .where(Event.kind == EventKind.STATUS_CHANGED)
            .order_by(Event.created_at)
        ).all()
    assert '{"from": "done", "to": "waiting"}' in payloads


def test_smtp_down_keeps_the_reply_queued_then_sends_it_exactly_once(
    shop: Shop, clock: Clock
) -> None:
    shop.smtp.stop()
    draft = Draft(
        account_id=shop.account_id,
        to=(Recipient("hans@kunde.de", "Hans Müller"),),
        subject="Ihre Bestellung 1042",
        body="Guten Tag Herr Müller,\n\nIhre Bestellung ist unterwegs.",
    )
    entry = enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    worker = OutboxWorker(shop.db, clock, retry_initial=10, retry_maximum=60)

    first = worker.run_once()
    assert first.deferred == [entry.id] and first.sent == []
    waiting = get_entry(shop.db, entry.id)
    assert waiting is not None and waiting.state is OutboxState.QUEUED
    assert waiting.last_error and "refused the connection" in waiting.last_error
    assert first.next_due is not None and first.next_due > clock()

    clock.advance(1)  # Still within the backoff: no attempt at all.
    assert worker.run_once().deferred == []
    clock.advance(60)
    assert worker.run_once().deferred == [entry.id]  # Tried again, still down.

    shop.smtp.start()
    clock.advance(120)
    assert worker.run_once().sent == [entry.id]
    clock.advance(600)
    worker.run_once()
    assert len(shop.smtp.wait_for_messages(1)) == 1
    assert len(shop.smtp.messages) == 1
    done = get_entry(shop.db, entry.id)
    assert done is not None and done.state is OutboxState.SENT and done.last_error is None


def test_the_worker_thread_sends_as_soon_as_the_server_is_back(shop: Shop) -> None:
    shop.smtp.stop()
    draft = Draft(
        account_id=shop.account_id,
        to=(Recipient("olga@pokupatel.ru", "Ольга"),),
        subject="Ваш заказ 1042",
        body="Здравствуйте, Ольга! Ваш заказ отправлен.",
    )
    worker = OutboxWorker(shop.db, retry_initial=0.2, retry_maximum=0.5)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), kwargs={"poll_seconds": 5})
    thread.start()
    try:
        enqueue(shop.db, draft, author="Ivana", undo_seconds=0)
        worker.wake()
        threading.Event().wait(0.6)
        assert shop.smtp.messages == []
        shop.smtp.start()
        shop.smtp.wait_for_messages(1, timeout=10)
        threading.Event().wait(0.5)
    finally:
        stop.set()
        worker.wake()
        thread.join(10)
    assert not thread.is_alive()
    assert len(shop.smtp.messages) == 1
    [entry] = list_outbox(shop.db)
    assert entry.state is OutboxState.SENT


def test_undo_send_holds_the_message_back_and_gives_the_draft_back(
    shop: Shop, clock: Clock
) -> None:
    preferences.set_undo_seconds(shop.db, 5)
    typed = Draft(
        account_id=shop.account_id,
        to=(Recipient("ayse@musteri.com.tr", "Ayşe Yılmaz"),),
        subject="Siparişiniz",
        body="Merhaba Ayşe Hanım, siparişiniz yarın kargoda.",
    )
    draft_id = save_draft(shop.db, typed)
    entry = enqueue(shop.db, replace(typed, id=draft_id), author="Ivana", now=clock())
    assert entry.state is OutboxState.SCHEDULED
    assert load_drafts(shop.db, None) == []  # The draft became the outbox entry.
    with pytest.raises(ComposeError) as twice:  # a second click on Send
        enqueue(shop.db, replace(typed, id=draft_id), author="Ivana", now=clock())
    assert twice.value.code is ComposeProblem.ALREADY_QUEUED
    assert len(list_outbox(shop.db)) == 1
    worker = OutboxWorker(shop.db, clock)

    clock.advance(4)
    assert worker.run_once().sent == []
    restored = undo(shop.db, entry.id)
    assert restored is not None and restored.body == typed.body and restored.id is not None
    assert [d.body for d in load_drafts(shop.db, None)] == [typed.body]

    clock.advance(60)
    assert worker.run_once().sent == []
    assert shop.smtp.messages == []
    cancelled = get_entry(shop.db, entry.id)
    assert cancelled is not None and cancelled.state is OutboxState.CANCELLED

    # Sent for real this time: after the delay it goes, and undo comes too late.
    again = enqueue(shop.db, restored, author="Ivana", now=clock())
    clock.advance(5)
    assert worker.run_once().sent == [again.id]
    assert undo(shop.db, again.id) is None
    assert len(shop.smtp.wait_for_messages(1)) == 1


def test_a_refused_recipient_fails_with_the_servers_reason_and_can_be_retried(
    shop: Shop, clock: Clock
) -> None:
    shop.smtp.set_reject(SmtpReject(550, "5.1.1 Mailbox unknown", stage="RCPT"))
    draft = Draft(
        account_id=shop.account_id,
        to=(Recipient("nepostoji@kupac.hr"),),
        subject="Narudžba",
        body="Pozdrav!",
    )
    entry = enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    worker = OutboxWorker(shop.db, clock)
    assert worker.run_once().failed == [entry.id]
    failed = get_entry(shop.db, entry.id)
    assert failed is not None and failed.state is OutboxState.FAILED
    assert failed.last_error is not None
    assert "550" in failed.last_error and "Mailbox unknown" in failed.last_error
    assert "nepostoji@kupac.hr" in failed.last_error
    clock.advance(3600)
    assert worker.run_once().sent == []  # Failed waits for the owner.

    shop.smtp.set_reject(None)
    assert retry(shop.db, now=clock()) == 1
    assert worker.run_once().sent == [entry.id]
    assert len(shop.smtp.wait_for_messages(1)) == 1


def test_a_temporary_rejection_is_retried_later(shop: Shop, clock: Clock) -> None:
    shop.smtp.set_reject(SmtpReject(451, "4.3.0 Try again later", stage="DATA"))
    draft = Draft(account_id=shop.account_id, to=(Recipient("ana@kupac.hr"),), subject="x")
    entry = enqueue(shop.db, draft, author="Ivana", now=clock(), undo_seconds=0)
    worker = OutboxWorker(shop.db, clock, retry_initial=30)
    assert worker.run_once().deferred == [entry.id]
    queued = get_entry(shop.db, entry.id)
    assert queued is not None and queued.state is OutboxState.QUEUED
    assert queued.last_error is not None and "451" in queued.last_error
    shop.smtp.set_reject(None)
    clock.advance(60)
    assert worker.run_once().sent == [entry.id]


def test_a_wrong_password_fails_every_waiting_message_with_a_clear_reason(
    shop: Shop, clock: Clock
) -> None:
    secrets.store_password("smtp", shop.user.email, "wrong")
    ids = [
        enqueue(
            shop.db,
            Draft(account_id=shop.account_id, to=(Recipient(f"k{i}@kupac.hr"),), subject="x"),
            author="Ivana",
            now=clock(),
            undo_seconds=0,
        ).id
        for i in range(3)
    ]
    report = OutboxWorker(shop.db, clock).run_once()
    assert sorted(report.failed) == ids
    for entry in list_outbox(shop.db):
        assert entry.state is OutboxState.FAILED
        assert entry.error_kind == "auth"
        assert entry.last_error is not None and "rejected the user name or password" in (
            entry.last_error
        )
    assert shop.smtp.messages == []


def test_gmail_saves_sent_mail_itself_so_nothing_is_appended(
    db: Database,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
    dovecot: DovecotServer,
    keyring_backend: KeyringBackend,
    tmp_path: Path,
    clock: Clock,
) -> None:
    # IMAP host says Gmail: the worker must not append (and never needs IMAP to send).
    account = add_shop_account(db, imap_user, smtp_server, tmp_path, imap_host="imap.gmail.com")
    draft = Draft(account_id=account.id, to=(Recipient("ana@kupac.hr"),), subject="Hvala")
    entry = enqueue(db, draft, author="Ivana", now=clock(), undo_seconds=0)

    assert OutboxWorker(db, clock).run_once().sent == [entry.id]

    done = get_entry(db, entry.id)
    assert done is not None and done.filed and done.conversation_id is not None
    assert dovecot.list_uids(imap_user.username, "Sent") == []
    assert len(smtp_server.wait_for_messages(1)) == 1
