"""The rule editor: try a rule on a stored or pasted mail, see what it reads, save it."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.callbacks.board import recent_samples, sample_from_text, save_rule
from console.callbacks.rules import CallbackRule, owner_rules
from console.customers.identity import connection_of
from console.mail.ingest import FetchedMail, Ingestor
from console.mail.parse import parse_message
from console.storage.database import Database
from tests.mailfactory import make_mail
from tests.ui.callbacks.conftest import MONDAY
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.shop_mail import IMPORT
from ui.callbacks.rules_dialog import RulesDialog
from ui.field_mapping import FIELD, FieldMappingModel, MappingRow
from ui.operations import Operations

BUILDER_MAIL = make_mail(
    sender="Webshop <forms@shop-builder.example>",
    subject="Anfrage #55 über Ihr Formular",
    body="Kundin: Petra Schulz\nRufnummer: 0221 1234567\nErreichbar: ab 18:30\n"
    "Anliegen: Großbestellung Lavendelöl\n",
)


def _dialog(qtbot: QtBot, ops: Operations, **kwargs: object) -> RulesDialog:
    dialog = RulesDialog(ops, region="DE", now=MONDAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: ops.idle and dialog.samples.count() > 0, timeout=TIMEOUT_MS)
    return dialog


def _preview(qtbot: QtBot, ops: Operations, dialog: RulesDialog) -> None:
    dialog.run_preview()
    settle(qtbot, ops)


def test_a_rule_is_tried_on_a_stored_mail_and_saved(
    qtbot: QtBot, ops: Operations, callback_db: Database, qtmodeltester: ModelTester
) -> None:
    with callback_db.session() as session:  # the builder's mail arrives like any other
        ingestor = Ingestor(session, frozenset(), now=MONDAY)
        message_id = ingestor.store(
            IMPORT, FetchedMail(raw=BUILDER_MAIL), parse_message(BUILDER_MAIL)
        )
        ingestor.finish()
    dialog = _dialog(qtbot, ops, message_id=message_id)
    assert dialog.samples.currentData() == message_id
    assert not dialog.save_button.isEnabled()
    assert dialog.problems.text().splitlines() == [
        "Give the rule a name.",
        "Give a sender, subject or text pattern.",
    ]
    dialog.name.setText("Shop builder")
    dialog.sender_edit.setText(r"@shop-builder\.example")
    _preview(qtbot, ops, dialog)
    found = dialog.preview
    assert found is not None and found.matched and not found.is_callback
    assert found.phone is None  # "Rufnummer" is no label the app knows yet
    assert "no phone number was found" in dialog.result_label.text()
    for label, field in (("Rufnummer", "phone"), ("Kundin", "name"), ("Erreichbar", "time")):
        row = dialog.labels.add_row(label)
        dialog.labels.set_field(row, field)
    dialog.callback_only.setChecked(True)
    _preview(qtbot, ops, dialog)
    found = dialog.preview
    assert found is not None and found.is_callback
    assert (found.name, found.phone, found.window_text) == (
        "Petra Schulz",
        "+492211234567",
        "ab 18:30",
    )
    text = dialog.result_label.text()
    assert "It becomes a callback request." in text and "0221 1234567" in text
    assert "after 6:30\u202fPM" in text
    # The table shows what the sample has under each label.
    row = dialog.labels.row_of_key("Rufnummer")
    assert row is not None and dialog.labels.index(row, 1).data() == "0221 1234567"
    qtmodeltester.check(dialog.labels)
    # An invalid pattern blocks saving.
    dialog.subject.setText("(")
    assert not dialog.save_button.isEnabled()
    assert dialog.problems.text().startswith("The subject pattern is not valid:")
    dialog.subject.setText("")
    dialog.save_button.click()
    settle(qtbot, ops)
    assert dialog.result() == RulesDialog.DialogCode.Accepted
    with callback_db.reader() as session:
        [rule] = owner_rules(connection_of(session))
    assert rule.name == "Shop builder" and rule.callback_only
    assert dict(rule.labels) == {"Rufnummer": "phone", "Kundin": "name", "Erreichbar": "time"}


def test_pasted_text_is_previewed_and_a_duplicate_name_is_refused(
    qtbot: QtBot, ops: Operations, callback_db: Database
) -> None:
    save_rule(callback_db, CallbackRule("Tilda", sender_pattern="tilda"), now=MONDAY)
    dialog = _dialog(qtbot, ops)
    dialog.pasted.setPlainText(
        "Kundin: Petra Schulz\nRufnummer: 0221 1234567\nNachricht: Bitte um Rückruf ab 18:30.\n"
    )
    assert dialog.use_pasted.isChecked()
    dialog.name.setText("Tilda")
    dialog.body.setText("Kundin")
    row = dialog.labels.add_row("Rufnummer")
    dialog.labels.set_field(row, "phone")
    _preview(qtbot, ops, dialog)
    found = dialog.preview
    assert found is not None and found.matched and found.is_callback
    assert found.phone == "+492211234567"
    dialog.save_button.click()
    settle(qtbot, ops)
    assert dialog.isVisible()
    assert "was not saved" in dialog.problems.text() and "exists already" in dialog.problems.text()


def test_samples_are_the_newest_incoming_mails(callback_db: Database) -> None:
    samples = recent_samples(callback_db, 5)
    assert len(samples) == 5
    dates = [s.date for s in samples]
    assert dates == sorted(dates, reverse=True)
    assert sample_from_text("From: a@b.example\nSubject: x\n\nHi").startswith(b"From: a@b")
    assert sample_from_text("Name: Ana").endswith(b"\n\nName: Ana")


def test_the_mapping_model_is_a_proper_qt_model(qtmodeltester: ModelTester) -> None:
    model = FieldMappingModel(
        [("", "(none)"), ("phone", "Phone"), ("name", "Name")],
        ("Label", "Example", "Field"),
        keys_editable=True,
    )
    model.set_rows([MappingRow("Tel", "091 234", "phone"), MappingRow("Ime", "Ana", "")])
    qtmodeltester.check(model)
    assert model.index(0, FIELD).data() == "Phone"
    assert not model.setData(model.index(1, FIELD), "fax")
    assert model.setData(model.index(1, FIELD), "name")
    assert model.mapping() == {"Tel": "phone", "Ime": "name"}
    model.remove_row(0)
    assert model.mapping() == {"Ime": "name"}
