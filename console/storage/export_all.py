"""Exporting everything, so the owner can always leave with their data.

Mail goes out as an mbox of the original messages; everything else (customers with
their addresses and phones, conversations, the timeline of events, and every other
table) as one JSON file per table plus a CSV of customers for spreadsheets.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from console.errors import UserError
from console.mail.mailbox_io import export_mbox
from console.storage.database import Database

_SKIPPED = {"message_sources", "alembic_version", "thread_refs"}
"""Raw mail is in the mbox; thread_refs is derived."""


class ExportError(UserError):
    pass


def export_everything(db: Database, directory: Path) -> dict[str, int]:
    """Write the whole store into ``directory`` (which must not exist); return counts."""
    if directory.exists() and any(directory.iterdir()):
        raise ExportError(f"{directory} is not empty; choose a new folder.")
    directory.mkdir(parents=True, exist_ok=True)
    counts = {"mail.mbox": export_mbox(db, directory / "mail.mbox")}
    with sqlite3.connect(f"file:{db.path}?mode=ro", uri=True) as connection:
        connection.row_factory = sqlite3.Row
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'message_search%' ORDER BY name"
            )
        ]
        for table in tables:
            if table in _SKIPPED:
                continue
            rows = [dict(row) for row in connection.execute(f'SELECT * FROM "{table}"')]
            if table == "messages":
                for row in rows:
                    row.pop("html_body", None)  # derived from the mbox copy
            (directory / f"{table}.json").write_text(
                json.dumps(rows, ensure_ascii=False, indent=1, default=str), encoding="utf-8"
            )
            counts[f"{table}.json"] = len(rows)
        customers = connection.execute(
            "SELECT c.id, c.name, c.kind, c.company, c.vat_number, c.language, "
            "group_concat(DISTINCT a.email) AS emails, group_concat(DISTINCT p.e164) AS phones "
            "FROM customers c LEFT JOIN customer_addresses a ON a.customer_id = c.id "
            "LEFT JOIN customer_phones p ON p.customer_id = c.id GROUP BY c.id ORDER BY c.name"
        ).fetchall()
    with (directory / "customers.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["id", "name", "kind", "company", "vat_number", "language", "emails", "phones"]
        )
        writer.writerows(tuple(row) for row in customers)
    counts["customers.csv"] = len(customers)
    return counts
