"""Kinds, states and sources of reminders (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class ReminderKind(StrEnum):
    PROMISE = "promise"
    FOLLOW_UP = "follow_up"
    MANUAL = "manual"
    OCCASION = "occasion"


class ReminderStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


OPEN_STATUSES = (ReminderStatus.PENDING.value, ReminderStatus.SNOOZED.value)


class ReminderSource(StrEnum):
    """Where the words came from: only the owner's own texts are read for promises."""

    REPLY = "reply"
    NOTE = "note"
    CALL = "call"
    MANUAL = "manual"
    SUGGESTION = "suggestion"


class ClosedReason(StrEnum):
    DISMISSED = "dismissed"
    CUSTOMER_REPLIED = "customer_replied"


class SnoozeOption(StrEnum):
    MINUTES_15 = "15m"
    HOUR_1 = "1h"
    TOMORROW_MORNING = "tomorrow"
