"""A private D-Bus session bus and a notification service on it, for the desktop
notification tests.

:class:`SessionBus` runs ``dbus-daemon`` with its own configuration (a socket in a
fresh temporary folder, no service activation, everything allowed) and no other client
than the test's.  :class:`NotificationService` runs ``notification_server.py`` on it and
drives it through its test interface with jeepney (not Qt), so what the tests read is
what went over the wire.

Nothing can hang a test run: every wait has a deadline (:data:`START_S`,
:data:`CALL_S`), and :meth:`SessionBus.stop` / :meth:`NotificationService.stop` end
their process (``SIGTERM``, then ``SIGKILL``) at teardown.  Should the test run itself
die, Linux ends them too (:func:`end_with_parent`).
"""

from __future__ import annotations

import ctypes
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

START_S = 10.0
"""How long a daemon or the service may take to start."""
CALL_S = 5.0
"""How long one call of the test to the service may take."""
STOP_S = 5.0
PR_SET_PDEATHSIG = 1
DO_NOT_QUEUE = 4
PRIMARY_OWNER = 1

SERVER = Path(__file__).with_name("notification_server.py")
SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TEST_INTERFACE = "org.shopkeeper.Test"

CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def dbus_daemon() -> str | None:
    """The ``dbus-daemon`` program (Debian package ``dbus-daemon``), if installed."""
    return shutil.which("dbus-daemon") or next(
        (p for p in ("/usr/bin/dbus-daemon", "/bin/dbus-daemon") if os.access(p, os.X_OK)), None
    )


def _prctl() -> Any:
    try:
        return ctypes.CDLL(None).prctl  # looked up here, not in the forked child
    except (OSError, AttributeError):
        return None  # not Linux


_PRCTL = _prctl()


def end_with_parent() -> None:
    """In the child, before it runs: ``SIGTERM`` when the test run ends, even by a crash
    (``PR_SET_PDEATHSIG``; Linux only)."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGTERM)


def read_line(process: subprocess.Popen[bytes], what: str, log: Path) -> str:
    """The first line ``process`` prints, within :data:`START_S`."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    deadline = time.monotonic() + START_S
    data = b""
    while b"\n" not in data:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"{what} printed nothing within {START_S} s")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                errors = log.read_text(errors="replace") if log.exists() else ""
                raise RuntimeError(f"{what} ended at start (exit {process.wait()}): {errors}")
            data += chunk
    return data.split(b"\n", 1)[0].decode().strip()


def stop(process: subprocess.Popen[bytes]) -> None:
    """End ``process``: politely, then for sure."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_S)
    if process.stdout is not None:
        process.stdout.close()


class SessionBus:
    """A private ``dbus-daemon``; :attr:`address` is its ``DBUS_SESSION_BUS_ADDRESS``."""

    def __init__(self, program: str) -> None:
        # A short folder: a socket path has at most 107 bytes.
        self.folder = Path(tempfile.mkdtemp(prefix="skbus-"))
        config = self.folder / "session.conf"
        config.write_text(CONFIG.format(folder=self.folder), encoding="utf-8")
        self.log = self.folder / "daemon.log"
        with self.log.open("wb") as errors:
            self.process = subprocess.Popen(
                [program, f"--config-file={config}", "--print-address", "--nofork", "--nopidfile"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
                bufsize=0,
                preexec_fn=end_with_parent,
            )
        try:
            self.address = read_line(self.process, "dbus-daemon", self.log)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        stop(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class Notify:
    """One ``Notify`` call as the service received it, and the id it answered."""

    id: int
    signature: str
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, list[Any]]
    """Each hint as ``[its D-Bus type, value]``: ``{"urgency": ["y", 2]}``."""
    expire_timeout: int

    @property
    def action_keys(self) -> list[str]:
        return self.actions[0::2]


class SilentService:
    """Owns ``org.freedesktop.Notifications`` on ``bus`` and reads nothing: a desktop
    whose notification service hangs."""

    def __init__(self, bus: SessionBus) -> None:
        self._connection: DBusConnection | None = open_dbus_connection(bus=bus.address)
        try:
            request = message_bus.RequestName(SERVICE, DO_NOT_QUEUE)
            reply = self._connection.send_and_get_reply(request, timeout=CALL_S)
            if reply.body != (PRIMARY_OWNER,):
                raise RuntimeError(f"could not own {SERVICE}: {reply.body}")
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class NotificationService:
    """``notification_server.py`` on ``bus``, offering ``capabilities``."""

    def __init__(self, bus: SessionBus, capabilities: tuple[str, ...]) -> None:
        self.log = bus.folder / f"service-{time.monotonic_ns()}.log"
        offered = ",".join(capabilities)
        command = [sys.executable, str(SERVER), bus.address, "--capabilities", offered]
        with self.log.open("wb") as errors:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=errors,
                bufsize=0,
                preexec_fn=end_with_parent,
            )
        self._connection: DBusConnection | None = None
        try:
            said = read_line(self.process, "the notification service", self.log)
            if said != "ready":
                raise RuntimeError(f"the notification service: {said}")
            self._connection = open_dbus_connection(bus=bus.address)
        except BaseException:
            self.stop()
            raise
        self._address = DBusAddress(PATH, bus_name=SERVICE, interface=TEST_INTERFACE)

    def _call(self, member: str, signature: str = "", body: tuple[Any, ...] = ()) -> Any:
        assert self._connection is not None
        message = new_method_call(self._address, member, signature, body)
        reply = self._connection.send_and_get_reply(message, timeout=CALL_S)
        return reply.body

    def calls(self, member: str | None = None) -> list[dict[str, Any]]:
        """The calls of ``org.freedesktop.Notifications`` so far (of ``member``)."""
        (text,) = self._call("Calls")
        calls: list[dict[str, Any]] = json.loads(text)
        return [
            c
            for c in calls
            if c["interface"] == SERVICE and (member is None or c["member"] == member)
        ]

    def notifications(self) -> list[Notify]:
        """Every ``Notify`` so far, oldest first."""
        return [Notify(c.get("id", 0), c["signature"], *c["body"]) for c in self.calls("Notify")]

    def invoke(self, notification_id: int, action: str) -> None:
        """The owner clicks ``action`` (then the desktop closes the notification)."""
        self._call("Invoke", "us", (notification_id, action))

    def stop(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        stop(self.process)
