"""Reminders with a controllable clock: creation, agenda, done, snooze, and notifications
across restarts (a new Database on the same file) and sleeps (the clock jumps ahead)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from console.domain.events import EventKind
from console.promises.detect import detect_promises
from console.promises.due import BusinessHours
from console.promises.kinds import Action
from console.reminders.kinds import ReminderKind, ReminderSource, ReminderStatus, SnoozeOption
from console.reminders.store import (
    add_reminder,
    agenda,
    create_from_promises,
    dismiss,
    due_for_notification,
    mark_done,
    mark_notified,
    snooze,
    snooze_until,
    take_due_notifications,
    view,
)
from console.storage.database import Database
from console.storage.models import Event
from tests.console.reminders.conftest import ZAGREB, add_thread

SUNDAY = datetime(2026, 11, 22, 10, 0, tzinfo=ZAGREB)
HOURS = BusinessHours(country="HR")


def _promise_reminders(db: Database) -> list[int]:
    customer, conversation = add_thread(db)
    text = "Nazvat ću vas sutra u 11 sati, račun šaljem do srijede, a paket će stići u petak."
    promises = detect_promises(text, "hr", SUNDAY, ZAGREB, HOURS)
    assert [(p.action, p.due_text) for p in promises] == [
        (Action.CALL, "2026-11-23T11:00"),
        (Action.SEND, "2026-11-25"),
        (Action.DELIVER, "2026-11-27"),
    ]
    made = create_from_promises(
        db,
        promises,
        now=SUNDAY,
        author="Ivana",
        source=ReminderSource.REPLY,
        customer_id=customer,
        conversation_id=conversation,
        message_id=None,
        language="hr",
    )
    return [item.id for item in made]


def _events(db: Database) -> list[tuple[str, dict[str, object]]]:
    with db.reader() as session:
        rows = session.scalars(select(Event).order_by(Event.created_at, Event.kind))
        return [(row.kind, json.loads(row.payload)) for row in rows]


def test_confirmed_promises_become_reminders_with_events(db: Database) -> None:
    call, send, deliver = _promise_reminders(db)
    lists = agenda(db, now=SUNDAY, tz=ZAGREB)
    assert [item.id for item in lists.upcoming] == [call, send, deliver]
    assert lists.overdue == lists.today == []
    first = lists.upcoming[0]
    assert first.kind is ReminderKind.PROMISE
    assert first.due_at == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert not first.due_is_date_only
    assert first.source_text == "Nazvat ću vas sutra u 11 sati"
    kinds = [kind for kind, _ in _events(db)]
    assert kinds == [EventKind.PROMISE_MADE.value] * 3


def test_agenda_buckets_follow_the_local_day(db: Database) -> None:
    call, send, deliver = _promise_reminders(db)
    wednesday_noon = datetime(2026, 11, 25, 12, 0, tzinfo=ZAGREB)
    lists = agenda(db, now=wednesday_noon, tz=ZAGREB)
    assert [i.id for i in lists.overdue] == [call]
    assert [i.id for i in lists.today] == [send]  # "do srijede": until 17:00 today
    assert [i.id for i in lists.upcoming] == [deliver]
    evening = datetime(2026, 11, 25, 17, 30, tzinfo=ZAGREB)
    assert [i.id for i in agenda(db, now=evening, tz=ZAGREB).overdue] == [call, send]


def test_done_records_promise_kept_on_time_or_late(db: Database) -> None:
    call, send, _ = _promise_reminders(db)
    on_time = mark_done(db, call, now=datetime(2026, 11, 23, 11, 5, tzinfo=ZAGREB), author="Ivana")
    assert on_time.status is ReminderStatus.DONE
    mark_done(db, send, now=datetime(2026, 11, 26, 9, 0, tzinfo=ZAGREB), author="Ivana")
    again = mark_done(db, call, now=datetime(2026, 11, 30, 9, 0, tzinfo=ZAGREB), author="Ivana")
    assert again.done_at == datetime(2026, 11, 23, 10, 5, tzinfo=UTC)
    kept = [p for kind, p in _events(db) if kind == EventKind.PROMISE_KEPT.value]
    assert [p["on_time"] for p in kept] == [True, False]


def test_snooze_options_and_events(db: Database) -> None:
    call, _, _ = _promise_reminders(db)
    monday_11 = datetime(2026, 11, 23, 11, 0, tzinfo=ZAGREB)
    assert snooze_until(SnoozeOption.MINUTES_15, now=monday_11, tz=ZAGREB, hours=HOURS) == (
        monday_11 + timedelta(minutes=15)
    )
    assert snooze_until(SnoozeOption.HOUR_1, now=monday_11, tz=ZAGREB, hours=HOURS) == (
        monday_11 + timedelta(hours=1)
    )
    morning = snooze_until(SnoozeOption.TOMORROW_MORNING, now=monday_11, tz=ZAGREB, hours=HOURS)
    assert morning == datetime(2026, 11, 24, 9, 0, tzinfo=ZAGREB)
    item = snooze(db, call, until=morning, now=monday_11, author="Ivana")
    assert item.status is ReminderStatus.SNOOZED
    assert item.remind_at == morning
    assert item.due_at == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)  # the promise does not move
    assert agenda(db, now=monday_11, tz=ZAGREB).upcoming[0].id == call
    assert EventKind.REMINDER_SNOOZED.value in [kind for kind, _ in _events(db)]


def test_due_now_survives_restarts_and_sleep(db_path: Path) -> None:
    with Database(db_path) as first:
        call, send, deliver = _promise_reminders(first)
        # Monday 10:59: nothing due yet.
        assert due_for_notification(first, now=datetime(2026, 11, 23, 10, 59, tzinfo=ZAGREB)) == []
        monday_11 = datetime(2026, 11, 23, 11, 0, tzinfo=ZAGREB)
        shown = take_due_notifications(first, now=monday_11)
        assert [i.id for i in shown] == [call]
        assert take_due_notifications(first, now=monday_11 + timedelta(minutes=1)) == []
    # The app is closed from Monday 11:01 until Thursday 8:00 (restart, and the clock jumps).
    thursday = datetime(2026, 11, 26, 8, 0, tzinfo=ZAGREB)
    with Database(db_path) as second:
        due = due_for_notification(second, now=thursday)
        assert [i.id for i in due] == [send]  # came due Wednesday 9:00 while closed
        # Shown but the app crashes before recording it: still due after the next restart.
    with Database(db_path) as third:
        assert [i.id for i in due_for_notification(third, now=thursday)] == [send]
        mark_notified(third, [send], now=thursday)
        assert due_for_notification(third, now=thursday) == []
    # The computer sleeps from Thursday to Saturday: Friday's delivery is shown, once.
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=ZAGREB)
    with Database(db_path) as fourth:
        assert [i.id for i in take_due_notifications(fourth, now=saturday)] == [deliver]
        assert take_due_notifications(fourth, now=saturday) == []


def test_a_snoozed_reminder_is_shown_again_when_the_snooze_ends(db: Database) -> None:
    call, _, _ = _promise_reminders(db)
    monday_11 = datetime(2026, 11, 23, 11, 0, tzinfo=ZAGREB)
    assert [i.id for i in take_due_notifications(db, now=monday_11)] == [call]
    snooze(db, call, until=monday_11 + timedelta(minutes=15), now=monday_11, author="Ivana")
    assert take_due_notifications(db, now=monday_11 + timedelta(minutes=14)) == []
    later = take_due_notifications(db, now=monday_11 + timedelta(minutes=15))
    assert [i.id for i in later] == [call]
    assert take_due_notifications(db, now=monday_11 + timedelta(minutes=16)) == []


def test_done_and_dismissed_reminders_are_never_due(db: Database) -> None:
    call, send, deliver = _promise_reminders(db)
    mark_done(db, call, now=SUNDAY, author="Ivana")
    dismiss(db, send, now=SUNDAY, author="Ivana")
    later = datetime(2026, 12, 1, 9, 0, tzinfo=ZAGREB)
    assert [i.id for i in take_due_notifications(db, now=later)] == [deliver]
    assert [i.id for i in agenda(db, now=later, tz=ZAGREB).overdue] == [deliver]


def test_the_same_promise_from_the_same_message_is_not_doubled(db: Database) -> None:
    promises = detect_promises("Nazvat ću vas sutra.", "hr", SUNDAY, ZAGREB)
    for _ in range(2):
        create_from_promises(
            db, promises, now=SUNDAY, author="Ivana", source=ReminderSource.REPLY, message_id=None
        )
    assert len(agenda(db, now=SUNDAY, tz=ZAGREB).upcoming) == 2  # without a message: no key
    with db.session() as session:
        rows = [
            view(add_reminder(
                session, kind=ReminderKind.MANUAL, action=Action.CALL, title="x",
                due_at=SUNDAY, now=SUNDAY, author="Ivana", dedupe_key="k",
            ))
            for _ in range(2)
        ]  # fmt: skip
    assert rows[0].id == rows[1].id
