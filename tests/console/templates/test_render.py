"""Rendering: gaps for missing values, hostile values stay data, six languages."""

from __future__ import annotations

import email
import re
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from email import policy
from pathlib import Path

import pytest

from console.outbox.compose import Draft, Recipient, Sender, build_message
from console.templates.context import OrderInfo, OrderItem, TemplateContext, first_name
from console.templates.render import TemplateProblem, render, render_subject
from console.templates.starter import starter_files
from console.templates.transfer import TemplateSpec, read_template_file

LANGUAGES = ("en", "hr", "de", "ru", "sl", "tr")
ORDER = OrderInfo(
    number="1042",
    status="shipped",
    total=Decimal("1234.50"),
    currency="EUR",
    tracking_url="https://tracking.example/1042",
    items=(OrderItem("Dječja kolica Luna", 1), OrderItem("Kišna navlaka", 2)),
)
EXTRA = {
    "product": {"name": "Luna", "instructions": "1. …", "accessories": "• …"},
    "discount": {"code": "HVALA10"},
    "callback": {"time": "sutra u 10:00", "phone": "+385 91 555 0101"},
    "shop": {"return_address": "Ilica 1, Zagreb"},
}


def starter() -> list[TemplateSpec]:
    return [spec for path in starter_files() for spec in read_template_file(path)]


def full_context(language: str) -> dict[str, object]:
    values = TemplateContext(
        language=language,
        customer_name="Ana Kovač",
        order=ORDER,
        shop_name="Kovač Kolica",
        agent_name="Ivana",
        today=date(2026, 11, 20),
    ).variables()
    values["product"] = EXTRA["product"]
    values["discount"] = EXTRA["discount"]
    values["callback"] = EXTRA["callback"]
    values["shop"] = {"name": "Kovač Kolica", **EXTRA["shop"]}
    values["order"] = {**values["order"], "shipping_date": "22. 11. 2026"}
    return values


def test_missing_values_are_visible_gaps_not_crashes_or_none() -> None:
    text = (
        "Dear {{ customer.first_name }}, order {{ order.number }} ({{ order.status }}), "
        "{{ order.tracking_url }} {{ discount.code }}{% if order %} HAS ORDER{% endif %}"
        "{% for item in order.items %}{{ item.name }}{% endfor %}"
    )
    result = render(text, {"customer": {"name": None}, "order": {"number": "", "status": None}})
    assert result.text == (
        "Dear [customer.first_name], order [order.number] ([order.status]), "
        "[order.tracking_url] [discount.code] HAS ORDER"
    )
    assert result.missing == [
        "customer.first_name",
        "order.number",
        "order.status",
        "order.tracking_url",
        "discount.code",
    ]
    assert "None" not in result.text
    nothing = render("{% if order %}x{% else %}no order{% endif %} {{ order.number }}", {})
    assert nothing.text == "no order [order.number]" and nothing.missing == ["order.number"]


def test_the_gap_marker_is_configurable() -> None:
    result = render("Broj: {{ order.number }}", {}, marker="«{name}»")
    assert result.text == "Broj: «order.number»"
    assert render("Broj: {{ order.number }}", {}, marker="____").text == "Broj: ____"


