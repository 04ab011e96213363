"""Time zones by name, and the computer's own zone (no third-party dependency)."""

from __future__ import annotations

import os
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone(name: str | None) -> ZoneInfo:
    """The zone called ``name``; the computer's zone for None.  Raises for an unknown name."""
    if name:
        return ZoneInfo(name)
    return system_zone()


def system_zone() -> ZoneInfo:
    """The computer's time zone (``TZ``, else ``/etc/localtime``), UTC when unknown."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")
