"""Labels and their values in a ``Document``: "Label: value" lines, label cells, label lines.

Read once per document into an index of (label, value) pairs in reading order; the order
parsers ask it for the values under a set of labels (``console.orders.vocabulary``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from console.orders.document import Document
from console.orders.vocabulary import (
    BILLING_HEADINGS,
    FIELD_LABELS,
    SHIPPING_HEADINGS,
    SUBTOTAL_LABELS,
    TOTAL_LABELS,
    norm,
)

ALL_LABELS: Final = frozenset[str]().union(
    *FIELD_LABELS.values(), BILLING_HEADINGS, SHIPPING_HEADINGS, SUBTOTAL_LABELS, *TOTAL_LABELS
)
"""Every label the order readers know: a line starting with one is no address line."""


def line_entries(line: str) -> list[tuple[str, str]]:
    """(label, value) candidates of one line: "Label: v", "Label\tv", "Label:\tv", and a
    label in a later cell ("…\tPayment method: PayPal")."""
    entries: list[tuple[str, str]] = []
    cells = line.split("\t")
    for index, cell in enumerate(cells):
        if index + 1 < len(cells) and cells[index + 1].strip():
            entries.append((norm(cell), cells[index + 1].strip()))
        if ":" in cell:
            head, _, rest = cell.partition(":")
            if len(head) <= 48 and rest.strip():
                entries.append((norm(head), rest.strip()))
    return entries


def entries(doc: Document) -> list[tuple[str, str]]:
    """Every (label, value) of the document in reading order, computed once per document.

    A table cell that starts with a label holds the whole value (several lines: an
    address, a customer block); then "Label: value" lines, and a label line followed by
    the value.
    """
    return _index(doc)[0]


def lines_entries(doc: Document) -> list[tuple[str, str]]:
    """``line_entries`` of every line of the document, in order (computed with
    :func:`entries`, once per document)."""
    return _index(doc)[1]


def _index(doc: Document) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(entries, lines_entries) of the document, kept in its cache."""
    cached = doc.cache.get("entries")
    if isinstance(cached, tuple):
        return cached
    found: list[tuple[str, str]] = []
    for row in doc.rows:
        for cell in row:
            first, _, rest = cell.partition("\n")
            if rest.strip():
                found.append((norm(first), rest.strip()))
    in_lines: list[tuple[str, str]] = []
    lines = doc.lines
    for index, line in enumerate(lines):
        in_line = line_entries(line)
        found.extend(in_line)
        in_lines.extend(in_line)
        if not in_line and index + 1 < len(lines):
            following = lines[index + 1]
            if not is_label(following) and len(following) <= 120:
                found.append((norm(line), following.replace("\t", " ").strip()))
    doc.cache["entries"] = (found, in_lines)
    return found, in_lines


def fields(doc: Document, labels: frozenset[str]) -> Iterator[str]:
    """Every value given under one of ``labels``, in order."""
    return (value for key, value in entries(doc) if key in labels)


def field(doc: Document, labels: frozenset[str]) -> str:
    """The first value given under one of ``labels`` ("" when none)."""
    return next(fields(doc, labels), "")


def is_label(line: str) -> bool:
    """Whether ``line`` starts with a known label ("Payment method: …", "Total\t…")."""
    return norm(line.partition("\t")[0].partition(":")[0]) in ALL_LABELS
