"""Full-text search: ranked, prefix, case- and diacritic-insensitive, Cyrillic."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse_pool import parse_safely
from console.search.fold import fold
from console.search.query import fts_query, search_conversation_ids, search_messages
from console.storage.database import Database
from tests.mailfactory import make_mail, msgid

MAILS = [
    ("Đurđa Šimić <durda@kupac.hr>", "Narudžba 1234 još nije stigla", "Gdje je moja pošiljka?"),
    ("Hans Müller <hans@kunde.de>", "Frage zur Bestellung", "Wann kommt meine Lieferung?"),
    ("Ольга Петрова <olga@pokupatel.ru>", "Заказ не пришёл", "Где мой заказ? Жду уже неделю."),
    ("Ayşe Yılmaz <ayse@musteri.com.tr>", "SİPARİŞ İPTALİ", "Siparişimi iptal etmek istiyorum."),
    ("Špela Novak <spela@kupec.si>", "Vračilo izdelka", "Kako lahko vrnem izdelek?"),
    ("John Smith <john@customer.com>", "Invoice request", "Could you send the invoice again?"),
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "db.sqlite3") as database:
        with database.session() as session:
            ingestor = Ingestor(session, frozenset({"shop@shop.test"}))
            location = Location(None, None, None, "import")
            for n, (sender, subject, body) in enumerate(MAILS):
                raw = make_mail(sender=sender, subject=subject, body=body, message_id=msgid(n))
                ingestor.store(location, FetchedMail(raw=raw), parse_safely(raw))
            ingestor.finish()
        yield database


def subjects(db: Database, query: str) -> list[str]:
    return [hit.subject for hit in search_messages(db, query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("narudzba", "Narudžba 1234 još nije stigla"),
        ("NARUDŽBA", "Narudžba 1234 još nije stigla"),
        ("durda", "Narudžba 1234 još nije stigla"),
        ("muller", "Frage zur Bestellung"),
        ("bestell", "Frage zur Bestellung"),
        ("заказ", "Заказ не пришёл"),
        ("пришел", "Заказ не пришёл"),
        ("ЗАКАЗ", "Заказ не пришёл"),
        ("siparis", "SİPARİŞ İPTALİ"),
        ("iptal", "SİPARİŞ İPTALİ"),
        ("yilmaz", "SİPARİŞ İPTALİ"),
        ("vracilo", "Vračilo izdelka"),
        ("inv", "Invoice request"),
        ("invoice again", "Invoice request"),
    ],
)
def test_query_finds_regardless_of_case_diacritics_and_word_endings(
    db: Database, query: str, expected: str
) -> None:
    assert subjects(db, query)[:1] == [expected]


def test_all_words_must_match(db: Database) -> None:
    assert subjects(db, "invoice bestellung") == []


def test_subject_matches_rank_above_body_matches(tmp_path: Path) -> None:
    with Database(tmp_path / "rank.sqlite3") as db:
        with db.session() as session:
            ingestor = Ingestor(session, frozenset())
            for n, (subject, body) in enumerate(
                [("Hello", "something about a refund here"), ("Refund", "please")]
            ):
                raw = make_mail(subject=subject, body=body, message_id=msgid(n))
                ingestor.store(
                    Location(None, None, None, "import"), FetchedMail(raw), parse_safely(raw)
                )
            ingestor.finish()
        assert subjects(db, "refund") == ["Refund", "Hello"]


def test_fts_syntax_in_user_input_cannot_break_the_query(db: Database) -> None:
    for hostile in ['"', "NEAR(", "a OR", "*", "subject:x", "-", "'); DROP TABLE messages;--"]:
        search_messages(db, hostile)
    assert fts_query("  ") is None


def test_conversation_search_returns_each_conversation_once(db: Database) -> None:
    ids = search_conversation_ids(db, "e")
    assert len(ids) == len(set(ids))


def test_folding_handles_letters_unicode_does_not_decompose() -> None:
    assert fold("İSTANBUL ığdır Đorđe Straße Ёлка") == "istanbul iğdir dorde strasse елка"
