"""Testing account settings against the real Dovecot and a real SMTP server."""

from __future__ import annotations

import dataclasses

import pytest

from console.accounts.connection_check import CheckFailed, Step, check_account, check_smtp
from console.accounts.store import AccountSettings
from console.domain.security import Security
from console.mail.errors import AuthenticationFailed, CertificateRejected, ServerUnreachable
from tests.servers.dovecot import DovecotServer, ImapUser
from tests.servers.smtp import SmtpServer


def account(user: ImapUser, smtp: SmtpServer | None = None) -> AccountSettings:
    return AccountSettings(
        email=user.email,
        imap_host=user.host,
        imap_port=user.imaps_port,
        imap_security=Security.SSL,
        imap_username=user.username,
        ca_file=str(user.ca_file),
        smtp_host="127.0.0.1" if smtp else None,
        smtp_port=smtp.port if smtp else None,
        smtp_security=Security.STARTTLS if smtp else None,
        smtp_username=smtp.username if smtp else None,
    )


def test_right_settings_pass_on_both_servers(imap_user: ImapUser, smtp_server: SmtpServer) -> None:
    # One password for both: the test SMTP server takes the IMAP user's password.
    smtp = SmtpServer(password=imap_user.password, workdir=None)
    with smtp:
        settings = account(imap_user, smtp)
        # The SMTP server has its own CA; the check trusts one CA file, so test it alone.
        check_account(dataclasses.replace(settings, smtp_host=None), imap_user.password)
        check_smtp(dataclasses.replace(settings, ca_file=str(smtp.ca_file)), imap_user.password)


def test_a_wrong_password_fails_the_imap_step(imap_user: ImapUser) -> None:
    with pytest.raises(CheckFailed) as failed:
        check_account(account(imap_user), "wrong")
    assert failed.value.step is Step.IMAP
    assert isinstance(failed.value.error, AuthenticationFailed)
    assert "rejected the user name or password" in str(failed.value)


def test_an_unknown_certificate_authority_is_refused(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    settings = dataclasses.replace(account(imap_user), ca_file=str(dovecot.other_ca_file))
    with pytest.raises(CheckFailed) as failed:
        check_account(settings, imap_user.password)
    assert isinstance(failed.value.error, CertificateRejected)


def test_a_closed_port_is_unreachable(imap_user: ImapUser) -> None:
    settings = dataclasses.replace(account(imap_user), imap_port=9)
    with pytest.raises(CheckFailed) as failed:
        check_account(settings, imap_user.password)
    assert isinstance(failed.value.error, ServerUnreachable)


def test_a_wrong_smtp_password_fails_the_smtp_step(smtp_server: SmtpServer) -> None:
    settings = AccountSettings(
        email="shop@shop.test",
        imap_host="127.0.0.1",
        imap_port=993,
        imap_security=Security.SSL,
        imap_username="x",
        ca_file=str(smtp_server.ca_file),
        smtp_host="127.0.0.1",
        smtp_port=smtp_server.port,
        smtp_security=Security.STARTTLS,
        smtp_username=smtp_server.username,
    )
    check_smtp(settings, smtp_server.password)
    with pytest.raises(AuthenticationFailed):
        check_smtp(settings, "wrong")
