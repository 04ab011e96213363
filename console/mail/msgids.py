"""Message identifiers: Message-ID, In-Reply-To and References (RFC 5322 section 3.6.4)."""

from __future__ import annotations

import hashlib
import re
from typing import Final

_BRACKETED: Final = re.compile(r"<([^<>]*)>")
_WHITESPACE: Final = re.compile(r"\s+")
_MAX_INPUT: Final = 64 * 1024
_MAX_REFERENCES: Final = 200
_MAX_ID_LENGTH: Final = 998


def _clean(candidate: str) -> str | None:
    cleaned = _WHITESPACE.sub("", candidate).strip("<>\"'")
    if not cleaned or len(cleaned) > _MAX_ID_LENGTH or not cleaned.isprintable():
        return None
    if "<" in cleaned or ">" in cleaned:
        return None  # could not be written back inside brackets (In-Reply-To of a reply)
    return cleaned


def msg_ids(value: str | None) -> list[str]:
    """All message ids in a header value, in order, without brackets, deduplicated.

    Bracketed ids win; a value without any brackets is split on whitespace and commas and
    keeps the tokens that look like ids (contain "@"). Folding whitespace inside an id is
    removed.
    """
    if not value:
        return []
    if len(value) > _MAX_INPUT:
        # Keep both ends: the thread root comes first, the nearest ancestors last.
        half = _MAX_INPUT // 2
        value = f"{value[:half]} {value[-half:]}"
    found = _BRACKETED.findall(value)
    if not found:
        found = [token for token in re.split(r"[\s,;]+", value) if "@" in token]
    seen: set[str] = set()
    result: list[str] = []
    for candidate in found:
        cleaned = _clean(candidate)
        if cleaned is not None and cleaned not in seen:
            seen.add(cleaned)
            result.append(cleaned)
    if len(result) > _MAX_REFERENCES:
        # Keep the thread root and the nearest ancestors, as RFC 5322 suggests for trimming.
        result = result[:1] + result[-(_MAX_REFERENCES - 1) :]
    return result


def first_msg_id(value: str | None) -> str | None:
    """The first message id of a header value (In-Reply-To, Message-ID), or None."""
    if not value:
        return None
    match = _BRACKETED.search(value[:_MAX_INPUT])
    if match:
        cleaned = _clean(match.group(1))
        if cleaned is not None:
            return cleaned
    ids = msg_ids(value)
    if ids:
        return ids[0]
    tokens = value.split()
    return _clean(tokens[0]) if len(tokens) == 1 else None


def synthesize_message_id(raw: bytes) -> str:
    """A stable id for a message that has none: the same bytes always get the same id."""
    return f"sk-{hashlib.sha1(raw, usedforsecurity=False).hexdigest()}@shopkeeper.invalid"
