"""The callback queue model: open requests, who to call first on top, with live timers.

Loading follows :class:`ui.lazy_model.LazyListModel` (ids and the first rows, then rows
by id in batches).  Each (re)load first reads the queue's settings (thresholds, time zone,
the week's response time), so both arrive in that order from the one worker thread.

Timers tick on the UI thread without touching the database: :meth:`tick` takes "now"
from the injectable clock and recomputes every loaded row's waiting time and urgency
from its ``due_at`` (the request time moved into the customer's window, or the retry
time).  Only when a request that was waiting for its window becomes due does the list
reload, since it then moves up.  Role numbers are stable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, Signal

from console.callbacks.board import QueueSettings, queue_settings
from console.callbacks.queue import (
    CallbackStatus,
    QueueEntry,
    Urgency,
    callback_queue,
    urgency,
)
from console.callbacks.store import QueueThresholds
from console.storage.database import Database
from ui.callbacks import text
from ui.lazy_model import LazyListModel, PageLoader
from ui.operations import Operations

Clock = Callable[[], datetime]
BATCH_SIZE = 200
"""A queue holds tens of requests: one batch nearly always holds all of them."""


def system_clock() -> datetime:
    return datetime.now(UTC)


class CallbackRole(IntEnum):
    """Item data roles of :class:`CallbackQueueModel` (values are stable)."""

    CALLBACK_ID = Qt.ItemDataRole.UserRole + 1
    ENTRY = Qt.ItemDataRole.UserRole + 2
    """The whole :class:`~console.callbacks.queue.QueueEntry` (as loaded)."""
    LOADED = Qt.ItemDataRole.UserRole + 3
    NAME = Qt.ItemDataRole.UserRole + 4
    PHONE = Qt.ItemDataRole.UserRole + 5
    """As people write it: national format for the shop's own region."""
    TOPIC = Qt.ItemDataRole.UserRole + 6
    WINDOW = Qt.ItemDataRole.UserRole + 7
    """The preferred window in the UI language ("after 17:00"), "" for none."""
    URGENCY = Qt.ItemDataRole.UserRole + 8
    """The live :class:`~console.callbacks.queue.Urgency` value ("fresh", …)."""
    TIMER = Qt.ItemDataRole.UserRole + 9
    """The live timer text: "12 min" while due, "after 17:00" while scheduled."""
    IS_DUE = Qt.ItemDataRole.UserRole + 10
    CUSTOMER_ID = Qt.ItemDataRole.UserRole + 11
    CONVERSATION_ID = Qt.ItemDataRole.UserRole + 12


