"""Order numbers mentioned in what a customer (or the owner) writes.

"#1234", "narudžba 1234", "Bestellung 1234", "заказ 1234", "sipariş 1234", "order 1234",
"naročilo 1234", "Bestellnummer: 1234", "broj narudžbe 1234", "номер заказа 1234",
"sipariş numarası 1234", "številka naročila 1234", "order no. 1234", "№ 1234".
Only numbers with at least three digits count: "order 2 more" is not an order.
"""

from __future__ import annotations

import re
from typing import Final

from console.orders.vocabulary import ORDER_WORD, ORDER_WORD_START

_LEAD: Final = (
    r"(?:(?:order|bestell|auftrags|sipariş|siparis)\s?(?:number|nummer|no|nr|numarası|kodu)"
    r"|broj\s+narudžbe|broj\s+narudzbe|номер\s+заказа|številka\s+naročila|stevilka\s+narocila"
    rf"|{ORDER_WORD})"
)
_LEAD_START: Final = rf"[{ORDER_WORD_START}нš]"
"""The first letters of the ``_LEAD`` words ("номер", "številka" besides ``ORDER_WORD``)."""
_MENTION: Final = re.compile(
    # The lookahead only lets positions where a lead word can start reach the lookbehind
    # and the long alternation: with IGNORECASE the regex engine cannot skip ahead by
    # itself, and trying every branch at every position was most of the cost.
    rf"(?i)(?={_LEAD_START})(?<!\w){_LEAD}\s*(?:(?:no|nr|br|broj|номер|№|#)\.?\s*)?[:#№]?"
    r"\s*#?\s*(?P<number>[A-Z]{0,4}-?\d{3,12})(?![\w-])"
)
_HASH: Final = re.compile(
    # The lookahead tests the one character a match starts with before the lookbehinds.
    r"(?=[#№])(?:(?<=\s)|(?<=^)|(?<=\()|(?<=\[))[#№]\s?(?P<number>\d{3,12})\b"
)
_THREE_DIGITS: Final = re.compile(r"\d\d\d")
"""Both patterns need three digits in a row: text without them mentions no number."""
MAX_MENTIONS: Final = 5


def mentioned_numbers(text: str) -> list[str]:
    """Order numbers in ``text``, in order of appearance, without duplicates (at most 5)."""
    found: list[tuple[int, str]] = []
    sample = text[:20000]
    if _THREE_DIGITS.search(sample) is None:
        return []
    # A _HASH match starts with "#" or "№": without them the scan would find nothing.
    has_hash = "#" in sample or "№" in sample
    for pattern in (_MENTION, _HASH) if has_hash else (_MENTION,):
        for match in pattern.finditer(sample):
            found.append((match.start(), match.group("number").upper()))
    found.sort()
    numbers: list[str] = []
    for _, number in found:
        if number not in numbers:
            numbers.append(number)
        if len(numbers) >= MAX_MENTIONS:
            break
    return numbers
