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


_SPACES_IN_LINE: Final = re.compile(r"[ \r\n\u00a0\u200b\u200c\u200d\ufeff]+")
"""``_SPACES`` without the tab: a line is cleaned once, before it is cut into its cells."""
_SPACES_IN_CELL: Final = re.compile(r"[ \t\r\u00a0\u200b\u200c\u200d\ufeff]+")
"""``_SPACES`` without the newline: a cell is cleaned once, before it is cut into lines."""
_TAB_RUNS: Final = re.compile(r"\t{2,}")
_TABLE_TAGS: Final = frozenset({"br", "a", "table", "tr", "td", "th"})
_HANDLED: Final = _BLOCK | _SKIP | _TABLE_TAGS
"""Tags that change the lines, rows or links; any other tag (span, strong, img) is skipped."""


def _clean(text: str) -> str:
    if "  " not in text and text.isprintable():
        # Every _SPACES character but the plain space is unprintable: the only runs are
        # single spaces, which the substitution would leave as they are.
        return text.strip()
    return _SPACES.sub(" ", text).strip()


def _clean_line(text: str) -> str:
    """The cells of a line (separated by tabs) cleaned, without empty edge cells, and runs
    of tabs as one ("" when the line has no text)."""
    if "\t" not in text:
        return _clean(text)
    # Whitespace runs never cross a tab (the tab is not in _SPACES_IN_LINE), so cleaning
    # the whole line and then cutting it equals cleaning each cell.
    cells = _SPACES_IN_LINE.sub(" ", text).split("\t")
    line = "\t".join([cell.strip() for cell in cells]).strip("\t ")
    if not line.replace("\t", "").strip():
        return ""
    return _TAB_RUNS.sub("\t", line)


def _clean_cell(text: str) -> str:
    """A table cell's non-empty lines, each cleaned."""
    if "  " not in text and text.isprintable():
        return text.strip()  # one line (a newline is unprintable), nothing to substitute
    # As in _clean_line: runs of _SPACES_IN_CELL never cross a newline.
    parts = _SPACES_IN_CELL.sub(" ", text).split("\n")
    return "\n".join([part for part in [part.strip() for part in parts] if part])


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
            line = _clean_line("".join(current))
            current.clear()
            if line:
                lines.append(line)

    # findall gives the groups as a tuple ("" for those not matched): a text token is
    # never empty, a tag token has no text.
    for slash, name, attributes, text in _TOKEN.findall(markup[:MAX_HTML]):
        if text:
            if skip_depth:
                continue
            # unescape returns text without "&" unchanged; skipping the call saves time.
            decoded = html_entities.unescape(text) if "&" in text else text
            current.append(decoded)
            if tables and tables[-1].cell is not None:
                tables[-1].cell.append(decoded)
            continue
        tag = name.lower()
        if tag not in _HANDLED:
            continue
        closing = slash == "/"
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
            href = _HREF.search(attributes)
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
                    cells = tuple([_clean_cell(cell) for cell in table.cells])
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
        if "\t" not in stripped and "  " not in stripped:
            lines.append(stripped)  # one column: nothing for _TEXT_COLUMNS to split
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
