"""Trying an account's settings before saving them: IMAP login, SMTP EHLO and login.

Both checks raise a :class:`~console.mail.errors.MailError` whose ``str()`` and ``hint``
say what is wrong in the owner's words; ``kind`` tells which field to look at.

Threading: the checks block on the network (up to the connect timeout); run them off
the UI thread.  Each opens and closes its own connection.
"""

from __future__ import annotations

import contextlib
import smtplib
from enum import StrEnum
from typing import Final

from console.accounts.store import AccountSettings
from console.domain.security import LOCAL_HOSTS, Security
from console.mail.errors import MailError, ServerError, explain
from console.mail.imap_connect import ImapEndpoint, close_quietly, connect, tls_context

SMTP_TIMEOUT: Final = 15.0
LOCAL_HOSTNAME: Final = "localhost"
"""Our EHLO name: asking the resolver for this computer's FQDN can stall for seconds."""


class Step(StrEnum):
    IMAP = "imap"
    SMTP = "smtp"


class CheckFailed(Exception):
    """One step of :func:`check_account` failed with ``error``."""

    def __init__(self, step: Step, error: MailError) -> None:
        super().__init__(str(error))
        self.step = step
        self.error = error

    def __str__(self) -> str:
        return str(self.error)


def check_imap(settings: AccountSettings, password: str) -> None:
    """Log in to the IMAP server and out again."""
    endpoint = ImapEndpoint(
        host=settings.imap_host,
        port=settings.imap_port,
        security=settings.imap_security,
        username=settings.imap_username or settings.email,
        ca_file=settings.ca_file,
    )
    close_quietly(connect(endpoint, password))


def check_smtp(settings: AccountSettings, password: str, *, timeout: float = SMTP_TIMEOUT) -> None:
    """Greet the SMTP server (EHLO), secure the connection and log in when it offers AUTH."""
    host = settings.smtp_host
    if not host:
        return
    security = settings.smtp_security or Security.STARTTLS
    port = settings.smtp_port or (465 if security is Security.SSL else 587)
    if security is Security.PLAIN and host not in LOCAL_HOSTS:
        raise ServerError(f"Refusing an unencrypted connection to {host}.")
    smtp: smtplib.SMTP | None = None
    try:
        context = tls_context(settings.ca_file)
        if security is Security.SSL:
            smtp = smtplib.SMTP_SSL(
                host, port, local_hostname=LOCAL_HOSTNAME, timeout=timeout, context=context
            )
        else:
            smtp = smtplib.SMTP(host, port, local_hostname=LOCAL_HOSTNAME, timeout=timeout)
            if security is Security.STARTTLS:
                smtp.ehlo()
                smtp.starttls(context=context)
        smtp.ehlo()
        if smtp.has_extn("auth"):
            smtp.login(settings.smtp_username or settings.imap_username or settings.email, password)
        with contextlib.suppress(Exception):
            smtp.quit()
    except smtplib.SMTPNotSupportedError as exc:
        raise ServerError(
            f"{host}:{port} does not offer a secure connection (STARTTLS) or login."
        ) from exc
    except Exception as exc:
        raise explain(exc, host, port) from exc
    finally:
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.close()


def check_account(settings: AccountSettings, password: str) -> None:
    """IMAP first, then SMTP (when set); raise :class:`CheckFailed` naming the step."""
    try:
        check_imap(settings, password)
    except MailError as error:
        raise CheckFailed(Step.IMAP, error) from error
    try:
        check_smtp(settings, password)
    except MailError as error:
        raise CheckFailed(Step.SMTP, error) from error
