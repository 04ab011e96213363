"""Full-text search over the stored mail (SQLite FTS5, ranked with BM25).

The user's words are folded like the index (see :mod:`console.search.fold`), quoted
(so no FTS syntax from the user can break the query) and each matched as a prefix;
all words must match.  Subject matches weigh most, then people, then the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import text

from console.search.fold import fold
from console.storage.database import Database

_WORD = re.compile(r"\w+", re.UNICODE)
_WEIGHTS = "4.0, 1.0, 2.0"  # subject, body, participants

_SQL = text(
    f"""
    SELECT m.id, m.conversation_id, m.subject, m.snippet, m.from_name, m.from_email, m.date,
           bm25(message_search, {_WEIGHTS}) AS rank
    FROM message_search JOIN messages AS m ON m.id = message_search.rowid
    WHERE message_search MATCH :query
    ORDER BY rank
    LIMIT :limit
    """
)
_CONVERSATIONS_SQL = text(
    f"""
    WITH hits AS MATERIALIZED (
        SELECT m.conversation_id AS conversation_id,
               bm25(message_search, {_WEIGHTS}) AS rank
        FROM message_search JOIN messages AS m ON m.id = message_search.rowid
        WHERE message_search MATCH :query AND m.conversation_id IS NOT NULL
    )
    SELECT conversation_id, min(rank) AS best FROM hits
    GROUP BY conversation_id
    ORDER BY best
    LIMIT :limit
    """
)


@dataclass(frozen=True, slots=True)
class SearchHit:
    message_id: int
    conversation_id: int | None
    subject: str
    snippet: str
    from_name: str
    from_email: str
    date: datetime | None
    rank: float


def fts_query(user_text: str) -> str | None:
    """The FTS5 query for what the user typed, or None when there is nothing to search."""
    words = _WORD.findall(fold(user_text))
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words[:16])


def _parse_date(value: object) -> datetime | None:
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=UTC)


def search_messages(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Messages matching ``query``, best first."""
    match = fts_query(query)
    if match is None:
        return []
    with db.engine.connect() as connection:
        rows = connection.execute(_SQL, {"query": match, "limit": limit}).all()
    return [
        SearchHit(
            message_id=row[0],
            conversation_id=row[1],
            subject=row[2],
            snippet=row[3],
            from_name=row[4],
            from_email=row[5],
            date=_parse_date(row[6]),
            rank=float(row[7]),
        )
        for row in rows
    ]


def search_conversation_ids(db: Database, query: str, limit: int = 500) -> list[int]:
    """Ids of conversations with a matching message, best first."""
    match = fts_query(query)
    if match is None:
        return []
    with db.engine.connect() as connection:
        rows = connection.execute(_CONVERSATIONS_SQL, {"query": match, "limit": limit}).all()
    return [int(row[0]) for row in rows]
