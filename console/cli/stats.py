"""``shopkeeper stats``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from console.cli.context import Context


def register(commands: Any) -> None:
    stats = commands.add_parser("stats", help="counts of what is stored")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=_stats)


def _stats(context: Context, args: argparse.Namespace) -> int:
    from console.storage.stats import store_stats

    result = store_stats(context.db).as_dict()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:14} {value}")
    return 0
