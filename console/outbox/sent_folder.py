"""The account's Sent folder over IMAP: put a sent message there, or find it by Message-ID.

SMTP only delivers; a copy in Sent is what the owner's phone and webmail show.  Gmail
files every message sent through its SMTP server by itself, so we must not append a
second copy there.  Finding a message by Message-ID (``SEARCH HEADER Message-ID``) is
how the outbox learns, after a crash in the middle of sending, whether it went out.

Threading rule: a :class:`SentFolder` and its connection belong to one thread.
"""

from __future__ import annotations

from datetime import datetime
from types import TracebackType
from typing import Final

from imapclient import IMAPClient

from console.accounts.store import AccountSettings
from console.mail.errors import MailError, explain
from console.mail.folders import find_sent
from console.mail.imap_connect import ImapEndpoint, close_quietly, connect

PROVIDERS_FILING_SENT: Final = frozenset({"imap.gmail.com", "imap.googlemail.com"})
"""IMAP hosts whose SMTP server saves sent mail to Sent itself."""
DEFAULT_SENT_NAME: Final = "Sent"


def provider_files_sent(account: AccountSettings) -> bool:
    return account.imap_host.strip().lower() in PROVIDERS_FILING_SENT


def imap_endpoint(account: AccountSettings) -> ImapEndpoint:
    return ImapEndpoint(
        host=account.imap_host,
        port=account.imap_port,
        security=account.imap_security,
        username=account.imap_username,
        ca_file=account.ca_file,
    )


class SentFolder:
    """The Sent folder of one account, over one lazily opened IMAP connection."""

    def __init__(self, account: AccountSettings, password: str) -> None:
        self.account = account
        self.endpoint = imap_endpoint(account)
        self._password = password
        self._client: IMAPClient | None = None
        self._name: str | None = None

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            self._client = connect(self.endpoint, self._password)
        return self._client

    def _fail(self, exc: Exception) -> MailError:
        if not isinstance(exc, MailError):
            self.close()
        return explain(exc, self.endpoint.host, self.endpoint.port)

    @property
    def name(self) -> str:
        """The Sent folder's name; created (as "Sent") when the account has none."""
        if self._name is None:
            try:
                client = self.client
                name = find_sent(client.list_folders())
                if name is None:
                    name = self._personal_prefix(client) + DEFAULT_SENT_NAME
                    client.create_folder(name)
                    client.subscribe_folder(name)
                self._name = name
            except Exception as exc:
                raise self._fail(exc) from exc
        return self._name

    @staticmethod
    def _personal_prefix(client: IMAPClient) -> str:
        if not client.has_capability("NAMESPACE"):
            return ""
        personal = client.namespace().personal
        if not personal:
            return ""
        prefix = personal[0][0]
        return prefix.decode() if isinstance(prefix, bytes) else str(prefix)

    def contains(self, message_id: str) -> bool:
        """Whether a message with this Message-ID (without brackets) is in Sent."""
        name = self.name
        try:
            client = self.client
            client.select_folder(name, readonly=True)
            return bool(client.search(["HEADER", "Message-ID", f"<{message_id}>"]))
        except Exception as exc:
            raise self._fail(exc) from exc

    def append(self, raw: bytes, when: datetime) -> str:
        """APPEND the message to Sent, marked read; return the folder's name."""
        name = self.name
        try:
            self.client.append(name, raw, flags=(b"\\Seen",), msg_time=when)
        except Exception as exc:
            raise self._fail(exc) from exc
        return name

    def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            close_quietly(client)

    def __enter__(self) -> SentFolder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
