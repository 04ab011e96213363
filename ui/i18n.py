"""Helpers for translated text.

Visible strings are marked where they are written, with ``self.tr()`` in widgets and
``QCoreApplication.translate(context, text)`` elsewhere, so ``pyside6-lupdate`` finds
them.  Placeholders are Qt's ``%1``, ``%2`` (whole sentences, translators may reorder
them) and ``%n`` for plurals.  PySide has no ``QString.arg``; :func:`fill` is it.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """Replace ``%1`` … ``%99`` with ``values`` in one pass (like ``QString.arg``).

    Values are inserted as they are: a ``%2`` inside the first value stays ``%2``.
    Placeholders without a value are left alone.
    """

    def replace(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 0 < index <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(replace, template)
