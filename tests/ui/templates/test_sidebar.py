"""The templates sidebar: search as you type, Ctrl+1 inserts the template filled in for the
customer in their language, gaps are marked, and customer text stays text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from console.storage.database import Database
from console.storage.models import Conversation, Customer
from console.templates.context import first_name
from console.templates.store import list_templates
from tests.ui.helpers import TIMEOUT_MS, settle
from tests.ui.templates.conftest import Desk
from ui.composer.gaps import marker
from ui.templates.model import TemplateTreeModel


def shown_keys(desk: Desk) -> list[str]:
    return [t.key for t in desk.sidebar.model.templates()]


def test_the_starter_templates_are_grouped_by_category(desk: Desk) -> None:
    model = desk.sidebar.model
    categories = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert categories[:3] == ["Orders", "Shipping", "Products"]
    orders = model.index(0, 0)
    assert model.rowCount(orders) == 2
    assert model.index(0, 0, orders).data() == "We have received your order …"


def test_the_list_filters_as_you_type(qtbot: QtBot, desk: Desk) -> None:
    everything = shown_keys(desk)
    assert len(everything) == 11
    qtbot.keyClicks(desk.sidebar.search, "holi")
    assert shown_keys(desk) == ["holiday_greeting"]
    assert desk.sidebar.current_template() is not None
    assert desk.sidebar.current_template().key == "holiday_greeting"  # type: ignore[union-attr]
    desk.sidebar.search.clear()
    qtbot.keyClicks(desk.sidebar.search, "order track")
    assert "tracking" in shown_keys(desk)
    assert len(shown_keys(desk)) < len(everything)
    desk.sidebar.search.clear()
    qtbot.keyClicks(desk.sidebar.search, "zzzz-nothing")
    assert shown_keys(desk) == []
    assert desk.sidebar.empty.isVisibleTo(desk.window)
    assert "zzzz-nothing" in desk.sidebar.empty.text()
    desk.sidebar.search.clear()
    assert shown_keys(desk) == everything


def test_ctrl_1_inserts_the_first_template_for_the_customer(qtbot: QtBot, desk: Desk) -> None:
    composer = desk.composer
    composer.body.setFocus()
    qtbot.keyClicks(composer.body, "Hallo!")
    qtbot.keyClick(composer.body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    text = composer.body.toPlainText()
    assert text.startswith("Hallo!\n")
    name = desk.detail.customer_name
    assert first_name(name) in text  # type: ignore[operator]
    assert "Bestellung" in text  # the German version: the customer writes German
    assert marker("order.number") in text  # no order in the sample shop: a visible gap
    assert marker("order.number") in composer.gaps.markers
    # Before sending, the gap is pointed out; going back sends nothing.
    asked: list[list[str]] = []
    composer.confirm_gaps = lambda gaps: asked.append(gaps) or False
    composer.send()
    assert asked and marker("order.number") in asked[0]


def test_missing_values_are_marked_in_the_preview(desk: Desk) -> None:
    sidebar = desk.sidebar
    assert sidebar.select_template(list_templates(desk.sidebar_db)[0].id)
    filled = sidebar.filled
    assert filled is not None and "order.number" in filled.missing
    html = sidebar.preview.toHtml()
    assert "[order.number]" in html
    assert "background-color" in html
    assert "[order.number]" in sidebar.note.text()


def test_the_language_switches_with_one_click(qtbot: QtBot, desk: Desk) -> None:
    sidebar = desk.sidebar
    buttons = {b.text(): b for b in sidebar.language_buttons()}
    assert set(buttons) == {"DE", "EN", "HR", "RU", "SL", "TR"}
    assert buttons["DE"].isChecked()  # chosen for the customer
    assert "Bestellung" in sidebar.preview.toPlainText()
    qtbot.mouseClick(buttons["EN"], Qt.MouseButton.LeftButton)
    assert sidebar.filled is not None and sidebar.filled.language == "en"
    assert "Thank you for your order" in sidebar.preview.toPlainText()
    assert {b.text() for b in sidebar.language_buttons() if b.isChecked()} == {"EN"}
    sidebar.insert_current()
    assert "Thank you for your order" in desk.composer.body.toPlainText()


def test_a_customer_name_that_looks_like_a_template_is_inserted_literally(
    qtbot: QtBot, desk: Desk, sample_db: Database
) -> None:
    with sample_db.session() as session:
        conversation = session.get_one(Conversation, desk.detail.id)
        customer = session.get_one(Customer, conversation.customer_id)
        customer.name = "{{ 7*7 }} {% if true %}x{% endif %}"
    desk.sidebar.set_target(desk.sidebar.values.target, force=True)
    settle(qtbot, desk.operations)
    desk.composer.body.setFocus()
    qtbot.keyClick(desk.composer.body, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    text = desk.composer.body.toPlainText()
    assert "{{ 7*7 }}" in text
    assert "49" not in text


def test_a_shortcut_pressed_before_the_values_arrive_waits_for_them(
    qtbot: QtBot, desk: Desk
) -> None:
    inserted: list[object] = []
    desk.sidebar.insert_requested.connect(inserted.append)
    desk.sidebar.set_target(desk.sidebar.values.target, force=True)
    desk.sidebar.insert_shortcut(2)
    qtbot.waitUntil(lambda: len(inserted) == 1, timeout=TIMEOUT_MS)
    assert inserted[0].key == "shipping_date"  # type: ignore[attr-defined]


def test_the_tree_model_is_a_proper_qt_model(desk: Desk, qtmodeltester: ModelTester) -> None:
    model = TemplateTreeModel()
    model.set_templates(desk.sidebar.model.all_templates(), "hr")
    qtmodeltester.check(model)
    model.set_filter("narudžb")
    qtmodeltester.check(model)
    assert 0 < len(model.templates()) < 11
