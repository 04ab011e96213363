"""The customer's orders, for the customer panel: newest first, one card each.

A card shows the order number, a status chip and the date; the items (name × quantity,
price); the total in the order's currency, written the way the UI language writes money;
and the tracking link (carrier and number), which opens the carrier's page in the browser.
Orders are read with :func:`console.orders.queries.orders_for_customer` on the DB worker;
the section reloads when the operations layer says customers or conversations changed.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.orders.queries import OrderView, orders_for_customer
from console.orders.types import OrderStatus
from ui import format as fmt
from ui.changes import CUSTOMERS, Change
from ui.i18n import fill
from ui.icons import muted
from ui.operations import Operations
from ui.orders import text

ORDER_LIMIT = 20
CONVERSATION_SCHEME = "sk-conversation"


def _css_color(alpha: float) -> str:
    color = muted(alpha)
    return color.name(color.NameFormat.HexArgb)


class StatusChip(QLabel):
    """The order's status as a small rounded label in the status's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.82)
        font.setBold(True)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._status: OrderStatus | None = None
        self._style = ""

    def set_status(self, status: OrderStatus) -> None:
        self._status = status
        self.setText(text.status_text(status))
        color = text.status_color(status, self.palette())
        border = color.name()
        style = (
            f"color: {border}; border: 1px solid {border}; border-radius: 8px; padding: 0px 7px;"
        )
        if style != self._style:  # a new style sheet changes the palette: no loop
            self._style = style
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._status is not None:
            self.set_status(self._status)
        super().changeEvent(event)


class OrderCard(QFrame):
    link_activated = Signal(str)

    def __init__(self, order: OrderView, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.order = order
        self.setObjectName("orderCard")
        self.number = QLabel(fill(self.tr("#%1"), order.number))
        font = self.number.font()
        font.setBold(True)
        self.number.setFont(font)
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = StatusChip()
        self.status.set_status(order.status)
        self.date = QLabel(fmt.short_date(order.placed_at, now) if order.placed_at else "")
        self.date.setToolTip(fmt.date_time(order.placed_at, now) if order.placed_at else "")
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.number)
        head.addWidget(self.status)
        head.addStretch(1)
        head.addWidget(self.date)

        self.items = QGridLayout()
        self.items.setHorizontalSpacing(8)
        self.items.setVerticalSpacing(2)
        self.items.setColumnStretch(0, 1)
        for row, item in enumerate(order.items):
            name = QLabel(fill(self.tr("%1 × %2"), item.name, item.quantity))
            name.setWordWrap(True)
            name.setToolTip(item.sku)
            price = QLabel(text.money(item.price, order.currency))
            price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.items.addWidget(name, row, 0)
            self.items.addWidget(price, row, 1)

        total_label = QLabel(self.tr("Total"))
        self.total = QLabel(text.money(order.total, order.currency) or self.tr("unknown"))
        total_font = QFont(self.total.font())
        total_font.setBold(True)
        self.total.setFont(total_font)
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total_row = QHBoxLayout()
        total_row.addWidget(total_label)
        total_row.addStretch(1)
        total_row.addWidget(self.total)

        self.tracking = QLabel(self)  # a parent first: shown alone it would be a window
        self.tracking.setWordWrap(True)
        self.tracking.setTextFormat(Qt.TextFormat.RichText)
        self.tracking.setOpenExternalLinks(False)
        self.tracking.linkActivated.connect(self.link_activated)
        self.tracking.setText(self._tracking_html())
        self.tracking.setVisible(bool(self.tracking.text()))
        if order.tracking_url:
            self.tracking.setToolTip(order.tracking_url)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(5)
        layout.addLayout(head)
        if order.items:
            layout.addLayout(self.items)
        layout.addLayout(total_row)
        layout.addWidget(self.tracking)
        self.others: list[QLabel] = [self.date, total_label]
        self._apply_colors()

    @property
    def tracking_text(self) -> str:
        return self.tracking.text()

    def _tracking_html(self) -> str:
        order = self.order
        parts: list[str] = []
        carrier = order.carrier_name
        if order.tracking_number:
            label = (
                fill(self.tr("%1 · %2"), carrier, order.tracking_number)
                if carrier
                else order.tracking_number
            )
            shown = html.escape(fill(self.tr("Track: %1"), label))
            if order.tracking_url:
                parts.append(f'<a href="{html.escape(order.tracking_url, quote=True)}">{shown}</a>')
            else:
                parts.append(shown)
        elif order.tracking_url:
            shown = html.escape(self.tr("Track the parcel"))
            parts.append(f'<a href="{html.escape(order.tracking_url, quote=True)}">{shown}</a>')
        if order.conversation_ids:
            shown = html.escape(self.tr("Open the mail"))
            parts.append(
                f'<a href="{CONVERSATION_SCHEME}:{order.conversation_ids[-1]}">{shown}</a>'
            )
        return "<br>".join(parts)

    def _apply_colors(self) -> None:
        faded = f"color: {_css_color(0.62)};"
        for label in self.others:
            label.setStyleSheet(faded)
        style = f"QFrame#orderCard {{ border: 1px solid {_css_color(0.16)}; border-radius: 6px; }}"
        if style != self.styleSheet():  # a new style sheet changes the palette: no loop
            self.setStyleSheet(style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)


