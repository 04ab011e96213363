"""Opening an authenticated IMAP connection with verified TLS.

Threading rule: an ``IMAPClient`` is not thread-safe; each connection belongs to the
thread that opened it.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.imapclient import SocketTimeout
from imapclient.util import to_unicode

from console.domain.security import LOCAL_HOSTS, Security
from console.mail.errors import MailError, ServerError, explain

IMAPLIB_LOG = logging.getLogger("imapclient.imaplib")
CONNECT_TIMEOUT = 15.0
READ_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class ImapEndpoint:
    host: str
    port: int
    security: Security
    username: str
    ca_file: str | None = None


def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """A verifying client context; with ``ca_file`` only that CA is trusted."""
    context = (
        ssl.create_default_context(cafile=ca_file) if ca_file else ssl.create_default_context()
    )
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def connect(endpoint: ImapEndpoint, password: str) -> IMAPClient:
    """Connect, secure and log in; raise a :class:`MailError` on any failure."""
    if endpoint.security is Security.PLAIN and endpoint.host not in LOCAL_HOSTS:
        raise ServerError(f"Refusing an unencrypted connection to {endpoint.host}.")
    client: IMAPClient | None = None
    try:
        context = tls_context(endpoint.ca_file)
        client = IMAPClient(
            endpoint.host,
            port=endpoint.port,
            ssl=endpoint.security is Security.SSL,
            ssl_context=context,
            timeout=SocketTimeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT),
        )
        quiet_imaplib(client)
        if endpoint.security is Security.STARTTLS:
            client.starttls(context)
        client.login(endpoint.username, password)
        if client.has_capability("ENABLE") and client.has_capability("CONDSTORE"):
            client.enable("CONDSTORE")
        return client
    except MailError:
        raise
    except Exception as exc:
        if client is not None:
            close_quietly(client)
        raise explain(exc, endpoint.host, endpoint.port) from exc


def quiet_imaplib(client: IMAPClient) -> None:
    """Stop imaplib from formatting debug text nobody reads.

    imapclient sets imaplib's ``debug`` to 5 and sends its messages to the
    ``imapclient.imaplib`` logger.  imaplib then ``repr()``s every response before the
    logger drops it, whole fetched messages included: in a first sync that is megabytes
    per batch, formatted in single calls that hold the GIL (the app's window froze for
    hundreds of milliseconds at a time; see ``bench/ui_bench.py``).  With that logger
    enabled for DEBUG, the output is kept.
    """
    if not IMAPLIB_LOG.isEnabledFor(logging.DEBUG):
        client._imap.debug = 0


def close_quietly(client: IMAPClient) -> None:
    """Log out, or at least drop the socket; never raises."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def capability_names(client: IMAPClient) -> frozenset[str]:
    return frozenset(to_unicode(c).upper() for c in client.capabilities())