@pytest.mark.parametrize(
    "hostile",
    [
        "{{ 7*7 }}",
        "{% for x in range(3) %}X{% endfor %}",
        "{{ ''.__class__.__mro__ }}",
        "{#",
        "{% raw %}",
        "Ana\r\nBcc: victim@evil.example",
        "Ana\nSubject: injected",
        "Ana\u2028Kovač\x00\x1b[2J",
    ],
)
def test_customer_values_are_inserted_as_text_never_run(hostile: str) -> None:
    values = {"customer": {"name": hostile, "first_name": hostile}, "order": {"number": hostile}}
    body = render("Hi {{ customer.first_name }}!\nOrder {{ order.number }}.", values)
    expected = " ".join(hostile.replace("\u2028", " ").split()).replace("\x00", "")
    lines = body.text.split("\n")
    assert len(lines) == 2  # a value never adds a line
    assert "49" not in body.text and "XXX" not in body.text and "<class" not in body.text
    assert lines[0].startswith("Hi ") and lines[1].startswith("Order ")
    assert not any(ord(c) < 32 for c in body.text.replace("\n", ""))
    if "\n" not in hostile and "\r" not in hostile and not any(ord(c) < 32 for c in hostile):
        assert lines[0] == f"Hi {expected}!"

    subject = render_subject("Re: narudžba {{ order.number }} – {{ customer.name }}", values)
    assert "\n" not in subject.text and "\r" not in subject.text
    # And through the composer: no value can become a header.
    raw = build_message(
        Draft(
            account_id=1,
            to=(Recipient("ana@kupac.hr", hostile),),
            subject=subject.text,
            body=body.text,
        ),
        Sender("prodaja@kolica.hr", "Kovač Kolica"),
        now=datetime(2026, 11, 20, tzinfo=UTC),
    ).raw
    message = email.message_from_bytes(raw, policy=policy.default)
    assert "bcc" not in {k.lower() for k in message}
    assert len(message.get_all("Subject") or []) == 1


def test_a_template_cannot_reach_python_internals() -> None:
    with pytest.raises(TemplateProblem, match=r"Not allowed|unsafe"):
        render("{{ ''.__class__.__mro__[1].__subclasses__() }}", {})
    with pytest.raises(TemplateProblem):
        render("{{ customer.name.__class__ }}", {"customer": {"name": "Ana"}})
    for runaway in (
        "{% for i in range(10**9) %}{% endfor %}",
        "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}",
        "{{ 'x' * 10**9 }}",
        "{{ 'x' * 1000000 }}",
        "{{ 2 ** 100000 }}",
        "{{ 1 / 0 }}",
        "{% include 'other' %}",
        "{% macro m() %}{{ m() }}{{ m() }}{% endmacro %}{{ m() }}",
        "{% for c in 'x' %}{% endfor %}",
        "{{ '{:>999999999}'.format(1) }}",
        "{{ '%999999999s' % 1 }}",
        "{{ 'x'|center(999999999) }}",
        "{{ 'x'|indent(999999999) }}",
    ):
        started = time.perf_counter()
        with pytest.raises(TemplateProblem):
            render(runaway, {})
        assert time.perf_counter() - started < 0.5, runaway  # (up to 25 s without the guards)


def test_a_broken_template_names_its_line() -> None:
    with pytest.raises(TemplateProblem) as problem:
        render("Hello\n{% if order %}\nno end", {})
    assert problem.value.line is not None


def test_order_items_total_and_today_are_formatted_for_the_language() -> None:
    text = (
        "{{ today }} | {{ order.total }} | {{ order.status }} |"
        "{% for item in order.items %} {{ item.quantity }}× {{ item.name }};{% endfor %}"
    )
    expected = {
        "en": "November 20, 2026 | €1,234.50",
        "hr": "20. studenoga 2026. | 1.234,50 €",
        "de": "20. November 2026 | 1.234,50 €",
        "ru": "20 ноября 2026 г. | 1 234,50 €",
        "sl": "20. november 2026 | 1.234,50 €",
        "tr": "20 Kasım 2026 | €1.234,50",
    }
    for language, start in expected.items():
        values = TemplateContext(language, order=ORDER, today=date(2026, 11, 20)).variables()
        result = render(text, values)
        normalized = result.text.replace("\u00a0", " ").replace("\u202f", " ")
        assert normalized.startswith(start), (language, result.text)
        assert "1× Dječja kolica Luna; 2× Kišna navlaka;" in result.text
        assert result.missing == []


def test_first_names() -> None:
    assert first_name("Ana Kovač") == "Ana"
    assert first_name("Kovač, Ana") == "Ana"
    assert first_name("  Ольга   Петровна ") == "Ольга"
    assert first_name("ana@kupac.hr") is None
    assert first_name("") is None


