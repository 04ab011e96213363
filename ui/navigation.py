"""The navigation pane: the lists of the app, each with its count.

Callbacks, orders, reminders and templates arrive in later versions; their entries are
already here with a count of 0 and lead to an honest empty page, never to sample data.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from console.inbox.counts import InboxCounts
from ui.icons import icon
from ui.painting import accent_color, chip_width, draw_chip, scaled_font, text_color


class NavTarget(StrEnum):
    INBOX_ALL = "inbox_all"
    INBOX_EMAIL = "inbox_email"
    CALLBACKS = "callbacks"
    ORDERS = "orders"
    OVERDUE = "overdue"
    TODAY = "today"
    UPCOMING = "upcoming"
    WAITING = "waiting"
    DONE = "done"
    CUSTOMERS = "customers"
    TEMPLATES = "templates"


class NavRole(IntEnum):
    TARGET = Qt.ItemDataRole.UserRole + 1
    COUNT = Qt.ItemDataRole.UserRole + 2
    HEADER = Qt.ItemDataRole.UserRole + 3
    EMPHASIS = Qt.ItemDataRole.UserRole + 4
    """Counts that ask for action are drawn as a coloured badge."""


ICONS = {
    NavTarget.INBOX_ALL: "inbox",
    NavTarget.INBOX_EMAIL: "mail",
    NavTarget.CALLBACKS: "phone",
    NavTarget.ORDERS: "package",
    NavTarget.OVERDUE: "overdue",
    NavTarget.TODAY: "today",
    NavTarget.UPCOMING: "upcoming",
    NavTarget.WAITING: "waiting",
    NavTarget.DONE: "done",
    NavTarget.CUSTOMERS: "customers",
    NavTarget.TEMPLATES: "templates",
}
EMPHASIZED = frozenset(
    {
        NavTarget.INBOX_ALL,
        NavTarget.INBOX_EMAIL,
        NavTarget.CALLBACKS,
        NavTarget.OVERDUE,
        NavTarget.TODAY,
    }
)


# PySide6 6.12 returns an invalid QVariant to Python as None *without* a reference: every
# ``index.data(role)`` that yields None takes one reference from None, and the process
# aborts once None's count reaches zero.  So every item here sets every role (never None).


class NavigationDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height()
        if index.data(NavRole.HEADER):
            return QSize(180, height + 18)
        return QSize(180, height + 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        rect: QRect = option.rect
        painter.save()
        if index.data(NavRole.HEADER):
            font = scaled_font(option.font, 0.78, bold=True)
            painter.setFont(font)
            painter.setPen(text_color(option, 0.5))
            painter.drawText(
                rect.adjusted(16, 0, -12, -3),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                str(index.data(Qt.ItemDataRole.DisplayRole)).upper(),
            )
            painter.restore()
            return
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        target = index.data(NavRole.TARGET)
        icon_size = 18
        icon_rect = QRect(
            rect.left() + 14, rect.center().y() - icon_size // 2 + 1, icon_size, icon_size
        )
        if target in ICONS:
            icon(ICONS[NavTarget(target)], text_color(option, 0.75)).paint(painter, icon_rect)
        count = index.data(NavRole.COUNT)
        count_text = str(count) if isinstance(count, int) and count >= 0 else ""
        right = rect.right() - 12
        if count_text:
            chip_font = scaled_font(option.font, 0.82, bold=True)
            if index.data(NavRole.EMPHASIS) and count:
                width = max(chip_width(count_text, chip_font), 22)
                height = QFontMetrics(chip_font).height() + 2
                chip = QRect(right - width, rect.center().y() - height // 2 + 1, width, height)
                draw_chip(painter, chip, count_text, chip_font, accent_color(option), filled=True)
                right = chip.left() - 8
            else:
                painter.setFont(scaled_font(option.font, 0.9))
                painter.setPen(text_color(option, 0.45))
                width = QFontMetrics(painter.font()).horizontalAdvance(count_text)
                painter.drawText(
                    QRect(right - width, rect.top(), width, rect.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    count_text,
                )
                right -= width + 8
        text_rect = QRect(
            icon_rect.right() + 10, rect.top(), right - icon_rect.right() - 10, rect.height()
        )
        painter.setFont(option.font)
        painter.setPen(text_color(option))
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(option.font).elidedText(
                str(index.data(Qt.ItemDataRole.DisplayRole)),
                Qt.TextElideMode.ElideRight,
                text_rect.width(),
            ),
        )
        painter.restore()


class NavigationPane(QListView):
    target_changed = Signal(object)
    """The :class:`NavTarget` the user chose."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._items: dict[NavTarget, QStandardItem] = {}
        self._build()
        self.setModel(self._model)
        self.setItemDelegate(NavigationDelegate(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Navigation"))
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        self.setAutoFillBackground(True)
        self.setMinimumWidth(200)
        self.selectionModel().currentChanged.connect(self._on_current_changed)

    def _header(self, text: str) -> None:
        item = QStandardItem(text)
        item.setData(True, NavRole.HEADER)
        item.setData("", NavRole.TARGET)
        item.setData(-1, NavRole.COUNT)
        item.setData(False, NavRole.EMPHASIS)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self._model.appendRow(item)

    def _entry(self, target: NavTarget, text: str) -> None:
        item = QStandardItem(text)
        item.setData(target.value, NavRole.TARGET)
        item.setData(False, NavRole.HEADER)
        item.setData(0, NavRole.COUNT)
        item.setData(target in EMPHASIZED, NavRole.EMPHASIS)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(text)
        self._items[target] = item
        self._model.appendRow(item)

    def _build(self) -> None:
        self._header(self.tr("Inbox"))
        self._entry(NavTarget.INBOX_ALL, self.tr("All"))
        self._entry(NavTarget.INBOX_EMAIL, self.tr("Email"))
        self._entry(NavTarget.CALLBACKS, self.tr("Callbacks"))
        self._entry(NavTarget.ORDERS, self.tr("Orders"))
        self._header(self.tr("Reminders"))
        self._entry(NavTarget.OVERDUE, self.tr("Overdue"))
        self._entry(NavTarget.TODAY, self.tr("Today"))
        self._entry(NavTarget.UPCOMING, self.tr("Upcoming"))
        self._header(self.tr("Conversations"))
        self._entry(NavTarget.WAITING, self.tr("Waiting on customer"))
        self._entry(NavTarget.DONE, self.tr("Done"))
        self._header(self.tr("Shop"))
        self._entry(NavTarget.CUSTOMERS, self.tr("Customers"))
        self._entry(NavTarget.TEMPLATES, self.tr("Templates"))

    def current_target(self) -> NavTarget | None:
        index = self.currentIndex()
        value = index.data(NavRole.TARGET) if index.isValid() else ""
        return NavTarget(value) if value else None

    def select(self, target: NavTarget) -> None:
        self.setCurrentIndex(self._items[target].index())

    def count(self, target: NavTarget) -> int:
        return int(self._items[target].data(NavRole.COUNT) or 0)

    def set_counts(self, counts: InboxCounts | None) -> None:
        """Show ``counts`` beside each list."""
        values = {target: 0 for target in NavTarget}
        if counts is not None:
            values[NavTarget.INBOX_ALL] = counts.listed
            values[NavTarget.INBOX_EMAIL] = counts.open
            values[NavTarget.CALLBACKS] = counts.callbacks
            values[NavTarget.ORDERS] = counts.orders
            values[NavTarget.OVERDUE] = counts.overdue
            values[NavTarget.TODAY] = counts.today
            values[NavTarget.UPCOMING] = counts.upcoming
            values[NavTarget.WAITING] = counts.waiting
            values[NavTarget.DONE] = counts.done
            values[NavTarget.CUSTOMERS] = counts.customers
            values[NavTarget.TEMPLATES] = counts.templates
        for target, value in values.items():
            self._items[target].setData(value, NavRole.COUNT)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(NavRole.TARGET) if current.isValid() else ""
        if value:
            self.target_changed.emit(NavTarget(value))
