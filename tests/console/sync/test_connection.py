"""TLS verification, authentication errors and STARTTLS against the real server."""

from __future__ import annotations

import pytest

from console.domain.security import Security
from console.mail.errors import AuthenticationFailed, CertificateRejected, ServerUnreachable
from console.mail.imap_connect import ImapEndpoint, close_quietly, connect
from tests.servers.dovecot import DovecotServer, ImapUser


def _endpoint(user: ImapUser, **changes: object) -> ImapEndpoint:
    values: dict[str, object] = {
        "host": user.host,
        "port": user.imaps_port,
        "security": Security.SSL,
        "username": user.username,
        "ca_file": str(user.ca_file),
    }
    values.update(changes)
    return ImapEndpoint(**values)  # type: ignore[arg-type]


def test_tls_is_accepted_with_the_servers_ca_file(imap_user: ImapUser) -> None:
    client = connect(_endpoint(imap_user), imap_user.password)
    close_quietly(client)


def test_tls_is_refused_without_the_custom_ca(imap_user: ImapUser) -> None:
    with pytest.raises(CertificateRejected, match="certificate"):
        connect(_endpoint(imap_user, ca_file=None), imap_user.password)


def test_tls_is_refused_with_an_unrelated_ca(imap_user: ImapUser, dovecot: DovecotServer) -> None:
    with pytest.raises(CertificateRejected):
        connect(_endpoint(imap_user, ca_file=str(dovecot.other_ca_file)), imap_user.password)


def test_starttls_upgrades_the_plain_port_and_verifies(imap_user: ImapUser) -> None:
    client = connect(
        _endpoint(imap_user, port=imap_user.imap_port, security=Security.STARTTLS),
        imap_user.password,
    )
    close_quietly(client)


def test_wrong_password_is_an_authentication_error(imap_user: ImapUser) -> None:
    with pytest.raises(AuthenticationFailed) as info:
        connect(_endpoint(imap_user), "wrong password")
    assert "password" in str(info.value)


def test_closed_port_is_reported_as_unreachable(imap_user: ImapUser) -> None:
    with pytest.raises(ServerUnreachable):
        connect(_endpoint(imap_user, port=1), imap_user.password)


def test_plaintext_to_a_remote_host_is_refused() -> None:
    from console.mail.errors import ServerError

    with pytest.raises(ServerError, match="unencrypted"):
        connect(ImapEndpoint("mail.example.com", 143, Security.PLAIN, "u", None), "secret")
