"""Saving accounts from the app: keyring, or memory only when there is no keyring."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from console.accounts import secrets
from console.accounts.store import (
    AccountError,
    AccountSettings,
    get_account,
    list_accounts,
    remove_account,
    save_account,
    set_ca_file,
)
from console.domain.security import Security
from console.storage.database import Database

SETTINGS = AccountSettings(
    email="Info@Shop.test",
    display_name="Shop",
    imap_host="imap.shop.test",
    imap_port=993,
    imap_security=Security.SSL,
    imap_username="",
    smtp_host="smtp.shop.test",
    smtp_port=465,
    smtp_security=Security.SSL,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(tmp_path / "shop.sqlite3")
    yield database
    database.close()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        secrets.forget_session_password("imap", "info@shop.test")
        secrets.forget_session_password("smtp", "info@shop.test")


def test_a_new_account_and_its_password_go_to_the_store_and_the_keyring(
    db: Database, keyring_backend: KeyringBackend
) -> None:
    saved = save_account(db, SETTINGS, "s3cret", author="ana")
    assert saved.password_in_keyring and saved.email == "info@shop.test"
    assert secrets.load_password("imap", "info@shop.test") == "s3cret"
    assert secrets.load_password("smtp", "info@shop.test") == "s3cret"
    stored = get_account(db, "info@shop.test")
    assert stored.imap_username == "info@shop.test" and stored.id == saved.id
    with pytest.raises(AccountError, match="already exists"):
        save_account(db, SETTINGS, "x", author="ana")


def test_changing_an_account_keeps_its_password_unless_a_new_one_is_given(
    db: Database, keyring_backend: KeyringBackend
) -> None:
    saved = save_account(db, SETTINGS, "s3cret", author="ana")
    changed = dataclasses.replace(
        SETTINGS, id=saved.id, imap_port=143, imap_security=Security.STARTTLS
    )
    save_account(db, changed, None, author="ana")
    assert get_account(db, saved.id).imap_port == 143
    assert secrets.load_password("imap", "info@shop.test") == "s3cret"
    save_account(db, changed, "new-one", author="ana")
    assert secrets.load_password("imap", "info@shop.test") == "new-one"
    set_ca_file(db, saved.id, "/etc/ssl/shop-ca.pem")
    assert get_account(db, saved.id).ca_file == "/etc/ssl/shop-ca.pem"


def test_without_a_keyring_the_password_lives_in_memory_only(
    db: Database, no_keyring: None, tmp_path: Path
) -> None:
    assert not secrets.keyring_available()
    saved = save_account(db, SETTINGS, "only-in-memory", author="ana")
    assert not saved.password_in_keyring
    assert secrets.load_password("imap", "info@shop.test") == "only-in-memory"
    assert len(list_accounts(db)) == 1
    db.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"only-in-memory" not in path.read_bytes(), path
    remove_account(db, "info@shop.test", author="ana")
    assert not secrets.has_session_password("imap", "info@shop.test")
