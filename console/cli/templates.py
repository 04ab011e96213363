"""``shopkeeper templates list|export FILE|import FILE|render KEY --customer EMAIL``.

The starter templates are seeded on first use of a database, like in the app.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from console.cli.context import CliError, Context

Handler = Callable[[Context, argparse.Namespace], int]


def register(commands: Any) -> None:
    templates = commands.add_parser("templates", help="reply templates")
    actions = templates.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the templates and their languages")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_seeded(_list))
    export = actions.add_parser("export", help="write templates to a JSON file")
    export.add_argument("file")
    export.add_argument("--key", action="append", help="only this template (repeatable)")
    export.set_defaults(handler=_seeded(_export))
    imported = actions.add_parser("import", help="add templates from a JSON file")
    imported.add_argument("file")
    imported.add_argument(
        "--replace", action="store_true", help="overwrite templates with the same key"
    )
    imported.set_defaults(handler=_seeded(_import))
    rendered = actions.add_parser("render", help="fill in a template for a customer")
    rendered.add_argument("key")
    rendered.add_argument("--customer", metavar="EMAIL", required=True)
    rendered.add_argument("--lang", metavar="L", help="this language instead of the customer's")
    rendered.add_argument("--json", action="store_true")
    rendered.set_defaults(handler=_seeded(_render))


def _seeded(handler: Handler) -> Handler:
    def run(context: Context, args: argparse.Namespace) -> int:
        from console.templates.starter import ensure_starter_templates

        ensure_starter_templates(context.db)
        return handler(context, args)

    return run


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.templates.store import list_templates

    templates = list_templates(context.db)
    if args.json:
        rows = [
            {
                "key": t.key,
                "category": t.category,
                "shortcut": t.shortcut,
                "languages": list(t.languages),
            }
            for t in templates
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for t in templates:
        shortcut = f"Ctrl+{t.shortcut}" if t.shortcut else ""
        print(f"{t.key:<24} {t.category:<12} {shortcut:<7} {' '.join(t.languages)}")
    if not templates:
        print("There are no templates.")
    return 0


def _export(context: Context, args: argparse.Namespace) -> int:
    from console.templates.transfer import export_templates

    count = export_templates(context.db, Path(args.file), args.key)
    print(f"Exported {count} template{'s' if count != 1 else ''} to {args.file}.")
    return 0


def _import(context: Context, args: argparse.Namespace) -> int:
    from console.templates.transfer import import_templates

    report = import_templates(context.db, Path(args.file), replace=args.replace)
    parts = [f"{len(report.added)} added"]
    if report.updated:
        parts.append(f"{len(report.updated)} updated")
    if report.skipped:
        parts.append(
            f"{len(report.skipped)} kept as they were ({', '.join(report.skipped)}; "
            "use --replace to overwrite)"
        )
    print(f"Imported from {args.file}: {', '.join(parts)}.")
    return 0


def _render(context: Context, args: argparse.Namespace) -> int:
    from datetime import date

    from console.templates.context import context_for, language_preference
    from console.templates.render import render, render_subject
    from console.templates.store import choose_version, get_template

    db = context.db
    template = get_template(db, args.key)
    wanted = language_preference(db, customer_email=args.customer)
    choice = choose_version(
        template,
        customer_language=args.lang or wanted.customer,
        conversation_language=wanted.conversation,
        shop_language=wanted.shop,
    )
    if choice is None:
        raise CliError(f"the template {template.key} has no text yet")
    if args.lang and not choice.exact:
        raise CliError(
            f"the template {template.key} has no {args.lang} version "
            f"(it has: {', '.join(template.languages)})"
        )
    variables = context_for(
        db, language=choice.version.language, customer_email=args.customer, today=date.today()
    ).variables()
    subject = render_subject(choice.version.subject, variables)
    body = render(choice.version.body, variables)
    missing = list(dict.fromkeys([*subject.missing, *body.missing]))
    if args.json:
        result = {
            "key": template.key,
            "language": choice.version.language,
            "languages": list(choice.available),
            "subject": subject.text,
            "body": body.text,
            "missing": missing,
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"Subject: {subject.text}\n\n{body.text}")
    if missing:
        sys.stderr.write(f"missing values: {', '.join(missing)}\n")
    return 0
