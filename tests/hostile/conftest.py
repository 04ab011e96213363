"""Fixtures for syncing the hostile corpus: a database and an account on the test Dovecot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from console.accounts.store import AccountSettings
from console.mail.imap_sync import AccountSyncer
from console.storage.database import Database
from tests.console.sync.conftest import add_test_account
from tests.servers.dovecot import ImapUser


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "data" / "shopkeeper.sqlite3") as database:
        yield database


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
