"""Every message of the shared real-world corpus parses, and known facts come out right.

The corpus (``shared/corpus-src`` beside the repository) holds about 1,000 messages from the
test suites of other mail parsers: broken MIME, odd charsets, encoded-word edge cases.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path

import pytest

from console.mail.parse import parse_message
from console.mail.parsed import ParsedMessage

CORPUS = (Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus-src").resolve()

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"shared mail corpus not found at {CORPUS}"
)


def _is_mbox(path: Path) -> bool:
    return path.name.endswith((".mbox", ".mbox.txt"))


def _messages() -> Iterator[tuple[str, bytes]]:
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "README.md"):
        name = str(path.relative_to(CORPUS))
        if _is_mbox(path):
            for number, message in enumerate(mailbox.mbox(str(path), create=False)):
                yield f"{name}#{number}", message.as_bytes()
        else:
            yield name, path.read_bytes()


def _parse(relative: str) -> ParsedMessage:
    return parse_message((CORPUS / relative).read_bytes())


def test_every_corpus_message_parses_without_error() -> None:
    failures: list[str] = []
    count = 0
    for name, raw in _messages():
        count += 1
        message = parse_message(raw)
        if not isinstance(message, ParsedMessage) or message.parse_error is not None:
            failures.append(f"{name}: {getattr(message, 'parse_error', message)!r}")
            continue
        strings = [message.subject, message.text, message.snippet, message.html or ""]
        strings += [a.filename for a in message.attachments]
        if any("\udc80" <= ch <= "\udcff" for text in strings for ch in text):
            failures.append(f"{name}: surrogate escapes leaked into text")
        if message.date is not None and message.date.utcoffset() is None:
            failures.append(f"{name}: naive date")
    assert count > 1000
    assert failures == []


def test_mbox_files_yield_several_messages() -> None:
    path = CORPUS / "github__apache__spamassassin/t/data/nice.mbox"
    assert len(mailbox.mbox(str(path), create=False)) > 1


def test_cyrillic_subject_and_name_decode() -> None:
    message = _parse("github__mailgun__flanker/tests/fixtures/messages/bilingual-simple.eml")
    assert message.subject == "Simple text. How are you? Как ты поживаешь?"


def test_raw_utf8_attachment_name_cut_mid_character_stays_utf8() -> None:
    message = _parse(
        "github__mailgun__flanker/tests/fixtures/messages/russian-attachment-yahoo.eml"
    )
    assert message.attachments[0].filename.startswith("Картинка с очень, очень длинным")


def test_rfc2231_latin1_attachment_name_decodes() -> None:
    message = _parse(
        "github__mikel__mail/spec/fixtures/emails/attachment_emails/"
        "attachment_with_quoted_filename.eml"
    )
    assert [a.filename for a in message.attachments] == ["Eelanalüüsi päring.jpg"]


def test_rfc2231_continued_utf8_attachment_name_decodes() -> None:
    message = _parse(
        "github__mikel__mail/spec/fixtures/emails/multi_charset/japanese_attachment_long_name.eml"
    )
    assert [a.filename for a in message.attachments] == ["かきくけこ" * 5 + ".txt"]


def test_polish_windows_1250_subject_is_not_read_as_windows_1252() -> None:
    message = _parse("github__php-mime-mail-parser__php-mime-mail-parser/tests/mails/issue212")
    assert message.subject == (
        "Automatyczna odpowiedź: Piotrze, test z 6 miesięcy nauki ciągle na Ciebie czeka"
    )


def test_latin1_german_text_decodes() -> None:
    message = _parse("github__zbateson__mail-mime-parser/tests/_data/emails/m0009.txt")
    assert message.subject == "Die Hasen und die Frösche (Microsoft Outlook 00)"
    assert "Die Hasen klagten einst über ihre mißliche Lage" in message.text


def test_nested_message_attachments_are_listed_not_recursed() -> None:
    message = _parse("github__mailgun__flanker/tests/fixtures/messages/enclosed-endless.eml")
    assert [a.content_type for a in message.attachments] == ["message/rfc822"]


def test_torture_test_lists_its_parts() -> None:
    message = _parse("github__mailgun__flanker/tests/fixtures/messages/torture.eml")
    assert len(message.attachments) >= 10
    assert [a.part_index for a in message.attachments][:2] == ["2", "3"]
