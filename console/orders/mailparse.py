"""Order notification mails to ``ParsedOrder``: one label-driven reader for all platforms.

The default mails of WooCommerce, Shopify, PrestaShop, Shopware, Magento 2, OpenCart and
Ecwid share a shape: a number in the subject or heading, "Label: value" lines or cells,
address blocks under a heading, an items table and totals.  The reader works on the
``Document`` views of a mail (the HTML's rows and lines, then the text part's) with the
vocabulary of ``console.orders.vocabulary``; ``console.orders.platforms`` only says which
system sent it and where that system puts the number.

:func:`read_order_mail` tells three cases apart: not an order mail at all (most mail,
decided cheaply), an order mail that was read, and one that looks like an order mail but
could not be read (the caller flags it; the mail stays a normal conversation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Final

from console.customers.phones import find_phone, normalize_phone
from console.mail.parsed import ParsedMessage
from console.orders.carriers import carrier_key, guess_carrier
from console.orders.document import Document, documents, html_document, text_document
from console.orders.items import items_from_table, items_inline
from console.orders.labels import field, fields, is_label, line_entries, lines_entries
from console.orders.money import looks_like_money, parse_currency, parse_decimal
from console.orders.platforms import GENERIC_NUMBER, detect_platform, find_number, valid_number
from console.orders.types import OrderStatus, ParsedOrder, Platform
from console.orders.vocabulary import (
    BILLING_HEADINGS,
    FIELD_LABELS,
    ITEM_QUANTITY,
    ORDER_WORD,
    ORDER_WORD_START,
    SHIPPING_HEADINGS,
    STATUS_PATTERNS,
    SUBTOTAL_LABELS,
    TOTAL_LABELS,
    norm,
)


class MailKind(StrEnum):
    NONE = "none"
    ORDER = "order"
    UNREADABLE = "unreadable"


@dataclass(frozen=True, slots=True)
class OrderMailResult:
    kind: MailKind
    order: ParsedOrder | None = None
    platform: Platform | None = None
    reason: str = ""
    update_only: bool = False
    """A status mail of an unknown system: it may only update an order already known."""


_ORDER_SUBJECT: Final = re.compile(rf"(?i)(?=[{ORDER_WORD_START}]){ORDER_WORD}")
"""The lookahead lets a search skip, with one test, the positions where no order word can
start (with IGNORECASE the regex engine would try every word at every position)."""
_DIGIT: Final = re.compile(r"\d")
_EMAIL: Final = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_ADMIN_MAIL: Final = re.compile(
    r"(?i)new order|neue bestellung|nova narudžba|новый заказ|yeni sipariş|novo naročilo"
    r"|you have received an order|placed (?:a new )?order|aufgegeben|vous avez reçu"
)
_DATE_NUMERIC: Final = re.compile(
    r"\b(?:(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<d2>\d{1,2})\.\s?(?P<m2>\d{1,2})\.\s?"
    r"(?P<y2>\d{4})|(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>\d{4}))"
    r"(?:[ T,]+(?P<H>\d{1,2}):(?P<M>\d{2}))?"
)
_TRACKING_WORDS: Final = (
    r"tracking (?:number|code|no\.?|#)|sendungsnummer|trackingnummer|broj za praćenje"
    r"|broj pošiljke|трек-номер|трек номер|номер отслеживания|takip (?:numarası|no|kodu)"
    r"|številka (?:za sledenje|pošiljke)"
)
_TRACKING_WORD: Final = re.compile(rf"(?=[bstšнт])(?:{_TRACKING_WORDS})", re.IGNORECASE)
"""The words alone; the lookahead (their first letters) lets a search skip other positions
with one test.  The words have no line breaks, so a text has them iff one of its lines has."""
_TRACKING_INLINE: Final = re.compile(
    rf"(?i)(?P<carrier>[\w .\-]{{2,30}}?)?\s*(?:{_TRACKING_WORDS})\s*(?:is|lautet|je|:)?\s*:?"
    r"\s*(?P<number>[A-Z0-9][A-Z0-9\- ]{5,38}[A-Z0-9])"
)
_GREETING_FROM: Final = re.compile(
    r"(?i)(?:order from|bestellung von|narudžbu od|narudžba od|заказ от|siparişi? (?:aldınız)?"
    r"|naročilo od|placed by|aufgegeben von)\s+(?P<name>[^:\n]{2,80}?)\s*(?:[:.(]|$)"
)
_MAX_ADDRESS_LINES: Final = 9
_PHONEISH: Final = re.compile(r"\+?\(?\d[\d\s()\-/.]{5,}\d")
"""Seven or more digits written like a phone number (a precheck before phonenumbers)."""
_PHONE_LINE: Final = re.compile(r"(?:T:|Tel\.?:?|Phone:?)?\s*\+?[\d\s()\-/.]{7,24}")
_STRUCTURE_MIN: Final = 3


def _method(doc: Document, labels: frozenset[str]) -> str:
    """A payment or shipping method: the first value under ``labels`` that is not only an
    amount ("Shipping: €4.00" is a cost; "4,90 € über DHL Paket" names "DHL Paket")."""
    for value in fields(doc, labels):
        method = _method_text(value)
        if method:
            return method
    return ""


def _total(doc: Document) -> tuple[Decimal | None, str | None]:
    """The last amount under the most specific total label ("Grand Total" over "Total")."""
    candidates = [
        *lines_entries(doc),
        *(entry for row in doc.rows for entry in line_entries("\t".join(row))),
    ]
    for labels in TOTAL_LABELS:
        found: tuple[Decimal | None, str | None] | None = None
        for key, value in candidates:
            if key in labels:
                amount = parse_decimal(value)
                if amount is not None:
                    found = (amount, parse_currency(value))
        if found is not None:
            return found
    return None, None


# -- addresses --------------------------------------------------------------------------


@dataclass(slots=True)
class _Address:
    text: str = ""
    name: str = ""
    email: str = ""
    phone: str = ""


def _clean_address(lines: list[str], region: str) -> _Address:
    """The address lines without the email and phone lines (returned separately)."""
    found = _clean_address_cached(tuple(lines), region)
    return _Address(found.text, found.name, found.email, found.phone)


@lru_cache(maxsize=4096)
def _clean_address_cached(lines: tuple[str, ...], region: str) -> _Address:
    kept: list[str] = []
    result = _Address()
    for raw in lines:
        line = raw.replace("\t", " ").strip()
        if not line:
            continue
        email = _EMAIL.search(line)
        if email and len(line) - len(email.group(0)) < 12:
            result.email = result.email or email.group(0).lower()
            continue
        candidate = _PHONEISH.search(line)
        if (
            candidate is not None
            and len(line) - len(candidate.group(0)) < 12
            and not re.search(r"\d{4,5}\s+\D", line)
            and normalize_phone(candidate.group(0), region) is not None
        ):
            result.phone = result.phone or candidate.group(0).strip()
            continue
        if _PHONE_LINE.fullmatch(line) and sum(ch.isdigit() for ch in line) >= 7:
            # A number of another country than the shop's: kept as written, read when stored.
            result.phone = result.phone or line.removeprefix("T:").strip()
            continue
        kept.append(line)
    result.text = "\n".join(kept)
    result.name = kept[0] if kept else ""
    return result


_LABELLED: Final = re.compile(r"^[^\W\d][\w .\-/()]{1,30}:\s*\S")
_RULE: Final = re.compile(r"^[-=_*~#.]{4,}")


def _ends_address(line: str) -> bool:
    """A line that cannot belong to an address block under a heading."""
    return (
        is_label(line)
        or len(line) > 90
        or "http" in line
        or bool(_RULE.match(line))
        or len(line.split()) > 7
        or (bool(_LABELLED.match(line)) and find_phone(line) is None)
        or "woocommerce" in line.lower()
    )


def _address_block(doc: Document, headings: frozenset[str], region: str) -> _Address:
    # A cell that starts with the heading holds the address (WooCommerce, Magento, Shopify).
    for index, row in enumerate(doc.rows):
        for column, cell in enumerate(row):
            first, _, rest = cell.partition("\n")
            if norm(first) not in headings:
                continue
            if rest.strip():
                return _clean_address(rest.split("\n")[:_MAX_ADDRESS_LINES], region)
            # Headings in one row, addresses in the next (side-by-side columns).
            if index + 1 < len(doc.rows) and column < len(doc.rows[index + 1]):
                below = doc.rows[index + 1][column]
                if below.strip() and not is_label(below.partition("\n")[0]):
                    return _clean_address(below.split("\n")[:_MAX_ADDRESS_LINES], region)
    lines = doc.lines
    for index, line in enumerate(lines):
        head, _, inline = line.partition(":")
        if norm(line) in headings:
            block: list[str] = []
            for following in lines[index + 1 : index + 1 + _MAX_ADDRESS_LINES]:
                if _ends_address(following):
                    break
                if following.count("\t"):
                    following = following.split("\t")[0]
                block.append(following)
            if block:
                return _clean_address(block, region)
        elif norm(head) in headings and inline.strip():
            return _clean_address([part.strip() for part in inline.split(",")], region)
    return _Address()


# -- status, dates, tracking ------------------------------------------------------------


def status_of(text: str) -> OrderStatus | None:
    for status, pattern in STATUS_PATTERNS:
        if pattern.search(text):
            return status
    return None


def _status(doc: Document) -> OrderStatus | None:
    labelled = field(doc, FIELD_LABELS["status"])
    if labelled:
        found = status_of(labelled)
        if found:
            return found
    found = status_of(doc.subject)
    if found:
        return found
    return status_of("\n".join(doc.lines[:6]))


def _date(text: str) -> datetime | None:
    match = _DATE_NUMERIC.search(text)
    if match is None:
        return None
    parts = match.groupdict()
    year = parts["y"] or parts["y2"] or parts["y3"]
    month = parts["m"] or parts["m2"] or parts["m3"]
    day = parts["d"] or parts["d2"] or parts["d3"]
    try:
        return datetime(
            int(year), int(month), int(day), int(parts["H"] or 0), int(parts["M"] or 0), tzinfo=UTC
        )
    except (TypeError, ValueError):
        return None


def _tracking_table(doc: Document) -> tuple[str, str]:
    """(number, carrier) from a table with a tracking-number column (Magento, WooCommerce
    Shipment Tracking): the header row names the columns, the next row has the values."""
    numbers, carriers = FIELD_LABELS["tracking_number"], FIELD_LABELS["carrier"]
    for index, row in enumerate(doc.rows[:-1]):
        names = [norm(cell) for cell in row]
        column = next((i for i, n in enumerate(names) if n in numbers), None)
        if column is None:
            continue
        values = doc.rows[index + 1]
        if column < len(values):
            carrier_column = next((i for i, n in enumerate(names) if n in carriers), None)
            carrier = (
                values[carrier_column]
                if carrier_column is not None and carrier_column < len(values)
                else ""
            )
            return values[column].split("\n")[0].strip(), carrier.split("\n")[0].strip()
    return "", ""


def _tracking(doc: Document) -> tuple[str, str, str]:
    """(number, carrier, url) of a shipping mail."""
    number, carrier = _tracking_table(doc)
    number = number or field(doc, FIELD_LABELS["tracking_number"]).split("\n")[0].strip()
    carrier = carrier or field(doc, FIELD_LABELS["carrier"]).split("\n")[0].strip()
    # One search of the whole text rules out most mails before the line by line one.
    if not number and _TRACKING_WORD.search(doc.text) is not None:
        for line in doc.lines:
            if _TRACKING_WORD.search(line) is None:
                continue  # the full pattern is slow on lines without the words
            match = _TRACKING_INLINE.search(line.replace("\t", " "))
            if match:
                number = match.group("number").strip()
                if not carrier and match.group("carrier"):
                    carrier = match.group("carrier").strip()
                break
    number = number.split(" ")[0] if number and " " in number and len(number) > 30 else number
    if number and not (
        re.fullmatch(r"[A-Za-z0-9\- ]{6,40}", number) and sum(ch.isdigit() for ch in number) >= 4
    ):
        number = ""
    url = ""
    if number:
        compact = number.replace(" ", "")
        url = next((link for link in doc.links if compact in link.replace("%20", "")), "")
    key = carrier_key(carrier) if carrier else None
    if key is None:
        key = carrier_key("\n".join(line for line in doc.lines[:60] if len(line) < 80))
    if key is None and number:
        key = guess_carrier(number)
    return number, key or carrier, url


# -- the reader -------------------------------------------------------------------------


def _structure(doc: Document) -> int:
    """How much of an order mail's structure a document has (0–6)."""
    score = 0
    heads = {norm(line.partition("\t")[0].partition(":")[0]) for line in doc.lines}
    heads |= {norm(cell.split("\n", 1)[0]) for row in doc.rows for cell in row}
    score += bool(heads & (BILLING_HEADINGS | SHIPPING_HEADINGS))
    score += bool(heads & (FIELD_LABELS["payment_method"] | FIELD_LABELS["shipping_method"]))
    score += any(heads & labels for labels in TOTAL_LABELS)
    score += bool(heads & SUBTOTAL_LABELS)
    score += bool(heads & ITEM_QUANTITY)
    score += bool(heads & FIELD_LABELS["number"])
    return score


