"""Rule patterns match case-insensitively, whichever way they are searched."""

from __future__ import annotations

import pytest

from console.callbacks.rules import BUILTIN_COMPILED, CallbackRule, lowered_for_rules


def _rule(name: str) -> CallbackRule:
    return next(rule.rule for rule in BUILTIN_COMPILED if rule.rule.name == name)


def _matches(rule: CallbackRule, body: str = "", subject: str = "", senders: str = "") -> bool:
    compiled = rule.compiled()
    given = compiled.matches(senders, subject, body, lowered_for_rules(senders, subject, body))
    assert compiled.matches(senders, subject, body) is given  # lowered here or by the caller
    return given


@pytest.mark.parametrize(
    "body",
    [
        "Bu e-posta İLETİŞİM FORMUNDAN GÖNDERİLDİ.",  # Turkish capitals: İ is i
        "Diese E-Mail wurde von einem KONTAKTFORMULAR gesendet",
        "Это сообщение ОТПРАВЛЕНО С КОНТАКТНОЙ ФОРМЫ сайта",
        "This e-mail was sent from a contact form on Kavomat (https://kavomat.hr)",
    ],
)
def test_built_in_form_rules_find_their_words_in_any_case(body: str) -> None:
    assert _matches(_rule("contact-form-7"), body=body)


def test_dotless_and_dotted_i_are_one_letter_as_in_case_insensitive_matching() -> None:
    rule = CallbackRule("turkish", subject_pattern="beni arayin")
    assert _matches(rule, subject="Lütfen BENİ ARAYIN")
    assert _matches(rule, subject="lütfen beni arayın")


@pytest.mark.parametrize(
    ("pattern", "subject", "expected"),
    [
        (r"[A-Z]{3}-\d+", "ticket abc-12", True),  # upper case in the pattern
        (r"\x41bc", "ABC", True),  # an escape naming an upper-case letter
        (r"\x41bc", "abc", True),
        (r"(?-i:Kontakt)", "kontakt", False),  # case-insensitivity turned off
        (r"(?-i:Kontakt)", "Kontakt", True),
        (r"\S+@\S+", "Mail: ANA@EXAMPLE.HR", True),
    ],
)
def test_owner_patterns_keep_their_meaning(pattern: str, subject: str, expected: bool) -> None:
    assert _matches(CallbackRule("owner", subject_pattern=pattern), subject=subject) is expected


def test_an_ordinary_mail_matches_no_built_in_rule_body_pattern() -> None:
    body = "Hello, when will my order 10023 arrive? Thanks, Ana"
    assert not any(
        _matches(rule.rule, body=body)
        for rule in BUILTIN_COMPILED
        if rule.rule.body_pattern and not (rule.rule.subject_pattern or rule.rule.sender_pattern)
    )
