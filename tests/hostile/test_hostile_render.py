"""Every hostile message shown in the reading pane requests nothing from the network.

The corpus is stored with ``Ingestor`` into a database in ``tmp_path``; each conversation
is opened in the app's ``ConversationView``, whose browser is swapped for a subclass of
``SafeBrowser`` that records every ``loadResource`` call, and the whole document is painted
(Qt asks for an image with a given size only when it draws it). Nothing may ask for an http(s),
ftp or protocol-relative URL, and nothing but the app's own ``sk-icon:`` images may load.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QPainter, QPicture
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.mail.ingest import FetchedMail, Ingestor, Location
from console.mail.parse import parse_message
from console.storage.database import Database
from console.storage.models import Message
from tests.hostile.corpus import small_cases
from ui.conversation import view as view_module
from ui.conversation.browser import SafeBrowser
from ui.conversation.render import ICON_SCHEME
from ui.conversation.view import ConversationView
from ui.operations import Operations

TIMEOUT_MS = 30_000
REMOTE_SCHEMES = ("http", "https", "ftp", "ws", "wss")


class RecordingBrowser(SafeBrowser):
    """A ``SafeBrowser`` that remembers every resource it was asked for and its answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requests: list[tuple[str, bool]] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        result = super().loadResource(kind, url)
        target = QUrl(url) if isinstance(url, str) else url
        self.requests.append((target.toString(), result is not None))
        return result


@pytest.fixture
def hostile_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "hostile.sqlite3")
    with db.session() as session:
        ingestor = Ingestor(session, frozenset({"shop@shop.test"}))
        location = Location(None, None, None, "import")
        for case in small_cases():
            raw = case.build()
            ingestor.store(location, FetchedMail(raw), parse_message(raw))
        ingestor.finish()
    yield db
    db.close()


@pytest.fixture
def view(
    qtbot: QtBot, hostile_db: Database, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ConversationView]:
    monkeypatch.setattr(view_module, "SafeBrowser", RecordingBrowser)
    operations = Operations(hostile_db)
    widget = ConversationView(operations)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    operations.wait()
    operations.shutdown()


def paint_everything(view: ConversationView) -> None:
    """Draw the whole thread (not just the visible part): every image is asked for."""
    picture = QPicture()
    painter = QPainter(picture)
    try:
        view.browser.document().drawContents(painter)
    finally:
        painter.end()


def conversation_ids(db: Database) -> list[int]:
    with db.reader() as session:
        ids = session.scalars(select(Message.conversation_id).distinct()).all()
    return sorted(i for i in ids if i is not None)


def is_remote(url: str) -> bool:
    scheme = QUrl(url).scheme().lower()
    return scheme in REMOTE_SCHEMES or url.startswith("//") or bool(QUrl(url).host())


def test_hostile_messages_render_without_remote_requests(
    qtbot: QtBot, view: ConversationView, hostile_db: Database
) -> None:
    browser = view.browser
    assert isinstance(browser, RecordingBrowser)
    shown = 0
    for conversation_id in conversation_ids(hostile_db):
        view.show_conversation(conversation_id)
        qtbot.waitUntil(
            lambda cid=conversation_id: view.detail is not None and view.detail.id == cid,
            timeout=TIMEOUT_MS,
        )
        paint_everything(view)
        shown += len(view.detail.messages) if view.detail else 0
    assert shown == len(small_cases())
    remote = [url for url, _loaded in browser.requests if is_remote(url)]
    assert remote == []
    loaded = {url.split(":", 1)[0] for url, was_loaded in browser.requests if was_loaded}
    assert loaded <= {ICON_SCHEME}
    # The recorder does see requests: the app's own icons (attachments, warnings) were asked for.
    assert any(url.startswith(f"{ICON_SCHEME}:") for url, _ in browser.requests)
