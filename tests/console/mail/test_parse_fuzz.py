"""Property: ``parse_message`` never raises, whatever bytes it gets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.mail.parse import parse_message
from console.mail.parsed import ParsedMessage

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "mail").glob("*.eml"))
SEEDS = [path.read_bytes() for path in FIXTURES] or [b"Subject: x\r\n\r\nbody\r\n"]

# Pieces that steer random bytes into the parser's interesting paths.
TOKENS = [
    b"\r\n",
    b"\n",
    b"\r\n\r\n",
    b": ",
    b"Content-Type: multipart/mixed; boundary=b\r\n",
    b"Content-Type: text/html; charset=",
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"Content-Disposition: attachment; filename*=utf-8''%C3%A4%",
    b"--b\r\n",
    b"--b--",
    b"=?utf-8?B?",
    b"=?koi8-r?Q?=F0",
    b"?=",
    b"<",
    b">",
    b'"',
    b"\x00",
    b"\xff\xfe",
    b"<div><img src=http://x>",
    b"From: ",
    b"Subject: ",
    b"References: <a@b",
    b"Date: Mon, 1 Jan 2024 10:00:00 +0100",
]

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(raw: bytes) -> None:
    message = parse_message(raw)
    assert isinstance(message, ParsedMessage)
    assert message.message_id
    assert isinstance(message.text, str) and isinstance(message.snippet, str)


@SETTINGS
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(raw: bytes) -> None:
    _check(raw)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(TOKENS), st.binary(max_size=16)), max_size=80))
def test_mail_shaped_token_soup_never_raises(pieces: list[bytes]) -> None:
    _check(b"".join(pieces))


@SETTINGS
@given(
    st.sampled_from(SEEDS),
    st.lists(
        st.tuples(
            st.integers(min_value=0), st.integers(min_value=0, max_value=64), st.binary(max_size=8)
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_mutated_real_messages_never_raise(
    seed: bytes, edits: list[tuple[int, int, bytes]]
) -> None:
    raw = bytearray(seed)
    for position, length, replacement in edits:
        at = position % (len(raw) + 1)
        raw[at : at + length] = replacement
    _check(bytes(raw))
