"""``shopkeeper reminders list|add|done|snooze|dismiss|due|report``."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from console.cli.clock_args import add_clock_arguments, parse_now, parse_zone
from console.cli.context import CliError, Context, author_name
from console.promises.languages import SUPPORTED, UnsupportedLanguage
from console.reminders.kinds import ReminderKind, ReminderSource, SnoozeOption

if TYPE_CHECKING:
    from console.reminders.shop import ShopClock
    from console.reminders.store import ReminderView

# The database, dateparser and holidays are imported inside the handlers: start-up time.


def register(commands: Any) -> None:
    reminders = commands.add_parser("reminders", help="promises and reminders to keep")
    actions = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="overdue, today and upcoming reminders")
    listing.add_argument("--json", action="store_true", help="one JSON object per reminder")
    add_clock_arguments(listing)
    listing.set_defaults(handler=_list)

    add = actions.add_parser("add", help='add a reminder: "next Wed 10:00 call Ana"')
    add.add_argument("text", help="when and what, in the owner's words")
    add.add_argument("--lang", default="en", help=f"the text's language ({', '.join(SUPPORTED)})")
    add.add_argument("--customer", type=int, help="the customer's id")
    add.add_argument("--json", action="store_true")
    add_clock_arguments(add)
    add.set_defaults(handler=_add)

    done = actions.add_parser("done", help="mark a reminder done (a promise kept)")
    done.add_argument("id", type=int)
    add_clock_arguments(done)
    done.set_defaults(handler=_done)

    snoozing = actions.add_parser("snooze", help="remind again later")
    snoozing.add_argument("id", type=int)
    which = snoozing.add_mutually_exclusive_group(required=True)
    which.add_argument("--for", dest="option", choices=[o.value for o in SnoozeOption])
    which.add_argument("--until", metavar="ISO-DATETIME")
    add_clock_arguments(snoozing)
    snoozing.set_defaults(handler=_snooze)

    dismissing = actions.add_parser("dismiss", help="drop a reminder")
    dismissing.add_argument("id", type=int)
    add_clock_arguments(dismissing)
    dismissing.set_defaults(handler=_dismiss)

    due = actions.add_parser(
        "due", help="reminders to show now (also those that came due while closed)"
    )
    due.add_argument("--json", action="store_true")
    add_clock_arguments(due)
    due.set_defaults(handler=_due)

    reliability = actions.add_parser("report", help="promises kept on time, in percent")
    reliability.add_argument("--period", choices=("week", "month"), default="week")
    reliability.add_argument("--json", action="store_true")
    add_clock_arguments(reliability)
    reliability.set_defaults(handler=_report)


def _clock(context: Context, args: argparse.Namespace) -> tuple[ShopClock, datetime]:
    from console.reminders.shop import ShopClock, load_clock

    clock = load_clock(context.db)
    if args.tz:
        clock = ShopClock(parse_zone(args.tz), clock.hours)
    return clock, parse_now(args.now, clock.tz)


def _author(context: Context) -> str:
    from console.storage.settings import OWNER_NAME, get_setting

    with context.db.reader() as session:
        name = get_setting(session, OWNER_NAME)
    return str(name) if name else author_name()


def _line(item: ReminderView, tz: ZoneInfo) -> str:
    due = item.as_json(tz)["due"]
    return f"#{item.id:<4} {due!s:16} {item.action.value:9} {item.title}"


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.reminders.followups import dissolve_answered
    from console.reminders.store import agenda

    clock, now = _clock(context, args)
    dissolve_answered(context.db, now=now, author=_author(context))
    lists = agenda(context.db, now=now, tz=clock.tz)
    sections = (("overdue", lists.overdue), ("today", lists.today), ("upcoming", lists.upcoming))
    if args.json:
        for name, items in sections:
            for item in items:
                print(json.dumps({"when": name, **item.as_json(clock.tz)}, ensure_ascii=False))
        return 0
    for name, items in sections:
        if items:
            print(f"{name.capitalize()}:")
            for item in items:
                print("  " + _line(item, clock.tz))
    if not any(items for _, items in sections):
        print("No open reminders.")
    return 0


def _add(context: Context, args: argparse.Namespace) -> int:
    from console.reminders.natural import read_reminder
    from console.reminders.store import add_reminder, view

    clock, now = _clock(context, args)
    try:
        typed = read_reminder(args.text, args.lang, now=now, tz=clock.tz, hours=clock.hours)
    except UnsupportedLanguage as exc:
        raise CliError(str(exc)) from None
    if typed is None:
        raise CliError(f"no date or time found in '{args.text}' (e.g. \"tomorrow 10:00 call Ana\")")
    with context.db.session() as session:
        row = add_reminder(
            session,
            kind=ReminderKind.MANUAL,
            action=typed.action,
            title=typed.title,
            due_at=typed.resolved.due_at,
            due_is_date_only=typed.resolved.date_only,
            window_end=typed.resolved.window_end,
            now=now,
            author=_author(context),
            customer_id=args.customer,
            source_text=args.text,
            source=ReminderSource.MANUAL,
            language=args.lang,
        )
        item = view(row)
    if args.json:
        print(json.dumps(item.as_json(clock.tz), ensure_ascii=False))
    else:
        closed = " (the shop is closed that day)" if typed.resolved.closed_day else ""
        print(f"Added {_line(item, clock.tz)}{closed}")
    return 0


def _done(context: Context, args: argparse.Namespace) -> int:
    from console.reminders.store import ReminderNotFound, mark_done

    clock, now = _clock(context, args)
    try:
        item = mark_done(context.db, args.id, now=now, author=_author(context))
    except ReminderNotFound as exc:
        raise CliError(str(exc)) from None
    print(f"Done {_line(item, clock.tz)}")
    return 0


def _snooze(context: Context, args: argparse.Namespace) -> int:
    from console.reminders.store import ReminderNotFound, snooze, snooze_until

    clock, now = _clock(context, args)
    if args.until:
        until = parse_now(args.until, clock.tz)
    else:
        until = snooze_until(SnoozeOption(args.option), now=now, tz=clock.tz, hours=clock.hours)
    try:
        item = snooze(context.db, args.id, until=until, now=now, author=_author(context))
    except ReminderNotFound as exc:
        raise CliError(str(exc)) from None
    print(f"Snoozed until {until.astimezone(clock.tz):%Y-%m-%d %H:%M}: {_line(item, clock.tz)}")
    return 0


def _dismiss(context: Context, args: argparse.Namespace) -> int:
    from console.reminders.store import ReminderNotFound, dismiss

    clock, now = _clock(context, args)
    try:
        item = dismiss(context.db, args.id, now=now, author=_author(context))
    except ReminderNotFound as exc:
        raise CliError(str(exc)) from None
    print(f"Dismissed {_line(item, clock.tz)}")
    return 0


def _due(context: Context, args: argparse.Namespace) -> int:
    from console.reminders.followups import dissolve_answered
    from console.reminders.store import take_due_notifications

    clock, now = _clock(context, args)
    dissolve_answered(context.db, now=now, author=_author(context))
    for item in take_due_notifications(context.db, now=now):
        if args.json:
            print(json.dumps(item.as_json(clock.tz), ensure_ascii=False))
        else:
            print(_line(item, clock.tz))
    return 0


def _report(context: Context, args: argparse.Namespace) -> int:
    from console.reminders import report

    clock, now = _clock(context, args)
    start, end = (report.week if args.period == "week" else report.month)(now, clock.tz)
    result = report.reliability(context.db, start=start, end=end, now=now)
    if args.json:
        print(json.dumps(result.as_json()))
        return 0
    percent = "—" if result.percent is None else f"{result.percent:.0f}%"
    print(
        f"This {args.period}: {result.kept_on_time} kept on time, {result.kept_late} late, "
        f"{result.missed} missed, {result.open} still open — reliability {percent}"
    )
    return 0
