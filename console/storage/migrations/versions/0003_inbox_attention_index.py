"""inbox attention order and customer list order indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:00:00

The inbox lists open conversations that need a reply first, oldest waiting first
(``WHERE status = ? AND needs_reply = ? ORDER BY last_incoming_at, id``).  With this
index both parts are read in order straight from the index (it covers ``id``, the
rowid), so listing 100,000 open conversations needs no sort.  The same index answers
the navigation counts (``GROUP BY status, needs_reply``) without touching the table.

The customer list is ordered by name, case-insensitively: ``ix_customers_name`` on
``name COLLATE NOCASE`` gives that order without sorting 100,000 names.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conversations_attention",
            ["status", "needs_reply", "last_incoming_at"],
            unique=False,
        )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_name", [sa.text("name COLLATE NOCASE")], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_name")
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_index("ix_conversations_attention")
