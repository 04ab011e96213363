"""The thread as one HTML document for the reading pane.

Messages and the owner's notes, calls and status changes are shown in time order.
Plain-text bodies are escaped and their links made clickable; the quoted earlier mail at
the end of a reply is folded behind a "Show quoted text" link.  HTML bodies were
sanitized when the mail was stored; they are still treated as hostile: stylesheets are
dropped (they would restyle the whole thread) and nothing they reference is loaded
(see :class:`ui.conversation.browser.SafeBrowser`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from console.conversations.detail import ConversationDetail, ThreadMessage
from console.conversations.quoted import split_reply
from console.customers.phones import display_phone
from console.customers.timeline import TimelineEntry, TimelineKind
from console.mail.parsed import Address
from console.mail.remote_images import with_remote_images
from ui import format as fmt
from ui.i18n import fill

QUOTE_SCHEME = "sk-quote"
ICON_SCHEME = "sk-icon"
ATTACHMENT_SCHEME = "sk-attachment"
"""``sk-attachment:<message id>/<MIME part>``: open or save an attachment."""
IMAGES_SCHEME = "sk-images"
"""``sk-images:<message id>``: load this message's remote images."""
SENDER_IMAGES_SCHEME = "sk-images-sender"
"""``sk-images-sender:<message id>``: always load images from this message's sender."""

_URL = re.compile(r"""(?i)\b((?:https?://|mailto:|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]])""")
_STYLE_BLOCK = re.compile(r"(?is)<style\b.*?</style\s*>")
_DOCUMENT_TAGS = re.compile(r"(?is)</?(?:html|head|body|meta|title|link)\b[^>]*>")


@dataclass(frozen=True, slots=True)
class ThreadColors:
    text: str
    muted: str
    border: str
    card: str
    outgoing: str
    note: str
    link: str
    warning: str

    @staticmethod
    def from_palette(palette: QPalette) -> ThreadColors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        dark = base.lightness() < 128
        return ThreadColors(
            text=text.name(),
            muted=_mix(base, text, 0.6).name(),
            border=_mix(base, text, 0.14).name(),
            card=_mix(base, text, 0.025).name(),
            outgoing=_mix(base, accent, 0.09 if dark else 0.06).name(),
            note=_mix(base, QColor("#f2c200"), 0.22 if dark else 0.16).name(),
            link=palette.color(QPalette.ColorRole.Link).name(),
            warning="#f0a040" if dark else "#a65100",
        )


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def linkify(text: str) -> str:
    """Escape ``text`` for HTML and turn URLs into links (the visible text is the URL)."""
    out: list[str] = []
    last = 0
    for match in _URL.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        url = match.group(1)
        target = url if not url.lower().startswith("www.") else f"https://{url}"
        out.append(f'<a href="{html.escape(target, quote=True)}">{html.escape(url)}</a>')
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _plain(text: str) -> str:
    return f'<div style="white-space: pre-wrap;">{linkify(text.strip(chr(10)))}</div>'


def safe_fragment(markup: str) -> str:
    """A stored (sanitized) HTML body, made safe to embed in the thread document."""
    markup = _STYLE_BLOCK.sub("", markup)
    return _DOCUMENT_TAGS.sub("", markup)


def _people(addresses: Iterable[Address]) -> str:
    return ", ".join(html.escape(a.name or a.email) for a in addresses)


def _icon(name: str, size: int = 14) -> str:
    return f'<img src="{ICON_SCHEME}:{name}" width="{size}" height="{size}">'