def _read(doc: Document, platform: Platform | None, region: str) -> ParsedOrder | None:
    number = find_number([doc.subject, *doc.lines[:40]], platform)
    labelled = field(doc, FIELD_LABELS["number"]).split("\n")[0].strip().lstrip("#№ ")
    if number is None and labelled:
        token = labelled.split()[0] if labelled.split() else ""
        if valid_number(token):
            number = token
    if number is None:
        return None
    billing = _address_block(doc, BILLING_HEADINGS, region)
    shipping = _address_block(doc, SHIPPING_HEADINGS, region)
    items = items_from_table(doc) or items_inline(doc)
    total, currency = _total(doc)
    if currency is None:
        currency = next(
            (parse_currency(row[-1]) for row in doc.rows if looks_like_money(row[-1])), None
        )
    customer = _clean_address(field(doc, FIELD_LABELS["customer"]).split("\n")[:4], region)
    email = field(doc, FIELD_LABELS["email"]).split("\n")[0].strip().lower()
    email_match = _EMAIL.search(email)
    email = email_match.group(0) if email_match else ""
    email = email or customer.email or billing.email or shipping.email
    phone = field(doc, FIELD_LABELS["phone"]).split("\n")[0].strip()
    phone = phone or customer.phone or billing.phone or shipping.phone
    name = customer.name if not _EMAIL.fullmatch(customer.name) else ""
    name = name or billing.name or shipping.name
    if not name:
        greeting = _GREETING_FROM.search("\n".join(doc.lines[:8]))
        name = greeting.group("name").strip() if greeting else ""
    payment = _method(doc, FIELD_LABELS["payment_method"])
    shipping_method = _method(doc, FIELD_LABELS["shipping_method"])
    tracking, carrier, url = _tracking(doc)
    placed = _date(field(doc, FIELD_LABELS["date"]) or "") or _date(
        "\n".join(line for line in doc.lines[:12] if number in line)
    )
    return ParsedOrder(
        platform=platform or Platform.GENERIC,
        number=number,
        status=_status(doc),
        placed_at=placed,
        customer_name=name[:300],
        email=email,
        phone=phone[:64],
        billing_address=billing.text,
        shipping_address=shipping.text,
        items=items,
        total=total,
        currency=currency,
        payment_method=payment[:200],
        shipping_method=shipping_method[:200],
        tracking_number=tracking[:100],
        carrier=carrier[:100],
        tracking_url=url,
        note=field(doc, FIELD_LABELS["note"])[:2000],
    )


