"""Application settings stored in the database as key → JSON value."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from console.storage.models import Setting

OWNER_NAME = "owner.name"
"""The name events are recorded under ("Ivana"); the OS user name when unset."""
SAMPLE_SHOP = "demo.sample_shop"
"""Set once the sample shop was built into this database (its version and time)."""


def get_setting(session: Session, key: str, default: object = None) -> object:
    row = session.get(Setting, key)
    if row is None:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def set_setting(session: Session, key: str, value: object) -> None:
    encoded = json.dumps(value, ensure_ascii=False)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
