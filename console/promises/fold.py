"""Length-preserving text folding for matching: lower case, Latin diacritics removed.

"Čćšžđ ÇĞİıŞÖÜ äöüß" and their plain-ASCII spellings ("cetvrtak", "arayacagim") match the
same patterns.  Every character maps to exactly one character, so offsets found in the
folded text are offsets in the original.  Cyrillic keeps its letters (only ё → е).
"""

from __future__ import annotations

import unicodedata
from functools import cache

_SPECIAL = {
    "ı": "i",
    "İ": "i",
    "ß": "s",
    "đ": "d",
    "Đ": "d",
    "ł": "l",
    "Ł": "l",
    "ё": "е",
    "Ё": "е",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "\u00a0": " ",
}


def _fold_char(char: str, *, lower: bool) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if ord(char) < 0x250:  # Latin: drop combining marks
        base = unicodedata.normalize("NFD", char)[0]
        char = base if base.isalpha() else char
    if lower:
        low = char.lower()
        return low if len(low) == 1 else char
    return char


@cache
def _table(lower: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x500):
        char = chr(code)
        folded = _fold_char(char, lower=lower)
        if folded != char:
            table[code] = folded
    for char, folded in _SPECIAL.items():
        table[ord(char)] = folded
    return table


def fold_text(text: str) -> str:
    """Lower-case ``text`` and strip Latin diacritics, keeping its length."""
    return text.translate(_table(True))


def fold_pattern(pattern: str) -> str:
    """Strip diacritics from a regex written in lower case (escapes like ``\\S`` kept)."""
    return pattern.translate(_table(False))
