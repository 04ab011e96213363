"""The reading pane: quotes fold, nothing remote is loaded, links are confirmed first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.helpers import TIMEOUT_MS, open_conversation
from ui.conversation.browser import SafeBrowser
from ui.icons import icon
from ui.main_window import MainWindow


def open_search(qtbot: QtBot, window: MainWindow, text: str, customer: str) -> None:
    window.inbox.search.setText(text)
    qtbot.waitUntil(
        lambda: (
            window.ops.idle
            and window.conversation.detail is not None
            and window.conversation.detail.customer_name == customer
        ),
        timeout=TIMEOUT_MS,
    )


def test_quoted_text_is_folded_and_unfolds_on_click(qtbot: QtBot, window: MainWindow) -> None:
    open_conversation(qtbot, window, "Veleprodaja – sapuni za sezonu")
    detail = window.conversation.detail
    assert detail is not None
    reply = detail.messages[1]
    assert "je napisao/la" not in window.conversation.text()
    window.conversation.browser.anchorClicked.emit(QUrl(f"sk-quote:{reply.id}"))
    text = window.conversation.text()
    assert "je napisao/la" in text
    assert "Hide quoted text" in text
    window.conversation.browser.anchorClicked.emit(QUrl(f"sk-quote:{reply.id}"))
    assert "je napisao/la" not in window.conversation.text()


@pytest.mark.parametrize(
    "url",
    [
        "https://tracker.example/pixel.gif",
        "http://tracker.example/pixel.gif",
        "file:///etc/passwd",
        "cid:logo@example",
        "data:image/png;base64,iVBORw0KGgo=",
    ],
)
def test_the_browser_loads_nothing_a_message_points_at(qtbot: QtBot, url: str) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    assert browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    browser.setHtml(f'<p>Hello <img src="{url}" width="10" height="10"></p>')
    browser.resize(300, 200)
    browser.show()
    qtbot.waitUntil(lambda: url in browser.blocked or QUrl(url).toString() in browser.blocked)


def test_the_apps_own_icons_do_load(qtbot: QtBot) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    image = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("sk-icon:note"))
    assert image is not None and not image.isNull()


def test_html_mail_shows_that_remote_images_were_blocked(qtbot: QtBot, window: MainWindow) -> None:
    open_search(qtbot, window, "Inhaltsstoffen", "Anna Fischer")  # plain text: no notice
    assert "Remote images were not loaded" not in window.conversation.text()
    open_search(qtbot, window, "MwSt", "Sabine Müller")
    text = window.conversation.text()
    assert "Remote images were not loaded" in text
    assert "cdn.feinkost-mueller.example" not in "".join(window.conversation.browser.blocked)


def test_links_open_only_after_confirmation(qtbot: QtBot, window: MainWindow) -> None:
    asked: list[str] = []
    opened: list[str] = []
    view = window.conversation
    view.open_url = lambda url: opened.append(url.toString())

    view.confirm_link = lambda url: asked.append(url.toString()) is not None  # declines
    view.browser.anchorClicked.emit(QUrl("https://www.shop.example/track?id=1"))
    assert asked == ["https://www.shop.example/track?id=1"] and opened == []

    view.confirm_link = lambda url: True
    view.browser.anchorClicked.emit(QUrl("https://www.shop.example/track?id=1"))
    assert opened == ["https://www.shop.example/track?id=1"]


def test_unsafe_link_schemes_are_refused(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda *args, **kwargs: shown.append(str(args[2]))
    )
    opened: list[str] = []
    window.conversation.open_url = lambda url: opened.append(url.toString())
    window.conversation.confirm_link = lambda url: True
    window.conversation.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    window.conversation.browser.anchorClicked.emit(QUrl("file:///home/user/secret.txt"))
    assert opened == []
    assert len(shown) == 2 and "file:///home/user/secret.txt" in shown[1]


def test_hovering_a_link_shows_the_real_address(qtbot: QtBot, window: MainWindow) -> None:
    window.conversation.browser.highlighted.emit(QUrl("https://real.example/login"))
    assert window.statusBar().currentMessage() == "https://real.example/login"


def test_action_buttons_drop_their_text_rather_than_hide_behind_the_overflow_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.conversation
    labels = ("Arama kaydı ve not", "Yanıt bekleniyor", "Tamamlandı olarak işaretle")
    actions = [QAction(icon(name), label, view) for name, label in zip(ICONS, labels, strict=True)]
    view.set_actions([actions[0], None, *actions[1:]])
    bar = view.action_bar
    with_text = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == with_text, timeout=TIMEOUT_MS)
    window.resize(1000, 900)
    qtbot.waitUntil(
        lambda: bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly,
        timeout=TIMEOUT_MS,
    )
    buttons = [bar.widgetForAction(action) for action in actions]
    qtbot.waitUntil(
        lambda: all(button is not None and button.isVisible() for button in buttons),
        timeout=TIMEOUT_MS,
    )
    assert [button.toolTip() for button in buttons if button] == list(labels)
    window.resize(1900, 900)
    qtbot.waitUntil(lambda: bar.toolButtonStyle() == with_text, timeout=TIMEOUT_MS)


ICONS = ("phone", "note", "phone")
