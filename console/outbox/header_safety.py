"""Making customer-supplied text safe to put in a header.

Names and subjects come from customers (their From header, their own subject line) and
from templates filled with customer data.  Whatever they contain — CR, LF, other control
characters, Unicode line separators, bidi overrides — can never end a header line or
start a new header: every such character becomes a space, whitespace runs collapse, and
the length is capped.  Addresses are checked rather than repaired: an address that is
not plainly ``local@domain`` is refused.

RFC 2047 encoded words typed literally ("=?utf-8?q?=0D=0ABcc:…?=") are decoded here and
the result cleaned: Python's header parser would otherwise decode them while building
the header and emit the CR/LF they hide (seen with Python 3.11.7).  The composer also
re-reads every header it generated (:func:`check_header_block`) as a second guard.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Final

from console.mail.encoded_words import decode_header_text

MAX_NAME_LENGTH: Final = 200
MAX_SUBJECT_LENGTH: Final = 500
MAX_REFERENCES: Final = 20
"""RFC 5322 §3.6.4 lets References be trimmed; we keep the root and the newest ancestors."""
MAX_ID_LENGTH: Final = 250

# C0 and C1 controls, DEL, Unicode line/paragraph separators, zero-width and bidi
# controls (which can disguise a name), and the BOM.
_UNSAFE: Final = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_SPACES: Final = re.compile(r"\s+")
_ATOM_FORBIDDEN: Final = set(' \t"(),:;<>@[\\]')
_ID_FORBIDDEN: Final = set(' \t<>"\\')


class AddressError(ValueError):
    """An email address that cannot be used; ``str()`` names it."""


class HeaderInjection(ValueError):
    """A generated header block differs from the headers that were set."""


def _one_line(value: str) -> str:
    return _SPACES.sub(" ", _UNSAFE.sub(" ", value)).strip()


def clean_text(value: str, max_length: int) -> str:
    """One line of text: control characters become spaces, whitespace collapses, and
    literal encoded words are decoded (then cleaned) so nothing decodes them later."""
    text = _one_line(value)
    for _ in range(5):
        if "=?" not in text:
            break
        decoded = _one_line(decode_header_text(text))
        if decoded == text:
            break
        text = decoded
    text = text.replace("=?", "= ?")
    if len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "…"
    return text


def clean_name(value: str) -> str:
    """A display name safe for From/To/Cc."""
    return clean_text(value, MAX_NAME_LENGTH)


def clean_subject(value: str) -> str:
    return clean_text(value, MAX_SUBJECT_LENGTH)


def split_address(address: str) -> tuple[str, str]:
    """``(local part, ASCII domain)`` of a plain address, or raise :class:`AddressError`.

    International domains are converted to their ASCII (IDNA) form.  A non-ASCII local
    part would need SMTPUTF8, which many servers lack, so it is refused.
    """
    candidate = address.strip()
    local, at, domain = candidate.rpartition("@")
    if (
        not at
        or not local
        or not domain
        or _UNSAFE.search(candidate)
        or any(c in _ATOM_FORBIDDEN for c in local)
        or any(c in _ATOM_FORBIDDEN for c in domain)
        or local.startswith(".")
        or local.endswith(".")
        or ".." in local
        or len(candidate) > 254
    ):
        raise AddressError(f"'{clean_name(address)}' is not an email address")
    if not local.isascii():
        raise AddressError(
            f"'{clean_name(address)}' has non-Latin letters before the @, "
            "which most mail servers cannot deliver"
        )
    try:
        ascii_domain = domain.encode("idna").decode("ascii") if not domain.isascii() else domain
    except UnicodeError as exc:
        raise AddressError(f"'{clean_name(address)}' has an invalid domain") from exc
    if ascii_domain.startswith(".") or ascii_domain.endswith(".") or ".." in ascii_domain:
        raise AddressError(f"'{clean_name(address)}' has an invalid domain")
    return local, ascii_domain.lower()


def normalize_address(address: str) -> str:
    local, domain = split_address(address)
    return f"{local}@{domain}"


def new_message_id(sender: str, now: datetime) -> str:
    """A fresh Message-ID (without brackets) on the sender's domain."""
    _local, domain = split_address(sender)
    return f"{int(now.timestamp() * 1000):x}.{secrets.token_hex(10)}@{domain}"


def usable_id(value: str | None) -> str | None:
    """``value`` if it can go into In-Reply-To/References as ``<value>``, else None."""
    if not value or len(value) > MAX_ID_LENGTH or not value.isascii() or not value.isprintable():
        return None
    if any(c in _ID_FORBIDDEN for c in value):
        return None
    return value


def references_for(parent_references: Sequence[str], parent_id: str | None) -> list[str]:
    """The References of a reply: the parent's References plus the parent, trimmed.

    Unusable ids are dropped, duplicates removed; more than :data:`MAX_REFERENCES` keep
    the thread root and the newest ancestors.
    """
    ids: list[str] = []
    seen: set[str] = set()
    for value in (*parent_references, parent_id):
        usable = usable_id(value)
        if usable is not None and usable not in seen:
            seen.add(usable)
            ids.append(usable)
    if len(ids) > MAX_REFERENCES:
        ids = ids[:1] + ids[-(MAX_REFERENCES - 1) :]
    return ids


def bracketed(ids: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in ids)


def check_header_block(raw: bytes, expected: Sequence[str]) -> None:
    """Raise :class:`HeaderInjection` unless ``raw``'s headers are exactly ``expected``
    (names, each once, in any order) and no header holds a control character."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    parsed = BytesHeaderParser(policy=compat32).parsebytes(head + b"\r\n\r\n")
    names = sorted(name.lower() for name in parsed)
    if names != sorted(name.lower() for name in expected) or parsed.defects:
        raise HeaderInjection(f"unexpected headers in a composed message: {names}")
    for line in head.split(b"\r\n"):
        if any((b < 32 and b != 9) or b == 127 for b in line) or not line.isascii():
            raise HeaderInjection("a control character in a composed header")
