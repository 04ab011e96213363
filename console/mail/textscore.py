"""How plausible a decoded text is for the languages our shops see.

Used to choose between charset candidates: decoding bytes with the wrong single-byte charset
still "works" but yields mojibake ("Ïðèâåò" for cp1251 read as cp1252, "narudľba" for
ISO-8859-2 read as Windows-1250, "рТЙЧЕФ" for KOI8-R read as Windows-1251). The score looks only
at non-ASCII characters, so it is cheap and independent of the amount of ASCII text.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from typing import Final

_SAMPLE_CHARS: Final = 3000
BEST: Final = 1.0
"""The highest score ``plausibility`` gives."""

# Letter groups: a right decoding of real text puts most non-ASCII letters into one group.
_GROUPS: Final[dict[str, str]] = {
    "south_slavic": "čćžšđČĆŽŠĐ",
    "german": "äöüßÄÖÜ",
    "turkish": "çğıöşüİÇĞÖŞÜ",
    "western": "éèàâêîôûëïñáíóúœæøåÉÈÀÂÊÎÔÛËÏÑÁÍÓÚŒÆØÅãõÃÕ",
    # Polish, Czech and Hungarian: neighbours' mail. Slovak ľĺŕ and Romanian ţ stay suspicious:
    # they are what Croatian and Turkish text turns into when read with the wrong charset.
    "central": "ąęłńśźżĄĘŁŃŚŹŻěřůňťďĚŘŮŇŤĎőűŐŰ",
}
# Typographic characters that are normal in any of our languages.
_PUNCTUATION: Final = "€„“”‘’‚–—…«»°•·§©®™ \u00a0×±²³½¼¾"
# Characters that real mail in our languages rarely contains but wrong decodings produce a lot.
_SUSPICIOUS: Final = "ÐÑÞþðýÝÿ¸¹º¾¤¦¨¯´µ¶¬ľĺŕţŢĽĹŔ"

_CHAR_CLASS: Final[dict[str, str]] = {}
for _group, _letters in _GROUPS.items():
    for _ch in _letters:
        _CHAR_CLASS.setdefault(_ch, _group)
for _ch in _PUNCTUATION:
    _CHAR_CLASS[_ch] = "punct"
for _ch in _SUSPICIOUS:
    _CHAR_CLASS[_ch] = "bad"

_FREQUENT_RUSSIAN: Final = re.compile(r"[оеаинтсрвлОЕАИНТСРВЛ]")
_FREQUENT_SHARE: Final = 0.4
_MIN_CYRILLIC_FOR_FREQUENCY: Final = 8
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
_NOT_LETTERS: Final = bytes(code for code in range(128) if chr(code) not in string.ascii_letters)
"""The ASCII bytes that are not letters (deleted to count the letters)."""
_CYRILLIC_CASE_BREAK: Final = re.compile(r"[а-яё][А-ЯЁ]")
_MIXED_SCRIPT: Final = re.compile(
    r"[A-Za-z\u00c0-\u024f][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z\u00c0-\u024f]"
)


def _classify(ch: str) -> str:
    known = _CHAR_CLASS.get(ch)
    if known is not None:
        return known
    code = ord(ch)
    if 0x0410 <= code <= 0x044F or code in (0x0401, 0x0451):
        return "cyrillic"
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic_rare"
    if 0x3000 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xFF00 <= code <= 0xFFEF:
        return "cjk"
    if code < 0xA0 or code == 0xFFFD or 0xE000 <= code <= 0xF8FF:
        return "garbage"
    if 0x2500 <= code <= 0x259F:
        return "bad"  # box drawing and blocks: KOI8-R and DOS code pages read wrongly
    if 0x2000 <= code <= 0x21FF or 0x25A0 <= code <= 0x27BF or 0x1F000 <= code <= 0x1FAFF:
        return "punct"
    return "other"


def _rare_letter_penalty(sample: str, cyrillic: int) -> float:
    """KOI8-R and Windows-1251 misread as each other permute the alphabet: the most frequent
    Russian letters (о е а и н т с р в л, about 60% of letters) become rare."""
    if cyrillic < _MIN_CYRILLIC_FOR_FREQUENCY:
        return 0.0
    frequent = len(_FREQUENT_RUSSIAN.findall(sample))
    return 3.0 * cyrillic * max(0.0, _FREQUENT_SHARE - frequent / cyrillic)


def plausibility(text: str) -> float:
    """Score in about [-3, 1]: 1 for clean ASCII or coherent text, negative for mojibake.

    Looks at the first few thousand characters only.
    """
    sample = text[:_SAMPLE_CHARS]
    # Only the non-ASCII characters are classified: listed by the regex engine and counted
    # in C (counting every character costs twice as much on mostly-ASCII text).
    counts: Counter[str] = Counter()
    total = 0
    for ch, n in Counter(_NON_ASCII.findall(sample)).items():
        counts[_classify(ch)] += n
        total += n
    if not total:
        return 1.0
    letters = {k: counts[k] for k in (*_GROUPS, "cjk")}
    letters["cyrillic"] = counts["cyrillic"] + counts["cyrillic_rare"] // 2
    main = max(letters.values())
    others = sum(letters.values()) - main
    score = main + 0.1 * others + 0.8 * counts["punct"] + 0.2 * counts["other"]
    score -= 2.0 * counts["bad"] + 3.0 * counts["garbage"] + 0.5 * counts["cyrillic_rare"]
    if letters["cyrillic"]:
        score -= 2.0 * len(_CYRILLIC_CASE_BREAK.findall(sample))
        score -= 2.0 * len(_MIXED_SCRIPT.findall(sample))
        score -= _rare_letter_penalty(sample, letters["cyrillic"])
    result = score / total
    latin_accented = letters["south_slavic"] + letters["german"] + letters["turkish"]
    latin_accented += letters["western"] + letters["central"] + counts["bad"]
    if latin_accented > 3 and latin_accented > letters["cyrillic"]:
        # Latin-script languages write mostly ASCII letters; mostly-accented text is mojibake.
        ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_LETTERS))
        if latin_accented > 0.5 * ascii_letters:
            result -= 1.0
    return result
