"""Passwords in the OS keyring — and nowhere else.

Shopkeeper never writes a password to its database, a config file or a log.  When no
usable keyring backend exists, :class:`KeyringUnavailable` is raised and the caller
asks the user for the password instead of storing it.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail, null

from console.errors import UserError

SERVICE = "Shopkeeper"


class KeyringUnavailable(UserError):
    """No secure password store is available on this system."""


def _key(protocol: str, email: str) -> str:
    return f"{protocol}:{email.lower()}"


def _check_backend() -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise KeyringUnavailable("No system keyring is available to store the password securely.")


def store_password(protocol: str, email: str, password: str) -> None:
    """Store the password for ``protocol`` ("imap" or "smtp") of the account ``email``."""
    _check_backend()
    try:
        keyring.set_password(SERVICE, _key(protocol, email), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring refused the password: {exc}") from exc


def load_password(protocol: str, email: str) -> str | None:
    """The stored password, or None when there is none."""
    _check_backend()
    try:
        return keyring.get_password(SERVICE, _key(protocol, email))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be read: {exc}") from exc


def delete_password(protocol: str, email: str) -> None:
    try:
        keyring.delete_password(SERVICE, _key(protocol, email))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be changed: {exc}") from exc
