"""Desktop notifications through the desktop's notification service, over D-Bus.

The service is ``org.freedesktop.Notifications`` on the session bus (GNOME, KDE, Xfce,
dunst, mako…), object ``/org/freedesktop/Notifications``:

* ``GetCapabilities() -> as``: asked once before the first notification (and again
  after the service changed hands); buttons are sent only when it says ``actions``, and
  the body is escaped when it says ``body-markup``;
* ``Notify(s app_name, u replaces_id, s app_icon, s summary, s body, as actions,
  a{sv} hints, i expire_timeout) -> u id``;
* ``CloseNotification(u id)``;
* the signals ``ActionInvoked(u id, s action_key)`` and
  ``NotificationClosed(u id, u reason)``, re-emitted as :attr:`DesktopNotifications.
  action_invoked` and :attr:`DesktopNotifications.closed`.

The transport is jeepney, a pure-Python D-Bus implementation: a message is built with
its signature written out (``new_method_call(address, "Notify", "susssasa{sv}i",
(...))``), so ``replaces_id`` goes as a ``u``, an empty action list as an ``as`` and each
hint as a variant of its own type (``{"urgency": ("y", 2), "desktop-entry": ("s",
"shopkeeper")}``).  It is a dependency on Linux only; without it (elsewhere) the service
is not used.

Threading.  :class:`DesktopNotifications` lives on the UI thread and never waits for the
bus.  Each instance's connection belongs to a daemon thread of its own (:class:`_Link`,
jeepney's threading connection driven by one receive loop), which connects, subscribes
(match rules for the service's two signals, taken only from the name's current owner,
and for ``NameOwnerChanged`` of the name, so a service that appears, restarts or
changes hands later is asked again), sends the calls the UI thread queues and receives
with a deadline: a call without an answer within ``call_ms`` fails, and a bus that stops
reading counts as gone.  The UI thread wakes the loop through jeepney's interruptible
receive (:meth:`jeepney.io.threading.DBusConnection.interrupt`).  Everything the loop
learns (answers, signals, a change of owner, the end of the connection) reaches the UI
thread through one queued Qt signal of a relay object (as in :mod:`ui.jobs`); the
callbacks are kept and run there, never on the loop's thread.
:meth:`DesktopNotifications.shutdown` (also run when the application quits or the
object is destroyed) stops the loop, which closes the connection; the wait for it is
bounded (:data:`STOP_S`).

When there is no session bus, no service, a call fails, or the connection ended,
:meth:`DesktopNotifications.notify` reports ``None`` and the caller shows the message
another way (the tray).

Threading rule: the public API is for the UI thread only.
"""

from __future__ import annotations

import html
import itertools
import logging
import os
import queue
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

try:  # a dependency on Linux only: elsewhere there is no freedesktop service to ask
    import jeepney
    from jeepney.bus_messages import message_bus
    from jeepney.io import threading as jeepney_threading
except ImportError:  # pragma: no cover - not Linux
    jeepney = None

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
SIGNALS = ("ActionInvoked", "NotificationClosed")
BUS = "org.freedesktop.DBus"
"""The bus itself (its signal ``NameOwnerChanged``)."""
SESSION = "SESSION"
"""The session bus, wherever ``DBUS_SESSION_BUS_ADDRESS`` says."""
APP_NAME = "Shopkeeper"
DESKTOP_ENTRY = "shopkeeper"
"""The desktop entry's name (``shopkeeper.desktop``) when the app has not set one."""
CALL_MS = 5_000
"""How long a call may take before the service counts as absent."""
STOP_S = 2.0
"""How long :meth:`DesktopNotifications.shutdown` waits for the connection's thread."""
DEFAULT_ACTION = "default"
"""The action key a desktop sends when the notification itself is clicked."""
HEADLESS = frozenset({"offscreen", "minimal"})
"""Qt platforms without a desktop."""

Shown = Callable[[int | None], None]
"""Told the notification's id once the service has it, or None when it was not shown."""


