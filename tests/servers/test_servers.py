"""The test servers themselves work: TLS, users, helpers, lifecycle, IDLE, SMTP, keyring."""

from __future__ import annotations

import os
import smtplib
import socket
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import keyring
import pytest
from imapclient import IMAPClient
from imapclient.exceptions import CapabilityError, LoginError
from keyring.backend import KeyringBackend

from tests.servers.dovecot import SPECIAL_FOLDERS, DovecotError, DovecotServer, ImapUser
from tests.servers.smtp import SmtpReject, SmtpServer

NO_IDLE_CAPABILITIES = "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE SPECIAL-USE"


def message(subject: str = "Hello", sender: str = "customer@example.test") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "shop@shop.test"
    msg["Subject"] = subject
    msg.set_content(f"Body of {subject}\n")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def imaps_client(user: ImapUser, ca_file: Path | None = None) -> IMAPClient:
    context = ssl.create_default_context(cafile=str(ca_file or user.ca_file))
    return IMAPClient(user.host, port=user.imaps_port, ssl=True, ssl_context=context, timeout=10)


@pytest.fixture
def private_dovecot() -> Iterator[DovecotServer]:
    """A server of the test's own, for tests that stop or re-certify it."""
    with DovecotServer() as server:
        yield server


# -- TLS ---------------------------------------------------------------------------------


def test_imaps_login_verifies_with_the_ca(imap_user: ImapUser) -> None:
    client = imaps_client(imap_user)
    try:
        client.login(imap_user.username, imap_user.password)
        capabilities = set(client.capabilities())
        assert {b"IDLE", b"CONDSTORE", b"QRESYNC", b"MOVE", b"UIDPLUS"} <= capabilities
        flags = {name: set(f) for f, _sep, name in client.list_folders()}
    finally:
        client.logout()
    for name, flag in SPECIAL_FOLDERS.items():
        assert flag.encode() in flags[name]
    assert "INBOX" in flags


