"""Conversation status: where a conversation stands from the shop owner's point of view."""

from __future__ import annotations

from enum import StrEnum


class ConversationStatus(StrEnum):
    OPEN = "open"
    """The customer is waiting for the shop."""
    WAITING = "waiting"
    """The shop answered; waiting on the customer."""
    DONE = "done"
    """Nothing more to do."""
