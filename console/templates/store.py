"""Reply templates in the database: create, edit, duplicate, delete, reorder, choose.

A template has a stable ``key``, a ``category``, a place in the list (``sort_order``),
an optional quick-insert ``shortcut`` (1–9) and one version (subject + body) per
language.  :func:`choose_version` picks the version for a reply: the customer's
language, else the conversation's, else the shop's, else any — and lists the others
for a one-click switch.

Every function is one short unit of work and returns plain data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Final

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from console.errors import UserError
from console.outbox.preferences import normalize_language
from console.storage.database import Database
from console.storage.models import utcnow
from console.storage.models_outbox import TemplateRow, TemplateVersionRow
from console.templates.render import check

_KEY = re.compile(r"[a-z0-9][a-z0-9_.-]{0,99}")
MAX_SHORTCUT = 9


class TemplateStoreError(UserError, ValueError):
    """The change cannot be made (duplicate key, unknown template, bad text …)."""


@dataclass(frozen=True, slots=True)
class Version:
    language: str
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class StoredTemplate:
    id: int
    key: str
    category: str
    sort_order: int
    shortcut: int | None
    versions: Mapping[str, Version] = field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.versions))


@dataclass(frozen=True, slots=True)
class VersionChoice:
    version: Version
    available: tuple[str, ...]
    """All languages of the template, for the switch."""
    exact: bool
    """False when none of the preferred languages exists and another one was taken."""


def normalize_key(key: str) -> str:
    candidate = key.strip().lower().replace(" ", "_")
    if not _KEY.fullmatch(candidate):
        raise TemplateStoreError(
            f"'{key}' cannot be a template key: use letters, digits, '_', '-' or '.'."
        )
    return candidate


def _language(code: str) -> str:
    language = normalize_language(code)
    if language is None:
        raise TemplateStoreError(f"'{code}' is not a language code.")
    return language


def _check_text(version: Version) -> None:
    for part, text in (("subject", version.subject), ("text", version.body)):
        try:
            check(text)
        except ValueError as exc:
            raise TemplateStoreError(
                f"The {part} of the {version.language} version has an error: {exc}"
            ) from exc


def _load(session: Session, rows: Sequence[TemplateRow]) -> list[StoredTemplate]:
    ids = [row.id for row in rows]
    versions: dict[int, dict[str, Version]] = {i: {} for i in ids}
    if ids:
        for v in session.scalars(
            select(TemplateVersionRow).where(TemplateVersionRow.template_id.in_(ids))
        ):
            versions[v.template_id][v.language] = Version(v.language, v.subject, v.body)
    return [
        StoredTemplate(
            id=row.id,
            key=row.key,
            category=row.category,
            sort_order=row.sort_order,
            shortcut=row.shortcut,
            versions=versions[row.id],
        )
        for row in rows
    ]


def list_templates(db: Database, *, category: str | None = None) -> list[StoredTemplate]:
    """All templates in the owner's order."""
    with db.reader() as session:
        statement = select(TemplateRow).order_by(TemplateRow.sort_order, TemplateRow.id)
        if category is not None:
            statement = statement.where(TemplateRow.category == category)
        return _load(session, session.scalars(statement).all())


def get_template(db: Database, key_or_id: str | int) -> StoredTemplate:
    with db.reader() as session:
        row = _row(session, key_or_id)
        return _load(session, [row])[0]


def template_by_shortcut(db: Database, shortcut: int) -> StoredTemplate | None:
    with db.reader() as session:
        row = session.scalar(select(TemplateRow).where(TemplateRow.shortcut == shortcut))
        return _load(session, [row])[0] if row is not None else None


def _row(session: Session, key_or_id: str | int) -> TemplateRow:
    if isinstance(key_or_id, int):
        row = session.get(TemplateRow, key_or_id)
    else:
        row = session.scalar(select(TemplateRow).where(TemplateRow.key == key_or_id.lower()))
    if row is None:
        raise TemplateStoreError(f"There is no template {key_or_id}.")
    return row


def _check_shortcut(shortcut: int | None) -> None:
    if shortcut is not None and not 1 <= shortcut <= MAX_SHORTCUT:
        raise TemplateStoreError(f"A shortcut is a number from 1 to {MAX_SHORTCUT}.")


def _free_shortcut(session: Session, shortcut: int | None, keep: int | None = None) -> None:
    """Take ``shortcut`` away from whichever other template has it."""
    if shortcut is None:
        return
    statement = update(TemplateRow).where(TemplateRow.shortcut == shortcut)
    if keep is not None:
        statement = statement.where(TemplateRow.id != keep)
    session.execute(statement.values(shortcut=None))


def _put_versions(session: Session, template_id: int, versions: Iterable[Version]) -> None:
    for version in versions:
        language = _language(version.language)
        row = session.get(TemplateVersionRow, (template_id, language))
        if row is None:
            session.add(
                TemplateVersionRow(
                    template_id=template_id,
                    language=language,
                    subject=version.subject,
                    body=version.body,
                )
            )
        else:
            row.subject = version.subject
            row.body = version.body


