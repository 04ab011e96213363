"""Sanitizing HTML for display and turning it into text."""

from __future__ import annotations

import pytest

from console.mail.html import html_to_text, sanitize_html


def _clean(markup: str) -> str:
    return sanitize_html(markup)[0]


def test_scripts_are_removed_with_their_content() -> None:
    cleaned = _clean("<p>Hi</p><script>alert('x')</script><SCRIPT src=//e/x.js></SCRIPT>")
    assert "script" not in cleaned.lower() and "alert" not in cleaned
    assert "<p>Hi</p>" in cleaned


@pytest.mark.parametrize(
    "markup",
    [
        '<p onclick="steal()">x</p>',
        '<img src="cid:a" onerror="steal()">',
        '<body onload="steal()">x</body>',
        '<a href="https://x" onmouseover="steal()">x</a>',
        "<svg onload=steal()><circle/></svg>",
    ],
)
def test_event_handlers_are_removed(markup: str) -> None:
    assert "steal" not in _clean(markup)


@pytest.mark.parametrize(
    "markup",
    [
        '<iframe src="https://evil.example/"></iframe>',
        '<form action="https://evil.example/"><input name="card"></form>',
        '<object data="https://evil.example/x.swf"></object>',
        '<embed src="https://evil.example/x.swf">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
        '<base href="https://evil.example/">',
    ],
)
def test_active_and_embedding_elements_are_removed(markup: str) -> None:
    assert "evil.example" not in _clean(markup)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "java&#x09;script:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    ],
)
def test_dangerous_link_schemes_are_dropped(url: str) -> None:
    cleaned = _clean(f'<a href="{url}">click</a>')
    assert "href" not in cleaned and "click" in cleaned


def test_links_get_noopener_noreferrer() -> None:
    assert 'rel="noopener noreferrer"' in _clean('<a href="https://shop.example/">shop</a>')


def test_remote_images_are_parked_in_data_attribute_and_flagged() -> None:
    cleaned, remote = sanitize_html('<p>x</p><img alt="logo" src="https://tracker.example/o.gif">')
    assert remote is True
    assert 'data-remote-src="https://tracker.example/o.gif"' in cleaned
    assert ' src="https' not in cleaned


def test_protocol_relative_and_background_images_do_not_load() -> None:
    cleaned, remote = sanitize_html(
        '<img src="//tracker.example/o.gif"><table background="http://x.example/bg.png">'
        "<tr><td>a</td></tr></table>"
    )
    assert "tracker.example" not in cleaned
    assert ' background="http' not in cleaned
    assert remote is True


def test_cid_images_are_kept_and_not_flagged() -> None:
    cleaned, remote = sanitize_html('<img src="cid:logo@shop" alt="logo">')
    assert 'src="cid:logo@shop"' in cleaned
    assert remote is False


def test_data_images_are_dropped() -> None:
    assert "data:" not in _clean('<img src="data:image/png;base64,iVBORw0KGgo=">')


def test_remote_css_urls_in_style_attributes_are_removed_and_flagged() -> None:
    cleaned, remote = sanitize_html(
        '<p style="color: red; background: url(&quot;https://t.example/x.png&quot;)">x</p>'
    )
    assert "t.example" not in cleaned and "color: red" in cleaned
    assert remote is True


def test_css_escapes_cannot_smuggle_url_functions() -> None:
    cleaned = _clean('<p style="background: \\75rl(https://t.example/x.png); color: blue">x</p>')
    assert "t.example" not in cleaned and "color: blue" in cleaned


def test_remote_urls_and_imports_in_style_elements_are_removed() -> None:
    cleaned, remote = sanitize_html(
        "<style>@import url(https://t.example/a.css); p { background: url('https://t.example/"
        "b.png') } .a { color: red }</style><p class=a>x</p>"
    )
    assert "t.example" not in cleaned and "color: red" in cleaned
    assert remote is True


def test_css_that_loads_is_caught_in_any_ascii_case() -> None:
    cleaned, remote = sanitize_html(
        '<p style="COLOR: red; BACKGROUND: URL(https://t.example/x.png)">x</p>'
        "<style>P { Background-Image: Url('https://t.example/b.png') } .a { color: red }</style>"
    )
    assert "t.example" not in cleaned and "COLOR: red" in cleaned
    assert remote is True


def test_plain_styles_stay_as_written_beside_rewritten_ones() -> None:
    cleaned, remote = sanitize_html(
        '<table><tr><td style="color: red; padding: 4px">a</td>'
        '<td style="background: url(https://t.example/x.png)">b</td></tr></table>'
    )
    assert '<td style="color: red; padding: 4px">a</td>' in cleaned
    assert "t.example" not in cleaned and remote is True


def test_plain_mail_html_is_not_flagged_remote() -> None:
    assert sanitize_html('<div dir="ltr">Hvala!<br></div>') == (
        '<div dir="ltr">Hvala!<br></div>',
        False,
    )


def test_html_to_text_breaks_blocks_and_lines() -> None:
    text = html_to_text("<div>Pozdrav,</div><p>narudžba<br>stiže</p>sutra")
    assert text == "Pozdrav,\n\nnarudžba\nstiže\n\nsutra"


def test_html_to_text_keeps_gmail_div_lines_single_spaced() -> None:
    assert html_to_text('<div dir="ltr"><div>Pozdrav,</div><div>Ivan</div></div>') == (
        "Pozdrav,\nIvan"
    )


def test_html_to_text_lists_get_dashes() -> None:
    assert html_to_text("<ul><li>jedan</li><li>dva</li></ul>") == "- jedan\n- dva"


def test_html_to_text_shows_link_urls_only_when_they_differ() -> None:
    text = html_to_text(
        '<a href="https://shop.example/t?id=1&amp;x=2">Track</a> '
        '<a href="https://shop.example/">https://shop.example/</a> '
        '<a href="mailto:info@shop.example">info@shop.example</a>'
    )
    assert text == "Track (https://shop.example/t?id=1&x=2) https://shop.example/ info@shop.example"


def test_html_to_text_decodes_entities_and_drops_head_style_script() -> None:
    text = html_to_text(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<script>var x;</script><p>5 &lt; 6 &amp;&nbsp;&euro;</p></body></html>"
    )
    assert text == "5 < 6 & €"


def test_html_to_text_marks_blockquotes_as_quotes() -> None:
    text = html_to_text("<p>Hvala!</p><blockquote><p>Pitanje?</p></blockquote>")
    assert text == "Hvala!\n\n> Pitanje?"


def test_html_to_text_is_fast_on_large_documents() -> None:
    import time

    markup = "<table>" + "<tr><td><b>Artikel</b></td><td>9,99 &euro;</td></tr>" * 5000 + "</table>"
    start = time.perf_counter()
    text = html_to_text(markup)
    assert time.perf_counter() - start < 1.0
    assert text.count("Artikel") == 5000
