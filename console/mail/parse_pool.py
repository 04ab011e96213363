"""Parsing fetched mail on all cores while the next batch is being fetched.

Workers are separate processes started by a fork server, so they are safe to create
from a threaded program (the Qt app) and do not inherit its state.  If the pool is
unavailable or breaks, parsing falls back to the calling thread: a message is never
lost because a worker died.

The parser and the readers are imported when the first message is parsed (in a worker,
the fork server has them loaded already): a sync that finds nothing new never needs them,
and ``shopkeeper sync`` run from a timer should not pay for their import.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, TypeAlias

from console.mail.collector import collect_for_bulk_mail

if TYPE_CHECKING:
    from console.mail.parsed import ParsedMessage
    from console.mail.prepared import Prepared
    from console.mail.reading import Reading, ReadingContext

WORKER_MODULES = ["console.mail.parse", "console.mail.prepared", "console.mail.reading"]
"""What the fork server imports once, so each worker starts with it loaded."""

ParsedMail: TypeAlias = "tuple[ParsedMessage, Prepared, Reading | None]"
"""A parsed message with its derived column values and what it says (orders, forms),
ready for :class:`~console.mail.ingest.Ingestor`."""


def parse_safely(raw: bytes) -> ParsedMessage:
    """``parse_message`` with a last line of defence: always returns a result."""
    from console.mail.parse import parse_message, unparsed

    try:
        return parse_message(raw)
    except Exception as exc:  # the parser promises not to raise; never trust it blindly
        return unparsed(raw, exc)


def parse_many(raws: Sequence[bytes], context: ReadingContext | None = None) -> list[ParsedMail]:
    from console.mail.prepared import prepare
    from console.mail.reading import read_mail

    result: list[ParsedMail] = []
    for raw in raws:
        parsed = parse_safely(raw)
        reading = read_mail(parsed, context) if context is not None else None
        result.append((parsed, prepare(parsed), reading))
    return result


class PendingParse:
    """Parsed results of one batch, arriving from the workers."""

    def __init__(
        self,
        raws: Sequence[bytes],
        futures: list[Future[list[ParsedMail]]],
        context: ReadingContext | None = None,
    ) -> None:
        self._raws = raws
        self._futures = futures
        self._context = context

    def result(self) -> list[ParsedMail]:
        if not self._futures:
            return parse_many(self._raws, self._context)
        try:
            return [parsed for future in self._futures for parsed in future.result()]
        except BrokenProcessPool:
            return parse_many(self._raws, self._context)


class ParsePool:
    """A small process pool for parsing; use as a context manager."""

    MIN_PARALLEL = 16

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else max(1, os.cpu_count() or 1)
        self._executor: ProcessPoolExecutor | None = None
        self._started = False

    def _pool(self) -> ProcessPoolExecutor | None:
        """The worker processes, started with the first batch worth sharing out (a sync
        that finds nothing new starts none, nor multiprocessing's helper process)."""
        if not self._started and self.workers > 1:
            self._started = True
            try:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["console.mail.parse_pool", *WORKER_MODULES])
                self._executor = ProcessPoolExecutor(
                    self.workers, mp_context=context, initializer=collect_for_bulk_mail
                )
            except (OSError, ValueError):
                self._executor = None
        return self._executor

    def warm(self) -> None:
        """Start the workers now, in the background: a sync calls this when it knows a large
        fetch is coming, so that starting them (about 0.3 s) overlaps with the fetching."""
        if self._started:
            return
        executor = self._pool()
        if executor is None:
            return

        def start(pool: ProcessPoolExecutor) -> None:
            with contextlib.suppress(BrokenProcessPool, RuntimeError, OSError):
                for _ in range(self.workers):
                    pool.submit(int)  # each starts a worker, which then idles

        threading.Thread(
            target=start, args=(executor,), name="parse-pool-start", daemon=True
        ).start()

    def submit(self, raws: Sequence[bytes], context: ReadingContext | None = None) -> PendingParse:
        """Start parsing (with ``context``, also reading) ``raws``; results keep their order."""
        executor = self._pool() if len(raws) >= self.MIN_PARALLEL else None
        if executor is None:
            return PendingParse(raws, [], context)
        size = -(-len(raws) // self.workers)
        try:
            futures = [
                executor.submit(parse_many, list(raws[i : i + size]), context)
                for i in range(0, len(raws), size)
            ]
        except BrokenProcessPool:
            self._executor = None
            return PendingParse(raws, [], context)
        return PendingParse(raws, futures, context)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
