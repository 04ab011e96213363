"""Turning values into short, translated text: ages, dates, sizes, languages, statuses.

Dates, numbers and language names follow the UI language: the default ``QLocale``, which
:func:`ui.translations.install_translations` sets (or a ``locale`` passed in).
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time
from babel.units import format_unit
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus
from console.inbox.age import Age, AgeUnit, age_between
from ui.i18n import TranslationContext


class Format(TranslationContext):
    """The "Format" translation context (``Format.tr`` keeps plural forms; see ui.i18n)."""


def age_text(age: Age) -> str:
    """ "now", "5 min", "3 h", "2 d", "3 w", "4 mo", "2 y"."""
    n = age.value
    match age.unit:
        case AgeUnit.NOW:
            return QCoreApplication.translate("Format", "now")
        case AgeUnit.MINUTES:
            return Format.tr("%n min", None, n)
        case AgeUnit.HOURS:
            return Format.tr("%n h", None, n)
        case AgeUnit.DAYS:
            return Format.tr("%n d", None, n)
        case AgeUnit.WEEKS:
            return Format.tr("%n w", None, n)
        case AgeUnit.MONTHS:
            return Format.tr("%n mo", None, n)
        case _:
            return Format.tr("%n y", None, n)


def age(since: datetime | None, now: datetime) -> str:
    return "" if since is None else age_text(age_between(since, now))


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())


@lru_cache(maxsize=16)
def _cldr(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(name.split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


def cldr_locale(locale: QLocale | None = None) -> Locale:
    """Babel's locale for ``locale`` (default: the UI's); "C" is English."""
    name = (locale or QLocale()).name()
    return _cldr("en" if name in ("C", "") else name)


def short_date(value: datetime, now: datetime | None = None, locale: QLocale | None = None) -> str:
    """ "Mi., 25. Nov." (de), "sri, 25. stu" (hr), "ср, 25 нояб." (ru), local time.

    The year is added when ``value`` is not in the year of ``now`` (default: today).
    """
    local = value.astimezone()
    year = (now or datetime.now(local.tzinfo)).astimezone().year
    skeleton = "MMMEd" if local.year == year else "yMMMEd"
    return str(format_skeleton(skeleton, local, locale=cldr_locale(locale)))


def time_text(value: datetime, locale: QLocale | None = None) -> str:
    """The local time: "14:05", "2:05 PM" (en_US)."""
    return str(format_time(value.astimezone(), "short", locale=cldr_locale(locale)))


def date_time(
    value: datetime | None, now: datetime | None = None, locale: QLocale | None = None
) -> str:
    """The local date and time, short: "Mi., 25. Nov., 14:05", "sri, 25. stu 14:05"."""
    if value is None:
        return ""
    cldr = cldr_locale(locale)
    pattern = str(cldr.datetime_formats.get("medium", "{1} {0}"))
    date = short_date(value, now, locale)
    return pattern.replace("{1}", date).replace("{0}", time_text(value, locale))


def file_size(size: int, locale: QLocale | None = None) -> str:
    """ "215 bajtova" (hr), "12 kB", "1,2 MB": CLDR units, so "215 Б" not Qt's "215 байты"."""
    cldr = cldr_locale(locale)
    if size < 1000:
        text = str(format_unit(size, "digital-byte", length="long", locale=cldr))
        # CLDR lacks the long form in some languages (Turkish): the short one then.
        short = format_unit(size, "digital-byte", length="short", locale=cldr)
        return text if "digital" not in text else str(short)
    value: float
    if size < 1000**2:
        value, unit = round(size / 1000, 1 if size < 10_000 else 0), "digital-kilobyte"
    elif size < 1000**3:
        value, unit = round(size / 1000**2, 1), "digital-megabyte"
    else:
        value, unit = round(size / 1000**3, 1), "digital-gigabyte"
    return str(format_unit(value, unit, length="short", locale=cldr))


def language_name(code: str | None, locale: QLocale | None = None) -> str:
    """ "German", "Croatian" … in the UI language ("Njemački" in Croatian); the code
    itself when unknown; "" for none."""
    if not code:
        return ""
    name = cldr_locale(locale).languages.get(code.replace("-", "_").split("_")[0].lower())
    if name:
        return str(name[:1].upper() + name[1:])
    language = QLocale(code).language()
    return code if language == QLocale.Language.C else QLocale.languageToString(language)


def status_text(status: ConversationStatus) -> str:
    match status:
        case ConversationStatus.OPEN:
            return QCoreApplication.translate("Format", "Open")
        case ConversationStatus.WAITING:
            return QCoreApplication.translate("Format", "Waiting on customer")
        case _:
            return QCoreApplication.translate("Format", "Done")


def call_outcome_text(outcome: CallOutcome | None) -> str:
    match outcome:
        case CallOutcome.REACHED:
            return QCoreApplication.translate("Format", "Reached")
        case CallOutcome.NO_ANSWER:
            return QCoreApplication.translate("Format", "No answer")
        case CallOutcome.VOICEMAIL:
            return QCoreApplication.translate("Format", "Left a voicemail")
        case CallOutcome.WRONG_NUMBER:
            return QCoreApplication.translate("Format", "Wrong number")
        case _:
            return QCoreApplication.translate("Format", "Call")
