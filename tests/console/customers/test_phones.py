"""Phone numbers in any format find the same customer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.customers.phones import display_phone, find_phone, normalize_phone


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("+385 91 234 5678", "HR", "+385912345678"),
        ("091/234-5678", "HR", "+385912345678"),
        ("00385912345678", "HR", "+385912345678"),
        ("00385 (0)91 234 5678", "DE", "+385912345678"),
        ("0151 23456789", "DE", "+4915123456789"),
        ("+49 (151) 234-567-89", "HR", "+4915123456789"),
        ("8 (916) 123-45-67", "RU", "+79161234567"),
        ("+7 916 123 45 67", "TR", "+79161234567"),
        ("0532 123 45 67", "TR", "+905321234567"),
        ("041 123 456", "SI", "+38641123456"),
        ("tel:+385-91-234-5678", "HR", "+385912345678"),
        ("12", "HR", None),
        ("not a number", "HR", None),
        ("091 234 5678 is my number, call me after five", "HR", None),
    ],
)
def test_normalize_to_e164(text: str, region: str, e164: str | None) -> None:
    assert normalize_phone(text, region) == e164


@given(
    st.sampled_from(["+385 91 234 5678", "091/234-5678", "00385912345678", "091 2345 678"]),
    st.sampled_from([" ", "", "-", "."]),
)
def test_every_way_of_writing_one_number_is_one_number(text: str, separator: str) -> None:
    written = text.replace(" ", separator) if not text.startswith("+") else text
    assert normalize_phone(written, "HR") == "+385912345678"


def test_display_national_in_the_shops_region_international_otherwise() -> None:
    assert display_phone("+385912345678", "HR") == "091 234 5678"
    assert display_phone("+385912345678", "DE") == "+385 91 234 5678"
    assert display_phone("+4915123456789", "DE") == "01512 3456789"
    assert display_phone("+385912345678") == "+385 91 234 5678"
    assert display_phone("not a number", "HR") == "not a number"


def test_find_a_number_in_free_text() -> None:
    assert find_phone("Nazovite me na 091 234 5678 poslije 17h", "HR") == (
        "+385912345678",
        "091 234 5678",
    )
    assert find_phone("Bestellung 2045 vom 5.3.2026", "DE") is None
