"""Bookkeeping for a lazy list: every id in order, and the rows loaded so far.

The ids of a whole list are cheap (one index scan) and arrive first; rows are read by
id in batches as the list shows them.  A list *exposes* rows to its view in steps of
one batch (``canFetchMore``/``fetchMore``); an exposed row whose batch has not arrived
yet is shown as a placeholder.  Every reload starts a new *generation*, so batches
that arrive from an older generation are dropped.

Pure Python and Qt-free, so the model built on it stays small and this logic is tested
on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

R = TypeVar("R")


class BatchedRows(Generic[R]):
    def __init__(self, batch_size: int = 100) -> None:
        self.batch_size = batch_size
        self.generation = 0
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._rows: dict[int, R] = {}
        self._loading: set[int] = set()
        self._gone: set[int] = set()
        self.exposed = 0

    def reset(
        self, ids: Sequence[int], rows: Iterable[tuple[int, R]], expose_at_least: int = 0
    ) -> None:
        """Start a new generation with ``ids`` and the ``rows`` loaded with them."""
        self.generation += 1
        self._ids = list(ids)
        self._row_of = {conversation_id: row for row, conversation_id in enumerate(self._ids)}
        self._rows = dict(rows)
        self._loading.clear()
        self._gone.clear()
        self.exposed = min(len(self._ids), max(expose_at_least, self.batch_size))

    @property
    def total(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, item_id: int) -> int | None:
        """The position of ``item_id`` if it is exposed."""
        row = self._row_of.get(item_id)
        return row if row is not None and row < self.exposed else None

    def get(self, row: int) -> R | None:
        """The loaded row at ``row``, or None while it is a placeholder."""
        return self._rows.get(self._ids[row])

    def can_expose_more(self) -> bool:
        return self.exposed < len(self._ids)

    def expose_more(self) -> tuple[int, int]:
        """Expose the next batch; returns (first, last) of the newly exposed rows."""
        first = self.exposed
        self.exposed = min(len(self._ids), self.exposed + self.batch_size)
        return first, self.exposed - 1

    def batch_of(self, row: int) -> int:
        return row // self.batch_size

    def missing_batch(self, row: int) -> int | None:
        """The batch to load for ``row``; None when it is loaded or already loading."""
        item_id = self._ids[row]
        if item_id in self._rows or item_id in self._gone:
            return None
        batch = self.batch_of(row)
        return None if batch in self._loading else batch

    def start_loading(self, batch: int) -> list[int]:
        """Mark ``batch`` as loading and return its ids (only those not loaded yet)."""
        self._loading.add(batch)
        start = batch * self.batch_size
        ids = self._ids[start : start + self.batch_size]
        return [i for i in ids if i not in self._rows]

    def finish_loading(
        self, generation: int, batch: int, rows: Iterable[tuple[int, R]]
    ) -> tuple[int, int] | None:
        """Store a batch's rows; (first, last) rows to repaint, or None if it is stale."""
        if generation != self.generation:
            return None
        self._loading.discard(batch)
        self._rows.update(rows)
        start = batch * self.batch_size
        # Ids deleted since the list was read stay placeholders until the next reload,
        # instead of being asked for again at every repaint.
        self._gone.update(
            i for i in self._ids[start : start + self.batch_size] if i not in self._rows
        )
        last = min(start + self.batch_size, self.exposed) - 1
        return (start, last) if last >= start else None

    def fail_loading(self, generation: int, batch: int) -> None:
        if generation == self.generation:
            self._loading.discard(batch)
