"""The translations: complete, true to their sources, in step with the code, and loaded.

The ``.ts`` files are checked the way STYLE.md asks: no message untranslated, and no
translation whose placeholders (``%1``, ``%n``, ``{name}``) differ from its source.  A
fresh extraction from ``ui/`` must hold exactly the strings of the committed files, so a
new ``tr()`` without ``python scripts/translations.py update`` fails here.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import sqlite3
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

import ui.translations as translations
from console.inbox.age import Age, AgeUnit
from ui import format as fmt
from ui.main_window import MainWindow
from ui.operations import Operations

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("en", "hr", "de", "ru", "sl", "tr")
UPDATE = "run `python scripts/translations.py update`, then translate what it reports"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "shopkeeper_translations_tool", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
CATALOGS = {tool.language_of(path): path for path in tool.ts_files()}
SUPPLEMENTS = {path.stem: path for path in tool.supplement_files()}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[object]]:
    """What lupdate finds in the code now: all messages, and the plural ones (English)."""
    folder = tmp_path_factory.mktemp("extracted")
    return {"all": tool.extract(folder), "en": tool.extract(folder, "en")}


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The application; afterwards back in English with the system locale."""
    yield qapp
    translations.uninstall_translations(qapp)


# The files


def test_there_is_a_catalog_for_every_language() -> None:
    assert sorted(CATALOGS) == sorted(LANGUAGES)
    codes = [code for code, _name in translations.available_languages()]
    assert codes[0] == "en" and sorted(codes) == sorted(LANGUAGES)
    names = dict(translations.available_languages())
    assert names["hr"] == "Hrvatski" and names["ru"] == "Русский" and names["tr"] == "Türkçe"


@pytest.mark.parametrize("name", sorted(CATALOGS) + sorted(SUPPLEMENTS))
def test_every_string_is_translated(name: str) -> None:
    path = CATALOGS.get(name) or SUPPLEMENTS[name]
    language = tool.language_of(path)
    missing = [
        line
        for line in tool.problems(tool.read_messages(path), language)
        if line.startswith(("untranslated", "a plural form is empty"))
    ]
    assert not missing, (
        f"{path.name}: {len(missing)} messages without a translation "
        f"(`python scripts/translations.py todo --lang {language}` lists them):\n"
        + "\n".join(missing)
    )


@pytest.mark.parametrize("name", sorted(CATALOGS) + sorted(SUPPLEMENTS))
def test_translations_keep_the_placeholders_of_their_source(name: str) -> None:
    path = CATALOGS.get(name) or SUPPLEMENTS[name]
    language = tool.language_of(path)
    wrong = [
        line
        for line in tool.problems(tool.read_messages(path), language)
        if not line.startswith(("untranslated", "a plural form is empty"))
    ]
    assert not wrong, f"{path.name}: translations that differ from their source:\n" + "\n".join(
        wrong
    )


def test_placeholders_are_compared_as_a_set_translators_may_reorder() -> None:
    message = tool.Message("C", "%1 wrote to %2", translations=("%2 hat von %1",))
    assert tool.message_problems(message, "de") == []
    lost = tool.Message("C", "%1 wrote to %2", translations=("%1 hat geschrieben",))
    assert "placeholders" in tool.message_problems(lost, "de")[0]
    plural = tool.Message("C", "%n d", numerus=True, translations=("%n Tag", "Tage"))
    assert "placeholders" in tool.message_problems(plural, "de")[0]
    named = tool.Message("C", "Hello {name}", translations=("Hallo {Name}",))
    assert tool.message_problems(named, "de")
    accelerator = tool.Message("C", "&Quit", translations=("Beenden",))
    assert "shortcut" in tool.message_problems(accelerator, "de")[0]


@pytest.mark.parametrize("language", sorted(CATALOGS))
def test_the_catalogs_are_in_step_with_the_code(
    language: str, extracted: dict[str, list[object]]
) -> None:
    committed = tool.read_messages(CATALOGS[language])
    fresh = extracted["en" if language == "en" else "all"]
    differences = tool.out_of_step(committed, fresh)
    assert not differences, (
        f"{CATALOGS[language].name} is out of step with ui/ ({UPDATE}):\n" + "\n".join(differences)
    )


def test_the_english_catalog_holds_the_plural_forms(extracted: dict[str, list[object]]) -> None:
    english = tool.read_messages(CATALOGS["en"])
    assert english and all(m.numerus for m in english)
    tray = next(m for m in english if m.source == "Shopkeeper: %n item(s) waiting for you")
    assert tray.translations == (
        "Shopkeeper: %n item waiting for you",
        "Shopkeeper: %n items waiting for you",
    )


# Strings lupdate cannot see