class CallbackQueueModel(LazyListModel):
    ID_ROLE = CallbackRole.CALLBACK_ID
    LOADED_ROLE = CallbackRole.LOADED

    settings_loaded = Signal(object)
    """The :class:`~console.callbacks.board.QueueSettings` read with the last reload."""
    due_count_changed = Signal(int)
    """How many requests are due now (after a load or a tick that changed it)."""

    def __init__(
        self,
        operations: Operations,
        parent: QObject | None = None,
        clock: Clock = system_clock,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        super().__init__(operations, parent, batch_size)
        self._clock = clock
        self._now = clock()
        self._settings: QueueSettings | None = None
        self._due_count = -1
        self.loaded.connect(self._after_load)

    # Clock and settings

    def set_clock(self, clock: Clock) -> None:
        self._clock = clock

    @property
    def now(self) -> datetime:
        """The moment the timers show (the last load or tick)."""
        return self._now

    @property
    def settings(self) -> QueueSettings | None:
        return self._settings

    @property
    def limits(self) -> QueueThresholds:
        return self._settings.limits if self._settings is not None else QueueThresholds()

    @property
    def due_count(self) -> int:
        return max(self._due_count, 0)

    # Loading

    def refresh(self) -> None:
        """Read the settings and the queue again (keeping as many rows shown as now)."""
        now = self._clock()
        self._ops.query(
            lambda db: queue_settings(db, now),
            self._on_settings,
            lambda exc: self.failed.emit(str(exc)),
            what=self.tr("Load the callback settings"),
        )
        self.reload(keep_exposed=True)

    def _on_settings(self, settings: QueueSettings) -> None:
        self._settings = settings
        self.settings_loaded.emit(settings)

    def page_loader(self) -> PageLoader:
        now = self._now = self._clock()

        def load(db: Database, first: int) -> tuple[list[int], list[QueueEntry]]:
            entries = callback_queue(db, now)
            return [e.id for e in entries], entries[:first]

        return load

    def row_loader(self) -> Callable[[Database, list[int]], list[QueueEntry]]:
        now = self._clock()

        def load(db: Database, ids: list[int]) -> list[QueueEntry]:
            wanted = set(ids)
            return [e for e in callback_queue(db, now) if e.id in wanted]

        return load

    def row_id(self, row: Any) -> int:
        return int(row.id)

    def _after_load(self) -> None:
        self._update_due_count()

    # Live values

    def live_urgency(self, entry: QueueEntry) -> Urgency | None:
        if entry.status is not CallbackStatus.OPEN:
            return None
        return urgency(entry.due_at, self._now, self.limits)

    def timer_text(self, entry: QueueEntry) -> str:
        live = self.live_urgency(entry)
        if live is None:
            return text.urgency_text(None)
        if live is Urgency.SCHEDULED:
            zone = self._settings.timezone if self._settings is not None else UTC
            return text.due_text(entry.due_at, self._now, zone)
        return text.duration_text(self._now - entry.due_at)

    def waited(self, entry: QueueEntry) -> timedelta:
        """Since the customer asked."""
        return max(self._now - entry.requested_at, timedelta(0))

    def entry(self, row: int) -> QueueEntry | None:
        found = self.row_data(row)
        return found if isinstance(found, QueueEntry) else None

    def entries(self) -> list[QueueEntry]:
        """The loaded rows, in list order."""
        return [e for e in (self.entry(r) for r in range(self.rowCount())) if e is not None]

    def tick(self) -> None:
        """Recompute timers and colours for the clock's "now" (no database access).

        A request whose window opened since the last load moves up: then the list reloads.
        """
        before = {e.id: self.live_urgency(e) for e in self.entries()}
        self._now = self._clock()
        opened = any(
            was is Urgency.SCHEDULED and self.live_urgency(e) not in (Urgency.SCHEDULED, None)
            for e in self.entries()
            if (was := before.get(e.id)) is not None
        )
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0),
                self.index(self.rowCount() - 1),
                [
                    int(CallbackRole.URGENCY),
                    int(CallbackRole.TIMER),
                    int(CallbackRole.IS_DUE),
                    int(Qt.ItemDataRole.DisplayRole),
                    int(Qt.ItemDataRole.ToolTipRole),
                ],
            )
        self._update_due_count()
        if opened and not self.is_loading:
            self.reload(keep_exposed=True)

    def _update_due_count(self) -> None:
        count = sum(
            1 for e in self.entries() if self.live_urgency(e) not in (None, Urgency.SCHEDULED)
        )
        if count != self._due_count:
            self._due_count = count
            self.due_count_changed.emit(count)

    # QAbstractItemModel

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role in CallbackRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def row_value(self, row: QueueEntry, role: int) -> Any:
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return f"{row.name or row.phone_display} — {self.timer_text(row)}"
            case Qt.ItemDataRole.ToolTipRole:
                return row.message or row.topic or None
            case CallbackRole.ENTRY:
                return row
            case CallbackRole.NAME:
                return row.name
            case CallbackRole.PHONE:
                return row.phone_display
            case CallbackRole.TOPIC:
                return row.topic
            case CallbackRole.WINDOW:
                return text.window_text(row.window, row.window_text)
            case CallbackRole.URGENCY:
                live = self.live_urgency(row)
                return live.value if live is not None else ""
            case CallbackRole.TIMER:
                return self.timer_text(row)
            case CallbackRole.IS_DUE:
                return self.live_urgency(row) not in (None, Urgency.SCHEDULED)
            case CallbackRole.CUSTOMER_ID:
                return row.customer_id
            case CallbackRole.CONVERSATION_ID:
                return row.conversation_id
        return None
