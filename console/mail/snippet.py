"""The one-line preview of a message shown in the message list."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from console.mail.quoting import split_quoted, strip_signature, without_quoted_lines

SNIPPET_LENGTH: Final = 200
_PREFIX: Final = 8000
_WHITESPACE: Final = re.compile(r"\s+")


@lru_cache(maxsize=4)
def new_text(text: str) -> str:
    """The part of a body the sender wrote now: no quotes, no signature (first 8000 chars).

    Remembers the last few answers: the parser, the snippet and the order and form readers
    all ask for the same body's new text in turn.
    """
    fresh, _quoted = split_quoted(text[:_PREFIX])
    return strip_signature(without_quoted_lines(fresh))


def make_snippet(text: str, limit: int = SNIPPET_LENGTH) -> str:
    """About ``limit`` characters of new text, whitespace collapsed, cut at a word boundary."""
    fresh = new_text(text)
    # Collapsing the start of the text gives the start of the collapsed text: when that
    # is already longer than the snippet, the rest (up to 8,000 characters) is not needed.
    head = fresh[: 4 * limit]
    collapsed = _WHITESPACE.sub(" ", head).strip()
    if len(collapsed) <= limit and len(head) < len(fresh):
        collapsed = _WHITESPACE.sub(" ", fresh).strip()
    if len(collapsed) <= limit:
        return collapsed
    cut = collapsed.rfind(" ", limit - 40, limit)
    return collapsed[: cut if cut > 0 else limit].rstrip() + "…"
