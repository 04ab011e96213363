"""Phone numbers: normalized to E.164 for storing and matching, formatted for display.

A customer writes "091/234-5678" in a form, "+385 91 234 5678" in a signature and the shop
export says "00385912345678": all three are ``+385912345678``, so all three find the same
customer.  Numbers written without a country code are read in the shop's region (the
``shop.region`` setting, "HR" when unset).

``phonenumbers`` (30 ms to import, with its metadata) is imported by the functions that
use it, so the window's start does not wait for it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from sqlalchemy.orm import Session

from console.storage.settings import get_setting

if TYPE_CHECKING:
    import phonenumbers

REGION_SETTING: Final = "shop.region"
"""ISO 3166 region used to read numbers written without a country code ("HR", "DE", …)."""
DEFAULT_REGION: Final = "HR"

_MAX_INPUT: Final = 100
_JUNK: Final = re.compile(r"[^\d+()\-./ \u00a0\u2010-\u2015]")
_EXTENSION_WORDS: Final = re.compile(r"(?i)\b(?:ext|extension|durchwahl|kućni|доб)\b.*$")


def shop_region(session: Session) -> str:
    """The shop's region from the settings, or ``DEFAULT_REGION``."""
    return clean_region(get_setting(session, REGION_SETTING, DEFAULT_REGION))


def clean_region(value: object) -> str:
    """A setting's value as a region code; ``DEFAULT_REGION`` when it is not one."""
    text = str(value or DEFAULT_REGION).strip().upper()
    return text if len(text) == 2 and text.isalpha() else DEFAULT_REGION


def _parse(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    import phonenumbers

    cleaned = _EXTENSION_WORDS.sub("", text.strip())[:_MAX_INPUT]
    if not cleaned or sum(ch.isdigit() for ch in cleaned) < 6:
        return None
    if len(cleaned) > 40 and _JUNK.search(cleaned):
        return None  # a sentence, not a number: ``find_phone`` is for free text
    try:
        number = phonenumbers.parse(cleaned, region.upper() or DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def normalize_phone(text: str, region: str = DEFAULT_REGION) -> str | None:
    """``text`` as an E.164 number ("+385912345678"), or None when it is not a valid number.

    "+385 91 234 5678", "091/234-5678" (region HR) and "00385912345678" all give
    "+385912345678".
    """
    import phonenumbers

    number = _parse(text, region)
    if number is None:
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def display_phone(e164: str, region: str | None = None) -> str:
    """A stored number as people write it; text that is not a number is returned as is.

    With ``region``, numbers of that region in national format ("091 234 5678") and others
    in international format; without, always international ("+385 91 234 5678").
    """
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    national = region is not None and phonenumbers.region_code_for_number(number) == (
        region.upper()
    )
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if national
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


def find_phone(text: str, region: str = DEFAULT_REGION) -> tuple[str, str] | None:
    """The first valid phone number in free text, as (E.164, as written); None if none."""
    import phonenumbers

    if sum(ch.isdigit() for ch in text) < 6:
        return None
    try:
        for match in phonenumbers.PhoneNumberMatcher(text[:5000], region.upper()):
            if phonenumbers.is_valid_number(match.number):
                e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
                return str(e164), str(match.raw_string)
    except Exception:  # the matcher is third-party code on untrusted text
        return None
    return None
