"""Promises and reminders on the customer's timeline: made, snoozed, kept, late, dismissed."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.customers.timeline import (
    PromiseFacts,
    PromiseStep,
    TimelineEntry,
    TimelineKind,
    customer_timeline,
)
from console.demo.sample_shop import build_sample_shop
from console.domain.events import EventKind
from console.promises.due import BusinessHours, local_instant
from console.promises.kinds import Action
from console.reminders.followups import add_followup, dissolve_answered
from console.reminders.kinds import ReminderKind, ReminderSource
from console.reminders.store import add_reminder, dismiss, mark_done, snooze
from console.storage.database import Database
from console.storage.models import Conversation, Event, Message
from tests.console.customers.conftest import NOW

ZAGREB = ZoneInfo("Europe/Zagreb")
SUBJECT = "Veleprodaja – sapuni za sezonu"
WEDNESDAY = datetime(2026, 3, 18).date()


def _maja(db: Database) -> tuple[int, int]:
    """Maja Novak's customer and conversation ids."""
    with db.reader() as session:
        row = session.execute(
            select(Conversation.customer_id, Conversation.id).where(Conversation.subject == SUBJECT)
        ).one()
    assert row[0] is not None
    return int(row[0]), int(row[1])


def _promise(
    db: Database,
    *,
    action: Action = Action.CALL,
    text: str = "Nazvat ću Vas u srijedu.",
    kind: ReminderKind = ReminderKind.PROMISE,
    made: datetime = NOW,
) -> int:
    """A promise for Wednesday 18 March, 9:00–17:00 in Zagreb, made in a reply."""
    customer_id, conversation_id = _maja(db)
    with db.session() as session:
        row = add_reminder(
            session,
            kind=kind,
            action=action,
            title=text,
            due_at=local_instant(WEDNESDAY, BusinessHours().start, ZAGREB),
            due_is_date_only=True,
            window_end=local_instant(WEDNESDAY, BusinessHours().end, ZAGREB),
            now=made,
            author="Ivana",
            customer_id=customer_id,
            conversation_id=conversation_id,
            source_text=text,
            source=ReminderSource.REPLY,
            language="hr",
        )
        return int(row.id)


def _steps(db: Database) -> list[TimelineEntry]:
    """Maja's promise and reminder entries, oldest first."""
    customer_id, _ = _maja(db)
    with db.reader() as session:
        entries = customer_timeline(session, customer_id)
    kinds = (TimelineKind.PROMISE, TimelineKind.REMINDER)
    return [entry for entry in reversed(entries) if entry.kind in kinds]


def _facts(entry: TimelineEntry) -> PromiseFacts:
    assert entry.promise is not None
    return entry.promise


def test_a_promise_made_shows_what_was_promised_and_its_window(shop: Database) -> None:
    _promise(shop)
    [made] = _steps(shop)
    assert made.kind is TimelineKind.PROMISE
    assert made.at == NOW and made.author == "Ivana"
    assert made.text == "Nazvat ću Vas u srijedu.", "the owner's own words"
    facts = _facts(made)
    assert facts.step is PromiseStep.MADE
    assert facts.action is Action.CALL and facts.reminder_kind is ReminderKind.PROMISE
    assert facts.date_only and facts.source is ReminderSource.REPLY
    assert facts.due_at == datetime(2026, 3, 18, 8, 0, tzinfo=UTC)
    assert facts.window_end == datetime(2026, 3, 18, 16, 0, tzinfo=UTC)
    assert facts.done_at is None and facts.until is None


def test_a_promise_done_within_its_window_is_kept_and_after_it_late(shop: Database) -> None:
    on_time = _promise(shop)
    late = _promise(shop, action=Action.SEND, text="Šaljem Vam cjenik u srijedu.")
    kept_at = datetime(2026, 3, 18, 15, 10, tzinfo=ZAGREB)
    late_at = datetime(2026, 3, 19, 10, 0, tzinfo=ZAGREB)
    mark_done(shop, on_time, now=kept_at, author="Ivana")
    mark_done(shop, late, now=late_at, author="Ivana")
    steps = _steps(shop)
    assert [_facts(e).step for e in steps] == [
        PromiseStep.MADE,
        PromiseStep.MADE,
        PromiseStep.KEPT,
        PromiseStep.LATE,
    ]
    kept, overdue = _facts(steps[2]), _facts(steps[3])
    assert kept.done_at == kept_at and kept.action is Action.CALL
    assert kept.due_at == datetime(2026, 3, 18, 8, 0, tzinfo=UTC)
    assert overdue.done_at == late_at and overdue.action is Action.SEND
    assert steps[3].text == "Šaljem Vam cjenik u srijedu."
    assert steps[3].at == late_at, "the entry is when it was done"


