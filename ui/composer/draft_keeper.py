"""Saving the draft as the owner types: after a pause, off the UI thread.

Each save is one job on the DB worker (:meth:`ui.operations.Operations.change`).  The
id of the saved row lives in a :class:`DraftSlot` that only worker jobs touch: jobs
run one after another, so a send queued right behind a save uses the id that save
got, even before the save's callback reaches the UI thread.  That is what keeps a
draft from surviving as a stray copy of a message that was sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from console.outbox.compose import Draft
from console.outbox.drafts import delete_draft, save_draft
from console.outbox.queue import OutboxEntry, enqueue
from console.storage.database import Database
from ui.changes import Change
from ui.operations import Operations

SAVE_DELAY_MS = 1000


class DraftSlot:
    """The saved row of one draft.

    Threading rule: ``id`` is read and written by jobs on the DB worker only; the UI
    thread learns it from :attr:`DraftKeeper.saved`.
    """

    __slots__ = ("id",)

    def __init__(self, draft_id: int | None = None) -> None:
        self.id = draft_id


def is_blank(draft: Draft) -> bool:
    """Nothing worth keeping: no text, no files (and no subject for a new message)."""
    return (
        not draft.body.strip()
        and not draft.attachments
        and (draft.conversation_id is not None or not draft.subject.strip())
    )


def save_job(slot: DraftSlot, draft: Draft) -> Callable[[Database], int | None]:
    """The worker job that saves ``draft`` into ``slot`` (or forgets a blanked draft)."""

    def job(db: Database) -> int | None:
        if is_blank(draft):
            if slot.id is not None:
                delete_draft(db, slot.id)
                slot.id = None
            return None
        slot.id = save_draft(db, replace(draft, id=slot.id))
        return slot.id

    return job


def enqueue_job(slot: DraftSlot, draft: Draft, author: str) -> Callable[[Database], OutboxEntry]:
    """The worker job that sends ``draft``: it takes the saved row's id from ``slot`` (so
    the row becomes the outbox entry and no stray draft is left) and empties the slot."""

    def job(db: Database) -> OutboxEntry:
        entry = enqueue(db, replace(draft, id=slot.id), author=author)
        slot.id = None
        return entry

    return job


class DraftKeeper(QObject):
    """Saves ``source()`` a second after the last :meth:`touch`; :meth:`flush` saves now."""

    saved = Signal(object)
    """The draft's id after a save (None: a blanked draft was deleted)."""
    failed = Signal(str)

    def __init__(
        self,
        operations: Operations,
        source: Callable[[], Draft],
        parent: QObject | None = None,
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._source = source
        self._slot = DraftSlot()
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)

    @property
    def slot(self) -> DraftSlot:
        return self._slot

    @property
    def dirty(self) -> bool:
        return self._dirty

    def start(self, draft_id: int | None) -> None:
        """Follow another draft (the composer opened a conversation or a saved draft)."""
        self._timer.stop()
        self._dirty = False
        self._slot = DraftSlot(draft_id)

    def touch(self) -> None:
        """The owner changed something: save after a pause."""
        self._dirty = True
        self._timer.start()

    def cancel(self) -> None:
        """Forget unsaved changes (they are being sent)."""
        self._timer.stop()
        self._dirty = False

    def flush(self) -> None:
        """Save now if anything changed since the last save."""
        self._timer.stop()
        if not self._dirty or self._ops.db is None:
            return
        self._dirty = False
        self._ops.change(
            save_job(self._slot, self._source()),
            Change.NONE,
            self.saved.emit,
            lambda exc: self.failed.emit(str(exc)),
            what=self.tr("Save the draft"),
        )
