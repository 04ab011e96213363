"""A TCP proxy that breaks connections on purpose, for fault-injection tests.

It sits between a client and a real server on loopback and, at seeded random points of
the server's byte stream, injects one fault per connection from a fixed budget:

* ``cut``   — close both sides in the middle of a response;
* ``stall`` — stop forwarding for a while, then cut (a hung server);
* ``delay`` — forward slowly for a while, then carry on (a slow link);
* ``drop``  — silently lose some bytes (with TLS, the client sees a broken record).

When the budget is spent it forwards faithfully, so the client can finish its work and
the test can compare the end state with the server.

Optional hooks: a :class:`StreamWatcher` sees every byte the proxy forwards and every
fault, per connection (``tests/servers/smtp_window.py`` uses that to tell whether a cut
fell between the end of an SMTP message and the server's reply); ``every_kind`` draws
the kinds from a shuffled bag, so that each kind occurs once in every ``len(kinds)``
faults (a small budget still covers every kind). A server silent for ``server_silence``
seconds is taken for hung and the connection is cut — which is how a client stuck after
a ``drop`` (waiting for the rest of a TLS record that never comes) gets free in a test
instead of after its own read timeout.
"""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from dataclasses import dataclass, field

FAULTS = ("cut", "stall", "delay", "drop")


class StreamWatcher:
    """Sees what a :class:`FaultProxy` forwards; a base class whose hooks do nothing.

    Called on the proxy's threads (two per connection), so implementations lock. The
    order makes causality safe: client bytes are reported *before* they are forwarded to
    the server, server bytes *after* they were forwarded to the client.
    """

    def opened(self, conn: int) -> None:
        """A client connected (``conn`` numbers connections from 1)."""

    def client_bytes(self, conn: int, data: bytes) -> None:
        """``data`` from the client is about to go to the server."""

    def server_bytes(self, conn: int, data: bytes) -> None:
        """``data`` from the server was forwarded to the client."""

    def fault(self, conn: int, kind: str) -> None:
        """A fault of ``kind`` is injected now, after the bytes reported so far."""

    def closed(self, conn: int) -> None:
        """One direction of the connection ended (called twice per connection)."""


@dataclass(slots=True)
class FaultLog:
    injected: list[str] = field(default_factory=list)
    connections: int = 0

    def count(self, kind: str) -> int:
        return self.injected.count(kind)


class FaultProxy:
    def __init__(
        self,
        upstream_port: int,
        *,
        seed: int,
        budget: int,
        kinds: tuple[str, ...] = FAULTS,
        max_offset: int = 150_000,
        stall_seconds: float = 0.5,
        watcher: StreamWatcher | None = None,
        every_kind: bool = False,
        server_silence: float = 5.0,
    ) -> None:
        self.upstream_port = upstream_port
        self.budget = budget
        self.kinds = kinds
        self.max_offset = max_offset
        self.stall_seconds = stall_seconds
        self.watcher = watcher or StreamWatcher()
        self.every_kind = every_kind
        self.server_silence = server_silence
        self.log = FaultLog()
        self._random = random.Random(seed)
        self._bag: list[str] = []
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closing = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)
        self._thread.start()

    @property
    def exhausted(self) -> bool:
        with self._lock:
            return len(self.log.injected) >= self.budget

    def _plan(self) -> tuple[str, int] | None:
        with self._lock:
            if len(self.log.injected) >= self.budget:
                return None
            if self.every_kind:
                if not self._bag:
                    self._bag = list(self.kinds)
                    self._random.shuffle(self._bag)
                kind = self._bag.pop()
            else:
                kind = self._random.choice(self.kinds)
            # Early offsets hit the greeting, TLS handshake and login; later ones hit
            # FETCH responses mid-literal.
            offset = int(self._random.triangular(0, self.max_offset, self.max_offset / 8))
            return kind, offset

    def _record(self, kind: str) -> None:
        with self._lock:
            self.log.injected.append(kind)

    def _unplan(self, plan: tuple[str, int] | None) -> None:
        """A connection ended before its planned fault: with ``every_kind``, that kind
        goes back into the bag, so it is still injected later."""
        if plan is not None and self.every_kind:
            with self._lock:
                self._bag.append(plan[0])

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(
                    ("127.0.0.1", self.upstream_port), self.server_silence
                )
            except OSError:
                client.close()
                continue
            with self._lock:
                self._sockets.update((client, upstream))
                self.log.connections += 1
                conn = self.log.connections
            self.watcher.opened(conn)
            plan = self._plan()
            for args in (
                (client, upstream, None, conn, False),
                (upstream, client, plan, conn, True),
            ):
                threading.Thread(target=self._pump, args=args, daemon=True).start()

    def _pump(
        self,
        source: socket.socket,
        sink: socket.socket,
        plan: tuple[str, int] | None,
        conn: int,
        from_server: bool,
    ) -> None:
        watcher = self.watcher
        sent = 0
        slow_until = 0.0
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if not from_server:
                    watcher.client_bytes(conn, data)
                if plan is not None and sent + len(data) > plan[1]:
                    kind, offset = plan
                    head, tail = data[: offset - sent], data[offset - sent :]
                    sink.sendall(head)
                    sent += len(head)
                    watcher.server_bytes(conn, head)
                    self._record(kind)
                    watcher.fault(conn, kind)
                    plan = None
                    if kind == "cut":
                        break
                    if kind == "stall":
                        time.sleep(self.stall_seconds)
                        break
                    if kind == "drop":
                        tail = tail[self._random.randint(1, 64) :]
                    if kind == "delay":
                        slow_until = time.monotonic() + self.stall_seconds
                    # The connection lives on: arm the next fault further along.
                    plan = self._plan()
                    if plan is not None:
                        plan = (plan[0], sent + len(tail) + plan[1])
                    data = tail
                if time.monotonic() < slow_until:
                    time.sleep(0.02)
                sink.sendall(data)
                sent += len(data)
                if from_server:
                    watcher.server_bytes(conn, data)
        except OSError:
            pass
        finally:
            self._unplan(plan)
            watcher.closed(conn)
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def close(self) -> None:
        self._closing.set()
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
