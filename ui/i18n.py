"""Helpers for translated text.

Visible strings are marked where they are written, with ``self.tr()`` in widgets and
``QCoreApplication.translate(context, text)`` elsewhere, so ``pyside6-lupdate`` finds
them.  Placeholders are Qt's ``%1``, ``%2`` (whole sentences, translators may reorder
them) and ``%n`` for plurals.  PySide has no ``QString.arg``; :func:`fill` is it.

Plurals need care, because of two tool quirks (see docs/TRANSLATING.md):

- ``lupdate`` reads ``QCoreApplication.translate(context, text, None, n)`` as a plain
  message (no plural forms), and drops a call with keyword arguments altogether;
- PySide's ``self.tr(text, "", n)`` finds the plural forms only when the object's class
  is the class whose method calls it (not in a subclass).

So plurals outside a widget's own methods go through a :class:`TranslationContext`::

    class Format(TranslationContext):
        '''The "Format" translation context.'''

    Format.tr("%n min", None, minutes)   # lupdate: context "Format", plural
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

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


class TranslationContext:
    """A translation context named after the subclass: ``Name.tr(text, comment, n)``.

    ``lupdate`` reads ``Name.tr(...)`` as context ``Name`` (with plural forms when a
    count is passed), and this looks the text up in that same context, so the two
    always agree.  Call it through the class name itself, never an alias or instance.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