def test_wrong_ca_is_refused(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    with pytest.raises(ssl.SSLCertVerificationError):
        imaps_client(imap_user, ca_file=dovecot.other_ca_file)


def test_certificate_is_valid_for_localhost(imap_user: ImapUser) -> None:
    context = ssl.create_default_context(cafile=str(imap_user.ca_file))
    with (
        socket.create_connection((imap_user.host, imap_user.imaps_port), timeout=5) as raw,
        context.wrap_socket(raw, server_hostname="localhost") as tls,
    ):
        assert tls.recv(100).startswith(b"* OK")


def test_starttls_on_the_plain_port(imap_user: ImapUser) -> None:
    client = IMAPClient(imap_user.host, port=imap_user.imap_port, ssl=False, timeout=10)
    try:
        assert b"STARTTLS" in client.capabilities()
        client.starttls(ssl.create_default_context(cafile=str(imap_user.ca_file)))
        client.login(imap_user.username, imap_user.password)
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    finally:
        client.logout()


def test_rotated_certificate_needs_the_new_ca(private_dovecot: DovecotServer) -> None:
    user = private_dovecot.new_user()
    old_ca = private_dovecot.ca_file
    new_ca = private_dovecot.rotate_certificate()
    assert new_ca != old_ca
    with pytest.raises(ssl.SSLCertVerificationError):
        imaps_client(user, ca_file=old_ca)
    client = imaps_client(user, ca_file=new_ca)
    client.login(user.username, user.password)
    client.logout()


# -- users and mail helpers --------------------------------------------------------------


def test_add_user_works_without_restart(dovecot: DovecotServer) -> None:
    dovecot.add_user("late-arrival", "first-secret")
    user = dovecot.new_user()  # Another passwd-file rewrite while running.
    for name, password in (("late-arrival", "first-secret"), (user.username, user.password)):
        client = imaps_client(user)
        client.login(name, password)
        client.logout()
    dovecot.add_user("late-arrival", "second-secret")  # A password change, also live.
    client = imaps_client(user)
    with pytest.raises(LoginError):
        client.login("late-arrival", "first-secret")
    client.shutdown()
    client = imaps_client(user)
    client.login("late-arrival", "second-secret")
    client.logout()


def test_append_returns_the_uid_and_list_uids_sees_it(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    name = imap_user.username
    first = dovecot.append(name, "INBOX", message("one"), flags=["\\Seen"])
    second = dovecot.append(name, "Archive", message("two"))
    third = dovecot.append(name, "INBOX", message("three"))
    assert third > first
    assert dovecot.list_uids(name, "INBOX") == [first, third]
    assert dovecot.list_uids(name, "Archive") == [second]


def test_flags_expunge_and_move(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    name = imap_user.username
    uids = [dovecot.append(name, "INBOX", message(f"m{i}")) for i in range(4)]
    dovecot.set_flags(name, "INBOX", uids[0], ["\\Flagged", "\\Seen"])
    dovecot.expunge(name, "INBOX", [uids[1]])
    dovecot.move(name, "INBOX", "Trash", [uids[2]])
    assert dovecot.list_uids(name, "INBOX") == [uids[0], uids[3]]
    assert len(dovecot.list_uids(name, "Trash")) == 1
    with dovecot.session(name, "INBOX") as client:
        flags = client.get_flags([uids[0]])[uids[0]]
    assert set(flags) == {b"\\Flagged", b"\\Seen"}


def test_folder_create_rename_delete(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    name = imap_user.username
    dovecot.create_folder(name, "Orders")
    dovecot.append(name, "Orders", message("order"))
    dovecot.create_folder(name, "Orders/2024")
    dovecot.rename_folder(name, "Orders", "Shipped")
    assert len(dovecot.list_uids(name, "Shipped")) == 1
    assert dovecot.folder_dir(name, "Shipped/2024").is_dir()
    dovecot.delete_folder(name, "Shipped/2024")
    with dovecot.session(name) as client:
        assert not client.folder_exists("Shipped/2024")
        assert not client.folder_exists("Orders")


def test_reset_uidvalidity_renumbers(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    name = imap_user.username
    uids = [dovecot.append(name, "INBOX", message(f"m{i}")) for i in range(3)]
    dovecot.expunge(name, "INBOX", [uids[0]])
    before = dovecot.uidvalidity(name, "INBOX")
    idle_session = dovecot.connect(name)  # An open session must not defeat the reset.
    idle_session.select_folder("INBOX")
    after = dovecot.reset_uidvalidity(name, "INBOX")
    assert after != before
    assert dovecot.uidvalidity(name, "INBOX") == after
    assert dovecot.list_uids(name, "INBOX") == [1, 2]
    with pytest.raises((OSError, IMAPClient.AbortError)):
        idle_session.noop()


def test_bulk_load_maildir_is_indexed_on_select(
    dovecot: DovecotServer, imap_user: ImapUser
) -> None:
    name = imap_user.username
    dovecot.append(name, "INBOX", message("before"))
    loaded = dovecot.bulk_load_maildir(name, "INBOX", (message(f"bulk {i}") for i in range(300)))
    assert loaded == 300
    dovecot.bulk_load_maildir(name, "Archive", [message("archived")], seen=True)
    assert len(dovecot.list_uids(name, "INBOX")) == 301
    with dovecot.session(name) as client:
        client.select_folder("Archive", readonly=True)
        fetched = client.fetch(client.search("ALL"), ["FLAGS"])
    assert [set(data[b"FLAGS"]) - {b"\\Recent"} for data in fetched.values()] == [{b"\\Seen"}]


# -- lifecycle ---------------------------------------------------------------------------


def test_stop_and_start_on_the_same_ports(private_dovecot: DovecotServer) -> None:
    user = private_dovecot.new_user()
    uid = private_dovecot.append(user.username, "INBOX", message())
    ports = (private_dovecot.imaps_port, private_dovecot.imap_port)
    private_dovecot.stop()
    for port in ports:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((private_dovecot.host, port), timeout=2)
    private_dovecot.start()
    assert (private_dovecot.imaps_port, private_dovecot.imap_port) == ports
    assert private_dovecot.list_uids(user.username, "INBOX") == [uid]


def test_startup_failure_reports_the_log(tmp_path: Path) -> None:
    server = DovecotServer()
    blocker = socket.socket()
    try:
        blocker.bind((server.host, server.imaps_port))
        blocker.listen()
        with pytest.raises(DovecotError, match="Address already in use"):
            server.start()
    finally:
        blocker.close()
        server.close()


# -- IDLE and capabilities ---------------------------------------------------------------


def test_idle_push_arrives_quickly(dovecot: DovecotServer, imap_user: ImapUser) -> None:
    client = imaps_client(imap_user)
    try:
        client.login(imap_user.username, imap_user.password)
        client.select_folder("INBOX")
        client.idle()
        started = time.monotonic()
        dovecot.append(imap_user.username, "INBOX", message("pushed"))
        responses: list[tuple[object, ...]] = []
        while time.monotonic() - started < 3 and not any(
            len(r) > 1 and r[1] == b"EXISTS" for r in responses
        ):
            responses += client.idle_check(timeout=0.5)
        client.idle_done()
    finally:
        client.logout()
    assert (1, b"EXISTS") in responses
    assert time.monotonic() - started < 3


def test_capability_override_removes_idle() -> None:
    with DovecotServer(capabilities=NO_IDLE_CAPABILITIES) as server:
        user = server.new_user()
        client = imaps_client(user)
        try:
            client.login(user.username, user.password)
            capabilities = set(client.capabilities())
            assert b"IDLE" not in capabilities
            assert b"CONDSTORE" not in capabilities
            assert b"SPECIAL-USE" in capabilities
            with pytest.raises(CapabilityError):
                client.idle()
        finally:
            client.logout()
        # Helpers still work: they don't depend on the advertised capabilities.
        uid = server.append(user.username, "INBOX", message())
        server.move(user.username, "INBOX", "Archive", [uid])
        assert server.list_uids(user.username, "Archive") == [1]


# -- SMTP --------------------------------------------------------------------------------


def smtp_send(server: SmtpServer, raw: bytes) -> None:
    with smtplib.SMTP(server.host, server.port, timeout=10) as client:
        client.starttls(context=server.client_ssl_context())
        client.login(server.username, server.password)
        client.sendmail("shop@shop.test", ["customer@example.test"], raw)


def test_smtp_receives_over_starttls_with_auth(smtp_server: SmtpServer) -> None:
    raw = message("order shipped", sender="shop@shop.test")
    smtp_send(smtp_server, raw)
    [received] = smtp_server.wait_for_messages(1)
    assert received.mail_from == "shop@shop.test"
    assert received.rcpt_tos == ("customer@example.test",)
    assert received.auth_user == smtp_server.username
    assert received.tls
    assert b"Subject: order shipped" in received.data


def test_smtp_refuses_mail_before_starttls_and_bad_passwords(smtp_server: SmtpServer) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=10) as client:
        code, _ = client.mail("shop@shop.test")
        assert code == 530
        client.starttls(context=smtp_server.client_ssl_context())
        with pytest.raises(smtplib.SMTPAuthenticationError):
            client.login(smtp_server.username, "wrong")


def test_smtp_implicit_tls() -> None:
    with SmtpServer(tls="implicit") as server:
        context = server.client_ssl_context()
        with smtplib.SMTP_SSL(server.host, server.port, context=context, timeout=10) as client:
            client.login(server.username, server.password)
            client.sendmail("shop@shop.test", ["a@example.test"], message())
        assert server.wait_for_messages(1)[0].tls


def test_smtp_reject_then_down_then_back(smtp_server: SmtpServer) -> None:
    smtp_server.set_reject(SmtpReject(451, "Try again later", stage="RCPT"))
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        smtp_send(smtp_server, message())
    assert refused.value.recipients["customer@example.test"][0] == 451
    smtp_server.set_reject(None)
    port = smtp_server.port
    smtp_server.stop()
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(smtp_server.host, port, timeout=2)
    smtp_server.start()
    assert smtp_server.port == port
    smtp_send(smtp_server, message())
    assert len(smtp_server.wait_for_messages(1)) == 1


# -- keyring and data dir ----------------------------------------------------------------


def test_keyring_backend_is_shared_with_subprocesses(
    keyring_backend: KeyringBackend, tmp_path: Path
) -> None:
    keyring.set_password("shopkeeper", "imap:alice", "s3cret")
    assert Path(keyring_backend.file_path).is_relative_to(tmp_path)  # type: ignore[attr-defined]
    script = "import keyring; print(keyring.get_password('shopkeeper', 'imap:alice'))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "s3cret"


def test_data_dir_sets_shopkeeper_home(data_dir: Path) -> None:
    assert os.environ["SHOPKEEPER_HOME"] == str(data_dir)
    assert data_dir.is_dir()
    assert not any(data_dir.iterdir())
