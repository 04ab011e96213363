"""Splitting the new text of a reply from quoted history, in our six languages."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.mail.quoting import split_quoted, strip_signature
from console.mail.snippet import SNIPPET_LENGTH, make_snippet, new_text

NEW = "Thanks, that works."


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, 1 Jan 2024 at 10:00, Ann <ann@example.com> wrote:",
        "Am 01.01.2024 um 10:00 schrieb Max Mustermann <max@example.de>:",
        "pon, 1. sij 2024. u 10:00 Ivan Horvat <ivan@example.hr> je napisao/la:",
        "Dne 1. 1. 2024 ob 10:00 je Ivan <ivan@example.hr> napisao:",
        "1.1.2024. u 10:00, Ana <ana@example.hr> je napisala:",
        "V pon., 1. jan. 2024 ob 10:00 je Janez Novak <janez@example.si> napisal(a):",
        "1 янв. 2024 г., в 10:00, Иван <ivan@example.ru> написал(а):",
        "01.01.2024 10:00, Иван Петров пишет:",
        "пн, 1 янв. 2024 г. в 10:00, Иван Иванов <ivan@example.ru>:",
        "1 Oca 2024 Pzt, 10:00 tarihinde Ayşe <ayse@example.com.tr> şunu yazdı:",
    ],
)
def test_reply_attribution_starts_the_quote(attribution: str) -> None:
    text = f"{NEW}\n\n{attribution}\n> old text\n> more old text\n"
    new, quoted = split_quoted(text)
    assert new == NEW
    assert quoted.startswith(attribution)


def test_attribution_wrapped_onto_two_lines_is_found() -> None:
    text = f"{NEW}\n\nOn Sat, Mar 9, 2024 at 9:00 AM Shop Help <help@shop.example>\nwrote:\n> x"
    assert split_quoted(text)[0] == NEW


@pytest.mark.parametrize(
    "separator",
    [
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "-----Izvorna poruka-----",
        "-----Originalno sporočilo-----",
        "-----Исходное сообщение-----",
        "-----Orijinal İleti-----",
        "________________________________",
    ],
)
def test_outlook_separators_start_the_quote(separator: str) -> None:
    text = f"{NEW}\n\n{separator}\nFrom: Shop\nSent: Monday\nold"
    assert split_quoted(text) == (NEW, f"{separator}\nFrom: Shop\nSent: Monday\nold")


@pytest.mark.parametrize(
    "block",
    [
        "From: Shop <s@x>\nSent: Monday, 1 January 2024 10:00\nTo: Ann\nSubject: Order",
        "Von: Shop <s@x>\nGesendet: Montag, 1. Januar 2024 10:00\nAn: Max\nBetreff: Bestellung",
        "Od: Trgovina <s@x>\nPoslano: pon, 1. siječnja 2024. 10:00\nZa: Ivan\nPredmet: Narudžba",
        "Od: Trgovina <s@x>\nPoslano: pon, 1. januar 2024 10:00\nZa: Janez\nZadeva: Naročilo",
        "От: Магазин <s@x>\nОтправлено: 1 января 2024 г. 10:00\nКому: Иван\nТема: Заказ",
        "Kimden: Mağaza <s@x>\nGönderildi: 1 Ocak 2024 Pazartesi 10:00\nKime: Ayşe\nKonu: Sipariş",
    ],
)
def test_outlook_header_blocks_start_the_quote(block: str) -> None:
    new, quoted = split_quoted(f"{NEW}\n\n{block}\n\nold text")
    assert new == NEW and quoted.startswith(block.split("\n")[0])


def test_a_single_from_line_in_the_body_is_not_a_quote() -> None:
    text = "From: the warehouse, the parcel left today.\nRegards"
    assert split_quoted(text) == (text, "")


def test_trailing_quote_block_without_attribution_is_split() -> None:
    assert split_quoted("Yes please.\n\n> Shall we ship?\n> Thanks") == (
        "Yes please.",
        "> Shall we ship?\n> Thanks",
    )


def test_interleaved_replies_are_left_whole() -> None:
    text = "> Size?\nXL\n> Colour?\nBlue"
    assert split_quoted(text) == (text, "")


def test_text_without_quotes_is_all_new() -> None:
    assert split_quoted("Just a question about my order.") == (
        "Just a question about my order.",
        "",
    )


def test_signature_is_stripped_from_the_first_separator() -> None:
    assert strip_signature("Hvala!\n-- \nIvan\n-- \nold") == "Hvala!"


def test_snippet_drops_quotes_and_signature_and_collapses_whitespace() -> None:
    text = (
        "Hvala,\n\n  paket   je stigao.\n-- \nIvan\n\n5. ožu 2024. u 10:00 X <x@y> napisao je:\n> a"
    )
    assert make_snippet(text) == "Hvala, paket je stigao."


def test_snippet_is_cut_at_a_word_boundary_near_200_characters() -> None:
    snippet = make_snippet("riječ " * 100)
    assert 160 <= len(snippet) <= 201 and snippet.endswith("…")


def _snippet_by_definition(text: str) -> str:
    collapsed = re.sub(r"\s+", " ", new_text(text)).strip()
    if len(collapsed) <= SNIPPET_LENGTH:
        return collapsed
    cut = collapsed.rfind(" ", SNIPPET_LENGTH - 40, SNIPPET_LENGTH)
    return collapsed[: cut if cut > 0 else SNIPPET_LENGTH].rstrip() + "…"


@given(
    st.lists(
        st.sampled_from(["Pozdrav", "narudžba", "12345", " ", "  ", "\n", "\t", "\n\n", "x" * 30]),
        max_size=400,
    )
)
def test_a_snippet_is_cut_from_the_whole_new_text_collapsed(pieces: list[str]) -> None:
    # Only the start of a long text is collapsed: the snippet must not tell.
    text = "".join(pieces)
    assert make_snippet(text) == _snippet_by_definition(text)
