"""What can go wrong talking to a mail server, in words a shop owner understands.

Low-level exceptions (socket, ssl, imaplib, smtplib) are turned into one of these by
:func:`explain`; the UI and the CLI show ``str(error)`` and, where it helps, ``hint``.
"""

from __future__ import annotations

import imaplib
import smtplib
import socket
import ssl

from imapclient.exceptions import LoginError

from console.errors import UserError


class MailError(UserError):
    """Base class: ``str()`` is a one-line message for the user."""

    kind = "error"
    retryable = True
    hint = ""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint


class AuthenticationFailed(MailError):
    kind = "auth"
    retryable = False
    hint = "Check the user name and password in the account settings."


class ServerUnreachable(MailError):
    kind = "unreachable"
    hint = "Check the server name and port, and that this computer is online."


class CertificateRejected(MailError):
    kind = "certificate"
    retryable = False
    hint = (
        "The server's certificate could not be verified. If your provider uses its own "
        "certificate authority, choose its CA file in the account settings."
    )


class ConnectionLost(MailError):
    kind = "connection_lost"


class ServerError(MailError):
    kind = "server"


class MailboxFull(MailError):
    """The server refused to store a message: the mailbox is over its quota (RFC 5530
    ``OVERQUOTA``).  Waiting helps once mail is deleted on the server."""

    kind = "quota"
    hint = "Delete or archive old mail on the server (or ask for more space) to make room."


class AnotherSyncRunning(MailError):
    kind = "busy"
    retryable = False
    hint = "Shopkeeper is already syncing this data folder (perhaps the app is open)."


def explain(exc: BaseException, host: str, port: int) -> MailError:
    """Turn a low-level exception into a :class:`MailError` with a clear message."""
    where = f"{host}:{port}"
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = exc.verify_message or exc.reason or "unknown reason"
        return CertificateRejected(f"The certificate of {where} was refused: {reason}.")
    if isinstance(exc, ssl.SSLError):
        return ServerError(f"The secure connection to {where} failed: {exc.reason or exc}.")
    if isinstance(exc, socket.gaierror):
        return ServerUnreachable(f"The server name {host} could not be found.")
    if isinstance(exc, ConnectionRefusedError):
        return ServerUnreachable(f"{where} refused the connection (is the port right?).")
    if isinstance(exc, TimeoutError | socket.timeout):
        return ServerUnreachable(f"{where} did not answer in time.")
    if isinstance(exc, LoginError) and isinstance(exc.__context__, imaplib.IMAP4.abort | OSError):
        # imapclient reports any failure during LOGIN as LoginError, a lost connection too.
        return explain(exc.__context__, host, port)
    if isinstance(exc, smtplib.SMTPAuthenticationError | LoginError):
        return AuthenticationFailed(f"{where} rejected the user name or password.")
    if isinstance(exc, ConnectionError | EOFError | imaplib.IMAP4.abort):
        return ConnectionLost(f"The connection to {where} was lost.")
    if isinstance(exc, OSError):
        return ServerUnreachable(f"Could not reach {where}: {exc.strerror or exc}.")
    if isinstance(exc, imaplib.IMAP4.error):
        text = str(exc)
        lowered = text.lower()
        if (
            "authenticationfailed" in lowered
            or "authentication failed" in lowered
            or ("login" in lowered and "fail" in lowered)
        ):
            return AuthenticationFailed(f"{where} rejected the user name or password.")
        if "overquota" in lowered or "quota exceeded" in lowered:
            return MailboxFull(f"The mailbox on {host} is full: {text[:200]}")
        return ServerError(f"{where} answered with an error: {text[:200]}")
    return ServerError(f"Unexpected problem with {where}: {type(exc).__name__}: {exc}"[:300])
