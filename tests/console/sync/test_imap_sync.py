"""The sync engine against a real Dovecot: initial, incremental, flags, expunge, resets."""

from __future__ import annotations

from sqlalchemy import func, select

from console.accounts.store import AccountSettings
from console.domain.events import EventKind
from console.domain.status import ConversationStatus
from console.mail.imap_sync import AccountSyncer
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import Conversation, Event, Message
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser


def _count(db: Database, *where: object) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Message).where(*where)) or 0)


def _load_thread(dovecot: DovecotServer, user: ImapUser) -> None:
    """A customer's question, the owner's answer in Sent, and the customer's follow-up."""
    dovecot.append(user.username, "INBOX", make_mail(message_id=msgid(1), subject="Gdje je paket?"))
    dovecot.append(
        user.username,
        "Sent",
        make_mail(
            sender=f"Shop <{user.email}>",
            to="Ana Kovač <ana@kupac.hr>",
            subject="Re: Gdje je paket?",
            body="Paket šaljemo sutra.",
            message_id=msgid(2),
            in_reply_to=msgid(1),
            references=[msgid(1)],
            minutes=30,
        ),
    )
    dovecot.append(
        user.username,
        "INBOX",
        make_mail(
            subject="Odg: Re: Gdje je paket?",
            body="Hvala!",
            message_id=msgid(3),
            in_reply_to=msgid(2),
            references=[msgid(1), msgid(2)],
            minutes=60,
        ),
    )


def test_initial_sync_stores_inbox_and_sent_and_threads_the_owners_reply(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    _load_thread(dovecot, imap_user)
    dovecot.append(
        imap_user.username,
        "INBOX",
        make_mail(
            sender="Hans <hans@kunde.de>",
            subject="Frage zur Bestellung",
            body="Wann kommt die Bestellung?",
        ),
    )

    report = syncer.sync_once()

    assert report.new == 4
    with db.reader() as session:
        conversations = session.scalars(select(Conversation).order_by(Conversation.id)).all()
        assert len(conversations) == 2
        thread = next(c for c in conversations if c.subject == "Gdje je paket?")
        assert thread.message_count == 3
        assert thread.needs_reply
        assert thread.status == ConversationStatus.OPEN
        outgoing = session.scalars(select(Message).where(Message.is_outgoing)).all()
        assert [m.message_id for m in outgoing] == ["m2@test.example"]
        assert outgoing[0].conversation_id == thread.id


def test_second_sync_fetches_only_new_mail_and_nothing_when_nothing_changed(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    for n in range(5):
        dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(n), minutes=n))
    assert syncer.sync_once().new == 5
    dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(99), minutes=99))

    assert syncer.sync_once().new == 1
    again = syncer.sync_once()
    assert (again.new, again.expunged, again.flags_changed) == (0, 0, 0)
    assert _count(db) == 6


def test_flag_changes_on_the_server_reach_the_store(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    uid = dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(1)))
    syncer.sync_once()
    dovecot.set_flags(imap_user.username, "INBOX", uid, ["\\Seen", "\\Flagged"])

    assert syncer.sync_once().flags_changed == 1
    with db.reader() as session:
        flags = session.scalar(select(Message.flags).where(Message.uid == uid))
    assert set((flags or "").split()) == {"\\Seen", "\\Flagged"}


def test_a_message_expunged_on_the_server_is_marked_but_kept_locally(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    uids = [
        dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(n)))
        for n in range(3)
    ]
    syncer.sync_once()
    dovecot.expunge(imap_user.username, "INBOX", [uids[1]])

    assert syncer.sync_once().expunged == 1
    assert _count(db) == 3
    assert _count(db, Message.expunged_at.is_not(None)) == 1
    assert _count(db, Message.uid.is_not(None)) == 2


def test_uidvalidity_change_resyncs_without_duplicates_and_keeps_the_owners_notes(
    db: Database,
    syncer: AccountSyncer,
    account: AccountSettings,
    dovecot: DovecotServer,
    imap_user: ImapUser,
) -> None:
    _load_thread(dovecot, imap_user)
    syncer.sync_once()
    with db.session() as session:
        conversation = session.scalars(select(Conversation)).one()
        conversation.status = ConversationStatus.DONE
        record_event(
            session,
            EventKind.NOTE_ADDED,
            author="owner",
            conversation_id=conversation.id,
            customer_id=conversation.customer_id,
            payload={"text": "Called her, all good."},
        )
        ids_before = set(session.scalars(select(Message.id)).all())
    syncer.close()

    dovecot.reset_uidvalidity(imap_user.username, "INBOX")
    report = syncer.sync_once()

    assert report.folders[0].uidvalidity_reset
    assert report.new == 0
    with db.reader() as session:
        assert set(session.scalars(select(Message.id)).all()) == ids_before
        assert session.scalar(select(func.count()).select_from(Conversation)) == 1
        note = session.scalars(select(Event).where(Event.kind == EventKind.NOTE_ADDED)).one()
        assert note.conversation_id == session.scalars(select(Conversation.id)).one()
    server_uids = set(dovecot.list_uids(imap_user.username, "INBOX"))
    assert {u for u in _uids(db, "INBOX")} == server_uids


def _uids(db: Database, folder: str) -> list[int]:
    from console.storage.models import Folder

    with db.reader() as session:
        return [
            u
            for u in session.scalars(
                select(Message.uid)
                .join(Folder, Folder.id == Message.folder_id)
                .where(Folder.name == folder, Message.uid.is_not(None))
            )
            if u is not None
        ]


def test_large_inbox_is_fetched_newest_first_in_batches_that_start_small(
    db: Database, account: AccountSettings, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    dovecot.bulk_load_maildir(
        imap_user.username,
        "INBOX",
        (make_mail(message_id=msgid(n), minutes=n, subject=f"Pitanje {n}") for n in range(120)),
    )
    seen: list[int] = []
    syncer = AccountSyncer(
        db, account, imap_user.password, batch_messages=25, progress=lambda p: seen.append(p.done)
    )
    try:
        assert syncer.sync_once().new == 120
    finally:
        syncer.close()
    # 25 // RAMP_START = 3 messages first, then twice as many each time up to 25, and at
    # the end at most half of what is left: 3, 6, 12, 24, 25, 25, 13, 6, 3, 3.
    assert seen == [3, 9, 21, 45, 70, 95, 108, 114, 117, 120]
    with db.reader() as session:
        first_ids = session.scalars(select(Message.uid).order_by(Message.id).limit(3)).all()
    assert first_ids == sorted(first_ids, reverse=True)


def test_order_and_form_mails_are_recognized_when_parsed_on_worker_processes(
    db: Database, account: AccountSettings, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    from pathlib import Path

    from console.mail.parse_pool import ParsePool
    from console.orders.queries import list_orders

    fixtures = Path(__file__).resolve().parents[2] / "fixtures"
    raws = [p.read_bytes() for p in sorted((fixtures / "orders").glob("*_new_order_*.eml"))]
    raws += [p.read_bytes() for p in sorted((fixtures / "callbacks").glob("wpforms_*.eml"))]
    dovecot.bulk_load_maildir(imap_user.username, "INBOX", raws)
    with ParsePool(workers=2) as pool:
        syncer = AccountSyncer(db, account, imap_user.password, pool=pool)
        try:
            assert syncer.sync_once().new == len(raws)
        finally:
            syncer.close()
    assert len(list_orders(db)) >= 3
    with db.reader() as session:
        from sqlalchemy import text

        assert session.execute(text("SELECT count(*) FROM callbacks")).scalar_one() >= 1
