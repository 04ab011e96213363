"""Templates as files, so two shops can share them.

The format is JSON, UTF-8, one object per template with its versions by language::

    {
      "format": "shopkeeper-templates",
      "version": 1,
      "templates": [
        {
          "key": "order_received",
          "category": "orders",
          "shortcut": 1,
          "versions": {
            "hr": {"subject": "Zaprimili smo …", "body": "Dobar dan …"},
            "de": {"subject": "…", "body": ["line 1", "line 2"]}
          }
        }
      ]
    }

A body (or subject) may be one string or a list of lines (joined with newlines), which
is easier to read and review by hand.  A file holding a single template object (without
the ``templates`` list) is accepted too: the starter set is one such file per template.
Everything is validated before anything is stored, so a bad file changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from console.errors import UserError
from console.storage.database import Database
from console.templates.render import TemplateProblem, check
from console.templates.store import (
    MAX_SHORTCUT,
    StoredTemplate,
    TemplateStoreError,
    Version,
    create_template,
    edit_template,
    list_templates,
    normalize_key,
)

FORMAT: Final = "shopkeeper-templates"
FORMAT_VERSION: Final = 1
MAX_FILE_BYTES: Final = 5 * 1024 * 1024


class TemplateFileError(UserError, ValueError):
    """The file is not a template file we can read; ``str()`` says why."""


@dataclass(frozen=True, slots=True)
class TemplateSpec:
    key: str
    category: str
    shortcut: int | None
    versions: tuple[Version, ...]


@dataclass(slots=True)
class ImportReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Keys that already existed and were kept as they are (``replace=False``)."""


def _text(value: Any, where: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        return "\n".join(value)
    raise TemplateFileError(f"{where} must be text or a list of lines.")


def _spec(item: Any, index: int) -> TemplateSpec:
    if not isinstance(item, dict):
        raise TemplateFileError(f"Template {index + 1} is not an object.")
    where = f"Template {item.get('key', index + 1)}"
    try:
        key = normalize_key(str(item.get("key", "")))
    except TemplateStoreError as exc:
        raise TemplateFileError(f"{where}: {exc}") from exc
    shortcut = item.get("shortcut")
    if shortcut is not None and (
        not isinstance(shortcut, int) or isinstance(shortcut, bool) or not 1 <= shortcut <= 9
    ):
        raise TemplateFileError(f"{where}: the shortcut must be 1 to {MAX_SHORTCUT}.")
    raw_versions = item.get("versions")
    if isinstance(raw_versions, list):
        raw_versions = {v.get("language"): v for v in raw_versions if isinstance(v, dict)}
    if not isinstance(raw_versions, dict) or not raw_versions:
        raise TemplateFileError(f"{where} has no versions.")
    versions = []
    for language, version in raw_versions.items():
        if not isinstance(language, str) or not isinstance(version, dict):
            raise TemplateFileError(f"{where}: a version is not an object with a language.")
        versions.append(
            Version(
                language=language,
                subject=_text(version.get("subject", ""), f"{where} ({language}) subject"),
                body=_text(version.get("body", ""), f"{where} ({language}) body"),
            )
        )
    return TemplateSpec(key, str(item.get("category", "")), shortcut, tuple(versions))


def read_template_file(path: Path) -> list[TemplateSpec]:
    """Parse and check a template file; raise :class:`TemplateFileError`."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TemplateFileError(f"{path.name} is too large for a template file.")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateFileError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TemplateFileError(f"{path.name} is not a JSON template file: {exc}.") from exc
    if not isinstance(data, dict):
        raise TemplateFileError(f"{path.name} is not a template file.")
    if "templates" in data:
        if data.get("format", FORMAT) != FORMAT:
            raise TemplateFileError(f"{path.name} is not a Shopkeeper template file.")
        if int(data.get("version", FORMAT_VERSION)) > FORMAT_VERSION:
            raise TemplateFileError(
                f"{path.name} was written by a newer Shopkeeper; update to import it."
            )
        items = data["templates"]
        if not isinstance(items, list):
            raise TemplateFileError(f"{path.name}: 'templates' must be a list.")
    else:
        items = [data]
    specs = [_spec(item, i) for i, item in enumerate(items)]
    keys = [s.key for s in specs]
    if len(set(keys)) != len(keys):
        raise TemplateFileError(f"{path.name} holds the same template key twice.")
    return specs


def import_specs(
    db: Database, specs: Iterable[TemplateSpec], *, replace: bool = False, validate: bool = True
) -> ImportReport:
    """Store templates; an existing key is updated with ``replace``, else skipped.

    Every text is checked first, so a file with one broken template stores nothing
    (``validate=False`` only for the shipped starter set).
    """
    specs = list(specs)
    if validate:
        for spec in specs:
            for version in spec.versions:
                for part, text in (("subject", version.subject), ("text", version.body)):
                    try:
                        check(text)
                    except TemplateProblem as exc:
                        raise TemplateFileError(
                            f"Template {spec.key} ({version.language} {part}): {exc}"
                        ) from exc
    report = ImportReport()
    existing = {t.key for t in list_templates(db)}
    taken = {t.shortcut for t in list_templates(db) if t.shortcut is not None}
    for spec in specs:
        try:
            if spec.key in existing:
                if not replace:
                    report.skipped.append(spec.key)
                    continue
                edit_template(db, spec.key, category=spec.category, versions=spec.versions)
                report.updated.append(spec.key)
            else:
                shortcut = spec.shortcut if spec.shortcut not in taken else None
                create_template(
                    db,
                    spec.key,
                    spec.versions,
                    category=spec.category,
                    shortcut=shortcut,
                    validate=False,  # checked above
                )
                if shortcut is not None:
                    taken.add(shortcut)
                report.added.append(spec.key)
        except TemplateStoreError as exc:
            raise TemplateFileError(f"Template {spec.key}: {exc}") from exc
    return report


def import_templates(db: Database, path: Path, *, replace: bool = False) -> ImportReport:
    """Import a template file (checked completely before anything is stored)."""
    return import_specs(db, read_template_file(path), replace=replace)


def _as_object(template: StoredTemplate) -> dict[str, Any]:
    return {
        "key": template.key,
        "category": template.category,
        "shortcut": template.shortcut,
        "versions": {
            language: {"subject": v.subject, "body": v.body}
            for language, v in sorted(template.versions.items())
        },
    }


def export_templates(db: Database, path: Path, keys: Iterable[str] | None = None) -> int:
    """Write templates (all, or those named) to ``path``; return how many."""
    wanted = {normalize_key(k) for k in keys} if keys is not None else None
    templates = [t for t in list_templates(db) if wanted is None or t.key in wanted]
    if wanted is not None and len(templates) != len(wanted):
        missing = wanted - {t.key for t in templates}
        raise TemplateFileError(f"There is no template {', '.join(sorted(missing))}.")
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "templates": [_as_object(t) for t in templates],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        raise TemplateFileError(f"{path} cannot be written: {exc.strerror or exc}.") from exc
    return len(templates)