_VIA: Final = re.compile(r"(?i)\b(?:via|putem|über|uber|через|ile|preko|per|mit|prek)\s+(.+)$")


def _method_text(value: str) -> str:
    """A payment or shipping method without its amount ("4,90 € über DHL Paket" → "DHL
    Paket"); "" when the value is only an amount (a shipping cost line)."""
    text = value.split("\n")[0].strip()
    if not text or looks_like_money(text):
        return ""
    if parse_decimal(text[:12]) is not None and re.match(r"^[-−\d€$£₺₽]", text):
        via = _VIA.search(text)
        return via.group(1).strip() if via else ""
    return text[:200]


def _merge(primary: ParsedOrder, other: ParsedOrder) -> ParsedOrder:
    """Fill what the primary view missed from the other (same order number only)."""
    if other.number != primary.number:
        return primary
    for name in (
        "status",
        "placed_at",
        "customer_name",
        "email",
        "phone",
        "billing_address",
        "shipping_address",
        "total",
        "currency",
        "payment_method",
        "shipping_method",
        "tracking_number",
        "carrier",
        "tracking_url",
        "note",
    ):
        if not getattr(primary, name) and getattr(other, name):
            setattr(primary, name, getattr(other, name))
    if not primary.items and other.items:
        primary.items = other.items
    return primary


