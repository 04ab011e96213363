"""kill -9 in the middle of a sync, then resume: every message once, none missing.

CI runs a reduced form; the full run is 30 kills of a 5,000-message first sync:
``SHOPKEEPER_KILLS=30 SHOPKEEPER_KILL_MESSAGES=5000 ./scripts/test -k kill``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from keyring.backend import KeyringBackend

from tests.console.cli.test_cli import REPO, add_account
from tests.mailfactory import make_mail, msgid
from tests.servers.dovecot import DovecotServer, ImapUser

MESSAGES = int(os.environ.get("SHOPKEEPER_KILL_MESSAGES", "2400"))
KILLS = int(os.environ.get("SHOPKEEPER_KILLS", "4"))


def _stored(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database, timeout=5) as connection:
            return int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_kill_minus_9_mid_sync_then_resume_leaves_no_duplicate_and_no_gap(
    tmp_path: Path, dovecot: DovecotServer, imap_user: ImapUser, keyring_backend: KeyringBackend
) -> None:
    dovecot.bulk_load_maildir(
        imap_user.username,
        "INBOX",
        (
            make_mail(message_id=msgid(n), minutes=n, body=f"Poruka broj {n}. " * 40)
            for n in range(MESSAGES)
        ),
    )
    data = tmp_path / "data"
    assert add_account(data, imap_user).returncode == 0
    database = data / "shopkeeper.sqlite3"
    rng = random.Random(20261122)
    kills = 0
    for done in range(KILLS):
        remaining = MESSAGES - _stored(database)
        if remaining < 20:
            break
        process = subprocess.Popen(
            [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "sync", "--once"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if done % 2 == 0:
            # A seeded moment: anywhere from start-up to the middle of a batch, but before
            # half of what is left is stored (a quick machine stores the whole mailbox
            # within the second).
            moment = time.monotonic() + rng.uniform(0.3, 1.2)
            halfway = _stored(database) + remaining // 2
            while (
                process.poll() is None and time.monotonic() < moment and _stored(database) < halfway
            ):
                time.sleep(0.01)
        else:
            # After some progress, so the kills reach every part of the mailbox.
            threshold = _stored(database) + rng.randint(1, max(2, remaining // (KILLS - done)))
            deadline = time.monotonic() + 60
            while process.poll() is None and _stored(database) < threshold:
                assert time.monotonic() < deadline, "sync made no progress"
                time.sleep(0.01)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.wait()
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert kills >= min(KILLS, 2), "the sync finished before it could be killed"

    final = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data), "sync", "--once"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert final.returncode == 0, final.stderr
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total, distinct_ids, distinct_uids = connection.execute(
            "SELECT count(*), count(DISTINCT message_id), count(DISTINCT uid) FROM messages"
        ).fetchone()
        indexed = connection.execute("SELECT count(*) FROM message_search").fetchone()[0]
    assert total == distinct_ids == distinct_uids == MESSAGES
    assert indexed == MESSAGES
    assert (
        set(dovecot.list_uids(imap_user.username, "INBOX")) == set(range(1, MESSAGES + 1))
        or len(dovecot.list_uids(imap_user.username, "INBOX")) == MESSAGES
    )
