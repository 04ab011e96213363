"""Handing messages to the account's SMTP server, over verified TLS.

Implicit TLS (``ssl``, port 465) or STARTTLS (port 587), certificates checked with the
same :func:`~console.mail.imap_connect.tls_context` as IMAP (the account's own CA file
if it has one).  Unencrypted SMTP is allowed only to this computer.  Every failure
becomes a :class:`~console.mail.errors.MailError`: ``retryable`` tells the outbox
whether waiting can help (server down, 4xx) or the owner must act (wrong password,
refused recipient, 5xx).

SMTP has one blind spot: when the connection breaks after the client has sent the end of
the message (``<CRLF>.<CRLF>``) and before the server's reply arrives, nobody can tell
whether the server took it.  That case, and only that one, is :class:`DeliveryUncertain`;
a break anywhere earlier means the message was not accepted.  A reply cut short by a
broken connection ("25" of "250 OK") counts as a lost connection, not as a reply.

Threading rule: an :class:`SmtpSession` belongs to the thread that opened it.
"""

from __future__ import annotations

import contextlib
import smtplib
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, Final

from console.accounts.store import AccountSettings
from console.domain.security import LOCAL_HOSTS, Security
from console.mail.errors import ConnectionLost, MailError, ServerError, explain
from console.mail.imap_connect import tls_context

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

SMTP_TIMEOUT: Final = 60.0
DEFAULT_PORTS: Final = {Security.SSL: 465, Security.STARTTLS: 587, Security.PLAIN: 25}
LOCAL_HOSTNAME: Final = "localhost"
"""What we say in EHLO: authenticated submission does not need (or check) our name, and
asking the resolver for this computer's FQDN can stall for seconds."""


class MessageRejected(MailError):
    """The server refused this message (or its recipients) for good."""

    kind = "rejected"
    retryable = False
    hint = "Check the recipient addresses; the server's answer says why."

    def __init__(self, message: str, *, code: int | None = None, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.code = code


class TemporaryRejection(MailError):
    """The server said "try again later" (a 4xx reply)."""

    kind = "temporary"
    retryable = True

    def __init__(self, message: str, *, code: int | None = None) -> None:
        super().__init__(message)
        self.code = code


class DeliveryUncertain(MailError):
    """The connection broke after the whole message was sent, before the server answered.

    The server may have accepted it.  The outbox looks for it in Sent before sending it
    again; where it cannot be found there, sending again is the only way not to lose it.
    """

    kind = "uncertain_delivery"  # transitions.UNCERTAIN_KIND
    retryable = True


class NoSmtpServer(MailError):
    kind = "no_smtp"
    retryable = False
    hint = "Set the outgoing (SMTP) server in the account settings."


@dataclass(frozen=True, slots=True)
class SmtpEndpoint:
    host: str
    port: int
    security: Security
    username: str | None
    ca_file: str | None = None

    @staticmethod
    def for_account(account: AccountSettings) -> SmtpEndpoint:
        if not account.smtp_host:
            raise NoSmtpServer(f"The account {account.email} has no outgoing (SMTP) server.")
        security = account.smtp_security or Security.STARTTLS
        return SmtpEndpoint(
            host=account.smtp_host,
            port=account.smtp_port or DEFAULT_PORTS[security],
            security=security,
            username=account.smtp_username or account.imap_username or account.email,
            ca_file=account.ca_file,
        )


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:300]


def _by_code(code: int, text: str, what: str) -> MailError:
    if 400 <= code < 500:
        return TemporaryRejection(f"{what} was deferred by the server: {code} {text}", code=code)
    if code in (530, 534, 535, 538):
        return MessageRejected(
            f"The server requires a login that it did not accept: {code} {text}",
            code=code,
            hint="Check the user name and password in the account settings.",
        )
    return MessageRejected(f"{what} was refused by the server: {code} {text}", code=code)


