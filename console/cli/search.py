"""``shopkeeper search QUERY``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from console.cli.context import Context


def register(commands: Any) -> None:
    search = commands.add_parser("search", help="full-text search over all mail")
    search.add_argument("query", nargs="+")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="one JSON array of hits")
    search.set_defaults(handler=_search)


def _search(context: Context, args: argparse.Namespace) -> int:
    from console.search.query import search_messages

    hits = search_messages(context.db, " ".join(args.query), limit=args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "message_id": h.message_id,
                        "conversation_id": h.conversation_id,
                        "date": h.date.isoformat() if h.date else None,
                        "from": {"name": h.from_name, "email": h.from_email},
                        "subject": h.subject,
                        "snippet": h.snippet,
                        "rank": round(h.rank, 4),
                    }
                    for h in hits
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not hits:
        print("No matches.")
    for h in hits:
        when = h.date.strftime("%Y-%m-%d") if h.date else "          "
        sender = h.from_name or h.from_email
        print(f"{when}  {sender[:28]:28}  {h.subject[:70]}")
    return 0
