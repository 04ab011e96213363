"""The To and Cc fields as text: ``Ana Kovač <ana@kupac.hr>, info@firma.de``."""

from __future__ import annotations

from email.utils import getaddresses

from console.outbox.compose import Recipient
from console.outbox.header_safety import AddressError, split_address


class BadAddress(ValueError):
    """``address`` (as typed) is not an email address."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.address = address


def format_recipients(recipients: tuple[Recipient, ...]) -> str:
    return ", ".join(r.display() for r in recipients)


def _pieces(text: str) -> list[str]:
    """The comma- or semicolon-separated entries, commas inside quotes kept."""
    pieces: list[str] = []
    current: list[str] = []
    quoted = angled = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif char == "<" and not quoted:
            angled = True
        elif char == ">" and not quoted:
            angled = False
        if char in ",;" and not quoted and not angled:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return [p.strip() for p in pieces if p.strip()]


def parse_recipients(text: str) -> tuple[Recipient, ...]:
    """The recipients typed in a field; raise :class:`BadAddress` for the first bad one."""
    result: list[Recipient] = []
    seen: set[str] = set()
    for piece in _pieces(text):
        parsed = getaddresses([piece])
        name, email = parsed[0] if len(parsed) == 1 else ("", "")
        try:
            split_address(email)
        except AddressError:
            raise BadAddress(piece) from None
        if email.lower() not in seen:
            seen.add(email.lower())
            result.append(Recipient(email=email, name=name))
    return tuple(result)


def lenient_recipients(text: str) -> tuple[Recipient, ...]:
    """What a draft keeps while the owner is still typing: every entry that parses."""
    result: list[Recipient] = []
    for piece in _pieces(text):
        try:
            result.extend(parse_recipients(piece))
        except BadAddress:
            result.append(Recipient(email=piece))
    return tuple(result)
