"""Contact-form and callback mails from the common form plugins, in six languages."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.callbacks.extract import extract, preview_rule
from console.callbacks.queue import callback_queue
from console.callbacks.rules import BUILTIN_COMPILED, CallbackRule, rule_errors
from console.mail.parse import parse_message
from console.storage.database import Database
from console.storage.settings import set_setting
from tests.console.orders.helpers import fixture, ingest, open_db
from tests.mailfactory import make_mail

#: fixture → (rule, name, E.164, email, window, is_callback)
CASES = {
    "cf7_de": (
        "contact-form-7",
        "Jonas Weber",
        "+4915123456789",
        "jonas.weber@example.de",
        "17:00–",
        True,
    ),
    "cf7_contact_no_phone_en": (
        "contact-form-7",
        "Sarah Miller",
        None,
        "sarah.miller@example.co.uk",
        None,
        False,
    ),
    "wpforms_hr": (
        "wpforms",
        "Ana Kovač",
        "+385912345678",
        "ana.kovac@example.hr",
        "09:00–11:00",
        True,
    ),
    "wpforms_html_en": (
        "wpforms",
        "Tom Baker",
        "+447400123456",
        "",
        "17:00–",
        True,
    ),
    "gravity_forms_sl": (
        "gravity-forms",
        "Maja Novak",
        "+38641123456",
        "",
        "17:00–",
        True,
    ),
    "elementor_en": (
        "elementor",
        "Sarah Miller",
        "+447911123456",
        "sarah.miller@example.co.uk",
        "14:00–16:00",
        True,
    ),
    "shopify_contact_en": (
        "shopify-contact",
        "Ana Kovač",
        "+385912345678",
        "ana.kovac@example.hr",
        None,
        True,
    ),
    "prestashop_contact_ru": (
        "prestashop-contact",
        "",
        "+79165551234",
        "dmitry.petrov@example.ru",
        "17:00–",
        True,
    ),
    "tilda_ru": (
        "tilda",
        "Ольга Иванова",
        "+79161234567",
        "olga.ivanova@example.ru",
        "17:00–",
        True,
    ),
    "jimdo_de": (
        "jimdo",
        "Klaus Becker",
        "+49891234567",
        "klaus.becker@example.de",
        "09:00–11:00",
        True,
    ),
    "personal_callback_tr": (
        "callback",
        "Ayşe Yılmaz",
        "+905321234567",
        "ayse.yilmaz@example.com.tr",
        "17:00–",
        True,
    ),
}
REGIONS = {"de": "DE", "hr": "HR", "ru": "RU", "sl": "SI", "tr": "TR", "en": "GB"}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_db(tmp_path / "shop.sqlite3")
    yield database
    database.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_form_mails_are_read(name: str) -> None:
    rule, person, phone, email, window, is_callback = CASES[name]
    parsed = parse_message(fixture(name))
    found = extract(parsed, list(BUILTIN_COMPILED), REGIONS[name.rsplit("_", 1)[1]])
    assert found is not None
    assert (found.rule, found.name, found.phone, found.email) == (rule, person, phone, email)
    assert (found.window.describe() if found.window else None) == window
    assert found.is_callback is is_callback
    assert found.requested_at == parsed.date


def test_window_texts_and_messages_are_kept_as_written() -> None:
    wp = extract(parse_message(fixture("wpforms_hr")), list(BUILTIN_COMPILED), "HR")
    assert wp is not None
    assert (wp.window_text, wp.message) == ("između 9 i 11", "Zanima me dostava na otok.\nHvala!")
    assert ("Mobitel", "091/234-5678") in wp.fields
    tilda = extract(parse_message(fixture("tilda_ru")), list(BUILTIN_COMPILED), "RU")
    assert tilda is not None and (tilda.window_text, tilda.topic) == (
        "после 17:00",
        "Обратный звонок",
    )


def test_an_ordinary_mail_is_no_form() -> None:
    parsed = parse_message(make_mail(subject="Lavender soap", body="Call me maybe? 091 234 5678"))
    assert extract(parsed, list(BUILTIN_COMPILED)) is None


def test_preview_a_new_rule_on_a_sample_before_saving_it() -> None:
    sample = make_mail(
        sender="Webshop <forms@shop-builder.example>",
        subject="Anfrage #55 über Ihr Formular",
        body="Kundin: Petra Schulz\nRufnummer: 0221 1234567\nErreichbar: ab 18:30\n"
        "Anliegen: Großbestellung Lavendelöl\n",
    )
    rule = CallbackRule(
        name="shop-builder",
        sender_pattern=r"@shop-builder\.example",
        labels={
            "Kundin": "name",
            "Rufnummer": "phone",
            "Erreichbar": "time",
            "Anliegen": "message",
        },
        callback_only=True,
    )
    assert rule_errors(rule) == []
    preview = preview_rule(rule, sample, "DE")
    assert preview.matched and preview.is_callback
    assert (preview.name, preview.phone, preview.window_text) == (
        "Petra Schulz",
        "+492211234567",
        "ab 18:30",
    )
    assert preview.message == "Großbestellung Lavendelöl"
    other = preview_rule(CallbackRule(name="x", sender_pattern="nobody"), sample, "DE")
    assert not other.matched and not other.is_callback
    assert rule_errors(CallbackRule(name="", subject_pattern="(")) == [
        "name: empty",
        "subject_pattern: missing ), unterminated subpattern at position 0",
    ]
    assert rule_errors(CallbackRule(name="y", labels={"Tel": "fax"}))[1].startswith("labels:")


def _region(db: Database, region: str) -> None:
    with db.session() as session:
        set_setting(session, "shop.region", region)


def test_form_mails_become_callback_requests_with_customers(db: Database) -> None:
    for name in sorted(CASES):
        _region(db, REGIONS[name.rsplit("_", 1)[1]])  # each shop reads its own numbers
        ingest(db, [fixture(name)])
    with sqlite3.connect(db.path) as connection:
        rows = connection.execute(
            "SELECT rule, phone, customer_id, conversation_id, message_id FROM callbacks"
        ).fetchall()
    assert len(rows) == sum(1 for case in CASES.values() if case[5])
    assert all(row[2] is not None and row[3] is not None and row[4] is not None for row in rows)


def test_the_owners_rule_is_stored_and_used_at_ingest(db: Database) -> None:
    _region(db, "DE")
    with sqlite3.connect(db.path) as connection:
        connection.execute(
            "INSERT INTO callback_rules (name, sender_pattern, subject_pattern, body_pattern,"
            " labels, callback_only, enabled, created_at) VALUES ('builder', '@shop-builder',"
            ' \'\', \'\', \'{"Rufnummer": "phone", "Kundin": "name"}\', 1, 1,'
            " '2026-03-01 00:00:00.000000')"
        )
    mail = make_mail(
        sender="Webshop <forms@shop-builder.example>",
        subject="Anfrage",
        body="Kundin: Petra Schulz\nRufnummer: 0221 1234567\n",
    )
    [(_, result)] = ingest(db, [mail])
    assert result.callback_id is not None
    from datetime import UTC, datetime

    [entry] = callback_queue(db, datetime(2026, 11, 21, tzinfo=UTC))
    assert (entry.name, entry.rule, entry.phone) == ("Petra Schulz", "builder", "+492211234567")
