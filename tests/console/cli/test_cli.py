"""The headless CLI as a user runs it: real processes, real keyring file, real Dovecot."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from console.storage.backup import list_backups
from console.storage.lock import APP_LOCK, DirectoryLock
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser

REPO = Path(__file__).resolve().parents[3]


def shopkeeper(
    data_dir: Path, *args: str, stdin: str | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
    )


def add_account(data_dir: Path, user: ImapUser, *extra: str, password: str | None = None):
    return shopkeeper(
        data_dir,
        "account", "add",
        "--email", user.email,
        "--imap-host", user.host,
        "--imap-port", str(user.imaps_port),
        "--security", "ssl",
        "--username", user.username,
        "--ca-file", str(user.ca_file),
        *extra,
        "--password-stdin",
        stdin=(password or user.password) + "\n",
    )  # fmt: skip


def assert_one_clear_line(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("shopkeeper: error")


def test_account_add_sync_search_and_stats_from_the_command_line(
    tmp_path: Path, dovecot: DovecotServer, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    dovecot.append(
        imap_user.username,
        "INBOX",
        make_mail(message_id=msgid(1), subject="Sipariş durumu", body="Siparişim nerede?"),
    )
    dovecot.append(
        imap_user.username,
        "INBOX",
        make_mail(message_id=msgid(2), subject="Заказ", body="Где мой заказ? Ёлка"),
    )
    assert add_account(tmp_path, imap_user).returncode == 0

    synced = shopkeeper(tmp_path, "sync", "--once")
    assert synced.returncode == 0, synced.stderr
    assert "2 new" in synced.stdout
    again = shopkeeper(tmp_path, "sync", "--once")  # the quick check: nothing new
    assert again.returncode == 0 and again.stdout.startswith(f"{imap_user.email}: 0 new in ")
    dovecot.append(imap_user.username, "INBOX", make_mail(message_id=msgid(3), body="Još jedna"))
    later = shopkeeper(tmp_path, "sync", "--once")  # the check sees it: the full sync runs
    assert later.returncode == 0 and "1 new" in later.stdout

    stats = json.loads(shopkeeper(tmp_path, "stats", "--json").stdout)
    assert stats["messages"] == 3 and stats["conversations"] == 3 and stats["unparsed"] == 0

    found = json.loads(shopkeeper(tmp_path, "search", "siparis", "--json").stdout)
    assert [hit["subject"] for hit in found] == ["Sipariş durumu"]
    found = json.loads(shopkeeper(tmp_path, "search", "елка", "--json").stdout)
    assert [hit["subject"] for hit in found] == ["Заказ"]

    listed = json.loads(shopkeeper(tmp_path, "account", "list", "--json").stdout)
    assert [a["email"] for a in listed] == [imap_user.email]


def test_the_password_is_in_the_keyring_and_nowhere_else_after_a_full_session(
    tmp_path: Path, dovecot: DovecotServer, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    dovecot.append(
        imap_user.username, "INBOX", make_mail(message_id=msgid(1), body="Tajna narudžba")
    )
    data = tmp_path / "data"
    assert add_account(data, imap_user).returncode == 0
    for args in (
        ("sync", "--once"),
        ("sync", "--once", "--account", "nobody@nowhere.test"),
        ("search", "narudzba"),
        ("backup",),
        ("export", "--everything", str(tmp_path / "export")),
        ("stats", "-v"),
    ):
        shopkeeper(data, *args)
    secret = imap_user.password.encode()
    keyring_file = Path(keyring_backend.file_path).resolve()  # type: ignore[attr-defined]
    checked = 0
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.resolve() != keyring_file:
            assert secret not in path.read_bytes(), path
            checked += 1
    assert checked > 5 and keyring_file.exists()
    for log in (data / "logs").glob("*.log*"):
        text = log.read_text(encoding="utf-8")
        assert "Tajna" not in text and imap_user.email not in text, log


def test_a_wrong_password_is_one_clear_line_and_a_failing_exit(
    tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    assert add_account(tmp_path, imap_user, password="wrong").returncode == 0
    result = shopkeeper(tmp_path, "sync", "--once")
    assert_one_clear_line(result)
    assert "password" in result.stderr


def test_an_unreachable_server_is_one_clear_line(
    tmp_path: Path, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    result = shopkeeper(
        tmp_path,
        "account", "add", "--email", "a@b.test", "--imap-host", "127.0.0.1",
        "--imap-port", "1", "--password-stdin",
        stdin="x\n",
    )  # fmt: skip
    assert result.returncode == 0
    result = shopkeeper(tmp_path, "sync", "--once")
    assert_one_clear_line(result)
    assert "refused" in result.stderr or "reach" in result.stderr


def test_a_certificate_problem_is_one_clear_line(
    tmp_path: Path, dovecot: DovecotServer, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    result = shopkeeper(
        tmp_path,
        "account", "add", "--email", imap_user.email, "--imap-host", imap_user.host,
        "--imap-port", str(imap_user.imaps_port), "--username", imap_user.username,
        "--ca-file", str(dovecot.other_ca_file), "--password-stdin",
        stdin=imap_user.password + "\n",
    )  # fmt: skip
    assert result.returncode == 0
    result = shopkeeper(tmp_path, "sync", "--once")
    assert_one_clear_line(result)
    assert "certificate" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("account", "add", "--email", "x@y.z"),
        ("sync", "--once", "--watch"),
        ("account", "add", "--email", "x@y.z", "--imap-host", "h", "--imap-port", "nope"),
        ("frobnicate",),
    ],
)
def test_bad_arguments_are_one_clear_line_and_exit_2(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = shopkeeper(tmp_path, *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_sync_without_an_account_says_how_to_add_one(tmp_path: Path) -> None:
    result = shopkeeper(tmp_path, "sync", "--once")
    assert_one_clear_line(result)
    assert "account add" in result.stderr


def test_plaintext_to_a_remote_host_is_refused_at_account_add(
    tmp_path: Path, keyring_backend: KeyringBackend
) -> None:
    result = shopkeeper(
        tmp_path, "account", "add", "--email", "a@b.test", "--imap-host", "mail.example.com",
        "--security", "plain", "--password-stdin", stdin="x\n",
    )  # fmt: skip
    assert_one_clear_line(result)


def test_import_and_export_round_trip_the_original_bytes(
    tmp_path: Path, keyring_backend: KeyringBackend
) -> None:
    maildir = tmp_path / "in"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    raws = [make_mail(message_id=msgid(n), minutes=n) for n in range(3)]
    for n, raw in enumerate(raws):
        (maildir / "cur" / f"{n}.eml:2,S").write_bytes(raw)
    data = tmp_path / "data"
    first = shopkeeper(data, "import", str(maildir))
    assert first.returncode == 0 and "3 imported" in first.stdout
    again = shopkeeper(data, "import", str(maildir))
    assert "0 imported, 3 already there" in again.stdout

    out = tmp_path / "out.mbox"
    exported = shopkeeper(data, "export", "-o", str(out))
    assert exported.returncode == 0 and "3 messages" in exported.stdout
    import mailbox

    stored = sorted(m.as_bytes() for m in mailbox.mbox(out))
    assert len(stored) == 3
    assert all(b"Message-ID: <m" in raw for raw in stored)


def test_import_of_a_missing_path_is_one_clear_line(tmp_path: Path) -> None:
    assert_one_clear_line(shopkeeper(tmp_path, "import", str(tmp_path / "nope")))


def test_backup_list_and_restore_from_the_command_line(
    tmp_path: Path, keyring_backend: KeyringBackend
) -> None:
    maildir = tmp_path / "in"
    (maildir / "cur").mkdir(parents=True)
    (maildir / "new").mkdir()
    (maildir / "cur" / "1.eml:2,").write_bytes(make_mail(message_id=msgid(1)))
    data = tmp_path / "data"
    shopkeeper(data, "import", str(maildir))
    taken = shopkeeper(data, "backup")
    assert taken.returncode == 0, taken.stderr
    backup_file = taken.stdout.split()[-1]
    (maildir / "cur" / "2.eml:2,").write_bytes(make_mail(message_id=msgid(2)))
    shopkeeper(data, "import", str(maildir))
    assert json.loads(shopkeeper(data, "stats", "--json").stdout)["messages"] == 2

    restored = shopkeeper(data, "backup", "restore", backup_file)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(shopkeeper(data, "stats", "--json").stdout)["messages"] == 1
    assert backup_file in shopkeeper(data, "backup", "list").stdout
    assert_one_clear_line(shopkeeper(data, "backup", "restore", str(tmp_path / "nope")))


def test_restore_from_the_command_line_refuses_while_the_app_has_the_data_folder_open(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    taken = shopkeeper(data, "backup")
    assert taken.returncode == 0, taken.stderr
    backup_file = taken.stdout.split()[-1]
    with DirectoryLock(data.resolve(), APP_LOCK):  # as the app holds it while data is open
        refused = shopkeeper(data, "backup", "restore", backup_file)
    assert_one_clear_line(refused)
    assert "Shopkeeper is open on this data folder" in refused.stderr
    assert len(list_backups(data / "backups")) == 1  # not even a safety copy was taken
    restored = shopkeeper(data, "backup", "restore", backup_file)
    assert restored.returncode == 0, restored.stderr


def test_export_everything_from_the_command_line(
    tmp_path: Path, keyring_backend: KeyringBackend
) -> None:
    mbox = tmp_path / "in.mbox"
    import mailbox

    box = mailbox.mbox(mbox)
    box.add(make_mail(message_id=msgid(1)))
    box.flush()
    data = tmp_path / "data"
    assert shopkeeper(data, "import", str(mbox)).returncode == 0
    result = shopkeeper(data, "export", "--everything", str(tmp_path / "all"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "all" / "mail.mbox").exists()
    assert (tmp_path / "all" / "customers.csv").read_text().count("\n") == 2
