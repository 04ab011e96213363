"""The callback queue with a controllable clock: urgency, windows, outcomes, response time."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from console.callbacks.queue import (
    CallbackError,
    CallbackStatus,
    Urgency,
    callback_queue,
    cancel_callback,
    log_outcome,
    new_callback,
    response_time,
    urgency,
)
from console.callbacks.store import QueueThresholds
from console.customers.timeline import TimelineKind, customer_timeline
from console.domain.events import CallOutcome
from console.storage.database import Database
from console.storage.settings import set_setting
from tests.console.orders.helpers import fixture, ingest, open_db

ZAGREB = ZoneInfo("Europe/Zagreb")


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, day, hour, minute, tzinfo=ZAGREB)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "shop.sqlite3", timezone="Europe/Zagreb")
    yield database
    database.close()


def _add(db: Database, name: str, at: datetime, when: str = "", phone: str = "") -> int:
    return new_callback(
        db,
        name=name,
        phone=phone or f"+38591{abs(hash(name)) % 10_000_000:07d}",
        window_text=when,
        requested_at=at,
        now=at,
    )


def test_urgency_classes_by_waiting_time() -> None:
    limits = QueueThresholds()
    due = local(9, 10)
    assert urgency(due, due - timedelta(minutes=1), limits) is Urgency.SCHEDULED
    assert urgency(due, due + timedelta(minutes=14), limits) is Urgency.FRESH
    assert urgency(due, due + timedelta(minutes=15), limits) is Urgency.WAITING
    assert urgency(due, due + timedelta(minutes=59), limits) is Urgency.WAITING
    assert urgency(due, due + timedelta(hours=1), limits) is Urgency.OVERDUE


def test_oldest_first_and_windows_respected(db: Database) -> None:
    _add(db, "Ana", local(9, 9, 50))
    _add(db, "Jonas", local(9, 10, 0), "nach 17 Uhr")
    _add(db, "Marko", local(9, 9, 30))
    at_ten = callback_queue(db, local(9, 10, 0))
    assert [e.name for e in at_ten] == ["Marko", "Ana", "Jonas"]
    assert [e.urgency for e in at_ten] == [Urgency.WAITING, Urgency.FRESH, Urgency.SCHEDULED]
    assert at_ten[0].waiting == timedelta(minutes=30)
    assert not at_ten[2].is_due and at_ten[2].due_at == local(9, 17)
    at_five = {e.name: e for e in callback_queue(db, local(9, 17, 0))}
    assert at_five["Jonas"].is_due and at_five["Jonas"].urgency is Urgency.FRESH
    assert at_five["Ana"].urgency is Urgency.OVERDUE
    at_half_six = {e.name: e for e in callback_queue(db, local(9, 18, 30))}
    assert at_half_six["Jonas"].urgency is Urgency.OVERDUE


def test_thresholds_come_from_the_settings(db: Database) -> None:
    _add(db, "Ana", local(9, 9, 0))
    with db.session() as session:
        set_setting(session, "callbacks.fresh_minutes", 5)
        set_setting(session, "callbacks.late_minutes", 20)
    [entry] = callback_queue(db, local(9, 9, 10))
    assert entry.urgency is Urgency.WAITING
    [entry] = callback_queue(db, local(9, 9, 25))
    assert entry.urgency is Urgency.OVERDUE


def test_logging_calls_on_the_customers_timeline(db: Database) -> None:
    ana = _add(db, "Ana", local(9, 9, 0), phone="091/234-5678")
    [entry] = callback_queue(db, local(9, 9, 5))
    assert entry.phone == "+385912345678" and entry.phone_display == "091 234 5678"
    result = log_outcome(
        db, ana, CallOutcome.NO_ANSWER, author="Ivana", now=local(9, 9, 20), note="zvoni"
    )
    assert result.status is CallbackStatus.OPEN
    assert result.suggested_retry_at == local(9, 11, 20)
    [entry] = callback_queue(db, local(9, 10, 0))
    assert entry.urgency is Urgency.SCHEDULED and entry.attempts == 1
    assert entry.last_outcome is CallOutcome.NO_ANSWER
    [entry] = callback_queue(db, local(9, 11, 25))
    assert entry.urgency is Urgency.FRESH
    done = log_outcome(db, ana, CallOutcome.REACHED, author="Ivana", now=local(9, 11, 30))
    assert done.status is CallbackStatus.DONE and done.suggested_retry_at is None
    assert callback_queue(db, local(9, 12)) == []
    assert entry.customer_id is not None
    with db.reader() as session:
        calls = [
            e for e in customer_timeline(session, entry.customer_id) if e.kind is TimelineKind.CALL
        ]
    assert [(c.call_outcome, c.author, c.text, c.phone) for c in calls] == [
        (CallOutcome.REACHED, "Ivana", "", "+385912345678"),
        (CallOutcome.NO_ANSWER, "Ivana", "zvoni", "+385912345678"),
    ]
    with pytest.raises(CallbackError, match="already closed"):
        log_outcome(db, ana, CallOutcome.REACHED, author="Ivana", now=local(9, 12))


def test_wrong_number_voicemail_and_cancel(db: Database) -> None:
    wrong = _add(db, "Wrong", local(9, 9))
    voicemail = _add(db, "Voice", local(9, 9))
    cancelled = _add(db, "Cancel", local(9, 9))
    assert log_outcome(
        db, wrong, CallOutcome.WRONG_NUMBER, author="I", now=local(9, 10)
    ).status is (CallbackStatus.WRONG_NUMBER)
    retry = log_outcome(db, voicemail, CallOutcome.VOICEMAIL, author="I", now=local(9, 10))
    assert retry.suggested_retry_at == local(9, 12)
    cancel_callback(db, cancelled, now=local(9, 10))
    with pytest.raises(CallbackError):
        cancel_callback(db, cancelled, now=local(9, 10))
    assert [e.name for e in callback_queue(db, local(9, 10, 30))] == ["Voice"]
    everything = callback_queue(db, local(9, 10, 30), include_closed=True)
    assert {e.name: e.status for e in everything} == {
        "Voice": CallbackStatus.OPEN,
        "Wrong": CallbackStatus.WRONG_NUMBER,
        "Cancel": CallbackStatus.CANCELLED,
    }
    with pytest.raises(CallbackError, match="does not exist"):
        log_outcome(db, 999, CallOutcome.REACHED, author="I", now=local(9, 10))
    with pytest.raises(CallbackError, match="phone"):
        new_callback(db, name="Nobody", phone=" ", now=local(9, 10))


def test_median_time_to_first_call_this_week(db: Database) -> None:
    monday = local(9, 8)  # 9 March 2026 is a Monday
    a = _add(db, "A", monday)
    b = _add(db, "B", monday + timedelta(hours=1))
    c = _add(db, "C", monday + timedelta(hours=2))
    old = _add(db, "Old", local(6, 9))
    log_outcome(db, old, CallOutcome.REACHED, author="I", now=local(6, 9, 5))  # last week
    log_outcome(db, a, CallOutcome.NO_ANSWER, author="I", now=monday + timedelta(minutes=10))
    log_outcome(db, a, CallOutcome.REACHED, author="I", now=monday + timedelta(hours=3))
    log_outcome(db, b, CallOutcome.REACHED, author="I", now=monday + timedelta(hours=1, minutes=40))
    log_outcome(db, c, CallOutcome.REACHED, author="I", now=monday + timedelta(hours=2, minutes=20))
    figure = response_time(db, local(11, 12))
    assert figure.count == 3 and figure.median == timedelta(minutes=20)
    assert figure.since == local(9, 0)
    assert response_time(db, local(2, 12)).median is None


def test_callback_mails_and_manual_requests_meet_in_one_queue(db: Database) -> None:
    ingest(db, [fixture("wpforms_hr"), fixture("shopify_contact_en")])
    _add(db, "Ivan", local(9, 15))
    entries = callback_queue(db, local(9, 16))
    assert [e.name for e in entries] == ["Ana Kovač", "Ana Kovač", "Ivan"]
    assert entries[0].window_text == "između 9 i 11"
    # One person: both requests belong to the same customer, by email and by phone.
    assert entries[0].customer_id == entries[1].customer_id
    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM customer_phones").fetchone() == (2,)
