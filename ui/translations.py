"""Loading the UI translations for the user's language, when there are any.

Translation files (``shopkeeper_<lang>.qm``, built from ``.ts`` with ``pyside6-lrelease``)
live in ``ui/translations/``; Qt's own strings (dialog buttons) come from Qt's files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).with_name("translations")


def install_translations(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the translators for ``locale`` (default: the system's); returns them."""
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, "shopkeeper", "_", str(TRANSLATIONS_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
