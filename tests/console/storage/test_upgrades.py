"""Upgrading real databases of every earlier schema: nothing lost, and the app works on them.

``tests/fixtures/databases/000N.sqlite3`` is a small shop's database as revision N left
it (built by ``tests/fixtures/databases/build.py``). Each is copied, opened with today's
code — which migrates it to the head revision — and checked: every row still there, the
mail bytes unchanged, search, the inbox lists and the customer panel working.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.customers.profile import customer_profile
from console.customers.timeline import TimelineKind
from console.inbox.queries import InboxFilter, inbox_page
from console.outbox.queue import OutboxState, list_outbox
from console.search.query import search_messages
from console.storage.database import Database
from console.storage.migrate import current_revision, head_revision

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "databases"
REVISIONS = sorted(path.stem for path in FIXTURES.glob("[0-9][0-9][0-9][0-9].sqlite3"))
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


def _snapshot(path: Path) -> tuple[str, dict[str, int], str]:
    """(revision, row count of every table, digest of every raw message) of a file."""
    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'message_search_%' "
                "AND name != 'alembic_version'"
            )
        ]
        counts = {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }
        digest = hashlib.sha256()
        for (raw,) in connection.execute("SELECT raw FROM message_sources ORDER BY message_id"):
            digest.update(raw)
    return str(revision), counts, digest.hexdigest()


@pytest.fixture(params=REVISIONS, scope="module")
def upgraded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, dict[str, int], Path]:
    """(revision, counts before) and the copy, after today's code opened it once.

    Upgraded once per module; the tests below only read."""
    copy = tmp_path_factory.mktemp(f"upgrade-{request.param}") / "shopkeeper.sqlite3"
    shutil.copyfile(FIXTURES / f"{request.param}.sqlite3", copy)
    revision, counts, _digest = _snapshot(copy)
    assert revision == request.param
    with Database(copy):
        pass
    return revision, counts, copy


def test_there_is_a_fixture_for_every_revision_so_far() -> None:
    # A database of each schema that was ever released; newer ones are added by build.py.
    assert [f"{n:04d}" for n in range(1, 7)] == REVISIONS[:6]
    assert all(revision <= head_revision() for revision in REVISIONS)


def test_every_row_survives_and_the_file_is_sound(
    upgraded: tuple[str, dict[str, int], Path],
) -> None:
    revision, before, copy = upgraded
    _head, after, digest = _snapshot(copy)
    _rev, _counts, original_digest = _snapshot(FIXTURES / f"{revision}.sqlite3")

    assert {table: after[table] for table in before} == before
    assert digest == original_digest  # the mail, byte for byte
    assert after["message_search"] == after["messages"]  # every message searchable
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    with Database(copy) as db:
        assert current_revision(db.engine) == head_revision()


def test_search_finds_old_mail_in_every_script(upgraded: tuple[str, dict[str, int], Path]) -> None:
    _revision, _before, copy = upgraded
    with Database(copy) as db:
        assert {h.conversation_id for h in search_messages(db, "Servierwagen")} == {3}
        assert {h.conversation_id for h in search_messages(db, "narudzba 1042")} == {1}
        assert {h.conversation_id for h in search_messages(db, "доставка москву")} == {6}
        assert {h.conversation_id for h in search_messages(db, "siparis")} == {5}
        assert {h.conversation_id for h in search_messages(db, "Yilmaz")} == {5}


def test_the_inbox_lists_show_the_old_conversations(
    upgraded: tuple[str, dict[str, int], Path],
) -> None:
    revision, _before, copy = upgraded
    with Database(copy) as db:
        email = inbox_page(db, InboxFilter.EMAIL, now=NOW)
        waiting = inbox_page(db, InboxFilter.WAITING, now=NOW)
        done = inbox_page(db, InboxFilter.DONE, now=NOW)
        attention = inbox_page(db, InboxFilter.ATTENTION, now=NOW)

    assert email.ids == (1, 3, 5, 8, 9)  # needing a reply, waiting longest first
    assert waiting.ids == (2, 6)
    assert done.ids == (10, 7, 4)
    first = email.rows[0]
    assert (first.customer_name, first.customer_email) == ("Ana Kovač", "ana.kovac@kupac.hr")
    assert first.subject == "Gdje je moja narudžba 1042?" and first.message_count == 3
    # Overdue promises, then open callback requests, come first (when they existed).
    if revision >= "0005":
        assert attention.ids == (2, 9, 3, 1, 5, 8)
        assert attention.rows[1].promise_due_at is not None
    elif revision >= "0004":
        assert attention.ids == (3, 1, 5, 8, 9)
    else:
        assert attention.ids == (1, 3, 5, 8, 9)
    assert first.order_number == ("1042" if revision >= "0004" else None)


def test_the_customer_panel_shows_old_customers_whole(
    upgraded: tuple[str, dict[str, int], Path],
) -> None:
    _revision, _before, copy = upgraded
    with Database(copy) as db:
        business = customer_profile(db, 3)
        two_addresses = customer_profile(db, 7)
        ana = customer_profile(db, 1)
        olga = customer_profile(db, 6)

    assert business is not None and business.is_business
    assert (business.company, business.vat_number) == ("Müller Gastro GmbH", "DE123456789")
    assert [p.e164 for p in business.phones] == ["+4930555012"]
    assert two_addresses is not None
    assert two_addresses.emails == ("durda.simic@kupac.hr", "durda@posao.hr")
    assert [c.id for c in two_addresses.conversations] == [8, 7]
    assert ana is not None
    notes = [e.text for e in ana.timeline if e.kind is TimelineKind.NOTE]
    assert notes == ["Zvala je, paket kasni zbog praznika."]
    assert sum(e.kind is TimelineKind.MESSAGE_IN for e in ana.timeline) == 3
    assert olga is not None and olga.name == "Ольга Иванова" and olga.language == "ru"


def test_the_outbox_of_an_old_database_carries_on(
    upgraded: tuple[str, dict[str, int], Path],
) -> None:
    revision, _before, copy = upgraded
    with Database(copy) as db:
        entries = list_outbox(db)
    if revision < "0006":
        assert entries == []
        return
    assert {(e.message_id, e.state) for e in entries} == {
        ("outbox-1@kolica.hr", OutboxState.SENT),
        ("outbox-2@kolica.hr", OutboxState.QUEUED),
    }
    queued = next(e for e in entries if e.state is OutboxState.QUEUED)
    assert queued.to == "Ayşe Yılmaz" and queued.error_kind == "connection_lost"
