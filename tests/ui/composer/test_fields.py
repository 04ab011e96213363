"""The composer's fields: addresses, attachments with sizes, and errors as sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot

from console.accounts.store import AccountSettings, add_account
from console.domain.security import Security
from console.outbox.compose import ComposeProblem, Recipient
from console.storage.database import Database
from tests.ui.composer.conftest import customer_waiting
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.composer.problems import problem_text
from ui.composer.recipients import BadAddress, lenient_recipients, parse_recipients
from ui.composer.widget import ComposerWidget
from ui.operations import Operations


def test_recipients_are_parsed_with_names_and_commas_in_quotes() -> None:
    text = '"Kovač, Ana" <ana@kupac.hr>; info@firma.de, Ana <ANA@kupac.hr>'
    assert parse_recipients(text) == (
        Recipient("ana@kupac.hr", "Kovač, Ana"),
        Recipient("info@firma.de", ""),
    )
    with pytest.raises(BadAddress) as caught:
        parse_recipients("ana@kupac.hr, not an address")
    assert caught.value.address == "not an address"
    # While typing, nothing is thrown away.
    assert lenient_recipients("ana@kupac.hr, half@") == (
        Recipient("ana@kupac.hr", ""),
        Recipient("half@", ""),
    )


@pytest.mark.parametrize("code", list(ComposeProblem))
def test_every_problem_has_a_sentence(code: ComposeProblem) -> None:
    text = problem_text(code)
    assert text.endswith(".") and len(text.split()) >= 5


def open_reply(qtbot: QtBot, composer: ComposerWidget, db: Database) -> None:
    composer.open_reply(customer_waiting(db))
    qtbot.waitUntil(lambda: composer.loaded, timeout=TIMEOUT_MS)


def test_a_bad_address_is_named_and_nothing_is_queued(
    qtbot: QtBot, sample_db: Database, operations: Operations, composer: ComposerWidget
) -> None:
    open_reply(qtbot, composer, sample_db)
    composer.to_field.setText("ana@kupac.hr, ana(at)kupac.hr")
    qtbot.keyClicks(composer.body, "Hello")
    composer.send()
    assert composer.error_label.isVisible()
    assert "“ana(at)kupac.hr” is not a valid email address" in composer.error_label.text()
    # Typing clears the error.
    qtbot.keyClicks(composer.body, "!")
    assert not composer.error_label.isVisible()


def test_the_core_refusal_becomes_a_translated_sentence(
    qtbot: QtBot,
    sample_db: Database,
    operations: Operations,
    composer: ComposerWidget,
    keyring_backend: KeyringBackend,
) -> None:
    # An account that can receive but has no outgoing server.
    settings = AccountSettings(
        email="shop@example.hr",
        imap_host="127.0.0.1",
        imap_port=993,
        imap_security=Security.SSL,
        imap_username="shop",
    )
    add_account(sample_db, settings, "secret", author="test")
    open_reply(qtbot, composer, sample_db)
    qtbot.keyClicks(composer.body, "Hello")
    composer.send()
    settle(qtbot, operations)
    assert composer.error_label.text() == problem_text(ComposeProblem.NO_SMTP)
    assert composer.send_button.isEnabled()
    assert composer.body.toPlainText() == "Hello"


def test_attachments_are_listed_with_sizes_and_can_be_removed(
    qtbot: QtBot,
    sample_db: Database,
    operations: Operations,
    composer: ComposerWidget,
    tmp_path: Path,
) -> None:
    invoice = tmp_path / "racun-1043.pdf"
    invoice.write_bytes(b"%PDF" + b"0" * 2400)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"0" * 120)
    open_reply(qtbot, composer, sample_db)
    composer.choose_files = lambda: [str(invoice), str(photo)]
    composer.add_attachments()
    rows = composer.attachments.rows()
    assert [r.name_label.text() for r in rows] == ["racun-1043.pdf", "photo.jpg"]
    assert rows[0].size_label.text() == "2.4 kB"
    assert "120" in rows[1].size_label.text()
    assert composer.attachments.isVisibleTo(composer)
    rows[1].remove.click()
    assert composer.attachments.paths() == (str(invoice),)
    composer.flush_draft()
    settle(qtbot, operations)
    # The attachment is part of the saved draft.
    again = ComposerWidget(operations)
    qtbot.addWidget(again)
    again.open_reply(composer.conversation_id)
    qtbot.waitUntil(lambda: again.loaded, timeout=TIMEOUT_MS)
    assert again.attachments.paths() == (str(invoice),)


def test_the_ctrl_enter_hint_gives_way_when_the_row_is_narrow(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    assert composer.minimumSizeHint().width() < composer.sizeHint().width()
    composer.resize(composer.minimumSizeHint().width(), 420)
    qtbot.waitUntil(lambda: composer.send_hint.isHidden())
    assert composer.send_button.isVisible()
    composer.resize(900, 420)
    qtbot.waitUntil(lambda: composer.send_hint.isVisible())
