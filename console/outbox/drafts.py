"""Drafts: saved as the owner types, so nothing typed is lost to a crash or a restart.

The composer calls :func:`save_draft` (debounced) with the whole draft; the first call
returns the new id, later calls with ``draft.id`` set update the same row.  Each call is
one short unit of work, safe from any thread.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, or_, select

from console.outbox.compose import Draft, Recipient, recipients_from_json
from console.storage.database import Database
from console.storage.models import Message, utcnow
from console.storage.models_outbox import DraftRow


def _recipients_json(recipients: tuple[Recipient, ...]) -> str:
    return json.dumps([[r.name, r.email] for r in recipients], ensure_ascii=False)


def _draft(row: DraftRow, conversation_id: int | None = None) -> Draft:
    try:
        options = json.loads(row.options_json or "{}")
        attachments = json.loads(row.attachments_json or "[]")
    except ValueError:
        options, attachments = {}, []
    return Draft(
        id=row.id,
        account_id=row.account_id,
        to=recipients_from_json(row.to_json),
        cc=recipients_from_json(row.cc_json),
        subject=row.subject,
        body=row.body,
        attachments=tuple(str(p) for p in attachments),
        conversation_id=conversation_id if conversation_id is not None else row.conversation_id,
        parent_message_id=row.parent_message_id,
        language=row.language,
        quote=bool(options.get("quote", True)),
        signature=bool(options.get("signature", True)),
        updated_at=row.updated_at,
    )


def save_draft(db: Database, draft: Draft, *, now: datetime | None = None) -> int:
    """Insert or update the draft; return its id.

    A draft whose row was deleted meanwhile (sent from another window) is saved anew.
    """
    when = now or utcnow()
    with db.session() as session:
        row = session.get(DraftRow, draft.id) if draft.id is not None else None
        if row is None:
            row = DraftRow(created_at=when)
            session.add(row)
        row.account_id = draft.account_id
        row.conversation_id = draft.conversation_id
        row.parent_message_id = draft.parent_message_id
        row.to_json = _recipients_json(draft.to)
        row.cc_json = _recipients_json(draft.cc)
        row.subject = draft.subject
        row.body = draft.body
        row.attachments_json = json.dumps(list(draft.attachments), ensure_ascii=False)
        row.language = draft.language
        row.options_json = json.dumps({"quote": draft.quote, "signature": draft.signature})
        row.updated_at = when
        session.flush()
        return row.id


def load_draft(db: Database, draft_id: int) -> Draft | None:
    with db.reader() as session:
        row = session.get(DraftRow, draft_id)
        return _draft(row) if row is not None else None


def load_drafts(db: Database, conversation_id: int | None) -> list[Draft]:
    """The drafts of a conversation, newest first; with None, drafts of new messages.

    A draft also belongs to the conversation its parent message is in now, so drafts
    follow when conversations are merged.
    """
    with db.reader() as session:
        if conversation_id is None:
            rows = session.scalars(
                select(DraftRow)
                .where(DraftRow.conversation_id.is_(None), DraftRow.parent_message_id.is_(None))
                .order_by(DraftRow.updated_at.desc(), DraftRow.id.desc())
            ).all()
            return [_draft(row) for row in rows]
        parents = select(Message.id).where(Message.conversation_id == conversation_id)
        rows = session.scalars(
            select(DraftRow)
            .where(
                or_(
                    DraftRow.conversation_id == conversation_id,
                    DraftRow.parent_message_id.in_(parents),
                )
            )
            .order_by(DraftRow.updated_at.desc(), DraftRow.id.desc())
        ).all()
        return [_draft(row, conversation_id) for row in rows]


def delete_draft(db: Database, draft_id: int) -> bool:
    """Forget a draft; False when it was already gone."""
    with db.session() as session:
        result = session.execute(delete(DraftRow).where(DraftRow.id == draft_id))
        return bool(getattr(result, "rowcount", 0))
