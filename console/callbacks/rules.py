"""Recognition rules for contact-form and callback mails: data, so the owner can add one.

A rule says which mails it is for (sender, subject and body patterns, all optional, all
that are given must match) and how the form labels its fields.  Every rule also knows the
common labels of ``FIELD_LABELS`` (six languages), so a rule usually needs only its
patterns.  Built-in rules cover the common form senders; the owner's rules are rows of
``callback_rules`` and are tried first.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from console.orders.vocabulary import norm


class FormField(StrEnum):
    NAME = "name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    PHONE = "phone"
    EMAIL = "email"
    TIME = "time"
    TOPIC = "topic"
    MESSAGE = "message"
    CALLBACK = "callback"
    """A yes/no field or choice saying the visitor wants a call."""


def _labels(*words: str) -> frozenset[str]:
    return frozenset(norm(word) for word in words)


# fmt: off
FIELD_LABELS: Final[dict[FormField, frozenset[str]]] = {
    FormField.NAME: _labels(
        "Name", "Your name", "Your Name", "Full name", "Full Name", "Contact name",
        "Ihr Name", "Vollständiger Name", "Vor- und Nachname",
        "Ime", "Ime i prezime", "Vaše ime", "Ime in priimek",
        "Имя", "Ваше имя", "ФИО", "Имя и фамилия", "Контактное лицо",
        "Ad Soyad", "Adınız", "Adınız Soyadınız", "İsim", "Ad", "İsim Soyisim", "Adı Soyadı",
        "your-name",
    ),
    FormField.FIRST_NAME: _labels("First name", "Vorname", "Имя (first)", "Ime (first)"),
    FormField.LAST_NAME: _labels(
        "Last name", "Nachname", "Prezime", "Фамилия", "Soyad", "Soyadı", "Priimek",
    ),
    FormField.PHONE: _labels(
        "Phone", "Phone number", "Phone Number", "Telephone", "Tel", "Mobile", "Mobile phone",
        "Your phone", "Contact number",
        "Telefon", "Telefonnummer", "Ihre Telefonnummer", "Handy", "Handynummer", "Mobil",
        "Mobitel", "Broj telefona", "Broj mobitela", "Kontakt telefon", "GSM", "Vaš broj",
        "Телефон", "Номер телефона", "Ваш телефон", "Мобильный телефон", "Моб. телефон", "Тел",
        "Telefon numarası", "Telefon numaranız", "Cep telefonu", "Telefon no", "GSM numarası",
        "Telefonska številka", "Mobilni telefon", "Vaša telefonska številka",
        "your-phone", "tel-123",
    ),
    FormField.EMAIL: _labels(
        "Email", "E-mail", "E-Mail", "Email address", "E-mail address", "Your email",
        "Your Email", "Customer e-mail address", "E-mail клиента", "Email клиента",
        "E-Mail-Adresse des Kunden", "E-mail adresa kupca", "Müşteri e-posta adresi",
        "E-poštni naslov stranke",
        "E-Mail-Adresse", "Ihre E-Mail", "Ihre E-Mail-Adresse",
        "Email adresa", "E-mail adresa", "Vaš e-mail", "E-pošta", "E-poštni naslov",
        "Электронная почта", "Эл. почта", "Ваш email", "Почта",
        "E-posta", "E-posta adresi", "E-posta adresiniz",
        "your-email",
    ),
    FormField.TIME: _labels(
        "Preferred time", "Preferred call time", "Best time to call", "Call time",
        "When should we call", "When can we call you", "Time", "Callback time",
        "Rückrufzeit", "Wunschzeit", "Bevorzugte Uhrzeit", "Erreichbarkeit",
        "Wann sind Sie erreichbar", "Wann dürfen wir Sie anrufen", "Uhrzeit",
        "Vrijeme poziva", "Željeno vrijeme", "Kada vas možemo nazvati", "Vrijeme",
        "Najbolje vrijeme za poziv", "Termin",
        "Удобное время", "Удобное время для звонка", "Время звонка", "Когда перезвонить",
        "Время",
        "Aranma zamanı", "Uygun saat", "Arama saati", "Sizi ne zaman arayalım", "Saat",
        "Čas klica", "Kdaj vas lahko pokličemo", "Željeni čas", "Čas",
    ),
    FormField.TOPIC: _labels(
        "Subject", "Topic", "Regarding", "Reason", "Your subject",
        "Betreff", "Thema", "Anliegen", "Grund",
        "Tema", "Predmet", "Razlog", "Naslov",
        "Тема", "Тема обращения", "Вопрос",
        "Konu", "Konu başlığı",
        "Zadeva",
        "your-subject", "Form", "Form name", "Формa",
    ),
    FormField.MESSAGE: _labels(
        "Message", "Your message", "Your Message", "Message Body", "Comment", "Comments",
        "Comment or Message", "Customer message", "Question", "Enquiry", "Inquiry", "Body",
        "Сообщение клиента", "Nachricht des Kunden", "Poruka kupca", "Müşteri mesajı",
        "Sporočilo stranke",
        "Nachrichtentext", "Tijelo poruke", "Sadržaj poruke", "Текст письма", "Mesaj içeriği",
        "Mesaj metni", "Telo sporočila", "Vsebina sporočila",
        "Nachricht", "Ihre Nachricht", "Mitteilung", "Kommentar", "Frage",
        "Poruka", "Vaša poruka", "Komentar", "Upit", "Pitanje",
        "Сообщение", "Ваше сообщение", "Комментарий", "Текст сообщения",
        "Mesaj", "Mesajınız", "Yorum", "Açıklama",
        "Sporočilo", "Vaše sporočilo", "Vprašanje",
        "your-message",
    ),
    FormField.CALLBACK: _labels(
        "Call me back", "Callback", "Call back", "Request a callback", "Callback request",
        "Rückruf", "Rückruf gewünscht", "Bitte um Rückruf",
        "Povratni poziv", "Nazovite me",
        "Обратный звонок", "Перезвоните мне",
        "Geri arama", "Beni arayın",
        "Povratni klic", "Pokličite me",
    ),
}
# fmt: on

CALLBACK_WORDS: Final = re.compile(
    r"(?i)call ?me ?back|call-?back|call back|request a call|please call|rückruf|zurückrufen"
    r"|rufen sie mich|bitte anrufen|povratni poziv|nazovite me|nazvati me|nazovi me"
    r"|обратный звонок|перезвон|позвоните мне|заказ звонка|geri arama|beni arayın|beni arayin"
    r"|aranmak istiyorum|povratni klic|pokličite me|pokliči me"
)
"""Words of a request to be called, in the subject, the form title or the message."""


@dataclass(frozen=True, slots=True)
class CallbackRule:
    """How to recognize one kind of form mail and read its fields."""

    name: str
    sender_pattern: str = ""
    """Regular expression searched in "Name <address>" of From (and Sender, Reply-To)."""
    subject_pattern: str = ""
    body_pattern: str = ""
    labels: Mapping[str, str] = field(default_factory=dict)
    """Label as written in the mail → ``FormField`` value; adds to ``FIELD_LABELS``."""
    callback_only: bool = False
    """A callback form: any mail it matches that names a phone is a callback request.
    Otherwise (a contact form) a call must be asked for, or a call time given."""
    builtin: bool = False

    def compiled(self) -> CompiledRule:
        return CompiledRule(self)


class CompiledRule:
    """A rule with its patterns compiled; invalid patterns never match (and are reported
    by :func:`rule_errors` before the owner saves them)."""

    __slots__ = ("_checks", "body", "labels", "rule", "sender", "subject")

    def __init__(self, rule: CallbackRule) -> None:
        self.rule = rule
        self.sender = _compile(rule.sender_pattern)
        self.subject = _compile(rule.subject_pattern)
        self.body = _compile(rule.body_pattern)
        # (position in (senders, subject, body), pattern, its form for lower-cased text) of
        # each pattern given, worked out once: ``matches`` runs for every rule on every new
        # mail.
        self._checks = tuple(
            (index, compiled, _for_lowered_text(source) if compiled is not None else None)
            for index, (source, compiled) in enumerate(
                (
                    (rule.sender_pattern, self.sender),
                    (rule.subject_pattern, self.subject),
                    (rule.body_pattern, self.body),
                )
            )
            if source
        )
        self.labels: dict[str, FormField] = {}
        for label, value in rule.labels.items():
            try:
                self.labels[norm(label)] = FormField(value)
            except ValueError:
                continue

    def matches(
        self,
        senders: str,
        subject: str,
        body: str,
        lowered: tuple[str, str, str] | None = None,
    ) -> bool:
        """Whether every pattern given is found (case-insensitively) in its text.

        ``lowered`` are the three texts lower-cased, when the caller tries many rules on
        the same mail (made here when needed and not given).
        """
        if not self._checks:
            return False  # a rule without patterns matches nothing
        texts = (senders, subject, body)
        for index, compiled, on_lowered in self._checks:
            if on_lowered is not None:
                if lowered is None:
                    lowered = lowered_for_rules(senders, subject, body)
                if on_lowered.search(lowered[index]) is None:
                    return False
            elif compiled is None or compiled.search(texts[index]) is None:
                return False
        return True


def _compile(pattern: str) -> re.Pattern[str] | None:
    if not pattern:
        return None
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None


_NAMES_A_CHARACTER: Final = re.compile(r"\\[uUxN0-9]|\(\?-")
"""Escapes that can name an upper-case character (``\\x41``, ``\\N{...}``, octal) or a
back-reference, and groups that turn case-insensitivity off."""


def _lower(text: str) -> str:
    # Case-insensitive matching takes i, ı, I and İ for one letter; ``str.lower`` keeps ı
    # and turns İ into two characters (i and a combining dot).
    if not text.isascii():
        text = text.replace("İ", "i").replace("ı", "i")
    return text.lower()


def lowered_for_rules(senders: str, subject: str, body: str) -> tuple[str, str, str]:
    """The texts a mail is matched on, lower-cased as :meth:`CompiledRule.matches` needs
    them (once per mail, for all the rules tried on it)."""
    return _lower(senders), _lower(subject), _lower(body)


def _for_lowered_text(pattern: str) -> re.Pattern[str] | None:
    """``pattern`` compiled case-sensitively for searching lower-cased text, when that finds
    what the case-insensitive pattern finds in the text as written; else None.

    That holds for a pattern without upper-case letters (hence without ``\\S``, ``\\W``,
    ``\\B`` or ``[A-Z]``) and without ``_NAMES_A_CHARACTER``, as all built-in rules are,
    with i and ı taken for one letter on both sides, as case-insensitive matching takes
    them. (It also equates a few letters of no language our shops write: long s with s,
    micro with mu, some Greek and Old Cyrillic forms.) Python's case-insensitive matching
    of non-ASCII alternatives (the rules' Cyrillic and Turkish words) costs a case lookup
    per character and alternative: a contact-form pattern searched in every incoming mail
    took five times as long as lower-casing the mail once and searching it as written.
    """
    if pattern != pattern.lower() or _NAMES_A_CHARACTER.search(pattern):
        return None
    try:
        return re.compile(_lower(pattern))
    except re.error:
        return None


def rule_errors(rule: CallbackRule) -> list[str]:
    """Problems that keep a rule from working (for the rule editor), [] when none."""
    errors: list[str] = []
    if not rule.name.strip():
        errors.append("name: empty")
    if not (rule.sender_pattern or rule.subject_pattern or rule.body_pattern):
        errors.append("patterns: give a sender, subject or body pattern")
    for which, pattern in (
        ("sender_pattern", rule.sender_pattern),
        ("subject_pattern", rule.subject_pattern),
        ("body_pattern", rule.body_pattern),
    ):
        if pattern:
            try:
                re.compile(pattern)
            except re.error as exc:
                errors.append(f"{which}: {exc}")
    for label, value in rule.labels.items():
        if value not in {f.value for f in FormField}:
            errors.append(f"labels: {label!r} maps to unknown field {value!r}")
    return errors


BUILTIN_RULES: Final[tuple[CallbackRule, ...]] = (
    CallbackRule(
        "contact-form-7",
        body_pattern=r"e-?mail was sent from a contact form|e-?mail wurde von einem kontaktformular"
        r"|poslana (?:s|putem) kontakt|poslano s kontaktnega obrazca|отправлено с контактной формы"
        r"|iletişim formundan gönderildi|contact form 7|wpcf7",
        builtin=True,
    ),
    CallbackRule("wpforms", subject_pattern=r"new entry|wpforms", builtin=True),
    CallbackRule("wpforms-body", body_pattern=r"(?m)^--- .+ ---$|wpforms", builtin=True),
    CallbackRule(
        "gravity-forms",
        subject_pattern=r"new submission from|gravity ?forms",
        builtin=True,
    ),
    CallbackRule(
        "elementor",
        subject_pattern=r"new message from",
        body_pattern=r"powered by:?\s*elementor|elementor",
        builtin=True,
    ),
    CallbackRule(
        "jimdo",
        sender_pattern=r"jimdo",
        builtin=True,
    ),
    CallbackRule(
        "jimdo-body",
        body_pattern=r"jimdo",
        subject_pattern=r"contact|kontakt|message|nachricht|poruka|сообщение|mesaj|sporočilo",
        builtin=True,
    ),
    CallbackRule(
        "shopify-contact",
        sender_pattern=r"shopify",
        subject_pattern=r"new customer message|contact form|kontaktformular|neue kundennachricht",
        builtin=True,
    ),
    CallbackRule(
        "woocommerce-enquiry",
        subject_pattern=r"enquiry|inquiry|produktanfrage|upit za proizvod|запрос о товаре"
        r"|ürün sorusu|povpraševanje",
        body_pattern=r"woocommerce|product|produkt|proizvod|товар|ürün|izdelek",
        builtin=True,
    ),
    CallbackRule(
        "prestashop-contact",
        subject_pattern=r"message from contact form|kontaktformular|poruka s kontakt"
        r"|сообщение из формы|iletişim formu|sporočilo iz kontaktnega",
        builtin=True,
    ),
    CallbackRule(
        "tilda",
        sender_pattern=r"tilda",
        body_pattern=r"request details|детали заявки|tilda",
        builtin=True,
    ),
    CallbackRule(
        "tilda-subject",
        subject_pattern=r"new (?:lead|request)|новая заявка|заявка с сайта",
        builtin=True,
    ),
    CallbackRule(
        "callback",
        subject_pattern=CALLBACK_WORDS.pattern.removeprefix("(?i)"),
        callback_only=True,
        builtin=True,
    ),
)


def load_rules(connection: sqlite3.Connection) -> list[CompiledRule]:
    """The owner's enabled rules (first) and the built-in ones, compiled."""
    rules = [rule.compiled() for rule in owner_rules(connection, enabled_only=True)]
    rules.extend(BUILTIN_COMPILED)
    return rules


def owner_rules(
    connection: sqlite3.Connection, *, enabled_only: bool = False
) -> list[CallbackRule]:
    sql = (
        "SELECT name, sender_pattern, subject_pattern, body_pattern, labels, callback_only "
        "FROM callback_rules"
    )
    if enabled_only:
        sql += " WHERE enabled = 1"
    rules: list[CallbackRule] = []
    for row in connection.execute(sql + " ORDER BY id"):
        try:
            labels = json.loads(row[4] or "{}")
        except ValueError:
            labels = {}
        rules.append(
            CallbackRule(
                name=str(row[0]),
                sender_pattern=str(row[1] or ""),
                subject_pattern=str(row[2] or ""),
                body_pattern=str(row[3] or ""),
                labels={str(k): str(v) for k, v in labels.items()}
                if isinstance(labels, dict)
                else {},
                callback_only=bool(row[5]),
            )
        )
    return rules


BUILTIN_COMPILED: Final = tuple(rule.compiled() for rule in BUILTIN_RULES)
