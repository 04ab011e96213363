"""``shopkeeper import PATH`` and ``shopkeeper export``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from console.cli.context import Context


def register(commands: Any) -> None:
    importer = commands.add_parser("import", help="import mail from mbox, Maildir or .eml files")
    importer.add_argument("paths", nargs="+", metavar="PATH")
    importer.set_defaults(handler=_import)

    exporter = commands.add_parser("export", help="export mail as mbox")
    exporter.add_argument("--conversation", type=int, help="only this conversation (its id)")
    exporter.add_argument("-o", "--output", help="the mbox file to write")
    exporter.add_argument(
        "--everything",
        metavar="DIR",
        help="export all data into a new folder: mail as mbox, the rest as JSON and CSV",
    )
    exporter.set_defaults(handler=_export)


def _import(context: Context, args: argparse.Namespace) -> int:
    from console.mail.mailbox_io import import_path
    from console.mail.parse_pool import ParsePool

    with ParsePool() as pool:
        for name in args.paths:
            report = import_path(context.db, Path(name), pool=pool)
            extra = f", {report.unparsed} stored raw (unparseable)" if report.unparsed else ""
            print(f"{name}: {report.imported} imported, {report.duplicates} already there{extra}")
    return 0


def _export(context: Context, args: argparse.Namespace) -> int:
    from console.mail.mailbox_io import export_mbox
    from console.storage.export_all import export_everything

    if args.everything:
        counts = export_everything(context.db, Path(args.everything))
        for name, count in counts.items():
            print(f"{name:28} {count}")
        print(f"Everything is in {args.everything}")
        return 0

    suffix = f"-conversation-{args.conversation}" if args.conversation else ""
    output = Path(args.output or f"shopkeeper-export{suffix}-{date.today():%Y%m%d}.mbox")
    count = export_mbox(context.db, output, args.conversation)
    print(f"Wrote {count} messages to {output}")
    return 0
