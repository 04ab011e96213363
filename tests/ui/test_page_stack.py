"""A page stack asks for the room of the page on show, not of the widest page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.page_stack import PageStack


def test_a_hidden_wide_page_does_not_hold_the_stack_wide(qtbot: QtBot) -> None:
    stack = PageStack()
    qtbot.addWidget(stack)
    narrow, wide = QWidget(), QWidget()
    narrow.setMinimumWidth(100)
    wide.setMinimumWidth(400)
    stack.addWidget(narrow)
    stack.addWidget(wide)
    assert stack.minimumSizeHint().width() == 100
    stack.setCurrentWidget(wide)
    assert stack.minimumSizeHint().width() == 400
    assert PageStack().minimumSizeHint().width() >= 0  # no page at all
