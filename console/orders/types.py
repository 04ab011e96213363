"""Order values shared by the mail parsers, the file import and the queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum


class OrderStatus(StrEnum):
    """Where an order stands, in the shop's words mapped to one vocabulary."""

    NEW = "new"
    """Placed, not yet paid or confirmed (WooCommerce "pending", Shopify "pending")."""
    PROCESSING = "processing"
    """Received and being prepared (paid or cash on delivery)."""
    ON_HOLD = "on_hold"
    PAID = "paid"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    FAILED = "failed"


class Platform(StrEnum):
    WOOCOMMERCE = "woocommerce"
    SHOPIFY = "shopify"
    PRESTASHOP = "prestashop"
    SHOPWARE = "shopware"
    MAGENTO = "magento"
    OPENCART = "opencart"
    ECWID = "ecwid"
    GENERIC = "generic"


@dataclass(frozen=True, slots=True)
class ParsedItem:
    name: str
    quantity: int = 1
    price: Decimal | None = None
    """The line's price as shown (usually quantity × unit price)."""
    sku: str = ""


@dataclass(slots=True)
class ParsedOrder:
    """What one mail or one export row says about an order; fields it does not say are
    empty, so a later "shipped" mail with only a tracking number never erases the items."""

    platform: Platform
    number: str
    status: OrderStatus | None = None
    placed_at: datetime | None = None
    customer_name: str = ""
    email: str = ""
    phone: str = ""
    """As written; normalized when stored."""
    billing_address: str = ""
    shipping_address: str = ""
    items: list[ParsedItem] = field(default_factory=list)
    total: Decimal | None = None
    currency: str | None = None
    payment_method: str = ""
    shipping_method: str = ""
    tracking_number: str = ""
    carrier: str = ""
    tracking_url: str = ""
    language: str | None = None
    note: str = ""