class Urgency(IntEnum):
    """The ``urgency`` hint: how insistently a desktop shows the notification."""

    LOW = 0
    NORMAL = 1
    CRITICAL = 2
    """Stays on screen until the owner reacts (on most desktops)."""


class State(Enum):
    UNKNOWN = "unknown"
    """Not asked yet, or the service changed hands since."""
    PROBING = "probing"
    READY = "ready"
    ABSENT = "absent"


class ClosedReason(IntEnum):
    """Why a notification closed (``NotificationClosed``)."""

    EXPIRED = 1
    DISMISSED = 2
    CLOSED = 3
    """By ``CloseNotification``."""
    UNDEFINED = 4


@dataclass(frozen=True, slots=True)
class DesktopNote:
    """One notification to show."""

    summary: str
    body: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    """(key, label) pairs in order; :data:`DEFAULT_ACTION` is a click on the notification."""
    urgency: Urgency = Urgency.NORMAL
    replaces: int = 0
    """The id of a notification this one replaces in place (0: a new one)."""
    timeout_ms: int = -1
    """-1: the desktop's default; 0: until closed."""


def desktop_entry() -> str:
    """The app's desktop entry name, for the ``desktop-entry`` hint."""
    name = QGuiApplication.desktopFileName() if QGuiApplication.instance() else ""
    return name.removesuffix(".desktop") or DESKTOP_ENTRY


# What the connection's thread tells the UI thread


@dataclass(frozen=True, slots=True)
class Reply:
    """The answer to one call: its values, or why there is none."""

    body: tuple[Any, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True, slots=True)
class _Answered:
    token: int
    reply: Reply


@dataclass(frozen=True, slots=True)
class _Signalled:
    member: str
    body: tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class _OwnerChanged:
    owner: str | None


@dataclass(frozen=True, slots=True)
class _Lost:
    """The connection could not be made, or it ended."""

    reason: str


class _Relay(QObject):
    """Carries the connection thread's news to the UI thread (a queued signal)."""

    told = Signal(object)


@dataclass(slots=True)
class _Pending:
    deadline: float
    answer: Callable[[Reply], None]


