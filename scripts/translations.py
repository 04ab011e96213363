"""The UI translations: extract, check, fill in and compile them.

    python scripts/translations.py update            # re-extract from ui/ into every .ts
    python scripts/translations.py update --add pl   # … and start a new language
    python scripts/translations.py todo --lang hr -o hr.json   # what is left to translate
    python scripts/translations.py apply hr.json     # put the translated JSON back
    python scripts/translations.py check             # what the tests check, as a report
    python scripts/translations.py stats             # strings per language
    python scripts/translations.py build             # .ts → ui/translations/*.qm

Sources are ``resources/translations/shopkeeper_<lang>.ts`` (committed); ``build`` writes
``ui/translations/shopkeeper_<lang>.qm`` (not committed) for the files that changed.  The
English file holds only the plural messages ("1 message" / "%n messages"): every other
English text is its own source.  ``qtbase_<lang>.ts`` (hand-made, not extracted) adds Qt's
standard button texts where Qt ships no translation (Slovenian).  See docs/TRANSLATING.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ui.translations import (  # noqa: E402
    CATALOG,
    QT_CATALOG,
    SOURCE_LANGUAGE,
    SOURCES_DIR,
    TRANSLATIONS_DIR,
    compile_catalog,
    is_stale,
)

SCANNED = ("ui",)
"""Where lupdate looks for strings (recursively, *.py)."""

PLURAL_FORMS = {
    "en": ["1", "0, 2, 3, …"],
    "de": ["1", "0, 2, 3, …"],
    "tr": ["every number (Turkish has one form)"],
    "hr": ["1, 21, 31, … (not 11)", "2–4, 22–24, … (not 12–14)", "0, 5–20, 25–30, …"],
    "ru": ["1, 21, 31, … (not 11)", "2–4, 22–24, … (not 12–14)", "0, 5–20, 25–30, …"],
    "sl": ["1, 101, 201, …", "2, 102, …", "3, 4, 103, 104, …", "0, 5–100, 105, …"],
}
"""What each numerusform is for (Qt's rules for the language), as hints in ``todo``."""

_PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|%Ln|\{[A-Za-z_]\w*\}")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translations: tuple[str, ...] = ()
    state: str = ""
    """"" (finished), "unfinished", "vanished" or "obsolete"."""
    extra: str = field(default="", compare=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def active(self) -> bool:
        return self.state not in ("vanished", "obsolete")

    @property
    def label(self) -> str:
        return f"[{self.context}] {self.source!r}"


# Files


def ts_path(language: str) -> Path:
    return SOURCES_DIR / f"{CATALOG}_{language}.ts"


def language_of(path: Path) -> str:
    return path.stem.split("_", 1)[1]


def ts_files() -> list[Path]:
    """Our catalogs, extracted from the code."""
    return sorted(SOURCES_DIR.glob(f"{CATALOG}_*.ts"))


def supplement_files() -> list[Path]:
    """Hand-made additions to Qt's own translations (never extracted)."""
    return sorted(SOURCES_DIR.glob(f"{QT_CATALOG}_*.ts"))


def read_messages(path: Path) -> list[Message]:
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                state = "unfinished"
            else:
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
                state = translation.get("type", "")
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    numerus=numerus,
                    translations=forms,
                    state=state,
                    extra=element.findtext("extracomment") or "",
                )
            )
    return messages


# Tools


def qt_tool(name: str) -> list[str]:
    """The command for Qt's ``lupdate``/``lrelease`` from the PySide6 wheel."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    for candidate in (
        Path(PySide6.__file__).parent / f"{name}{suffix}",
        Path(sys.executable).parent / f"pyside6-{name}{suffix}",
    ):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-{name})")


def lupdate(
    ts: Path, *, language: str, plural_only: bool = False, drop_obsolete: bool = False
) -> str:
    """Extract the strings of :data:`SCANNED` into ``ts`` (merged with what it holds)."""
    command = [
        *qt_tool("lupdate"),
        "-extensions",
        "py",
        "-locations",
        "none",
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        language,
    ]
    if plural_only:
        command.append("-pluralonly")
    if drop_obsolete:
        command.append("-no-obsolete")
    command += [*SCANNED, "-ts", str(ts)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lupdate failed on {ts.name}:\n{result.stdout}{result.stderr}")
    return (result.stdout + result.stderr).strip()


def extract(folder: Path, language: str = "xx") -> list[Message]:
    """The messages in the code right now (a fresh extraction into ``folder``)."""
    path = folder / f"{CATALOG}_{language}.ts"
    path.unlink(missing_ok=True)
    lupdate(path, language=language, plural_only=language == SOURCE_LANGUAGE)
    return read_messages(path)


# Checks


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text`` (``%1``, ``%n``, ``{name}``), sorted: order may change."""
    return sorted(_PLACEHOLDER.findall(text))


