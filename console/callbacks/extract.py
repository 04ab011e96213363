"""Reading a contact-form or callback mail into an ``ExtractedCallback``.

Form plugins write their fields in a few shapes: "Label: value" lines (Contact Form 7,
Elementor, Shopify, Tilda, Jimdo, PrestaShop), "--- Label ---" blocks (WPForms plain
text), a label row above a value row (Gravity Forms, WPForms HTML), or a label line with
the value on the next line.  :func:`form_fields` reads all of them; the rule decides
which mails are forms and adds its own labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

from console.callbacks.rules import (
    CALLBACK_WORDS,
    FIELD_LABELS,
    CallbackRule,
    CompiledRule,
    FormField,
    load_rules,
    lowered_for_rules,
)
from console.callbacks.windows import TimeWindow, parse_window
from console.customers.phones import DEFAULT_REGION, find_phone, normalize_phone
from console.mail.parse import parse_message
from console.mail.parsed import ParsedMessage
from console.mail.snippet import new_text
from console.orders.document import Document, html_document, text_document
from console.orders.vocabulary import norm

_EMAIL: Final = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_WPFORMS_LABEL: Final = re.compile(r"^-{2,}\s*(?P<label>.+?)\s*-{2,}$")
_FOOTER: Final = re.compile(
    r"^(?:-{2,} ?$|—|__+|this e-?mail was sent|diese e-?mail wurde|ova poruka|ovaj e-?mail"
    r"|это сообщение|bu e-?posta|to sporočilo|powered by|sent from|date:|page url:"
    r"|user agent:|remote ip:|request details|детали заявки|block id|form name)",
    re.IGNORECASE,
)
_FROM_LABELS: Final = frozenset(norm(w) for w in ("From", "Von", "Od", "От", "Kimden", "Sender"))
_YES: Final = re.compile(r"(?i)^(?:yes|ja|da|да|evet|on|true|1|✓|x|checked|ano)\b")
_MAX_LABEL: Final = 48


@dataclass(frozen=True, slots=True)
class ExtractedCallback:
    """What a form or callback mail says; ``is_callback`` decides whether it becomes a
    callback request."""

    rule: str
    matched: bool
    is_callback: bool
    name: str = ""
    phone: str | None = None
    """E.164, or None when no valid number was found."""
    phone_raw: str = ""
    email: str = ""
    window: TimeWindow | None = None
    window_text: str = ""
    topic: str = ""
    message: str = ""
    requested_at: datetime | None = None
    fields: tuple[tuple[str, str], ...] = field(default=())
    """Every (label, value) the form had, as written (for the rule preview)."""


def _known(label: str, extra: dict[str, FormField]) -> FormField | None:
    key = norm(label)
    if key in extra:
        return extra[key]
    for form_field, labels in FIELD_LABELS.items():
        if key in labels:
            return form_field
    return None


def _is_label_like(label: str) -> bool:
    words = label.split()
    return 0 < len(label) <= _MAX_LABEL and len(words) <= 6 and not label.startswith("http")


def form_fields(doc: Document, extra: dict[str, FormField]) -> list[tuple[str, str]]:
    """(label, value) pairs of a form mail, in order."""
    pairs: list[tuple[str, str]] = []
    lines = list(doc.lines)
    index = 0
    while index < len(lines):
        line = lines[index].replace("\t", ": ", 1) if "\t" in lines[index] else lines[index]
        wp = _WPFORMS_LABEL.match(line)
        if not wp and _FOOTER.match(line):
            break  # the plugin's footer: dates, page URLs, "sent from …"
        label, value = "", ""
        if wp:
            label = wp.group("label")
        elif ":" in line and _is_label_like(line.partition(":")[0].strip()):
            label, _, value = (part.strip() for part in line.partition(":"))
        elif _known(line, extra) is not None or norm(line) in _FROM_LABELS:
            label = line.strip().rstrip(":")
        if not label:
            index += 1
            continue
        kind = _known(label, extra)
        index += 1
        if not value and (wp or kind is not None or norm(label) in _FROM_LABELS):
            # The value is on the following line(s); a message runs until the next label.
            taken: list[str] = []
            while index < len(lines):
                following = lines[index]
                head = following.partition(":")[0]
                if (
                    _WPFORMS_LABEL.match(following)
                    or _FOOTER.match(following)
                    or (taken and _known(head, extra) is not None and ":" in following)
                    or (taken and _known(following, extra) is not None)
                ):
                    break
                taken.append(following.replace("\t", " "))
                index += 1
                if kind is not FormField.MESSAGE and not wp:
                    break
            value = "\n".join(taken).strip()
        elif kind is FormField.MESSAGE:
            # "Message: first line" and the rest below it.
            more: list[str] = []
            while index < len(lines):
                following = lines[index]
                if _FOOTER.match(following) or (
                    ":" in following and _known(following.partition(":")[0], extra) is not None
                ):
                    break
                more.append(following)
                index += 1
            value = "\n".join([value, *more]).strip()
        if value:
            pairs.append((label, value))
    if not pairs:
        pairs = _row_pairs(doc, extra)
    return pairs


def _row_pairs(doc: Document, extra: dict[str, FormField]) -> list[tuple[str, str]]:
    """Label/value table rows: one row with both, or a label row above a value row."""
    pairs: list[tuple[str, str]] = []
    rows = [row for row in doc.rows if any(cell.strip() for cell in row)]
    index = 0
    while index < len(rows):
        cells = [cell for cell in rows[index] if cell.strip()]
        if len(cells) >= 2 and _known(cells[0], extra) is not None:
            pairs.append((cells[0].rstrip(":"), " ".join(cells[1:]).strip()))
        elif len(cells) == 1 and _known(cells[0], extra) is not None and index + 1 < len(rows):
            below = [cell for cell in rows[index + 1] if cell.strip()]
            if len(below) == 1 and _known(below[0], extra) is None:
                pairs.append((cells[0].rstrip(":"), below[0].strip()))
                index += 1
        index += 1
    return pairs


def _senders(parsed: ParsedMessage) -> str:
    people = [parsed.from_, parsed.sender, *parsed.reply_to]
    return " ".join(f"{p.name} <{p.email}>" for p in people if p is not None)


def _body(parsed: ParsedMessage) -> str:
    return parsed.text[:20000]


def _read(
    parsed: ParsedMessage, rule: CompiledRule, matched: bool, region: str
) -> ExtractedCallback:
    pairs = form_fields(text_document(parsed), rule.labels)
    # The HTML view is built only when the text one did not give the fields.
    html_doc = html_document(parsed) if len(pairs) < 2 else None
    if html_doc is not None:
        html_pairs = form_fields(html_doc, rule.labels)
        if len(html_pairs) > len(pairs):
            pairs = html_pairs
    values: dict[FormField, str] = {}
    for label, value in pairs:
        kind = _known(label, rule.labels)
        if kind is not None and kind not in values:
            values[kind] = value
        elif norm(label) in _FROM_LABELS and FormField.EMAIL not in values:
            address = _EMAIL.search(value)
            if address:
                values[FormField.EMAIL] = address.group(0)
                sender_name = value[: address.start()].strip(" <\"'")
                if sender_name and FormField.NAME not in values:
                    values[FormField.NAME] = sender_name
    name = values.get(FormField.NAME, "") or values.get(FormField.FIRST_NAME, "")
    last = values.get(FormField.LAST_NAME, "")
    if last and last not in name:
        name = f"{name} {last}".strip()
    message = values.get(FormField.MESSAGE, "") or ("" if pairs else new_text(parsed.text))
    topic = values.get(FormField.TOPIC, "")
    email_text = values.get(FormField.EMAIL, "")
    email_match = _EMAIL.search(email_text)
    email = email_match.group(0).lower() if email_match else ""
    system = parsed.from_.email if parsed.from_ else ""
    if not email:
        reply = next((a.email for a in parsed.reply_to if a.email and a.email != system), "")
        email = reply or ("" if pairs else system)
    if not name and not pairs:
        name = parsed.from_.name if parsed.from_ else ""
    if not name:
        name = next((a.name for a in parsed.reply_to if a.name), "")
    phone_raw = values.get(FormField.PHONE, "").split("\n")[0].strip()
    phone = normalize_phone(phone_raw, region) if phone_raw else None
    if phone is None:
        found = find_phone(message or ("" if pairs else _body(parsed)), region)
        if found is None and rule.rule.callback_only:
            found = find_phone(_body(parsed), region)
        if found is not None:
            phone, phone_raw = found
    window_text = values.get(FormField.TIME, "")
    window = parse_window(window_text) if window_text else None
    if window is None:
        for source in (message, topic, parsed.subject):
            window = parse_window(source, strict=True) if source else None
            if window is not None:
                window_text = window_text or _window_phrase(source)
                break
    asked = bool(
        CALLBACK_WORDS.search(" ".join((parsed.subject, topic, message[:2000])))
        or (FormField.CALLBACK in values and _YES.match(values[FormField.CALLBACK]))
        or FormField.TIME in values
    )
    wants_call = matched and phone is not None and (rule.rule.callback_only or asked)
    return ExtractedCallback(
        rule=rule.rule.name,
        matched=matched,
        is_callback=wants_call,
        name=" ".join(name.split())[:300],
        phone=phone,
        phone_raw=phone_raw[:100],
        email=email[:320],
        window=window,
        window_text=window_text[:500],
        topic=(topic or parsed.subject)[:1000],
        message=message[:20000],
        requested_at=parsed.date,
        fields=tuple(pairs),
    )


def _window_phrase(text: str) -> str:
    """The sentence of ``text`` that names the time (for showing what the customer wrote)."""
    for sentence in re.split(r"(?<=[.!?\n])\s+", text):
        if parse_window(sentence, strict=True) is not None:
            return sentence.strip()[:200]
    return ""


def extract(
    parsed: ParsedMessage, rules: list[CompiledRule], region: str = DEFAULT_REGION
) -> ExtractedCallback | None:
    """The first rule that matches the mail, read; None when no rule matches."""
    if parsed.parse_error:
        return None
    senders, subject, body = _senders(parsed), parsed.subject, _body(parsed)
    lowered = lowered_for_rules(senders, subject, body)
    for rule in rules:
        if rule.matches(senders, subject, body, lowered):
            return _read(parsed, rule, True, region)
    return None


def preview_rule(
    rule: CallbackRule, raw_or_parsed: bytes | ParsedMessage, region: str = DEFAULT_REGION
) -> ExtractedCallback:
    """What ``rule`` would make of a sample mail, before the owner saves it.

    ``matched`` says whether the rule's patterns match the mail; the fields are read
    either way, so the owner sees which labels were understood.
    """
    parsed = (
        raw_or_parsed
        if isinstance(raw_or_parsed, ParsedMessage)
        else parse_message(bytes(raw_or_parsed))
    )
    compiled = rule.compiled()
    matched = compiled.matches(_senders(parsed), parsed.subject, _body(parsed))
    return _read(parsed, compiled, matched, region)


__all__ = ["ExtractedCallback", "extract", "form_fields", "load_rules", "preview_rule"]
