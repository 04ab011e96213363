"""Regression cases for what the hostile corpus and the fuzzers found in the parser.

Each test holds the smallest input that showed the bug (shrunk by hypothesis or libFuzzer,
or reduced by hand) and says what was wrong.
"""

from __future__ import annotations

import pytest

from console.mail.html import sanitize_html
from console.mail.parse import parse_message
from tests.hostile.html_audit import html_violations
from tests.hostile.invariants import message_problems


@pytest.mark.parametrize(
    "src",
    [
        " https://t.test/a.gif",  # browsers strip leading spaces and controls
        "\thttps://t.test/a.gif",
        "&#x09;https://t.test/a.gif",
        "ht&#x09;tps://t.test/a.gif",  # ... and remove tabs and newlines anywhere
        "https:&#x0A;//t.test/a.gif",
        "\x01https://t.test/a.gif",
        "https:\\\\t.test/a.gif",  # a backslash is a slash in http(s) URLs
        "https:/\\t.test/a.gif",
        "https:t.test/a.gif",  # "https:host/path" is read as https://host/path
    ],
)
def test_remote_images_written_oddly_are_parked_not_loaded(src: str) -> None:
    # Found by the corpus (html_remote_images): the old rewrite matched only src="http(s)://..."
    # and "//...", so these reached the reading pane as loadable src attributes.
    for markup in (f'<img src="{src}">', f'<table background="{src}"><tr><td>x</td></tr></table>'):
        cleaned, remote = sanitize_html(markup)
        assert html_violations(cleaned) == []
        assert remote
        assert "data-remote-" in cleaned


def test_only_cid_images_keep_their_src() -> None:
    cleaned, remote = sanitize_html('<img src=" cid:logo@shop"><img src="mailto:a@b">')
    assert cleaned == '<img src="cid:logo@shop"><img>'
    assert not remote


def test_parked_urls_are_what_a_browser_would_fetch() -> None:
    cleaned, _ = sanitize_html('<img src="https:\\\\t.test/a.gif"><img src=" HTTP://t.test/b">')
    assert cleaned == (
        '<img data-remote-src="https://t.test/a.gif"><img data-remote-src="HTTP://t.test/b">'
    )


def test_css_comments_cannot_split_expression() -> None:
    # Found by the corpus (html_css_expression): old IE joined "expr/**/ession(" into
    # "expression(", and the filter looked for the word before removing comments.
    cleaned, _ = sanitize_html(
        '<div style="width: expr/**/ession(alert(1)); color: red">x</div>'
        "<style>p{width:expr/**/ession(alert(1))}</style>"
    )
    assert html_violations(cleaned) == []
    assert "color: red" in cleaned


def test_nul_in_an_address_rejects_the_address() -> None:
    # Found by the corpus (nul_in_headers): "ev\x00il@host" was kept as the address; a NUL
    # truncates strings in other tools ("service@bank.com\x00.evil.test").
    message = parse_message(b"From: Ev\x00il <ev\x00il@hostile.test>\r\n\r\nx")
    assert message.from_ is not None
    assert message.from_.email == ""
    assert message_problems(message) == []


def test_c1_controls_in_encoded_words_are_removed() -> None:
    # Found by hypothesis (random MIME trees): UTF-16 file name decoding to "\x84"; C1
    # controls (the 8-bit CSI "\x9b" among them) drive terminals like ESC does.
    message = parse_message(
        b"Subject: =?utf-8?Q?a=C2=84b=C2=9B[2Jc?=\r\n"
        b'Content-Type: application/pdf; name="=?utf-16?B?YcOEAA==?="\r\n\r\nx'
    )
    assert message.subject == "a b [2Jc"
    assert message_problems(message) == []


def test_long_references_keep_the_root_and_the_nearest_ancestors() -> None:
    # Found by the corpus (references_10000_ids): only the first 64 KiB were read, so the
    # parent of a long thread (the last id) was lost.
    refs = " ".join(f"<r{i}@hostile.test>" for i in range(10_000))
    message = parse_message(f"References: {refs}\r\n\r\nx".encode())
    assert message.references[0] == "r0@hostile.test"
    assert message.references[-1] == "r9999@hostile.test"


def test_controls_inside_a_content_type_do_not_reach_the_attachment_list() -> None:
    # Found by hypothesis (mutated corpus message): "Content-Type:\x00 multipart/mixed"
    # became the media type "\x00 multipart/mixed".
    message = parse_message(
        b'Content-Type:\x00 multipart/mixed; boundary="B"\n\n--B\nContent-Type: text/plain\n\n'
        b"hi\n--B\nContent-Type: application/\x01pdf\n\n%PDF\n--B--\n"
    )
    assert [a.content_type for a in message.attachments] == ["application/pdf"]
    assert message.text == "hi"


def test_an_id_with_a_bracket_inside_is_not_an_id() -> None:
    # Found by atheris (a notmuch corpus message with one byte changed): the unbracketed
    # "4mid-loop-21@examplego>.r" was kept and could not be written back as "<...>".
    message = parse_message(b"In-Reply-To: 4mid-loop-21@examplego>.r\n\nx")
    assert message.in_reply_to is None
    assert message_problems(message) == []


def test_a_style_attribute_inside_a_style_sheet_cannot_hide_an_unclosed_url() -> None:
    # Found by atheris (the html_css_url case, mutated): the style-attribute rewrite also ran
    # inside a <style> element's raw text, removing the escape that made the sheet hostile,
    # and an unclosed 'url("https://...' (CSS closes it at the end) survived the filter.
    cleaned, remote = sanitize_html(
        '<style>a{font-family:x)"><div style="background:u\\72l(x)">'
        '<style>b{background:url("https://t.test/x;src:url(https://t.test/f.woff)}</style>'
    )
    assert html_violations(cleaned) == []
    assert remote
    cleaned, _ = sanitize_html('<style>p{background:url("https://t.test/x</style><p>x</p>')
    assert html_violations(cleaned) == []


def test_an_attribute_value_ending_in_style_equals_is_not_an_attribute() -> None:
    # Found by atheris (a SpamAssassin message crossed with html_css_import): the value
    # 'color="x&lt;p style="' ended in ' style=', and the style rewrite, searching the whole
    # document for ' style="', took the span up to the next quote for a style attribute and
    # escaped it: markup became text and text became an <a href> on a <font>.
    markup = (
        '<div style="background:url(https://t.test/x)">a</div>'
        '<b><font color="#000&lt;/style&gt;&lt;p style=">import</font></b>'
        '<b><font color="#000&lt;p style="><a href="http://2742879943/ATV">CLICK</a></font></b>'
    )
    cleaned, _ = sanitize_html(markup)
    assert html_violations(cleaned) == []
    assert "import</font>" in cleaned and ">CLICK</a>" in cleaned


def test_style_sheets_with_attributes_are_filtered_too() -> None:
    # Found while fixing the above: only a bare "<style>" was filtered, so
    # '<style class="x">' kept its url() and @import.
    cleaned, remote = sanitize_html(
        '<style class="x">p{background:url(https://t.test/x)}</style>'
        '<style media="all">@import "https://t.test/y.css";</style>'
    )
    assert html_violations(cleaned) == []
    assert remote