def explain_smtp(exc: BaseException, host: str, port: int) -> MailError:
    """Turn an ``smtplib`` (or socket/TLS) exception into a :class:`MailError`."""
    where = f"{host}:{port}"
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return explain(exc, host, port)
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = exc.recipients
        codes = [code for code, _text_ in refused.values()]
        first_address, (code, reply) = next(iter(refused.items()))
        what = (
            f"The address {first_address}"
            if len(refused) == 1
            else f"The addresses {', '.join(refused)}"
        )
        if codes and all(400 <= c < 500 for c in codes):
            return TemporaryRejection(
                f"{what} was deferred by the server: {code} {_text(reply)}", code=code
            )
        return MessageRejected(
            f"{what} was refused by the server: {code} {_text(reply)}", code=code
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _by_code(exc.smtp_code, _text(exc.smtp_error), f"The sender {exc.sender}")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return ConnectionLost(f"The connection to {where} was lost.")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return ServerError(
            f"{where} does not support a secure connection (STARTTLS) or login; "
            "refusing to send unencrypted."
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return _by_code(exc.smtp_code, _text(exc.smtp_error), "The message")
    if isinstance(exc, smtplib.SMTPException):
        return ServerError(f"{where} answered with an error: {str(exc)[:200]}")
    return explain(exc, host, port)


_END_OF_DATA: Final = b"\r\n.\r\n"


class _Lines:
    """The reply stream ``smtplib`` reads lines from, noting whether the last line read
    was whole: a line without its line end was cut off by the end of the connection."""

    def __init__(self, file: BinaryIO) -> None:
        self._file = file
        self.last_whole = True

    def readline(self, limit: int = -1) -> bytes:
        line = self._file.readline(limit)
        self.last_whole = not line or line.endswith(b"\n")
        return line

    def close(self) -> None:
        self._file.close()


class _CheckedSMTP(smtplib.SMTP):
    """``smtplib.SMTP`` that knows when the end of a message went out, and that does not
    mistake a reply cut short by a lost connection for a reply.

    A reply whose code is whole counts ("250 Mess…" at the end of a message: it was
    accepted), but the connection is then known to be gone: the message content is not
    written into it (it would make a message that was never sent look uncertain).
    """

    payload_sent = False
    """True once the message and its final ``.`` line were handed to the socket."""
    _lines: _Lines | None = None

    def send(self, s: ReadableBuffer | str) -> None:
        payload = isinstance(s, bytes) and s.endswith(_END_OF_DATA)
        if payload and self._lines is not None and not self._lines.last_whole:
            self.close()
            raise smtplib.SMTPServerDisconnected("Connection closed before the message was sent.")
        super().send(s)
        if payload:
            self.payload_sent = True

    def getreply(self) -> tuple[int, bytes]:
        if self.file is None and self.sock is not None:
            self._lines = _Lines(self.sock.makefile("rb"))
            self.file = self._lines
        code, message = super().getreply()
        if not 200 <= code <= 599:  # "2" or "25" of a line cut short, or no number at all
            self.close()
            raise smtplib.SMTPServerDisconnected(f"Incomplete reply from the server ({code}).")
        return code, message


class _CheckedSMTP_SSL(_CheckedSMTP, smtplib.SMTP_SSL):
    pass


@dataclass(frozen=True, slots=True)
class SendResult:
    refused: dict[str, str]
    """Recipients refused while the others were accepted: ``{address: server reply}``."""


class SmtpSession:
    """One authenticated SMTP connection; sends any number of messages, then ``close``."""

    def __init__(
        self, endpoint: SmtpEndpoint, password: str | None, *, timeout: float = SMTP_TIMEOUT
    ) -> None:
        self.endpoint = endpoint
        self._password = password
        self._timeout = timeout
        self._smtp: _CheckedSMTP | None = None

    def open(self) -> None:
        if self._smtp is not None:
            return
        endpoint = self.endpoint
        if endpoint.security is Security.PLAIN and endpoint.host not in LOCAL_HOSTS:
            raise ServerError(f"Refusing an unencrypted connection to {endpoint.host}.")
        smtp: _CheckedSMTP | None = None
        try:
            context = tls_context(endpoint.ca_file)
            if endpoint.security is Security.SSL:
                smtp = _CheckedSMTP_SSL(
                    endpoint.host,
                    endpoint.port,
                    local_hostname=LOCAL_HOSTNAME,
                    timeout=self._timeout,
                    context=context,
                )
            else:
                smtp = _CheckedSMTP(
                    endpoint.host,
                    endpoint.port,
                    local_hostname=LOCAL_HOSTNAME,
                    timeout=self._timeout,
                )
                if endpoint.security is Security.STARTTLS:
                    smtp.ehlo()
                    smtp.starttls(context=context)
            smtp.ehlo()
            if smtp.has_extn("auth") and self._password is not None and endpoint.username:
                smtp.login(endpoint.username, self._password)
        except Exception as exc:
            if smtp is not None:
                with contextlib.suppress(Exception):
                    smtp.close()
            raise explain_smtp(exc, endpoint.host, endpoint.port) from exc
        self._smtp = smtp

    def send(self, mail_from: str, recipients: tuple[str, ...], raw: bytes) -> SendResult:
        """Send one message; raise :class:`MailError` unless at least one recipient took it."""
        self.open()
        smtp = self._smtp
        assert smtp is not None
        smtp.payload_sent = False
        try:
            refused = smtp.sendmail(mail_from, list(recipients), raw)
        except Exception as exc:
            error = explain_smtp(exc, self.endpoint.host, self.endpoint.port)
            # A refusal leaves the connection usable; anything else may have broken it.
            # (Every smtplib exception is an OSError, so test for the refusals.)
            if isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused):
                self._reset()
                raise error from exc
            self._drop()
            if smtp.payload_sent:
                where = f"{self.endpoint.host}:{self.endpoint.port}"
                raise DeliveryUncertain(
                    f"The connection to {where} broke after the whole message was sent and "
                    "before the server confirmed it, so it may have been delivered."
                ) from exc
            raise error from exc
        return SendResult(
            {address: f"{code} {_text(text)}" for address, (code, text) in refused.items()}
        )

    def _reset(self) -> None:
        if self._smtp is not None:
            try:
                self._smtp.rset()
            except Exception:
                self._drop()

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except Exception:
            with contextlib.suppress(Exception):
                smtp.close()

    def __enter__(self) -> SmtpSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
