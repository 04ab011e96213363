"""What the composer needs before it shows a draft, loaded in one job on the DB worker.

These functions run on the DB worker (:class:`ui.operations.Operations`), never on the
UI thread, and return plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.outbox import preferences
from console.outbox.compose import (
    ComposeError,
    Draft,
    Recipient,
    load_parent,
    reply_draft,
    sending_account,
)
from console.outbox.drafts import load_drafts
from console.storage.database import Database


@dataclass(frozen=True, slots=True)
class ComposerSetup:
    draft: Draft
    restored: bool
    """True when the draft was saved earlier (typed before a restart, or undone)."""
    signature: str
    """The signature added under the text when ``draft.signature`` is on ("" if none)."""
    undo_seconds: float
    quoted_name: str
    """Who wrote the message replied to ("" for a new message)."""
    quoted_text: str
    """The beginning of that message, for the quote toggle's tooltip."""
    problem: ComposeError | None = None
    """Why a reply cannot be prepared (the conversation has no message)."""


QUOTE_PREVIEW_CHARS = 600


def _signature(db: Database, draft: Draft) -> str:
    try:
        email = sending_account(db, draft.account_id).email
    except ComposeError:
        email = None
    return preferences.signature(db, email)


def _finish(db: Database, draft: Draft, *, restored: bool) -> ComposerSetup:
    parent = load_parent(db, draft.parent_message_id) if draft.parent_message_id else None
    quoted_name = quoted_text = ""
    if parent is not None:
        who = parent.from_ or Recipient(email="")
        quoted_name = who.name or who.email
        quoted_text = parent.text.strip()[:QUOTE_PREVIEW_CHARS]
    return ComposerSetup(
        draft=draft,
        restored=restored,
        signature=_signature(db, draft),
        undo_seconds=preferences.undo_seconds(db),
        quoted_name=quoted_name,
        quoted_text=quoted_text,
    )


def reply_setup(db: Database, conversation_id: int, *, reply_all: bool = False) -> ComposerSetup:
    """The conversation's saved draft (the newest), else a fresh reply to its newest message."""
    drafts = load_drafts(db, conversation_id)
    if drafts:
        return _finish(db, drafts[0], restored=True)
    try:
        draft = reply_draft(db, conversation_id, reply_all=reply_all)
    except ComposeError as exc:
        empty = Draft(account_id=None, conversation_id=conversation_id, quote=False)
        return ComposerSetup(empty, False, "", preferences.undo_seconds(db), "", "", exc)
    return _finish(db, draft, restored=False)


def new_message_setup(
    db: Database, to: tuple[Recipient, ...], subject: str = "", language: str | None = None
) -> ComposerSetup:
    """A saved new-message draft to the same people, else a fresh one."""
    wanted = {r.email.lower() for r in to}
    for draft in load_drafts(db, None):
        if wanted and {r.email.lower() for r in draft.to} == wanted:
            return _finish(db, draft, restored=True)
    draft = Draft(account_id=None, to=to, subject=subject, quote=False, language=language)
    return _finish(db, draft, restored=False)
