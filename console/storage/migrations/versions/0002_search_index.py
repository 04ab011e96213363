"""full-text search index over subject, body and participants

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 15:10:00

The index holds text already folded by ``console.search.fold`` (case, diacritics and
letters such as ı, đ, ß that Unicode does not decompose), so the tokenizer only splits
words.  The row id of each index row is the message id.  It is contentless
(``content=''``): the text already lives in ``messages``, and a second copy would add a
quarter to the database and to the writing time of a first sync.  Search needs only the
row ids and the BM25 rank; an entry is removed by re-computing its folded values from
the message row (``'delete'`` command).  Existing messages are indexed by this
migration.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from console.search.fold import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE message_search USING fts5("
        "subject, body, participants, content = '', "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT id, subject, text_body, from_name, from_email, to_json, cc_json FROM messages"
        )
    )
    insert = sa.text(
        "INSERT INTO message_search(rowid, subject, body, participants) "
        "VALUES (:id, :subject, :body, :participants)"
    )
    batch: list[dict[str, object]] = []
    for row in rows:
        people = [row.from_name, row.from_email]
        for column in (row.to_json, row.cc_json):
            for entry in json.loads(column or "[]"):
                people.extend(entry)
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


def downgrade() -> None:
    op.execute("DROP TABLE message_search")
