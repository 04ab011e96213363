"""Structured fuzzing of the parser and the HTML sanitizer with hypothesis.

Where ``tests/console/mail/test_parse_fuzz.py`` throws byte soup at ``parse_message``, these
strategies build mail that gets deep into the parser: random MIME trees with random headers,
charsets and transfer encodings; mutations (byte flips, truncations, duplications, token
insertions) of real messages from the shared corpus (``shared/corpus-src``) and of the
hostile corpus; and hostile HTML assembled from dangerous pieces. Every result must pass
``invariants.message_problems`` (not only "did not raise": nothing salvaged, nothing unsafe
in the HTML, header text on one line, safe file names and senders).

The number of examples per test comes from ``SHOPKEEPER_FUZZ_EXAMPLES`` (default 300: CI
spends well under 30 s on this file). A full run is 100,000 or more per test::

    SHOPKEEPER_FUZZ_EXAMPLES=100000 python -m pytest tests/hostile/test_fuzz_structured.py \\
        -p no:cacheprovider --hypothesis-seed=20261116 -q
"""

from __future__ import annotations

import base64
import binascii
import mailbox
import os
import quopri
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.mail.html import html_to_text, sanitize_html
from tests.hostile.corpus import small_cases
from tests.hostile.html_audit import html_violations
from tests.hostile.invariants import message_problems, parse_within

EXAMPLES = int(os.environ.get("SHOPKEEPER_FUZZ_EXAMPLES", "300"))
PARSE_TIMEOUT = 30.0
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus-src"
MAX_SEED_BYTES = 256 * 1024

SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)


def check(raw: bytes) -> None:
    problems = message_problems(parse_within(raw, PARSE_TIMEOUT))
    assert problems == [], f"{len(raw)}-byte input: {problems[:5]}"


# -- random MIME trees ---------------------------------------------------------------------

CHARSETS = [
    "utf-8",
    "UTF-8",
    "us-ascii",
    "iso-8859-1",
    "iso-8859-2",
    "windows-1250",
    "windows-1251",
    "koi8-r",
    "utf-16",
    "utf-16le",
    "utf-32",
    "utf-7",
    "gb2312",
    "shift_jis",
    "iso-2022-jp",
    "x-evil",
    "",
    "unicode_escape",
    "hex_codec",
    "rot13",
    "idna",
    "punycode",
    "base64",
    "utf-8\x00",
    '"utf-8',
    "x" * 80,
]
ENCODINGS = ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "BASE64 junk"]
LEAF_TYPES = [
    "text/plain",
    "text/html",
    "text/enriched",
    "application/pdf",
    "application/octet-stream",
    "image/png",
    "message/rfc822",
    "text/calendar",
    "multipart/mixed",  # a multipart without children: must not be trusted
    "text",
    "",
]
MULTIPART_TYPES = [
    "mixed",
    "alternative",
    "related",
    "digest",
    "signed",
    "report",
    "x-unknown",
]
BOUNDARIES = st.sampled_from(["b", "bb", "b1", "=_x", "same", " sp ", "a" * 70, "", '"q"'])
LINE_ENDINGS = st.sampled_from([b"\r\n", b"\n", b"\r"])
WORD_CHARS = "abc xyzÄöüЖжΩ中文\u202e\u200d\ufeff\x85\x9b\r\n\t\x00<>\"'@=?_:;,\\/"
WORDS = st.text(alphabet=WORD_CHARS, max_size=30)
HTML_BITS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<script>alert(1)</script>",
        '<img src="https://t.test/p.gif">',
        "<a href='javascript:alert(1)'>x</a>",
        '<div style="background:url(//t.test/x)">',
        "<iframe src=//x>",
        "<style>@import 'x';</style>",
        "<svg onload=alert(1)>",
        "&lt;",
        "&#x6A;",
        "<br>",
        "<!--",
    ]
)


def encoded_word(charset: str, encoding: str, text: str) -> str:
    data = text.encode("utf-8", errors="surrogatepass")
    if encoding == "B":
        payload = base64.b64encode(data).decode("ascii")
    else:
        payload = "".join(
            f"={byte:02X}" if byte > 126 or byte < 33 or chr(byte) in "=?_" else chr(byte)
            for byte in data
        )
    return f"=?{charset}?{encoding}?{payload}?="


HEADER_PIECES = st.one_of(
    WORDS,
    st.sampled_from(["=?", "?=", "=?utf-8?Q?", "=?utf-8?B?", "\r\n ", '"']),
    st.builds(encoded_word, st.sampled_from(CHARSETS), st.sampled_from("BQ"), WORDS),
)
HEADER_VALUES = st.lists(HEADER_PIECES, max_size=5).map(" ".join)


def header_values() -> st.SearchStrategy[str]:
    return HEADER_VALUES


