"""Keeping an account in step: IDLE push, polling where there is no IDLE, reconnects.

:func:`watch` runs on its own thread (it blocks in imapclient) until ``stop`` is set.
It syncs everything once, then waits in IDLE on INBOX and syncs INBOX as soon as the
server announces a change.  IDLE is renewed before the 29 minutes after which servers
may drop it (RFC 2177), and all folders are synced again every few minutes (Sent has
no IDLE of its own).  Servers without IDLE are polled.  After a failure it reconnects
with exponential backoff; a wrong password or a refused certificate stops the retries
until the settings change (retrying cannot help and may lock the account).
"""

from __future__ import annotations

import contextlib
import select
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from imapclient import IMAPClient

from console.mail.backoff import Backoff
from console.mail.errors import ConnectionLost, MailError, explain
from console.mail.folders import RemoteFolder
from console.mail.imap_sync import AccountSyncer, SyncCancelled, SyncReport

REIDLE_AFTER = 25 * 60.0
FULL_SYNC_EVERY = 5 * 60.0
POLL_EVERY = 60.0
IDLE_TICK = 1.0
_CHANGE_WORDS = (b"EXISTS", b"EXPUNGE", b"FETCH", b"RECENT", b"VANISHED")


@dataclass(frozen=True, slots=True)
class Synced:
    report: SyncReport


@dataclass(frozen=True, slots=True)
class Failed:
    error: MailError
    retry_in: float | None
    """Seconds until the next attempt; None when it will not retry by itself."""


@dataclass(frozen=True, slots=True)
class Idling:
    push: bool
    """True when the server pushes changes (IDLE), False when it is polled."""


WatchEvent = Synced | Failed | Idling


@dataclass(slots=True)
class WatchTiming:
    reidle_after: float = REIDLE_AFTER
    full_sync_every: float = FULL_SYNC_EVERY
    poll_every: float = POLL_EVERY
    idle_tick: float = IDLE_TICK


def _has_change(responses: list[tuple[object, ...]]) -> bool:
    return any(
        isinstance(part, bytes) and part.upper() in _CHANGE_WORDS
        for response in responses
        for part in response
    )


def _idle_responses(client: IMAPClient, timeout: float) -> list[tuple[object, ...]] | None:
    """IDLE responses that arrived within ``timeout`` seconds; None when the server left.

    imapclient's ``idle_check`` swallows end-of-file, so a server that went away would
    look like a quiet one forever: a readable socket with nothing to read means closed.
    """
    sock = client.socket()
    if not (isinstance(sock, ssl.SSLSocket) and sock.pending()):
        readable, _, _ = select.select([sock], [], [], timeout)
        if not readable:
            return []
    responses: list[tuple[object, ...]] = client.idle_check(timeout=0)
    return responses or None


def watch(
    syncer: AccountSyncer,
    stop: threading.Event,
    on_event: Callable[[WatchEvent], None],
    *,
    timing: WatchTiming | None = None,
    backoff: Backoff | None = None,
) -> None:
    """Run until ``stop`` is set; report each sync, failure and idle state."""
    timing = timing or WatchTiming()
    backoff = backoff or Backoff()
    while not stop.is_set():
        try:
            on_event(Synced(syncer.sync_once()))
            backoff.reset()
            _idle_loop(syncer, stop, on_event, timing)
        except SyncCancelled:
            break
        except Exception as exc:
            syncer.drop_connection()
            error = explain(exc, syncer.endpoint.host, syncer.endpoint.port)
            if not error.retryable:
                on_event(Failed(error, None))
                break
            delay = backoff.next_delay()
            on_event(Failed(error, delay))
            stop.wait(delay)
    syncer.close()


def _idle_loop(
    syncer: AccountSyncer,
    stop: threading.Event,
    on_event: Callable[[WatchEvent], None],
    timing: WatchTiming,
) -> None:
    client = syncer.client
    inbox = RemoteFolder("INBOX", "inbox")
    push = client.has_capability("IDLE")
    on_event(Idling(push))
    last_full = time.monotonic()
    if not push:
        while not stop.wait(timing.poll_every):
            on_event(Synced(syncer.sync_once()))
        return
    client.select_folder("INBOX", readonly=True)
    client.idle()
    idle_since = time.monotonic()
    try:
        while not stop.is_set():
            responses = _idle_responses(client, timing.idle_tick)
            if responses is None or any(r[:1] == (b"BYE",) for r in responses):
                raise ConnectionLost(f"{syncer.endpoint.host} closed the connection.")
            now = time.monotonic()
            changed = _has_change(responses)
            full_due = now - last_full >= timing.full_sync_every
            if not (changed or full_due or now - idle_since >= timing.reidle_after):
                continue
            client.idle_done()
            if full_due:
                on_event(Synced(syncer.sync_once()))
                last_full = time.monotonic()
                client.select_folder("INBOX", readonly=True)
            elif changed:
                report = SyncReport(syncer.account.email, [syncer.sync_folder(inbox)])
                on_event(Synced(report))
            client.idle()
            idle_since = time.monotonic()
    finally:
        if stop.is_set():
            with contextlib.suppress(Exception):
                client.idle_done()
