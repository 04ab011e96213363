"""``shopkeeper promises detect``: the promises in a text read from stdin, as JSON lines."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from console.cli.clock_args import add_clock_arguments, parse_now, parse_zone
from console.cli.context import CliError, Context
from console.promises.languages import SUPPORTED, UnsupportedLanguage


def register(commands: Any) -> None:
    promises = commands.add_parser("promises", help="promises in the owner's own words")
    actions = promises.add_subparsers(dest="promises_command", metavar="ACTION", required=True)
    detect = actions.add_parser(
        "detect",
        help="print the promises in the text on stdin, one JSON object per line",
        description="Reads the owner's text on stdin and prints one JSON object per promise: "
        '{"action": "call", "due": "2026-11-25" or "2026-11-24T14:00", "text": "…"}. '
        "Prints nothing when there is none.",
    )
    detect.add_argument(
        "--lang", required=True, help=f"the text's language ({', '.join(SUPPORTED)})"
    )
    add_clock_arguments(detect)
    detect.add_argument(
        "--country", help="public holidays of this country (default: from the language)"
    )
    detect.add_argument(
        "--full", action="store_true", help="also print UTC instants and closed-day flags"
    )
    detect.set_defaults(handler=_detect)


def _detect(context: Context, args: argparse.Namespace) -> int:
    from console.promises.detect import detect_promises
    from console.promises.due import LANGUAGE_COUNTRY, BusinessHours

    tz = parse_zone(args.tz)
    now = parse_now(args.now, tz)
    country = args.country or LANGUAGE_COUNTRY.get(args.lang.split("-")[0].lower())
    hours = BusinessHours(country=country.upper() if country else None)
    text = sys.stdin.read()
    try:
        found = detect_promises(text, args.lang, now, tz, hours)
    except UnsupportedLanguage as exc:
        raise CliError(str(exc)) from None
    for promise in found:
        record = promise.as_json()
        if args.full:
            record |= {
                "by": promise.due.by,
                "due_at": promise.due_at.isoformat(),
                "window_end": promise.window_end.isoformat(),
                "closed_day": promise.closed_day,
                "holiday": promise.holiday,
            }
        print(json.dumps(record, ensure_ascii=False))
    return 0