@st.composite
def addresses_field(draw: st.DrawFn) -> str:
    mailboxes = draw(
        st.lists(
            st.tuples(header_values(), st.sampled_from(["a@b.test", "x@пример.рф", "", "@", "<>"])),
            min_size=1,
            max_size=4,
        )
    )
    return ", ".join(f'"{name}" <{email}>' if name else email for name, email in mailboxes)


@st.composite
def top_headers(draw: st.DrawFn) -> list[bytes]:
    fields: list[tuple[str, str]] = []
    for name in ("From", "To", "Cc", "Reply-To"):
        if draw(st.booleans()):
            fields.append((name, draw(addresses_field())))
    if draw(st.booleans()):
        fields.append(("Subject", draw(header_values())))
    if draw(st.booleans()):
        ids = draw(st.lists(WORDS, max_size=5))
        fields.append(("Message-ID", " ".join(f"<{i}>" for i in ids) or "<>"))
        fields.append(("References", " ".join(f"<{i}@x>" for i in ids)))
    if draw(st.booleans()):
        fields.append(("Date", draw(st.sampled_from(["Mon, 1 Jan 2024 10:00:00 +0100", "x"]))))
    return [f"{name}: {value}".encode("utf-8", errors="surrogatepass") for name, value in fields]


def transfer_encode(data: bytes, cte: str) -> bytes:
    if cte.lower().startswith("base64"):
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "x-uuencode":
        return b"begin 644 x\n" + binascii.b2a_uu(data[:45]) + b"end\n"
    return data


@st.composite
def leaves(draw: st.DrawFn) -> bytes:
    ctype = draw(st.sampled_from(LEAF_TYPES))
    charset = draw(st.sampled_from(CHARSETS))
    cte = draw(st.sampled_from(ENCODINGS))
    headers = [f'Content-Type: {ctype}; charset="{charset}"'.encode(errors="surrogatepass")]
    headers.append(f"Content-Transfer-Encoding: {cte}".encode())
    if draw(st.booleans()):
        name = draw(header_values())
        kind = draw(st.sampled_from(["attachment", "inline", ""]))
        if draw(st.booleans()):
            value = f'filename="{name}"'
        else:
            value = "filename*=utf-8''" + "".join(
                f"%{b:02X}" for b in name.encode(errors="replace")
            )
        headers.append(f"Content-Disposition: {kind}; {value}".encode(errors="surrogatepass"))
    if draw(st.booleans()):
        headers.append(f"Content-ID: <{draw(WORDS)}>".encode(errors="surrogatepass"))
    if ctype == "text/html":
        text = "".join(draw(st.lists(st.one_of(HTML_BITS, WORDS), max_size=12)))
        body = text.encode("utf-8", errors="surrogatepass")
    else:
        body = draw(
            st.one_of(
                WORDS.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=64)
            )
        )
    return b"\n".join(headers) + b"\n\n" + transfer_encode(body, cte)


def multiparts(children: st.SearchStrategy[bytes]) -> st.SearchStrategy[bytes]:
    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        boundary = draw(BOUNDARIES)
        subtype = draw(st.sampled_from(MULTIPART_TYPES))
        parts = draw(st.lists(children, max_size=4))
        close = draw(st.booleans())
        header = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'.encode()
        delimiter = b"--" + boundary.strip('"').encode()
        body = draw(st.sampled_from([b"", b"preamble\n"]))
        for item in parts:
            body += delimiter + b"\n" + item + b"\n"
        if close:
            body += delimiter + b"--\n" + draw(st.sampled_from([b"", b"epilogue"]))
        return header + b"\n\n" + body

    return build()


MIME_TREES = st.recursive(leaves(), multiparts, max_leaves=12)


@st.composite
def mime_messages(draw: st.DrawFn) -> bytes:
    headers = draw(top_headers())
    tree = draw(MIME_TREES)
    raw = b"\n".join(headers) + (b"\n" if headers else b"") + tree
    eol = draw(LINE_ENDINGS)
    return raw.replace(b"\n", eol) if eol != b"\n" else raw


# -- mutations of real and hostile messages ------------------------------------------------


def _is_mbox(path: Path) -> bool:
    return path.name.endswith((".mbox", ".mbox.txt"))


@cache
def seeds() -> list[bytes]:
    """Real messages under ``MAX_SEED_BYTES`` and the small hostile cases, in a fixed order."""
    found: list[bytes] = []
    if CORPUS.is_dir():
        for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md"):
            if _is_mbox(path):
                found += [m.as_bytes() for m in mailbox.mbox(str(path), create=False)]
            elif path.stat().st_size <= MAX_SEED_BYTES:
                found.append(path.read_bytes())
    found += [case.build() for case in small_cases()]
    return [raw for raw in found if len(raw) <= MAX_SEED_BYTES]


