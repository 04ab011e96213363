"""A real SMTP server on loopback (aiosmtpd) that records what it receives.

``SmtpServer`` listens on 127.0.0.1 with a fixed port chosen at construction, so ``stop()``
followed by ``start()`` brings it back on the same port ("server down, then back" tests).
TLS is STARTTLS (default), implicit TLS or none, with a certificate from a private test CA
(``ca_file``). AUTH PLAIN and LOGIN accept one fixed user and password. ``set_reject``
makes the server answer MAIL, RCPT or DATA with a chosen code until cleared;
``set_vanish_after_data`` makes it take messages and drop the connection instead of
answering (the one moment SMTP cannot resolve: was it accepted?).

Threading: aiosmtpd runs its own event loop in a thread; the received-message list is
guarded by a condition variable, so tests may read it or wait on it from any thread.
"""

from __future__ import annotations

import secrets
import shutil
import ssl
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.servers.certs import CertificateAuthority, write_server_tls
from tests.servers.dovecot_config import free_port

HOST = "127.0.0.1"
TlsMode = Literal["starttls", "implicit", "none"]
RejectStage = Literal["MAIL", "RCPT", "DATA"]


@dataclass(frozen=True)
class ReceivedMessage:
    """One accepted message: the envelope, the raw bytes, and how the client connected."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    auth_user: str | None
    tls: bool


@dataclass(frozen=True)
class SmtpReject:
    """Answer ``stage`` with ``code`` and ``text`` (e.g. 451 for a temporary failure)."""

    code: int
    text: str = "Rejected by test server"
    stage: RejectStage = "DATA"

    @property
    def reply(self) -> str:
        return f"{self.code} {self.text}"


class _Handler:
    """aiosmtpd handler hooks; they run on the server's event-loop thread."""

    def __init__(self, server: SmtpServer) -> None:
        self._server = server

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        if reply := self._server.reject_reply("MAIL"):
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if reply := self._server.reject_reply("RCPT"):
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if reply := self._server.reject_reply("DATA"):
            return reply
        raw = envelope.original_content or b""
        vanish = self._server.vanish_after_data
        auth_user = session.auth_data if isinstance(session.auth_data, str) else None
        self._server.record(
            ReceivedMessage(
                mail_from=envelope.mail_from or "",
                rcpt_tos=tuple(envelope.rcpt_tos),
                data=raw,
                auth_user=auth_user,
                tls=self._server.tls == "implicit" or session.ssl is not None,
            )
        )
        if vanish and server.transport is not None:
            server.transport.abort()  # Taken, but the client never hears so.
        return "250 Message accepted for delivery"


class _Controller(Controller):
    def factory(self) -> SMTP:
        # aiosmtpd counts only STARTTLS as TLS, so implicit-TLS mode must set
        # auth_require_tls=False, which warns on every connection. The socket is TLS anyway.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS")
            smtp: SMTP = super().factory()  # type: ignore[no-untyped-call]
            return smtp


class SmtpServer:
    """A recording SMTP server on loopback; see the module docstring."""

    host = HOST

    def __init__(
        self,
        *,
        tls: TlsMode = "starttls",
        username: str = "shopkeeper",
        password: str | None = None,
        require_auth: bool = True,
        reject: SmtpReject | None = None,
        workdir: Path | None = None,
    ) -> None:
        self.tls = tls
        self.username = username
        self.password = password if password is not None else secrets.token_urlsafe(12)
        self.require_auth = require_auth
        self.port = free_port()
        self._own_workdir = workdir is None
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="shopkeeper-smtp-"))
        ca = CertificateAuthority.create("Shopkeeper SMTP test CA")
        files = write_server_tls(self.workdir, ca, "smtp")
        self.ca_file = files.ca_file
        self._server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._server_context.load_cert_chain(files.cert_file, files.key_file)
        self._reject = reject
        self.vanish_after_data = False
        self._messages: list[ReceivedMessage] = []
        self._changed = threading.Condition()
        self._controller: _Controller | None = None

    # -- received mail -----------------------------------------------------------------

    def record(self, message: ReceivedMessage) -> None:
        with self._changed:
            self._messages.append(message)
            self._changed.notify_all()

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of everything accepted so far, oldest first."""
        with self._changed:
            return list(self._messages)

    def wait_for_messages(self, count: int = 1, timeout: float = 5.0) -> list[ReceivedMessage]:
        """Block until at least ``count`` messages arrived; raise TimeoutError otherwise."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._messages) >= count, timeout):
                raise TimeoutError(f"expected {count} message(s), got {len(self._messages)}")
            return list(self._messages)

    def clear(self) -> None:
        with self._changed:
            self._messages.clear()

    # -- failure injection -------------------------------------------------------------

    def set_reject(self, reject: SmtpReject | None) -> None:
        """Start (or with ``None`` stop) rejecting at ``reject.stage``."""
        self._reject = reject

    def set_vanish_after_data(self, vanish: bool) -> None:
        """Accept (and record) each message, then drop the connection without replying."""
        self.vanish_after_data = vanish

    def reject_reply(self, stage: RejectStage) -> str | None:
        reject = self._reject
        return reject.reply if reject is not None and reject.stage == stage else None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._controller is not None

    def client_ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts only this server's CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def _authenticate(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        mechanism: str,
        auth_data: object,
    ) -> AuthResult:
        if (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == self.username.encode()
            and auth_data.password == self.password.encode()
        ):
            return AuthResult(success=True, auth_data=self.username)
        return AuthResult(success=False, handled=False)

    def start(self) -> None:
        """Listen on ``port`` (the same one after every restart)."""
        if self._controller is not None:
            return
        deadline = time.monotonic() + 5.0
        while True:  # The port may linger briefly after a stop.
            controller = self._new_controller()
            try:
                controller.start()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self._controller = controller

    def _new_controller(self) -> _Controller:
        # A Controller closes its event loop when stopped, so each start needs a new one.
        return _Controller(
            _Handler(self),
            hostname=HOST,
            port=self.port,
            ssl_context=self._server_context if self.tls == "implicit" else None,
            server_hostname="smtp.shop.test",
            authenticator=self._authenticate,
            auth_required=self.require_auth,
            auth_require_tls=self.tls == "starttls",
            tls_context=self._server_context if self.tls == "starttls" else None,
            require_starttls=self.tls == "starttls",
        )

    def stop(self) -> None:
        """Close the listening socket and drop open connections."""
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            if self._own_workdir:
                shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> SmtpServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
