"""A notification mail as lines and table rows, the shape the order and form parsers read.

Shop mails are HTML tables: the product, the quantity and the price are cells of one row.
``console.mail.html.html_to_text`` joins cells with spaces (right for reading, wrong for
parsing), so this module walks the sanitized HTML (nh3's canonical serialization, stored in
``ParsedMessage.html``) once and keeps both views: text lines, with cells separated by a
tab, and the rows of innermost tables as lists of cells.  Plain-text mails give lines, and
rows where columns are separated by tabs or runs of spaces.
"""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass, field
from typing import Final

from console.mail.parsed import ParsedMessage

_TOKEN: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)", re.DOTALL)
_HREF: Final = re.compile(r'href="([^"]*)"')
_BLOCK: Final = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "tr",
        "thead",
        "tbody",
        "tfoot",
        "address",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "center",
        "hr",
        "pre",
        "dl",
        "dt",
        "dd",
        "caption",
        "main",
    }
)
_SKIP: Final = frozenset({"style", "script", "head", "title"})
_SPACES: Final = re.compile(r"[ \t\r\n\u00a0\u200b\u200c\u200d\ufeff]+")
_TEXT_COLUMNS: Final = re.compile(r"\t+| {2,}")
MAX_HTML: Final = 400_000


@dataclass(frozen=True, slots=True)
class Document:
    subject: str
    sender: str
    """"Name <address>" of the From header (the form or shop system)."""
    lines: tuple[str, ...]
    """Non-empty text lines, stripped; table cells on one line are separated by a tab."""
    rows: tuple[tuple[str, ...], ...]
    """Rows of innermost tables (or tab/space columns of text), each a tuple of cells."""
    links: tuple[str, ...] = field(default=())
    cache: dict[str, object] = field(default_factory=dict, compare=False, repr=False)
    """What readers derive from the document once (label indexes); not part of its value."""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(slots=True)
class _Table:
    rows: list[list[str]] = field(default_factory=list)
    cells: list[str] | None = None
    cell: list[str] | None = None
    nested: bool = False


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def html_lines(markup: str) -> tuple[list[str], list[tuple[str, ...]], list[str]]:
    """(lines, rows, links) of sanitized HTML."""
    lines: list[str] = []
    current: list[str] = []
    rows: list[tuple[str, ...]] = []
    links: list[str] = []
    tables: list[_Table] = []
    skip_depth = 0

    def newline() -> None:
        if current:
            line = "\t".join(_clean(part) for part in "".join(current).split("\t"))
            line = line.strip("\t ")
            if line.replace("\t", "").strip():
                lines.append(re.sub(r"\t{2,}", "\t", line))
            current.clear()

    for match in _TOKEN.finditer(markup[:MAX_HTML]):
        text = match.group(4)
        if text is not None:
            if skip_depth:
                continue
            decoded = html_entities.unescape(text)
            current.append(decoded)
            if tables and tables[-1].cell is not None:
                tables[-1].cell.append(decoded)
            continue
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag in _SKIP:
            skip_depth = max(0, skip_depth + (-1 if closing else 1))
            continue
        if skip_depth:
            continue
        if tag == "br":
            newline()
            if tables and tables[-1].cell is not None:
                tables[-1].cell.append("\n")
            continue
        if tag == "a" and not closing:
            href = _HREF.search(match.group(3))
            if href:
                links.append(html_entities.unescape(href.group(1)))
            continue
        if tag == "table":
            newline()
            if not closing:
                if tables:
                    tables[-1].nested = True
                tables.append(_Table())
            elif tables:
                tables.pop()
            continue
        if not tables:
            if tag in _BLOCK:
                newline()
            continue
        table = tables[-1]
        if tag == "tr":
            newline()
            if not closing:
                table.cells, table.nested = [], False
            else:
                if table.cells is not None and not table.nested:
                    cells = tuple(
                        "\n".join(_clean(part) for part in cell.split("\n") if _clean(part))
                        for cell in table.cells
                    )
                    if any(cells):
                        rows.append(cells)
                table.cells = None
            continue
        if tag in ("td", "th"):
            if not closing:
                table.cell = []
                if table.cells is None:
                    table.cells = []
            else:
                if table.cell is not None and table.cells is not None:
                    table.cells.append("".join(table.cell))
                table.cell = None
                current.append("\t")
            continue
        if tag in _BLOCK:
            newline()
            if table.cell is not None:
                table.cell.append("\n")
    newline()
    return lines, rows, links


def text_lines(text: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """(lines, rows) of a plain-text body."""
    lines: list[str] = []
    rows: list[tuple[str, ...]] = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped:
            continue
        cells = tuple(cell.strip() for cell in _TEXT_COLUMNS.split(stripped) if cell.strip())
        lines.append("\t".join(cells))
        if len(cells) >= 2:
            rows.append(cells)
    return lines, rows


def _sender(parsed: ParsedMessage) -> str:
    if parsed.from_ is None:
        return ""
    return f"{parsed.from_.name} <{parsed.from_.email}>"


def html_document(parsed: ParsedMessage) -> Document | None:
    if not parsed.html:
        return None
    lines, rows, links = html_lines(parsed.html)
    return Document(parsed.subject, _sender(parsed), tuple(lines), tuple(rows), tuple(links))


def text_document(parsed: ParsedMessage) -> Document:
    lines, rows = text_lines(parsed.text)
    links = tuple(re.findall(r"https?://[^\s<>\"')]+", parsed.text))
    return Document(parsed.subject, _sender(parsed), tuple(lines), tuple(rows), links)


def documents(parsed: ParsedMessage) -> list[Document]:
    """The HTML view first (when there is one), then the text view."""
    found = [html_document(parsed), text_document(parsed)]
    return [doc for doc in found if doc is not None]
