"""``safe_filename`` and ``display_sender``: examples, and properties over arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from console.mail.display import (
    clean_display_text,
    display_address,
    display_domain,
    display_sender,
)
from console.mail.filenames import MAX_FILENAME_BYTES, safe_filename
from console.mail.parsed import Address
from tests.hostile.invariants import filename_problems, has_invisible, sender_problems


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rechnung 2026-11.pdf", "Rechnung 2026-11.pdf"),
        ("račun_čćžšđ.pdf", "račun_čćžšđ.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("C:\\Windows\\x.exe", "x.exe"),
        ("C:x.exe", "C_x.exe"),
        ("dir/", "dir"),
        ("/", "attachment"),
        ("..", "attachment"),
        ("", "attachment"),
        (".bashrc", "bashrc"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("zero\u200bwidth\ufeff.txt", "zerowidth.txt"),
        ("a\x00b\r\nc.txt", "ab c.txt"),
        ("CON", "_CON"),
        ("com1.txt", "_com1.txt"),
        ("console.txt", "console.txt"),
        ("report. . ", "report"),
        ('a<b>c:d"e|f?g*.txt', "a_b_c_d_e_f_g_.txt"),
        ("fake\u2215path\uff0fx.txt", "fake_path_x.txt"),
        ("e\u0301.txt", "\u00e9.txt"),  # NFC
    ],
)
def test_safe_filename_examples(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_keeps_the_extension_when_cutting() -> None:
    name = safe_filename("ж" * 300 + ".tar.gz")
    assert name.endswith(".gz") and len(name.encode()) <= MAX_FILENAME_BYTES


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_name_becomes_a_safe_single_component(name: str) -> None:
    assert filename_problems(name) == []


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (Address("Ana Kovač", "ana@kupac.hr"), "Ana Kovač"),
        (Address("", "ana@kupac.hr"), "ana@kupac.hr"),
        (Address("Ana", ""), "Ana"),
        (Address("service@bank.com", "evil@attacker.ru"), "evil@attacker.ru"),
        (Address("Bank <service@bank.com>", "evil@attacker.ru"), "evil@attacker.ru"),
        (Address("service\uff20bank.com", "evil@attacker.ru"), "evil@attacker.ru"),
        (Address("Support \u202emoc.lapyap\u202c", "evil@x.test"), "Support moc.lapyap"),
        (Address("Pay\u200dPal\u200b", "evil@x.test"), "PayPal"),
        (Address("Line\u2028Two\nThree", "a@b.test"), "Line Two Three"),
        (Address("PayPal", "service@pаypal.com"), "PayPal"),
        (Address("", "service@pаypal.com"), "service@xn--pypal-4ve.com"),
        (Address("", "shop@пример.com"), "shop@xn--e1afmkfd.com"),
        (Address("", "shop@пример.рф"), "shop@пример.рф"),
        (Address("", "ev\u202eil@x.test"), "evil@x.test"),
    ],
)
def test_display_sender_examples(address: Address, expected: str) -> None:
    assert display_sender(address) == expected


def test_display_sender_of_nobody_is_empty() -> None:
    assert display_sender(None) == ""


def test_long_names_are_cut_with_an_ellipsis() -> None:
    shown = clean_display_text("x" * 1000)
    assert len(shown) == 200 and shown.endswith("…")


def test_one_script_domains_stay_readable() -> None:
    assert display_domain("bücher.de") == "bücher.de"
    assert display_domain("例え.jp") == "例え.jp"  # Han and Hiragana: CJK names mix scripts
    assert display_address("a@gооgle.com") == "a@xn--ggle-55da.com"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120), st.text(max_size=60))
@example("@", " ")  # a name with an at sign and no usable address: the name is shown
def test_any_sender_displays_without_invisible_characters(name: str, email: str) -> None:
    address = Address(name, email)
    assert sender_problems(address) == []
    assert not has_invisible(display_sender(address))
