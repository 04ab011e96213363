"""The Customers page: a searchable list of every customer, newest data first loaded."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from console.customers.directory import CustomerRow
from ui import format as fmt
from ui.changes import CUSTOMERS, Change
from ui.customer.avatar import avatar
from ui.customer.directory_model import CustomerListModel
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import icon, muted
from ui.operations import Operations
from ui.painting import chip_width, draw_chip, draw_rule, draw_skeleton, scaled_font, text_color
from ui.search_field import escape_leaves

AVATAR = 32


class CustomerDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(260, max(AVATAR + 16, QFontMetrics(option.font).height() * 2 + 20))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        rect: QRect = option.rect
        model = index.model()  # not index.data(): see ui.lazy_model
        row = model.row_data(index.row()) if isinstance(model, CustomerListModel) else None
        metrics = QFontMetrics(option.font)
        left = rect.left() + 14
        top = rect.top() + (rect.height() - AVATAR) // 2
        painter.save()
        if not isinstance(row, CustomerRow):
            draw_skeleton(
                painter,
                QRect(left + AVATAR + 12, rect.top() + 12, 140, metrics.height() - 4),
                text_color(option),
            )
            painter.restore()
            return
        painter.drawPixmap(
            left, top, avatar(row.name, AVATAR, painter.device().devicePixelRatioF())
        )
        text_left = left + AVATAR + 12
        right = rect.right() - 14
        name_font = scaled_font(option.font, 1.0, bold=True)
        small = scaled_font(option.font, 0.9)
        line_one = QRect(
            text_left, rect.top() + 8, right - text_left, QFontMetrics(name_font).height()
        )
        line_two = QRect(
            text_left, line_one.bottom() + 3, right - text_left, QFontMetrics(small).height()
        )
        badge_right = right
        if row.open_count:
            chip_font = scaled_font(option.font, 0.75, bold=True)
            text = fill(self.tr("%1 open"), row.open_count)
            width = chip_width(text, chip_font)
            chip = QRect(badge_right - width, line_one.top() + 1, width, line_one.height() - 2)
            draw_chip(painter, chip, text, chip_font, text_color(option, 0.7))
            badge_right = chip.left() - 8
        painter.setFont(name_font)
        painter.setPen(text_color(option))
        name_rect = QRect(
            line_one.left(), line_one.top(), badge_right - line_one.left(), line_one.height()
        )
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(
                row.name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )
        details = [row.company or "", row.email]
        if row.last_contact_at is not None:
            details.append(fmt.age(row.last_contact_at, datetime.now(UTC)))
        painter.setFont(small)
        painter.setPen(text_color(option, 0.6))
        painter.drawText(
            line_two,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(
                " · ".join(d for d in details if d), Qt.TextElideMode.ElideRight, line_two.width()
            ),
        )
        draw_rule(painter, text_left, rect.right(), rect.bottom(), text_color(option, 0.08))
        painter.restore()


class CustomerDirectory(QWidget):
    customer_changed = Signal(object)
    """The selected customer's id, or None."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CustomerListModel(operations, self)
        self._current: int | None = None
        self._title = QLabel(self.tr("Customers"))
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self._title.setFont(font)
        self._count = QLabel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a customer by name, company or address"))
        self.search.setClearButtonEnabled(True)
        search_icon = QAction(icon("search", muted()), "", self)
        self.search.addAction(search_icon, QLineEdit.ActionPosition.LeadingPosition)
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(250)
        timer.timeout.connect(lambda: self.model.show(self.search.text()))
        self.search.textChanged.connect(lambda _t: timer.start())

        self.list = QListView()
        escape_leaves(self.search, self.list)
        self.list.setModel(self.model)
        self.list.setItemDelegate(CustomerDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self._empty = EmptyState(
            "customers",
            self.tr("No customers found"),
            self.tr("Customers appear here as soon as they write to you."),
        )
        self._stack = QStackedWidget()
        self._stack.addWidget(self.list)
        self._stack.addWidget(self._empty)

        header = QHBoxLayout()
        header.setContentsMargins(16, 14, 16, 6)
        header.addWidget(self._title)
        header.addStretch(1)
        header.addWidget(self._count)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(12, 2, 12, 8)
        search_row.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addLayout(search_row)
        layout.addWidget(self._stack, 1)
        self.model.loaded.connect(self._after_load)
        operations.changed.connect(self._on_changed)
        color = muted(0.7)
        self._count.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")

    def open(self) -> None:
        self.model.show(self.search.text())

    def current_customer(self) -> int | None:
        return self._current

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def step(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = self.list.currentIndex().row()
            row = 0 if current < 0 else max(0, min(rows - 1, current + step))
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(CUSTOMERS) and self.isVisible():
            self.model.reload(keep_exposed=True)

    def _after_load(self) -> None:
        self._count.setText(QLocale().toString(self.model.total))
        if self.model.total == 0:
            self._stack.setCurrentWidget(self._empty)
            self._set_current(None)
            return
        self._stack.setCurrentWidget(self.list)
        row = self.model.row_of(self._current) if self._current is not None else None
        index = self.model.index(row if row is not None else 0)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._set_current(self.model.item_id(index.row()))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._set_current(self.model.item_id(current.row()))

    def _set_current(self, customer_id: int | None) -> None:
        if customer_id != self._current or customer_id is None:
            self._current = customer_id
            self.customer_changed.emit(customer_id)
