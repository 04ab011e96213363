"""Is there anything to sync?  Answered without the ORM, for ``shopkeeper sync --once``.

A sync run from a timer usually finds nothing new, and then the full sync does no more
than this: list the folders, SELECT each one and compare what the server says with what
the last sync stored (:class:`~console.mail.folders.FolderMarks`).  Done here with the
standard library's ``sqlite3`` (read-only) and imapclient, the check skips importing
SQLAlchemy, the models and the parser — most of a short command's time.

:func:`up_to_date` gives up (returns None) whenever it is not certain: a database of
an older schema, an account or folder it does not know, a folder gone from the server,
a server without CONDSTORE, any error at all.  The caller then runs the full sync, which
handles and reports everything.  The check writes nothing.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from console.domain.security import Security
from console.mail.folders import FolderMarks, folders_to_sync, list_remote
from console.mail.imap_connect import ImapEndpoint, close_quietly, connect
from console.storage.revisions import head_revision


@dataclass(frozen=True, slots=True)
class _Account:
    id: int
    email: str
    endpoint: ImapEndpoint
    extra_folders: tuple[str, ...]


StoredFolders = dict[int, dict[str, FolderMarks]]
"""Account id → folder name → what the last sync saw."""


def _read(database: Path, only: str | None) -> tuple[list[_Account], StoredFolders]:
    uri = f"{database.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != head_revision():
            raise LookupError("the database needs its migrations")
        rows = connection.execute(
            "SELECT id, email, imap_host, imap_port, imap_security, imap_username, ca_file,"
            " extra_folders FROM accounts ORDER BY id"
        ).fetchall()
        accounts = [
            _Account(
                id=row[0],
                email=row[1],
                endpoint=ImapEndpoint(
                    host=row[2],
                    port=row[3],
                    security=Security(row[4]),
                    username=row[5],
                    ca_file=row[6],
                ),
                extra_folders=tuple(json.loads(row[7] or "[]")),
            )
            for row in rows
            if only is None or row[1] == only.lower()
        ]
        folders: StoredFolders = {}
        for account_id, name, uidvalidity, uidnext, exists, modseq in connection.execute(
            "SELECT account_id, name, uidvalidity, uidnext, exists_count, highestmodseq"
            " FROM folders"
        ):
            marks = FolderMarks(uidvalidity, uidnext, exists, modseq)
            folders.setdefault(account_id, {})[name] = marks
    return accounts, folders


def _account_unchanged(account: _Account, password: str, stored: dict[str, FolderMarks]) -> bool:
    client = connect(account.endpoint, password)
    try:
        listing = list_remote(client)
        if set(stored) - {name for _flags, _delimiter, name in listing}:
            return False  # a folder went away: the full sync keeps its mail, marked
        condstore = client.has_capability("CONDSTORE")
        for folder in folders_to_sync(listing, account.extra_folders):
            known = stored.get(folder.name)
            status = client.select_folder(folder.name, readonly=True)
            if known is None or not FolderMarks.from_select(status, condstore).unchanged_since(
                known
            ):
                return False
        return True
    finally:
        close_quietly(client)


def up_to_date(
    database: Path, password_of: Callable[[str], str | None], only: str | None = None
) -> list[str] | None:
    """The accounts' addresses when every one of them is up to date; None otherwise.

    ``password_of`` gives an account's password (from the keyring); ``only`` limits the
    check to that account.
    """
    try:
        accounts, folders = _read(database, only)
        if not accounts or any(account.id not in folders for account in accounts):
            return None  # an account never synced: no need to ask its server
        for account in accounts:
            password = password_of(account.email)
            if password is None or not _account_unchanged(
                account, password, folders.get(account.id, {})
            ):
                return None
    except Exception:  # not certain: the full sync decides, and reports any problem
        return None
    return [account.email for account in accounts]


def never_synced(database: Path, only: str | None = None) -> bool:
    """Whether an account (``only``: that one) has no folder synced yet: its first sync
    fetches everything, and is worth preparing for (the parse workers)."""
    try:
        accounts, folders = _read(database, only)
    except Exception:  # unreadable or needs migrations: the full sync will tell
        return False
    return any(account.id not in folders for account in accounts)
