"""The real-world messages mixed into the benchmark corpus.

``shared/corpus-src`` (beside the repository) holds about a thousand messages from the test
suites of public mail parsers. Most files are one message each; ``.mbox`` files hold several
and are split here. A few files are not messages at all (images, a WAV file, the README, the
DKIM fixtures' ``purpose.NN`` notes, whitespace-only files) and are left out.

The messages are returned byte for byte as found (CRLF, NUL bytes, broken MIME and all),
except that an mbox ``From `` separator line is dropped, as a Maildir file has none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "SHOPKEEPER_CORPUS_SRC"
_BINARY_SUFFIXES = frozenset({".png", ".wav", ".jpg", ".jpeg", ".gif", ".pdf", ".zip"})
_BOM = b"\xef\xbb\xbf"
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")
# "From sender" optionally followed by a date with a time: "From - Mon Jun  3 12:50:27 1996",
# "From 1844347792267117879@xxx"; not a body line such as "From Russia with love".
_ENVELOPE = re.compile(rb"From \S+([ \t]*|[ \t].*\d\d?:\d\d.*)\r?\n")
_CONTENT_LENGTH = re.compile(
    rb"^Content-Length:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE
)


def default_dir() -> Path:
    """``$SHOPKEEPER_CORPUS_SRC``, else ``shared/corpus-src`` beside the repository."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "corpus-src"


@dataclass(frozen=True)
class RealMessage:
    """Where one real message lies: a file and a byte range in it."""

    path: Path
    start: int
    end: int

    def read(self) -> bytes:
        with self.path.open("rb") as fh:
            fh.seek(self.start)
            return fh.read(self.end - self.start)


def _is_candidate(path: Path, root: Path) -> bool:
    if path.suffix.lower() in _BINARY_SUFFIXES:
        return False
    if path.parent == root and path.name.lower().startswith("readme"):
        return False
    # flanker's DKIM fixtures: purpose.NN are one-line notes, not messages.
    return not (path.parent.name == "dkim" and path.name.startswith("purpose."))


def _line_end(data: bytes, pos: int) -> int:
    nl = data.find(b"\n", pos)
    return len(data) if nl < 0 else nl + 1


def _is_separator(data: bytes, pos: int) -> bool:
    """An mbox envelope line (``From sender [date]``) at ``pos``, followed by a header line."""
    if not _ENVELOPE.match(data, pos):
        return False
    return bool(_HEADER_LINE.match(data, _line_end(data, pos)))


def split_mbox(data: bytes) -> list[tuple[int, int]]:
    """Byte ranges of the messages in an mbox, separator lines excluded.

    A separator is an envelope line (``From sender [date with a time]``) followed by a header
    line, so unmunged ``From Russia with love`` body lines stay in their message. Where a
    message has a ``Content-Length`` header that lands exactly on the next separator (or the
    end), it is trusted; that keeps ``From `` lines inside such bodies.
    """
    pos = len(_BOM) if data.startswith(_BOM) else 0
    ranges: list[tuple[int, int]] = []
    while pos < len(data):
        start = _line_end(data, pos)
        end = _content_length_end(data, start)
        if end is None:
            end = _next_separator(data, start)
        ranges.append((start, end))
        pos = end
    return ranges


def _content_length_end(data: bytes, start: int) -> int | None:
    blank = ((data.find(b"\n\n", start), 2), (data.find(b"\r\n\r\n", start), 4))
    found = [(i, n) for i, n in blank if i >= 0]
    if not found:
        return None
    head_stop, width = min(found)
    match = _CONTENT_LENGTH.search(data, start, head_stop + 1)
    if not match:
        return None
    stop = head_stop + width + int(match.group(1))
    if stop > len(data):
        return None
    sep = stop
    while sep < len(data) and data[sep : sep + 1] in (b"\r", b"\n"):
        sep += 1
    if sep >= len(data) or _is_separator(data, sep):
        return sep
    return None


def _next_separator(data: bytes, pos: int) -> int:
    while True:
        idx = data.find(b"\nFrom ", pos)
        if idx < 0:
            return len(data)
        if _is_separator(data, idx + 1):
            return idx + 1
        pos = idx + 1


def is_mbox(path: Path) -> bool:
    """Files holding several messages: ``*.mbox`` and ``*.mbox.txt``."""
    return path.name.endswith((".mbox", ".mbox.txt"))


def index(root: Path | None = None) -> list[RealMessage]:
    """All real messages under ``root`` in a stable order; empty if the folder is missing."""
    root = root or default_dir()
    if not root.is_dir():
        return []
    out: list[RealMessage] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if not _is_candidate(path, root):
            continue
        data = path.read_bytes()
        if not data.strip():
            continue
        if is_mbox(path):
            for start, end in split_mbox(data):
                if data[start:end].strip():
                    out.append(RealMessage(path, start, end))
        elif _ENVELOPE.match(data):
            # A single message saved with its mbox envelope line: drop that line.
            out.append(RealMessage(path, _line_end(data, 0), len(data)))
        else:
            out.append(RealMessage(path, 0, len(data)))
    return out


def iter_messages(root: Path | None = None) -> Iterator[bytes]:
    for msg in index(root):
        yield msg.read()