TOKENS = [
    b"\r\n",
    b"\n\n",
    b"\r",
    b"\x00",
    b"--",
    b"--b\r\n",
    b"=?utf-8?B?",
    b"=?utf-8?Q?=0D=0A?=",
    b"?=",
    b"Content-Type: multipart/mixed; boundary=b\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"charset=utf-7",
    b"<script>",
    b"javascript:",
    b'<img src=" https://t.test/x">',
    b"\xe2\x80\xae",
    b"\xff\xfe",
    b"=\r\n",
    b"filename*0*=utf-8''%2e%2e%2f;",
]

Mutation = Callable[[bytearray, int, int], None]


def flip(data: bytearray, at: int, arg: int) -> None:
    if data:
        data[at % len(data)] ^= 1 << (arg % 8)


def truncate(data: bytearray, at: int, arg: int) -> None:
    del data[at % (len(data) + 1) :]


def duplicate(data: bytearray, at: int, arg: int) -> None:
    start = at % (len(data) + 1)
    chunk = data[start : start + 1 + arg % 4096]
    where = (at * 31 + arg) % (len(data) + 1)
    data[where:where] = chunk


def delete(data: bytearray, at: int, arg: int) -> None:
    start = at % (len(data) + 1)
    del data[start : start + 1 + arg % 512]


def insert_token(data: bytearray, at: int, arg: int) -> None:
    where = at % (len(data) + 1)
    data[where:where] = TOKENS[arg % len(TOKENS)]


def swap_line_endings(data: bytearray, at: int, arg: int) -> None:
    old, new = [(b"\r\n", b"\n"), (b"\n", b"\r\n"), (b"\r\n", b"\r")][arg % 3]
    data[:] = bytes(data).replace(old, new)


MUTATIONS: list[Mutation] = [flip, truncate, duplicate, delete, insert_token, swap_line_endings]


@st.composite
def mutated_seeds(draw: st.DrawFn) -> bytes:
    pool = seeds()
    data = bytearray(pool[draw(st.integers(0, len(pool) - 1))])
    for _ in range(draw(st.integers(1, 8))):
        mutation = draw(st.sampled_from(MUTATIONS))
        mutation(data, draw(st.integers(0, 2**32)), draw(st.integers(0, 2**16)))
    return bytes(data)


# -- hostile HTML --------------------------------------------------------------------------

HTML_PIECES = [
    "<",
    ">",
    "</",
    "/>",
    '"',
    "'",
    "=",
    " ",
    "\t",
    "\n",
    "\x00",
    "\x0b",
    "\x0c",
    "&#x09;",
    "&#10;",
    "&#0;",
    "&Tab;",
    "&colon;",
    "&#58;",
    "&lt;",
    "&gt;",
    "&quot;",
    "img",
    "a",
    "p",
    "div",
    "td",
    "table",
    "style",
    "script",
    "svg",
    "math",
    "iframe",
    "form",
    "object",
    "embed",
    "base",
    "meta",
    "link",
    "noscript",
    "template",
    "textarea",
    "title",
    "xmp",
    "mglyph",
    "src",
    "href",
    "background",
    "style",
    "onerror",
    "onload",
    "srcset",
    "formaction",
    "http-equiv",
    "xlink:href",
    "data-remote-src",
    "javascript:",
    "jav\tascript:",
    "vbscript:",
    "data:",
    "https://",
    "http:",
    "//",
    "\\\\",
    "cid:",
    "t.test/x.gif",
    "alert(1)",
    "url(",
    ")",
    "@import",
    "expression(",
    "expr/**/ession(",
    "/*",
    "*/",
    "\\75 rl(",
    "behavior:",
    ";",
    ":",
    "{",
    "}",
    "<!--",
    "-->",
    "--!>",
    "<![CDATA[",
    "]]>",
    "<?",
    "refresh",
    "0;url=",
    "\u202e",
    "\u3000",
]


@st.composite
def hostile_html(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(st.sampled_from(HTML_PIECES), max_size=60)))


# -- the properties ------------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def _load_seeds() -> None:
    """Load the seed pool before hypothesis runs (``email`` draws boundaries from ``random``)."""
    seeds()


@SETTINGS
@given(mime_messages())
def test_random_mime_trees_parse_safely(raw: bytes) -> None:
    check(raw)


@SETTINGS
@given(mutated_seeds())
def test_mutated_real_and_hostile_messages_parse_safely(raw: bytes) -> None:
    check(raw)


@SETTINGS
@given(hostile_html())
def test_sanitized_hostile_html_is_inert(markup: str) -> None:
    cleaned, _remote = sanitize_html(markup)
    assert html_violations(cleaned) == []
    again, _ = sanitize_html(cleaned)
    assert html_violations(again) == []
    assert isinstance(html_to_text(markup), str)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared mail corpus not found at {CORPUS}")
def test_the_seed_pool_holds_real_and_hostile_mail() -> None:
    assert len(seeds()) > 1000
