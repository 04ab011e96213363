"""What making, completing or snoozing a reminder announces to the views.

Every such change records an event on the customer's timeline, so it is announced as
``Change.TIMELINE``; a dedicated flag can replace this one alias later.
"""

from __future__ import annotations

from ui.changes import Change

REMINDERS = Change.TIMELINE
