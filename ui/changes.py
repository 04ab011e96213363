"""What changed in the store: the typed flags views use to refresh only what they show.

An operation that writes announces its flags when it succeeds (see
:class:`ui.operations.Operations`); so will the sync service when new mail arrives.
Each view looks at the flags and reloads only when something it shows may be stale.
"""

from __future__ import annotations

from enum import Flag, auto


class Change(Flag):
    NONE = 0
    CONVERSATIONS = auto()
    """Conversations were added, merged or got new messages (sync, import)."""
    STATUS = auto()
    """A conversation's status changed (it may move between lists)."""
    TIMELINE = auto()
    """Events were recorded: notes, calls, status changes, edits."""
    CUSTOMER = auto()
    """A customer's details changed."""
    ACCOUNTS = auto()
    """Mail accounts were added or removed."""
    STORE = auto()
    """Another database was opened: everything is new."""

    @classmethod
    def everything(cls) -> Change:
        return (
            cls.CONVERSATIONS | cls.STATUS | cls.TIMELINE | cls.CUSTOMER | cls.ACCOUNTS | cls.STORE
        )

    def touches(self, other: Change) -> bool:
        """True when any flag of ``other`` is set here."""
        return bool(self & other)


LISTS = Change.CONVERSATIONS | Change.STATUS | Change.STORE
"""Changes after which conversation lists and counts may differ."""
CONVERSATION = Change.CONVERSATIONS | Change.STATUS | Change.TIMELINE | Change.STORE
"""Changes after which an open conversation may look different."""
CUSTOMERS = Change.CONVERSATIONS | Change.STATUS | Change.TIMELINE | Change.CUSTOMER | Change.STORE
"""Changes after which a customer's panel may look different."""
