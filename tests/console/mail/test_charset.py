"""Decoding text in the charsets our shops see, with wrong, missing and misspelt labels."""

from __future__ import annotations

import pytest

from console.mail.charset import decode_bytes, detect_charset, normalize_charset

CROATIAN = "Poštovani, naručio sam čarape i džemper, ali još nisu stigli. Hvala, Đuro Ćosić"
SLOVENIAN = "Pozdravljeni, naročila še nisem prejel. Ali lahko preverite? Lep pozdrav, Žiga Čuk"
GERMAN = "Sehr geehrte Damen und Herren, ich möchte die Größe ändern. Grüße, Jürgen Weiß"
TURKISH = "Merhaba, siparişim henüz gelmedi. Kargo takip numarası nedir? Teşekkürler, Ayşe"
RUSSIAN = "Здравствуйте! Я заказал куртку, но посылка ещё не пришла. Спасибо, Иван"
CHINESE_SPAM = "中文测试邮件内容，这是垃圾邮件广告。请点击链接购买产品。" * 5
TAIWAN_SPAM = "繁體中文垃圾郵件廣告請點擊連結購買產品今天特價" * 5
JAPANESE_SPAM = "日本語のスパムメールです。今すぐクリックしてください。" * 5


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("cp-1250", "cp1250"),
        ("windows1251", "cp1251"),
        ("Windows-1252", "cp1252"),
        ("win-1251", "cp1251"),
        ("iso8859-2", "iso8859-2"),
        ("ISO_8859-2:1987", "iso8859-2"),
        ("latin2", "iso8859-2"),
        ("unicode-1-1-utf-7", "utf-7"),
        ("utf8", "utf-8"),
        ('"UTF-8"', "utf-8"),
        ("koi8r", "koi8-r"),
        ("iso-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("iso-8859-9", "cp1254"),
        ("gb2312", "gb18030"),
        ("shift_jis", "cp932"),
        ("utf-8*en", "utf-8"),
    ],
)
def test_charset_labels_are_normalized_to_python_codecs(label: str, codec: str) -> None:
    assert normalize_charset(label) == codec


@pytest.mark.parametrize("label", ["x-unknown", "unknown-8bit", "", None, "base64", "rot13", "zz"])
def test_unknown_and_non_charset_labels_normalize_to_none(label: str | None) -> None:
    assert normalize_charset(label) is None


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (CROATIAN, "iso8859-2"),
        (CROATIAN, "cp1250"),
        (SLOVENIAN, "cp1250"),
        (SLOVENIAN, "iso8859-2"),
        (GERMAN, "cp1252"),
        (GERMAN, "iso8859-15"),
        (TURKISH, "cp1254"),
        (TURKISH, "iso8859-9"),
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (RUSSIAN, "utf-8"),
        (CHINESE_SPAM, "gb2312"),
        (TAIWAN_SPAM, "big5"),
        (JAPANESE_SPAM, "shift_jis"),
    ],
)
def test_correctly_declared_charsets_decode_exactly(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec), codec)
    assert decoded.text == text
    assert decoded.defect is None


@pytest.mark.parametrize(
    ("text", "codec", "declared"),
    [
        (RUSSIAN, "cp1251", "windows-1252"),
        (RUSSIAN, "koi8-r", "windows-1251"),
        (RUSSIAN, "cp1251", "koi8-r"),
        (CROATIAN, "iso8859-2", "windows-1250"),
        (CROATIAN, "cp1250", "iso-8859-2"),
        (CROATIAN, "cp1250", "iso-8859-1"),
        (TURKISH, "cp1254", "iso-8859-1"),
        (GERMAN, "utf-8", "iso-8859-1"),
        (RUSSIAN, "utf-8", "windows-1251"),
        (TURKISH, "cp1254", "utf-8"),
    ],
)
def test_wrongly_declared_charset_is_detected_and_reported(
    text: str, codec: str, declared: str
) -> None:
    decoded = decode_bytes(text.encode(codec), declared)
    assert decoded.text == text
    assert decoded.defect is not None and decoded.defect.startswith("charset:")


@pytest.mark.parametrize(
    ("text", "codec"),
    [(CROATIAN, "cp1250"), (RUSSIAN, "koi8-r"), (TURKISH, "cp1254"), (GERMAN, "cp1252")],
)
def test_missing_charset_on_8bit_text_is_detected(text: str, codec: str) -> None:
    decoded = decode_bytes(text.encode(codec), None)
    assert decoded.text == text
    assert decoded.defect is not None and "undeclared" in decoded.defect


def test_unknown_label_falls_back_to_detection() -> None:
    decoded = decode_bytes(RUSSIAN.encode("cp1251"), "x-unknown")
    assert decoded.text == RUSSIAN


def test_pure_ascii_needs_no_detection() -> None:
    assert decode_bytes(b"Hello", "bogus-charset").text == "Hello"


def test_utf7_is_decoded_even_though_it_is_ascii() -> None:
    assert decode_bytes(b"+BB8EQAQ4BDIENQRC-", "unicode-1-1-utf-7").text == "Привет"


def test_utf8_with_a_few_broken_bytes_keeps_utf8() -> None:
    data = ("Здравствуйте, заказ не пришёл. " * 20).encode() + b"\xd0"
    decoded = decode_bytes(data, "utf-8")
    assert decoded.text.startswith("Здравствуйте, заказ не пришёл.")
    assert decoded.defect == "charset:invalid utf-8 sequences replaced"


def test_undecodable_garbage_still_returns_text() -> None:
    decoded = decode_bytes(bytes(range(256)) * 3, "utf-16-bogus")
    assert isinstance(decoded.text, str)


def test_short_header_strings_prefer_the_hint_charset() -> None:
    short = "Čarape".encode("cp1250")
    assert decode_bytes(short, None, hint="cp1250").text == "Čarape"


def test_detection_of_valid_utf8_returns_utf8() -> None:
    detected = detect_charset("Grüße aus München".encode())
    assert detected is not None and detected.charset == "utf-8"
