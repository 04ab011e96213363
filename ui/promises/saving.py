"""Making reminders of what the owner confirmed: promises in a note, a call log or a reply,
and the follow-up of a reply.

* A note or a call log: when it is saved, :func:`save_promises` with
  ``chips.confirmed()`` and the conversation's links.
* A reply: :class:`ReplyReminders` follows the composer.  The confirmed promises become
  reminders as soon as the reply is queued (so they are not lost if the app quits before
  the outbox sends it); undoing the send dismisses them again.  The follow-up ("no reply
  in N days") waits until the reply is sent and stored, because it watches that message.

Everything runs through :class:`~ui.operations.Operations` (the DB worker); the objects
here are UI-thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from console.outbox.compose import Draft
from console.outbox.queue import OutboxEntry, OutboxState
from console.outbox.worker import OutboxChange
from console.promises.detect import DetectedPromise
from console.reminders.kinds import ReminderSource
from console.reminders.sent import followup_after_sending
from console.reminders.store import ReminderView, create_from_promises, dismiss
from console.storage.database import Database
from console.storage.models import utcnow
from ui.i18n import TranslationContext
from ui.operations import Failure, Operations
from ui.promises.changes import REMINDERS
from ui.promises.chips import PromiseChips
from ui.promises.followup import FollowupToggle

Clock = Callable[[], datetime]


class Saving(TranslationContext):
    """The "Saving" translation context."""


@dataclass(frozen=True, slots=True)
class PromiseLinks:
    """What the reminders are linked to (the customer's timeline shows them)."""

    source: ReminderSource
    customer_id: int | None = None
    conversation_id: int | None = None
    message_id: int | None = None
    order_ref: str | None = None
    language: str | None = None


def save_promises(
    operations: Operations,
    promises: Sequence[DetectedPromise],
    links: PromiseLinks,
    *,
    author: str,
    clock: Clock = utcnow,
    success: Callable[[list[ReminderView]], None] | None = None,
    failure: Failure | None = None,
) -> bool:
    """One reminder per promise, off the UI thread; False when there is none to make."""
    if not promises:
        return False
    chosen, now = list(promises), clock()

    def make(db: Database) -> list[ReminderView]:
        return create_from_promises(
            db,
            chosen,
            now=now,
            author=author,
            source=links.source,
            customer_id=links.customer_id,
            conversation_id=links.conversation_id,
            message_id=links.message_id,
            order_ref=links.order_ref,
            language=links.language,
        )

    operations.change(
        make, REMINDERS, success, failure, what=Saving.tr("Make reminders of your promises")
    )
    return True


@dataclass(slots=True)
class _Queued:
    conversation_id: int | None
    followup_days: int | None
    reminder_ids: list[int] = field(default_factory=list)


class ReplyReminders(QObject):
    """The reminders of a reply written in a composer (see the module docstring).

    Connect ``composer.queued`` → :meth:`on_queued`, ``composer.undone`` →
    :meth:`on_undone` and ``OutboxService.changed`` → :meth:`on_outbox_change`; call
    :meth:`set_conversation` when the composer shows a conversation.
    """

    made = Signal(list)
    """The :class:`ReminderView` s just made (promises, or the follow-up)."""

    def __init__(
        self,
        operations: Operations,
        chips: PromiseChips,
        followup: FollowupToggle | None = None,
        *,
        clock: Clock = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._chips = chips
        self._followup = followup
        self._clock = clock
        self.author = "owner"
        self._conversation_id: int | None = None
        self._customer_id: int | None = None
        self._order_ref: str | None = None
        self._queued: dict[int, _Queued] = {}
        """By outbox id: what was made or asked for a reply on its way out."""

    def set_conversation(
        self,
        conversation_id: int | None,
        customer_id: int | None,
        language: str | None,
        order_ref: str | None = None,
    ) -> None:
        """The conversation the composer shows (its language is the chips' language)."""
        self._conversation_id = conversation_id
        self._customer_id = customer_id
        self._order_ref = order_ref
        self._chips.set_language(language)

    def pending_followups(self) -> dict[int, int]:
        """Outbox id → days, for replies not sent yet (diagnostics and tests)."""
        return {
            outbox_id: queued.followup_days
            for outbox_id, queued in self._queued.items()
            if queued.followup_days
        }

    def on_queued(self, entry: OutboxEntry) -> None:
        """The reply went into the outbox: make its promises, note its follow-up."""
        promises = self._chips.confirmed()
        days = self._followup.requested() if self._followup is not None else None
        queued = _Queued(entry.conversation_id, days)
        self._queued[entry.id] = queued
        ours = entry.conversation_id is not None and entry.conversation_id == self._conversation_id
        links = PromiseLinks(
            ReminderSource.REPLY,
            customer_id=self._customer_id if ours else None,
            conversation_id=entry.conversation_id,
            order_ref=self._order_ref if ours else None,
            language=self._chips.language,
        )

        def made(reminders: list[ReminderView]) -> None:
            queued.reminder_ids.extend(r.id for r in reminders)
            self.made.emit(reminders)

        save_promises(
            self._ops, promises, links, author=self.author, clock=self._clock, success=made
        )
        self._chips.clear()
        if self._followup is not None:
            self._followup.reset()

    def on_undone(self, draft: Draft) -> None:
        """The reply was taken back: dismiss what it made, forget its follow-up."""
        latest = [
            outbox_id
            for outbox_id, queued in self._queued.items()
            if queued.conversation_id == draft.conversation_id
        ]
        if not latest:
            return
        queued = self._queued.pop(latest[-1])
        ids, now, author = list(queued.reminder_ids), self._clock(), self.author
        if ids:
            self._ops.change(
                lambda db: [dismiss(db, i, now=now, author=author) for i in ids],
                REMINDERS,
                what=Saving.tr("Take back the reminders of the reply"),
            )

    def on_outbox_change(self, change: OutboxChange) -> None:
        """A reply went out: make its follow-up."""
        if change.state is not OutboxState.SENT:
            return
        queued = self._queued.pop(change.outbox_id, None)
        if queued is None or not queued.followup_days:
            return
        days, setup = queued.followup_days, self._chips.setup
        now, author, outbox_id = self._clock(), self.author, change.outbox_id

        def made(reminder: ReminderView | None) -> None:
            if reminder is not None:
                self.made.emit([reminder])

        self._ops.change(
            lambda db: followup_after_sending(
                db, outbox_id, days=days, now=now, tz=setup.tz, hours=setup.hours, author=author
            ),
            REMINDERS,
            made,
            what=Saving.tr("Set the follow-up reminder"),
        )
