"""What a promise commits the shop to do."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    """The committed action; ``ui/`` translates the value for display."""

    CALL = "call"
    CALL_BACK = "call_back"
    SEND = "send"
    SHIP = "ship"
    REPLY = "reply"
    """Write back, let the customer know, get back to them."""
    CHECK = "check"
    REFUND = "refund"
    DELIVER = "deliver"
    """The goods reach the customer ("it will arrive on Wednesday")."""
    VISIT = "visit"
    FOLLOW_UP = "follow_up"
    """Write again when the customer did not answer (follow-up reminders)."""
    OTHER = "other"
    """A manual reminder whose words name none of the above."""
