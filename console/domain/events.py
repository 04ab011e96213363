"""Kinds of events on a customer's timeline.

Every user action is recorded as an event row (id, author, time, payload): the
timeline *is* the history, and later the basis of two-person sync.  Mails themselves
live in the messages table and are merged into the timeline when it is read.
"""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    STATUS_CHANGED = "status_changed"
    NOTE_ADDED = "note_added"
    CALL_LOGGED = "call_logged"
    CUSTOMER_EDITED = "customer_edited"
    CUSTOMERS_MERGED = "customers_merged"
    PROMISE_MADE = "promise_made"
    PROMISE_KEPT = "promise_kept"
    REMINDER_ADDED = "reminder_added"
    REMINDER_DONE = "reminder_done"
    REMINDER_SNOOZED = "reminder_snoozed"
    REMINDER_DISMISSED = "reminder_dismissed"
    REPLY_QUEUED = "reply_queued"
    REPLY_SENT = "reply_sent"
    ACCOUNT_ADDED = "account_added"
    ACCOUNT_REMOVED = "account_removed"
    MESSAGES_IMPORTED = "messages_imported"


class CallOutcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
