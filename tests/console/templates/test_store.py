"""Templates in the database: starter set, management, language choice, files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.outbox import preferences
from console.storage.database import Database
from console.storage.models import Conversation, Customer, CustomerAddress
from console.templates.context import language_preference
from console.templates.starter import ensure_starter_templates
from console.templates.store import (
    TemplateStoreError,
    Version,
    choose_version,
    create_template,
    delete_template,
    duplicate_template,
    edit_template,
    get_template,
    list_templates,
    reorder_templates,
    template_by_shortcut,
)
from console.templates.transfer import TemplateFileError, export_templates, import_templates


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    with Database(tmp_path / "shop.sqlite3") as database:
        yield database


def test_a_new_database_gets_the_starter_set_once(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    with Database(path) as db:
        assert ensure_starter_templates(db) == 11
        templates = list_templates(db)
        assert [t.key for t in templates][:3] == ["order_received", "shipping_date", "tracking"]
        assert all(t.languages == ("de", "en", "hr", "ru", "sl", "tr") for t in templates)
        assert template_by_shortcut(db, 3) is not None
        delete_template(db, "holiday_greeting")
    with Database(path) as db:  # after a restart: nothing comes back, nothing doubles
        assert ensure_starter_templates(db) == 0
        assert len(list_templates(db)) == 10


def test_create_edit_duplicate_reorder_and_delete(db: Database) -> None:
    first = create_template(
        db,
        "Paket kasni",
        [Version("hr", "Kašnjenje paketa", "Poštovani, paket kasni."), Version("de", "", "x")],
        category="shipping",
        shortcut=1,
    )
    second = create_template(db, "thanks", [Version("en", "Thanks", "Thank you!")], shortcut=1)
    assert get_template(db, first).key == "paket_kasni"
    assert get_template(db, first).shortcut is None  # the shortcut moved to the new one
    assert get_template(db, second).shortcut == 1

    edit_template(
        db,
        "paket_kasni",
        key="parcel_late",
        shortcut=2,
        versions=[Version("en", "Your parcel is late", "Sorry!")],
        remove_languages=["de"],
    )
    edited = get_template(db, first)
    assert edited.key == "parcel_late" and edited.shortcut == 2
    assert edited.languages == ("en", "hr")
    edit_template(db, first, shortcut=None)
    assert get_template(db, first).shortcut is None

    copy = duplicate_template(db, "parcel_late")
    assert get_template(db, copy).key == "parcel_late_2"
    assert get_template(db, copy).versions == edited.versions
    assert [t.id for t in list_templates(db)] == [first, copy, second]
    reorder_templates(db, [second, first])
    assert [t.id for t in list_templates(db)] == [second, first, copy]

    with pytest.raises(TemplateStoreError, match="already exists"):
        create_template(db, "thanks", [Version("en", "", "")])
    with pytest.raises(TemplateStoreError, match="error"):
        create_template(db, "broken", [Version("en", "", "Hello {% if order %}")])
    with pytest.raises(TemplateStoreError):
        create_template(db, "x", [Version("english", "", "")])
    delete_template(db, copy)
    with pytest.raises(TemplateStoreError):
        get_template(db, copy)


def test_the_version_follows_the_customer_then_the_conversation_then_the_shop(
    db: Database,
) -> None:
    ensure_starter_templates(db)
    template = get_template(db, "tracking")
    preferences.set_shop_language(db, "hr")
    with db.session() as session:
        session.add_all([Customer(id=1, name="Hans", language="de"), Customer(id=2, name="Olga")])
        session.flush()
        session.add_all(
            [
                CustomerAddress(customer_id=1, email="hans@kunde.de"),
                CustomerAddress(customer_id=2, email="olga@pokupatel.ru"),
                Conversation(id=10, customer_id=1, language="en"),
                Conversation(id=20, customer_id=2, language="ru"),
                Conversation(id=30, language=None),
            ]
        )

    def chosen(**where: object) -> str:
        wanted = language_preference(db, **where)  # type: ignore[arg-type]
        choice = choose_version(
            template,
            customer_language=wanted.customer,
            conversation_language=wanted.conversation,
            shop_language=wanted.shop,
        )
        assert choice is not None
        assert choice.available == ("de", "en", "hr", "ru", "sl", "tr")
        return choice.version.language

    assert chosen(conversation_id=10) == "de"  # the profile beats the detected language
    assert chosen(conversation_id=20) == "ru"
    assert chosen(customer_email="olga@pokupatel.ru") == "ru"  # her newest conversation's
    assert chosen(conversation_id=30) == "hr"  # the shop's language
    only_tr = create_template(db, "only_tr", [Version("tr", "Merhaba", "Merhaba!")])
    choice = choose_version(get_template(db, only_tr), customer_language="de")
    assert choice is not None and choice.version.language == "tr" and not choice.exact


def test_two_shops_share_templates_through_a_file(tmp_path: Path) -> None:
    exported = tmp_path / "predlošci.json"
    with Database(tmp_path / "a.sqlite3") as a:
        ensure_starter_templates(a)
        edit_template(a, "tracking", versions=[Version("hr", "Paket {{ order.number }}", "Evo!")])
        create_template(a, "own", [Version("sl", "Živjo", "Lep dan!\nVrstica 2")], category="x")
        assert export_templates(a, exported) == 12
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "shopkeeper-templates" and document["version"] == 1
    own = next(t for t in document["templates"] if t["key"] == "own")
    assert own["versions"]["sl"]["body"] == "Lep dan!\nVrstica 2"

    with Database(tmp_path / "b.sqlite3") as b:
        ensure_starter_templates(b)
        report = import_templates(b, exported)
        assert report.added == ["own"] and "tracking" in report.skipped
        assert get_template(b, "tracking").versions["hr"].body != "Evo!"
        report = import_templates(b, exported, replace=True)
        assert "tracking" in report.updated
        assert get_template(b, "tracking").versions["hr"].body == "Evo!"
        assert get_template(b, "own").versions["sl"].body == "Lep dan!\nVrstica 2"


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        '{"format": "something-else", "templates": []}',
        '{"templates": [{"key": "a", "versions": {}}]}',
        '{"templates": [{"key": "a", "versions": {"en": {"body": "{% if x %}"}}}]}',
        '{"templates": [{"key": "b", "versions": {"en": {"body": "ok"}}},'
        ' {"key": "a", "versions": {"en": {"body": "{{ broken"}}}}]}',
        '{"templates": [{"key": "a", "versions": {"en": {"body": 5}}}]}',
        '{"templates": [{"key": "a", "versions": {"en": {}}},'
        ' {"key": "a", "versions": {"en": {}}}]}',
        '{"version": 99, "templates": []}',
    ],
)
def test_a_bad_file_is_refused_and_changes_nothing(
    db: Database, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TemplateFileError):
        import_templates(db, path)
    assert list_templates(db) == []
