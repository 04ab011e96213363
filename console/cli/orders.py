"""``shopkeeper orders list|import|backfill``.

The order modules are imported inside the handlers: every command's start stays fast.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from console.cli.context import Context

PLATFORMS = ("woocommerce", "shopify", "generic")


def register(commands: Any) -> None:
    orders = commands.add_parser("orders", help="list and import shop orders")
    actions = orders.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="orders, newest first")
    listing.add_argument("--customer", metavar="EMAIL", help="only this customer's orders")
    listing.add_argument("--limit", type=int, default=None)
    listing.add_argument("--json", action="store_true", help="one JSON array of orders")
    listing.set_defaults(handler=_list)

    importing = actions.add_parser("import", help="import an order export file (CSV)")
    importing.add_argument("csv", metavar="CSV", type=Path)
    importing.add_argument(
        "--platform", choices=PLATFORMS, help="the file's format (default: from its header)"
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="which column holds which field (number, date, status, email, name, phone, "
        "total, currency, item_name, item_quantity, item_price, …)",
    )
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(handler=_import)

    backfill = actions.add_parser(
        "backfill", help="find orders, callbacks and order numbers in mail already stored"
    )
    backfill.add_argument("--json", action="store_true")
    backfill.set_defaults(handler=_backfill)


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.orders.queries import list_orders, order_as_json

    orders = list_orders(context.db, email=args.customer, limit=args.limit)
    if args.json:
        print(json.dumps([order_as_json(o) for o in orders], ensure_ascii=False, indent=2))
        return 0
    if not orders:
        print("No orders.")
    for order in orders:
        when = order.placed_at.strftime("%Y-%m-%d") if order.placed_at else "          "
        total = order.total_display()
        who = order.customer_name or order.email
        print(f"{when}  #{order.number:<12} {order.status.value:<10} {total:>14}  {who[:30]}")
    return 0


def _import(context: Context, args: argparse.Namespace) -> int:
    from console.orders.csv_import import import_orders_csv, parse_mapping
    from console.orders.types import Platform

    report = import_orders_csv(
        context.db,
        args.csv,
        parse_mapping(args.map),
        platform=Platform(args.platform) if args.platform else None,
    )
    if args.json:
        print(
            json.dumps(
                {
                    "platform": report.platform.value,
                    "rows": report.rows,
                    "orders": report.orders,
                    "created": report.created,
                    "updated": report.updated,
                    "unchanged": report.unchanged,
                    "skipped": report.skipped,
                    "errors": [{"line": line, "error": why} for line, why in report.errors],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(
        f"{report.orders} orders from {report.rows} rows ({report.platform.value}): "
        f"{report.created} new, {report.updated} updated, {report.unchanged} unchanged"
        + (f", {report.skipped} rows skipped" if report.skipped else "")
    )
    for line, why in report.errors[:10]:
        print(f"  line {line}: {why}")
    return 0


def _backfill(context: Context, args: argparse.Namespace) -> int:
    from console.mail.classify import backfill

    report = backfill(context.db)
    if args.json:
        print(
            json.dumps(
                {
                    "messages": report.messages,
                    "orders": report.orders,
                    "orders_created": report.orders_created,
                    "callbacks": report.callbacks,
                    "flagged": report.flagged,
                    "mentions": report.mentions,
                },
                indent=2,
            )
        )
        return 0
    print(
        f"{report.messages} messages: {report.orders_created} new orders "
        f"({report.orders} order mails), {report.callbacks} callback requests, "
        f"{report.flagged} order mails that could not be read"
    )
    return 0
