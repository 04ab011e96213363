"""``--now``/``--tz`` for commands that read time: the clock is the caller's choice."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console.cli.context import CliError
from console.promises.zones import zone


def add_clock_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now",
        metavar="ISO-DATETIME",
        help="the time to count from, e.g. 2026-11-22T10:00 (default: now)",
    )
    parser.add_argument(
        "--tz", metavar="ZONE", help="the shop's time zone, e.g. Europe/Zagreb (default: local)"
    )


def parse_zone(name: str | None) -> ZoneInfo:
    try:
        return zone(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CliError(f"unknown time zone '{name}'") from None


def parse_now(value: str | None, tz: ZoneInfo) -> datetime:
    """``--now`` as an aware datetime: a naive value is local time in ``tz``."""
    if value is None:
        return datetime.now(UTC).astimezone(tz)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise CliError(f"'{value}' is not an ISO date-time (e.g. 2026-11-22T10:00)") from None
    return moment.astimezone(tz) if moment.tzinfo else moment.replace(tzinfo=tz)
