"""promises and reminders

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 11:00:00

The ``reminders`` table of ``console/storage/models_promises.py``: promises the owner
made, follow-ups, manual reminders and accepted or dismissed occasions.  The due-now
query (``WHERE status IN ('pending', 'snoozed') AND remind_at <= ?``) is answered by
``ix_reminders_status_remind``.

When threading merges a conversation into another, it moves the messages and deletes the
old conversation; the trigger moves the reminders along first, so a promise does not
lose its conversation (the same rule as ``trg_order_links_follow_messages`` in 0004).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_FOLLOW_MESSAGES = """
CREATE TRIGGER trg_reminders_follow_messages
AFTER UPDATE OF conversation_id ON messages
WHEN OLD.conversation_id IS NOT NULL AND NEW.conversation_id IS NOT NULL
     AND OLD.conversation_id != NEW.conversation_id
BEGIN
    UPDATE reminders SET conversation_id = NEW.conversation_id
    WHERE conversation_id = OLD.conversation_id;
END
"""


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("due_is_date_only", sa.Boolean(), nullable=False),
        sa.Column("window_end", sa.DateTime(), nullable=True),
        sa.Column("remind_at", sa.DateTime(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("order_ref", sa.Text(), nullable=True),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("closed_reason", sa.String(length=32), nullable=True),
        sa.Column("dedupe_key", sa.String(length=200), nullable=True),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customers.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["conversation_id"], ["conversations.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["message_id"], ["messages.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index("ix_reminders_status_remind", ["status", "remind_at"], unique=False)
        batch_op.create_index("ix_reminders_customer", ["customer_id"], unique=False)
        batch_op.create_index("ix_reminders_conversation", ["conversation_id"], unique=False)
        batch_op.create_index("ix_reminders_dedupe", ["dedupe_key"], unique=True)
    op.execute(_FOLLOW_MESSAGES)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS trg_reminders_follow_messages")
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_index("ix_reminders_dedupe")
        batch_op.drop_index("ix_reminders_conversation")
        batch_op.drop_index("ix_reminders_customer")
        batch_op.drop_index("ix_reminders_status_remind")
    op.drop_table("reminders")
