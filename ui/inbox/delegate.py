"""Painting one conversation as a two-line row.

Line one: a dot when the customer waits for a reply, the customer's name (bold while
waiting) and the age on the right.  Line two: subject and snippet, faded, with badges
on the right (promise due, callback waiting, order number, attachment, language).  A row
still loading is drawn as grey bars.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.domain.status import ConversationStatus
from console.inbox.queries import InboxRow
from ui import format as fmt
from ui.icons import icon
from ui.inbox.model import InboxModel
from ui.painting import (
    accent_color,
    chip_width,
    draw_chip,
    draw_dot,
    draw_rule,
    draw_skeleton,
    scaled_font,
    text_color,
    warning_color,
)

PAD_X = 14
PAD_Y = 9
LINE_GAP = 4
DOT_COLUMN = 14
LONG_WAIT = timedelta(days=1)


class InboxDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now: datetime | None = None
        self.show_status = False
        """Mark conversations that are not open (search results span every list)."""

    def set_now(self, now: datetime | None) -> None:
        """Pin "now" for ages (screenshots, tests); None follows the clock."""
        self._now = now

    def now(self) -> datetime:
        return self._now or datetime.now(UTC)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name = QFontMetrics(scaled_font(option.font, 1.0, bold=True))
        small = QFontMetrics(option.font)
        return QSize(280, PAD_Y * 2 + name.height() + LINE_GAP + small.height())

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
        # Straight from the model: see ui.lazy_model on why not index.data() here.
        model = index.model()
        row = model.row_data(index.row()) if isinstance(model, InboxModel) else None
        painter.save()
        if isinstance(row, InboxRow):
            self._paint_row(painter, option, rect, row)
        else:
            self._paint_placeholder(painter, option, rect)
        self._paint_separator(painter, option, rect)
        painter.restore()

    def _paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, row: InboxRow
    ) -> None:
        name_font = scaled_font(option.font, 1.0, bold=row.needs_reply)
        small_font = scaled_font(option.font, 0.92)
        chip_font = scaled_font(option.font, 0.75, bold=True)
        name_metrics, small_metrics = QFontMetrics(name_font), QFontMetrics(small_font)
        left = rect.left() + PAD_X + DOT_COLUMN
        right = rect.right() - PAD_X
        top = rect.top() + PAD_Y
        line_one = QRect(left, top, right - left, name_metrics.height())
        line_two = QRect(left, line_one.bottom() + LINE_GAP, right - left, small_metrics.height())

        if row.needs_reply:
            draw_dot(
                painter,
                rect.left() + PAD_X + 3,
                line_one.center().y() + 1,
                3.5,
                accent_color(option),
            )

        # Age, right-aligned; orange when the customer has waited more than a day.
        since = row.waiting_since
        age = fmt.age(since, self.now())
        waited_long = row.needs_reply and since is not None and self.now() - since > LONG_WAIT
        painter.setFont(small_font)
        painter.setPen(warning_color(option) if waited_long else text_color(option, 0.6))
        age_width = small_metrics.horizontalAdvance(age)
        painter.drawText(
            QRect(right - age_width, line_one.top(), age_width, line_one.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            age,
        )

        painter.setFont(name_font)
        painter.setPen(text_color(option))
        name_rect = line_one.adjusted(0, 0, -(age_width + 12), 0)
        painter.drawText(
            name_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name_metrics.elidedText(
                row.customer_name, Qt.TextElideMode.ElideRight, name_rect.width()
            ),
        )

        # Badges on line two, from the right: language, then attachment.
        badge_right = right
        chip_height = small_metrics.height() - 2
        if self.show_status and row.status is not ConversationStatus.OPEN:
            label = fmt.status_text(row.status)
            width = chip_width(label, chip_font)
            chip = QRect(badge_right - width, line_two.top() + 1, width, chip_height)
            draw_chip(painter, chip, label, chip_font, text_color(option, 0.65))
            badge_right = chip.left() - 6
        if row.language:
            code = row.language.upper()
            width = chip_width(code, chip_font)
            chip = QRect(badge_right - width, line_two.top() + 1, width, chip_height)
            draw_chip(painter, chip, code, chip_font, text_color(option, 0.65))
            badge_right = chip.left() - 6
        if row.has_attachments:
            size = chip_height
            clip = QRect(badge_right - size, line_two.top() + 1, size, size)
            icon("paperclip", text_color(option, 0.7)).paint(painter, clip)
            badge_right = clip.left() - 6
        if row.order_number:
            label = "#" + row.order_number
            width = chip_width(label, chip_font)
            chip = QRect(badge_right - width, line_two.top() + 1, width, chip_height)
            draw_chip(painter, chip, label, chip_font, text_color(option, 0.65))
            badge_right = chip.left() - 6
        if row.callback_waiting_since is not None:
            size = chip_height
            phone = QRect(badge_right - size, line_two.top() + 1, size, size)
            icon("phone", accent_color(option)).paint(painter, phone)
            badge_right = phone.left() - 6
        if row.promise_due_at is not None:
            overdue = row.promise_due_at <= self.now()
            label = self.tr("Promise overdue") if overdue else self.tr("Promise")
            width = chip_width(label, chip_font)
            chip = QRect(badge_right - width, line_two.top() + 1, width, chip_height)
            color = warning_color(option) if overdue else accent_color(option)
            draw_chip(painter, chip, label, chip_font, color)
            badge_right = chip.left() - 6

        subject = row.subject or self.tr("(no subject)")
        text_rect = QRect(
            line_two.left(), line_two.top(), badge_right - line_two.left() - 4, line_two.height()
        )
        painter.setFont(small_font)
        subject_width = min(small_metrics.horizontalAdvance(subject), text_rect.width())
        painter.setPen(text_color(option, 0.9))
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(subject, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        rest = text_rect.adjusted(subject_width, 0, 0, 0)
        snippet = " — " + " ".join(row.snippet.split())
        if row.snippet and rest.width() > small_metrics.horizontalAdvance(" — …") + 8:
            painter.setPen(text_color(option, 0.55))
            painter.drawText(
                rest,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                small_metrics.elidedText(snippet, Qt.TextElideMode.ElideRight, rest.width()),
            )

    def _paint_placeholder(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect
    ) -> None:
        metrics = QFontMetrics(option.font)
        left = rect.left() + PAD_X + DOT_COLUMN
        top = rect.top() + PAD_Y + 2
        width = max(40, rect.width() - PAD_X * 2 - DOT_COLUMN)
        color = text_color(option)
        draw_skeleton(painter, QRect(left, top, int(width * 0.4), metrics.height() - 4), color)
        draw_skeleton(
            painter,
            QRect(
                left, top + metrics.height() + LINE_GAP + 2, int(width * 0.85), metrics.height() - 4
            ),
            color,
        )

    def _paint_separator(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect
    ) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            return
        left = rect.left() + PAD_X + DOT_COLUMN
        draw_rule(painter, left, rect.right(), rect.bottom(), text_color(option, 0.08))
