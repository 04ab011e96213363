"""Mail accounts: adding, listing and removing them.

The account row holds connection settings only; the password goes to the keyring.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from console.accounts import secrets
from console.domain.events import EventKind
from console.domain.security import Security
from console.errors import UserError
from console.storage.database import Database
from console.storage.events import record_event
from console.storage.models import Account


class AccountError(UserError, ValueError):
    """An account could not be added or found; the message is for the user."""


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """Everything needed to reach an account's servers (no password)."""

    email: str
    imap_host: str
    imap_port: int
    imap_security: Security
    imap_username: str
    display_name: str = ""
    ca_file: str | None = None
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_security: Security | None = None
    smtp_username: str | None = None
    extra_folders: tuple[str, ...] = field(default_factory=tuple)
    id: int | None = None

    @staticmethod
    def from_row(row: Account) -> AccountSettings:
        return AccountSettings(
            id=row.id,
            email=row.email,
            display_name=row.display_name,
            imap_host=row.imap_host,
            imap_port=row.imap_port,
            imap_security=Security(row.imap_security),
            imap_username=row.imap_username,
            ca_file=row.ca_file,
            smtp_host=row.smtp_host,
            smtp_port=row.smtp_port,
            smtp_security=Security(row.smtp_security) if row.smtp_security else None,
            smtp_username=row.smtp_username,
            extra_folders=tuple(json.loads(row.extra_folders or "[]")),
        )


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def validate(settings: AccountSettings) -> None:
    """Raise :class:`AccountError` for settings that cannot work or are unsafe."""
    if "@" not in settings.email or settings.email.startswith("@"):
        raise AccountError(f"'{settings.email}' is not an email address.")
    if not settings.imap_host:
        raise AccountError("The IMAP server name is missing.")
    if not 0 < settings.imap_port < 65536:
        raise AccountError(f"{settings.imap_port} is not a valid port number.")
    for security, host in (
        (settings.imap_security, settings.imap_host),
        (settings.smtp_security, settings.smtp_host),
    ):
        if security is Security.PLAIN and host not in LOCAL_HOSTS:
            raise AccountError(
                f"Unencrypted connections are only allowed to this computer, not to {host}."
            )
    if settings.smtp_port is not None and not 0 < settings.smtp_port < 65536:
        raise AccountError(f"{settings.smtp_port} is not a valid port number.")


def add_account(db: Database, settings: AccountSettings, password: str, *, author: str) -> int:
    """Store the account and its password; return the new account id."""
    validate(settings)
    email = settings.email.strip().lower()
    with db.session() as session:
        if session.scalar(select(Account.id).where(Account.email == email)) is not None:
            raise AccountError(f"The account {email} already exists.")
    secrets.store_password("imap", email, password)
    if settings.smtp_host:
        secrets.store_password("smtp", email, password)
    with db.session() as session:
        row = Account(
            email=email,
            display_name=settings.display_name,
            imap_host=settings.imap_host,
            imap_port=settings.imap_port,
            imap_security=settings.imap_security.value,
            imap_username=settings.imap_username or email,
            ca_file=settings.ca_file,
            smtp_host=settings.smtp_host,
            smtp_port=settings.smtp_port,
            smtp_security=settings.smtp_security.value if settings.smtp_security else None,
            smtp_username=settings.smtp_username,
            extra_folders=json.dumps(list(settings.extra_folders)),
        )
        session.add(row)
        session.flush()
        record_event(session, EventKind.ACCOUNT_ADDED, author=author, payload={"email": email})
        return row.id


def list_accounts(db: Database) -> list[AccountSettings]:
    with db.reader() as session:
        rows = session.scalars(select(Account).order_by(Account.id)).all()
        return [AccountSettings.from_row(row) for row in rows]


def get_account(db: Database, email_or_id: str | int) -> AccountSettings:
    with db.reader() as session:
        if isinstance(email_or_id, int):
            row = session.get(Account, email_or_id)
        else:
            row = session.scalar(select(Account).where(Account.email == email_or_id.lower()))
        if row is None:
            raise AccountError(f"There is no account {email_or_id}.")
        return AccountSettings.from_row(row)


def remove_account(db: Database, email: str, *, author: str) -> None:
    """Forget the account and its passwords. Its mail stays in the history."""
    email = email.strip().lower()
    with db.session() as session:
        row = session.scalar(select(Account).where(Account.email == email))
        if row is None:
            raise AccountError(f"There is no account {email}.")
        session.delete(row)
        record_event(session, EventKind.ACCOUNT_REMOVED, author=author, payload={"email": email})
    secrets.delete_password("imap", email)
    secrets.delete_password("smtp", email)
