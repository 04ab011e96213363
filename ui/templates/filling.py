"""Filling in templates for one customer: values loaded once, rendering done on demand.

:func:`load_values` reads the customer, their newest order and the shop from the
database; it runs on the DB worker.  The result is plain data, kept for as long as the
same conversation is open, so filling in a template afterwards (:func:`fill_template`)
needs no database and is quick enough for the UI thread: Jinja in a sandbox over a few
small dicts.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from console.outbox.preferences import DEFAULT_LANGUAGE, LANGUAGES
from console.storage.database import Database
from console.templates.context import (
    LanguagePreference,
    TemplateContext,
    context_for,
    language_preference,
    order_info,
    reply_order_id,
)
from console.templates.render import TemplateProblem, render, render_subject
from console.templates.store import StoredTemplate, choose_version
from ui.composer.gaps import gap_pattern, marker

TITLE_GAP = "…"


@dataclass(frozen=True, slots=True)
class TemplateTarget:
    """Whom the templates are filled in for."""

    conversation_id: int | None = None
    customer_id: int | None = None
    customer_email: str | None = None
    customer_name: str | None = None


@dataclass(frozen=True, slots=True)
class TemplateValues:
    """The values for one target, by language (money and dates differ per language)."""

    target: TemplateTarget
    preference: LanguagePreference
    contexts: Mapping[str, TemplateContext] = field(default_factory=dict)

    def variables(self, language: str) -> dict[str, Any]:
        context = self.contexts.get(language)
        if context is None:
            base = next(iter(self.contexts.values()), TemplateContext(language=language))
            context = replace(base, language=language)
        return context.variables()


def empty_values(shop_language: str = DEFAULT_LANGUAGE) -> TemplateValues:
    """Values for nobody in particular: every customer and order value is a gap."""
    preference = LanguagePreference(customer=None, conversation=None, shop=shop_language)
    return TemplateValues(TemplateTarget(), preference, {})


def load_values(db: Database, target: TemplateTarget, today: date | None = None) -> TemplateValues:
    """Read what templates may say about ``target`` (runs on the DB worker)."""
    preference = language_preference(
        db,
        customer_id=target.customer_id,
        conversation_id=target.conversation_id,
        customer_email=target.customer_email,
    )
    base = context_for(
        db,
        language=preference.shop,
        customer_id=target.customer_id,
        conversation_id=target.conversation_id,
        customer_email=target.customer_email,
        customer_name=target.customer_name,
        today=today,
    )
    order_id = reply_order_id(db, target.conversation_id, target.customer_id)
    contexts = {
        language: replace(
            base,
            language=language,
            order=order_info(db, order_id, language) if order_id is not None else None,
        )
        for language in LANGUAGES
    }
    return TemplateValues(target, preference, contexts)


@dataclass(frozen=True, slots=True)
class FilledTemplate:
    """A template filled in for the customer, ready to insert."""

    key: str
    language: str
    available: tuple[str, ...]
    exact: bool
    """False when the customer's, conversation's and shop's languages all were missing."""
    subject: str
    body: str
    missing: tuple[str, ...]
    """Dotted names of the missing values; each reads ``[name]`` in the text."""
    problem: str | None = None
    """The template's own error (a syntax error), in the core's words."""

    @property
    def markers(self) -> tuple[str, ...]:
        return tuple(marker(name) for name in self.missing)


def fill_template(
    template: StoredTemplate, values: TemplateValues, language: str | None = None
) -> FilledTemplate | None:
    """``template`` in ``language`` (else the customer's best one), filled in."""
    wanted = values.preference
    if language is not None and language in template.versions:
        choice = choose_version(template, customer_language=language)
    else:
        choice = choose_version(
            template,
            customer_language=wanted.customer,
            conversation_language=wanted.conversation,
            shop_language=wanted.shop,
        )
    if choice is None:
        return None
    version = choice.version
    variables = values.variables(version.language)
    try:
        subject = render_subject(version.subject, variables) if version.subject.strip() else None
        body = render(version.body, variables)
    except TemplateProblem as exc:
        return FilledTemplate(
            template.key, version.language, choice.available, choice.exact, "", "", (), str(exc)
        )
    missing = [*(subject.missing if subject else []), *body.missing]
    return FilledTemplate(
        key=template.key,
        language=version.language,
        available=choice.available,
        exact=choice.exact,
        subject=subject.text if subject else "",
        body=body.text.strip("\n"),
        missing=tuple(dict.fromkeys(missing)),
    )


@dataclass(frozen=True, slots=True)
class CustomerMessage:
    """A template filled in for a customer, to start a new message with."""

    email: str | None
    """The customer's first address; None when none is known."""
    name: str
    filled: FilledTemplate | None
    """None when the template is missing or has no usable version."""


def customer_message(db: Database, key: str, customer_id: int) -> CustomerMessage | None:
    """The template ``key`` filled in for ``customer_id`` (runs on the DB worker); None
    when there is no such customer.  For an occasion's "Write…": a birthday, an
    anniversary, a feedback request."""
    from console.customers.lookup import customer_summary
    from console.templates.store import TemplateStoreError, get_template

    customer = customer_summary(db, customer_id)
    if customer is None:
        return None
    email = customer.emails[0] if customer.emails else None
    target = TemplateTarget(
        conversation_id=None,
        customer_id=customer_id,
        customer_email=email,
        customer_name=customer.name or None,
    )
    try:
        template = get_template(db, key)
    except TemplateStoreError:
        return CustomerMessage(email, customer.name, None)
    return CustomerMessage(email, customer.name, fill_template(template, load_values(db, target)))


def template_title(template: StoredTemplate, language: str) -> str:
    """A readable name: the subject with its values left out, else the key in words."""
    choice = choose_version(template, customer_language=language, shop_language=DEFAULT_LANGUAGE)
    if choice is not None and choice.version.subject.strip():
        try:
            text = render_subject(choice.version.subject, {}, marker=TITLE_GAP).text
        except TemplateProblem:
            text = ""
        text = text.strip(" –-:,")
        if text and text != TITLE_GAP:
            return text
    words = template.key.replace("_", " ").replace("-", " ").replace(".", " ").strip()
    return words[:1].upper() + words[1:]


def search_text(template: StoredTemplate, title: str) -> str:
    """Everything a search may match: key, category, title, subjects and texts."""
    parts = [template.key.replace("_", " "), template.category.replace("_", " "), title]
    for version in template.versions.values():
        parts.extend((version.subject, version.body))
    return "\n".join(parts).casefold()


def preview_html(text: str, markers: tuple[str, ...], gap_color: str) -> str:
    """``text`` as HTML with the gaps marked (bold, tinted), line breaks kept."""
    pattern = gap_pattern(markers)
    pieces: list[str] = []
    position = 0
    for match in pattern.finditer(text) if pattern is not None else ():
        pieces.append(html.escape(text[position : match.start()]))
        pieces.append(
            f'<span style="background-color:{gap_color}; font-weight:600">'
            f"{html.escape(match.group(0))}</span>"
        )
        position = match.end()
    pieces.append(html.escape(text[position:]))
    return "".join(pieces).replace("\n", "<br>")
