"""Mail accounts: adding, listing and removing them.

The account row holds connection settings only; the password goes to the keyring.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select

from console.accounts import secrets
from console.domain.events import EventKind
from console.domain.security import LOCAL_HOSTS, Security
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
    """Store the account and its password; return the new account id.

    Raises :class:`~console.accounts.secrets.KeyringUnavailable` (before storing anything)
    when there is no keyring; :func:`save_account` can keep the password in memory instead.
    """
    validate(settings)
    email = _existing_check(db, settings.email)
    _store_passwords(email, settings, password, session_fallback=False)
    return _insert(db, settings, email, author)


@dataclass(frozen=True, slots=True)
class SavedAccount:
    id: int
    email: str
    password_in_keyring: bool
    """False when no keyring was available: the password is kept in memory for this
    session only (never written to disk) and must be entered again after a restart."""


def save_account(
    db: Database, settings: AccountSettings, password: str | None, *, author: str
) -> SavedAccount:
    """Add the account (``settings.id`` None) or change it; ``password`` None keeps the old one.

    Without a usable keyring the password is kept in memory for this session only.  The
    address of an existing account cannot change (its passwords are filed under it).
    """
    validate(settings)
    if settings.id is None:
        if password is None:
            raise AccountError("The password is missing.")
        email = _existing_check(db, settings.email)
        in_keyring = _store_passwords(email, settings, password, session_fallback=True)
        return SavedAccount(_insert(db, settings, email, author), email, in_keyring)
    with db.session() as session:
        row = session.get(Account, settings.id)
        if row is None:
            raise AccountError(f"There is no account {settings.email}.")
        email = row.email
        row.display_name = settings.display_name
        row.imap_host = settings.imap_host
        row.imap_port = settings.imap_port
        row.imap_security = settings.imap_security.value
        row.imap_username = settings.imap_username or email
        row.ca_file = settings.ca_file
        row.smtp_host = settings.smtp_host
        row.smtp_port = settings.smtp_port
        row.smtp_security = settings.smtp_security.value if settings.smtp_security else None
        row.smtp_username = settings.smtp_username
    in_keyring = True
    if password is not None:
        in_keyring = _store_passwords(email, settings, password, session_fallback=True)
    return SavedAccount(settings.id, email, in_keyring)


def set_ca_file(db: Database, account_id: int, ca_file: str | None) -> None:
    """Trust only ``ca_file``'s certificate authority for this account (None: the system's)."""
    with db.session() as session:
        row = session.get(Account, account_id)
        if row is None:
            raise AccountError("The account no longer exists.")
        row.ca_file = ca_file


def _existing_check(db: Database, email: str) -> str:
    email = email.strip().lower()
    with db.session() as session:
        if session.scalar(select(Account.id).where(Account.email == email)) is not None:
            raise AccountError(f"The account {email} already exists.")
    return email


def _store_passwords(
    email: str, settings: AccountSettings, password: str, *, session_fallback: bool
) -> bool:
    """Store in the keyring; True if it went there, False if kept for the session only."""
    protocols = ["imap", "smtp"] if settings.smtp_host else ["imap"]
    try:
        for protocol in protocols:
            secrets.store_password(protocol, email, password)
            secrets.forget_session_password(protocol, email)
    except secrets.KeyringUnavailable:
        if not session_fallback:
            raise
        for protocol in protocols:
            secrets.keep_for_session(protocol, email, password)
        return False
    return True


def _insert(db: Database, settings: AccountSettings, email: str, author: str) -> int:
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