class OrdersSection(QWidget):
    """The orders part of the customer panel (add it below the customer's details)."""

    conversation_requested = Signal(int)
    """The user clicked "Open the mail" of an order."""
    loaded = Signal(int)
    """How many orders are shown after a (re)load."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = operations
        self._customer_id: int | None = None
        self._request = 0
        self._now: datetime | None = None
        self.orders: list[OrderView] = []
        self.cards: list[OrderCard] = []
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        """Opens tracking pages in the browser (replaced in tests)."""

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 0.8)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
        self.title.setFont(font)
        self.empty = QLabel(self.tr("No orders yet."))
        self._cards = QVBoxLayout()
        self._cards.setSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addLayout(self._cards)
        self._set_title(0)
        self._apply_colors()
        operations.changed.connect(self._on_changed)

    def set_now(self, now: datetime | None) -> None:
        self._now = now

    def show_customer(self, customer_id: int | None) -> None:
        """Show ``customer_id``'s orders (None: clear)."""
        self._customer_id = customer_id
        if customer_id is None:
            self._request += 1
            self._fill([])
            return
        self._load()

    def _load(self) -> None:
        customer_id = self._customer_id
        if customer_id is None:
            return
        self._request += 1
        request = self._request
        self._ops.query(
            lambda db: orders_for_customer(db, customer_id, limit=ORDER_LIMIT),
            lambda orders: self._on_loaded(request, orders),
            what=self.tr("Load the customer's orders"),
        )

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(CUSTOMERS) and self._customer_id is not None:
            self._load()

    def _on_loaded(self, request: int, orders: Sequence[OrderView]) -> None:
        if request == self._request:
            self._fill(list(orders))

    def _fill(self, orders: list[OrderView]) -> None:
        if orders == self.orders and self.cards:
            # Read again after a change elsewhere (a sync's batch): making the cards anew
            # would lay the whole panel out again for nothing.
            return
        self.orders = orders
        for card in self.cards:
            self._cards.removeWidget(card)
            card.deleteLater()
        now = self._now or datetime.now(UTC)
        self.cards = [OrderCard(order, now) for order in orders]
        for card in self.cards:
            card.link_activated.connect(self._on_link)
            self._cards.addWidget(card)
        self.empty.setVisible(not orders)
        self._set_title(len(orders))
        self.loaded.emit(len(orders))

    def _set_title(self, count: int) -> None:
        title = fill(self.tr("Orders (%1)"), count) if count else self.tr("Orders")
        self.title.setText(title.upper())

    def _on_link(self, link: str) -> None:
        scheme, _, value = link.partition(":")
        if scheme == CONVERSATION_SCHEME:
            if value.isdigit():
                self.conversation_requested.emit(int(value))
            return
        self.open_url(QUrl(link))

    def _apply_colors(self) -> None:
        self.title.setStyleSheet(f"color: {_css_color(0.55)}; margin-top: 10px;")
        self.empty.setStyleSheet(f"color: {_css_color(0.65)};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)