def test_every_starter_template_renders_cleanly_in_all_six_languages() -> None:
    specs = starter()
    assert len(specs) == 11
    for spec in specs:
        assert sorted(v.language for v in spec.versions) == sorted(LANGUAGES), spec.key
        for version in spec.versions:
            values = full_context(version.language)
            body = render(version.body, values)
            subject = render_subject(version.subject, values)
            where = f"{spec.key}/{version.language}"
            assert body.missing == [] and subject.missing == [], (where, body.missing)
            for text in (body.text, subject.text):
                assert "None" not in text and "{{" not in text and "{%" not in text, where
                assert "[" not in text, where
            assert "\n\n\n" not in body.text, where
            assert body.text.split("\n")[0].rstrip(",!") in {
                "Hi Ana",
                "Dobar dan, Ana",
                "Guten Tag Ana Kovač",
                "Здравствуйте, Ana",
                "Pozdravljeni, Ana",
                "Merhaba Ana Kovač",
            }, where
            assert body.text.rstrip().endswith("Ivana\nKovač Kolica"), where


def test_without_customer_or_order_the_templates_greet_politely_and_show_gaps() -> None:
    for spec in starter():
        for version in spec.versions:
            values = TemplateContext(version.language, shop_name="Kovač Kolica").variables()
            body = render(version.body, values)
            first = body.text.split("\n")[0]
            assert first in {
                "Hello,",
                "Dobar dan!",
                "Guten Tag,",
                "Здравствуйте!",
                "Pozdravljeni!",
                "Merhaba,",
            }, (spec.key, version.language, first)
            assert "None" not in body.text
            assert all(f"[{name}]" in body.text for name in body.missing)


_VARIABLE = re.compile(r"\{\{\s*([a-z_.]+)|\{%\s*(?:if|for \w+ in)\s+([a-z_.]+)")


def variables(text: str) -> set[str]:
    return {a or b for a, b in _VARIABLE.findall(text)}


def test_all_languages_of_a_starter_template_use_the_same_values() -> None:
    """Like a translation check: a version must not lose or invent a placeholder.

    Only the greeting may differ: some languages greet by first name, others (de, tr) by
    the full name, as is polite there."""
    greeting = {"customer.name", "customer.first_name"}
    for spec in starter():
        by_language = {
            v.language: variables(v.subject + "\n" + v.body) - greeting for v in spec.versions
        }
        assert len({frozenset(v) for v in by_language.values()}) == 1, (spec.key, by_language)


INFORMAL = {
    "de": r"\b(du|dich|dir|dein\w*)\b",
    "ru": r"\b(ты|тебя|тебе|тобой|твой|твоя|твоё|твои)\b",
    "hr": r"\b(ti|tebi|tebe|tvoj\w*)\b",
    "sl": r"\b(ti|tebi|tebe|tvoj\w*)\b",
    "tr": r"\b(sen|seni|sana|senin)\b",
}
FORMAL = {
    "de": r"\b(Sie|Ihr\w*|Ihnen)\b",
    "ru": r"\b(Вы|Вас|Вам|Ваш\w*)\b",
    "hr": r"\b(Vam|Vas|Vaš\w*)\b",
    "sl": r"\b(Vam|Vas|Vaš\w*)\b",
    "tr": r"\w+(iniz|ınız|unuz|ünüz|sınız|siniz)\b",
}


def test_starter_templates_address_the_customer_formally() -> None:
    for spec in starter():
        for version in spec.versions:
            if version.language not in INFORMAL:
                continue
            text = version.subject + "\n" + version.body
            assert not re.search(INFORMAL[version.language], text, re.IGNORECASE), (
                spec.key,
                version.language,
            )
            if spec.key != "holiday_greeting" or version.language != "tr":
                assert re.search(FORMAL[version.language], text), (spec.key, version.language)


def test_rendering_is_fast_enough_for_typing() -> None:
    text = (
        "Hi {{ customer.first_name }}, order {{ order.number }} is {{ order.status }}: "
        "{{ order.tracking_url }} ({{ order.total }}) – {{ shop.name }}"
    )
    values = TemplateContext("hr", customer_name="Ana", order=ORDER, shop_name="K").variables()
    render(text, values)
    started = time.perf_counter()
    for _ in range(50):
        render(text, values)
    assert (time.perf_counter() - started) / 50 < 0.02  # seconds per insert


def test_starter_files_live_in_resources() -> None:
    assert all(Path(p).parent.name == "templates" for p in starter_files())
