"""Logs help diagnose problems and never hold the owner's secrets or business."""

from __future__ import annotations

import logging
from pathlib import Path

from console.logs import configure_logging, redact


def test_addresses_are_shortened_in_every_record_and_traceback(tmp_path: Path) -> None:
    path = configure_logging(tmp_path, stderr=False)
    assert path is not None
    try:
        raise ValueError("no account ana.kovac@kupac.hr")
    except ValueError:
        logging.getLogger("shopkeeper").exception("failed for ivan@example.com")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "ana.kovac@" not in text and "ivan@" not in text
    assert "a…@kupac.hr" in text and "i…@example.com" in text


def test_redact_keeps_text_without_addresses() -> None:
    assert redact("sync failed: 127.0.0.1:993 refused") == "sync failed: 127.0.0.1:993 refused"
