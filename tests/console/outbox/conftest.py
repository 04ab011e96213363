"""Fixtures for the outbox: a shop account whose IMAP is the test Dovecot and whose SMTP is
the aiosmtpd test server (STARTTLS and AUTH required), a controllable clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from console.accounts import secrets
from console.accounts.store import AccountSettings, add_account, get_account
from console.domain.security import Security
from console.mail.imap_sync import AccountSyncer
from console.storage.database import Database
from tests.mailfactory import BASE_TIME
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.servers.smtp import SmtpServer


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime = BASE_TIME + timedelta(hours=2)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


@dataclass
class Shop:
    db: Database
    account: AccountSettings
    user: ImapUser
    smtp: SmtpServer
    dovecot: DovecotServer

    @property
    def account_id(self) -> int:
        assert self.account.id is not None
        return self.account.id

    def sync(self) -> None:
        syncer = AccountSyncer(self.db, self.account, self.user.password)
        try:
            syncer.sync_once()
        finally:
            syncer.close()


def ca_bundle(tmp_path: Path, *files: Path) -> Path:
    """One CA file trusting both test servers (an account has one CA file for both)."""
    bundle = tmp_path / "test-cas.pem"
    bundle.write_text("".join(Path(f).read_text() for f in files))
    return bundle


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "data" / "shopkeeper.sqlite3") as database:
        yield database


@pytest.fixture
def clock() -> Clock:
    return Clock()


def add_shop_account(
    db: Database,
    user: ImapUser,
    smtp: SmtpServer,
    tmp_path: Path,
    *,
    imap_host: str | None = None,
) -> AccountSettings:
    settings = AccountSettings(
        email=user.email,
        display_name="Kovač Kolica d.o.o.",
        imap_host=imap_host or user.host,
        imap_port=user.imaps_port,
        imap_security=Security.SSL,
        imap_username=user.username,
        ca_file=str(ca_bundle(tmp_path, user.ca_file, smtp.ca_file)),
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security=Security.STARTTLS,
        smtp_username=smtp.username,
    )
    account_id = add_account(db, settings, user.password, author="test")
    secrets.store_password("smtp", user.email, smtp.password)
    return get_account(db, account_id)


@pytest.fixture
def shop(
    db: Database,
    imap_user: ImapUser,
    smtp_server: SmtpServer,
    dovecot: DovecotServer,
    keyring_backend: KeyringBackend,
    tmp_path: Path,
) -> Shop:
    account = add_shop_account(db, imap_user, smtp_server, tmp_path)
    return Shop(db, account, imap_user, smtp_server, dovecot)
