"""``shopkeeper backup [list | restore FILE]``."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from console.cli.context import Context


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
    from console.storage.backup import list_backups

    backups = list_backups(context.data_dir.backups)
    if not backups:
        print("No backups yet.")
    for backup in backups:
        size = backup.path.stat().st_size / 1e6
        print(f"{backup.taken_at:%Y-%m-%d %H:%M} UTC  {size:8.1f} MB  {backup.path}")
    return 0


def _restore(context: Context, args: argparse.Namespace) -> int:
    from console.storage.backup import restore_backup
    from console.storage.lock import DirectoryLock

    with DirectoryLock(context.data_dir.root):  # no sync may run meanwhile
        safety = restore_backup(
            Path(args.file), context.data_dir.database, context.data_dir.backups, datetime.now(UTC)
        )
    print(f"Restored {args.file}. The database as it was is saved in {safety.path}.")
    return 0
