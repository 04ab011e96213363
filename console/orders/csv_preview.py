"""A first look at an export file before importing it: columns, platform, sample rows.

The import dialog shows this so the owner can map the columns of a file the app does not
know (``import_orders_csv(..., mapping=...)``); the mapping it proposes is the one the
import would use by itself.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from console.orders.csv_import import (
    CsvImportError,
    _decode,
    _default_mapping,
    _dialect,
    detect_platform,
)
from console.orders.types import Platform

SAMPLE_ROWS: Final = 5
_MAX_BYTES: Final = 2_000_000
"""Enough of a big export to read its header and first rows."""


@dataclass(frozen=True, slots=True)
class CsvPreview:
    path: Path
    columns: tuple[str, ...]
    platform: Platform
    """``GENERIC`` when the export is not one the import knows."""
    mapping: dict[str, str]
    """Column → field, as the import would read the file without a mapping."""
    rows: tuple[tuple[str, ...], ...]
    """The first rows, each as long as ``columns``."""


def preview_csv(path: Path, rows: int = SAMPLE_ROWS) -> CsvPreview:
    """The columns and first rows of ``path`` and what the import makes of them."""
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES)
    except OSError as exc:
        raise CsvImportError(f"cannot read {path}: {exc.strerror or exc}") from exc
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    try:
        columns = [column.strip() for column in next(reader)]
    except (StopIteration, csv.Error):
        raise CsvImportError(f"{path} is empty") from None
    platform = detect_platform(columns) or Platform.GENERIC
    mapping = {
        column: field
        for column, field in _default_mapping(platform, columns).items()
        if column in columns
    }
    sample: list[tuple[str, ...]] = []
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            padded = [*row[: len(columns)], *[""] * (len(columns) - len(row))]
            sample.append(tuple(cell.strip() for cell in padded))
            if len(sample) >= rows:
                break
    except csv.Error:
        pass  # a broken line after the first rows: the import reports it
    return CsvPreview(
        path=path,
        columns=tuple(columns),
        platform=platform,
        mapping=mapping,
        rows=tuple(sample),
    )
