"""The ORM-free "anything new?" check of ``shopkeeper sync --once``, against a real Dovecot.

It may only ever say "up to date" when the full sync would find nothing to do; on any
doubt it says nothing (None) and the full sync runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import text

from console.accounts.store import AccountSettings
from console.mail.imap_sync import AccountSyncer
from console.mail.up_to_date import never_synced, up_to_date
from console.storage.database import Database
from tests.console.conftest import add_test_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser


def _checker(user: ImapUser) -> dict[str, str]:
    return {user.email: user.password}


def _synced(db: Database, account: AccountSettings, user: ImapUser) -> None:
    syncer = AccountSyncer(db, account, user.password)
    try:
        syncer.sync_once()
    finally:
        syncer.close()


def test_after_a_sync_the_check_says_up_to_date_and_writes_nothing(
    db: Database, account: AccountSettings, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    for n in range(3):
        dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(n), minutes=n))
    assert never_synced(db.path)
    logins = dovecot.log_file.read_text(encoding="utf-8").count("Login: user=")
    assert up_to_date(db.path, _checker(imap_user).get) is None, "never synced yet"
    # Answered from the database alone: the server was not asked.
    assert dovecot.log_file.read_text(encoding="utf-8").count("Login: user=") == logins
    _synced(db, account, imap_user)
    assert not never_synced(db.path)
    assert not never_synced(db.path.with_name("missing.sqlite3"))
    before = db.path.stat().st_mtime_ns
    assert up_to_date(db.path, _checker(imap_user).get) == [imap_user.email]
    assert up_to_date(db.path, _checker(imap_user).get, only=imap_user.email.upper()) == [
        imap_user.email
    ]
    assert db.path.stat().st_mtime_ns == before


def test_new_mail_a_flag_changed_elsewhere_or_an_expunge_means_a_full_sync(
    db: Database, account: AccountSettings, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    uid = dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(1)))
    _synced(db, account, imap_user)
    check = _checker(imap_user).get

    dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(2)))
    assert up_to_date(db.path, check) is None
    _synced(db, account, imap_user)
    assert up_to_date(db.path, check) == [imap_user.email]

    dovecot.set_flags(imap_user.username, "INBOX", uid, ["\\Seen"])
    assert up_to_date(db.path, check) is None
    _synced(db, account, imap_user)
    assert up_to_date(db.path, check) == [imap_user.email]

    dovecot.expunge(imap_user.username, "INBOX", [uid])
    assert up_to_date(db.path, check) is None


def test_any_doubt_leaves_it_to_the_full_sync(
    db: Database, account: AccountSettings, dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(1)))
    _synced(db, account, imap_user)
    assert up_to_date(db.path, {imap_user.email: "wrong"}.get) is None, "login refused"
    assert up_to_date(db.path, {}.get) is None, "no password"
    assert up_to_date(db.path, _checker(imap_user).get, only="other@shop.test") is None
    assert up_to_date(db.path.with_name("missing.sqlite3"), _checker(imap_user).get) is None
    with db.session() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert up_to_date(db.path, _checker(imap_user).get) is None, "migrations pending"


@pytest.fixture
def no_condstore() -> Iterator[DovecotServer]:
    server = DovecotServer(
        capabilities="IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE SPECIAL-USE UIDPLUS"
    )
    try:
        server.start()
        yield server
    finally:
        server.close()


def test_without_condstore_the_full_sync_always_runs(
    tmp_path: Path, no_condstore: DovecotServer, keyring_backend: KeyringBackend
) -> None:
    user = no_condstore.new_user()
    no_condstore.append(user.username, "INBOX", make_mail(message_id=msgid(1)))
    with Database(tmp_path / "plain" / "shopkeeper.sqlite3") as db:
        account = add_test_account(db, user)
        _synced(db, account, user)
        # A flag changed elsewhere leaves no trace in SELECT without CONDSTORE.
        assert up_to_date(db.path, _checker(user).get) is None
