"""Quoting the message replied to: "On <date>, <name> wrote:" and ``> `` lines.

The attribution line is written in the language of the reply, the way the mail
programs of that language write it, so a customer sees a familiar line.  The date is
formatted with babel for that language, in the shop's local time.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Final

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time

from console.outbox.header_safety import clean_name

ATTRIBUTIONS: Final = {
    "en": "On {date}, {name} wrote:",
    "hr": "{date}, {name} je napisao/la:",
    "de": "Am {date} schrieb {name}:",
    "ru": "{date}, {name} пишет:",
    "sl": "Dne {date} je {name} napisal(a):",
    "tr": "{name}, {date} tarihinde şunu yazdı:",
}
MAX_QUOTED_CHARS: Final = 20_000


def _locale(language: str) -> str:
    try:
        return str(Locale.parse(language))
    except (UnknownLocaleError, ValueError):
        return "en"


def format_when(when: datetime, language: str, tz: tzinfo | None = None) -> str:
    """``20. studenoga 2026. 09:05`` — long date and short time for ``language``."""
    local = when.astimezone(tz)
    locale = _locale(language)
    pattern = str(Locale.parse(locale).datetime_formats.get("medium", "{1} {0}"))
    day = format_date(local.date(), "long", locale=locale)
    time = format_time(local, "short", tzinfo=local.tzinfo, locale=locale)
    text = pattern.replace("'", "").replace("{1}", day).replace("{0}", time)
    # CLDR uses narrow and normal no-break spaces ("8:15\u202fAM"); plain text mail
    # readers do not all show them well.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def attribution(
    name: str, email: str, when: datetime | None, language: str, tz: tzinfo | None = None
) -> str:
    """The line above the quote; without a date, the shorter "<name> wrote:" form."""
    who = clean_name(name) or email
    if name and email and clean_name(name) != email:
        who = f"{clean_name(name)} <{email}>"
    template = ATTRIBUTIONS.get(language, ATTRIBUTIONS["en"])
    if when is None:
        # Drop the date part, keeping each language's word order.
        template = {
            "en": "{name} wrote:",
            "hr": "{name} je napisao/la:",
            "de": "{name} schrieb:",
            "ru": "{name} пишет:",
            "sl": "{name} je napisal(a):",
            "tr": "{name} şunu yazdı:",
        }.get(language, "{name} wrote:")
        return template.replace("{name}", who)
    return template.replace("{date}", format_when(when, language, tz)).replace("{name}", who)


def quote_lines(text: str) -> str:
    """Every line prefixed for quoting (``> line``; already quoted lines get ``>``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    if len(text) > MAX_QUOTED_CHARS:
        text = text[:MAX_QUOTED_CHARS].rsplit("\n", 1)[0] + "\n[…]"
    lines = []
    for line in text.split("\n"):
        line = line.rstrip()
        if not line:
            lines.append(">")
        elif line.startswith(">"):
            lines.append(">" + line)
        else:
            lines.append("> " + line)
    return "\n".join(lines)
