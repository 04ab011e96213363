"""Order words and colours: statuses, money in the UI language, the status chip."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from console.orders.money import format_money
from console.orders.types import OrderStatus
from ui import format as fmt


def status_text(status: OrderStatus) -> str:
    match status:
        case OrderStatus.NEW:
            return QCoreApplication.translate("OrderText", "New")
        case OrderStatus.PROCESSING:
            return QCoreApplication.translate("OrderText", "Processing")
        case OrderStatus.ON_HOLD:
            return QCoreApplication.translate("OrderText", "On hold")
        case OrderStatus.PAID:
            return QCoreApplication.translate("OrderText", "Paid")
        case OrderStatus.SHIPPED:
            return QCoreApplication.translate("OrderText", "Shipped")
        case OrderStatus.COMPLETED:
            return QCoreApplication.translate("OrderText", "Completed")
        case OrderStatus.CANCELLED:
            return QCoreApplication.translate("OrderText", "Cancelled")
        case OrderStatus.REFUNDED:
            return QCoreApplication.translate("OrderText", "Refunded")
        case _:
            return QCoreApplication.translate("OrderText", "Failed")


_LIGHT = {
    OrderStatus.NEW: "#1f5fbf",
    OrderStatus.PROCESSING: "#1f5fbf",
    OrderStatus.ON_HOLD: "#b35c00",
    OrderStatus.PAID: "#00796b",
    OrderStatus.SHIPPED: "#6a3fb5",
    OrderStatus.COMPLETED: "#1a7f4b",
    OrderStatus.CANCELLED: "#6b6b6b",
    OrderStatus.REFUNDED: "#6b6b6b",
    OrderStatus.FAILED: "#c62828",
}
_DARK = {
    OrderStatus.NEW: "#7fb0ff",
    OrderStatus.PROCESSING: "#7fb0ff",
    OrderStatus.ON_HOLD: "#f0a040",
    OrderStatus.PAID: "#4dd0c0",
    OrderStatus.SHIPPED: "#b99cff",
    OrderStatus.COMPLETED: "#4cc38a",
    OrderStatus.CANCELLED: "#a0a0a0",
    OrderStatus.REFUNDED: "#a0a0a0",
    OrderStatus.FAILED: "#ff6b6b",
}


def status_color(status: OrderStatus, palette: QPalette) -> QColor:
    """A tone for the status that reads on the palette's background (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor((_DARK if dark else _LIGHT)[status])


def money(amount: Decimal | None, currency: str | None) -> str:
    """ "1.234,50 €" (de), "€1,234.50" (en): the amount in the UI language; "" if unknown."""
    return format_money(amount, currency, str(fmt.cldr_locale()))
