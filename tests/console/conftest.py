from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from console.accounts.store import AccountSettings, add_account, get_account
from console.domain.security import Security
from console.mail.imap_sync import AccountSyncer
from console.storage.database import Database
from tests.servers.dovecot import ImapUser


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "data" / "shopkeeper.sqlite3") as database:
        yield database


def add_test_account(
    db: Database, user: ImapUser, *, security: Security = Security.SSL
) -> AccountSettings:
    settings = AccountSettings(
        email=user.email,
        display_name="Test Shop",
        imap_host=user.host,
        imap_port=user.imaps_port if security is Security.SSL else user.imap_port,
        imap_security=security,
        imap_username=user.username,
        ca_file=str(user.ca_file),
    )
    account_id = add_account(db, settings, user.password, author="test")
    return get_account(db, account_id)


@pytest.fixture
def account(db: Database, imap_user: ImapUser, keyring_backend: KeyringBackend) -> AccountSettings:
    return add_test_account(db, imap_user)


@pytest.fixture
def syncer(db: Database, account: AccountSettings, imap_user: ImapUser) -> Iterator[AccountSyncer]:
    syncer = AccountSyncer(db, account, imap_user.password)
    try:
        yield syncer
    finally:
        syncer.close()
