"""Attachment file names that are safe to show and to save.

A file name in mail is chosen by the sender. ``safe_filename`` turns it into one plain name
that can be shown without deceiving and joined to a folder without leaving it: the last path
component only (``../../etc/passwd`` becomes ``passwd``, ``C:\\Windows\\x.exe`` becomes
``x.exe``), no control, format or bidi characters (``invoice\\u202efdp.exe``, shown as
"invoiceexe.pdf", becomes ``invoicefdp.exe``), no characters Windows forbids, no leading
dots (no hidden files, never ``.`` or ``..``), no Windows device names, and at most
``MAX_FILENAME_BYTES`` bytes of UTF-8 with the extension kept.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

DEFAULT_FILENAME: Final = "attachment"
MAX_FILENAME_BYTES: Final = 200
"""Below the 255-byte limit of common file systems, leaving room for " (2)" suffixes."""

_DROPPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_INVISIBLE: Final = frozenset("\u034f\u115f\u1160\u2800\u3164\uffa0")
_SLASH_LOOKALIKES: Final = frozenset("\u2044\u2215\u29f8\u29f9\uff0f\uff3c\u2216\ufe68")
_SEPARATORS: Final = re.compile(r"[/\\]")
_WINDOWS_FORBIDDEN: Final = re.compile(r'[<>:"|?*]')
_WINDOWS_DEVICES: Final = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in "0123456789\u00b9\u00b2\u00b3"}
)
_MAX_EXTENSION: Final = 16


def _visible(name: str) -> str:
    out: list[str] = []
    for ch in name:
        if ch in _SLASH_LOOKALIKES:
            out.append("_")
        elif ch.isspace():
            out.append(" ")
        elif ch not in _INVISIBLE and unicodedata.category(ch) not in _DROPPED_CATEGORIES:
            out.append(ch)
    return "".join(out)


def _fit(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_FILENAME_BYTES:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > _MAX_EXTENSION:
        stem, extension = name, ""
    suffix = f".{extension}" if extension else ""
    room = MAX_FILENAME_BYTES - len(suffix.encode("utf-8"))
    cut = stem.encode("utf-8")[:room].decode("utf-8", errors="ignore").rstrip(" .")
    return cut + suffix


def safe_filename(name: str, default: str = DEFAULT_FILENAME) -> str:
    """A single, visible, portable file name for ``name``; ``default`` when nothing is left."""
    text = _visible(unicodedata.normalize("NFC", name))
    components = [c for c in _SEPARATORS.split(text) if c.strip(" .")]
    text = components[-1] if components else ""
    text = _WINDOWS_FORBIDDEN.sub("_", text)
    text = " ".join(text.split()).strip(" .")
    if text.split(".", 1)[0].rstrip(" ").lower() in _WINDOWS_DEVICES:
        text = "_" + text
    text = _fit(text)
    return text or default
