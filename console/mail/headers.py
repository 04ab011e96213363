"""Interpreting header fields: unstructured text, address lists and dates (RFC 5322).

Values come from the stdlib parser with policy compat32: still folded, still RFC 2047
encoded, raw 8-bit bytes as surrogate escapes. Structure is parsed first (addresses are split
on the encoded form, as RFC 2047 requires), then the pieces are decoded.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import getaddresses, parsedate_to_datetime
from typing import Final

from console.mail.encoded_words import decode_header_text, decode_raw
from console.mail.parsed import Address

_FOLD: Final = re.compile(r"\r?\n|\r")
_WHITESPACE: Final = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
_ADDR_SPEC: Final = r"[^<>\s\"(),;:\\@\[\]]+@[^<>\s\"(),;:\\@\[\]]+"
_SIMPLE_MAILBOX: Final = re.compile(
    rf'\s*(?:"([^"\\]*)"|([^"<>,;:@\\()\[\]]*?))\s*<({_ADDR_SPEC})>\s*|\s*({_ADDR_SPEC})\s*'
)
_NOT_IN_ADDRESS: Final = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
"""Whitespace and control characters (a NUL can truncate an address in other tools)."""
_MAX_ADDRESS_INPUT: Final = 32 * 1024
_MAX_ADDRESSES: Final = 500
_MAX_TEXT_INPUT: Final = 16 * 1024
_MIN_YEAR: Final = 1900
_MAX_YEAR: Final = 2200


def unfold(value: str) -> str:
    """Remove the line breaks of folding (RFC 5322 section 2.2.3)."""
    return _FOLD.sub("", value) if ("\n" in value or "\r" in value) else value


def collapse_whitespace(text: str) -> str:
    """Runs of whitespace and control characters become one space; ends are trimmed."""
    return _WHITESPACE.sub(" ", text).strip()


def decode_text(value: str | None, hint: str | None = None) -> str:
    """An unstructured header (Subject, Content-Description) as one line of text."""
    if not value:
        return ""
    return collapse_whitespace(decode_header_text(unfold(value[:_MAX_TEXT_INPUT]), hint))


def _address(name: str, email: str, hint: str | None) -> Address | None:
    display = collapse_whitespace(decode_header_text(name, hint)) if name else ""
    mailbox = decode_raw(email.strip(), hint).strip().strip("<>").lower() if email else ""
    if mailbox and ("@" not in mailbox or _NOT_IN_ADDRESS.search(mailbox)):
        display = display or collapse_whitespace(decode_header_text(email, hint))
        mailbox = ""
    if not display and not mailbox:
        return None
    return Address(display.strip("\"' "), mailbox)


def parse_addresses(values: list[str], hint: str | None = None) -> list[Address]:
    """All mailboxes of one or more address-list headers (To, Cc, Reply-To...)."""
    result: list[Address] = []
    for value in values:
        if not value:
            continue
        unfolded = unfold(value[:_MAX_ADDRESS_INPUT])
        simple = _SIMPLE_MAILBOX.fullmatch(unfolded)
        if simple is not None:
            # One plain mailbox (most headers): the same result as the stdlib parser, faster.
            name = simple.group(1) or simple.group(2) or ""
            address = _address(name, simple.group(3) or simple.group(4) or "", hint)
            if address is not None:
                result.append(address)
            continue
        try:
            pairs = getaddresses([unfolded])
        except Exception:  # the stdlib address parser has raised on hostile input before
            pairs = []
        if not any("@" in email for _, email in pairs):
            # Mailers sometimes send a bare display name: keep it so the UI shows something.
            bare = _address(unfolded, "", hint) if unfolded.strip() else None
            if bare is not None and bare.name not in ("", ":;", ";"):
                result.append(bare)
            continue
        for name, email in pairs:
            address = _address(name, email, hint)
            if address is not None:
                result.append(address)
            if len(result) >= _MAX_ADDRESSES:
                return result
    return result


def parse_address(value: str | None, hint: str | None = None) -> Address | None:
    """The first mailbox of a single-address header (From, Sender)."""
    if not value:
        return None
    found = parse_addresses([value], hint)
    return found[0] if found else None


def parse_date(value: str | None) -> datetime | None:
    """A Date header as an aware UTC datetime; None when missing or unparseable.

    A date without a usable zone ("-0000" or none) is taken as UTC.
    """
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(collapse_whitespace(unfold(value[:256])))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or not _MIN_YEAR <= parsed.year <= _MAX_YEAR:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
