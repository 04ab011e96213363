"""The UI language: which one, its compiled catalogs, and installing them into the app.

Sources are Qt Linguist files, ``resources/translations/shopkeeper_<lang>.ts``
(``python scripts/translations.py update`` extracts them from ``ui/``).  The app loads
compiled ``.qm`` files from ``ui/translations/`` (not in git).  In a source checkout they
are built when missing or older than their ``.ts`` — by ``scripts/start``,
``scripts/test`` and, as a last resort, here at start (a few milliseconds per file) —
so they are never stale.  An installed package ships its ``.qm`` files instead.

The language follows the system's (``QLocale.system()``) unless the ``ui.language``
setting names one (:func:`saved_language`).  Dates and numbers follow it too
(``QLocale.setDefault``), and Qt's own dialogs and buttons use Qt's translations.
Without ``lrelease`` the app runs in English; it never fails to start over translations.

Threading rule: call :func:`install_translations` on the UI thread, before windows are
built; widgets set their texts once, so a changed language shows after a restart.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import closing
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

CATALOG = "shopkeeper"
QT_CATALOG = "qtbase"
"""Qt's own strings; ours (``qtbase_<lang>.ts``) only where Qt ships no ``qtbase_<lang>``."""
SOURCE_LANGUAGE = "en"
UI_LANGUAGE = "ui.language"
"""The setting with the chosen UI language code ("" or unset: the system's)."""

TRANSLATIONS_DIR = Path(__file__).with_name("translations")
"""Compiled catalogs, ``shopkeeper_<lang>.qm``."""
SOURCES_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
"""Linguist sources, ``shopkeeper_<lang>.ts`` (only in a source checkout)."""

NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "hr": "Hrvatski",
    "ru": "Русский",
    "sl": "Slovenščina",
    "tr": "Türkçe",
}

_installed: list[QTranslator] = []


# Languages


def available_languages() -> list[tuple[str, str]]:
    """The UI languages as (code, name in that language), English first, then by name."""
    codes = {SOURCE_LANGUAGE}
    for folder in (SOURCES_DIR, TRANSLATIONS_DIR):
        for pattern in (f"{CATALOG}_*.ts", f"{CATALOG}_*.qm"):
            codes.update(p.stem.removeprefix(f"{CATALOG}_") for p in folder.glob(pattern))
    codes = {c for c in codes if c and QLocale(c).language() != QLocale.Language.C}
    names = [(code, native_name(code)) for code in codes - {SOURCE_LANGUAGE}]
    names.sort(key=lambda item: item[1].casefold())
    return [(SOURCE_LANGUAGE, native_name(SOURCE_LANGUAGE)), *names]


