"""The headless command line: ``shopkeeper [--data-dir DIR] COMMAND …``.

Start-up time matters (scripts run many short commands): command modules import their
heavy dependencies (mail, database, keyring) inside their handlers, not at the top.

Every failure the user can cause or meet (bad arguments, wrong password, unreachable
server, refused certificate, missing file) ends in one clear line on stderr and a
non-zero exit — never a traceback.  Unexpected errors are logged in full to the data
directory's log file and summarized in one line.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from console.cli import accounts, backups, mailbox_commands, search, stats, sync
from console.cli import callbacks as callback_commands
from console.cli import customers as customer_commands
from console.cli import orders as order_commands
from console.cli import outbox as outbox_commands
from console.cli import promises as promise_commands
from console.cli import reminders as reminder_commands
from console.cli import templates as template_commands
from console.cli.context import Context
from console.errors import UserError
from console.logs import configure_logging

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

log = logging.getLogger("shopkeeper")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
        raise SystemExit(EXIT_USAGE)


COMMANDS = (
    "account",
    "sync",
    "search",
    "stats",
    "import",
    "export",
    "backup",
    "send",
    "outbox",
    "templates",
    "orders",
    "callbacks",
    "customers",
    "promises",
    "reminders",
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="shopkeeper",
        description="Shopkeeper: customer mail, callbacks, orders and promises in one inbox. "
        "Without a command, the desktop app starts.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where the database lives")
    parser.add_argument("--demo", action="store_true", help="use the sample shop")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    accounts.register(commands)
    sync.register(commands)
    backups.register(commands)
    search.register(commands)
    stats.register(commands)
    mailbox_commands.register(commands)
    outbox_commands.register(commands)
    template_commands.register(commands)
    order_commands.register(commands)
    callback_commands.register(commands)
    customer_commands.register(commands)
    promise_commands.register(commands)
    reminder_commands.register(commands)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a headless command and return the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    context = Context.from_args(args)
    configure_logging(context.data_dir.logs, verbose=args.verbose, stderr=False)
    try:
        return int(args.handler(context, args) or 0)
    except KeyboardInterrupt:
        sys.stderr.write("shopkeeper: interrupted\n")
        return 130
    except UserError as exc:
        hint = f" {exc.hint}" if exc.hint else ""
        sys.stderr.write(f"shopkeeper: error: {exc}{hint}\n")
        return EXIT_ERROR
    except Exception as exc:
        context.log_exception(exc)
        sys.stderr.write(
            f"shopkeeper: internal error: {type(exc).__name__}: {exc} "
            f"(details in {context.log_file})\n"
        )
        return EXIT_INTERNAL
    finally:
        context.close()


def is_headless(argv: Sequence[str]) -> bool:
    """True when ``argv`` names a command (or asks for help) rather than the app."""
    args = iter(argv)
    for arg in args:
        if arg == "--data-dir":
            next(args, None)
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def entry() -> None:
    raise SystemExit(run(sys.argv[1:]))