def test_snoozing_and_dismissing_are_steps_of_the_same_promise(shop: Database) -> None:
    promise = _promise(shop)
    until = datetime(2026, 3, 18, 13, 0, tzinfo=ZAGREB)
    snooze(shop, promise, until=until, now=NOW + timedelta(hours=1), author="Ivana")
    dismiss(shop, promise, now=NOW + timedelta(hours=2), author="Ivana")
    made, snoozed, dismissed = _steps(shop)
    assert [_facts(e).step for e in (made, snoozed, dismissed)] == [
        PromiseStep.MADE,
        PromiseStep.SNOOZED,
        PromiseStep.DISMISSED,
    ]
    assert _facts(snoozed).until == until
    assert _facts(snoozed).due_at == _facts(made).due_at, "a snooze does not move the due"
    assert {_facts(e).reminder_id for e in (made, snoozed, dismissed)} == {promise}
    assert all(e.kind is TimelineKind.PROMISE for e in (made, snoozed, dismissed))


def test_other_reminders_are_reminder_entries(shop: Database) -> None:
    manual = _promise(
        shop, action=Action.CHECK, text="Provjeriti zalihe.", kind=ReminderKind.MANUAL
    )
    mark_done(shop, manual, now=NOW + timedelta(days=1), author="Ivana")
    steps = _steps(shop)
    assert [e.kind for e in steps] == [TimelineKind.REMINDER, TimelineKind.REMINDER]
    assert [_facts(e).step for e in steps] == [PromiseStep.MADE, PromiseStep.KEPT]
    assert _facts(steps[0]).reminder_kind is ReminderKind.MANUAL


def test_a_follow_up_the_customer_answered_closes_as_answered(shop: Database) -> None:
    _, conversation_id = _maja(shop)
    with shop.reader() as session:
        reply = session.scalar(
            select(Message.id).where(
                Message.conversation_id == conversation_id, Message.is_outgoing.is_(True)
            )
        )
    assert reply is not None
    add_followup(
        shop,
        message_id=reply,
        days=3,
        now=NOW - timedelta(days=3),
        tz=ZAGREB,
        hours=BusinessHours(),
        author="Ivana",
    )
    assert dissolve_answered(shop, now=NOW, author="Ivana")
    made, closed = _steps(shop)
    assert _facts(made).reminder_kind is ReminderKind.FOLLOW_UP
    assert _facts(made).action is Action.FOLLOW_UP
    assert _facts(closed).step is PromiseStep.ANSWERED


def test_a_promise_event_without_its_due_shows_as_other(shop: Database) -> None:
    customer_id, conversation_id = _maja(shop)
    with shop.session() as session:
        for payload in ('{"title": "Call", "due_at": "soon"}', "not json"):
            session.add(
                Event(
                    id=uuid.uuid4().hex,
                    kind=EventKind.PROMISE_MADE.value,
                    author="Ivana",
                    created_at=NOW,
                    customer_id=customer_id,
                    conversation_id=conversation_id,
                    payload=payload,
                )
            )
    with shop.reader() as session:
        entries = [e for e in customer_timeline(session, customer_id) if e.at == NOW]
    assert [e.kind for e in entries] == [TimelineKind.OTHER, TimelineKind.OTHER]
    assert all(e.promise is None for e in entries)


def test_an_event_recorded_before_windows_were_stored_still_shows(shop: Database) -> None:
    _promise(shop)
    with shop.session() as session:
        event = session.scalars(
            select(Event).where(Event.kind == EventKind.PROMISE_MADE.value)
        ).one()
        payload = json.loads(event.payload)
        del payload["window_end"], payload["status"]
        event.payload = json.dumps(payload)
    [made] = _steps(shop)
    assert _facts(made).step is PromiseStep.MADE and _facts(made).window_end is None


def test_the_sample_shops_timelines_show_promises_kept_on_time_and_late(tmp_path: Path) -> None:
    subjects = ("Povrat novca za narudžbu #0991", "Poškodovana steklenička")
    with Database(tmp_path / "demo.sqlite3") as db:
        build_sample_shop(db, now=NOW, with_work=True)
        with db.reader() as session:
            steps = {}
            for subject in subjects:
                customer_id = session.scalar(
                    select(Conversation.customer_id).where(Conversation.subject == subject)
                )
                assert customer_id is not None
                steps[subject] = [
                    entry.promise.step
                    for entry in customer_timeline(session, customer_id)
                    if entry.promise is not None
                ]
    assert steps == {
        "Povrat novca za narudžbu #0991": [PromiseStep.KEPT, PromiseStep.MADE],
        "Poškodovana steklenička": [PromiseStep.LATE, PromiseStep.MADE],
    }
