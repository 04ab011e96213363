"""The lookaheads that let the order searches skip positions must hold every first letter
of the words they guard, or a search would miss a word (see ``STATUS_PATTERNS``)."""

from __future__ import annotations

import importlib
import re
from typing import Any

import pytest

from console.orders import mailparse, mentions
from console.orders.vocabulary import ORDER_WORD, ORDER_WORD_START, STATUS_PATTERNS

# The regex parser is private (no stubs): reached by name, typed Any.
sre: Any = importlib.import_module("re._constants")
sre_parse: Any = importlib.import_module("re._parser")

_SKIPPED: tuple[Any, ...] = (sre.ASSERT_NOT, sre.ASSERT, sre.AT)
"""Zero-width items before the first letter (lookbehinds, ``\\b``)."""


def first_letters(items: Any) -> set[str]:
    """Every character a match of the parsed pattern ``items`` can start with."""
    op, av = items[0]
    if op in _SKIPPED and len(items) > 1:
        return first_letters(items[1:])
    if op is sre.LITERAL:
        return {chr(av)}
    if op is sre.IN:
        assert all(kind is sre.LITERAL for kind, _ in av), av
        return {chr(code) for _, code in av}
    if op is sre.BRANCH:
        return set().union(*(first_letters(branch) for branch in av[1]))
    if op is sre.SUBPATTERN:
        return first_letters(av[3])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
        return first_letters(av[2])
    raise AssertionError(f"cannot tell the first letters of {op} {av}")


def guarded(pattern: re.Pattern[str]) -> tuple[str, str]:
    """(guard class, guarded pattern) of a pattern written ``(?=[...])(?:...)``."""
    match = re.fullmatch(r"(?s)(?:\(\?i\))?\(\?=(\[[^\]]+\])\)(.*)", pattern.pattern)
    assert match is not None, pattern.pattern
    return match.group(1), match.group(2)


def assert_covered(guard: str, pattern: str) -> None:
    letters = first_letters(sre_parse.parse(pattern, re.IGNORECASE))
    assert letters
    check = re.compile(guard, re.IGNORECASE)
    missing = {letter for letter in letters if not check.fullmatch(letter)}
    assert not missing, f"{guard} misses {missing}"


@pytest.mark.parametrize("pattern", [pattern for _, pattern in STATUS_PATTERNS])
def test_status_guards_hold_every_first_letter(pattern: re.Pattern[str]) -> None:
    assert_covered(*guarded(pattern))


def test_order_word_guard_holds_every_first_letter() -> None:
    assert_covered(f"[{ORDER_WORD_START}]", ORDER_WORD)
    guard, _ = guarded(mailparse._ORDER_SUBJECT)
    assert guard == f"[{ORDER_WORD_START}]"


def test_tracking_guard_holds_every_first_letter() -> None:
    guard, _ = guarded(mailparse._TRACKING_WORD)
    assert_covered(guard, mailparse._TRACKING_WORDS)


def test_mention_guard_holds_every_first_letter() -> None:
    assert_covered(mentions._LEAD_START, mentions._LEAD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Where is my ORDER 12345?", ["12345"]),
        ("SİPARİŞ 4567 and #8910", ["4567", "8910"]),
        ("номер заказа: 777 (#778)", ["777", "778"]),
        ("order 12 and #34", []),
        ("no numbers here", []),
    ],
)
def test_mentioned_numbers(text: str, expected: list[str]) -> None:
    assert mentions.mentioned_numbers(text) == expected
