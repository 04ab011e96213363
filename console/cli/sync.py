"""``shopkeeper sync [--once | --watch]``."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from typing import TYPE_CHECKING, Any, TextIO

from console.cli.context import CliError, Context

if TYPE_CHECKING:
    from console.accounts.store import AccountSettings
    from console.mail.imap_sync import SyncProgress, SyncReport
    from console.mail.parse_pool import ParsePool


def register(commands: Any) -> None:
    sync = commands.add_parser("sync", help="fetch new mail from all accounts")
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="sync once and exit (default)")
    mode.add_argument("--watch", action="store_true", help="keep syncing (IDLE push)")
    sync.add_argument("--account", help="only this account")
    sync.set_defaults(handler=_sync)


class TerminalProgress:
    """A one-line progress bar on a terminal."""

    WIDTH = 30

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._last = 0.0

    def __call__(self, progress: SyncProgress) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and progress.done < progress.total:
            return
        self._last = now
        share = progress.done / progress.total if progress.total else 1.0
        filled = int(share * self.WIDTH)
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self._stream.write(
            f"\r{progress.account} {progress.folder[:20]:20} {bar} {progress.done}/{progress.total}"
        )
        self._stream.flush()

    def finish(self) -> None:
        self._stream.write("\r\033[K")
        self._stream.flush()


def summary(report: SyncReport, seconds: float) -> str:
    parts = [f"{report.new} new"]
    if report.flags_changed:
        parts.append(f"{report.flags_changed} flag changes")
    if report.expunged:
        parts.append(f"{report.expunged} removed on the server")
    if report.unparsed:
        parts.append(f"{report.unparsed} could not be parsed (stored raw)")
    if any(f.uidvalidity_reset for f in report.folders):
        parts.append("folder reset by the server, re-matched")
    return _line(report.account, parts, seconds)


def _line(account: str, parts: list[str], seconds: float) -> str:
    return f"{account}: {', '.join(parts)} in {seconds:.1f} s"


def _accounts(context: Context, only: str | None) -> list[AccountSettings]:
    from console.accounts.store import list_accounts

    accounts = list_accounts(context.db)
    if only:
        accounts = [a for a in accounts if a.email == only.lower()]
        if not accounts:
            raise CliError(f"there is no account {only}")
    if not accounts:
        raise CliError("there is no account yet; add one with 'shopkeeper account add'")
    return accounts


def _password(account: AccountSettings) -> str:
    from console.accounts.secrets import load_password

    password = load_password("imap", account.email)
    if password is None:
        raise CliError(
            f"no password is stored for {account.email}; add the account again "
            "(shopkeeper account remove, then account add)"
        )
    return password


def _nothing_new(context: Context, args: argparse.Namespace) -> bool:
    """``sync --once`` when no account has anything new: say so, without the ORM.

    (See :mod:`console.mail.up_to_date`; on any doubt the full sync runs.)
    """
    if args.watch or not context.data_dir.database.exists():
        return False
    from console.accounts.secrets import KeyringUnavailable, load_password
    from console.mail.up_to_date import up_to_date

    def password_of(email: str) -> str | None:
        try:
            return load_password("imap", email)
        except KeyringUnavailable:
            return None

    started = time.monotonic()
    emails = up_to_date(context.data_dir.database, password_of, args.account)
    if emails is None:
        return False
    seconds = time.monotonic() - started
    for email in emails:
        print(_line(email, ["0 new"], seconds))
    return True


def _sync(context: Context, args: argparse.Namespace) -> int:
    if _nothing_new(context, args):
        return 0
    from console.mail.collector import collect_for_bulk_mail
    from console.mail.errors import MailError
    from console.mail.imap_sync import AccountSyncer
    from console.mail.parse_pool import ParsePool
    from console.mail.up_to_date import never_synced
    from console.storage.lock import DirectoryLock

    first_sync = never_synced(context.data_dir.database, args.account)
    collect_for_bulk_mail()  # this process only syncs from here on
    with DirectoryLock(context.data_dir.root), ParsePool() as pool:
        if first_sync:
            pool.warm()  # the workers start while the database opens and the server answers
        accounts = _accounts(context, args.account)
        if args.watch:
            return _watch(context, accounts, pool)
        failures = 0
        for account in accounts:
            bar = TerminalProgress(sys.stderr) if sys.stderr.isatty() else None
            syncer = AccountSyncer(context.db, account, _password(account), pool=pool, progress=bar)
            started = time.monotonic()
            try:
                report = syncer.sync_once()
            except MailError as exc:
                failures += 1
                hint = f" {exc.hint}" if exc.hint else ""
                sys.stderr.write(f"shopkeeper: error: {account.email}: {exc}{hint}\n")
                continue
            finally:
                syncer.close()
                if bar:
                    bar.finish()
            print(summary(report, time.monotonic() - started))
        return 1 if failures else 0


def _watch(context: Context, accounts: list[AccountSettings], pool: ParsePool) -> int:
    from console.mail.imap_sync import AccountSyncer
    from console.mail.imap_watch import Failed, Idling, Synced, WatchEvent, watch

    stop = threading.Event()
    lock = threading.Lock()
    fatal: list[str] = []

    def reporter(email: str) -> Any:
        def on_event(event: WatchEvent) -> None:
            with lock:
                if isinstance(event, Synced):
                    if event.report.new or event.report.expunged or event.report.flags_changed:
                        print(summary(event.report, 0).rsplit(" in ", 1)[0], flush=True)
                elif isinstance(event, Idling):
                    how = "waiting for push (IDLE)" if event.push else "polling"
                    print(f"{email}: up to date, {how}", flush=True)
                elif isinstance(event, Failed):
                    retry = (
                        f"; retrying in {event.retry_in:.0f} s"
                        if event.retry_in is not None
                        else ""
                    )
                    print(f"{email}: {event.error}{retry}", file=sys.stderr, flush=True)
                    if event.retry_in is None:
                        fatal.append(email)

        return on_event

    threads = []
    for account in accounts:
        syncer = AccountSyncer(context.db, account, _password(account), pool=pool, stop=stop)
        thread = threading.Thread(
            target=watch,
            args=(syncer, stop, reporter(account.email)),
            name=f"watch-{account.email}",
            daemon=True,
        )
        thread.start()
        threads.append(thread)

    def _stop(*_: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    try:
        while any(t.is_alive() for t in threads):
            for thread in threads:
                thread.join(0.5)
    except KeyboardInterrupt:
        stop.set()
        for thread in threads:
            thread.join(10)
    return 1 if fatal else 0