def _translation_calls(path: Path) -> Iterator[tuple[int, str]]:
    """Calls lupdate misreads, as (line, what is wrong)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    wrappers = _wrappers(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute | ast.Name):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
        if name in wrappers and isinstance(node.func, ast.Name):
            yield node.lineno, f"{name}() wraps translate(): lupdate never sees this string"
            continue
        if name == "translate":
            text_index, count_index = 1, 3
        elif name == "tr":
            text_index, count_index = 0, 2
        else:
            continue
        if node.keywords:
            yield node.lineno, f"{name}() with keyword arguments is not extracted at all"
        if len(node.args) <= text_index:
            continue
        text = node.args[text_index]
        if isinstance(text, ast.JoinedStr):
            yield node.lineno, f"{name}() of an f-string: format after translating (fill)"
        elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            if not _inside(node, wrappers.values()):
                yield node.lineno, f"{name}() of a variable: lupdate cannot see the text"
        elif name == "translate" and len(node.args) > count_index:
            yield node.lineno, "translate() with a count loses its plural forms: use Context.tr"


def _wrappers(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    """Module functions that pass a parameter to translate() or tr() as the text."""
    found: dict[str, ast.FunctionDef] = {}
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        parameters = {a.arg for a in function.args.args}
        for node in ast.walk(function):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("translate", "tr")
                and any(isinstance(a, ast.Name) and a.id in parameters for a in node.args[:2])
            ):
                found[function.name] = function
    return found


def _inside(node: ast.AST, functions: Iterable[ast.FunctionDef]) -> bool:
    return any(node in ast.walk(function) for function in functions)


def test_the_extraction_check_knows_what_lupdate_misses(tmp_path: Path) -> None:
    source = tmp_path / "widget.py"
    source.write_text(
        "def _tr(text):\n"
        "    return QCoreApplication.translate('X', text)\n"
        "class W(QWidget):\n"
        "    def f(self, n, name):\n"
        "        self.tr('Fine %1')\n"
        "        self.tr('%n fine', '', n)\n"
        "        Format.tr('%n fine', None, n)\n"
        "        _tr('Hidden')\n"
        "        self.tr(name)\n"
        "        self.tr(f'Hello {name}')\n"
        "        QCoreApplication.translate('X', '%n lost', None, n)\n"
        "        QCoreApplication.translate('X', '%n dropped', n=n)\n",
        encoding="utf-8",
    )
    problems = dict(_translation_calls(source))
    assert sorted(problems) == [8, 9, 10, 11, 12]
    assert "wraps translate()" in problems[8] and "variable" in problems[9]
    assert "f-string" in problems[10] and "plural" in problems[11]
    assert "keyword" in problems[12]


def test_every_translated_string_can_be_extracted() -> None:
    """lupdate only sees literal texts, and misses counts and keywords (see ui.i18n)."""
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{line}: {problem}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        if path.name != "i18n.py"
        for line, problem in _translation_calls(path)
    ]
    assert not found, "strings the translations will never see (docs/TRANSLATING.md):\n" + (
        "\n".join(found)
    )


# Loading


def _translation(language: str, context: str, source: str) -> str:
    messages = tool.read_messages(CATALOGS[language])
    return next(m.translations[0] for m in messages if (m.context, m.source) == (context, source))


@pytest.mark.parametrize("language", [code for code in LANGUAGES if code != "en"])
def test_the_window_shows_each_language(qtbot: QtBot, app: QApplication, language: str) -> None:
    assert translations.install_translations(app, language) == language
    assert QLocale().language() == QLocale(language).language(), "dates follow the language"
    window = MainWindow(Operations())
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == _translation(language, "MainWindow", "&File")
    entries = window.navigation.model()
    texts = [entries.index(row, 0).data() for row in range(entries.rowCount())]
    assert _translation(language, "NavigationPane", "Waiting on customer") in texts
    assert _translation(language, "NavigationPane", "Customers") in texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() != "Cancel", "Qt's own texts are translated too"
    window.ops.shutdown()


def test_plural_forms_follow_the_rules_of_each_language(app: QApplication) -> None:
    translations.install_translations(app, "ru")
    years = [fmt.age_text(Age(n, AgeUnit.YEARS)) for n in (1, 3, 5, 21)]
    assert years == ["1 г.", "3 г.", "5 л.", "21 г."]
    tray = [
        QCoreApplication.translate("Tray", "Shopkeeper: %n item(s) waiting for you", "", n)
        for n in (1, 2, 5, 11, 22)
    ]
    assert [text.split(": ")[1] for text in tray] == [
        "Вас ждёт 1 задача",
        "Вас ждут 2 задачи",
        "Вас ждут 5 задач",
        "Вас ждут 11 задач",
        "Вас ждут 22 задачи",
    ]
    translations.install_translations(app, "sl")
    tray = [
        QCoreApplication.translate("Tray", "Shopkeeper: %n item(s) waiting for you", "", n)
        for n in (1, 2, 3, 5, 101)
    ]
    assert [text.split(": ")[1] for text in tray] == [
        "1 zadeva vas čaka",
        "2 zadevi vas čakata",
        "3 zadeve vas čakajo",
        "5 zadev vas čaka",
        "101 zadeva vas čaka",
    ]
    translations.install_translations(app, "en")
    assert QCoreApplication.translate(
        "Tray", "Shopkeeper: %n item(s) waiting for you", "", 1
    ).endswith("1 item waiting for you")
    assert fmt.age_text(Age(2, AgeUnit.DAYS)) == "2 d"


def test_the_system_language_is_the_default(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    class AustrianSystem(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("de_AT")

    monkeypatch.setattr(translations, "QLocale", AustrianSystem)
    assert translations.resolve_language(None) == "de"
    assert translations.resolve_language("") == "de"
    assert translations.resolve_language("hr") == "hr"
    assert translations.resolve_language("pt_BR") == "de", "unknown: the system's"
    assert translations.locale_for("de").name() == "de_AT", "the system's region is kept"
    assert translations.locale_for("sl").name() == "sl_SI"

    class BrazilianSystem(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale("pt_BR")

    monkeypatch.setattr(translations, "QLocale", BrazilianSystem)
    assert translations.resolve_language(None) == "en"


def test_without_lrelease_the_app_falls_back_to_english(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", tmp_path / "built")
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "cache")
    monkeypatch.setattr(translations, "lrelease_command", lambda: None)
    assert translations.install_translations(app, "de") == "en"
    assert QCoreApplication.translate("NavigationPane", "Customers") == "Customers"
    assert QLocale().language() == QLocale.Language.English


def test_a_catalog_is_compiled_when_missing_or_older_than_its_source(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sources, built = tmp_path / "sources", tmp_path / "built"
    sources.mkdir()
    source = sources / "shopkeeper_hr.ts"
    source.write_bytes(CATALOGS["hr"].read_bytes())
    monkeypatch.setattr(translations, "SOURCES_DIR", sources)
    monkeypatch.setattr(translations, "TRANSLATIONS_DIR", built)
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path / "cache")
    compiled = translations.compiled_catalog("hr")
    assert compiled == built / "shopkeeper_hr.qm" and compiled.stat().st_size > 0
    first = compiled.stat().st_mtime_ns
    assert translations.compiled_catalog("hr") == compiled
    assert compiled.stat().st_mtime_ns == first, "an up-to-date catalog is left alone"
    later = time.time() + 5
    os.utime(source, (later, later))
    assert translations.compiled_catalog("hr") == compiled
    assert compiled.stat().st_mtime_ns > first, "a newer source is compiled again"


def test_the_saved_language_comes_from_the_settings(tmp_path: Path) -> None:
    database = tmp_path / "shop.sqlite3"
    assert translations.saved_language(database) is None
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO settings VALUES ('ui.language', '\"sl\"')")
    connection.close()
    assert translations.saved_language(database) == "sl"
    QSettings().setValue(translations.UI_LANGUAGE, "tr")
    assert translations.saved_language(database) == "tr", "the Preferences choice wins"
    QSettings().setValue(translations.UI_LANGUAGE, "")
    assert translations.saved_language() is None, "empty: follow the system"


# Dates and numbers


@pytest.fixture
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("language", "short", "with_time", "other_year"),
    [
        ("en", "Wed, Nov 25", "Wed, Nov 25, 2:05\u202fPM", "Mon, Nov 25, 2024"),
        ("hr", "sri, 25. stu", "sri, 25. stu 14:05", "pon, 25. stu 2024."),
        ("de", "Mi., 25. Nov.", "Mi., 25. Nov., 14:05", "Mo., 25. Nov. 2024"),
        ("ru", "ср, 25 нояб.", "ср, 25 нояб., 14:05", "пн, 25 нояб. 2024\u202fг."),
        ("sl", "sre., 25. nov.", "sre., 25. nov., 14:05", "pon., 25. nov. 2024"),
        ("tr", "25 Kas Çar", "25 Kas Çar 14:05", "25 Kas 2024 Pzt"),
    ],
)
def test_dates_are_written_the_way_each_language_writes_them(
    utc: None, language: str, short: str, with_time: str, other_year: str
) -> None:
    locale = QLocale(language)
    when = datetime(2026, 11, 25, 14, 5, tzinfo=UTC)
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert fmt.short_date(when, now, locale) == short
    assert fmt.date_time(when, now, locale) == with_time
    assert fmt.short_date(when.replace(year=2024), now, locale) == other_year


def test_sizes_and_language_names_follow_the_language() -> None:
    assert fmt.file_size(215, QLocale("ru")) == "215 байт"
    assert fmt.file_size(215, QLocale("hr")) == "215 bajtova"
    assert fmt.file_size(1_234_567, QLocale("de")) == "1,2 MB"
    assert fmt.file_size(215, QLocale("en")) == "215 bytes"
    assert fmt.language_name("de", QLocale("hr")) == "Njemački"
    assert fmt.language_name("hr", QLocale("tr")) == "Hırvatça"
    assert fmt.language_name("hr", QLocale("en")) == "Croatian"
    assert fmt.language_name(None) == ""


def test_the_default_locale_drives_the_formatting(app: QApplication, utc: None) -> None:
    translations.install_translations(app, "de")
    when = datetime(2026, 11, 25, 14, 5, tzinfo=UTC)
    assert fmt.short_date(when, when) == "Mi., 25. Nov."
    assert fmt.language_name("hr") == "Kroatisch"
