"""Which parts of a MIME tree are the readable body and which are attachments.

- ``multipart/alternative``: the last alternative holding text/plain gives the text, the
  last holding text/html gives the HTML (RFC 2046 puts the preferred form last); attachments
  of every alternative are kept (inline images of a ``multipart/related`` HTML branch, an
  invitation's text/calendar).
- Any other multipart (mixed, related, signed, report, unknown): parts in order; several
  inline text parts (Apple Mail splits a body around inline images) are concatenated.
- A text/plain or text/html leaf is body text unless it is marked as an attachment or has a
  file name without being marked inline; every other leaf is an attachment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.message import Message
from typing import Final

from console.mail.charset import Decoded, decode_bytes
from console.mail.encoded_words import decode_header_text, raw_bytes
from console.mail.headers import collapse_whitespace
from console.mail.parsed import AttachmentInfo
from console.mail.structure import MimePart
from console.mail.transfer import decode_transfer, decoded_size, encoded_limit

MAX_TEXT_BYTES: Final = 1024 * 1024
_BODY_TYPES: Final = frozenset({"text/plain", "text/html"})
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(slots=True)
class Selection:
    plain: list[MimePart] = field(default_factory=list)
    html: list[MimePart] = field(default_factory=list)
    attachments: list[MimePart] = field(default_factory=list)


def disposition(headers: Message) -> str:
    value = headers.get("content-disposition")
    if not value:
        return ""
    return value.split(";", 1)[0].strip().lower()


def _param(headers: Message, name: str, header: str, hint: str | None) -> str:
    try:
        value = headers.get_param(name, header=header)
    except Exception:  # the stdlib parameter parser on hostile input
        return ""
    if value is None:
        return ""
    if isinstance(value, tuple):  # RFC 2231: (charset, language, %-decoded text)
        charset, _language, text = value
        data = str(text).encode("latin-1", errors="surrogateescape")
        try:
            return collapse_whitespace(decode_bytes(data, charset or None, hint=hint).text)
        except UnicodeError:
            return collapse_whitespace(decode_header_text(str(text), hint))
    if not isinstance(value, str):
        return ""
    return collapse_whitespace(decode_header_text(value, hint))


def filename(headers: Message, hint: str | None) -> str:
    """Decoded file name from Content-Disposition, else from Content-Type's name."""
    return _param(headers, "filename", "content-disposition", hint) or _param(
        headers, "name", "content-type", hint
    )


def _is_body_text(part: MimePart, hint: str | None) -> bool:
    if part.content_type not in _BODY_TYPES:
        return False
    kind = disposition(part.headers)
    if kind == "attachment":
        return False
    if kind == "inline":
        return True
    described = (
        f"{part.headers.get('content-type', '')}{part.headers.get('content-disposition', '')}"
    )
    return "name" not in described.lower() or not filename(part.headers, hint)


def _collect(part: MimePart, out: Selection, hint: str | None) -> None:
    if not part.children:
        if _is_body_text(part, hint):
            (out.plain if part.content_type == "text/plain" else out.html).append(part)
        else:
            out.attachments.append(part)
        return
    if part.content_type != "multipart/alternative":
        for child in part.children:
            _collect(child, out, hint)
        return
    branches: list[Selection] = []
    for child in part.children:
        branch = Selection()
        _collect(child, branch, hint)
        branches.append(branch)
        out.attachments.extend(branch.attachments)
    for branch in reversed(branches):
        if branch.plain:
            out.plain.extend(branch.plain)
            break
    for branch in reversed(branches):
        if branch.html:
            out.html.extend(branch.html)
            break


def select(root: MimePart, hint: str | None) -> Selection:
    """Body text parts and attachment parts of a tree, in document order."""
    out = Selection()
    _collect(root, out, hint)
    return out


def charset_of(part: MimePart) -> str | None:
    value = part.type_param("charset")
    return value if value is not None and value.isascii() else None


def decode_text_part(raw: bytes, part: MimePart, budget: int) -> tuple[Decoded, bool]:
    """Text of one body part, at most ``budget`` bytes of it; also whether it was cut."""
    cte = part.transfer_encoding
    end = min(part.end, part.start + encoded_limit(cte, budget))
    data = decode_transfer(raw[part.start : end], cte)
    truncated = end < part.end or len(data) > budget
    if len(data) > budget:
        data = data[:budget]
        cut = len(data)
        while cut > 0 and len(data) - cut < 3 and data[cut - 1] & 0xC0 == 0x80:
            cut -= 1  # do not split a UTF-8 sequence
        if cut > 0 and data[cut - 1] >= 0xC0:
            cut -= 1
        data = data[:cut]
    decoded = decode_bytes(data, charset_of(part))
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    if (part.type_param("format") or "").strip().lower() == "flowed":
        text = unflow(text, delsp=(part.type_param("delsp") or "").strip().lower() == "yes")
    return Decoded(text, decoded.charset, decoded.defect), truncated


def unflow(text: str, delsp: bool) -> str:
    """Join the soft line breaks of format=flowed text (RFC 3676)."""
    out: list[str] = []
    current = ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space stuffing
        if line.endswith(" ") and line != "-- ":
            current += line[:-1] if delsp else line
            continue
        out.append(current + line)
        current = ""
    if current:
        out.append(current)
    return "\n".join(out)


def attachment_info(raw: bytes, part: MimePart, hint: str | None) -> AttachmentInfo:
    headers = part.headers
    kind = disposition(headers)
    content_id_value = headers.get("content-id")
    content_id = None
    if content_id_value:
        cleaned = content_id_value.strip().strip("<>").strip()
        content_id = cleaned if cleaned.isprintable() and cleaned else None
    name = filename(headers, hint)
    content_type = part.content_type
    if not content_type.isprintable() or not content_type.isascii():
        content_type = raw_bytes(content_type).decode("ascii", errors="replace")
    inline = kind == "inline" or (kind == "" and content_id is not None)
    size = decoded_size(raw, part.start, part.end, part.transfer_encoding)
    return AttachmentInfo(name, content_type, size, content_id, inline, part.path)
