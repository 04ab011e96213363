"""``parse_message``: one raw RFC 5322 message to a ``ParsedMessage``, never raising.

Called by the sync engine for every fetched message, in worker processes. The cost is kept
proportional to the size of the headers and the text parts: the MIME tree is found with byte
searches (``structure``), attachments are only measured, text parts are decoded up to 1 MiB,
HTML is sanitized once and converted to text only when there is no text/plain part.
"""

from __future__ import annotations

from email.message import Message
from typing import Final

from console.mail.body import (
    MAX_TEXT_BYTES,
    Selection,
    attachment_info,
    charset_of,
    decode_text_part,
    select,
)
from console.mail.charset import normalize_charset
from console.mail.headers import (
    decode_text,
    parse_address,
    parse_addresses,
    parse_date,
)
from console.mail.html import html_to_text, looks_like_html, sanitize_html
from console.mail.language import guess_language
from console.mail.msgids import first_msg_id, msg_ids, synthesize_message_id
from console.mail.parsed import ParsedMessage
from console.mail.snippet import make_snippet, new_text
from console.mail.structure import MimePart, parse_header_block, parse_structure

MAX_ATTACHMENTS: Final = 200
_SALVAGE_HEADER_BYTES: Final = 256 * 1024


def _header_hint(root: MimePart, selection: Selection) -> str | None:
    """The charset raw 8-bit headers most likely use: the body's declared charset."""
    for part in (*selection.plain, *selection.html, root):
        charset = normalize_charset(charset_of(part))
        if charset is not None and charset != "cp1252":
            return charset
    return None


def _all(headers: Message, name: str) -> list[str]:
    return [str(value) for value in headers.get_all(name, [])]


def _first(headers: Message, name: str) -> str | None:
    value = headers.get(name)
    return None if value is None else str(value)


def _body_texts(raw: bytes, selection: Selection, defects: list[str]) -> tuple[str, list[str]]:
    budget = MAX_TEXT_BYTES
    plain: list[str] = []
    html: list[str] = []
    for kind, parts in ((plain, selection.plain), (html, selection.html)):
        for part in parts:
            if budget <= 0:
                defects.append("text:body too large, truncated")
                break
            decoded, truncated = decode_text_part(raw, part, budget)
            budget -= len(decoded.text)
            if decoded.defect and decoded.defect not in defects:
                defects.append(decoded.defect)
            if truncated:
                defects.append("text:body too large, truncated")
            kind.append(decoded.text)
    return "\n".join(text for text in plain if text.strip()), html


def _parse(raw: bytes) -> ParsedMessage:
    tree = parse_structure(raw)
    defects = list(tree.defects)
    headers = tree.root.headers
    selection = select(tree.root, None)
    hint = _header_hint(tree.root, selection)
    text, html_sources = _body_texts(raw, selection, defects)
    if looks_like_html(text):
        defects.append("mime:html in text/plain part")
        text = html_to_text(text)
    html: str | None = None
    remote = False
    if html_sources:
        cleaned = [sanitize_html(source) for source in html_sources]
        html = "\n".join(markup for markup, _ in cleaned)
        remote = any(flag for _, flag in cleaned)
        if not text.strip():
            text = "\n\n".join(html_to_text(source) for source in html_sources)
    attachments = [attachment_info(raw, part, hint) for part in selection.attachments]
    if len(attachments) > MAX_ATTACHMENTS:
        defects.append("mime:too many attachments, list cut")
        attachments = attachments[:MAX_ATTACHMENTS]
    subject = decode_text(_first(headers, "subject"), hint)
    message_id = first_msg_id(_first(headers, "message-id")) or synthesize_message_id(raw)
    references = msg_ids(" ".join(_all(headers, "references")))
    fresh = new_text(text)
    return ParsedMessage(
        message_id=message_id,
        in_reply_to=first_msg_id(_first(headers, "in-reply-to")),
        references=references,
        from_=parse_address(_first(headers, "from"), hint),
        sender=parse_address(_first(headers, "sender"), hint),
        reply_to=parse_addresses(_all(headers, "reply-to"), hint),
        to=parse_addresses(_all(headers, "to"), hint),
        cc=parse_addresses(_all(headers, "cc"), hint),
        date=parse_date(_first(headers, "date")),
        subject=subject,
        text=text,
        html=html,
        snippet=make_snippet(text),
        attachments=attachments,
        has_remote_content=remote,
        language=guess_language(f"{subject}\n{fresh}"),
        defects=list(dict.fromkeys(defects)),
    )


def unparsed(raw: bytes, error: BaseException) -> ParsedMessage:
    """The result for a message that could not be parsed at all: stored raw and flagged."""
    return ParsedMessage(
        message_id=synthesize_message_id(raw),
        in_reply_to=None,
        references=[],
        from_=None,
        sender=None,
        reply_to=[],
        to=[],
        cc=[],
        date=None,
        subject="",
        text="",
        html=None,
        snippet="",
        attachments=[],
        has_remote_content=False,
        language=None,
        defects=[],
        parse_error=f"{type(error).__name__}: {error}"[:500],
    )


def _salvage(raw: bytes, error: BaseException) -> ParsedMessage:
    """Best-effort result after a failure: whatever the header block still gives."""
    message = unparsed(raw, error)
    try:
        headers, _ = parse_header_block(raw[:_SALVAGE_HEADER_BYTES])
        message.subject = decode_text(_first(headers, "subject"))
        message.from_ = parse_address(_first(headers, "from"))
        message.date = parse_date(_first(headers, "date"))
        message.message_id = first_msg_id(_first(headers, "message-id")) or message.message_id
    except Exception:  # salvage is best effort by definition
        pass
    return message


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse one raw message. Never raises; see ``ParsedMessage.parse_error``."""
    try:
        data = bytes(raw)
    except Exception as error:  # not bytes-like at all
        return _salvage(b"", error)
    try:
        return _parse(data)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as error:  # includes RecursionError, MemoryError, Rust panics
        return _salvage(data, error)
