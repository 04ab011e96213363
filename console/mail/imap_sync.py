"""The IMAP sync engine: brings the local store in step with an account's folders.

Per folder it keeps UIDVALIDITY, UIDNEXT, EXISTS and HIGHESTMODSEQ (RFC 3501, RFC 7162).
A sync compares the server's UID set with the local one, so it is idempotent: a crash
(even ``kill -9``) at any moment leaves each batch either fully stored or not at all,
and the next run fetches exactly what is missing — no duplicate, no gap.

* New mail is fetched newest first, in batches bounded by count and bytes.  Fetching
  the next batch overlaps with parsing the previous one on worker processes, and each
  batch is stored in one transaction.
* Flag changes come from ``CHANGEDSINCE`` where the server has CONDSTORE, else by
  comparing all flags.  Messages gone from the server are marked expunged, not deleted.
* When UIDVALIDITY changes, the folder's messages lose their UIDs and are matched
  again by Message-ID as they are fetched, so conversations, statuses, notes and
  reminders stay attached; whatever does not come back is marked expunged.

Threading rule: an :class:`AccountSyncer` and its connection belong to one thread.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient
from sqlalchemy import select, update

from console.accounts.store import AccountSettings
from console.mail.errors import MailError, explain
from console.mail.folders import FolderMarks, RemoteFolder, folders_to_sync, list_remote
from console.mail.imap_connect import ImapEndpoint, close_quietly, connect
from console.storage.database import Database
from console.storage.models import Account, Folder, Message, utcnow

if TYPE_CHECKING:
    # Storing new mail needs these; a sync that finds nothing new does not, so they are
    # imported where mail is stored (``shopkeeper sync`` from a timer starts faster).
    from console.mail.ingest import FetchedMail, Location
    from console.mail.parse_pool import ParsePool, PendingParse

BATCH_MESSAGES = 400
BATCH_BYTES = 8 * 1024 * 1024
PIPELINE_DEPTH = 2
RAMP_START = 8
"""The first fetch batch is this many times smaller than the limits; each next is twice
the last."""
UID_CHUNK = 1000
"""UIDs per command: keeps command lines under the 8,000 octets RFC 7162 advises."""
ARCHIVE_AFTER = timedelta(days=30)
"""Conversations whose newest message is older than this at first sync start as done."""


@dataclass(slots=True)
class FolderReport:
    folder: str
    new: int = 0
    flags_changed: int = 0
    expunged: int = 0
    unparsed: int = 0
    rematched: int = 0
    """Messages found again by Message-ID after a UIDVALIDITY change."""
    uidvalidity_reset: bool = False


@dataclass(slots=True)
class SyncReport:
    account: str
    folders: list[FolderReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.folders)

    @property
    def expunged(self) -> int:
        return sum(f.expunged for f in self.folders)

    @property
    def flags_changed(self) -> int:
        return sum(f.flags_changed for f in self.folders)

    @property
    def unparsed(self) -> int:
        return sum(f.unparsed for f in self.folders)


@dataclass(frozen=True, slots=True)
class SyncProgress:
    account: str
    folder: str
    done: int
    total: int


ProgressCallback = Callable[[SyncProgress], None]


class SyncCancelled(Exception):
    """The sync was asked to stop; everything stored so far is consistent."""


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _flags(raw: Any) -> tuple[str, ...]:
    """The message's flags, without ``\\Recent``: that one belongs to a session, not to the
    message (RFC 3501 2.3.2), and comes and goes with other clients' logins (Cyrus)."""
    names = (f.decode("utf-8", "replace") if isinstance(f, bytes) else str(f) for f in raw or ())
    return tuple(name for name in names if name.lower() != "\\recent")


def _modseq(data: dict[bytes, Any]) -> int | None:
    value = data.get(b"MODSEQ")
    if isinstance(value, tuple | list):
        return int(value[0]) if value else None
    return int(value) if value is not None else None


@dataclass(slots=True)
class _Batch:
    mails: list[FetchedMail]
    parsing: PendingParse


def stored_marks(folder: Folder) -> FolderMarks:
    """What the last sync saw of ``folder`` (its stored row)."""
    return FolderMarks(
        folder.uidvalidity, folder.uidnext, folder.exists_count, folder.highestmodseq
    )


