"""Finding the MIME tree, numbering parts like IMAP, and the caps on hostile structure."""

from __future__ import annotations

import base64

from console.mail.structure import MAX_DEPTH, extract_part, find_part, parse_structure

NESTED = (
    b"Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
    b"preamble\r\n--outer\r\n"
    b"Content-Type: multipart/alternative; boundary=outer-inner\r\n\r\n"
    b"--outer-inner\r\nContent-Type: text/plain\r\n\r\nplain\r\n"
    b"--outer-inner\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n"
    b"--outer-inner--\r\n"
    b"--outer\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    + base64.encodebytes(b"%PDF-1.4 data").replace(b"\n", b"\r\n")
    + b"--outer--\r\nepilogue\r\n"
)


def test_parts_are_numbered_like_imap_sections() -> None:
    root = parse_structure(NESTED).root
    assert root.path == "" and root.content_type == "multipart/mixed"
    assert [c.path for c in root.children] == ["1", "2"]
    assert [c.path for c in root.children[0].children] == ["1.1", "1.2"]
    assert find_part(root, "1.2") is not None
    assert find_part(root, "1.2").content_type == "text/html"  # type: ignore[union-attr]


def test_boundary_that_prefixes_another_boundary_is_not_confused() -> None:
    root = parse_structure(NESTED).root
    plain = root.children[0].children[0]
    assert NESTED[plain.start : plain.end] == b"plain"


def test_single_part_message_body_is_part_one() -> None:
    tree = parse_structure(b"Subject: x\n\nhello\n")
    assert tree.root.path == "1" and tree.root.content_type == "text/plain"


def test_extract_part_decodes_the_attachment_from_raw_source() -> None:
    assert extract_part(NESTED, "2") == b"%PDF-1.4 data"
    assert extract_part(NESTED, "1.1") == b"plain"
    assert extract_part(NESTED, "9") is None


def test_missing_boundary_parameter_is_a_defect_not_a_crash() -> None:
    tree = parse_structure(b"Content-Type: multipart/mixed\r\n\r\nbody")
    assert "mime:missing boundary" in tree.defects
    assert tree.root.content_type == "text/plain"


def test_missing_closing_boundary_keeps_the_last_part() -> None:
    raw = b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nlast"
    tree = parse_structure(raw)
    assert "mime:missing closing boundary" in tree.defects
    last = tree.root.children[0]
    assert raw[last.start : last.end] == b"last"


def test_deep_nesting_is_capped() -> None:
    depth = 200
    raw = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i) for i in range(depth)
    )
    tree = parse_structure(raw + b"Content-Type: text/plain\n\ndeep\n")
    assert "mime:nesting too deep" in tree.defects
    part = tree.root
    levels = 0
    while part.children:
        part = part.children[0]
        levels += 1
    assert levels <= MAX_DEPTH


def test_many_parts_are_capped() -> None:
    raw = b"Content-Type: multipart/mixed; boundary=b\n\n" + b"--b\n\nx\n" * 5000 + b"--b--\n"
    tree = parse_structure(raw)
    assert "mime:too many parts" in tree.defects
    assert len(tree.root.children) < 1000


def test_headers_without_body_separator_end_at_first_non_header_line() -> None:
    tree = parse_structure(b"Subject: hi\nthis is body text\nmore\n")
    assert tree.root.headers["subject"] == "hi"
    assert "header:missing header/body separator" in tree.defects


def test_header_lookups_by_name_answer_like_the_stdlib_message_also_after_changes() -> None:
    from email import message_from_bytes
    from email.policy import compat32

    block = (
        b"From: Ana <ana@kupac.hr>\r\nReceived: one\r\nreceived: two\r\n"
        b"Subject: =?utf-8?q?Pitanje?=\r\n X-Folded: yes\r\nCONTENT-TYPE: text/plain\r\n\r\n"
    )
    ours = parse_structure(block + b"body").root.headers
    theirs = message_from_bytes(block, policy=compat32)
    for name in ("from", "RECEIVED", "Subject", "content-type", "x-missing"):
        assert ours.get(name) == theirs.get(name)
        assert ours.get_all(name) == theirs.get_all(name)
        assert (name in ours) == (name in theirs)
    assert ours.get("x-missing", "default") == "default"
    ours["X-Added"] = "new"
    del ours["received"]
    ours.replace_header("From", "Iva <iva@kupac.hr>")
    assert ours.get("x-added") == "new"
    assert ours.get_all("Received") is None and "received" not in ours
    assert ours.get("from") == "Iva <iva@kupac.hr>"
