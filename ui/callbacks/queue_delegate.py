"""Painting one callback request as a three-line row.

Line one: the name (bold while due) and, on the right, the live timer: a coloured dot and
how long the call is due (green under 15 min, amber under an hour, red after), or "after
17:00" in grey while the customer's window has not opened.  Line two: the phone number
and the preferred window.  Line three: the last attempt (if any) and the topic, faded.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from console.callbacks.queue import QueueEntry, Urgency
from ui import format as fmt
from ui.callbacks import text
from ui.callbacks.queue_model import CallbackQueueModel
from ui.i18n import fill
from ui.painting import draw_dot, draw_rule, draw_skeleton, scaled_font, text_color

PAD_X = 14
PAD_Y = 8
LINE_GAP = 3
DOT_COLUMN = 14


class CallbackDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name = QFontMetrics(scaled_font(option.font, 1.0, bold=True))
        small = QFontMetrics(scaled_font(option.font, 0.92))
        return QSize(280, PAD_Y * 2 + name.height() + 2 * (LINE_GAP + small.height()))

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
        entry = model.entry(index.row()) if isinstance(model, CallbackQueueModel) else None
        painter.save()
        if isinstance(model, CallbackQueueModel) and entry is not None:
            self._paint_entry(painter, option, model, entry)
        else:
            self._paint_placeholder(painter, option)
        if not option.state & QStyle.StateFlag.State_Selected:
            rect = option.rect
            left = rect.left() + PAD_X + DOT_COLUMN
            draw_rule(painter, left, rect.right(), rect.bottom(), text_color(option, 0.08))
        painter.restore()

    def _paint_entry(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        model: CallbackQueueModel,
        entry: QueueEntry,
    ) -> None:
        rect: QRect = option.rect
        live = model.live_urgency(entry)
        due = live not in (None, Urgency.SCHEDULED)
        name_font = scaled_font(option.font, 1.0, bold=due)
        small_font = scaled_font(option.font, 0.92)
        timer_font = scaled_font(option.font, 0.92, bold=due)
        name_metrics, small_metrics = QFontMetrics(name_font), QFontMetrics(small_font)
        timer_metrics = QFontMetrics(timer_font)
        left = rect.left() + PAD_X + DOT_COLUMN
        right = rect.right() - PAD_X
        top = rect.top() + PAD_Y
        line_one = QRect(left, top, right - left, name_metrics.height())
        line_two = QRect(left, line_one.bottom() + LINE_GAP, right - left, small_metrics.height())
        line_three = QRect(left, line_two.bottom() + LINE_GAP, right - left, small_metrics.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        color = text.urgency_color(live, option.palette)
        if selected:
            color = text_color(option, 1.0 if due else 0.7)
        if due:
            draw_dot(painter, rect.left() + PAD_X + 3, line_one.center().y() + 1, 4.0, color)

        timer = model.timer_text(entry)
        timer_width = min(timer_metrics.horizontalAdvance(timer) + 2, line_one.width() // 2)
        painter.setFont(timer_font)
        painter.setPen(color)
        painter.drawText(
            QRect(right - timer_width, line_one.top(), timer_width, line_one.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            timer_metrics.elidedText(timer, Qt.TextElideMode.ElideRight, timer_width),
        )

        painter.setFont(name_font)
        painter.setPen(text_color(option))
        name_rect = line_one.adjusted(0, 0, -(timer_width + 12), 0)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name_metrics.elidedText(
                entry.name or self.tr("(no name)"), Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )

        window = text.window_text(entry.window, entry.window_text)
        second = (
            fill(self.tr("%1 · %2"), entry.phone_display, window) if window else entry.phone_display
        )
        painter.setFont(small_font)
        painter.setPen(text_color(option, 0.85))
        painter.drawText(
            line_two,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, line_two.width()),
        )

        topic = " ".join((entry.topic or entry.message).split())
        if entry.last_outcome is not None:
            attempt = fill(
                self.tr("%1 (%2)"),
                fmt.call_outcome_text(entry.last_outcome),
                self.tr("%n attempt(s)", "", entry.attempts),
            )
            third = fill(self.tr("%1 · %2"), attempt, topic) if topic else attempt
        else:
            third = topic
        painter.setPen(text_color(option, 0.55))
        painter.drawText(
            line_three,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(third, Qt.TextElideMode.ElideRight, line_three.width()),
        )

    def _paint_placeholder(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        rect: QRect = option.rect
        metrics = QFontMetrics(option.font)
        left = rect.left() + PAD_X + DOT_COLUMN
        top = rect.top() + PAD_Y + 2
        width = max(40, rect.width() - PAD_X * 2 - DOT_COLUMN)
        color = text_color(option)
        for line, share in enumerate((0.45, 0.7, 0.85)):
            draw_skeleton(
                painter,
                QRect(
                    left,
                    top + line * (metrics.height() + LINE_GAP),
                    int(width * share),
                    metrics.height() - 4,
                ),
                color,
            )
