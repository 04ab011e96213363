"""``shopkeeper send …`` and ``shopkeeper outbox list|retry|cancel``.

``send`` writes the message to the outbox first, then sends everything that is due.
Exit status: 0 sent, 1 refused (the reason is printed), 75 (EX_TEMPFAIL) still queued
because the server could not be reached — the message is safe in the outbox and goes
out with ``shopkeeper outbox retry`` or when the app runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from console.cli.context import CliError, Context, author_name

if TYPE_CHECKING:
    from console.outbox.compose import Draft, Recipient
    from console.outbox.queue import OutboxEntry

EXIT_QUEUED = 75


def register(commands: Any) -> None:
    send = commands.add_parser("send", help="write a message and send it (through the outbox)")
    send.add_argument("--to", action="append", default=[], metavar="ADDR", help="recipient")
    send.add_argument("--cc", action="append", default=[], metavar="ADDR")
    send.add_argument("--subject", help="the subject (a reply: 'Re: …' of the conversation)")
    send.add_argument("--reply-to-conversation", type=int, metavar="ID", dest="conversation")
    send.add_argument("--template", metavar="KEY", help="start from this template")
    send.add_argument("--lang", metavar="L", help="the template's language")
    send.add_argument("--body-stdin", action="store_true", help="read the text from stdin")
    send.add_argument("--attach", action="append", default=[], metavar="FILE")
    send.add_argument("--account", metavar="EMAIL", help="send from this account")
    send.add_argument("--no-quote", action="store_true", help="do not quote the message")
    send.add_argument(
        "--allow-gaps", action="store_true", help="send even if template values are missing"
    )
    send.set_defaults(handler=_send)

    outbox = commands.add_parser("outbox", help="messages on their way out")
    actions = outbox.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the outbox, newest first")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=_list)
    again = actions.add_parser("retry", help="retry failed messages and send what waits")
    again.add_argument("id", nargs="?", type=int, help="only this message")
    again.set_defaults(handler=_retry)
    cancel = actions.add_parser("cancel", help="take back a message not sent yet")
    cancel.add_argument("id", type=int)
    cancel.set_defaults(handler=_cancel)


def _recipient(text: str) -> Recipient:
    from email.utils import parseaddr

    from console.outbox.compose import Recipient

    name, address = parseaddr(text)
    if not address or "@" not in address:
        raise CliError(f"'{text}' is not an email address")
    return Recipient(email=address, name=name)


def _account_id(context: Context, email: str) -> int:
    from console.accounts.store import get_account

    account = get_account(context.db, email)
    assert account.id is not None
    return account.id


def _template_text(
    context: Context, args: argparse.Namespace, draft: Draft
) -> tuple[str | None, str, list[str]]:
    """(subject or None, body, missing values) from ``--template``."""
    from console.outbox.preferences import normalize_language
    from console.templates.context import context_for, language_preference
    from console.templates.render import render, render_subject
    from console.templates.starter import ensure_starter_templates
    from console.templates.store import choose_version, get_template

    db = context.db
    ensure_starter_templates(db)
    template = get_template(db, args.template)
    language = normalize_language(args.lang)
    if args.lang and language not in template.versions:
        raise CliError(
            f"the template {template.key} has no {args.lang} version "
            f"(it has: {', '.join(template.languages)})"
        )
    customer_email = draft.to[0].email if draft.to else None
    wanted = language_preference(
        db, conversation_id=draft.conversation_id, customer_email=customer_email
    )
    choice = choose_version(
        template,
        customer_language=language or wanted.customer,
        conversation_language=wanted.conversation,
        shop_language=wanted.shop,
    )
    if choice is None:
        raise CliError(f"the template {template.key} has no text yet")
    values = context_for(
        db,
        language=choice.version.language,
        conversation_id=draft.conversation_id,
        customer_email=customer_email,
        customer_name=draft.to[0].name if draft.to else None,
    ).variables()
    body = render(choice.version.body, values)
    subject = render_subject(choice.version.subject, values) if choice.version.subject else None
    missing = list(dict.fromkeys([*(subject.missing if subject else []), *body.missing]))
    return (subject.text if subject else None), body.text, missing


def _send(context: Context, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from console.outbox.compose import Draft, reply_draft
    from console.outbox.preferences import normalize_language
    from console.outbox.queue import OutboxState, enqueue, get_entry
    from console.outbox.worker import OutboxWorker

    db = context.db
    draft = reply_draft(db, args.conversation) if args.conversation else Draft(account_id=None)
    if args.account:
        draft = replace(draft, account_id=_account_id(context, args.account))
    if args.to:
        draft = replace(draft, to=tuple(_recipient(t) for t in args.to))
    if args.cc:
        draft = replace(draft, cc=tuple(_recipient(c) for c in args.cc))
    if not draft.to:
        raise CliError("give a recipient with --to (or --reply-to-conversation)")
    if not args.body_stdin and not args.template:
        raise CliError("give the text with --body-stdin or --template")
    parts: list[str] = []
    subject = args.subject
    if args.template:
        template_subject, text, missing = _template_text(context, args, draft)
        if missing and not args.allow_gaps:
            raise CliError(
                "the template needs values that are missing: "
                + ", ".join(missing)
                + " (fill them in, or send anyway with --allow-gaps)"
            )
        if subject is None and args.conversation is None:
            subject = template_subject
        if args.lang:
            draft = replace(draft, language=normalize_language(args.lang))
        parts.append(text)
    if args.body_stdin:
        parts.insert(0, sys.stdin.read())
    if subject is None and args.conversation is None:
        raise CliError("give a subject with --subject")
    draft = replace(
        draft,
        subject=subject if subject is not None else draft.subject,
        body="\n\n".join(p.strip("\n") for p in parts if p.strip()),
        attachments=tuple(args.attach),
        quote=not args.no_quote,
    )
    entry = enqueue(db, draft, author=_author(context), undo_seconds=0)
    OutboxWorker(db).run_once()
    final = get_entry(db, entry.id) or entry
    print(_line(final))
    if final.state is OutboxState.SENT:
        return 0
    if final.state is OutboxState.FAILED:
        return 1
    return EXIT_QUEUED


def _author(context: Context) -> str:
    from console.outbox.preferences import owner_name

    return owner_name(context.db) or author_name()


def _line(entry: OutboxEntry) -> str:
    from console.outbox.queue import OutboxState

    text = f"outbox {entry.id}: {entry.state.value}"
    if entry.state is OutboxState.SENT:
        text += f" to {entry.to}"
    if entry.last_error:
        text += f" — {entry.last_error}"
    if entry.state is OutboxState.QUEUED:
        text += " (it stays in the outbox; 'shopkeeper outbox retry' sends it)"
    return text


def _list(context: Context, args: argparse.Namespace) -> int:
    from console.outbox.queue import list_outbox

    entries = list_outbox(context.db, limit=max(1, args.limit))
    if args.json:
        print(json.dumps([e.as_json() for e in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("The outbox is empty.")
        return 0
    for e in entries:
        when = e.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        error = f"  ({e.last_error})" if e.last_error else ""
        print(f"{e.id:>5}  {e.state.value:<9}  {when}  {e.to}  {e.subject}{error}")
    return 0


def _retry(context: Context, args: argparse.Namespace) -> int:
    from console.outbox.queue import get_entry, retry
    from console.outbox.worker import OutboxWorker

    db = context.db
    if args.id is not None and get_entry(db, args.id) is None:
        raise CliError(f"there is no outbox message {args.id}")
    retry(db, args.id)
    report = OutboxWorker(db).run_once()
    touched = [*report.sent, *report.recovered, *report.deferred, *report.failed]
    for outbox_id in dict.fromkeys(touched):
        entry = get_entry(db, outbox_id)
        if entry is not None:
            print(_line(entry))
    if not touched:
        print("Nothing to send.")
    if report.failed:
        return 1
    return EXIT_QUEUED if report.deferred else 0


def _cancel(context: Context, args: argparse.Namespace) -> int:
    from console.outbox.queue import undo

    draft = undo(context.db, args.id)
    if draft is None:
        raise CliError(f"outbox message {args.id} is already sent, cancelled or unknown")
    print(f"outbox {args.id}: cancelled; kept as draft {draft.id}")
    return 0