def native_name(code: str) -> str:
    """ "Deutsch", "Hrvatski", … (the language's own name, capitalised for a menu)."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def resolve_language(language: str | None) -> str:
    """The UI language for the ``ui.language`` setting (None or unknown: the system's)."""
    codes = [code for code, _name in available_languages()]
    if language:
        wanted = language.replace("-", "_").split("_")[0].lower()
        if wanted in codes:
            return wanted
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in codes:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers use: the system's region when it speaks ``language``."""
    system = QLocale.system()
    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def saved_language(database: Path | None = None) -> str | None:
    """The chosen UI language (setting ``ui.language``), or None to follow the system.

    The Preferences dialog keeps it in ``QSettings`` (:mod:`ui.preferences`; "" means
    "the system's"), which wins.  Without that, the store's settings table at ``database``
    is asked: the window needs its language before the store is opened (off the UI thread,
    with migrations), so the one row is read directly and read-only; it never creates or
    changes the file, and any problem (no file, no table yet) means "not set".
    """
    settings = QSettings()
    if settings.contains(UI_LANGUAGE):
        chosen = settings.value(UI_LANGUAGE, "")
        return chosen if isinstance(chosen, str) and chosen else None
    if database is None or not database.is_file():
        return None
    try:
        uri = f"{database.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as connection:
            row = connection.execute(
                "SELECT value FROM settings WHERE key = ?", (UI_LANGUAGE,)
            ).fetchone()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return value if isinstance(value, str) and value else None


# Compiling


def lrelease_command() -> list[str] | None:
    """How to run Qt's ``lrelease`` (the PySide6 wheel ships it), or None."""
    suffix = ".exe" if sys.platform == "win32" else ""
    package = Path(PySide6.__file__).parent
    scripts = Path(sys.executable).parent
    for candidate in (package / f"lrelease{suffix}", scripts / f"pyside6-lrelease{suffix}"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def is_stale(source: Path, compiled: Path) -> bool:
    """Whether ``compiled`` is missing or older than ``source``."""
    try:
        return compiled.stat().st_mtime_ns < source.stat().st_mtime_ns
    except FileNotFoundError:
        return True


def compile_catalog(source: Path, compiled: Path) -> bool:
    """Compile ``source`` (.ts) to ``compiled`` (.qm) with lrelease; False when it failed.

    The file is written under a temporary name and renamed, so an app starting at the
    same moment never reads half a catalog.
    """
    command = lrelease_command()
    if command is None:
        log.warning("lrelease was not found: %s is not compiled", source.name)
        return False
    try:
        compiled.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(suffix=".qm", dir=compiled.parent)
        os.close(handle)
    except OSError as exc:
        log.info("cannot write to %s: %s", compiled.parent, exc)
        return False
    try:
        result = subprocess.run(
            [*command, "-silent", str(source), "-qm", temporary],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0 or os.path.getsize(temporary) == 0:
            log.warning("lrelease failed on %s: %s", source.name, result.stderr.strip())
            return False
        os.chmod(temporary, 0o644)
        os.replace(temporary, compiled)
        return True
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("lrelease failed on %s: %s", source.name, exc)
        return False
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def cache_dir() -> Path:
    """Where catalogs are compiled when ``ui/translations/`` cannot be written to."""
    return Path(platformdirs.user_cache_dir("Shopkeeper", appauthor=False)) / "translations"


def compiled_catalog(language: str, catalog: str = CATALOG) -> Path | None:
    """The up-to-date ``.qm`` for ``language``, compiling it first when needed; or None.

    ``ui/translations/`` is used when it can be written to, else the user's cache folder.
    Without a ``.ts`` (an installed package) the shipped ``.qm`` is used as it is.
    """
    name = f"{catalog}_{language}"
    source = SOURCES_DIR / f"{name}.ts"
    places = [TRANSLATIONS_DIR / f"{name}.qm"]
    if not source.is_file():
        return next((p for p in places if p.is_file()), None)
    places.append(cache_dir() / f"{name}.qm")
    for compiled in places:
        if not is_stale(source, compiled):
            return compiled
    for compiled in places:
        if compile_catalog(source, compiled):
            return compiled
    log.warning("%s could not be compiled; the app shows English", source.name)
    return None


# Installing


def install_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Show the UI in ``language`` (None: the system's); returns the language in effect.

    Replaces translators installed by an earlier call, and sets the default locale (for
    dates and numbers) to match.  Falls back to English, quietly, when a catalog is
    missing or cannot be compiled.
    """
    uninstall_translations(app)
    code = resolve_language(language)
    catalog = compiled_catalog(code)
    ours = QTranslator(app)
    if catalog is not None and ours.load(str(catalog)):
        translators = [ours]
    else:
        if catalog is not None:
            log.warning("could not load %s", catalog)
        code = SOURCE_LANGUAGE
        translators = []
    if code != SOURCE_LANGUAGE:
        translators += qt_translators(app, code)
    for translator in translators:
        app.installTranslator(translator)
    _installed.extend(translators)
    QLocale.setDefault(locale_for(code))
    return code


def qt_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Qt's own strings (standard buttons, text field menus, dialogs) in ``language``.

    ``qtbase_<lang>.qm`` from Qt where the wheel has it.  Otherwise (Slovenian) Qt's older
    all-in-one ``qt_<lang>.qm`` plus our ``qtbase_<lang>.ts`` for what it lacks (the
    standard buttons).  For most languages ``qt_<lang>.qm`` only lists catalogs to load,
    some of which PySide6-Essentials lacks, so it is never tried first.
    """
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(QLocale(language), QT_CATALOG, "_", folder):
        return [qtbase]
    found: list[QTranslator] = []
    ours = compiled_catalog(language, QT_CATALOG)
    supplement = QTranslator(app)
    if ours is not None and supplement.load(str(ours)):
        found.append(supplement)
    legacy = QTranslator(app)
    if legacy.load(QLocale(language), "qt", "_", folder):
        found.append(legacy)
    return found


def uninstall_translations(app: QCoreApplication) -> None:
    """Back to the source texts and the system locale."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())
