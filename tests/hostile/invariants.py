"""What must hold for any parsed message, however hostile its source.

Shared by the corpus tests, the hypothesis fuzzing and the atheris harness, so all three
judge a parse the same way. ``message_problems`` returns readable descriptions (empty list:
all good) rather than asserting, so a fuzzer can report the input along with them.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

from console.mail.display import (
    clean_display_text,
    display_address,
    display_sender,
    poses_as_address,
)
from console.mail.filenames import MAX_FILENAME_BYTES, safe_filename
from console.mail.ingest import prepare
from console.mail.parse import parse_message
from console.mail.parsed import Address, ParsedMessage
from tests.hostile.html_audit import html_violations

LINE_BREAKING = frozenset("\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


class ParseHang(AssertionError):
    """``parse_message`` did not return in time."""


def parse_within(raw: bytes, seconds: float) -> ParsedMessage:
    """``parse_message`` on a daemon thread; ``ParseHang`` if it has not returned in time.

    Exceptions from the parser (it must never raise) are re-raised here. A hung thread
    cannot be stopped; it is left running as a daemon and the caller reports the hang.
    """
    result: list[ParsedMessage] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(parse_message(raw))
        except BaseException as error:  # handed to the caller: the parser must never raise
            errors.append(error)

    worker = threading.Thread(target=run, name="parse-guard", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise ParseHang(f"parse_message did not return within {seconds:.0f} s")
    if errors:
        raise AssertionError(f"parse_message raised {errors[0]!r}") from errors[0]
    return result[0]


def addresses(message: ParsedMessage) -> list[Address]:
    found = [message.from_, message.sender, *message.to, *message.cc, *message.reply_to]
    return [address for address in found if address is not None]


def has_invisible(text: str) -> bool:
    """Control, format (bidi, zero-width) or line/paragraph separator characters."""
    return any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in text)


def one_line_problems(label: str, text: str) -> list[str]:
    problems = []
    if any(ch in LINE_BREAKING for ch in text):
        problems.append(f"{label}: line break or NUL in {text[:80]!r}")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        problems.append(f"{label}: control character in {text[:80]!r}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        problems.append(f"{label}: lone surrogate in {text[:80]!r}")
    return problems


def header_problems(message: ParsedMessage) -> list[str]:
    """Header-derived text must be one line and storable."""
    problems = one_line_problems("subject", message.subject)
    for address in addresses(message):
        problems += one_line_problems("name", address.name)
        problems += one_line_problems("email", address.email)
    ids = [message.message_id, message.in_reply_to or "", *message.references]
    for number, ident in enumerate(ids):
        problems += one_line_problems(f"id {number}", ident)
        if any(ch.isspace() or ch in "<>" for ch in ident):
            problems.append(f"id {number}: space or bracket in {ident[:80]!r}")
    for attachment in message.attachments:
        problems += one_line_problems("filename", attachment.filename)
        problems += one_line_problems("content type", attachment.content_type)
        problems += one_line_problems("content id", attachment.content_id or "")
    return problems


def filename_problems(name: str) -> list[str]:
    """What is wrong with ``safe_filename(name)`` as a file name to save under."""
    safe = safe_filename(name)
    problems = []
    if not safe or safe in (".", "..") or safe.startswith("."):
        problems.append(f"empty or dot name {safe!r}")
    if "/" in safe or "\\" in safe or os.sep in safe:
        problems.append(f"path separator in {safe!r}")
    if has_invisible(safe):
        problems.append(f"invisible character in {safe!r}")
    if len(safe.encode("utf-8", errors="surrogatepass")) > MAX_FILENAME_BYTES:
        problems.append(f"too long: {len(safe.encode())} bytes")
    for flavour in (PurePosixPath, PureWindowsPath):
        if flavour(safe).name != safe or flavour(safe).is_absolute():
            problems.append(f"{flavour.__name__} reads {safe!r} as a path")
    return problems


def sender_problems(address: Address) -> list[str]:
    shown = display_sender(address)
    problems = []
    if has_invisible(shown) or any(ch in LINE_BREAKING for ch in shown):
        problems.append(f"invisible or line-breaking character in sender {shown!r}")
    # With no usable address (empty, or only blanks) the name is all there is to show.
    real = display_address(address.email)
    poses = real and poses_as_address(clean_display_text(address.name))
    if poses and shown != real:
        problems.append(f"name {address.name!r} poses as an address but shows {shown!r}")
    return problems


def message_problems(message: ParsedMessage) -> list[str]:
    """Everything wrong with one parse result; empty when it is safe to store and show."""
    problems: list[str] = []
    if not isinstance(message, ParsedMessage):
        return [f"not a ParsedMessage: {message!r}"]
    if message.parse_error is not None:
        problems.append(f"salvaged after an exception: {message.parse_error}")
    if not message.message_id:
        problems.append("no message id")
    problems += header_problems(message)
    for label, body in (("text", message.text), ("snippet", message.snippet)):
        try:
            body.encode("utf-8")
        except UnicodeEncodeError:
            problems.append(f"{label}: lone surrogate")
    if message.html is not None:
        problems += [f"html: {p}" for p in html_violations(message.html)]
    for attachment in message.attachments:
        problems += [
            f"filename {attachment.filename[:60]!r}: {p}"
            for p in filename_problems(attachment.filename)
        ]
    for address in addresses(message):
        problems += sender_problems(address)
    try:
        prepare(message)  # what ingest computes before storing
    except Exception as error:
        problems.append(f"ingest.prepare raised {error!r}")
    return problems
