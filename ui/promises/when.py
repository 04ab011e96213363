"""Dates and times of promises and reminders, in the shop's time zone, as short text.

Like :mod:`ui.format` (same CLDR patterns, the UI language), but in the shop's zone
rather than the computer's: a promise "on Wednesday" is Wednesday where the shop is.
"Today"/"tomorrow" and "overdue by 2 h" are relative to ``now``.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_skeleton, format_time
from PySide6.QtCore import QLocale

from console.inbox.age import AgeUnit, age_between
from console.promises.detect import DetectedPromise
from ui.format import age_text, cldr_locale
from ui.i18n import TranslationContext, fill


class When(TranslationContext):
    """The "When" translation context."""


def day_text(
    value: datetime | date, tz: ZoneInfo, now: datetime, locale: QLocale | None = None
) -> str:
    """ "Wed, Nov 25" (en), "sri, 25. stu" (hr): the day in the shop's zone; the year is
    added when it is not this year."""
    day = value.astimezone(tz).date() if isinstance(value, datetime) else value
    year = now.astimezone(tz).year
    skeleton = "MMMEd" if day.year == year else "yMMMEd"
    return str(format_skeleton(skeleton, day, locale=cldr_locale(locale)))


def clock_text(value: datetime, tz: ZoneInfo, locale: QLocale | None = None) -> str:
    """The shop's local time: "14:05", "2:05 PM"."""
    return str(format_time(value.astimezone(tz), "short", locale=cldr_locale(locale)))


def day_time_text(
    value: datetime, tz: ZoneInfo, now: datetime, locale: QLocale | None = None
) -> str:
    """ "Wed, Nov 25, 2:00 PM", "sri, 25. stu 14:00"."""
    pattern = str(cldr_locale(locale).datetime_formats.get("medium", "{1} {0}"))
    return pattern.replace("{1}", day_text(value, tz, now, locale)).replace(
        "{0}", clock_text(value, tz, locale)
    )


def relative_due(
    due_at: datetime,
    date_only: bool,
    tz: ZoneInfo,
    now: datetime,
    locale: QLocale | None = None,
    *,
    in_sentence: bool = False,
) -> str:
    """ "Today", "Tomorrow, 9:00", "Wed, Nov 25" — for lists, where "today" reads faster;
    ``in_sentence``: "today", "tomorrow, 9:00" (inside a sentence)."""
    day = due_at.astimezone(tz).date()
    today = now.astimezone(tz).date()
    at = clock_text(due_at, tz, locale)
    if day == today:
        if in_sentence:
            return When.tr("today") if date_only else fill(When.tr("today, %1"), at)
        return When.tr("Today") if date_only else fill(When.tr("Today, %1"), at)
    if day == today + timedelta(days=1):
        if in_sentence:
            return When.tr("tomorrow") if date_only else fill(When.tr("tomorrow, %1"), at)
        return When.tr("Tomorrow") if date_only else fill(When.tr("Tomorrow, %1"), at)
    if date_only:
        return day_text(due_at, tz, now, locale)
    return day_time_text(due_at, tz, now, locale)


def overdue_text(deadline: datetime, now: datetime) -> str:
    """ "overdue by 2 h" (the time since ``deadline``)."""
    age = age_between(deadline, now)
    if age.unit is AgeUnit.NOW:
        return When.tr("overdue")
    return fill(When.tr("overdue by %1"), age_text(age))


def promise_due_text(
    promise: DetectedPromise, tz: ZoneInfo, now: datetime, locale: QLocale | None = None
) -> str:
    """How the owner put it: "Wed, Nov 25", "by Fri, Nov 27, 5:00 PM", "Wed, Nov 25,
    9:00 AM–12:00 PM", "Nov 30 to Dec 4", or an exact "Tue, Nov 24, 2:00 PM"."""
    due = promise.due
    if not promise.date_only:
        return day_time_text(promise.due_at, tz, now, locale)
    if due.until is not None and due.until != due.day:
        return fill(
            When.tr("%1 to %2"),
            day_text(due.day, tz, now, locale),
            day_text(due.until, tz, now, locale),
        )
    if due.by:
        return fill(When.tr("by %1"), day_time_text(promise.window_end, tz, now, locale))
    if due.window_start is not None or due.window_end is not None:
        return fill(
            When.tr("%1, %2–%3"),
            day_text(due.day, tz, now, locale),
            clock_text(promise.due_at, tz, locale),
            clock_text(promise.window_end, tz, locale),
        )
    return day_text(due.day, tz, now, locale)