def message_problems(message: Message, language: str) -> list[str]:
    """What is wrong with one translation ([] when it is fine or no longer used)."""
    if not message.active:
        return []
    if message.state == "unfinished" or not any(message.translations):
        return ["untranslated"]
    found: list[str] = []
    forms_needed = len(PLURAL_FORMS.get(language, ()))
    if message.numerus and forms_needed and len(message.translations) != forms_needed:
        found.append(f"{len(message.translations)} plural forms, {language} has {forms_needed}")
    expected = placeholders(message.source)
    for text in message.translations:
        if not text:
            found.append("a plural form is empty")
        elif placeholders(text) != expected:
            found.append(f"placeholders {placeholders(text)} instead of {expected} in {text!r}")
        elif text != text.strip() and message.source == message.source.strip():
            found.append(f"spaces around {text!r}")
        elif bool(_ACCELERATOR.search(message.source)) != bool(_ACCELERATOR.search(text)):
            found.append(f"the shortcut letter (&) was lost or added in {text!r}")
    return found


def problems(messages: Iterable[Message], language: str) -> list[str]:
    """Unfinished, empty and mismatched translations, one line each."""
    return [
        f"{problem}: {message.label}"
        for message in messages
        for problem in message_problems(message, language)
    ]


def out_of_step(committed: Iterable[Message], extracted: Iterable[Message]) -> list[str]:
    """Strings in the code but not (or only as vanished) in the file, and the reverse."""
    have = {m.key for m in committed if m.active}
    want = {m.key for m in extracted}
    numerus = {m.key: m.numerus for m in extracted}
    lines = [f"not in the file: [{c}] {s!r}" for c, s, _ in sorted(want - have)]
    lines += [f"no longer in the code: [{c}] {s!r}" for c, s, _ in sorted(have - want)]
    lines += [
        f"plural forms changed: [{m.context}] {m.source!r}"
        for m in committed
        if m.active and m.key in numerus and numerus[m.key] != m.numerus
    ]
    return lines


# Commands


def command_update(args: argparse.Namespace) -> int:
    SOURCES_DIR.mkdir(parents=True, exist_ok=True)
    languages = [language_of(p) for p in ts_files()]
    for language in args.add or []:
        if language not in languages:
            languages.append(language)
    for language in languages:
        print(f"{ts_path(language).relative_to(ROOT)}:")
        output = lupdate(
            ts_path(language),
            language=language,
            plural_only=language == SOURCE_LANGUAGE,
            drop_obsolete=args.drop_obsolete,
        )
        for line in output.splitlines():
            if line.strip() and not line.startswith("Updating"):
                print(f"    {line.strip()}")
    left = {language_of(p): len(todo_messages(p)) for p in ts_files()}
    if any(left.values()):
        waiting = ", ".join(f"{lang}: {n}" for lang, n in left.items() if n)
        print(f"To translate: {waiting} — see docs/TRANSLATING.md")
    return 0


def todo_messages(path: Path, *, everything: bool = False) -> list[Message]:
    messages = [m for m in read_messages(path) if m.active]
    if everything:
        return messages
    return [m for m in messages if message_problems(m, language_of(path))]


def command_todo(args: argparse.Namespace) -> int:
    entries: list[dict[str, object]] = []
    for language in args.lang or [language_of(p) for p in ts_files()]:
        path = ts_path(language)
        if not path.is_file():
            raise SystemExit(f"no {path.name}: run `update --add {language}` first")
        for message in todo_messages(path, everything=args.all):
            entry: dict[str, object] = {
                "language": language,
                "context": message.context,
                "source": message.source,
            }
            if message.comment:
                entry["comment"] = message.comment
            if message.extra:
                entry["note"] = message.extra
            if message.numerus:
                hints = PLURAL_FORMS.get(language, ["one", "other"])
                forms = list(message.translations) + [""] * len(hints)
                entry["plural_forms"] = hints
                entry["translation"] = forms[: len(hints)]
            else:
                entry["translation"] = message.translations[0] if message.translations else ""
            entries.append(entry)
    text = json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"{len(entries)} messages → {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def command_apply(args: argparse.Namespace) -> int:
    entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
    by_language: dict[str, dict[tuple[str, str, str], object]] = {}
    for entry in entries:
        key = (entry["context"], entry["source"], entry.get("comment", ""))
        by_language.setdefault(entry["language"], {})[key] = entry["translation"]
    rejected = 0
    for language, translations in by_language.items():
        path = ts_path(language)
        tree = ET.parse(path)
        applied = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for element in context.iter("message"):
                key = (name, element.findtext("source") or "", element.findtext("comment") or "")
                if key not in translations:
                    continue
                value = translations[key]
                forms = [value] if isinstance(value, str) else list(value)
                if not all(isinstance(f, str) and f.strip() for f in forms):
                    continue
                wrong = [f for f in forms if placeholders(f) != placeholders(key[1])]
                if wrong:
                    print(
                        f"{language}: rejected, placeholders differ: [{name}] {key[1]!r} → {wrong}"
                    )
                    rejected += 1
                    continue
                _set_translation(element, forms)
                applied += 1
        _write_ts(tree, path)
        lupdate(path, language=language, plural_only=language == SOURCE_LANGUAGE)
        print(f"{path.name}: {applied} translations applied")
    return 1 if rejected else 0


