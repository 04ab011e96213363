"""Amounts as shops write them: "1.234,56 €", "€1,234.56", "1 234,56 ₽", "₺1.234,56", "kn 99".

Shops format money in their locale, so "1.234" may be a thousand or one and a bit; the
rules below decide by the separators present and the digits after the last one.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Final

from babel.numbers import format_currency

CURRENCY_SYMBOLS: Final[dict[str, str]] = {
    "€": "EUR",
    "euro": "EUR",
    "kn": "HRK",
    "₽": "RUB",
    "руб": "RUB",
    "руб.": "RUB",
    "р.": "RUB",
    "₺": "TRY",
    "tl": "TRY",
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "fr.": "CHF",
    "zł": "PLN",
    "kč": "CZK",
    "din": "RSD",
    "₴": "UAH",
}

_NUMBER: Final = re.compile(r"[-−]?\d[\d\s\u00a0\u202f.,'’]*")
_CURRENCY_WORD: Final = re.compile(
    r"(?i)(€|₽|₺|\$|£|₴|zł|kč|руб\.?|р\.|\b(?:[a-z]{3}|kn|tl|din|fr\.|us\$)\b)"
)
_SPACES: Final = re.compile(r"[\s\u00a0\u202f'’]")


def parse_decimal(text: str) -> Decimal | None:
    """The number in ``text`` with either decimal separator; None when there is none."""
    match = _NUMBER.search(text)
    if match is None:
        return None
    raw = _SPACES.sub("", match.group(0)).replace("−", "-").rstrip(".,")
    if "," in raw and "." in raw:
        decimal_sep = "," if raw.rfind(",") > raw.rfind(".") else "."
    elif "," in raw or "." in raw:
        sep = "," if "," in raw else "."
        tail = raw.rsplit(sep, 1)[1]
        # "1.234" and "1,234,567" group thousands; "12,5" and "12.50" have decimals.
        decimal_sep = "" if raw.count(sep) > 1 or len(tail) == 3 else sep
    else:
        decimal_sep = ""
    thousands = {",", "."} - {decimal_sep}
    cleaned = "".join(ch for ch in raw if ch not in thousands)
    if decimal_sep:
        cleaned = cleaned.replace(decimal_sep, ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def parse_currency(text: str) -> str | None:
    """The ISO 4217 code of the currency written in ``text`` (symbol or code)."""
    for match in _CURRENCY_WORD.finditer(text):
        written = match.group(1)
        code = CURRENCY_SYMBOLS.get(written.lower())
        if code:
            return code
        if written.isupper() and written in _ISO_CODES:
            return written
    return None


def parse_money(text: str) -> tuple[Decimal | None, str | None]:
    """(amount, currency) from "1.234,56 €"; either may be None."""
    return parse_decimal(text), parse_currency(text)


_NOT_AMOUNT: Final = re.compile(r"[^\W\d_]{4,}")


def looks_like_money(text: str) -> bool:
    """A short text that is an amount with a currency ("20,00 €", "$5.00", "99 kn",
    "46,60 € EUR"), not a sentence with an amount in it."""
    stripped = text.strip()
    if not stripped or len(stripped) > 40:
        return False
    if parse_currency(stripped) is None or parse_decimal(stripped) is None:
        return False
    words = [w for w in _NOT_AMOUNT.findall(stripped) if w.lower() not in CURRENCY_SYMBOLS]
    return not words


def format_money(amount: Decimal | None, currency: str | None, locale: str = "en") -> str:
    """The amount for display in ``locale`` ("1.234,50 €" for de), "" when unknown."""
    if amount is None:
        return ""
    if not currency:
        return f"{amount:.2f}"
    try:
        return str(format_currency(amount, currency, locale=locale))
    except Exception:  # unknown locale or currency: plain but never failing
        return f"{amount:.2f} {currency}"


_ISO_CODES: Final = frozenset(
    {
        "EUR",
        "HRK",
        "RUB",
        "TRY",
        "USD",
        "GBP",
        "CHF",
        "PLN",
        "CZK",
        "HUF",
        "RSD",
        "BAM",
        "SEK",
        "DKK",
        "NOK",
        "UAH",
        "BGN",
        "RON",
        "MKD",
        "CAD",
        "AUD",
        "JPY",
        "CNY",
        "KZT",
        "BYN",
    }
)
