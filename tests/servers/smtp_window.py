"""Watching an unencrypted SMTP conversation through a :class:`FaultProxy` for the one moment
SMTP cannot resolve: after the client's end of data (``<CRLF>.<CRLF>``) and before the
code of the server's reply to it (``250<SP>``) has reached the client.

A connection that dies in that window leaves the client unable to know whether the server
took the message (RFC 5321 §6.1 accepts the resulting duplicates). Anywhere else the
answer is known: before the end of data the message was not taken, once the reply's code
arrived the client has it. :class:`SmtpWindowWatcher` records every connection that
died in the window, and the fault that killed it, so a test can assert "duplicates ≤ cuts
in the window".

How: every command line the client sends expects one reply, and so does the greeting and
the end of each message; replies arrive in order (no PIPELINING is used by ``smtplib``),
so a FIFO of expectations, popped by the start of each final reply line (``ddd<SP>``),
says what the client is waiting for when the connection dies. Bytes after ``DATA`` are
message content, not commands, until the end-of-data line.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field

from tests.servers.fault_proxy import StreamWatcher

END_OF_DATA = b"\r\n.\r\n"
_EOD = "<end of data>"


@dataclass(slots=True)
class _Connection:
    expecting: deque[str] = field(default_factory=lambda: deque(["<greeting>"]))
    client_line: bytes = b""
    server_line: bytes = b""
    in_data: bool = False
    answered: bool = False
    """The unfinished reply line already counts as the answer (see ``server_bytes``)."""
    data_tail: bytes = b""
    fault: str | None = None
    closed: bool = False


@dataclass(frozen=True, slots=True)
class WindowCut:
    """A connection that died between an end of data and its reply."""

    conn: int
    fault: str | None
    """The fault that ended it (None: something else did, e.g. the client's timeout)."""


class SmtpWindowWatcher(StreamWatcher):
    """Records :class:`WindowCut` s; see the module docstring."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connections: dict[int, _Connection] = {}
        self.cuts: list[WindowCut] = []
        self.messages_ended = 0
        """End-of-data lines the client sent."""
        self.messages_confirmed = 0
        """Replies to an end of data that fully reached the client."""

    def opened(self, conn: int) -> None:
        with self._lock:
            self._connections[conn] = _Connection()

    def client_bytes(self, conn: int, data: bytes) -> None:
        with self._lock:
            state = self._connections[conn]
            while data:
                if state.in_data:
                    data = self._content(state, data)
                    continue
                line, newline, data = data.partition(b"\n")
                if not newline:
                    state.client_line += line
                    break
                command = (state.client_line + line).strip().upper()
                state.client_line = b""
                state.expecting.append(command.decode("ascii", "replace"))
                if command == b"DATA":
                    state.in_data = True
                    state.data_tail = b"\r\n"  # The content may start with the "." line.

    def _content(self, state: _Connection, data: bytes) -> bytes:
        """Consume message content up to and including the end-of-data line; return the
        bytes after it."""
        window = state.data_tail + data
        end = window.find(END_OF_DATA)
        if end < 0:
            state.data_tail = window[-(len(END_OF_DATA) - 1) :]
            return b""
        state.in_data = False
        state.data_tail = b""
        state.expecting.append(_EOD)
        self.messages_ended += 1
        consumed = end + len(END_OF_DATA) - (len(window) - len(data))
        return data[consumed:]

    def server_bytes(self, conn: int, data: bytes) -> None:
        with self._lock:
            state = self._connections[conn]
            lines = (state.server_line + data).split(b"\n")
            state.server_line = lines.pop()
            for line in lines:
                if state.answered:  # Its first bytes already told the client enough.
                    state.answered = False
                elif len(line.rstrip(b"\r")) == 3 or line[3:4] == b" ":
                    self._answered(state)
            # "250 " is enough: the client knows the code and that it is the last line.
            if not state.answered and state.server_line[3:4] == b" ":
                state.answered = True
                self._answered(state)

    def _answered(self, state: _Connection) -> None:
        if state.expecting and state.expecting.popleft() == _EOD:
            self.messages_confirmed += 1

    def fault(self, conn: int, kind: str) -> None:
        with self._lock:
            self._connections[conn].fault = kind

    def closed(self, conn: int) -> None:
        with self._lock:
            state = self._connections[conn]
            if state.closed:
                return
            state.closed = True
            # A bare "250" before the end counts as read, as smtplib reads it.
            code_read = len(state.server_line) >= 3 and state.server_line[:3].isdigit()
            if state.expecting and state.expecting[0] == _EOD and not code_read:
                self.cuts.append(WindowCut(conn, state.fault))

    def cuts_by_fault(self) -> dict[str | None, int]:
        with self._lock:
            counts: dict[str | None, int] = {}
            for cut in self.cuts:
                counts[cut.fault] = counts.get(cut.fault, 0) + 1
            return counts
