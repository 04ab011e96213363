"""The reading pane's attachments, remote images on request, real link addresses, Escape."""

from __future__ import annotations

import http.server
import struct
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from console.mail.mailbox_io import import_path
from console.mail.remote_images import trusted_senders
from console.storage.database import Database
from console.storage.models import Conversation
from tests.mailfactory import make_mail
from tests.ui.helpers import TIMEOUT_MS, settle
from ui.conversation.view import ConversationView
from ui.main_window import MainWindow
from ui.operations import Operations


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xff\x00\x00" * 2 + b"\x00" + b"\x00\xff\x00" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PNG = _png()
PDF = b"%PDF-1.4 katalog"


class _Images(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PNG)))
        self.end_headers()
        self.wfile.write(PNG)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[str]:
    _Images.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def shop(tmp_path: Path, web: str) -> Iterator[tuple[Operations, dict[str, int]]]:
    mails = {
        "news": make_mail(
            sender="Newsletter <news@supplier.example>",
            subject="Neue Kollektion",
            body="Neue Kollektion",
            html=f'<p>Neu!</p><img src="{web}/logo.png" alt="logo">',
        ),
        "catalog": make_mail(
            sender="Ana <ana@kupac.hr>", subject="Katalog", attachment=("katalog.pdf", PDF)
        ),
        "risky": make_mail(
            sender="Ivo <ivo@kupac.hr>", subject="Račun", attachment=("racun.pdf.exe", b"MZ")
        ),
    }
    folder = tmp_path / "in"
    folder.mkdir()
    for name, raw in mails.items():
        (folder / f"{name}.eml").write_bytes(raw)
    db = Database(tmp_path / "shop.sqlite3")
    import_path(db, folder)
    with db.reader() as session:
        ids = {c.subject: c.id for c in session.scalars(select(Conversation)).all()}
    ops = Operations(db)
    yield ops, {"news": ids["Neue Kollektion"], "catalog": ids["Katalog"], "risky": ids["Račun"]}
    ops.wait()
    ops.shutdown()


def open_view(qtbot: QtBot, ops: Operations, conversation_id: int) -> ConversationView:
    view = ConversationView(ops)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.show_conversation(conversation_id)
    qtbot.waitUntil(lambda: view.detail is not None and ops.idle, timeout=TIMEOUT_MS)
    return view


def test_an_attachment_opens_in_the_viewer_and_saves_where_asked(
    qtbot: QtBot, shop: tuple[Operations, dict[str, int]], tmp_path: Path
) -> None:
    ops, ids = shop
    view = open_view(qtbot, ops, ids["catalog"])
    assert view.detail is not None
    message = view.detail.messages[0]
    (attachment,) = message.attachments
    assert f"sk-attachment:{message.id}/{attachment.part}" in view.html()
    opened: list[str] = []
    view.attachments.open_url = lambda url: opened.append(url.toLocalFile())
    view.attachments.open(message.id, attachment)
    qtbot.waitUntil(lambda: opened != [], timeout=TIMEOUT_MS)
    assert Path(opened[0]).name == "katalog.pdf" and Path(opened[0]).read_bytes() == PDF

    target = tmp_path / "saved" / "mine.pdf"
    target.parent.mkdir()
    suggested: list[str] = []
    view.attachments.ask_target = lambda name: suggested.append(name) or str(target)
    with qtbot.waitSignal(view.attachments.saved, timeout=TIMEOUT_MS):
        view.attachments.save_as(message.id, attachment)
    assert suggested == ["katalog.pdf"] and target.read_bytes() == PDF


def test_a_file_that_could_run_a_program_is_not_opened(
    qtbot: QtBot, shop: tuple[Operations, dict[str, int]]
) -> None:
    ops, ids = shop
    view = open_view(qtbot, ops, ids["risky"])
    assert view.detail is not None
    message = view.detail.messages[0]
    warned: list[str] = []
    opened: list[str] = []
    view.attachments.warn = lambda _title, text: warned.append(text)
    view.attachments.open_url = lambda url: opened.append(url.toString())
    view.attachments.open(message.id, message.attachments[0])
    settle(qtbot, ops)
    assert opened == [] and "racun.pdf.exe" in warned[0]


def test_remote_images_load_only_when_asked_per_message_or_per_sender(
    qtbot: QtBot, shop: tuple[Operations, dict[str, int]], web: str
) -> None:
    ops, ids = shop
    view = open_view(qtbot, ops, ids["news"])
    assert view.detail is not None
    message = view.detail.messages[0]
    assert "Load images" in view.text() and _Images.hits == []
    view.browser.anchorClicked.emit(QUrl(f"sk-images:{message.id}"))
    qtbot.waitUntil(lambda: _Images.hits == ["/logo.png"], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: f"{web}/logo.png" in view.browser._images, timeout=TIMEOUT_MS)
    assert not view.browser._images[f"{web}/logo.png"].isNull()
    assert "Load images" not in view.text()

    other = open_view(qtbot, ops, ids["news"])  # a new pane: nothing allowed yet
    assert "Load images" in other.text()
    other.browser.anchorClicked.emit(QUrl(f"sk-images-sender:{message.id}"))
    settle(qtbot, ops)
    assert ops.db is not None
    assert trusted_senders(ops.db) == {"news@supplier.example"}
    assert "Load images" not in other.text()
    third = open_view(qtbot, ops, ids["news"])
    assert "Load images" not in third.text()


def test_a_look_alike_link_shows_its_real_address(qtbot: QtBot, window: MainWindow) -> None:
    # "аpple" with a Cyrillic а: the tooltip and status bar show the punycode host.
    url = QUrl("https://\u0430pple.example/login")
    window.conversation.browser.highlighted.emit(url)
    real = window.statusBar().currentMessage()
    assert real.startswith("https://xn--") and window.conversation.browser.toolTip() == real


def test_escape_leaves_the_search_field(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.inbox.focus_search()
    QTest.keyClicks(window.inbox.search, "Hochzeit")
    QTest.keyClick(window.inbox.search, Qt.Key.Key_Escape)
    assert window.inbox.list.hasFocus() or window.focusWidget() is window.inbox.list
    assert window.inbox.search.text() == "Hochzeit"
