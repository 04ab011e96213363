"""``shopkeeper customers show|merge|split``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from console.cli.context import CliError, Context, author_name


def register(commands: Any) -> None:
    customers = commands.add_parser("customers", help="show, merge or split customers")
    actions = customers.add_subparsers(dest="action", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="a customer with addresses, phones, orders, calls")
    show.add_argument("who", metavar="EMAIL-OR-PHONE")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    merge = actions.add_parser("merge", help="merge customer B into customer A")
    merge.add_argument("a", metavar="A", help="email, phone or id of the customer to keep")
    merge.add_argument("b", metavar="B", help="email, phone or id of the customer merged in")
    merge.set_defaults(handler=_merge)

    split = actions.add_parser("split", help="make one address of a customer a customer")
    split.add_argument("email")
    split.set_defaults(handler=_split)


def _author(context: Context) -> str:
    from console.storage.settings import OWNER_NAME, get_setting

    with context.db.reader() as session:
        name = get_setting(session, OWNER_NAME)
    return str(name) if name else author_name()


def _find(context: Context, who: str) -> int:
    from console.customers.lookup import find_customer

    customer_id = find_customer(context.db, who)
    if customer_id is None:
        raise CliError(f"no customer with {who!r} (give an email address, a phone or an id)")
    return customer_id


def _show(context: Context, args: argparse.Namespace) -> int:
    from console.callbacks.queue import callback_queue
    from console.customers.lookup import customer_summary
    from console.customers.phones import display_phone
    from console.orders.queries import order_as_json, orders_for_customer
    from console.storage.models import utcnow

    customer_id = _find(context, args.who)
    summary = customer_summary(context.db, customer_id)
    if summary is None:  # pragma: no cover - deleted between the two reads
        raise CliError(f"customer {customer_id} no longer exists")
    orders = orders_for_customer(context.db, customer_id)
    callbacks = [
        e
        for e in callback_queue(context.db, utcnow(), include_closed=True)
        if e.customer_id == customer_id
    ]
    if args.json:
        print(
            json.dumps(
                {
                    "id": summary.id,
                    "name": summary.name,
                    "kind": summary.kind,
                    "company": summary.company,
                    "vat_number": summary.vat_number,
                    "language": summary.language,
                    "birthday": summary.birthday,
                    "notes": summary.notes,
                    "emails": list(summary.emails),
                    "phones": list(summary.phones),
                    "first_order_at": summary.first_order_at.isoformat()
                    if summary.first_order_at
                    else None,
                    "conversations": summary.conversation_count,
                    "orders": [order_as_json(o) for o in orders],
                    "callbacks": [
                        {
                            "id": e.id,
                            "status": e.status.value,
                            "phone": e.phone,
                            "requested_at": e.requested_at.isoformat(),
                            "preferred_window": e.window_text,
                            "topic": e.topic,
                        }
                        for e in callbacks
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"{summary.name}  (customer {summary.id})")
    for email in summary.emails:
        print(f"  email  {email}")
    for phone in summary.phones:
        print(f"  phone  {display_phone(phone)}")
    print(f"  {summary.conversation_count} conversations, {len(orders)} orders, "
          f"{summary.open_callbacks} open callback requests")  # fmt: skip
    for order in orders[:10]:
        when = order.placed_at.strftime("%Y-%m-%d") if order.placed_at else ""
        print(f"  order  #{order.number} {when} {order.status.value} {order.total_display()}")
    return 0


def _merge(context: Context, args: argparse.Namespace) -> int:
    from console.customers.merge import merge_customers

    keep, other = _find(context, args.a), _find(context, args.b)
    if keep == other:
        raise CliError("both name the same customer")
    merge_customers(context.db, keep, other, _author(context))
    print(f"Customer {other} merged into customer {keep}.")
    return 0


def _split(context: Context, args: argparse.Namespace) -> int:
    from console.customers.merge import split_address

    customer_id = _find(context, args.email)
    new_id = split_address(context.db, customer_id, args.email, _author(context))
    print(f"{args.email} is now customer {new_id}.")
    return 0
