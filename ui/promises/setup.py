"""The shop's clock and language, which promises and reminders are read and shown in.

Read once per store with :func:`read_setup` (on the DB worker, through
``Operations.query``) and handed to the widgets that need it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from console.outbox.preferences import shop_language
from console.promises.due import BusinessHours
from console.promises.languages import SUPPORTED
from console.promises.zones import system_zone
from console.reminders.shop import load_clock
from console.storage.database import Database


@dataclass(frozen=True, slots=True)
class PromiseSetup:
    tz: ZoneInfo = field(default_factory=system_zone)
    hours: BusinessHours = field(default_factory=BusinessHours)
    shop_language: str = "en"

    def language_for(self, language: str | None) -> str | None:
        """The language to read a text in: ``language`` (the conversation's) when promises
        can be read in it, else the shop's; None when neither is supported."""
        for candidate in (language, self.shop_language):
            code = (candidate or "").lower().replace("_", "-").split("-")[0]
            if code in SUPPORTED:
                return code
        return None


def read_setup(db: Database) -> PromiseSetup:
    """The shop's time zone, hours and language (runs on the DB worker)."""
    clock = load_clock(db)
    return PromiseSetup(clock.tz, clock.hours, shop_language(db))
