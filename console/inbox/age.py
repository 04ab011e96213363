"""How long ago something happened, in the coarse units a list shows ("3 h", "2 d")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class AgeUnit(StrEnum):
    NOW = "now"
    MINUTES = "minutes"
    HOURS = "hours"
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class Age:
    value: int
    unit: AgeUnit


def age_between(since: datetime, now: datetime) -> Age:
    """The age of ``since`` at ``now``, rounded down; times in the future count as now."""
    seconds = int((now - since).total_seconds())
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return Age(0, AgeUnit.NOW)
    if hours < 1:
        return Age(minutes, AgeUnit.MINUTES)
    if days < 1:
        return Age(hours, AgeUnit.HOURS)
    if days < 14:
        return Age(days, AgeUnit.DAYS)
    if days < 63:
        return Age(days // 7, AgeUnit.WEEKS)
    if days < 365:
        return Age(days // 30, AgeUnit.MONTHS)
    return Age(days // 365, AgeUnit.YEARS)
