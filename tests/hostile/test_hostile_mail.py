"""Every hostile case parses in time, never raises, and comes out safe to show and to save.

For each case of ``tests.hostile.corpus``:

- ``parse_message`` returns within ``PARSE_TIMEOUT`` seconds without raising and without
  falling back to salvage (``parse_error`` stays None);
- the sanitized HTML passes an independent audit (``html_audit``: every tag and attribute);
- header-derived text (subject, names, addresses, ids, file names) is one line: no CR, LF,
  NUL or other control characters after decoding, and encodes to UTF-8 (it is stored);
- attachment names pass through ``safe_filename`` to a single path component;
- ``display_sender`` shows no bidi or zero-width characters and shows the real address when
  the display name poses as one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from console.mail.display import display_address, display_sender
from console.mail.filenames import MAX_FILENAME_BYTES, safe_filename
from console.mail.parsed import Address, ParsedMessage
from tests.hostile.corpus import (
    CASES,
    HUGE_ATTACHMENT_BYTES,
    HostileCase,
    case_named,
    message_id_of,
    small_cases,
)
from tests.hostile.html_audit import html_violations
from tests.hostile.invariants import (
    addresses,
    filename_problems,
    header_problems,
    message_problems,
    parse_within,
    sender_problems,
)

PARSE_TIMEOUT = 30.0
"""Generous: a hang is what we look for, not speed (this may run on a busy 2-core box)."""

SMALL = small_cases()


@cache
def parsed(name: str) -> ParsedMessage:
    return parse_within(case_named(name).build(), PARSE_TIMEOUT)


# -- the corpus itself ---------------------------------------------------------------------


def test_the_corpus_has_at_least_sixty_described_uniquely_named_cases() -> None:
    names = [case.name for case in CASES]
    assert len(names) >= 60
    assert len(set(names)) == len(names)
    assert all(case.attacks.strip() for case in CASES)
    assert [case.name for case in CASES if case.huge] == ["attachment_50mb"]
    subject = case_named("subject_100kb").build().split(b"\r\nSubject: ", 1)[1].split(b"\r\n")[0]
    assert len(subject) >= 100_000


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_cases_are_deterministic(case: HostileCase) -> None:
    assert case.build() == case.build()


# -- per case ------------------------------------------------------------------------------


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_parses_in_time_without_raising_or_salvage(case: HostileCase) -> None:
    message = parsed(case.name)
    assert isinstance(message, ParsedMessage)
    assert message.parse_error is None
    assert message.message_id


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_sanitized_html_is_inert(case: HostileCase) -> None:
    message = parsed(case.name)
    if message.html is None:
        return
    assert html_violations(message.html) == []


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_header_text_is_one_line_after_decoding(case: HostileCase) -> None:
    assert header_problems(parsed(case.name)) == []


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_attachment_names_are_safe_to_save(case: HostileCase, tmp_path: Path) -> None:
    for attachment in parsed(case.name).attachments:
        assert filename_problems(attachment.filename) == []
        name = safe_filename(attachment.filename)
        assert (tmp_path / name).resolve().parent == tmp_path.resolve()


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_senders_display_without_tricks(case: HostileCase) -> None:
    for address in addresses(parsed(case.name)):
        assert sender_problems(address) == []


@pytest.mark.parametrize("case", SMALL, ids=str)
def test_the_whole_result_is_safe_to_store_and_show(case: HostileCase) -> None:
    assert message_problems(parsed(case.name)) == []


# -- what specific cases must give ---------------------------------------------------------


def from_of(name: str) -> Address:
    sender = parsed(name).from_
    assert sender is not None
    return sender


def test_display_name_spoof_shows_the_real_address() -> None:
    assert display_sender(from_of("from_display_name_spoof")) == "evil@attacker.ru"
    assert display_sender(from_of("from_display_name_spoof_encoded")) == "evil@attacker.ru"
    assert display_sender(from_of("from_fullwidth_at_spoof")) == "evil@attacker.ru"


def test_rtl_override_and_zero_width_are_removed_from_names() -> None:
    assert display_sender(from_of("from_rtl_override")) == "Support moc.lapyap"
    assert display_sender(from_of("from_zero_width")) == "PayPal Support"


def test_lookalike_domain_is_shown_in_ascii() -> None:
    sender = from_of("from_cyrillic_lookalike")
    assert sender.email == "service@pаypal.com"
    assert display_address(sender.email) == "service@xn--pypal-4ve.com"
    assert display_address("kupac@пример.рф") == "kupac@пример.рф"  # one script: as is
    assert display_address("ana@bücher.de") == "ana@bücher.de"


def test_encoded_crlf_in_subject_stays_text_on_one_line() -> None:
    subject = parsed("subject_encoded_crlf").subject
    assert subject == "Hello Bcc: victim@hostile.test <script>"


@pytest.mark.parametrize(
    ("case_name", "expected"),
    [
        ("filename_path_traversal", ["passwd"]),
        ("filename_windows_path", ["x.exe"]),
        ("filename_nul_and_newlines", ["evil .txt .exe"]),
        ("filename_rtl_override", ["invoicefdp.exe"]),
        ("filename_encoded_crlf", ["x y.sh"]),
        (
            "filename_windows_reserved",
            ["_CON", "_aux.txt", "_nul.tar.gz", "_LPT1", "report", "a_b_c_d_e_f_.txt"],
        ),
        ("filename_unc_url_home", ["x.exe", "passwd", "authorized_keys", "path.txt"]),
    ],
)
def test_hostile_attachment_names_become_plain_names(case_name: str, expected: list[str]) -> None:
    names = [safe_filename(a.filename) for a in parsed(case_name).attachments]
    assert names == expected


def test_dot_only_names_fall_back_to_a_default() -> None:
    names = [safe_filename(a.filename) for a in parsed("filename_dots_only").attachments]
    assert names == ["attachment"] * 6


def test_long_names_are_cut_keeping_the_extension() -> None:
    (attachment,) = parsed("filename_10k_long").attachments
    name = safe_filename(attachment.filename)
    assert name.endswith(".pdf") and len(name.encode()) == MAX_FILENAME_BYTES


def test_deep_and_wide_trees_are_capped_not_recursed() -> None:
    assert "mime:nesting too deep" in parsed("nested_1000_deep").defects
    assert "mime:too many parts" in parsed("multipart_5000_parts").defects
    assert len(parsed("attachments_1000").attachments) == 200


def test_ids_survive_what_can_be_saved() -> None:
    message = parsed("references_10000_ids")
    assert message.references[0] == "ref0@hostile.test"
    assert message.references[-1] == "ref9999@hostile.test"
    assert len(message.references) <= 200
    assert parsed("message_id_huge").message_id.startswith("sk-")  # too long: synthesized
    assert parsed("nested_100_deep").message_id == message_id_of("nested_100_deep")


def test_remote_content_is_flagged_where_it_was_parked() -> None:
    for name in ("html_remote_images", "html_css_url", "html_css_import"):
        assert parsed(name).has_remote_content, name


def test_fifty_megabyte_attachment_is_measured_not_decoded() -> None:
    case = case_named("attachment_50mb")
    message = parse_within(case.build(), PARSE_TIMEOUT)
    assert message.parse_error is None
    (attachment,) = message.attachments
    assert attachment.filename == "catalogue.pdf"
    assert abs(attachment.size - HUGE_ATTACHMENT_BYTES) <= 3
    assert message.text == "The catalogue is attached."