def _set_translation(message: ET.Element, forms: Sequence[str]) -> None:
    old = message.find("translation")
    translation = ET.Element("translation")
    if old is not None:
        for name, value in old.attrib.items():
            if name != "type" or value not in ("unfinished",):
                translation.set(name, value)
        index = list(message).index(old)
        message.remove(old)
    else:
        index = len(message)
    if message.get("numerus") == "yes":
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    message.insert(index, translation)


def _write_ts(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def command_check(_args: argparse.Namespace) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="shopkeeper-ts-") as folder:
        extracted = {
            SOURCE_LANGUAGE: extract(Path(folder), SOURCE_LANGUAGE),
            "": extract(Path(folder)),
        }
    for path in ts_files() + supplement_files():
        language = language_of(path)
        messages = read_messages(path)
        lines = problems(messages, language)
        if path in ts_files():
            key = language if language == SOURCE_LANGUAGE else ""
            lines += out_of_step(messages, extracted[key])
        failures += len(lines)
        print(f"{path.name}: {'ok' if not lines else f'{len(lines)} problems'}")
        for line in lines:
            print(f"    {line}")
    if failures:
        print("Run `python scripts/translations.py update`, then translate (docs/TRANSLATING.md).")
    return 1 if failures else 0


def command_stats(_args: argparse.Namespace) -> int:
    for path in ts_files():
        messages = read_messages(path)
        active = [m for m in messages if m.active]
        counts = Counter(
            "todo" if m.state == "unfinished" or not any(m.translations) else "done" for m in active
        )
        plural = sum(m.numerus for m in active)
        print(
            f"{language_of(path)}: {len(active)} strings ({plural} plural), "
            f"{counts['done']} translated, {counts['todo']} to do, "
            f"{len(messages) - len(active)} obsolete"
        )
    return 0


def command_build(args: argparse.Namespace) -> int:
    failed = []
    for path in ts_files() + supplement_files():
        target = TRANSLATIONS_DIR / f"{path.stem}.qm"
        if not args.force and not is_stale(path, target):
            continue
        if compile_catalog(path, target):
            if not args.quiet:
                print(f"{path.relative_to(ROOT)} → {target.relative_to(ROOT)}")
        else:
            failed.append(path.name)
    if failed:
        print(f"could not compile: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="re-extract the strings into every .ts file")
    update.add_argument("--add", action="append", metavar="LANG", help="start a new language")
    update.add_argument(
        "--drop-obsolete", action="store_true", help="forget strings no longer in the code"
    )
    update.set_defaults(run=command_update)
    todo = commands.add_parser("todo", help="untranslated or invalid messages as JSON")
    todo.add_argument("--lang", action="append", help="language (repeatable; default all)")
    todo.add_argument("--all", action="store_true", help="every message, to review")
    todo.add_argument("-o", "--output", help="write to this file (default: stdout)")
    todo.set_defaults(run=command_todo)
    apply = commands.add_parser("apply", help="put translations from a `todo` JSON file back")
    apply.add_argument("file")
    apply.set_defaults(run=command_apply)
    commands.add_parser("check", help="report what the tests check").set_defaults(run=command_check)
    commands.add_parser("stats", help="strings per language").set_defaults(run=command_stats)
    build = commands.add_parser("build", help="compile changed .ts files to .qm")
    build.add_argument("--force", action="store_true", help="compile every file")
    build.add_argument("-q", "--quiet", action="store_true")
    build.set_defaults(run=command_build)
    args = parser.parse_args(argv)
    result: int = args.run(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
