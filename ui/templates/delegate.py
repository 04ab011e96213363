"""How templates are drawn in lists: category headings, titles with their shortcut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.painting import scaled_font
from ui.templates.model import IsCategoryRole, ShortcutRole
from ui.templates.names import shortcut_text


class TemplateDelegate(QStyledItemDelegate):
    """Category rows as small headings; template rows with their shortcut on the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # type: ignore[override]
        size = super().sizeHint(option, index)
        extra = 10 if index.data(IsCategoryRole) else 8
        return QSize(size.width(), size.height() + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        base = opt.palette.color(
            opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        )
        rect = opt.rect.adjusted(8, 0, -8, 0)
        painter.save()
        if index.data(IsCategoryRole):
            font = scaled_font(opt.font, 0.82, bold=True)
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
            color = QColor(base)
            color.setAlphaF(0.6)
            painter.setFont(font)
            painter.setPen(color)
            text_rect = rect.adjusted(0, 6, 0, 0)
            elided = QFontMetrics(font).elidedText(
                text.upper(), Qt.TextElideMode.ElideRight, text_rect.width()
            )
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
            )
            painter.restore()
            return
        shortcut = index.data(ShortcutRole)
        hint_width = 0
        if isinstance(shortcut, int):
            hint = shortcut_text(shortcut)
            small = scaled_font(opt.font, 0.85)
            hint_width = QFontMetrics(small).horizontalAdvance(hint) + 10
            color = QColor(base)
            color.setAlphaF(0.55)
            painter.setFont(small)
            painter.setPen(color)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, hint
            )
        painter.setFont(opt.font)
        painter.setPen(base)
        text_rect = QRect(rect.left() + 8, rect.top(), rect.width() - 8 - hint_width, rect.height())
        elided = QFontMetrics(opt.font).elidedText(
            text, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.restore()
