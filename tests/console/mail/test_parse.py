"""``parse_message`` end to end on shop-style fixtures, and its promise never to raise."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.mail.parse import parse_message
from console.mail.parsed import Address, ParsedMessage

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "mail"


def _fixture(name: str) -> ParsedMessage:
    return parse_message((FIXTURES / name).read_bytes())


def test_croatian_8bit_headers_and_iso8859_2_body_decode() -> None:
    message = _fixture("hr_order_question_8bit_iso8859-2.eml")
    assert message.subject == "Pitanje o narudžbi broj 1234 - čarape"
    assert message.from_ == Address("Đuro Šimić", "duro.simic@example.hr")
    assert "Možete li provjeriti gdje je pošiljka?" in message.text
    assert message.snippet.endswith("Hvala lijepa.")
    assert "Zagreb" not in message.snippet and "Hvala na narudžbi" not in message.snippet
    assert message.language == "hr"
    assert message.in_reply_to == "order-1234@trgovina.example"
    assert message.date == datetime(2024, 3, 5, 13, 22, 10, tzinfo=UTC)


def test_russian_koi8r_reply_decodes_and_drops_the_quote_from_the_snippet() -> None:
    message = _fixture("ru_koi8r_reply.eml")
    assert message.subject == "Где мой заказ N 5521?"
    assert message.from_ == Address("Иван Петров", "ivan@example.ru")
    assert message.snippet.startswith("Здравствуйте! Я заказал куртку")
    assert "отправлен" not in message.snippet
    assert message.language == "ru"
    assert message.references == ["order-5521@shop.example"]


def test_russian_raw_cp1251_headers_are_not_mojibake() -> None:
    message = _fixture("ru_8bit_headers_cp1251.eml")
    assert message.subject == "Возврат товара по заказу 7781"
    assert message.from_ == Address("Ольга Смирнова", "olga@example.ru")


def test_turkish_body_mislabeled_latin1_is_repaired_and_reported() -> None:
    message = _fixture("tr_mislabeled_cp1254.eml")
    assert message.subject == "Sipariş iptali hakkında"
    assert message.from_ == Address("Ayşe Yılmaz", "ayse@example.com.tr")
    assert "siparişimi iptal etmek istiyorum" in message.text
    assert any(d.startswith("charset:declared") for d in message.defects)
    assert message.language == "tr"
    assert "Siparişiniz alındı" not in message.snippet


def test_german_outlook_reply_with_rfc2231_attachment_name() -> None:
    message = _fixture("de_outlook_reply_rfc2231_attachment.eml")
    assert message.subject == "AW: Rückfrage zur Lieferung"
    assert message.from_ == Address("Weiß, Jürgen", "juergen.weiss@example.de")
    [attachment] = message.attachments
    assert attachment.filename == "Rechnung_März_2024.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.part_index == "2"
    assert attachment.size == 9 + 256 * 40
    assert not attachment.inline
    assert "Ursprüngliche Nachricht" not in message.snippet
    assert message.language == "de"


def test_slovenian_html_only_mail_is_sanitized_and_converted_to_text() -> None:
    message = _fixture("sl_html_only_remote_images.eml")
    assert message.html is not None
    assert "<script" not in message.html and "steal" not in message.html
    assert "javascript:" not in message.html
    assert 'data-remote-src="https://tracker.example/open.gif"' in message.html
    assert 'src="cid:logo@shop"' in message.html
    assert message.has_remote_content is True
    assert message.text.startswith("Pozdravljeni,\n\nnaročila št. 889 še nisem prejel.")
    assert message.language == "sl"
    [logo] = message.attachments
    assert logo.inline and logo.content_id == "logo@shop" and logo.content_type == "image/png"


def test_missing_message_id_is_synthesized_and_references_are_cleaned() -> None:
    message = _fixture("en_no_message_id_folded_references.eml")
    assert message.message_id.startswith("sk-")
    assert message.message_id.endswith("@shopkeeper.invalid")
    assert message.references == ["root@shop.example", "second@shop.example", "third@shop.example"]
    assert message.in_reply_to == "third@shop.example"
    assert message.snippet == "Hi, thanks for the update! When will it ship?"
    assert message.language == "en"


def test_utf8_character_split_across_encoded_words_in_subject() -> None:
    assert _fixture("hr_split_encoded_word.eml").subject == "Reklamacija: oštećena pošiljka"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00" * 1000,
        b"\xff\xfe\x00garbage\r\n\r\n\x80\x81",
        b"\n\n\n",
        b"From nobody\n",
        b"Subject: =?utf-8?B?\n\n",
        b"Content-Type: multipart/mixed; boundary=\n\n--\n--\n",
        b'Content-Type: text/plain; charset="\xff\xfe"\n\n\xe4\xf6\xfc',
        b"Content-Type: text/html\n\n<" + b"<div>" * 50000,
        b"Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: inner\n\nx\n--d--",
    ],
)
def test_hostile_inputs_never_raise(raw: bytes) -> None:
    message = parse_message(raw)
    assert isinstance(message, ParsedMessage)
    assert message.message_id


def test_non_bytes_input_is_reported_not_raised() -> None:
    message = parse_message(None)  # type: ignore[arg-type]
    assert message.parse_error is not None


def test_ten_thousand_header_lines_parse_quickly() -> None:
    raw = b"".join(b"Received: from host%d by relay\r\n" % i for i in range(10_000))
    raw += b"To: " + b", ".join(b"user%d@example.com" % i for i in range(3000)) + b"\r\n"
    raw += b"Subject: many headers\r\n\r\nbody\r\n"
    start = time.perf_counter()
    message = parse_message(raw)
    assert time.perf_counter() - start < 2.0
    assert message.subject == "many headers"
    assert 0 < len(message.to) <= 3000


def test_large_attachment_is_measured_not_decoded() -> None:
    line = b"QUJD" * 19 + b"\r\n"
    payload = line * (50 * 1024 * 1024 // len(line))
    raw = (
        b"Subject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/plain\r\n\r\nsee attachment\r\n--b\r\n"
        b"Content-Type: application/zip; name=big.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + payload
        + b"--b--\r\n"
    )
    start = time.perf_counter()
    message = parse_message(raw)
    assert time.perf_counter() - start < 1.0
    [attachment] = message.attachments
    assert attachment.filename == "big.zip"
    assert attachment.size == len(payload) // len(line) * 57
    assert message.text == "see attachment"


def test_text_parts_are_capped_at_one_megabyte() -> None:
    raw = b"Subject: long\n\n" + b"a" * (3 * 1024 * 1024)
    message = parse_message(raw)
    assert len(message.text) <= 1024 * 1024
    assert "text:body too large, truncated" in message.defects


def test_alternative_prefers_plain_text_and_keeps_sanitized_html() -> None:
    raw = (
        b"Content-Type: multipart/alternative; boundary=a\n\n"
        b"--a\nContent-Type: text/plain; charset=utf-8\n\nPlain body\n"
        b"--a\nContent-Type: text/html; charset=utf-8\n\n<p onclick=x()>Html body</p>\n--a--\n"
    )
    message = parse_message(raw)
    assert message.text == "Plain body"
    assert message.html == "<p>Html body</p>"
    assert message.attachments == []


def test_html_mislabeled_as_plain_text_is_converted_to_text() -> None:
    raw = (
        b'Content-Type: text/plain\n\n<div dir="ltr"><div>Hello Bob,</div><div>thanks</div></div>\n'
    )
    message = parse_message(raw)
    assert message.text == "Hello Bob,\nthanks"
    assert "mime:html in text/plain part" in message.defects


def test_plain_text_starting_with_an_angle_bracket_stays_text() -> None:
    raw = b"Content-Type: text/plain\n\n<ivan@example.hr> asked: size 5 < 6?\n"
    assert parse_message(raw).text == "<ivan@example.hr> asked: size 5 < 6?\n"


def test_format_flowed_text_is_unwrapped() -> None:
    raw = (
        b"Content-Type: text/plain; charset=utf-8; format=flowed\n\n"
        b"This line is soft \nwrapped.\n-- \nsig\n"
    )
    assert parse_message(raw).text.startswith("This line is soft wrapped.\n-- \n")


def test_parse_failure_is_reported_with_salvaged_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    import console.mail.parse as parse_module

    def explode(raw: bytes) -> object:
        raise RuntimeError("boom")

    monkeypatch.setattr(parse_module, "parse_structure", explode)
    message = parse_message(b"Subject: =?utf-8?Q?Narud=C5=BEba?=\nFrom: a@b.c\n\nx")
    assert message.parse_error == "RuntimeError: boom"
    assert message.subject == "Narudžba"
    assert message.from_ == Address("", "a@b.c")
