"""Remote images: parked addresses put back only when allowed, trusted senders, fetching."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.mail.html import sanitize_html
from console.mail.remote_images import (
    ImageRefused,
    fetch_image,
    remote_image_urls,
    trust_sender,
    trusted_senders,
    with_remote_images,
)
from console.storage.database import Database

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c63f8cfc0f01f0005000201a5d4a1e40000000049454e44ae426082"
)


def test_parked_images_come_back_only_as_web_addresses() -> None:
    markup, remote = sanitize_html(
        '<p>Hi<img src="https://track.example/p.png?u=1&amp;v=2" alt="x">'
        '<img src="//cdn.example/logo.png"><img src="cid:part1"></p>'
        '<table background="https://bg.example/b.png"><tr><td>t</td></tr></table>'
    )
    assert remote and ' src="https://' not in markup
    assert remote_image_urls(markup) == ["https://track.example/p.png?u=1&v=2"]
    assert remote_image_urls('<img data-remote-src="//cdn.example/a.png">') == [
        "https://cdn.example/a.png"
    ]
    loaded = with_remote_images(markup)
    assert ' src="https://track.example/p.png?u=1&amp;v=2"' in loaded
    assert 'src="cid:part1"' in loaded
    assert "bg.example" not in loaded.replace('data-remote-background="https://bg.example', "")


def test_other_schemes_stay_parked() -> None:
    markup = '<img data-remote-src="javascript:alert(1)"><img data-remote-src="file:///etc/passwd">'
    assert remote_image_urls(markup) == []
    assert with_remote_images(markup) == markup


def test_trusted_senders_are_a_setting(tmp_path: Path) -> None:
    db = Database(tmp_path / "shop.sqlite3")
    try:
        assert trusted_senders(db) == frozenset()
        assert trust_sender(db, "News@Shop.example") == {"news@shop.example"}
        assert trusted_senders(db) == {"news@shop.example"}
        assert trust_sender(db, "news@shop.example", False) == frozenset()
    finally:
        db.close()


class _Images(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        kind, body = ("image/png", PNG) if self.path == "/a.png" else ("text/html", b"<html>")
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_fetching_takes_images_only(web: str) -> None:
    assert fetch_image(f"{web}/a.png") == PNG
    with pytest.raises(ImageRefused):
        fetch_image(f"{web}/page")
    with pytest.raises(ImageRefused):
        fetch_image(f"{web}/a.png", max_bytes=10)
    with pytest.raises(ImageRefused):
        fetch_image("file:///etc/passwd")
