"""Normalizing subjects for the threading fallback.

Mail clients prefix replies and forwards in the user's language: ``Re:``, ``AW:``
(German), ``Odg:`` (Croatian), ``Ynt:`` (Turkish), ``Отв:`` (Russian), ``SV:``
(Nordic), ``FW:``/``Fwd:``/``WG:``, often stacked (``Re: AW: Re[2]:``) and sometimes in
brackets (``[SHOP-12] Re:``).  Two messages whose subjects differ only in these
prefixes, case and spacing have the same *subject key*.
"""

from __future__ import annotations

import re

_PREFIXES = (
    "re",
    "aw",
    "wg",
    "fw",
    "fwd",
    "sv",
    "vs",
    "odg",
    "odgovor",
    "proslijeđeno",
    "prosl",
    "fwd",
    "tr",
    "rv",
    "ynt",
    "ilt",
    "ilet",
    "отв",
    "ответ",
    "пересл",
    "fw",
    "antw",
    "posl",
    "odp",
    "vl",
    "vb",
    "r",
    "res",
    "enc",
)
_PREFIX_RE = re.compile(
    r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:"
    + "|".join(sorted(set(_PREFIXES), key=len, reverse=True))
    + r")\s*(?:\[\d+\]|\(\d+\)|\^\d+)?\s*[:：]\s*",
    re.IGNORECASE,
)
_SPACE_RE = re.compile(r"\s+")


def strip_prefixes(subject: str) -> tuple[str, bool]:
    """Return the subject without reply/forward prefixes, and whether there were any."""
    stripped = False
    text = subject
    for _ in range(20):
        match = _PREFIX_RE.match(text)
        if not match:
            break
        text = text[match.end() :]
        stripped = True
    return text.strip(), stripped


def subject_key(subject: str) -> str:
    """The normalized subject used to group messages without usable references."""
    base, _ = strip_prefixes(subject)
    return _SPACE_RE.sub(" ", base).casefold()


def reply_subject(subject: str) -> str:
    """``Re: <subject>`` with exactly one ``Re:``, whatever prefixes were there."""
    base, _ = strip_prefixes(subject)
    return f"Re: {base}" if base else "Re:"
