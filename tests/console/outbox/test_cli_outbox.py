"""``shopkeeper send``, ``outbox`` and ``templates`` as a user runs them: real processes,
a real keyring file, Dovecot and an SMTP server that goes down and comes back."""

from __future__ import annotations

import email
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from email import policy
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from tests.console.outbox.conftest import ca_bundle
from tests.servers.dovecot import ImapUser
from tests.servers.smtp import SmtpServer

REPO = Path(__file__).resolve().parents[3]


def shopkeeper(
    data_dir: Path, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


def run_cli(
    capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str
) -> subprocess.CompletedProcess[str]:
    """The same command in this process (same parser, handlers and error path; faster)."""
    from console.cli.main import run

    capsys.readouterr()
    code = run(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


@pytest.fixture
def smtp(imap_user: ImapUser) -> Iterator[SmtpServer]:
    # ``account add`` stores one password for IMAP and SMTP, so the servers share it.
    with SmtpServer(username=imap_user.username, password=imap_user.password) as server:
        yield server


@pytest.fixture
def shop_dir(
    tmp_path: Path,
    imap_user: ImapUser,
    smtp: SmtpServer,
    keyring_backend: KeyringBackend,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    # Added in this process; the keyring file is shared with CLI subprocesses.
    data_dir = tmp_path / "shop"
    monkeypatch.setattr("sys.stdin", io.StringIO(imap_user.password + "\n"))
    added = run_cli(
        capsys,
        data_dir,
        "account", "add",
        "--email", imap_user.email,
        "--name", "Kovač Kolica",
        "--imap-host", imap_user.host,
        "--imap-port", str(imap_user.imaps_port),
        "--security", "ssl",
        "--username", imap_user.username,
        "--ca-file", str(ca_bundle(tmp_path, imap_user.ca_file, smtp.ca_file)),
        "--smtp-host", smtp.host,
        "--smtp-port", str(smtp.port),
        "--smtp-security", "starttls",
        "--password-stdin",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    return data_dir


def test_send_queues_and_sends_and_a_down_server_is_retried_later(
    shop_dir: Path,
    smtp: SmtpServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The two commands that matter most run as real processes; the rest in-process.
    sent = shopkeeper(
        shop_dir,
        "send", "--to", "Ana Kovač <ana@kupac.hr>", "--subject", "Vaša narudžba 1042",
        "--body-stdin",
        stdin="Poštovana gospođo Kovač,\n\nnarudžba je poslana.\n",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("outbox 1: sent to Ana Kovač <ana@kupac.hr>")
    [received] = smtp.wait_for_messages(1)
    message = email.message_from_bytes(received.data, policy=policy.default)
    assert message["Subject"] == "Vaša narudžba 1042"
    assert message["From"].addresses[0].display_name == "Kovač Kolica"

    smtp.stop()
    monkeypatch.setattr("sys.stdin", io.StringIO("Guten Tag,\n\ndie Lieferung kommt morgen.\n"))
    queued = run_cli(
        capsys, shop_dir, "send", "--to", "hans@kunde.de", "--subject", "Lieferung",
        "--body-stdin",
    )  # fmt: skip
    assert queued.returncode == 75, queued.stderr
    assert queued.stdout.startswith("outbox 2: queued")
    assert "refused the connection" in queued.stdout

    listed = json.loads(run_cli(capsys, shop_dir, "outbox", "list", "--json").stdout)
    assert [(e["id"], e["state"]) for e in listed] == [(2, "queued"), (1, "sent")]
    assert listed[0]["last_error"]

    smtp.start()
    retried = shopkeeper(shop_dir, "outbox", "retry")
    assert retried.returncode == 0, retried.stderr
    assert "outbox 2: sent to hans@kunde.de" in retried.stdout
    assert len(smtp.wait_for_messages(2)) == 2
    again = run_cli(capsys, shop_dir, "outbox", "retry")
    assert again.stdout.strip() == "Nothing to send."
    assert len(smtp.messages) == 2


def test_send_from_a_template_refuses_gaps_unless_allowed(
    shop_dir: Path, smtp: SmtpServer, capsys: pytest.CaptureFixture[str]
) -> None:
    refused = run_cli(
        capsys, shop_dir, "send", "--to", "Ivana Horvat <ivana@kupac.hr>", "--template", "tracking",
        "--lang", "hr",
    )  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "order.number" in refused.stderr and "--allow-gaps" in refused.stderr
    assert smtp.messages == []

    sent = run_cli(
        capsys, shop_dir, "send", "--to", "Ivana Horvat <ivana@kupac.hr>", "--template",
        "tracking", "--lang", "hr", "--allow-gaps",
    )  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    message = email.message_from_bytes(smtp.wait_for_messages(1)[0].data, policy=policy.default)
    assert message["Subject"] == "Vaša narudžba [order.number] je na putu"
    body = message.get_body(("plain",))
    assert body is not None
    assert str(body.get_content()).startswith("Dobar dan, Ivana!")


def test_templates_list_export_import_and_render(
    tmp_path: Path, shop_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = run_cli(capsys, shop_dir, "templates", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    keys = [t["key"] for t in json.loads(listed.stdout)]
    assert len(keys) == 11 and keys[0] == "order_received"

    exported = tmp_path / "shared.json"
    assert run_cli(capsys, shop_dir, "templates", "export", str(exported)).returncode == 0
    other = tmp_path / "other-shop"
    imported = run_cli(capsys, other, "templates", "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    assert "0 added" in imported.stdout and "11 kept" in imported.stdout

    rendered = run_cli(
        capsys, shop_dir, "templates", "render", "review_thanks", "--customer", "olga@pokupatel.ru",
        "--lang", "ru",
    )  # fmt: skip
    assert rendered.returncode == 0, rendered.stderr
    assert rendered.stdout.startswith("Subject: Спасибо за Ваш отзыв!\n\nЗдравствуйте!")
    assert "missing values: agent.name" in rendered.stderr

    broken = tmp_path / "broken.json"
    broken.write_text('{"templates": [{"key": "x", "versions": {"en": {"body": "{{"}}}]}')
    failed = run_cli(capsys, shop_dir, "templates", "import", str(broken))
    assert failed.returncode == 1 and failed.stderr.startswith("shopkeeper: error:")
    assert failed.stderr.count("\n") == 1
