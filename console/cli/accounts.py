"""``shopkeeper account add|list|remove``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from console.cli.context import CliError, Context, author_name
from console.domain.security import Security

DEFAULT_PORTS = {
    ("imap", Security.SSL): 993,
    ("imap", Security.STARTTLS): 143,
    ("imap", Security.PLAIN): 143,
    ("smtp", Security.SSL): 465,
    ("smtp", Security.STARTTLS): 587,
    ("smtp", Security.PLAIN): 25,
}


def register(commands: Any) -> None:
    account = commands.add_parser("account", help="add, list or remove mail accounts")
    actions = account.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="add an account (password read from stdin)")
    add.add_argument("--email", required=True)
    add.add_argument("--name", default="", help="the shop's name shown as sender")
    add.add_argument("--imap-host", required=True)
    add.add_argument("--imap-port", type=int)
    add.add_argument("--security", choices=[s.value for s in Security], default="ssl")
    add.add_argument("--username", help="login name (default: the email address)")
    add.add_argument("--ca-file", help="trust this CA certificate file (PEM) for the servers")
    add.add_argument("--smtp-host")
    add.add_argument("--smtp-port", type=int)
    add.add_argument("--smtp-security", choices=[s.value for s in Security])
    add.add_argument("--smtp-username")
    add.add_argument("--folder", action="append", default=[], help="also sync this folder")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    add.set_defaults(handler=_add)

    listing = actions.add_parser("list", help="list accounts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)

    remove = actions.add_parser("remove", help="remove an account (its mail stays)")
    remove.add_argument("email")
    remove.set_defaults(handler=_remove)


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {args.email}: ")
    else:
        raise CliError("give the password on standard input with --password-stdin")
    if not password:
        raise CliError("the password is empty")
    return password


def _add(context: Context, args: argparse.Namespace) -> int:
    from console.accounts.store import AccountSettings, add_account

    security = Security(args.security)
    if args.ca_file and not Path(args.ca_file).is_file():
        raise CliError(f"the CA file {args.ca_file} does not exist")
    smtp_security = Security(args.smtp_security) if args.smtp_security else None
    if args.smtp_host and smtp_security is None:
        smtp_security = Security.SSL
    settings = AccountSettings(
        email=args.email,
        display_name=args.name,
        imap_host=args.imap_host,
        imap_port=args.imap_port or DEFAULT_PORTS[("imap", security)],
        imap_security=security,
        imap_username=args.username or args.email,
        ca_file=str(Path(args.ca_file).resolve()) if args.ca_file else None,
        smtp_host=args.smtp_host,
        smtp_port=(
            args.smtp_port or DEFAULT_PORTS[("smtp", smtp_security)] if smtp_security else None
        ),
        smtp_security=smtp_security,
        smtp_username=args.smtp_username or (args.username if args.smtp_host else None),
        extra_folders=tuple(args.folder),
    )
    password = _read_password(args)
    add_account(context.db, settings, password, author=author_name())
    print(f"Added {settings.email.lower()} (password stored in the system keyring).")
    return 0


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.accounts.store import list_accounts

    accounts = list_accounts(context.db)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "email": a.email,
                        "imap_host": a.imap_host,
                        "imap_port": a.imap_port,
                        "security": a.imap_security.value,
                        "username": a.imap_username,
                        "smtp_host": a.smtp_host,
                        "smtp_port": a.smtp_port,
                    }
                    for a in accounts
                ],
                indent=2,
            )
        )
        return 0
    if not accounts:
        print("No accounts yet. Add one with: shopkeeper account add --email … --imap-host …")
    for a in accounts:
        print(f"{a.email}\t{a.imap_host}:{a.imap_port} ({a.imap_security.value})")
    return 0


def _remove(context: Context, args: argparse.Namespace) -> int:
    from console.accounts.store import remove_account

    remove_account(context.db, args.email, author=author_name())
    print(f"Removed {args.email.lower()}; its mail stays in the history.")
    return 0
