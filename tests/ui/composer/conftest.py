"""Fixtures for the composer: the sample shop with a mail account that really sends.

The account's SMTP server is the aiosmtpd test server (STARTTLS and AUTH required); its
passwords are in a real file keyring in the test's folder.  Its IMAP server is a closed
port on loopback: filing the Sent copy is the core's business (and tested there with
Dovecot); here it just waits for a later run, as it would while the IMAP server is down.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.accounts import secrets
from console.accounts.store import AccountSettings, add_account, get_account
from console.domain.security import Security
from console.outbox import preferences
from console.storage.database import Database
from console.storage.models import Conversation, Message
from tests.servers.smtp import SmtpServer
from ui.composer.widget import ComposerWidget
from ui.operations import Operations
from ui.outbox.service import OutboxService

SHOP_EMAIL = "ivana@lavanda-maslina.example"


@dataclass
class SendingShop:
    db: Database
    account: AccountSettings
    smtp: SmtpServer


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.fixture
def sending_shop(
    sample_db: Database, smtp_server: SmtpServer, keyring_backend: KeyringBackend
) -> SendingShop:
    settings = AccountSettings(
        email=SHOP_EMAIL,
        display_name="Lavanda & Maslina",
        imap_host="127.0.0.1",
        imap_port=closed_port(),
        imap_security=Security.SSL,
        imap_username=SHOP_EMAIL,
        ca_file=str(smtp_server.ca_file),
        smtp_host=smtp_server.host,
        smtp_port=smtp_server.port,
        smtp_security=Security.STARTTLS,
        smtp_username=smtp_server.username,
    )
    account_id = add_account(sample_db, settings, "imap-password", author="test")
    secrets.store_password("smtp", SHOP_EMAIL, smtp_server.password)
    preferences.set_signature(sample_db, "Ivana\nLavanda & Maslina")
    return SendingShop(sample_db, get_account(sample_db, account_id), smtp_server)


def customer_waiting(db: Database, *, language: str | None = None) -> int:
    """A conversation whose newest message is the customer's (it needs a reply)."""
    with db.reader() as session:
        statement = select(Conversation).where(Conversation.needs_reply.is_(True))
        if language is not None:
            statement = statement.where(Conversation.language == language)
        for conversation in session.scalars(statement.order_by(Conversation.id)):
            newest = session.scalars(
                select(Message)
                .where(Message.conversation_id == conversation.id)
                .order_by(Message.date.desc())
                .limit(1)
            ).first()
            if newest is not None and not newest.is_outgoing:
                return conversation.id
    raise AssertionError("the sample shop has no conversation waiting for a reply")


@pytest.fixture
def composer(qtbot: QtBot, operations: Operations) -> Iterator[ComposerWidget]:
    widget = ComposerWidget(operations)
    widget.author = "Ivana"
    qtbot.addWidget(widget)
    widget.resize(720, 420)
    widget.show()
    yield widget
    widget.flush_draft()
    operations.wait()


@pytest.fixture
def outbox(operations: Operations) -> Iterator[OutboxService]:
    service = OutboxService(operations, poll_seconds=2.0)
    yield service
    service.stop()
