"""``shopkeeper callbacks list|add|log``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from console.cli.context import Context, author_name

OUTCOMES = ("reached", "no_answer", "voicemail", "wrong_number")


def register(commands: Any) -> None:
    callbacks = commands.add_parser("callbacks", help="callback requests: list, add, log calls")
    actions = callbacks.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="open requests, who to call first on top")
    listing.add_argument("--all", action="store_true", help="closed requests too")
    listing.add_argument("--json", action="store_true", help="one JSON array of requests")
    listing.set_defaults(handler=_list)

    add = actions.add_parser("add", help="record a request by hand")
    add.add_argument("--name", required=True)
    add.add_argument("--phone", required=True)
    add.add_argument("--email", default="")
    add.add_argument("--topic", default="")
    add.add_argument("--when", default="", help='preferred time, e.g. "nach 17 Uhr"')
    add.set_defaults(handler=_add)

    log = actions.add_parser("log", help="log a call to a request")
    log.add_argument("id", type=int)
    log.add_argument("outcome", choices=OUTCOMES)
    log.add_argument("--note", default="")
    log.set_defaults(handler=_log)


def _now() -> Any:
    from console.storage.models import utcnow

    return utcnow()


def _author(context: Context) -> str:
    from console.storage.settings import OWNER_NAME, get_setting

    with context.db.reader() as session:
        name = get_setting(session, OWNER_NAME)
    return str(name) if name else author_name()


def _window_json(text: str, window: Any) -> dict[str, object] | None:
    if not text and window is None:
        return None

    def hhmm(minutes: int | None) -> str | None:
        return None if minutes is None else f"{minutes // 60:02d}:{minutes % 60:02d}"

    return {
        "text": text,
        "from": hhmm(window.start) if window else None,
        "until": hhmm(window.end) if window else None,
    }


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.callbacks.queue import callback_queue

    entries = callback_queue(context.db, _now(), include_closed=args.all)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": e.id,
                        "status": e.status.value,
                        "name": e.name,
                        "phone": e.phone,
                        "email": e.email,
                        "requested_at": e.requested_at.isoformat(),
                        "due_at": e.due_at.isoformat(),
                        "preferred_window": _window_json(e.window_text, e.window),
                        "topic": e.topic,
                        "message": e.message,
                        "urgency": e.urgency.value if e.urgency else None,
                        "waiting_minutes": int(e.waiting.total_seconds() // 60),
                        "attempts": e.attempts,
                        "last_outcome": e.last_outcome.value if e.last_outcome else None,
                        "customer_id": e.customer_id,
                        "conversation_id": e.conversation_id,
                    }
                    for e in entries
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not entries:
        print("No callback requests.")
    for e in entries:
        when = e.window_text or e.due_at.astimezone().strftime("%H:%M")
        urgency = e.urgency.value if e.urgency else e.status.value
        print(f"{e.id:>4}  {urgency:<9}  {e.phone_display:<18} {e.name[:24]:<24} {when[:30]}")
    return 0


def _add(context: Context, args: argparse.Namespace) -> int:
    from console.callbacks.queue import new_callback

    callback_id = new_callback(
        context.db,
        name=args.name,
        phone=args.phone,
        email=args.email,
        topic=args.topic,
        window_text=args.when,
        now=_now(),
    )
    print(f"Callback request {callback_id} recorded.")
    return 0


def _log(context: Context, args: argparse.Namespace) -> int:
    from console.callbacks.queue import log_outcome
    from console.domain.events import CallOutcome

    result = log_outcome(
        context.db,
        args.id,
        CallOutcome(args.outcome),
        author=_author(context),
        note=args.note,
        now=_now(),
    )
    if result.suggested_retry_at is not None:
        retry = result.suggested_retry_at.astimezone().strftime("%H:%M")
        print(f"Logged. Try again at {retry}.")
    else:
        print(f"Logged; the request is {result.status.value}.")
    return 0