class AccountSyncer:
    """Syncs one account's folders into the database."""

    def __init__(
        self,
        db: Database,
        account: AccountSettings,
        password: str,
        *,
        pool: ParsePool | None = None,
        progress: ProgressCallback | None = None,
        stop: threading.Event | None = None,
        batch_messages: int = BATCH_MESSAGES,
        batch_bytes: int = BATCH_BYTES,
    ) -> None:
        if account.id is None:
            raise ValueError("account must be stored first")
        self.db = db
        self.account = account
        self._account_id: int = account.id
        self._password = password
        self._pool = pool
        self._progress = progress
        self._stop = stop or threading.Event()
        self._batch_messages = batch_messages
        self._batch_bytes = batch_bytes
        self._client: IMAPClient | None = None
        self.endpoint = ImapEndpoint(
            host=account.imap_host,
            port=account.imap_port,
            security=account.imap_security,
            username=account.imap_username,
            ca_file=account.ca_file,
        )

    # -- connection -------------------------------------------------------------

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            self._client = connect(self.endpoint, self._password)
            self._client.normalise_times = False
        return self._client

    def close(self) -> None:
        if self._client is not None:
            close_quietly(self._client)
            self._client = None

    def drop_connection(self) -> None:
        """Forget a connection that failed, without talking to the server."""
        if self._client is not None:
            with contextlib.suppress(Exception):
                self._client.shutdown()
            self._client = None

    def _owner_addresses(self) -> frozenset[str]:
        with self.db.reader() as session:
            return frozenset(session.scalars(select(Account.email)).all())

    # -- sync ---------------------------------------------------------------------

    def sync_once(self, folders: Sequence[str] | None = None) -> SyncReport:
        """Sync INBOX, Sent and the chosen extra folders once (or just ``folders``)."""
        report = SyncReport(self.account.email)
        try:
            listing = list_remote(self.client)
            self._retire_vanished({name for _f, _d, name in listing})
            remote = folders_to_sync(listing, self.account.extra_folders)
            if folders is not None:
                remote = [f for f in remote if f.name in folders]
            for folder in remote:
                report.folders.append(self.sync_folder(folder))
        except (MailError, SyncCancelled):
            raise
        except Exception as exc:
            self.drop_connection()
            raise explain(exc, self.endpoint.host, self.endpoint.port) from exc
        return report

    def sync_folder(self, remote: RemoteFolder) -> FolderReport:
        client = self.client
        report = FolderReport(remote.name)
        status = client.select_folder(remote.name, readonly=True)
        marks = FolderMarks.from_select(status, client.has_capability("CONDSTORE"))
        uidvalidity = int(status[b"UIDVALIDITY"])
        uidnext, exists, highestmodseq = marks.uidnext, marks.exists or 0, marks.highestmodseq

        folder_id, stored = self._folder_state(remote)
        if stored.uidvalidity is not None and stored.uidvalidity != uidvalidity:
            self._forget_uids(folder_id, uidvalidity)
            report.uidvalidity_reset = True
        elif marks.unchanged_since(stored_marks(stored)):
            return report

        server_uids = set(client.search("ALL")) if exists else set()
        local_uids = self._local_uids(folder_id)
        report.expunged = self._mark_expunged(folder_id, local_uids - server_uids)
        known = local_uids & server_uids
        if known and not report.uidvalidity_reset:
            report.flags_changed = self._sync_flags(
                folder_id, known, stored.highestmodseq, highestmodseq
            )
        missing = sorted(server_uids - local_uids, reverse=True)
        if missing:
            self._fetch_new(remote, folder_id, uidvalidity, missing, report)
        if report.uidvalidity_reset:
            report.expunged += self._expunge_unmatched(folder_id)
        with self.db.session() as session:
            row = session.get(Folder, folder_id)
            assert row is not None
            row.uidvalidity = uidvalidity
            row.uidnext = uidnext
            row.exists_count = exists
            row.highestmodseq = highestmodseq
            row.synced_at = utcnow()
        return report

    def _retire_vanished(self, existing: set[str]) -> None:
        """Folders deleted or renamed on the server: their mail is kept, marked expunged."""
        with self.db.session() as session:
            gone = session.scalars(
                select(Folder).where(
                    Folder.account_id == self._account_id, Folder.name.not_in(existing)
                )
            ).all()
            for folder in gone:
                session.execute(
                    update(Message)
                    .where(Message.folder_id == folder.id, Message.expunged_at.is_(None))
                    .values(uid=None, expunged_at=utcnow())
                )
                session.delete(folder)

    def _folder_state(self, remote: RemoteFolder) -> tuple[int, Folder]:
        with self.db.session() as session:
            row = session.scalar(
                select(Folder).where(
                    Folder.account_id == self._account_id, Folder.name == remote.name
                )
            )
            if row is None:
                row = Folder(account_id=self._account_id, name=remote.name, role=remote.role)
                session.add(row)
                session.flush()
            elif row.role != remote.role:
                row.role = remote.role
            session.expunge(row)
            return row.id, row

    def _forget_uids(self, folder_id: int, uidvalidity: int) -> None:
        with self.db.session() as session:
            session.execute(
                update(Message)
                .where(Message.folder_id == folder_id, Message.expunged_at.is_(None))
                .values(uid=None, uidvalidity=None)
            )
            row = session.get(Folder, folder_id)
            assert row is not None
            row.uidvalidity = uidvalidity
            row.uidnext = row.exists_count = row.highestmodseq = None

    def _local_uids(self, folder_id: int) -> set[int]:
        with self.db.reader() as session:
            uids = session.scalars(
                select(Message.uid).where(Message.folder_id == folder_id, Message.uid.is_not(None))
            ).all()
            return {uid for uid in uids if uid is not None}

    def _mark_expunged(self, folder_id: int, gone: set[int]) -> int:
        if not gone:
            return 0
        now = utcnow()
        with self.db.session() as session:
            for chunk in _chunks(sorted(gone), 500):
                session.execute(
                    update(Message)
                    .where(Message.folder_id == folder_id, Message.uid.in_(chunk))
                    .values(uid=None, expunged_at=now)
                )
        return len(gone)

    def _expunge_unmatched(self, folder_id: int) -> int:
        with self.db.session() as session:
            result = session.execute(
                update(Message)
                .where(
                    Message.folder_id == folder_id,
                    Message.uid.is_(None),
                    Message.expunged_at.is_(None),
                )
                .values(expunged_at=utcnow())
            )
            return int(getattr(result, "rowcount", 0) or 0)

    def _sync_flags(
        self,
        folder_id: int,
        known: set[int],
        stored_modseq: int | None,
        server_modseq: int | None,
    ) -> int:
        client = self.client
        modifiers: list[str] | None = None
        if stored_modseq is not None and server_modseq is not None:
            if stored_modseq == server_modseq:
                return 0
            modifiers = [f"CHANGEDSINCE {stored_modseq}"]
        response: dict[int, dict[bytes, Any]] = {}
        for chunk in _chunks(sorted(known), UID_CHUNK):
            response.update(client.fetch(list(chunk), ["FLAGS"], modifiers=modifiers))
        changes = {
            uid: (" ".join(_flags(data.get(b"FLAGS"))), _modseq(data))
            for uid, data in response.items()
            if uid in known
        }
        if not changes:
            return 0
        changed = 0
        with self.db.session() as session:
            current = dict(
                session.execute(
                    select(Message.uid, Message.flags).where(
                        Message.folder_id == folder_id, Message.uid.in_(list(changes))
                    )
                ).all()
            )
            for uid, (flags, modseq) in changes.items():
                if current.get(uid) == flags:
                    continue
                changed += 1
                session.execute(
                    update(Message)
                    .where(Message.folder_id == folder_id, Message.uid == uid)
                    .values(flags=flags, modseq=modseq)
                )
        return changed

    def _plan_batches(self, missing: list[int]) -> Iterator[list[int]]:
        """``missing`` in fetch batches of at most ``batch_messages`` and ``batch_bytes``.

        Sizes are asked for a chunk of UIDs at a time, so the first batch is fetched without
        waiting for the sizes of the whole folder. The first batches are small and each is
        twice the last until the limits are reached: the first messages are parsed, stored
        and shown while the next are still on their way. The last batches shrink again (at
        most half of what is left), so little is left to parse and store after the last
        fetch.
        """
        smallest = max(1, self._batch_messages // RAMP_START)
        limit_messages = smallest
        limit_bytes = max(1, self._batch_bytes // RAMP_START)
        batch: list[int] = []
        batch_bytes = 0
        batch_limit = limit_messages
        left = len(missing)
        for chunk in _chunks(missing, UID_CHUNK):
            response = self.client.fetch(list(chunk), ["RFC822.SIZE"])
            for uid in chunk:
                left -= 1
                data = response.get(uid)
                if data is None:
                    continue  # expunged since the search
                size = int(data.get(b"RFC822.SIZE", 0))
                if batch and (len(batch) >= batch_limit or batch_bytes + size > limit_bytes):
                    yield batch
                    batch, batch_bytes = [], 0
                    limit_messages = min(self._batch_messages, limit_messages * 2)
                    limit_bytes = min(self._batch_bytes, limit_bytes * 2)
                if not batch:
                    # This batch and what is left after it (``left`` excludes this uid).
                    batch_limit = min(limit_messages, max(smallest, -(-(left + 1) // 2)))
                batch.append(uid)
                batch_bytes += size
        if batch:
            yield batch

    def _fetch(self, uids: list[int]) -> list[FetchedMail]:
        from console.mail.ingest import FetchedMail

        response = self.client.fetch(uids, ["BODY.PEEK[]", "FLAGS", "INTERNALDATE"])
        mails = []
        for uid in uids:  # newest first, as planned
            data = response.get(uid)
            if data is None or data.get(b"BODY[]") is None:
                continue
            internal = data.get(b"INTERNALDATE")
            mails.append(
                FetchedMail(
                    raw=data[b"BODY[]"],
                    uid=uid,
                    flags=_flags(data.get(b"FLAGS")),
                    modseq=_modseq(data),
                    internal_date=internal if isinstance(internal, datetime) else None,
                )
            )
        return mails

    def _fetch_new(
        self,
        remote: RemoteFolder,
        folder_id: int,
        uidvalidity: int,
        missing: list[int],
        report: FolderReport,
    ) -> None:
        from console.mail.ingest import Location, driver_connection
        from console.mail.parse_pool import PendingParse
        from console.mail.reading import reading_context

        if self._pool is not None and len(missing) >= self._pool.MIN_PARALLEL:
            self._pool.warm()
        location = Location(self._account_id, folder_id, uidvalidity, remote.role)
        owner = self._owner_addresses()
        rematch = self._pending_rematch(folder_id) if report.uidvalidity_reset else {}
        total = len(missing)
        with self.db.reader() as session:
            context = reading_context(driver_connection(session))
        batches: queue.Queue[_Batch | BaseException | None] = queue.Queue(PIPELINE_DEPTH)
        abandon = threading.Event()

        def fetch_batches() -> None:
            """Runs on a helper thread: the connection is used by it alone meanwhile."""
            try:
                for uids in self._plan_batches(missing):
                    if self._stop.is_set() or abandon.is_set():
                        break
                    mails = self._fetch(uids)
                    raws = [m.raw for m in mails]
                    pool = self._pool
                    parsing = (
                        pool.submit(raws, context) if pool else PendingParse(raws, [], context)
                    )
                    batches.put(_Batch(mails, parsing))
            except BaseException as exc:  # handed to the storing thread, which raises it
                batches.put(exc)
            finally:
                batches.put(None)

        # Fetching (network, TLS) overlaps with storing (SQLite), and parsing runs on the
        # worker processes in between: three stages in flight at once.
        fetcher = threading.Thread(target=fetch_batches, name="imap-fetch", daemon=True)
        fetcher.start()
        try:
            while (item := batches.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                self._store(item, location, owner, rematch, report, total)
        finally:
            abandon.set()
            while fetcher.is_alive():
                with contextlib.suppress(queue.Empty):
                    batches.get(timeout=0.1)
            fetcher.join()
        if self._stop.is_set():
            raise SyncCancelled()

    def _pending_rematch(self, folder_id: int) -> dict[str, int]:
        with self.db.reader() as session:
            rows = session.execute(
                select(Message.message_id, Message.id).where(
                    Message.folder_id == folder_id,
                    Message.uid.is_(None),
                    Message.expunged_at.is_(None),
                )
            ).all()
            return dict(rows)

    def _store(
        self,
        batch: _Batch,
        location: Location,
        owner: frozenset[str],
        rematch: dict[str, int],
        report: FolderReport,
        total: int,
    ) -> None:
        from console.mail.ingest import Ingestor
        from console.reminders.followups import dissolve_answered

        parsed_list = batch.parsing.result()
        archive_before = utcnow() - ARCHIVE_AFTER
        with self.db.session() as session:
            ingestor = Ingestor(session, owner, archive_before=archive_before, bulk=True)
            for mail, (parsed, prepared, reading) in zip(batch.mails, parsed_list, strict=True):
                previous = rematch.pop(parsed.message_id, None)
                if previous is not None:
                    session.execute(
                        update(Message)
                        .where(Message.id == previous)
                        .values(
                            uid=mail.uid,
                            uidvalidity=location.uidvalidity,
                            flags=" ".join(mail.flags),
                            modseq=mail.modseq,
                        )
                    )
                    report.rematched += 1
                    continue
                ingestor.store(location, mail, parsed, prepared, reading)
                report.new += 1
                if parsed.parse_error:
                    report.unparsed += 1
            ingestor.finish()
        if ingestor.answered:
            # "Remind me if no reply": a customer's answer ends those reminders.
            dissolve_answered(
                self.db, now=utcnow(), author="sync", conversation_ids=ingestor.answered
            )
        if self._progress:
            done = report.new + report.rematched
            self._progress(SyncProgress(self.account.email, report.folder, done, total))
