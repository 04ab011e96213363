"""Painting one reminder as a two-line row.

Line one: the action's icon, "Call — Marko Horvat" and, on the right, when it is due
("Today, 14:00"; "overdue by 2 h" in red).  Line two: the owner's words, faded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.promises.zones import system_zone
from console.storage.models import utcnow
from ui.icons import icon
from ui.painting import draw_rule, scaled_font, text_color
from ui.promises.look import late
from ui.promises.names import action_icon
from ui.reminders.model import RemindersModel
from ui.reminders.rows import ReminderRow
from ui.reminders.text import detail, due_line, headline

PAD_X = 14
PAD_Y = 9
LINE_GAP = 4
ICON = 18


class ReminderDelegate(QStyledItemDelegate):
    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.tz: ZoneInfo = system_zone()
        """The shop's zone: dues are shown in it."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        bold = QFontMetrics(scaled_font(option.font, 1.0, bold=True))
        small = QFontMetrics(scaled_font(option.font, 0.92))
        return QSize(280, PAD_Y * 2 + bold.height() + LINE_GAP + small.height())

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
        model = index.model()
        row = model.row_at(index.row()) if isinstance(model, RemindersModel) else None
        if row is None:
            return
        painter.save()
        overdue = model.is_overdue(row) if isinstance(model, RemindersModel) else False
        self._paint_row(painter, option, row, overdue)
        if not option.state & QStyle.StateFlag.State_Selected:
            rect = option.rect
            left = rect.left() + PAD_X + ICON + 10
            draw_rule(painter, left, rect.right(), rect.bottom(), text_color(option, 0.08))
        painter.restore()

    def _paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, row: ReminderRow, overdue: bool
    ) -> None:
        rect: QRect = option.rect
        bold_font = scaled_font(option.font, 1.0, bold=True)
        small_font = scaled_font(option.font, 0.92)
        bold, small = QFontMetrics(bold_font), QFontMetrics(small_font)
        left = rect.left() + PAD_X + ICON + 10
        right = rect.right() - PAD_X
        top = rect.top() + PAD_Y
        line_one = QRect(left, top, right - left, bold.height())
        line_two = QRect(left, line_one.bottom() + LINE_GAP, right - left, small.height())

        icon_rect = QRect(rect.left() + PAD_X, line_one.center().y() - ICON // 2 + 1, ICON, ICON)
        icon(action_icon(row.reminder.action), text_color(option, 0.7)).paint(painter, icon_rect)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        due = due_line(row, self.tz, self._clock(), overdue)
        due_font = scaled_font(option.font, 0.92, bold=overdue)
        due_metrics = QFontMetrics(due_font)
        due_width = min(due_metrics.horizontalAdvance(due) + 2, line_one.width() // 2)
        painter.setFont(due_font)
        color: QColor = (
            late(option.palette) if overdue and not selected else text_color(option, 0.65)
        )
        painter.setPen(color)
        painter.drawText(
            QRect(right - due_width, line_one.top(), due_width, line_one.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            due_metrics.elidedText(due, Qt.TextElideMode.ElideRight, due_width),
        )

        title_rect = line_one.adjusted(0, 0, -(due_width + 12), 0)
        painter.setFont(bold_font)
        painter.setPen(text_color(option))
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold.elidedText(headline(row), Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        words = detail(row)
        if words:
            painter.setFont(small_font)
            painter.setPen(text_color(option, 0.6))
            painter.drawText(
                line_two,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small.elidedText(words, Qt.TextElideMode.ElideRight, line_two.width()),
            )
