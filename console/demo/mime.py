"""Turning the sample shop's messages into raw RFC 5322 mail, as a mail server would hold it.

The sample shop is built through the same parser and ingest as real mail, so it shows
what real mail looks like: encoded headers, multipart/alternative with a remote logo,
attachments, replies quoting the message before them in the writer's language.
"""

from __future__ import annotations

import html
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from console.demo.spec import SHOP_NAME, SampleAttachment

ZONES = {
    "en": timezone(timedelta(hours=0)),
    "hr": timezone(timedelta(hours=1)),
    "de": timezone(timedelta(hours=1)),
    "sl": timezone(timedelta(hours=1)),
    "ru": timezone(timedelta(hours=3)),
    "tr": timezone(timedelta(hours=3)),
}
SHOP_ZONE = ZONES["hr"]

REPLY_PREFIX = {"de": "AW: ", "hr": "Odg: ", "tr": "Ynt: "}
SIGNATURE = f"-- \n{SHOP_NAME} · Split, Croatia\nlavanda-maslina.example · +385 21 555 0142"


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    email: str

    def header(self) -> Address:
        username, domain = self.email.split("@", 1)
        return Address(display_name=self.name, username=username, domain=domain)

    def angle(self) -> str:
        return f"{self.name} <{self.email}>"


def attribution(language: str, author: Person, when: datetime) -> str:
    """The line a mail client writes above a quoted message, in ``language``."""
    when = when.astimezone(ZONES.get(language, SHOP_ZONE))
    day, time = f"{when:%d.%m.%Y}", f"{when:%H:%M}"
    who = author.angle()
    match language:
        case "de":
            return f"Am {day} um {time} schrieb {who}:"
        case "hr":
            return f"{when.day}. {when.month}. {when.year}. u {time} {who} je napisao/la:"
        case "sl":
            return f"V {day} ob {time} je {who} napisal(a):"
        case "ru":
            return f"{day}, в {time}, {who} написал(а):"
        case "tr":
            return f"{day} {time} tarihinde {who} şunu yazdı:"
        case _:
            return f"On {when:%a, %d %b %Y} at {time}, {who} wrote:"


def quote(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.split("\n"))


def _png(width: int, height: int, seed: int) -> bytes:
    """A small, valid PNG: a soft two-colour gradient (a stand-in for a phone photo)."""
    r0, g0, b0 = (seed * 53) % 200 + 40, (seed * 97) % 160 + 60, (seed * 31) % 120 + 100
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            t = (x + y) / (width + height)
            rows += bytes((int(r0 + 60 * t), int(g0 + 40 * t), int(b0 - 50 * t)))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _pdf(title: str) -> bytes:
    """A one-page PDF showing ``title`` (ASCII)."""
    text = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    content = b"BT /F1 20 Tf 72 760 Td (" + text + b") Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _csv() -> bytes:
    rows = [
        "product;size;unit price EUR;minimum",
        "Extra virgin olive oil;0.5 l;9.80;12",
        "Extra virgin olive oil;3 l tin;38.00;4",
        "Lavender soap;100 g;3.60;24",
        "Olive oil soap, unscented;100 g;3.20;24",
        "Lavender sachet;20 g;2.40;24",
    ]
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def attachment_bytes(attachment: SampleAttachment, seed: int) -> tuple[bytes, str, str]:
    """(content, maintype, subtype) for a made-up attachment."""
    if attachment.kind == "png":
        return _png(160, 120, seed), "image", "png"
    if attachment.kind == "pdf":
        return _pdf(attachment.filename.rsplit(".", 1)[0].replace("-", " ")), "application", "pdf"
    return _csv(), "text", "csv"


def _html_version(body: str, sender: Person, company: str | None) -> str:
    domain = sender.email.split("@", 1)[1]
    paragraphs = "".join(
        "<p>" + html.escape(block).replace("\n", "<br>") + "</p>"
        for block in body.split("\n\n")
        if block.strip()
    )
    name = html.escape(company or sender.name)
    return (
        "<html><head><style>p { margin: 0 0 12px 0; }</style></head>"
        '<body><div style="font-family: Arial, sans-serif; font-size: 14px">'
        f"{paragraphs}"
        f'<p><img src="https://cdn.{domain}/mail/logo.png" width="140" height="40" '
        f'alt="{name}"><br><a href="https://www.{domain}/">www.{domain}</a></p>'
        "</div></body></html>"
    )


def render(
    *,
    sender: Person,
    recipient: Person,
    subject: str,
    text: str,
    when: datetime,
    language: str,
    message_id: str,
    parents: list[str],
    attachments: tuple[SampleAttachment, ...] = (),
    html_version: bool = False,
    company: str | None = None,
    seed: int = 0,
) -> bytes:
    """One message as raw bytes with CRLF line ends."""
    message = EmailMessage()
    message["From"] = sender.header()
    message["To"] = recipient.header()
    message["Subject"] = subject
    message["Date"] = format_datetime(when.astimezone(ZONES.get(language, SHOP_ZONE)))
    message["Message-ID"] = message_id
    if parents:
        message["In-Reply-To"] = parents[-1]
        message["References"] = " ".join(parents)
    message["Content-Language"] = language
    message.set_content(text)
    if html_version:
        message.add_alternative(_html_version(text, sender, company), subtype="html")
    for index, attachment in enumerate(attachments):
        content, maintype, subtype = attachment_bytes(attachment, seed + index)
        message.add_attachment(
            content, maintype=maintype, subtype=subtype, filename=attachment.filename
        )
    return message.as_bytes(policy=policy.SMTP)
