"""The customer panel's data: details, conversations and a timeline of events and mail."""

from __future__ import annotations

from sqlalchemy import select

from console.customers.directory import customer_ids, customer_rows
from console.customers.edits import update_notes
from console.customers.phones import display_phone
from console.customers.profile import customer_profile
from console.customers.timeline import TimelineKind
from console.domain.customers import CustomerKind
from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus
from console.inbox.actions import ActionError
from console.storage.database import Database
from console.storage.models import CustomerAddress, Event


def _customer(db: Database, email: str) -> int:
    with db.reader() as session:
        customer_id = session.scalar(
            select(CustomerAddress.customer_id).where(CustomerAddress.email == email)
        )
    assert customer_id is not None
    return customer_id


def test_profile_of_a_business_customer(shop: Database) -> None:
    profile = customer_profile(shop, _customer(shop, "maja@suvenirnica-maliraj.example"))
    assert profile is not None
    assert profile.name == "Maja Novak"
    assert profile.kind is CustomerKind.BUSINESS and profile.is_business
    assert profile.company == "Suvenirnica Mali Raj, Hvar"
    assert profile.vat_number == "HR 48215679302"
    assert profile.language == "hr"
    assert profile.emails == ("maja@suvenirnica-maliraj.example",)
    assert [p.display for p in profile.phones] == ["+385 98 555 0177"]
    assert len(profile.conversations) == 1


def test_the_timeline_merges_events_and_mail_newest_first(shop: Database) -> None:
    profile = customer_profile(shop, _customer(shop, "maja@suvenirnica-maliraj.example"))
    assert profile is not None
    kinds = [e.kind for e in profile.timeline]
    assert kinds == [
        TimelineKind.CALL,
        TimelineKind.NOTE,
        TimelineKind.MESSAGE_IN,
        TimelineKind.MESSAGE_OUT,
        TimelineKind.MESSAGE_IN,
    ]
    times = [e.at for e in profile.timeline]
    assert times == sorted(times, reverse=True)
    call = profile.timeline[0]
    assert call.call_outcome is CallOutcome.VOICEMAIL and call.author == "Ivana"
    assert call.phone == "+385985550177"
    assert profile.timeline[3].author == "Ivana Kovač"


def test_conversations_newest_first_with_status(shop: Database) -> None:
    profile = customer_profile(shop, _customer(shop, "marko.horvat@posta.example"))
    assert profile is not None
    assert [c.status for c in profile.conversations] == [
        ConversationStatus.OPEN,
        ConversationStatus.DONE,
    ]
    assert profile.notes.startswith("Stalni kupac")
    status_events = [e for e in profile.timeline if e.kind is TimelineKind.STATUS]
    assert status_events[0].status_from is ConversationStatus.OPEN
    assert status_events[0].status_to is ConversationStatus.DONE


def test_a_missing_customer_has_no_profile(shop: Database) -> None:
    assert customer_profile(shop, 999_999) is None


def test_editing_notes_is_recorded_once_per_change(shop: Database) -> None:
    customer_id = _customer(shop, "emma.clarke@mailbox.example")
    event = update_notes(shop, customer_id, "Birthday present for her sister.", author="Ivana")
    assert event is not None and event.customer_id == customer_id
    assert update_notes(shop, customer_id, "Birthday present for her sister.", author="I") is None
    profile = customer_profile(shop, customer_id)
    assert profile is not None and profile.notes == "Birthday present for her sister."
    assert profile.timeline[0].kind is TimelineKind.CUSTOMER_EDITED
    with shop.reader() as session:
        count = len(session.scalars(select(Event).where(Event.kind == "customer_edited")).all())
    assert count == 1


def test_editing_a_missing_customer_fails(shop: Database) -> None:
    try:
        update_notes(shop, 999_999, "x", author="Ivana")
    except ActionError:
        return
    raise AssertionError("expected ActionError")


def test_the_directory_is_ordered_by_name_and_searchable(shop: Database) -> None:
    ids = customer_ids(shop)
    rows = customer_rows(shop, ids)
    assert len(rows) == 40
    names = [r.name.lower() for r in rows]
    latin = [n for n in names if n.isascii()]
    assert latin == sorted(latin)
    found = customer_rows(shop, customer_ids(shop, "feinkost"))
    assert [r.name for r in found] == ["Sabine Müller"]
    by_address = customer_rows(shop, customer_ids(shop, "posta.example"))
    assert by_address and all("posta.example" in r.email for r in by_address)
    assert customer_ids(shop, "100%_") == []
    marko = customer_rows(shop, customer_ids(shop, "Marko"))[0]
    assert (marko.conversation_count, marko.open_count) == (2, 1)
    assert marko.last_contact_at is not None and marko.last_contact_at.tzinfo is not None


def test_phone_numbers_are_shown_internationally() -> None:
    assert display_phone("+4915155501234") == "+49 1515 5501234"
    assert display_phone("not a number") == "not a number"
