"""``shopkeeper backup [list | restore FILE]``.

A restore refuses while the app has the data folder open (it holds the folder's app
lock) or a sync runs (the sync lock): it would replace the database under them.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from console.cli.context import CliError, Context


def register(commands: Any) -> None:
    backup = commands.add_parser("backup", help="back up the database, list or restore backups")
    actions = backup.add_subparsers(dest="action", metavar="ACTION")
    backup.set_defaults(handler=_take)
    listing = actions.add_parser("list", help="list backups, newest first")
    listing.set_defaults(handler=_list)
    restore = actions.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", help="a backup file (see 'backup list')")
    restore.set_defaults(handler=_restore)


def _take(context: Context, args: argparse.Namespace) -> int:
    from console.storage.backup import take_backup

    context.db.close()  # make sure the file exists and is migrated
    backup = take_backup(context.data_dir.database, context.data_dir.backups, datetime.now(UTC))
    print(f"Backed up to {backup.path}")
    return 0


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.storage.backup import summarize_backups

    backups = summarize_backups(context.data_dir.backups)
    if not backups:
        print("No backups yet.")
    for summary in backups:
        backup, size = summary.backup, summary.size / 1e6
        kind = summary.kind.value if summary.kind is not None else ""
        print(f"{backup.taken_at:%Y-%m-%d %H:%M} UTC  {size:8.1f} MB  {kind:<6}  {backup.path}")
    return 0


def _restore(context: Context, args: argparse.Namespace) -> int:
    from console.storage.backup import restore_data_dir
    from console.storage.lock import APP_LOCK, DirectoryLock, LockHeld

    app = DirectoryLock(context.data_dir.root, APP_LOCK)
    try:
        app.acquire()
    except LockHeld as exc:
        raise CliError(
            "Shopkeeper is open on this data folder: restore from File > Backups... in the "
            "app, or quit the app and try again."
        ) from exc
    try:  # and no sync may run meanwhile: restore_data_dir takes the sync lock
        safety = restore_data_dir(context.data_dir, Path(args.file), datetime.now(UTC))
    finally:
        app.release()
    print(f"Restored {args.file}. The database as it was is saved in {safety.path}.")
    return 0
