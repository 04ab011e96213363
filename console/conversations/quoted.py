"""Splitting a message's new text from the quoted earlier mail below it, for folding.

The parser's language-aware ``console.mail.quoting.split_quoted`` does the work. This
module guards the reading pane against it: if it is missing or fails, a minimal fallback
folds a trailing block of ``>`` lines (with the attribution line above it).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SplitText:
    new: str
    """What the sender wrote in this message."""
    quoted: str
    """The quoted earlier mail, "" when there is none."""


def fallback_split(text: str) -> SplitText:
    """Fold a final block of ``>`` lines and the non-blank line just above it."""
    lines = text.split("\n")
    start: int | None = None
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].lstrip().startswith(">"):
            start = index
        elif lines[index].strip():
            break
    if start is None:
        return SplitText(new=text, quoted="")
    above = start - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    if above >= 0 and lines[above].rstrip().endswith(":"):
        start = above
    return SplitText(new="\n".join(lines[:start]).rstrip(), quoted="\n".join(lines[start:]))


def _parser_splitter() -> Callable[[str], object] | None:
    try:
        module = importlib.import_module("console.mail.quoting")
    except ImportError:
        return None
    splitter = getattr(module, "split_quoted", None)
    return splitter if callable(splitter) else None


def split_reply(text: str) -> SplitText:
    """Split ``text`` into the new part and the quoted part; never raises.

    When the message is nothing but a quote, it is all "new": a reader must see something.
    """
    splitter = _parser_splitter()
    result: SplitText | None = None
    if splitter is not None:
        try:
            pair = splitter(text)
        except Exception:
            pair = None
        if isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(p, str) for p in pair):
            result = SplitText(new=pair[0], quoted=pair[1])
    if result is None:
        result = fallback_split(text)
    if result.quoted and not result.new.strip():
        return SplitText(new=text, quoted="")
    return result
