"""Getting an attachment out of a stored message: its bytes and a name safe to save under.

The bytes come from the original message (``message_sources``), decoded from its
transfer encoding by :func:`console.mail.structure.extract_part`.  The file name is the
sender's choice, so it goes through :func:`console.mail.filenames.safe_filename`: one
plain name without path separators or control characters.

Threading: these read the database and write files; run them off the UI thread.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from console.errors import UserError
from console.mail.filenames import safe_filename
from console.mail.structure import extract_part
from console.storage.database import Database
from console.storage.models import Message, MessageSource

OPEN_DIR_NAME = "shopkeeper-attachments"
RISKY_EXTENSIONS: Final = frozenset(
    {
        "exe",
        "com",
        "scr",
        "pif",
        "bat",
        "cmd",
        "msi",
        "msp",
        "msc",
        "cpl",
        "hta",
        "jar",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "ps1",
        "psm1",
        "reg",
        "lnk",
        "url",
        "scf",
        "inf",
        "iso",
        "img",
        "vhd",
        "vhdx",
        "dll",
        "sys",
        "sh",
        "bash",
        "command",
        "app",
        "deb",
        "rpm",
        "run",
        "appimage",
        "desktop",
        "apk",
        "xlsm",
        "docm",
        "pptm",
        "svg",
        "html",
        "htm",
        "xhtml",
        "mht",
        "chm",
    }
)
"""Files that can run code (or script a browser) when opened: saved, never opened for the
owner with one click."""


class AttachmentMissing(UserError):
    """The attachment cannot be read (the message or its original is gone)."""


@dataclass(frozen=True, slots=True)
class AttachmentContent:
    filename: str
    """Safe to show and to join to a folder."""
    content_type: str
    data: bytes


def is_risky(filename: str) -> bool:
    """Whether opening ``filename`` could run a program (judged by its extension)."""
    _stem, dot, extension = filename.strip().rstrip(" .").rpartition(".")
    return bool(dot) and extension.lower() in RISKY_EXTENSIONS


def attachment_content(db: Database, message_id: int, part: str) -> AttachmentContent:
    """The decoded attachment ``part`` of message ``message_id``."""
    with db.reader() as session:
        message = session.get(Message, message_id)
        source = session.get(MessageSource, message_id)
        if message is None or source is None:
            raise AttachmentMissing("The original of this message is no longer stored.")
        described = _described(message.attachments_json, part)
        raw = bytes(source.raw)
    data = extract_part(raw, part) if part else None
    if data is None:
        raise AttachmentMissing("This attachment could not be found in the message.")
    name = safe_filename(str(described.get("filename") or ""))
    content_type = str(described.get("content_type") or "application/octet-stream")
    return AttachmentContent(name, content_type, data)


def _described(attachments_json: str, part: str) -> dict[str, object]:
    try:
        entries = json.loads(attachments_json or "[]")
    except ValueError:
        entries = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and str(entry.get("part") or "") == part:
            return entry
    return {}


def save_attachment(db: Database, message_id: int, part: str, target: Path) -> Path:
    """Write the attachment to ``target`` (the file the user chose); return it."""
    content = attachment_content(db, message_id, part)
    _write(target, content.data)
    return target


def attachment_for_opening(
    db: Database, message_id: int, part: str, directory: Path | None = None
) -> Path:
    """Write the attachment into a private temporary folder, for the system's viewer.

    Each attachment gets its own subfolder, so the safe name is kept as it is (viewers
    show it) and two attachments with the same name never overwrite each other.
    """
    content = attachment_content(db, message_id, part)
    base = directory or Path(tempfile.gettempdir()) / OPEN_DIR_NAME
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f"m{message_id}-", dir=base))
    target = folder / content.filename
    _write(target, content.data)
    return target


def _write(target: Path, data: bytes) -> None:
    partial = target.with_name(f".{target.name}.partial")
    try:
        with open(partial, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(f"The file {target} could not be written: {exc.strerror or exc}.") from exc
