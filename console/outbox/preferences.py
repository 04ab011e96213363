"""The shop's writing preferences, stored as settings: signature, undo delay, language, name.

Each reader opens one short session; the setters are one unit of work each.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.storage.database import Database
from console.storage.settings import OWNER_NAME, get_setting, set_setting

SIGNATURE = "outbox.signature"
"""The owner's signature (plain text), for all accounts."""
SIGNATURE_FOR = "outbox.signature:"
"""Prefix of a per-account signature key (``outbox.signature:shop@example.com``)."""
UNDO_SECONDS = "outbox.undo_seconds"
SHOP_LANGUAGE = "shop.language"
"""The language the shop writes in when the customer's is unknown (``"hr"``)."""
SHOP_NAME = "shop.name"
"""The shop's name ("Kovač Kolica"); else the account's display name."""

DEFAULT_UNDO_SECONDS = 5.0
DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "hr", "de", "ru", "sl", "tr")
"""The languages Shopkeeper writes in (templates, quote lines)."""


def normalize_language(value: object) -> str | None:
    """``"de-AT"`` → ``"de"``; None for anything that is not a language code."""
    if not isinstance(value, str):
        return None
    code = value.strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isascii() and code.isalpha() else None


def _text(session: Session, key: str) -> str | None:
    value = get_setting(session, key)
    return value if isinstance(value, str) else None


def signature(db: Database, account_email: str | None = None) -> str:
    """The signature for ``account_email`` (its own, else the shop's), "" if none."""
    with db.reader() as session:
        if account_email:
            own = _text(session, SIGNATURE_FOR + account_email.lower())
            if own is not None:
                return own
        return _text(session, SIGNATURE) or ""


def set_signature(db: Database, text: str, account_email: str | None = None) -> None:
    key = SIGNATURE_FOR + account_email.lower() if account_email else SIGNATURE
    with db.session() as session:
        set_setting(session, key, text.replace("\r\n", "\n").strip("\n"))


def undo_seconds(db: Database) -> float:
    with db.reader() as session:
        value = get_setting(session, UNDO_SECONDS)
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return DEFAULT_UNDO_SECONDS


def set_undo_seconds(db: Database, seconds: float) -> None:
    if seconds < 0:
        raise ValueError("the undo delay cannot be negative")
    with db.session() as session:
        set_setting(session, UNDO_SECONDS, seconds)


def shop_language(db: Database) -> str:
    with db.reader() as session:
        return normalize_language(get_setting(session, SHOP_LANGUAGE)) or DEFAULT_LANGUAGE


def set_shop_language(db: Database, language: str) -> None:
    code = normalize_language(language)
    if code is None:
        raise ValueError(f"{language!r} is not a language code")
    with db.session() as session:
        set_setting(session, SHOP_LANGUAGE, code)


def shop_name(db: Database) -> str:
    with db.reader() as session:
        return (_text(session, SHOP_NAME) or "").strip()


def set_shop_name(db: Database, name: str) -> None:
    with db.session() as session:
        set_setting(session, SHOP_NAME, name.strip())


def owner_name(db: Database) -> str:
    """The owner's name ("Ivana"), "" when unset."""
    with db.reader() as session:
        return (_text(session, OWNER_NAME) or "").strip()
