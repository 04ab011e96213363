"""Typed reminders ("next Wed 10:00 call Ana") and ``shopkeeper reminders`` in a real process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from console.paths import DB_FILENAME
from console.promises.due import BusinessHours
from console.promises.kinds import Action
from console.reminders.natural import read_reminder
from tests.console.reminders.conftest import ZAGREB

REPO = Path(__file__).resolve().parents[3]
SUNDAY = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)


CASES = [
    ("next Wed 10:00 call Ana", "en", Action.CALL, "2026-11-25T10:00", "call Ana"),
    ("send Marko the invoice by Friday", "en", Action.SEND, "2026-11-27", "send Marko the invoice"),
    ("in 2 hours ring the supplier", "en", Action.CALL, "2026-11-22T12:00", "ring the supplier"),
    ("call Marko tomorrow 9am", "en", Action.CALL, "2026-11-23T09:00", "call Marko"),
    (
        "ring the courier back on Monday at 10",
        "en",
        Action.CALL_BACK,
        "2026-11-23T10:00",
        "ring the courier back",
    ),
    ("tomorrow at 3pm ship the order to Tom", "en", Action.SHIP, "2026-11-23T15:00",
     "ship the order to Tom"),
    ("sutra u 9 sati nazvati Marka", "hr", Action.CALL, "2026-11-23T09:00", "nazvati Marka"),
    ("sutra u 9 nazvati", "hr", Action.CALL, "2026-11-23T09:00", "nazvati"),
    ("u petak 14:00 poslati račun Ani", "hr", Action.SEND, "2026-11-27T14:00",
     "poslati račun Ani"),
    ("prekosutra u 10 pošalji paket Ivi", "hr", Action.SHIP, "2026-11-24T10:00",
     "pošalji paket Ivi"),
    ("sutra vrati poziv Marku u 9", "hr", Action.CALL_BACK, "2026-11-23T09:00",
     "vrati poziv Marku"),
    ("u petak u 2 popodne Marko", "hr", Action.OTHER, "2026-11-27T14:00", "Marko"),
    (
        "morgen Paket an Frau Weber verschicken",
        "de",
        Action.SHIP,
        "2026-11-23",
        "Paket an Frau Weber verschicken",
    ),
    ("morgen um 9 anrufen", "de", Action.CALL, "2026-11-23T09:00", "anrufen"),
    ("am Mittwoch um 10 Frau Weber zurückrufen", "de", Action.CALL_BACK, "2026-11-25T10:00",
     "Frau Weber zurückrufen"),
    ("Rückruf Herr Braun morgen 9:00", "de", Action.CALL_BACK, "2026-11-23T09:00",
     "Rückruf Herr Braun"),
    ("в пятницу проверить заказ 1047", "ru", Action.CHECK, "2026-11-27", "проверить заказ 1047"),
    ("завтра в 10 позвонить", "ru", Action.CALL, "2026-11-23T10:00", "позвонить"),
    ("в среду в 15 перезвонить Ольге", "ru", Action.CALL_BACK, "2026-11-25T15:00",
     "перезвонить Ольге"),
    ("pokliči jutri ob 9", "sl", Action.CALL, "2026-11-23T09:00", "pokliči"),
    ("v petek ob 14 pošlji račun Mojci", "sl", Action.SEND, "2026-11-27T14:00",
     "pošlji račun Mojci"),
    ("yarın 10'da ara", "tr", Action.CALL, "2026-11-23T10:00", "ara"),
    ("gelecek pazartesi Mehmet Bey'i ara", "tr", Action.CALL, "2026-11-23", "Mehmet Bey'i ara"),
    ("cuma 14:00'te siparişi kargola", "tr", Action.SHIP, "2026-11-27T14:00", "siparişi kargola"),
    ("yarın 10'da Ayşe Hanım'ı geri ara", "tr", Action.CALL_BACK, "2026-11-23T10:00",
     "Ayşe Hanım'ı geri ara"),
]  # fmt: skip
"""Sunday 22 November 2026, 10:00 in Zagreb: Monday is the 23rd, Wednesday the 25th."""


@pytest.mark.parametrize(("text", "lang", "action", "due", "title"), CASES)
def test_typed_reminders(text: str, lang: str, action: Action, due: str, title: str) -> None:
    typed = read_reminder(text, lang, now=SUNDAY, tz=ZAGREB, hours=BusinessHours())
    assert typed is not None
    assert (typed.action, typed.due.text, typed.title) == (action, due, title)


def test_a_typed_reminder_needs_a_time() -> None:
    assert read_reminder("call Ana", "en", now=SUNDAY, tz=ZAGREB, hours=BusinessHours()) is None


def shopkeeper(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), "reminders", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_reminders_from_the_command_line(tmp_path: Path, migrated: Path) -> None:
    shutil.copy(migrated, tmp_path / DB_FILENAME)  # skip the migrations in the first process
    zone = ("--tz", "Europe/Zagreb")
    added = shopkeeper(tmp_path, "add", "next Wed 10:00 call Ana", "--json",
                       "--now", "2026-11-22T10:00", *zone)  # fmt: skip
    assert added.returncode == 0, added.stderr
    ana = json.loads(added.stdout)
    assert (ana["action"], ana["due"]) == ("call", "2026-11-25T10:00")
    ship = shopkeeper(tmp_path, "add", "sutra poslati paket Marku", "--lang", "hr",
                      "--now", "2026-11-22T10:00", *zone)  # fmt: skip
    assert ship.returncode == 0 and "ship" in ship.stdout, ship.stderr

    listed = shopkeeper(tmp_path, "list", "--json", "--now", "2026-11-23T18:00", *zone)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [(r["when"], r["action"]) for r in rows] == [("overdue", "ship"), ("upcoming", "call")]

    # Each command is a new process on the same file: a restart every time.
    due = shopkeeper(tmp_path, "due", "--json", "--now", "2026-11-26T08:00", *zone)
    assert [json.loads(line)["action"] for line in due.stdout.splitlines()] == ["ship", "call"]
    assert shopkeeper(tmp_path, "due", "--now", "2026-11-26T08:01", *zone).stdout == ""

    snoozed = shopkeeper(tmp_path, "snooze", str(ana["id"]), "--for", "1h",
                         "--now", "2026-11-26T08:01", *zone)  # fmt: skip
    assert snoozed.returncode == 0, snoozed.stderr
    again = shopkeeper(tmp_path, "due", "--json", "--now", "2026-11-26T09:01", *zone)
    assert [json.loads(line)["id"] for line in again.stdout.splitlines()] == [ana["id"]]
    done = shopkeeper(tmp_path, "done", str(ana["id"]), "--now", "2026-11-26T09:05", *zone)
    assert done.returncode == 0, done.stderr

    report = shopkeeper(tmp_path, "report", "--json", "--now", "2026-11-26T09:05", *zone)
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["made"] == 0  # manual reminders are not promises

    missing = shopkeeper(tmp_path, "done", "999")
    assert missing.returncode == 1
    assert missing.stderr.strip() == "shopkeeper: error: no reminder 999"
    no_time = shopkeeper(tmp_path, "add", "call Ana")
    assert no_time.returncode == 1 and len(no_time.stderr.strip().splitlines()) == 1
