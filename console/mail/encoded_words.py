"""Decoding header text: RFC 2047 encoded words, broken ones included, and raw 8-bit bytes.

The stdlib parser (policy compat32) hands header values over as ``str`` in which every
non-ASCII byte is a lone surrogate (``surrogateescape``). ``decode_header_text`` turns such a
value into readable text:

- encoded words are found anywhere, also inside quoted strings and glued to other text;
- adjacent encoded words in the same charset are joined at the byte level before decoding,
  so a multibyte character split across two words survives;
- base64 with missing padding or stray characters is repaired;
- wrong or unknown charset labels and raw 8-bit text go through ``charset.decode_bytes``,
  which detects the real charset (``hint``: the body's charset, a good guess for headers).
"""

from __future__ import annotations

import binascii
import re
from typing import Final

from console.mail.charset import decode_bytes

# The "?=" may be missing at the very end: truncated headers still decode.
_ENCODED_WORD: Final = re.compile(r"=\?([^?\s]{1,80})\?([bBqQ])\?([^?]*?)(?:\?=|\Z)")
_NOT_BASE64: Final = re.compile(rb"[^A-Za-z0-9+/]")
_MAX_INPUT: Final = 64 * 1024


def raw_bytes(value: str) -> bytes:
    """The original bytes of a value decoded with ``surrogateescape`` (other text as UTF-8)."""
    return value.encode("utf-8", errors="surrogateescape")


def decode_raw(value: str, hint: str | None = None) -> str:
    """Text for a header value that may hold raw 8-bit bytes as surrogate escapes."""
    if value.isascii():
        return value
    return decode_bytes(raw_bytes(value), None, hint=hint).text


def _b_decode(text: str) -> bytes:
    data = _NOT_BASE64.sub(b"", raw_bytes(text))
    if len(data) % 4 == 1:
        data = data[:-1]
    data += b"=" * (-len(data) % 4)
    try:
        return binascii.a2b_base64(data)
    except (binascii.Error, ValueError):
        return b""


def _q_decode(text: str) -> bytes:
    return binascii.a2b_qp(raw_bytes(text), header=True)


def decode_header_text(value: str, hint: str | None = None) -> str:
    """Decode an unfolded header value (or a piece of one, like a display name)."""
    if len(value) > _MAX_INPUT:
        value = value[:_MAX_INPUT]
    if "=?" not in value:
        return decode_raw(value, hint)
    pieces: list[str] = []
    pending_charset: str | None = None
    pending: list[bytes] = []

    def flush() -> None:
        nonlocal pending_charset
        if pending:
            pieces.append(decode_bytes(b"".join(pending), pending_charset, hint=hint).text)
            pending.clear()
        pending_charset = None

    position = 0
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        if between and not (between.isspace() and (pending or pieces)):
            flush()
            pieces.append(decode_raw(between, hint))
        charset = match.group(1).lower().split("*", 1)[0]
        encoding = match.group(2).lower()
        payload = _b_decode(match.group(3)) if encoding == "b" else _q_decode(match.group(3))
        if pending and charset != pending_charset:
            flush()
        pending_charset = charset
        pending.append(payload)
        position = match.end()
    flush()
    if position < len(value):
        pieces.append(decode_raw(value[position:], hint))
    return "".join(pieces)
