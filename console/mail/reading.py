"""Reading what a mail says — a contact form, an order notification, order numbers —
without the database, so it can run where the mail is parsed (the parse workers).

:class:`~console.mail.classify.MailRecognizer` then only writes what was read.  This
module imports no database code, to keep the worker processes small.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from typing import Final

from console.callbacks.extract import ExtractedCallback, extract
from console.callbacks.rules import CompiledRule, load_rules
from console.callbacks.store import read_setting
from console.customers.phones import REGION_SETTING, clean_region
from console.mail.parsed import ParsedMessage, by_position
from console.mail.snippet import new_text
from console.orders.mailparse import OrderMailResult, read_order_mail
from console.orders.mentions import mentioned_numbers

log = logging.getLogger(__name__)

_REPLY: Final = re.compile(
    r"(?i)^\s*(?:re|aw|odg|odgovor|sv|vs|ynt|yanıt|cevap|отв|ответ|fw|fwd|wg|pd|tr)"
    r"\s*(?:\[\d+\])?\s*:"
)


@dataclass(frozen=True, slots=True)
class ReadingContext:
    """What reading a mail needs from the store: the owner's and the built-in form rules,
    the shop's phone region and the owner's addresses.  Picklable, for the parse workers."""

    rules: tuple[CompiledRule, ...]
    region: str
    owner: frozenset[str]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a mail says, read without the database: where it is parsed (a worker process
    during a sync), so that the thread writing to the database only writes."""

    form: ExtractedCallback | None = None
    order: OrderMailResult | None = None
    mentions: tuple[str, ...] = ()

    __reduce__ = by_position


def reading_context(connection: sqlite3.Connection) -> ReadingContext:
    return ReadingContext(
        rules=tuple(load_rules(connection)),
        region=clean_region(read_setting(connection, REGION_SETTING)),
        owner=frozenset(
            str(row[0]).lower() for row in connection.execute("SELECT email FROM accounts")
        ),
    )


def _looks_fresh(parsed: ParsedMessage) -> bool:
    """A new mail, not a reply or forward: only those can be forms or order mails."""
    return (
        parsed.parse_error is None and not parsed.in_reply_to and not _REPLY.match(parsed.subject)
    )


def read_mail(parsed: ParsedMessage, context: ReadingContext) -> Reading:
    """Read a mail for forms, orders and order numbers; pure, never raises."""
    try:
        form = order = None
        if _looks_fresh(parsed):
            form = extract(parsed, list(context.rules), context.region)
            if form is None:
                order = read_order_mail(parsed, context.region, context.owner)
        mentions = tuple(mentioned_numbers(f"{parsed.subject}\n{new_text(parsed.text)}"))
        return Reading(form, order, mentions)
    except Exception:  # a reader bug must never lose the mail: the store reads again
        log.exception("reading a mail for orders and forms failed")
        return Reading()
