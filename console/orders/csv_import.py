"""Importing orders from export files: WooCommerce, Shopify, or any CSV with a column map.

Known exports (the headers as the platforms write them):

* Shopify, Admin → Orders → Export: one row per line item, the order's fields on its first
  row ("Name", "Email", "Financial Status", "Fulfillment Status", "Lineitem name", …).
* WooCommerce has no order export of its own; shops use "Advanced Order Export For
  WooCommerce" (default columns "Order Number", "Order Status", "Email (Billing)", "Item
  Name", "Quantity (- Refund)", …) or "Customer/Order/Coupon Export" (``order_number``,
  ``billing_email``, ``line_items`` as "name:…|quantity:…|total:…;…").
* Any other file: ``mapping`` says which column holds which field (``FIELDS``).

Re-importing a file changes nothing; importing a newer export updates status and fields
(platform + order number identify an order).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Final

from charset_normalizer import from_bytes

from console.callbacks.store import read_setting
from console.customers.identity import IdentityLinker, connection_of
from console.customers.phones import REGION_SETTING, clean_region
from console.errors import UserError
from console.orders.mailparse import status_of
from console.orders.money import parse_currency, parse_decimal
from console.orders.store import OrderWriter
from console.orders.types import OrderStatus, ParsedItem, ParsedOrder, Platform
from console.storage.database import Database
from console.storage.models import utcnow

FIELDS: Final = (
    "number",
    "date",
    "status",
    "email",
    "name",
    "first_name",
    "last_name",
    "phone",
    "total",
    "currency",
    "item_name",
    "item_quantity",
    "item_price",
    "item_unit_price",
    "item_sku",
    "line_items",
    "payment_method",
    "shipping_method",
    "billing_address",
    "shipping_address",
    "tracking_number",
    "carrier",
    "note",
    "financial_status",
    "fulfillment_status",
    "cancelled_at",
)
"""Fields a column can be mapped to (``--map "Order no=number"``)."""

_ADDRESS_PART: Final = re.compile(r"^(billing|shipping)_address(?:_\d+)?$")
_OFFSET: Final = re.compile(r"^(.*\d{2}:\d{2}(?::\d{2})?)\s*([+-])(\d{2}):?(\d{2})$")

SHOPIFY: Final[dict[str, str]] = {
    "Name": "number",
    "Email": "email",
    "Financial Status": "financial_status",
    "Fulfillment Status": "fulfillment_status",
    "Cancelled at": "cancelled_at",
    "Currency": "currency",
    "Total": "total",
    "Created at": "date",
    "Lineitem quantity": "item_quantity",
    "Lineitem name": "item_name",
    "Lineitem price": "item_unit_price",
    "Lineitem sku": "item_sku",
    "Billing Name": "name",
    "Billing Phone": "phone",
    "Phone": "phone",
    "Shipping Phone": "phone",
    "Shipping Method": "shipping_method",
    "Payment Method": "payment_method",
    "Notes": "note",
    "Billing Address1": "billing_address_1",
    "Billing Address2": "billing_address_2",
    "Billing Company": "billing_address_0",
    "Billing Zip": "billing_address_3",
    "Billing City": "billing_address_4",
    "Billing Country": "billing_address_5",
    "Shipping Name": "shipping_address_0",
    "Shipping Address1": "shipping_address_1",
    "Shipping Address2": "shipping_address_2",
    "Shipping Zip": "shipping_address_3",
    "Shipping City": "shipping_address_4",
    "Shipping Country": "shipping_address_5",
}
WOOCOMMERCE_AOE: Final[dict[str, str]] = {
    "Order Number": "number",
    "Order ID": "number",
    "Order Status": "status",
    "Order Date": "date",
    "Customer Note": "note",
    "First Name (Billing)": "first_name",
    "Last Name (Billing)": "last_name",
    "Full Name (Billing)": "name",
    "Email (Billing)": "email",
    "Phone (Billing)": "phone",
    "Company (Billing)": "billing_address_0",
    "Address 1&2 (Billing)": "billing_address_1",
    "Postcode (Billing)": "billing_address_3",
    "City (Billing)": "billing_address_4",
    "Country Code (Billing)": "billing_address_5",
    "Address 1&2 (Shipping)": "shipping_address_1",
    "Postcode (Shipping)": "shipping_address_3",
    "City (Shipping)": "shipping_address_4",
    "Country Code (Shipping)": "shipping_address_5",
    "Payment Method Title": "payment_method",
    "Shipping Method Title": "shipping_method",
    "Order Total Amount": "total",
    "Currency": "currency",
    "Order Currency": "currency",
    "Item Name": "item_name",
    "Name": "item_name",
    "Product Name (main)": "item_name",
    "Quantity (- Refund)": "item_quantity",
    "Quantity": "item_quantity",
    "Item Cost": "item_unit_price",
    "Order Line Total": "item_price",
    "Order Line Total (- Refund)": "item_price",
    "SKU": "item_sku",
}
WOOCOMMERCE_COCE: Final[dict[str, str]] = {
    "order_number": "number",
    "order_number_formatted": "number",
    "order_date": "date",
    "status": "status",
    "billing_email": "email",
    "billing_first_name": "first_name",
    "billing_last_name": "last_name",
    "billing_phone": "phone",
    "order_total": "total",
    "order_currency": "currency",
    "payment_method": "payment_method",
    "shipping_method": "shipping_method",
    "line_items": "line_items",
    "customer_note": "note",
    "billing_company": "billing_address_0",
    "billing_address_1": "billing_address_1",
    "billing_address_2": "billing_address_2",
    "billing_postcode": "billing_address_3",
    "billing_city": "billing_address_4",
    "billing_country": "billing_address_5",
    "shipping_address_1": "shipping_address_1",
    "shipping_address_2": "shipping_address_2",
    "shipping_postcode": "shipping_address_3",
    "shipping_city": "shipping_address_4",
    "shipping_country": "shipping_address_5",
}
_WOO_STATUS: Final = {
    "pending": OrderStatus.NEW,
    "processing": OrderStatus.PROCESSING,
    "on-hold": OrderStatus.ON_HOLD,
    "on hold": OrderStatus.ON_HOLD,
    "completed": OrderStatus.COMPLETED,
    "cancelled": OrderStatus.CANCELLED,
    "refunded": OrderStatus.REFUNDED,
    "failed": OrderStatus.FAILED,
    "pending payment": OrderStatus.NEW,
}


class CsvImportError(UserError, ValueError):
    """The file cannot be imported; the message is for the user."""


@dataclass(slots=True)
class CsvImportReport:
    platform: Platform
    rows: int = 0
    orders: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    """(line number, reason) of rows that could not be read."""


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data[:200_000]).best()
        return data.decode(best.encoding if best else "cp1252", errors="replace")


def _dialect(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)


def detect_platform(columns: list[str]) -> Platform | None:
    names = set(columns)
    if {"Name", "Financial Status", "Lineitem name"} <= names:
        return Platform.SHOPIFY
    if ("Order Number" in names or "Order ID" in names) and (
        "Email (Billing)" in names or "Order Status" in names
    ):
        return Platform.WOOCOMMERCE
    if {"order_number", "billing_email"} <= names or {"order_id", "line_items"} <= names:
        return Platform.WOOCOMMERCE
    return None


def _default_mapping(platform: Platform, columns: list[str]) -> dict[str, str]:
    if platform is Platform.SHOPIFY:
        return dict(SHOPIFY)
    if platform is Platform.WOOCOMMERCE:
        return dict(WOOCOMMERCE_COCE if "order_number" in columns else WOOCOMMERCE_AOE)
    return {
        column: column.strip().lower() for column in columns if column.strip().lower() in FIELDS
    }


def parse_when(text: str) -> datetime | None:
    """A date or time as exports write it: ISO 8601 (with "+0100"), "dd.mm.yyyy",
    "dd/mm/yyyy"; UTC when no offset is given."""
    value = text.strip()
    if not value:
        return None
    offset = _OFFSET.match(value)
    iso = f"{offset[1]}{offset[2]}{offset[3]}:{offset[4]}" if offset else value
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    except ValueError:
        pass
    match = re.match(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ ,T]+(\d{1,2}):(\d{2}))?", value)
    if match:
        day, month, year, hour, minute = match.groups()
        try:
            return datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), tzinfo=UTC
            )
        except ValueError:
            return None
    return None


def _status(platform: Platform, values: Mapping[str, str]) -> OrderStatus | None:
    if platform is Platform.SHOPIFY:
        if values.get("cancelled_at"):
            return OrderStatus.CANCELLED
        financial = values.get("financial_status", "").lower()
        fulfillment = values.get("fulfillment_status", "").lower()
        if financial in ("refunded", "partially_refunded"):
            return OrderStatus.REFUNDED
        if financial == "voided":
            return OrderStatus.CANCELLED
        if fulfillment == "fulfilled":
            return OrderStatus.SHIPPED
        if financial == "paid":
            return OrderStatus.PAID
        if financial in ("pending", "authorized"):
            return OrderStatus.NEW
        return None
    text = values.get("status", "").strip()
    if not text:
        return None
    key = text.lower().removeprefix("wc-")
    if key in _WOO_STATUS:
        return _WOO_STATUS[key]
    try:
        return OrderStatus(key)
    except ValueError:
        return status_of(text)


def _line_items(text: str) -> list[ParsedItem]:
    """Customer/Order/Coupon Export's "name:Mug|sku:M1|quantity:2|total:20.00;…"."""
    items: list[ParsedItem] = []
    for chunk in text.split(";"):
        parts = dict(part.split(":", 1) for part in chunk.split("|") if ":" in part)
        name = parts.get("name", "").strip()
        if not name:
            continue
        quantity = parse_decimal(parts.get("quantity", "1")) or Decimal(1)
        items.append(
            ParsedItem(
                name=name,
                quantity=int(quantity),
                price=parse_decimal(parts.get("total", "")),
                sku=parts.get("sku", "").strip(),
            )
        )
    return items


