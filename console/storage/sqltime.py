"""Datetimes in raw SQL, in exactly the format SQLAlchemy's SQLite ``DateTime`` uses.

The mail ingest path writes with the DB-API cursor for speed; these keep its values
readable by the ORM models (naive UTC text, microseconds included).
"""

from __future__ import annotations

from datetime import UTC, datetime

_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def to_db(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    utc = value.astimezone(UTC)
    if utc.year < 1000:
        return utc.strftime(_FORMAT)  # isoformat pads the year to four digits, %Y does not
    # The same text as _FORMAT, several times faster (a sync writes a few per message).
    return utc.replace(tzinfo=None).isoformat(" ", "microseconds")


def from_db(value: str | None) -> datetime | None:
    if value is None:
        return None
    return datetime.fromisoformat(value).replace(tzinfo=UTC)
