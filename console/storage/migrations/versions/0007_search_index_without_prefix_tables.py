"""search index without the 2- and 3-letter prefix indexes; fewer merges while writing

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 22:30:00

FTS5's ``prefix = '2 3'`` kept two more copies of every word (its first two and first
three letters) and served only prefix queries of exactly that length. Measured on a
20,000-message shop mailbox: without them the index is 11 MB instead of 27 MB and a first
sync indexes in about 0.4 CPU-seconds instead of 0.9, while the slowest search (a
two-letter prefix, "ka") takes 15 ms instead of 9 and longer words take the same time.
``automerge = 8`` lets up to eight segments of a level collect before they are merged
(FTS5's default is 4): each batch of a sync commits a segment, and merging half as often
writes the index fewer times, for a few more segments to read per query.

The table is contentless, so the words cannot be copied over: the rows it indexed (their
ids are all it keeps) are indexed again from their message rows, folded as the sync folds
them.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from console.search.fold import fold

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_BATCH = 500


def _create(prefix: str) -> None:
    op.execute(
        "CREATE VIRTUAL TABLE message_search USING fts5("
        "subject, body, participants, content = '', "
        f"tokenize = 'unicode61 remove_diacritics 2'{prefix})"
    )


def _reindex(indexed: list[int]) -> None:
    bind = op.get_bind()
    select = sa.text(
        "SELECT id, subject, text_body, from_name, from_email, to_json, cc_json "
        "FROM messages WHERE id IN :ids"
    ).bindparams(sa.bindparam("ids", expanding=True))
    insert = sa.text(
        "INSERT INTO message_search(rowid, subject, body, participants) "
        "VALUES (:id, :subject, :body, :participants)"
    )
    for start in range(0, len(indexed), _BATCH):
        rows = bind.execute(select, {"ids": indexed[start : start + _BATCH]})
        batch: list[dict[str, object]] = []
        for row in rows:
            people = [f"{row.from_name} {row.from_email}"]
            for column in (row.to_json, row.cc_json):
                people.extend(f"{name} {email}" for name, email in json.loads(column or "[]"))
            batch.append(
                {
                    "id": row.id,
                    "subject": fold(row.subject),
                    "body": fold(row.text_body),
                    "participants": fold(" ".join(people)),
                }
            )
        if batch:
            bind.execute(insert, batch)


def _rebuild(prefix: str, automerge: int) -> None:
    bind = op.get_bind()
    indexed = [row[0] for row in bind.execute(sa.text("SELECT rowid FROM message_search"))]
    op.execute("DROP TABLE message_search")
    _create(prefix)
    op.execute(
        f"INSERT INTO message_search(message_search, rank) VALUES ('automerge', {automerge})"
    )
    _reindex(indexed)


def upgrade() -> None:
    _rebuild("", 8)


def downgrade() -> None:
    _rebuild(", prefix = '2 3'", 4)