@dataclass(slots=True)
class _Pending:
    line: int
    values: dict[str, str]
    items: list[ParsedItem]


def _item(values: Mapping[str, str]) -> ParsedItem | None:
    name = values.get("item_name", "").strip()
    if not name:
        return None
    quantity_value = parse_decimal(values.get("item_quantity", "") or "1")
    quantity = int(quantity_value) if quantity_value is not None else 1
    price = parse_decimal(values.get("item_price", ""))
    if price is None:
        unit = parse_decimal(values.get("item_unit_price", ""))
        price = unit * quantity if unit is not None else None
    return ParsedItem(name=name, quantity=quantity, price=price, sku=values.get("item_sku", ""))


def _address(values: Mapping[str, str], prefix: str) -> str:
    parts = sorted(
        (key, value) for key, value in values.items() if key.startswith(f"{prefix}_address_")
    )
    whole = values.get(f"{prefix}_address", "")
    lines = [whole] if whole else []
    postcode_city = " ".join(v for k, v in parts if k.endswith(("_3", "_4")) and v.strip()).strip()
    for key, value in parts:
        if key.endswith("_4") or not value.strip():
            continue
        lines.append(postcode_city if key.endswith("_3") else value.strip())
    if postcode_city and not any(k.endswith("_3") and v.strip() for k, v in parts):
        lines.append(postcode_city)
    return "\n".join(line for line in lines if line)