def create_template(
    db: Database,
    key: str,
    versions: Iterable[Version],
    *,
    category: str = "",
    shortcut: int | None = None,
    sort_order: int | None = None,
    now: datetime | None = None,
    validate: bool = True,
) -> int:
    """Add a template (at the end of the list unless ``sort_order``); return its id.

    ``validate=False`` skips compiling the texts: only for the shipped starter set,
    which the test suite checks."""
    key = normalize_key(key)
    versions = list(versions)
    for version in versions if validate else ():
        _check_text(version)
    _check_shortcut(shortcut)
    when = now or utcnow()
    with db.session() as session:
        if session.scalar(select(TemplateRow.id).where(TemplateRow.key == key)) is not None:
            raise TemplateStoreError(f"A template named {key} already exists.")
        if sort_order is None:
            sort_order = int(session.scalar(select(func.max(TemplateRow.sort_order))) or 0) + 10
        _free_shortcut(session, shortcut)
        row = TemplateRow(
            key=key,
            category=category.strip(),
            sort_order=sort_order,
            shortcut=shortcut,
            created_at=when,
            updated_at=when,
        )
        session.add(row)
        session.flush()
        _put_versions(session, row.id, versions)
        return row.id


class Unchanged(Enum):
    """ "Leave this as it is" for :func:`edit_template` (None means "clear")."""

    TOKEN = 0


UNCHANGED: Final = Unchanged.TOKEN


def edit_template(
    db: Database,
    key_or_id: str | int,
    *,
    key: str | None = None,
    category: str | None = None,
    shortcut: int | Unchanged | None = UNCHANGED,
    versions: Iterable[Version] = (),
    remove_languages: Iterable[str] = (),
    now: datetime | None = None,
) -> None:
    """Change a template: rename, recategorize, set or clear the shortcut, add or
    replace versions, remove languages.  Unnamed parts stay as they are."""
    versions = list(versions)
    for version in versions:
        _check_text(version)
    with db.session() as session:
        row = _row(session, key_or_id)
        if key is not None and normalize_key(key) != row.key:
            new_key = normalize_key(key)
            taken = session.scalar(select(TemplateRow.id).where(TemplateRow.key == new_key))
            if taken is not None:
                raise TemplateStoreError(f"A template named {new_key} already exists.")
            row.key = new_key
        if category is not None:
            row.category = category.strip()
        if not isinstance(shortcut, Unchanged):
            value = shortcut
            _check_shortcut(value)
            _free_shortcut(session, value, keep=row.id)
            session.flush()
            row.shortcut = value
        _put_versions(session, row.id, versions)
        gone = [_language(code) for code in remove_languages]
        if gone:
            session.execute(
                delete(TemplateVersionRow).where(
                    TemplateVersionRow.template_id == row.id,
                    TemplateVersionRow.language.in_(gone),
                )
            )
        row.updated_at = now or utcnow()


def duplicate_template(db: Database, key_or_id: str | int, new_key: str | None = None) -> int:
    """Copy a template (all languages) under a new key, right after the original."""
    original = get_template(db, key_or_id)
    existing = {t.key for t in list_templates(db)}
    if new_key is None:
        n = 2
        while f"{original.key}_{n}" in existing:
            n += 1
        new_key = f"{original.key}_{n}"
    template_id = create_template(
        db,
        new_key,
        original.versions.values(),
        category=original.category,
        sort_order=original.sort_order,
    )
    order = [t.id for t in list_templates(db) if t.id != template_id]
    order.insert(order.index(original.id) + 1, template_id)
    reorder_templates(db, order)
    return template_id


def delete_template(db: Database, key_or_id: str | int) -> None:
    with db.session() as session:
        session.delete(_row(session, key_or_id))


def reorder_templates(db: Database, ordered_ids: Sequence[int]) -> None:
    """Put the templates in this order; ones not named keep their place after them."""
    with db.session() as session:
        rest = [
            i
            for i in session.scalars(
                select(TemplateRow.id).order_by(TemplateRow.sort_order, TemplateRow.id)
            )
            if i not in set(ordered_ids)
        ]
        for position, template_id in enumerate([*ordered_ids, *rest]):
            session.execute(
                update(TemplateRow)
                .where(TemplateRow.id == template_id)
                .values(sort_order=(position + 1) * 10)
            )


def choose_version(
    template: StoredTemplate,
    *,
    customer_language: str | None = None,
    conversation_language: str | None = None,
    shop_language: str | None = None,
) -> VersionChoice | None:
    """The version to insert: customer's, else conversation's, else shop's language."""
    if not template.versions:
        return None
    available = template.languages
    for candidate in (customer_language, conversation_language, shop_language):
        language = normalize_language(candidate)
        if language is not None and language in template.versions:
            return VersionChoice(template.versions[language], available, exact=True)
    fallback = "en" if "en" in template.versions else available[0]
    return VersionChoice(template.versions[fallback], available, exact=False)


def save_versions_atomically(db: Database, template_id: int, versions: Iterable[Version]) -> None:
    """Replace all versions of a template at once (the editor's "Save")."""
    versions = list(versions)
    for version in versions:
        _check_text(version)
    try:
        with db.session() as session:
            _row(session, template_id)
            session.execute(
                delete(TemplateVersionRow).where(TemplateVersionRow.template_id == template_id)
            )
            session.flush()
            _put_versions(session, template_id, versions)
    except IntegrityError as exc:
        raise TemplateStoreError("Two versions have the same language.") from exc