class _Link:
    """One connection to the bus, owned by a daemon thread of its own.

    The UI thread only calls :meth:`start`, :meth:`call` and :meth:`stop`; everything
    else runs on the thread.  News goes out through ``relay`` (never after :meth:`stop`).
    """

    def __init__(self, address: str, call_s: float, relay: _Relay) -> None:
        self._address = address
        self._call_s = call_s
        self._relay = relay
        self._requests: queue.SimpleQueue[tuple[int, Any]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        """Guards :attr:`_connection` (its wake-up pipe) and :attr:`_stopping`."""
        self._connection: Any = None
        self._stopping = False
        self._owner: str | None = None
        """The service's current owner (a unique name): only its signals count."""
        self._thread = threading.Thread(target=self._run, name="desktop-notifications", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def call(self, token: int, message: Any) -> None:
        """Send ``message`` (a method call); its :class:`Reply` comes back with ``token``."""
        self._requests.put((token, message))
        with self._lock:
            if self._connection is not None:
                self._connection.interrupt()  # out of its receive, to send this

    def stop(self) -> bool:
        """End the thread, which closes the connection; True when it ended in time
        (waits at most :data:`STOP_S`)."""
        with self._lock:  # after this, no news goes out
            self._stopping = True
            if self._connection is not None:
                self._connection.interrupt()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(STOP_S)
        return not self._thread.is_alive()

    # On the thread

    def _emit(self, event: object) -> None:
        with self._lock:
            if self._stopping:
                return
            try:
                self._relay.told.emit(event)
            except RuntimeError:  # the relay is gone (its owner was deleted)
                self._stopping = True

    def _run(self) -> None:
        try:
            # Bounded by jeepney: authentication (1 s) and Hello (10 s).
            connection = jeepney_threading.open_dbus_connection(self._address)
        except Exception as error:  # no such bus, refused, not answering
            self._emit(_Lost(f"no D-Bus connection ({self._address}): {error!r}"))
            return
        with self._lock:
            stopping = self._stopping
            if not stopping:
                self._connection = connection
        if stopping:
            _close(connection)
            return
        try:
            self._serve(connection)
        except Exception as error:  # the bus went away, or stopped reading
            reason = f"the D-Bus connection ended: {error!r}"
        else:
            reason = "the D-Bus connection was closed"
        with self._lock:
            self._connection = None  # nobody wakes it any more: safe to close
        _close(connection)
        self._emit(_Lost(reason))

    def _serve(self, connection: Any) -> None:
        # sendall() may not wait on a bus that stopped reading (receive() uses select).
        connection.sock.settimeout(self._call_s)
        pending: dict[int, _Pending] = {}
        for rule in _rules():
            self._send(connection, pending, message_bus.AddMatch(rule), _on_subscribed)
        self._send(connection, pending, message_bus.GetNameOwner(SERVICE), self._on_owner)
        while not self._stopping:
            while True:
                try:
                    token, message = self._requests.get_nowait()
                except queue.Empty:
                    break
                self._send(connection, pending, message, self._answerer(token))
            wait: float | None = None
            if pending:
                wait = max(0.0, min(p.deadline for p in pending.values()) - time.monotonic())
            try:
                self._dispatch(connection.receive(timeout=wait), pending)
            except jeepney_threading.ReceiveStopped:  # woken: something to send, or stop
                connection.reset_interrupt()
            except TimeoutError:
                pass  # a call's time is up: below
            self._expire(pending)

    def _answerer(self, token: int) -> Callable[[Reply], None]:
        return lambda reply: self._emit(_Answered(token, reply))

    def _send(
        self,
        connection: Any,
        pending: dict[int, _Pending],
        message: Any,
        answer: Callable[[Reply], None],
    ) -> None:
        serial = next(connection.outgoing_serial)
        try:
            message.serialise(serial=serial)  # values that do not fit the signature
        except Exception as error:
            answer(Reply(error=f"not sent: {error!r}"))
            return
        connection.send(message, serial=serial)
        pending[serial] = _Pending(time.monotonic() + self._call_s, answer)

    def _expire(self, pending: dict[int, _Pending]) -> None:
        now = time.monotonic()
        for serial in [s for s, p in pending.items() if p.deadline <= now]:
            pending.pop(serial).answer(Reply(error=f"no answer within {self._call_s:g} s"))

    def _dispatch(self, message: Any, pending: dict[int, _Pending]) -> None:
        header = message.header
        fields = header.fields
        kind = header.message_type
        if kind in (jeepney.MessageType.method_return, jeepney.MessageType.error):
            waiting = pending.pop(fields.get(jeepney.HeaderFields.reply_serial, -1), None)
            if waiting is not None:
                waiting.answer(_reply(message))
            return
        if kind is not jeepney.MessageType.signal:
            return  # method calls to this client: it serves nothing
        sender = fields.get(jeepney.HeaderFields.sender)
        interface = fields.get(jeepney.HeaderFields.interface)
        member = fields.get(jeepney.HeaderFields.member)
        body = message.body
        if sender == BUS and interface == BUS and member == "NameOwnerChanged":
            if len(body) == 3 and body[0] == SERVICE:
                self._owner = str(body[2]) or None
                self._emit(_OwnerChanged(self._owner))
        elif (
            interface == INTERFACE
            and member in SIGNALS
            and fields.get(jeepney.HeaderFields.path) == PATH
            and sender is not None
            and sender == self._owner
        ):
            self._emit(_Signalled(member, body))

    def _on_owner(self, reply: Reply) -> None:
        # Asked after subscribing, so the answer and any NameOwnerChanged arrive in the
        # order the bus saw them.  No answer: no owner yet (or the bus does not say).
        if reply.ok and reply.body:
            self._owner = str(reply.body[0])


def _rules() -> list[Any]:
    """The match rules: the service's signals, and changes of its owner."""
    owner = jeepney.MatchRule(
        type="signal",
        sender=BUS,
        interface=BUS,
        member="NameOwnerChanged",
        path="/org/freedesktop/DBus",
    )
    owner.add_arg_condition(0, SERVICE)
    signals = [
        # The bus checks that the sender owns the service's name.
        jeepney.MatchRule(type="signal", sender=SERVICE, interface=INTERFACE, member=m, path=PATH)
        for m in SIGNALS
    ]
    return [owner, *signals]


def _on_subscribed(reply: Reply) -> None:
    if not reply.ok:
        log.warning("Could not subscribe to the notification service's signals: %s", reply.error)


def _reply(message: Any) -> Reply:
    if message.header.message_type is not jeepney.MessageType.error:
        return Reply(tuple(message.body))
    name = message.header.fields.get(jeepney.HeaderFields.error_name, "error")
    text = message.body[0] if message.body and isinstance(message.body[0], str) else ""
    return Reply(error=f"{name}: {text}" if text else str(name))


def _close(connection: Any) -> None:
    with suppress(OSError):
        connection.close()
    for name in ("_stop_r", "_stop_w"):  # jeepney's close() leaves its wake-up pipe open
        fd = getattr(connection, name, None)
        if isinstance(fd, int):
            with suppress(OSError):
                os.close(fd)


class DesktopNotifications(QObject):
    """The desktop's notification service, when there is one.

    :meth:`notify` shows a :class:`DesktopNote` and reports its id (or None: not shown,
    use another way).  Clicks on its buttons arrive as :attr:`action_invoked`.
    """

    action_invoked = Signal(object, str)
    """(notification id, action key): the owner clicked a button or the notification."""
    closed = Signal(object, int)
    """(notification id, :class:`ClosedReason`)."""
    reset = Signal()
    """The service changed hands (restarted, or another took over): earlier ids mean
    nothing now."""

    def __init__(
        self,
        bus: str | None,
        parent: QObject | None = None,
        *,
        app_name: str = APP_NAME,
        call_ms: int = CALL_MS,
    ) -> None:
        """``bus``: a D-Bus address (``unix:path=…``), :data:`SESSION`, or None (no
        desktop: nothing is shown here).  Connecting starts at once, on a thread."""
        super().__init__(parent)
        self._app_name = app_name
        self._state = State.UNKNOWN
        self._probe = 0
        """Counts probes: a reply for an earlier one is ignored."""
        self.capabilities: frozenset[str] = frozenset()
        """What the service said it can do (``actions``, ``body``, ``body-markup``…)."""
        self._waiting: list[tuple[DesktopNote, Shown]] = []
        self._calls: dict[int, Callable[[Reply], None]] = {}
        """What to do with each call's reply, by token."""
        self._tokens = itertools.count(1)
        self._link: _Link | None = None
        self._gone = True
        """No connection (any more): every call fails."""
        if bus is None or jeepney is None:
            return
        relay = _Relay(self)
        relay.told.connect(self._on_event, Qt.ConnectionType.QueuedConnection)
        self._link = _Link(bus, call_ms / 1000, relay)
        self._gone = False
        # Before the relay (a child) is deleted: no news after this.
        link = self._link
        self.destroyed.connect(lambda: link.stop())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._link.start()

    @classmethod
    def session(cls, parent: QObject | None = None) -> DesktopNotifications:
        """On the session bus (without one, nothing is shown here).  Headless (Qt's
        ``offscreen`` or ``minimal`` platform: tests, screenshots) there is no desktop
        to notify, even when a session bus is around."""
        headless = QGuiApplication.platformName() in HEADLESS
        return cls(None if headless else SESSION, parent)

    @property
    def state(self) -> State:
        return self._state

    def probe(self) -> None:
        """Ask the service what it can do (at once when there is no bus)."""
        if self._state is State.PROBING:
            return
        if self._gone:
            self._settle(State.ABSENT)
            return
        self._state = State.PROBING
        self._probe += 1
        probe = self._probe
        self._call("GetCapabilities", "", (), lambda reply: self._on_capabilities(probe, reply))

    def notify(self, note: DesktopNote, shown: Shown) -> None:
        """Show ``note``; ``shown`` gets its id, or None when it could not be shown."""
        match self._state:
            case State.READY:
                self._send(note, shown)
            case State.ABSENT:
                shown(None)
            case _:
                self._waiting.append((note, shown))
                self.probe()

    def close(self, notification_id: int) -> None:
        """Take a notification off the screen (if it is still there)."""
        if self._state is not State.READY or notification_id <= 0:
            return
        self._call("CloseNotification", "u", (notification_id,), lambda _reply: None)

    @Slot()
    def shutdown(self) -> bool:
        """Close the connection (its thread ends; bounded by :data:`STOP_S`).  Calls under
        way are dropped unanswered; later notifications are not shown here.  True when
        the thread ended in time.  Also done when the application quits."""
        self._gone = True
        self._calls.clear()
        self._waiting.clear()
        self._probe += 1
        self._state = State.ABSENT
        return self._link.stop() if self._link is not None else True

    # Calls

    def _call(
        self, member: str, signature: str, body: tuple[Any, ...], done: Callable[[Reply], None]
    ) -> None:
        if self._gone or self._link is None:
            done(Reply(error="no D-Bus connection"))
            return
        token = next(self._tokens)
        self._calls[token] = done
        address = jeepney.DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        self._link.call(token, jeepney.new_method_call(address, member, signature, body))

    def _on_capabilities(self, probe: int, reply: Reply) -> None:
        if probe != self._probe or self._state is not State.PROBING:
            return  # the service changed hands meanwhile
        if not reply.ok or not reply.body:
            log.info("No desktop notification service: %s", reply.error)
            self._settle(State.ABSENT)
            return
        self.capabilities = frozenset(str(c) for c in reply.body[0])
        self._settle(State.READY)

    def _settle(self, state: State) -> None:
        self._state = state
        waiting, self._waiting = self._waiting, []
        for note, shown in waiting:
            self.notify(note, shown)

    def _send(self, note: DesktopNote, shown: Shown) -> None:
        actions = [part for action in note.actions for part in action]
        body = note.body
        if "body-markup" in self.capabilities:
            body = html.escape(body, quote=False)  # "<" and "&" are markup there
        hints = {"desktop-entry": ("s", desktop_entry()), "urgency": ("y", int(note.urgency))}
        args = (
            self._app_name,
            note.replaces,
            "",
            note.summary,
            body,
            actions if "actions" in self.capabilities else [],
            hints,
            note.timeout_ms,
        )
        self._call("Notify", "susssasa{sv}i", args, lambda reply: self._on_notified(reply, shown))

    def _on_notified(self, reply: Reply, shown: Shown) -> None:
        if not reply.ok or not reply.body:
            log.warning("The desktop did not show a notification: %s", reply.error)
            if self._state is State.READY:
                self._state = State.UNKNOWN  # ask again next time
            shown(None)
            return
        shown(int(reply.body[0]))

    # News from the connection's thread

    @Slot(object)
    def _on_event(self, event: object) -> None:
        match event:
            case _Answered(token, reply):
                done = self._calls.pop(token, None)
                if done is not None:
                    done(reply)
            case _Signalled(member, body):
                self._on_signal(member, body)
            case _OwnerChanged():
                self._on_owner_changed()
            case _Lost(reason):
                self._on_lost(reason)

    def _on_signal(self, member: str, args: tuple[Any, ...]) -> None:
        try:
            if member == "ActionInvoked" and len(args) >= 2:
                self.action_invoked.emit(int(args[0]), str(args[1]))
            elif member == "NotificationClosed" and args:
                self.closed.emit(int(args[0]), int(args[1]) if len(args) > 1 else 0)
        except (TypeError, ValueError):
            log.warning("A strange %s signal: %r", member, args)

    def _on_owner_changed(self) -> None:
        self.capabilities = frozenset()
        self._probe += 1  # a probe under way asked the previous owner
        self._state = State.UNKNOWN
        if self._waiting:
            self.probe()
        self.reset.emit()

    def _on_lost(self, reason: str) -> None:
        if self._gone:
            return
        log.info("Desktop notifications: %s", reason)
        self._gone = True
        calls, self._calls = self._calls, {}
        for done in calls.values():
            done(Reply(error=reason))
        self._settle(State.ABSENT)
