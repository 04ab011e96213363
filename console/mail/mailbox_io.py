"""Importing mail from files (mbox, Maildir, .eml) and exporting conversations as mbox."""

from __future__ import annotations

import hashlib
import mailbox
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exists, select

from console.errors import UserError
from console.mail.ingest import FetchedMail, Ingestor, Location, driver_connection
from console.mail.parse_pool import ParsePool, PendingParse
from console.mail.reading import reading_context
from console.storage.database import Database
from console.storage.models import Account, Message, MessageSource

IMPORT_BATCH = 300
IMPORT_LOCATION = Location(account_id=None, folder_id=None, uidvalidity=None, role="import")


class MailboxError(UserError, ValueError):
    """The path cannot be imported; the message is for the user."""


@dataclass(slots=True)
class ImportReport:
    read: int = 0
    imported: int = 0
    duplicates: int = 0
    unparsed: int = 0


def _is_mbox(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def iter_raw_messages(path: Path) -> Iterator[bytes]:
    """Every message under ``path``: a Maildir, a folder of .eml files, an mbox or one .eml."""
    if not path.exists():
        raise MailboxError(f"{path} does not exist.")
    if path.is_dir():
        if (path / "cur").is_dir() or (path / "new").is_dir():
            maildir = mailbox.Maildir(path, factory=None, create=False)
            for key in maildir.iterkeys():
                yield maildir.get_bytes(key)
            return
        files = sorted(p for p in path.rglob("*") if p.is_file())
        if not files:
            raise MailboxError(f"{path} contains no mail files.")
        for file in files:
            yield from iter_raw_messages(file)
        return
    if _is_mbox(path):
        box = mailbox.mbox(path, factory=None, create=False)
        for key in box.iterkeys():
            yield box.get_bytes(key, from_=False)
        return
    yield path.read_bytes()


def _batches(items: Iterator[bytes], size: int) -> Iterator[list[bytes]]:
    batch: list[bytes] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def import_path(
    db: Database,
    path: Path,
    *,
    pool: ParsePool | None = None,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    """Import every message under ``path``; messages already stored are skipped."""
    report = ImportReport()
    with db.reader() as session:
        owner = frozenset(session.scalars(select(Account.email)).all())
    for raws in _batches(iter_raw_messages(path), IMPORT_BATCH):
        with db.reader() as session:
            context = reading_context(driver_connection(session))
        pending = pool.submit(raws, context) if pool else PendingParse(raws, [], context)
        parsed_list = pending.result()
        with db.session() as session:
            ingestor = Ingestor(session, owner, bulk=True)
            for raw, (parsed, prepared, reading) in zip(raws, parsed_list, strict=True):
                report.read += 1
                if session.scalar(select(exists().where(Message.message_id == parsed.message_id))):
                    report.duplicates += 1
                    continue
                ingestor.store(IMPORT_LOCATION, FetchedMail(raw=raw), parsed, prepared, reading)
                report.imported += 1
                report.unparsed += parsed.parse_error is not None
            ingestor.finish()
        if progress:
            progress(report)
    return report


def export_mbox(db: Database, destination: Path, conversation_id: int | None = None) -> int:
    """Write the original messages (all, or one conversation's) to an mbox file."""
    if destination.exists():
        raise MailboxError(f"{destination} already exists; choose another file name.")
    query = (
        select(MessageSource.raw)
        .join(Message, Message.id == MessageSource.message_id)
        .order_by(Message.date, Message.id)
    )
    if conversation_id is not None:
        query = query.where(Message.conversation_id == conversation_id)
    box = mailbox.mbox(destination, create=True)
    count = 0
    seen: set[bytes] = set()
    try:
        box.lock()
        with db.reader() as session:
            for raw in session.scalars(query.execution_options(yield_per=200)):
                digest = hashlib.sha1(raw).digest()
                if digest in seen:
                    continue  # the same message stored in two folders
                seen.add(digest)
                box.add(raw)
                count += 1
        box.flush()
    finally:
        box.unlock()
        box.close()
    return count