def _order(platform: Platform, pending: _Pending) -> ParsedOrder:
    values = pending.values
    name = values.get("name", "").strip() or " ".join(
        part for part in (values.get("first_name", ""), values.get("last_name", "")) if part
    )
    total_text = values.get("total", "")
    currency = values.get("currency", "").strip().upper() or parse_currency(total_text)
    return ParsedOrder(
        platform=platform,
        number=values.get("number", "").strip().lstrip("#"),
        status=_status(platform, values),
        placed_at=parse_when(values.get("date", "")),
        customer_name=name,
        email=values.get("email", "").strip().lower(),
        phone=values.get("phone", "").strip().lstrip("'"),
        billing_address=_address(values, "billing"),
        shipping_address=_address(values, "shipping"),
        items=pending.items,
        total=parse_decimal(total_text),
        currency=currency[:3] if currency else None,
        payment_method=values.get("payment_method", "").strip(),
        shipping_method=values.get("shipping_method", "").strip(),
        tracking_number=values.get("tracking_number", "").strip(),
        carrier=values.get("carrier", "").strip(),
        note=values.get("note", "").strip(),
    )


def parse_mapping(pairs: list[str]) -> dict[str, str]:
    """``["Order no=number", …]`` (the CLI's ``--map``) as a column → field dict."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        column, sep, name = pair.rpartition("=")
        if not sep or not column.strip() or not name.strip():
            raise CsvImportError(f"--map expects COLUMN=FIELD, got {pair!r}")
        mapping[column.strip()] = name.strip()
    return mapping


def import_orders_csv(
    db: Database,
    path: Path,
    mapping: Mapping[str, str] | None = None,
    *,
    platform: Platform | None = None,
    now: datetime | None = None,
) -> CsvImportReport:
    """Import the orders of one export file; see the module docstring."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvImportError(f"cannot read {path}: {exc.strerror or exc}") from exc
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_dialect(text))
    try:
        columns = [column.strip() for column in next(reader)]
    except StopIteration:
        raise CsvImportError(f"{path} is empty") from None
    chosen = platform or detect_platform(columns) or Platform.GENERIC
    table = _default_mapping(chosen, columns)
    for column, wanted in (mapping or {}).items():
        if wanted not in FIELDS and not _ADDRESS_PART.match(wanted):
            raise CsvImportError(f"unknown field {wanted!r}; fields: {', '.join(FIELDS)}")
        if column not in columns:
            raise CsvImportError(f"{path} has no column {column!r}")
        table[column] = wanted
    if "number" not in table.values():
        raise CsvImportError(
            "which column holds the order number? Give --map COLUMN=number "
            f"(columns: {', '.join(columns[:12])})"
        )
    report = CsvImportReport(platform=chosen)
    orders: dict[str, _Pending] = {}
    for line_number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue
        report.rows += 1
        values: dict[str, str] = {}
        for column, cell in zip(columns, row, strict=False):
            name = table.get(column)
            if name and cell.strip() and name not in values:
                values[name] = cell.strip()
        number = values.get("number", "").strip().lstrip("#")
        if not number:
            report.skipped += 1
            report.errors.append((line_number, "no order number"))
            continue
        pending = orders.get(number)
        if pending is None:
            pending = orders[number] = _Pending(line_number, {}, [])
        for key, value in values.items():
            pending.values.setdefault(key, value)
        if "line_items" in values:
            pending.items.extend(_line_items(values["line_items"]))
        item = _item(values)
        if item is not None:
            pending.items.append(item)
    when = now or utcnow()
    with db.session() as session:
        connection = connection_of(session)
        region = clean_region(read_setting(connection, REGION_SETTING))
        linker = IdentityLinker(connection, when)
        writer = OrderWriter(connection, linker, when, region)
        for pending in orders.values():
            order = _order(chosen, pending)
            status = order.status.value if order.status else ""
            result = writer.save(order, source="csv", source_key=f"csv:{status}", at=when)
            report.orders += 1
            if result.created:
                report.created += 1
            elif result.changed:
                report.updated += 1
            else:
                report.unchanged += 1
        linker.finish()
    return report