def looks_like_order_mail(parsed: ParsedMessage) -> bool:
    """The cheap first test: does the subject or the start of the body talk about an order?"""
    if _ORDER_SUBJECT.search(parsed.subject):
        return True
    head = parsed.text[:600]
    # The digit test is the cheaper one, so it goes first.
    return _DIGIT.search(head) is not None and _ORDER_SUBJECT.search(head) is not None


def _recipient(parsed: ParsedMessage, owner: frozenset[str]) -> str:
    """The customer's address of a mail the shop sent to the customer (order confirmations
    the owner receives a copy of): a recipient outside the sender's domain and the owner's."""
    sender = parsed.from_.email if parsed.from_ else ""
    domain = sender.rpartition("@")[2]
    for address in parsed.to:
        email = address.email
        if email and email not in owner and email.rpartition("@")[2] != domain:
            return email
    return ""


def _status_update(parsed: ParsedMessage, views: list[Document]) -> OrderMailResult:
    """A short status mail without a known platform: "(Nummer: 10023) … versandt"."""
    status = status_of(parsed.subject)
    if status is None:
        return OrderMailResult(MailKind.NONE)
    for doc in views:
        number = find_number([doc.subject, *doc.lines[:20]], None, any_platform=True)
        if number is None:
            continue
        tracking, carrier, url = _tracking(doc)
        order = ParsedOrder(
            platform=Platform.GENERIC,
            number=number,
            status=status,
            tracking_number=tracking,
            carrier=carrier,
            tracking_url=url,
            language=parsed.language,
        )
        return OrderMailResult(MailKind.ORDER, order=order, update_only=True)
    return OrderMailResult(MailKind.NONE)


