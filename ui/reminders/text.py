"""How a reminder or an occasion reads in a list row or a notification."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from console.reminders.kinds import ReminderKind
from console.reminders.occasions import OccasionKind
from console.reminders.store import ReminderView
from ui.format import cldr_locale
from ui.i18n import TranslationContext, fill
from ui.promises.holiday_names import holiday_name
from ui.promises.names import action_label
from ui.promises.when import overdue_text, relative_due
from ui.reminders.rows import OccasionRow, ReminderRow


class ReminderText(TranslationContext):
    """The "ReminderText" translation context."""


def occasion_kind_label(kind: OccasionKind, years: int = 0) -> str:
    match kind:
        case OccasionKind.BIRTHDAY:
            return ReminderText.tr("Birthday")
        case OccasionKind.FIRST_ORDER:
            return ReminderText.tr("%n year(s) since the first order", None, max(years, 1))
        case OccasionKind.HOLIDAY:
            return ReminderText.tr("Holiday")
        case _:
            return ReminderText.tr("Did the order arrive well?")


def _occasion_title(reminder: ReminderView) -> str:
    """An accepted occasion's title is its holiday's name, or the kind's value."""
    try:
        return occasion_kind_label(OccasionKind(reminder.title))
    except ValueError:
        return reminder.title


def _with_name(label: str, name: str) -> str:
    return fill(ReminderText.tr("%1 — %2"), label, name) if name else label


def headline(row: ReminderRow) -> str:
    """ "Call — Marko Horvat", "Birthday — Ana Jurić", "Follow up"."""
    reminder = row.reminder
    if reminder.kind is ReminderKind.OCCASION:
        label = _occasion_title(reminder)
    else:
        label = action_label(reminder.action)
    return (
        fill(ReminderText.tr("%1 — %2"), label, row.customer_name) if row.customer_name else label
    )


def detail(row: ReminderRow) -> str:
    """The owner's words ("Nazvat ću Vas u srijedu"), or what the reminder is about."""
    reminder = row.reminder
    if reminder.kind is ReminderKind.FOLLOW_UP:
        subject = reminder.title or ReminderText.tr("(no subject)")
        return fill(ReminderText.tr("No answer yet to “%1”"), subject)
    if reminder.kind is ReminderKind.OCCASION:
        return fill(ReminderText.tr("Order %1"), reminder.order_ref) if reminder.order_ref else ""
    text = reminder.source_text or reminder.title
    return " ".join(text.split())


def due_line(row: ReminderRow, tz: ZoneInfo, now: datetime, overdue: bool) -> str:
    """ "overdue by 2 h", "Today, 14:00", "Tomorrow", "Wed, Nov 25"."""
    reminder = row.reminder
    if overdue:
        return overdue_text(reminder.deadline, now)
    at = reminder.snoozed_until if reminder.snoozed_until and reminder.snoozed_until > now else None
    if at is not None:
        when = relative_due(at, False, tz, now, in_sentence=True)
        return fill(ReminderText.tr("snoozed until %1"), when)
    return relative_due(reminder.due_at, reminder.due_is_date_only, tz, now)


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return str(cldr_locale().territories.get(code.upper(), code))


def occasion_headline(row: OccasionRow) -> str:
    """ "Birthday — Ana Jurić", "Christmas Day — Croatia", "Did the order arrive well? —
    Marko Horvat"."""
    occasion = row.occasion
    if occasion.kind is OccasionKind.HOLIDAY:
        name = holiday_name(occasion.country, occasion.day, occasion.label)
        country = country_name(occasion.country)
        return _with_name(name, country)
    label = occasion_kind_label(occasion.kind, occasion.years)
    return (
        fill(ReminderText.tr("%1 — %2"), label, row.customer_name) if row.customer_name else label
    )


def occasion_detail(row: OccasionRow) -> str:
    """ "8 customers", "Order #1047"."""
    occasion = row.occasion
    if occasion.kind is OccasionKind.AFTER_SHIPPING and occasion.label:
        return fill(ReminderText.tr("Order %1"), occasion.label)
    if len(occasion.customer_ids) > 1:
        return ReminderText.tr("%n customer(s)", None, len(occasion.customer_ids))
    return ""
