"""RFC 2047 encoded words (well-formed and broken) and raw 8-bit header text."""

from __future__ import annotations

import pytest

from console.mail.encoded_words import decode_header_text
from console.mail.headers import decode_text


def _escaped(data: bytes) -> str:
    """A header value as the stdlib parser hands it over: 8-bit bytes as surrogates."""
    return data.decode("ascii", errors="surrogateescape")


def test_base64_and_q_words_decode() -> None:
    assert decode_header_text("=?utf-8?B?0JfQsNC60LDQtw==?=") == "Заказ"
    assert decode_header_text("=?iso-8859-2?Q?=A9imi=E6?=") == "Šimić"


def test_whitespace_between_adjacent_encoded_words_is_dropped() -> None:
    value = "=?utf-8?Q?Narud=C5=BEba?= =?utf-8?Q?_broj?= 5"
    assert decode_header_text(value) == "Narudžba broj 5"


def test_multibyte_character_split_across_words_survives() -> None:
    value = "=?utf-8?Q?o=C5?= =?utf-8?Q?=A1te=C4=87ena?="
    assert decode_header_text(value) == "oštećena"


def test_encoded_word_inside_quoted_string_is_decoded() -> None:
    assert decode_text('"=?utf-8?B?0JjQstCw0L0=?=" wrote') == '"Иван" wrote'


def test_encoded_word_glued_to_text_is_decoded() -> None:
    assert decode_header_text("Re:=?utf-8?Q?_=C3=BCber?=") == "Re: über"


def test_wrong_charset_label_in_encoded_word_is_repaired() -> None:
    assert decode_header_text("=?windows-1252?Q?=CF=F0=E8=E2=E5=F2_=EC=E8=F0?=") == "Привет мир"


def test_unknown_charset_label_in_encoded_word_is_repaired() -> None:
    assert decode_header_text("=?x-unknown?Q?Sipari=FE_iptali?=") == "Sipariş iptali"


def test_base64_without_padding_decodes() -> None:
    assert decode_header_text("=?utf-8?B?0JfQsNC60LDQtw?=") == "Заказ"


def test_unterminated_encoded_word_at_end_decodes() -> None:
    assert decode_header_text("=?utf-8?B?0JfQsNC60LDQtw==") == "Заказ"


def test_language_suffix_of_rfc2231_charset_is_ignored() -> None:
    assert decode_header_text("=?utf-8*hr?Q?=C4=8Carape?=") == "Čarape"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Возврат товара по заказу 7781", "cp1251"),
        ("Pitanje o narudžbi - čarape i šal", "iso8859-2"),
        ("Sipariş iptali hakkında", "cp1254"),
        ("Rückfrage zur Lieferung", "cp1252"),
        ("Вопрос по заказу", "koi8-r"),
    ],
)
def test_raw_8bit_header_text_is_detected_not_mojibake(text: str, codec: str) -> None:
    assert decode_text(_escaped(text.encode(codec))) == text


def test_raw_8bit_utf8_header_text_decodes() -> None:
    assert decode_text(_escaped("Narudžba stiže sutra".encode())) == "Narudžba stiže sutra"


def test_folded_subject_is_unfolded_and_whitespace_normalized() -> None:
    assert decode_text("Re:  Where\r\n\tis   my\r\n order?  ") == "Re: Where is my order?"
