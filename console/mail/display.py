"""Showing senders without letting them deceive: invisible characters, spoofed addresses.

A display name is free text chosen by the sender. ``display_sender`` is what the UI shows
for a mailbox:

- bidi controls (U+202E "right-to-left override" reverses ``moc.lapyap`` into "paypal.com"),
  zero-width characters, other format and control characters and invisible fillers are
  removed; whitespace (line separators included) becomes single spaces;
- a display name that holds an at sign (also the full-width and small look-alikes) poses
  as an address, as in ``"service@bank.com" <evil@attacker.ru>``: only the real address is
  shown;
- an address whose domain mixes scripts (a Cyrillic "а" in ``pаypal.com``, or a Cyrillic
  label under ``.com``) shows that domain in its ASCII (punycode) form, as browsers do;
  Han with Hiragana, Katakana or Hangul counts as one script, which may mix with Latin.

Pure functions; safe to call from any thread.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from console.mail.parsed import Address

MAX_DISPLAY: Final = 200
"""Longer names are cut and end with an ellipsis."""

_DROPPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs"})
_INVISIBLE: Final = frozenset("\u034f\u115f\u1160\u2800\u3164\uffa0")
_AT_SIGNS: Final = ("@", "\uff20", "\ufe6b")
# Scripts that are written together: Japanese mixes Han, Hiragana and Katakana; Korean mixes
# Han and Hangul; Chinese may add Bopomofo (as in browsers' IDN display rules).
_CJK: Final = frozenset({"CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO"})


def clean_display_text(text: str) -> str:
    """``text`` on one line, without control, format (bidi, zero-width) or invisible chars."""
    out: list[str] = []
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in ("Zl", "Zp"):
            out.append(" ")
        elif ch not in _INVISIBLE and unicodedata.category(ch) not in _DROPPED_CATEGORIES:
            out.append(ch)
    cleaned = " ".join("".join(out).split())
    if len(cleaned) > MAX_DISPLAY:
        cleaned = cleaned[: MAX_DISPLAY - 1].rstrip() + "…"
    return cleaned


def _script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0] if name else "UNKNOWN"
    return "CJK" if script in _CJK else script


def _ascii_label(label: str) -> str:
    if label.isascii():
        return label
    try:
        return "xn--" + label.encode("punycode").decode("ascii")
    except UnicodeError:
        return label.encode("ascii", errors="replace").decode("ascii")


def display_domain(domain: str) -> str:
    """``domain`` as Unicode when it uses one script, else in its punycode (ASCII) form."""
    if domain.isascii():
        return domain
    scripts = {script for ch in domain if (script := _script(ch)) is not None}
    if "CJK" in scripts:
        scripts.discard("LATIN")  # "例え.jp": CJK names under Latin top-level domains
    if len(scripts) <= 1:
        return domain
    return ".".join(_ascii_label(label) for label in domain.split("."))


def display_address(email: str) -> str:
    """An address cleaned for display, its domain made unambiguous (``display_domain``)."""
    cleaned = clean_display_text(email).replace(" ", "")
    local, at, domain = cleaned.rpartition("@")
    if not at:
        return cleaned
    return f"{local}@{display_domain(domain)}"


def poses_as_address(name: str) -> bool:
    """Whether a display name contains an at sign, so it may pretend to be an address."""
    return any(sign in name for sign in _AT_SIGNS)


def display_sender(address: Address | None) -> str:
    """The text to show for a mailbox; "" for None. See the module docstring."""
    if address is None:
        return ""
    name = clean_display_text(address.name)
    email = display_address(address.email)
    if not email:
        return name
    if not name or poses_as_address(name):
        return email
    return name