def _lazy_views(parsed: ParsedMessage) -> Iterator[Document]:
    """The views of ``documents``, each built when the reader gets to it."""
    html = html_document(parsed)
    if html is not None:
        yield html
    yield text_document(parsed)


def read_order_mail(
    parsed: ParsedMessage, region: str = "HR", owner: frozenset[str] = frozenset()
) -> OrderMailResult:
    """Read an order notification; see the module docstring for the three outcomes.

    ``region`` reads phone numbers without a country code; ``owner`` are the shop's own
    addresses (never taken for the customer's).
    """
    if parsed.parse_error or not looks_like_order_mail(parsed):
        return OrderMailResult(MailKind.NONE)
    sender = parsed.from_.email if parsed.from_ else ""
    haystack = f"{parsed.text[:20000]}\n{(parsed.html or '')[:60000]}".lower()
    platform = detect_platform(sender, parsed.subject, haystack)
    views: Iterable[Document]
    if platform is None:
        views = documents(parsed)
        if max(_structure(doc) for doc in views) < _STRUCTURE_MIN:
            return _status_update(parsed, views)
    else:
        # A known platform is read whatever its structure; the text view is built only
        # when the HTML one was not complete.
        views = _lazy_views(parsed)
    readings: list[ParsedOrder] = []
    for doc in views:
        reading = _read(doc, platform, region)
        if reading is not None:
            readings.append(reading)
            if reading.items and reading.total is not None and reading.email:
                break  # complete: the text part would only say the same again
    if not readings:
        # A known platform or the structure of an order mail (the rest returned above).
        return OrderMailResult(MailKind.UNREADABLE, platform=platform, reason="no order number")
    order = readings[0]
    for other in readings[1:]:
        order = _merge(order, other)
    if not (order.items or order.total is not None or order.status or order.tracking_number):
        return OrderMailResult(
            MailKind.UNREADABLE, platform=platform, reason="no items, total or status"
        )
    order.language = parsed.language
    if not order.email and not _ADMIN_MAIL.search(parsed.subject):
        order.email = _recipient(parsed, owner)
    if order.placed_at is None and order.status in (None, OrderStatus.NEW, OrderStatus.PROCESSING):
        order.placed_at = parsed.date
    return OrderMailResult(MailKind.ORDER, order=order, platform=order.platform)


def generic_number(text: str) -> str | None:
    """An order number in free text ("Order #1234"), for callers outside this module."""
    for match in GENERIC_NUMBER.finditer(text):
        if valid_number(match.group("number")):
            return match.group("number")
    return None
