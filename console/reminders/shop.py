"""The shop's clock: its time zone, business hours, working days and holiday country.

Stored as settings (``shop.timezone``, ``shop.country``, ``shop.hours``); unset, the
time zone is the computer's and the hours are 9:00–17:00, Monday to Friday.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.promises.due import BusinessHours
from console.promises.zones import system_zone, zone
from console.storage.database import Database
from console.storage.settings import get_setting, set_setting

TIMEZONE = "shop.timezone"
"""IANA name, e.g. "Europe/Zagreb"."""
COUNTRY = "shop.country"
"""ISO 3166 code for public holidays, e.g. "HR"."""
HOURS = "shop.hours"
"""``{"start": "09:00", "end": "17:00", "workdays": [0, 1, 2, 3, 4]}``."""


@dataclass(frozen=True, slots=True)
class ShopClock:
    tz: ZoneInfo
    hours: BusinessHours


def _time(value: object, default: time) -> time:
    try:
        return time.fromisoformat(str(value))
    except ValueError:
        return default


def load_clock(db: Database) -> ShopClock:
    with db.reader() as session:
        tz_name = get_setting(session, TIMEZONE)
        country = get_setting(session, COUNTRY)
        hours = get_setting(session, HOURS, {})
    spec = hours if isinstance(hours, dict) else {}
    workdays = spec.get("workdays")
    try:
        tz = zone(str(tz_name) if tz_name else None)
    except (ZoneInfoNotFoundError, ValueError):
        tz = system_zone()
    return ShopClock(
        tz=tz,
        hours=BusinessHours(
            start=_time(spec.get("start"), time(9)),
            end=_time(spec.get("end"), time(17)),
            workdays=(
                frozenset(int(day) for day in workdays)
                if isinstance(workdays, list)
                else frozenset(range(5))
            ),
            country=str(country) if country else None,
        ),
    )


def save_clock(db: Database, clock: ShopClock) -> None:
    with db.session() as session:
        set_setting(session, TIMEZONE, clock.tz.key)
        set_setting(session, COUNTRY, clock.hours.country)
        set_setting(
            session,
            HOURS,
            {
                "start": clock.hours.start.isoformat("minutes"),
                "end": clock.hours.end.isoformat("minutes"),
                "workdays": sorted(clock.hours.workdays),
            },
        )
