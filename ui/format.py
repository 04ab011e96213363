"""Turning values into short, translated text: ages, dates, sizes, languages, statuses."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from console.domain.events import CallOutcome
from console.domain.status import ConversationStatus
from console.inbox.age import Age, AgeUnit, age_between


def age_text(age: Age) -> str:
    """ "now", "5 min", "3 h", "2 d", "3 w", "4 mo", "2 y"."""
    n = age.value
    match age.unit:
        case AgeUnit.NOW:
            return QCoreApplication.translate("Format", "now")
        case AgeUnit.MINUTES:
            return QCoreApplication.translate("Format", "%n min", None, n)
        case AgeUnit.HOURS:
            return QCoreApplication.translate("Format", "%n h", None, n)
        case AgeUnit.DAYS:
            return QCoreApplication.translate("Format", "%n d", None, n)
        case AgeUnit.WEEKS:
            return QCoreApplication.translate("Format", "%n w", None, n)
        case AgeUnit.MONTHS:
            return QCoreApplication.translate("Format", "%n mo", None, n)
        case _:
            return QCoreApplication.translate("Format", "%n y", None, n)


def age(since: datetime | None, now: datetime) -> str:
    return "" if since is None else age_text(age_between(since, now))


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()), QTimeZone.systemTimeZone())


def date_time(value: datetime | None) -> str:
    """The local date and time in the user's locale, short form."""
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


def file_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 0 if size < 1024 * 1024 else 1)


def language_name(code: str | None) -> str:
    """ "German", "Croatian" … in the UI language; "" when unknown."""
    if not code:
        return ""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


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
