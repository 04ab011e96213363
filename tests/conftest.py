"""Shared pytest fixtures: real servers, a real keyring backend and a private data directory.

Nothing here is a mock. ``dovecot`` is one private Dovecot instance for the whole session
(each test gets its own user through ``imap_user``); ``smtp_server`` is a fresh aiosmtpd
server per test. Tests that stop, restart or re-certify a server should build their own
``DovecotServer`` instead of disturbing the shared one.
"""

from __future__ import annotations

import os

# Before anything can import Qt: widget tests render offscreen, without a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring

from tests.servers.dovecot import DovecotServer, ImapUser, find_binary
from tests.servers.smtp import SmtpServer

KEYRING_BACKEND_NAME = "keyrings.alt.file.PlaintextKeyring"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[DovecotServer]:
    """A running private Dovecot (IMAPS + IMAP/STARTTLS on loopback) for the session."""
    if find_binary("dovecot") is None or find_binary("doveadm") is None:
        pytest.fail(
            "Dovecot is not installed, so the IMAP integration tests cannot run. "
            "Run ./scripts/test: it installs dovecot-imapd and the other test packages.",
            pytrace=False,
        )
    server = DovecotServer()
    try:
        server.start()
        yield server
    finally:
        server.close()


@pytest.fixture
def imap_user(dovecot: DovecotServer) -> ImapUser:
    """A fresh user with an empty mailbox on the session's Dovecot."""
    return dovecot.new_user()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A running SMTP server: STARTTLS required, AUTH required (``username``/``password``)."""
    with SmtpServer() as server:
        yield server


@pytest.fixture
def keyring_backend(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyringBackend]:
    """A real file keyring in ``tmp_path``, shared with subprocesses through the environment.

    In this process it is installed with ``keyring.set_keyring``; a CLI subprocess started
    with the test's environment picks the same backend and file through
    ``PYTHON_KEYRING_BACKEND`` and ``XDG_DATA_HOME``. The previous keyring is restored.
    """
    previous = keyring.get_keyring()
    data_home = tmp_path / "xdg-data"
    data_home.mkdir()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", KEYRING_BACKEND_NAME)
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    backend = PlaintextKeyring()
    # The path keyrings.alt derives from XDG_DATA_HOME, pinned so later changes can't move it.
    backend.file_path = str(data_home / "python_keyring" / backend.filename)
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty Shopkeeper home directory, exported as ``SHOPKEEPER_HOME``."""
    home = tmp_path / "shopkeeper-home"
    home.mkdir()
    monkeypatch.setenv("SHOPKEEPER_HOME", str(home))
    return home
