"""Keeping an account in step from a child process, so the app's own threads stay free.

Fetching and storing mail is busy Python code (imaplib, SQLAlchemy, threading).  Run on
a thread of the app, it competes with the window for the GIL, and a 20,000-message
first sync froze the window for hundreds of milliseconds at a time.  In a process of its
own it competes for nothing but a CPU core (and gets a lower priority for that).

:func:`run_watch` is the child's entry point: it opens the database by path (SQLite in
WAL mode lets the app read while the child writes), runs
:func:`console.mail.imap_watch.watch` with a parse pool until told to stop, and sends
everything it has to say, as picklable values, through ``reports``:

- ``("progress", email, SyncProgress)`` while a batch of new mail is stored;
- ``("event", email, WatchEvent)`` for each sync, failure and idle state;
- ``("failed", email, message)`` when the child itself broke (a bug; also logged);
- ``("stopped", email, None)`` as its last word.

The password arrives with the process's arguments (through a pipe, never on disk).
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from multiprocessing.connection import Connection
from multiprocessing.queues import Queue
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from console.accounts.store import AccountSettings
    from console.mail.imap_sync import SyncProgress
    from console.mail.imap_watch import WatchEvent
    from console.storage.database import Database

log = logging.getLogger(__name__)

Report = tuple[str, str, Any]


def run_watch(
    database: str,
    account: AccountSettings,
    password: str,
    reports: Queue[Report],
    stop: Connection,
    nice: int = 0,
) -> None:
    """Watch ``account`` into the database at ``database`` until told to stop.

    ``stop`` is the reading end of a pipe: anything sent, or the other end closing (the
    app quit or died), stops the watch.  (A pipe rather than a ``multiprocessing.Event``:
    setting an Event waits for every process that waits on it to wake, so a child that
    ended while waiting would hang the app.)
    """
    # The IMAP and storage stack is imported here, in the child: the app imports this
    # module on its UI thread to start the process, and needs none of it.
    from console.mail.collector import collect_for_bulk_mail
    from console.mail.imap_sync import AccountSyncer
    from console.mail.imap_watch import watch
    from console.mail.parse_pool import ParsePool
    from console.storage.database import Database

    if nice:
        os.nice(nice)
    collect_for_bulk_mail()
    email = account.email
    flag = threading.Event()

    def relay_stop() -> None:
        with contextlib.suppress(EOFError, OSError):
            stop.recv()
        flag.set()

    threading.Thread(target=relay_stop, name="stop-relay", daemon=True).start()
    db: Database | None = None
    try:
        db = Database(Path(database), migrate=False)
        with ParsePool() as pool:

            def progress(report: SyncProgress) -> None:
                reports.put(("progress", email, report))

            def on_event(event: WatchEvent) -> None:
                reports.put(("event", email, event))

            syncer = AccountSyncer(db, account, password, pool=pool, progress=progress, stop=flag)
            watch(syncer, flag, on_event)
    except Exception as exc:
        log.exception("watching %s failed", account.email)
        reports.put(("failed", email, f"{type(exc).__name__}: {exc}"))
    finally:
        if db is not None:
            db.close()
        reports.put(("stopped", email, None))
