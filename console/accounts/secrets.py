"""Passwords in the OS keyring — and nowhere else.

Shopkeeper never writes a password to its database, a config file or a log.  When no
usable keyring backend exists, :class:`KeyringUnavailable` is raised and the caller
asks the user for the password instead of storing it.  The app may then keep it in this
process's memory for the session (:func:`keep_for_session`); :func:`load_password`
finds it there first, and it is gone when the app quits.
"""

from __future__ import annotations

import threading

import keyring
import keyring.errors
from keyring.backends import fail, null

from console.errors import UserError

SERVICE = "Shopkeeper"
_session: dict[str, str] = {}
_session_lock = threading.Lock()


class KeyringUnavailable(UserError):
    """No secure password store is available on this system."""


def _key(protocol: str, email: str) -> str:
    return f"{protocol}:{email.lower()}"


def _check_backend() -> None:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        raise KeyringUnavailable("No system keyring is available to store the password securely.")


def keyring_available() -> bool:
    """Whether passwords can be stored in a system keyring here."""
    try:
        _check_backend()
    except KeyringUnavailable:
        return False
    return True


def store_password(protocol: str, email: str, password: str) -> None:
    """Store the password for ``protocol`` ("imap" or "smtp") of the account ``email``."""
    _check_backend()
    try:
        keyring.set_password(SERVICE, _key(protocol, email), password)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring refused the password: {exc}") from exc


def keep_for_session(protocol: str, email: str, password: str) -> None:
    """Remember the password in memory only, until the process ends (no keyring)."""
    with _session_lock:
        _session[_key(protocol, email)] = password


def forget_session_password(protocol: str, email: str) -> None:
    with _session_lock:
        _session.pop(_key(protocol, email), None)


def has_session_password(protocol: str, email: str) -> bool:
    with _session_lock:
        return _key(protocol, email) in _session


def load_password(protocol: str, email: str) -> str | None:
    """The password kept for this session, else the stored one, else None."""
    with _session_lock:
        remembered = _session.get(_key(protocol, email))
    if remembered is not None:
        return remembered
    _check_backend()
    try:
        return keyring.get_password(SERVICE, _key(protocol, email))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be read: {exc}") from exc


def delete_password(protocol: str, email: str) -> None:
    """Forget the password (in memory and in the keyring); nothing to do without a keyring."""
    forget_session_password(protocol, email)
    if isinstance(keyring.get_keyring(), fail.Keyring | null.Keyring):
        return
    try:
        keyring.delete_password(SERVICE, _key(protocol, email))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(f"The system keyring could not be changed: {exc}") from exc