def _message(
    message: ThreadMessage,
    colors: ThreadColors,
    expanded: set[int],
    now: datetime,
    owner: str,
    images: bool,
) -> str:
    translate = QCoreApplication.translate
    sender = message.from_name or message.from_email or translate("Thread", "Unknown sender")
    who = html.escape(sender)
    if message.is_outgoing and owner:
        who = fill(translate("Thread", "%1 (you)"), who)
    address = ""
    if message.from_email and message.from_email != sender:
        address = (
            f' <span style="color:{colors.muted}">&lt;{html.escape(message.from_email)}&gt;</span>'
        )
    recipients = _people((*message.to, *message.cc))
    to_line = ""
    if recipients:
        to_text = fill(translate("Thread", "to %1"), recipients)
        to_line = f'<br><span style="color:{colors.muted}">{to_text}</span>'
    when = ""
    if message.date is not None:
        when = html.escape(f"{fmt.date_time(message.date)} · {fmt.age(message.date, now)}")
    split = split_reply(message.text) if message.text else None
    if message.html and (split is None or not split.quoted):
        markup = with_remote_images(message.html) if images else message.html
        body = safe_fragment(markup)
    elif split is not None:
        body = _plain(split.new)
        link = f"{QUOTE_SCHEME}:{message.id}"
        if split.quoted and message.id in expanded:
            hide = html.escape(translate("Thread", "Hide quoted text"))
            body += (
                f'<p><a href="{link}">{hide}</a></p>'
                f'<table cellspacing="0" cellpadding="0"><tr>'
                f'<td width="3" bgcolor="{colors.border}"></td>'
                f'<td style="padding-left: 10px; color:{colors.muted}">{_plain(split.quoted)}</td>'
                f"</tr></table>"
            )
        elif split.quoted:
            show = html.escape(translate("Thread", "Show quoted text"))
            body += f'<p><a href="{link}" style="text-decoration:none">··· {show}</a></p>'
    else:
        empty = html.escape(translate("Thread", "This message has no text."))
        body = f'<p style="color:{colors.muted}"><i>{empty}</i></p>'
    notices = ""
    if message.has_remote_content and not images:
        blocked = translate(
            "Thread",
            "Remote images were not loaded, so the sender cannot see that you read this message.",
        )
        load = html.escape(translate("Thread", "Load images"))
        always = html.escape(translate("Thread", "Always load images from this sender"))
        sender_link = ""
        if message.from_email:
            sender_link = (
                f' &nbsp;·&nbsp; <a href="{SENDER_IMAGES_SCHEME}:{message.id}">{always}</a>'
            )
        notices += (
            f'<p style="color:{colors.muted}">{_icon("shield", 13)} {html.escape(blocked)}<br>'
            f'<a href="{IMAGES_SCHEME}:{message.id}">{load}</a>{sender_link}</p>'
        )
    if message.parse_error:
        damaged = translate(
            "Thread",
            "This message could not be read completely; the original is kept unchanged.",
        )
        notices += (
            f'<p style="color:{colors.warning}">{_icon("warning", 13)} {html.escape(damaged)}</p>'
        )
    attachments = ""
    if message.attachments:
        unnamed = translate("Thread", "(unnamed file)")
        items = " &nbsp; ".join(
            f"{_icon('paperclip', 13)} "
            + (
                f'<a href="{ATTACHMENT_SCHEME}:{message.id}/{html.escape(a.part, quote=True)}">'
                f"{html.escape(a.filename or unnamed)}</a> "
                if a.part
                else f"{html.escape(a.filename or unnamed)} "
            )
            + f'<span style="color:{colors.muted}">{html.escape(fmt.file_size(a.size))}</span>'
            for a in message.attachments
        )
        attachments = (
            f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 6px"><tr>'
            f'<td style="border-top: 1px solid {colors.border}; padding-top: 8px">{items}</td>'
            f"</tr></table>"
        )
    background = colors.outgoing if message.is_outgoing else colors.card
    return (
        f'<a name="m{message.id}"></a>'
        f'<table width="100%" cellspacing="0" cellpadding="14" border="1" '
        f'style="border-color:{colors.border}; border-style: solid; margin-bottom: 12px" '
        f'bgcolor="{background}"><tr><td>'
        f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td><b>{who}</b>{address}{to_line}</td>"
        f'<td align="right" valign="top" nowrap '
        f'style="color:{colors.muted}; padding-left: 12px">{when}</td>'
        f"</tr></table>"
        f'<div style="margin-top: 10px">{body}</div>{notices}{attachments}'
        f"</td></tr></table>"
    )


def _event(entry: TimelineEntry, colors: ThreadColors, now: datetime) -> str:
    translate = QCoreApplication.translate
    when = html.escape(f"{fmt.date_time(entry.at)} · {fmt.age(entry.at, now)}")
    author = html.escape(entry.author)
    if entry.kind is TimelineKind.STATUS:
        status = html.escape(fmt.status_text(entry.status_to) if entry.status_to else "")
        line = fill(translate("Thread", "%1 set the status to “%2”"), author, status)
        return (
            f'<p align="center" style="color:{colors.muted}; margin: 2px 0 12px 0">'
            f"{_icon('status', 13)} {line} · {when}</p>"
        )
    if entry.kind is TimelineKind.CALL:
        outcome = html.escape(fmt.call_outcome_text(entry.call_outcome))
        title = fill(translate("Thread", "%1 called: %2"), author, outcome)
        if entry.phone:
            phone = html.escape(display_phone(entry.phone))
            title += f' <span style="color:{colors.muted}">{phone}</span>'
        icon_name = "phone"
    elif entry.kind is TimelineKind.NOTE:
        title = fill(translate("Thread", "Note by %1"), author)
        icon_name = "note"
    else:
        return ""
    text = _plain(entry.text) if entry.text else ""
    return (
        f'<table width="100%" cellspacing="0" cellpadding="10" style="margin-bottom: 12px" '
        f'bgcolor="{colors.note}"><tr><td>'
        f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f"<td>{_icon(icon_name, 14)} <b>{title}</b></td>"
        f'<td align="right" style="color:{colors.muted}">{when}</td></tr></table>'
        f'<div style="margin-top: 4px">{text}</div>'
        f"</td></tr></table>"
    )


def thread_html(
    detail: ConversationDetail,
    colors: ThreadColors,
    *,
    expanded: set[int],
    now: datetime,
    owner: str = "",
    images: set[int] | frozenset[int] = frozenset(),
) -> str:
    """The whole conversation as HTML, oldest first.

    ``images``: the messages whose remote images may load (the owner allowed them).
    """
    items: list[tuple[datetime, int, str]] = []
    for message in detail.messages:
        at = message.date or now
        allowed = message.id in images
        items.append((at, 0, _message(message, colors, expanded, now, owner, allowed)))
    for entry in detail.events:
        items.append((entry.at, 1, _event(entry, colors, now)))
    items.sort(key=lambda item: (item[0], item[1]))
    body = "".join(part for _at, _kind, part in items)
    if not detail.messages:
        empty = html.escape(QCoreApplication.translate("Thread", "This conversation has no mail."))
        body = f'<p align="center" style="color:{colors.muted}">{empty}</p>' + body
    return f'<html><body style="color:{colors.text}">{body}</body></html>'
