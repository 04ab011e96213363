"""Public holidays by name in the UI language ("Božić", "Erster Weihnachtstag"), where the
``holidays`` package has that language for the country; its own name otherwise."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import holidays
from PySide6.QtCore import QLocale


@lru_cache(maxsize=64)
def _names(country: str, year: int, language: str) -> dict[date, str]:
    try:
        found = holidays.country_holidays(country, years=year, language=language)
    except (NotImplementedError, KeyError, ValueError):
        return {}
    return {day: str(name) for day, name in found.items()}


def holiday_name(
    country: str | None, day: date, fallback: str, locale: QLocale | None = None
) -> str:
    """The name of ``country``'s holiday on ``day`` in the UI language, else ``fallback``."""
    if not country:
        return fallback
    name = (locale or QLocale()).name()
    language = name if name.startswith("en") else name.split("_")[0]
    return _names(country, day.year, language).get(day) or fallback
