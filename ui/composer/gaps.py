"""Template gaps (``[order.number]``): values a template needed and did not have.

They are marked wherever the owner sees them, in the template preview and in the
reply being written, so none goes out by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)

from console.templates.render import DEFAULT_MARKER

ORANGE = QColor("#f0a040")


def marker(name: str) -> str:
    """How the gap for ``name`` reads in the text: ``[order.number]``."""
    return DEFAULT_MARKER.replace("{name}", name)


def gap_background(palette: QPalette) -> QColor:
    """An orange tint that reads on light and dark bases alike."""
    base = palette.color(QPalette.ColorRole.Base)
    amount = 0.45 if base.lightness() < 128 else 0.35
    return QColor(
        round(base.red() * (1 - amount) + ORANGE.red() * amount),
        round(base.green() * (1 - amount) + ORANGE.green() * amount),
        round(base.blue() * (1 - amount) + ORANGE.blue() * amount),
    )


def gap_pattern(markers: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern finding any of ``markers``; None when there are none."""
    unique = sorted(set(markers), key=len, reverse=True)
    return re.compile("|".join(re.escape(m) for m in unique)) if unique else None


def gaps_in(text: str, markers: Iterable[str]) -> list[str]:
    """The markers still present in ``text``, in order of first appearance."""
    pattern = gap_pattern(markers)
    if pattern is None:
        return []
    return list(dict.fromkeys(m.group(0) for m in pattern.finditer(text)))


class GapHighlighter(QSyntaxHighlighter):
    """Marks the known gaps in a plain-text editor's document."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self._markers: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        self._format = QTextCharFormat()
        self.set_palette(palette)

    @property
    def markers(self) -> frozenset[str]:
        return frozenset(self._markers)

    def set_palette(self, palette: QPalette) -> None:
        self._format = QTextCharFormat()
        self._format.setBackground(gap_background(palette))
        self._format.setFontWeight(QFont.Weight.DemiBold)
        self.rehighlight()

    def add_markers(self, markers: Iterable[str]) -> None:
        before = len(self._markers)
        self._markers.update(markers)
        if len(self._markers) != before:
            self._pattern = gap_pattern(self._markers)
            self.rehighlight()

    def clear_markers(self) -> None:
        if self._markers:
            self._markers.clear()
            self._pattern = None
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self._pattern is None:
            return
        for match in self._pattern.finditer(text):
            self.setFormat(match.start(), match.end() - match.start(), self._format)
