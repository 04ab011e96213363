"""Line items of an order mail: an items table (header row, then one row per item) or
inline lines ("Lavender soap × 2  9,00 €", WooCommerce's plain "Soap (#SKU) X 2 = 9,00 €")."""

from __future__ import annotations

import re
from typing import Final

from console.orders.document import Document
from console.orders.labels import is_label
from console.orders.money import looks_like_money, parse_decimal
from console.orders.types import ParsedItem
from console.orders.vocabulary import (
    ITEM_PRICE,
    ITEM_PRODUCT,
    ITEM_QUANTITY,
    ITEM_SKU,
    SUBTOTAL_LABELS,
    TOTAL_LABELS,
    norm,
)

_SKU_IN_NAME: Final = re.compile(r"\s*\((?:#|SKU:?\s*)([^()]{1,60})\)\s*$")
_INLINE_ITEM: Final = re.compile(
    r"^(?P<name>.+?)\s+(?:[×xX]|(?i:qty|menge|anzahl|količina|кол-во|количество|adet|kos)\s*:?)"
    r"\s*(?P<qty>\d{1,4})\b\s*(?:\((?P<sku>[^()]{1,40})\))?\s*(?:=|\t|-)?\s*(?P<price>.*)$"
)
_QTY_IN_NAME: Final = re.compile(r"^(?P<name>.+?)\s*[×xX]\s*(?P<qty>\d{1,4})$")
_QTY_PREFIX: Final = re.compile(r"^(?P<qty>\d{1,4})\s*[×xX]\s+(?P<name>.+)$")
_INT: Final = re.compile(r"\d{1,5}")


def _quantity(text: str) -> int | None:
    match = _INT.search(text.replace("×", " "))
    return int(match.group(0)) if match else None


_SKU_LINE: Final = re.compile(
    r"(?i)^(?:sku|artikel-?nr\.?|art\.-nr\.?|šifra|артикул|stok kodu|ref(?:erence)?)\s*:?\s*(\S+)$"
)


def _item_name(cell: str) -> tuple[str, str]:
    """(name, sku) from a product cell: its first line, "(#SKU)" or a "SKU: …" line."""
    first, _, rest = cell.partition("\n")
    first = first.strip()
    sku = ""
    match = _SKU_IN_NAME.search(first)
    if match:
        sku = match.group(1).strip()
        first = first[: match.start()].strip()
    for line in rest.split("\n")[:4]:
        found = _SKU_LINE.match(line.strip())
        if found and not sku:
            sku = found.group(1)
    return first, sku


def items_from_table(doc: Document) -> list[ParsedItem]:
    rows = doc.rows
    for index, header in enumerate(rows):
        names = [norm(cell.split("\n", 1)[0]) for cell in header]
        product = next((i for i, n in enumerate(names) if n in ITEM_PRODUCT), None)
        quantity = next((i for i, n in enumerate(names) if n in ITEM_QUANTITY), None)
        prices = [i for i, n in enumerate(names) if n in ITEM_PRICE and i != product]
        if product is None or (quantity is None and not prices):
            continue
        sku_column = next((i for i, n in enumerate(names) if n in ITEM_SKU), None)
        price = prices[-1] if prices else None
        items: list[ParsedItem] = []
        for row in rows[index + 1 :]:
            first = norm(row[0].split("\n", 1)[0]) if row else ""
            if (
                first in SUBTOTAL_LABELS
                or any(first in labels for labels in TOTAL_LABELS)
                or len(row) <= max(product, quantity or 0, price or 0) - 1
                or len(row) < 2
            ):
                break
            cells = list(row) + [""] * (len(header) - len(row))
            name, sku = _item_name(cells[product])
            if not name:
                continue
            qty = _quantity(cells[quantity]) if quantity is not None else None
            if qty is None:
                match = _QTY_IN_NAME.match(name)
                if match:
                    name, qty = match.group("name").strip(), int(match.group("qty"))
            amount = parse_decimal(cells[price]) if price is not None else None
            if sku_column is not None and not sku:
                sku = cells[sku_column].split("\n", 1)[0].strip()
            items.append(ParsedItem(name=name, quantity=qty or 1, price=amount, sku=sku))
        if items:
            return items
    return []


def items_inline(doc: Document) -> list[ParsedItem]:
    """Rows or lines "Name × 2  20,00 €" (Shopify, WooCommerce plain text, Ecwid)."""
    items: list[ParsedItem] = []
    for row in doc.rows:
        if len(row) < 2 or not looks_like_money(row[-1].split("\n")[0]):
            continue
        name_cell = next((cell for cell in row[:-1] if re.search(r"[^\W\d_]", cell)), "")
        name, sku = _item_name(name_cell)
        qty = 1
        match = _QTY_IN_NAME.match(name) or _QTY_PREFIX.match(name)
        if match:
            name, qty = match.group("name").strip(), int(match.group("qty"))
        else:
            second = name_cell.split("\n")[1:2]
            inline = _QTY_IN_NAME.match(f"x {second[0]}") if second else None
            if not (inline and second and re.match(r"^\s*[×xX]\s*\d+\s*$", second[0])):
                qty_cell = next((cell for cell in row[1:-1] if _INT.fullmatch(cell.strip())), None)
                if qty_cell is None:
                    continue
                qty = int(qty_cell.strip())
            else:
                qty = int(re.sub(r"\D", "", second[0]))
        if norm(name) in SUBTOTAL_LABELS or any(norm(name) in t for t in TOTAL_LABELS):
            continue
        items.append(ParsedItem(name, qty, parse_decimal(row[-1]), sku))
    if items:
        return items
    for line in doc.lines:
        match = _INLINE_ITEM.match(line.replace("\t", "  "))
        if match is None or not looks_like_money(match.group("price")):
            continue
        name, sku = _item_name(match.group("name"))
        sku = sku or (match.group("sku") or "").strip()
        if is_label(name):
            continue
        items.append(
            ParsedItem(name, int(match.group("qty")), parse_decimal(match.group("price")), sku)
        )
    return items
