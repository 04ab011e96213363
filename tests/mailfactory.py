"""Building realistic raw messages for tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

BASE_TIME = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def make_mail(
    *,
    sender: str = "Ana Kovač <ana@kupac.hr>",
    to: str = "Shop <shop@shop.test>",
    subject: str = "Pitanje o narudžbi",
    body: str = "Pozdrav, kada stiže moja narudžba?",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: list[str] | None = None,
    date: datetime | None = None,
    minutes: int = 0,
    html: str | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or BASE_TIME + timedelta(minutes=minutes))
    msg["Message-ID"] = message_id or make_msgid(domain="test.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = " ".join(references)
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    if attachment:
        name, data = attachment
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg.as_bytes()


def msgid(n: int | str) -> str:
    return f"<m{n}@test.example>"
