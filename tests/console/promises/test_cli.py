"""``shopkeeper promises detect`` as a user runs it: a real process, stdin in, JSON lines out."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]


def detect(tmp_path: Path, text: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(tmp_path), "promises",
         "detect", *args],
        input=text,
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip


def test_prints_one_json_object_per_promise(tmp_path: Path) -> None:
    text = "Nazvat ću vas u srijedu u 14 sati, a račun šaljem do petka.\nLijep pozdrav, Ivana"
    result = detect(
        tmp_path, text, "--lang", "hr", "--now", "2026-11-22T10:00", "--tz", "Europe/Zagreb"
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines == [
        {"action": "call", "due": "2026-11-25T14:00", "text": "Nazvat ću vas u srijedu u 14 sati"},
        {"action": "send", "due": "2026-11-27", "text": "račun šaljem do petka"},
    ]


def test_prints_nothing_without_a_promise(tmp_path: Path) -> None:
    result = detect(
        tmp_path, "We called you yesterday.", "--lang", "en", "--now", "2026-11-22T10:00"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_full_output_flags_a_closed_day(tmp_path: Path) -> None:
    result = detect(
        tmp_path,
        "Wir liefern am 25. Dezember.",
        "--lang", "de", "--now", "2026-11-22T10:00+01:00", "--tz", "Europe/Berlin", "--full",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    [line] = [json.loads(line) for line in result.stdout.splitlines()]
    assert line["due"] == "2026-12-25"
    assert line["closed_day"] is True
    assert line["holiday"] == "Christmas Day"
    assert line["due_at"] == "2026-12-25T08:00:00+00:00"


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    for args in (
        ("--lang", "fr"),
        ("--lang", "en", "--now", "someday"),
        ("--lang", "en", "--tz", "Mars/Base"),
    ):
        result = detect(tmp_path, "I'll call you tomorrow.", *args)
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("shopkeeper: error"), result.stderr
