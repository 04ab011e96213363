"""A small freedesktop notification service for the tests, run as its own process.

``python notification_server.py ADDRESS [--capabilities actions,body]`` connects to the
bus at ``ADDRESS``, owns ``org.freedesktop.Notifications`` and serves, on
``/org/freedesktop/Notifications``:

* ``org.freedesktop.Notifications``: ``GetCapabilities``, ``GetServerInformation``,
  ``Notify`` (recorded, with the signature the message arrived with and the id it
  got; ids count from 1) and
  ``CloseNotification`` (emits ``NotificationClosed`` with reason 3);
* ``org.shopkeeper.Test``, for the test driving it: ``Calls() -> s`` (every call so far,
  as JSON), ``Invoke(u id, s key)`` (emits ``ActionInvoked`` and then
  ``NotificationClosed`` with reason 2, as a desktop does when a button is clicked) and
  ``Close(u id, u reason)``.

It is written with jeepney, a D-Bus implementation of its own, so what it records is what
went over the wire (``urgency`` arrives as ``["y", 2]``), not what Qt believes it sent.
It prints ``ready`` once it owns the name, and ends when the bus goes away.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import (
    DBusConnection,
    open_dbus_connection,
)
from jeepney.low_level import Message

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
TEST_INTERFACE = "org.shopkeeper.Test"
DO_NOT_QUEUE = 4
PRIMARY_OWNER = 1


def plain(value: Any) -> Any:
    """A decoded D-Bus value as JSON: variants as ``[signature, value]``."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return list(value)
    return value


class Server:
    """Answers calls on one connection until the bus closes it."""

    def __init__(self, connection: DBusConnection, capabilities: list[str]) -> None:
        self.connection = connection
        self.capabilities = capabilities
        self.calls: list[dict[str, Any]] = []
        self.next_id = 1
        self.emitter = DBusAddress(PATH, interface=INTERFACE)

    def serve(self) -> None:
        while True:
            message = self.connection.receive()
            if message.header.message_type == MessageType.method_call:
                self.connection.send(self.answer(message))

    def signal(self, name: str, signature: str, body: tuple[Any, ...]) -> None:
        self.connection.send(new_signal(self.emitter, name, signature, body))

    def answer(self, message: Message) -> Message:
        fields = message.header.fields
        interface = fields.get(HeaderFields.interface, "")
        member = fields.get(HeaderFields.member, "")
        signature = fields.get(HeaderFields.signature, "")
        body = message.body
        self.calls.append(
            {"interface": interface, "member": member, "signature": signature, "body": plain(body)}
        )
        if interface == INTERFACE and member == "GetCapabilities":
            return new_method_return(message, "as", (self.capabilities,))
        if interface == INTERFACE and member == "GetServerInformation":
            return new_method_return(message, "ssss", ("tests", "Shopkeeper", "1", "1.2"))
        if interface == INTERFACE and member == "Notify":
            if signature != "susssasa{sv}i":
                return new_error(
                    message, "org.freedesktop.DBus.Error.InvalidArgs", "s", (signature,)
                )
            replaces = body[1]
            notification_id = replaces or self.next_id
            if not replaces:
                self.next_id += 1
            self.calls[-1]["id"] = notification_id
            return new_method_return(message, "u", (notification_id,))
        if interface == INTERFACE and member == "CloseNotification":
            self.signal("NotificationClosed", "uu", (body[0], 3))
            return new_method_return(message)
        if interface == TEST_INTERFACE and member == "Calls":
            return new_method_return(message, "s", (json.dumps(self.calls[:-1]),))
        if interface == TEST_INTERFACE and member == "Invoke":
            self.signal("ActionInvoked", "us", (body[0], body[1]))
            self.signal("NotificationClosed", "uu", (body[0], 2))
            return new_method_return(message)
        if interface == TEST_INTERFACE and member == "Close":
            self.signal("NotificationClosed", "uu", (body[0], body[1]))
            return new_method_return(message)
        return new_error(message, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("address")
    parser.add_argument("--capabilities", default="actions,body")
    args = parser.parse_args()
    connection = open_dbus_connection(bus=args.address)
    reply = connection.send_and_get_reply(
        message_bus.RequestName(SERVICE, DO_NOT_QUEUE), timeout=10
    )
    if reply.body != (PRIMARY_OWNER,):
        print(f"could not own {SERVICE}: {reply.body}", flush=True)
        return 1
    print("ready", flush=True)
    server = Server(connection, [c for c in args.capabilities.split(",") if c])
    try:
        server.serve()
    except (ConnectionError, OSError, EOFError):
        return 0  # the bus went away: the test is over
    return 0


if __name__ == "__main__":
    sys.exit(main())
