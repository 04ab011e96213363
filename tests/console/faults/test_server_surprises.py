"""What other clients and the server do behind our back: renames, deletions, moves,
changed certificates, expired passwords. Each is handled with no loss and a clear word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import func, select

from console.accounts.store import AccountSettings
from console.mail.errors import AuthenticationFailed, CertificateRejected
from console.mail.imap_sync import AccountSyncer
from console.storage.database import Database
from console.storage.models import Conversation, Message
from tests.console.conftest import add_test_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser


def _messages(db: Database, *where: object) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Message).where(*where)) or 0)


def _sent_reply(user: ImapUser, n: int) -> bytes:
    return make_mail(
        sender=f"Shop <{user.email}>",
        to="Ana <ana@kupac.hr>",
        subject="Re: Pitanje",
        message_id=msgid(f"sent-{n}"),
        in_reply_to=msgid(n),
    )


def test_a_renamed_sent_folder_loses_nothing_and_doubles_nothing(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    for n in range(3):
        dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(n)))
        dovecot.append(imap_user.username, "Sent", _sent_reply(imap_user, n))
    syncer.sync_once()
    # Another client renames Sent; the server makes a new, empty Sent (special-use).
    dovecot.rename_folder(imap_user.username, "Sent", "Old Sent")

    report = syncer.sync_once()

    assert report.new == 0
    with db.reader() as session:
        conversations = session.scalars(select(Conversation)).all()
    assert [c.message_count for c in conversations] == [2, 2, 2]
    assert _messages(db) == 6
    assert _messages(db, Message.expunged_at.is_not(None)) == 3  # gone from the server's Sent


def test_a_deleted_extra_folder_keeps_its_mail_locally(
    tmp_path: Path, dovecot: DovecotServer, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    dovecot.create_folder(imap_user.username, "Reklamacije")
    dovecot.append(imap_user.username, "Reklamacije", make_mail(message_id=msgid(1)))
    with Database(tmp_path / "db.sqlite3") as db:
        account = add_test_account(db, imap_user)
        account = AccountSettings(**{**_fields(account), "extra_folders": ("Reklamacije",)})
        syncer = AccountSyncer(db, account, imap_user.password)
        try:
            assert syncer.sync_once().new == 1
            dovecot.delete_folder(imap_user.username, "Reklamacije")
            syncer.sync_once()
        finally:
            syncer.close()
        assert _messages(db) == 1
        assert _messages(db, Message.expunged_at.is_not(None)) == 1


def _fields(account: AccountSettings) -> dict[str, object]:
    return {name: getattr(account, name) for name in account.__dataclass_fields__}


def test_mail_moved_away_by_another_client_stays_in_the_history(
    db: Database, syncer: AccountSyncer, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    uids = [
        dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(n)))
        for n in range(4)
    ]
    syncer.sync_once()
    dovecot.move(imap_user.username, "INBOX", "Archive", uids[:2])

    report = syncer.sync_once()

    assert report.expunged == 2
    assert _messages(db) == 4
    with db.reader() as session:
        assert session.scalar(select(func.count()).select_from(Conversation)) == 4


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    server = DovecotServer()
    server.start()
    try:
        yield server
    finally:
        server.close()


def test_a_changed_server_certificate_is_refused_with_a_clear_message(
    tmp_path: Path, private_dovecot: DovecotServer, keyring_backend: KeyringBackend
) -> None:
    user = private_dovecot.new_user()
    with Database(tmp_path / "db.sqlite3") as db:
        account = add_test_account(db, user)
        syncer = AccountSyncer(db, account, user.password)
        syncer.sync_once()
        syncer.close()
        private_dovecot.rotate_certificate()
        with pytest.raises(CertificateRejected) as refused:
            syncer.sync_once()
        assert "certificate" in str(refused.value).lower()
        assert refused.value.hint


def test_an_expired_password_stops_the_sync_with_a_clear_message(
    tmp_path: Path, private_dovecot: DovecotServer, keyring_backend: KeyringBackend
) -> None:
    user = private_dovecot.new_user()
    private_dovecot.append(user.username, "INBOX", make_mail(message_id=msgid(1)))
    with Database(tmp_path / "db.sqlite3") as db:
        account = add_test_account(db, user)
        syncer = AccountSyncer(db, account, user.password)
        syncer.sync_once()
        syncer.close()
        private_dovecot.add_user(user.username, "a-new-password")
        import time

        time.sleep(1.1)  # Dovecot re-reads a changed passwd-file at most once a second
        with pytest.raises(AuthenticationFailed) as refused:
            syncer.sync_once()
        assert "password" in str(refused.value)
        assert _messages(db) == 1
