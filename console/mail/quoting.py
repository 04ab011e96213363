"""Where the new text of a reply ends: quoted history and signatures.

Reply headers are recognised in the six languages our shops write in, as their mail clients
phrase them (Gmail, Outlook, Apple Mail, Thunderbird, mail.ru, Yandex):

- en ``On Mon, 1 Jan 2024 at 10:00, Ann <ann@example.com> wrote:``
- de ``Am 01.01.2024 um 10:00 schrieb Max <max@example.de>:``
- hr ``pon, 1. sij 2024. u 10:00 Ivan <ivan@example.hr> je napisao/la:``
- sl ``V pon., 1. jan. 2024 ob 10:00 je Janez <janez@example.si> napisal(a):``
- ru ``1 янв. 2024 г., в 10:00, Иван <ivan@example.ru> написал(а):`` (and ``пишет:``)
- tr ``1 Oca 2024 Pzt, 10:00 tarihinde Ayşe <ayse@example.com.tr> şunu yazdı:``

plus Outlook's ``-----Original Message-----`` separators and header blocks
(``From:/Von:/Od:/От:/Kimden:`` followed by ``Sent:/Date:/To:/...`` lines).
"""

from __future__ import annotations

import re
from typing import Final

_ATTRIBUTION: Final = re.compile(
    r"""(?ix)
    (?: \bwrote
      | \bschrieb\b.*
      | \b(?:je\s+)?napisa(?:o|la|l|o/la|la/o|o\(la\)|l\(a\)|la/o)(?:\s+je)?
      | \bnapisal\(a\)
      | \bнаписал(?:а|\(а\))?
      | \bпишет
      | \byazd[ıi]
      | \bpiše
      | <[^<>\s]+@[^<>\s]+>
    ) \s*:\s*$
    """
)
_ORIGINAL_MESSAGE: Final = re.compile(
    r"""(?ix)^\s*(?:
      -{2,}\s*(?:original\s+message|ursprüngliche\s+nachricht|originalnachricht
        |izvorna\s+poruka|originalna\s+poruka|originalno\s+sporočilo|izvirno\s+sporočilo
        |исходное\s+сообщение|пересылаемое\s+сообщение|оригинальное\s+сообщение
        |orijinal\s+ileti|özgün\s+ileti|ilet(?:ilen)?\s+ileti|forwarded\s+message
        |weitergeleitete\s+nachricht|proslijeđena\s+poruka|posredovano\s+sporočilo)
      \s*-{2,}
    | _{20,}
    )\s*$"""
)
_HEADER_FROM: Final = re.compile(
    r"(?i)^\s*\*?(?:from|von|od|šalje|pošiljatelj|pošiljatelj|от|kimden|gönderen)\s*:\*?\s*\S"
)
_HEADER_OTHER: Final = re.compile(
    r"(?i)^\s*\*?(?:sent|date|to|cc|subject|gesendet|datum|an|betreff|poslano|za|prima|predmet"
    r"|zadeva|kopija|отправлено|дата|кому|тема|копия|gönderildi|tarih|kime|konu|bilgi)\s*:"
)
_QUOTED_LINE: Final = re.compile(r"^\s*>")
_SIGNATURE: Final = re.compile(r"^-- ?$")
_HAS_DATE_OR_ADDRESS: Final = re.compile(r"\d|@")
_MAX_ATTRIBUTION: Final = 400


def _is_attribution(line: str) -> bool:
    return (
        line.endswith(":")
        and len(line) <= _MAX_ATTRIBUTION
        and _ATTRIBUTION.search(line) is not None
        and _HAS_DATE_OR_ADDRESS.search(line) is not None
    )


def _header_block_at(lines: list[str], index: int) -> bool:
    if not _HEADER_FROM.match(lines[index]):
        return False
    following = [line for line in lines[index + 1 : index + 6] if line.strip()][:3]
    return sum(1 for line in following if _HEADER_OTHER.match(line)) >= 2


def _reply_marker(lines: list[str]) -> int | None:
    """Index of the first line that starts quoted history, if any."""
    for index, line in enumerate(lines):
        if _ORIGINAL_MESSAGE.match(line) or _header_block_at(lines, index):
            return index
        stripped = line.strip()
        if not stripped or _QUOTED_LINE.match(line):
            continue
        if _is_attribution(stripped):
            return index
        if index + 1 < len(lines) and lines[index + 1].rstrip().endswith(":"):
            joined = f"{stripped} {lines[index + 1].strip()}"
            # An attribution wrapped onto two lines (Gmail wraps long names and addresses).
            if (
                not _ATTRIBUTION.search(stripped)
                and _is_attribution(joined)
                and _QUOTED_LINE.match(lines[index + 1]) is None
            ):
                return index
    return None


def _trailing_quote(lines: list[str]) -> int | None:
    """Start of a final block of "> " lines (with its attribution line, if any)."""
    end = len(lines)
    start: int | None = None
    for index in range(end - 1, -1, -1):
        line = lines[index]
        if _QUOTED_LINE.match(line):
            start = index
        elif line.strip():
            break
    if start is None:
        return None
    previous = start - 1
    while previous >= 0 and not lines[previous].strip():
        previous -= 1
    if previous >= 0 and _ATTRIBUTION.search(lines[previous].strip()):
        return previous
    return start


def split_quoted(text: str) -> tuple[str, str]:
    """(new text, quoted history) of a plain-text body; quoted is "" when there is none.

    Quoted history starts at a reply attribution, an original-message separator or an
    Outlook header block, or is a final block of "> " lines. Interleaved replies (quotes
    followed by new text) are left whole.
    """
    lines = text.split("\n")
    cut = _reply_marker(lines)
    if cut is None:
        cut = _trailing_quote(lines)
    if cut is None:
        return text, ""
    return "\n".join(lines[:cut]).rstrip(), "\n".join(lines[cut:])


def strip_signature(text: str) -> str:
    """``text`` without its signature (from the first "-- " separator line on)."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _SIGNATURE.match(line.rstrip("\r")):
            return "\n".join(lines[:index]).rstrip()
    return text


def without_quoted_lines(text: str) -> str:
    """``text`` without any "> " lines (interleaved quotes included)."""
    if ">" not in text:
        return text
    return "\n".join(line for line in text.split("\n") if not _QUOTED_LINE.match(line))
