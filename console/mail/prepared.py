"""The derived column values of a message, computed where it is parsed.

Kept free of database imports so the parse workers stay small: they import only the
parser and this module.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from console.mail.parsed import Address, ParsedMessage, by_position
from console.search.fold import fold


def _addresses_json(addresses: Iterable[Address]) -> str:
    pairs = [[a.name, a.email] for a in addresses]
    return json.dumps(pairs, ensure_ascii=False) if pairs else "[]"


def _attachments_json(parsed: ParsedMessage) -> str:
    if not parsed.attachments:
        return "[]"
    return json.dumps(
        [
            {
                "filename": a.filename,
                "content_type": a.content_type,
                "size": a.size,
                "content_id": a.content_id,
                "inline": a.inline,
                "part": a.part_index,
            }
            for a in parsed.attachments
        ],
        ensure_ascii=False,
    )


@dataclass(frozen=True, slots=True)
class Prepared:
    """The derived column values of a message: JSON lists and folded search text.

    Computed where the parsing runs (a worker process during a sync), so the thread that
    writes to the database only writes.
    """

    to_json: str
    cc_json: str
    reply_to_json: str
    attachments_json: str
    search_subject: str
    search_body: str
    search_participants: str

    __reduce__ = by_position


def prepare(parsed: ParsedMessage) -> Prepared:
    people = [parsed.from_] if parsed.from_ else []
    people += [*parsed.to, *parsed.cc]
    return Prepared(
        to_json=_addresses_json(parsed.to),
        cc_json=_addresses_json(parsed.cc),
        reply_to_json=_addresses_json(parsed.reply_to),
        attachments_json=_attachments_json(parsed),
        search_subject=fold(parsed.subject),
        search_body=fold(parsed.text),
        search_participants=fold(" ".join(f"{p.name} {p.email}" for p in people)),
    )
