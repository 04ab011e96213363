"""Occasions to get in touch: a birthday, a year since the first order, a holiday in the
customer's country, a week after shipping.  Suggestions only: nothing is ever sent by
itself.  Each offers "Use template" (the owner writes, from a template), "Add reminder"
and "Dismiss" (never suggested again).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.reminders.occasions import Occasion, OccasionKind
from ui.i18n import fill
from ui.icons import icon, muted, pixmap
from ui.painting import scaled_font
from ui.promises.look import css
from ui.promises.when import day_text
from ui.reminders.rows import OccasionRow
from ui.reminders.text import occasion_detail, occasion_headline

TEMPLATE_KEYS: dict[OccasionKind, str] = {
    OccasionKind.BIRTHDAY: "birthday_greeting",
    OccasionKind.FIRST_ORDER: "first_order_anniversary",
    OccasionKind.HOLIDAY: "holiday_greeting",
    OccasionKind.AFTER_SHIPPING: "feedback_request",
}
"""The template each occasion suggests (keys of ``console.templates``)."""
ICONS: dict[OccasionKind, str] = {
    OccasionKind.BIRTHDAY: "sparkles",
    OccasionKind.FIRST_ORDER: "sparkles",
    OccasionKind.HOLIDAY: "today",
    OccasionKind.AFTER_SHIPPING: "package",
}
SHOWN = 3
"""Occasions shown before "Show all"."""


class OccasionItem(QFrame):
    """One suggestion: what and when, and its three buttons."""

    template_requested = Signal(str, int)
    accept_requested = Signal(object)
    dismiss_requested = Signal(object)

    def __init__(
        self, row: OccasionRow, tz: ZoneInfo, now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.row = row
        occasion = row.occasion
        self._icon = QLabel()
        title = QLabel(occasion_headline(row))
        title.setFont(scaled_font(title.font(), 1.0, bold=True))
        title.setWordWrap(True)
        when = QLabel(day_text(occasion.day, tz, now))
        when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self._muted = [when]
        detail_text = occasion_detail(row)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        head.addWidget(when)
        self.template_button = self._button("templates", self.tr("Use template"))
        self.template_button.setToolTip(
            self.tr("Write to the customer from a template; you send it yourself.")
        )
        customers = row.customers
        if len(customers) > 1:
            menu = QMenu(self.template_button)
            for customer_id, name in customers:
                action = QAction(name, menu)
                action.triggered.connect(lambda _on=False, c=customer_id: self._use_template(c))
                menu.addAction(action)
            self.template_button.setMenu(menu)
            self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        elif customers:
            self.template_button.clicked.connect(lambda: self._use_template(customers[0][0]))
        else:
            self.template_button.setEnabled(False)
        self.accept_button = self._button("bell", self.tr("Add reminder"))
        self.accept_button.setToolTip(
            self.tr("Be reminded on the day (one reminder per customer).")
            if len(customers) > 1
            else self.tr("Be reminded on the day.")
        )
        self.accept_button.clicked.connect(lambda: self.accept_requested.emit(occasion))
        self.dismiss_button = self._button("close", self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Do not suggest this again."))
        self.dismiss_button.clicked.connect(lambda: self.dismiss_requested.emit(occasion))
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        buttons.addStretch(1)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        if detail_text:
            detail = QLabel(detail_text)
            detail.setIndent(26)
            self._muted.append(detail)
            layout.addWidget(detail)
        layout.addLayout(buttons)
        self._apply_colors()

    def _button(self, icon_name: str, text: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text)
        button.setProperty("iconName", icon_name)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(14, 14))
        button.setAutoRaise(True)
        return button

    def _use_template(self, customer_id: int) -> None:
        self.template_requested.emit(TEMPLATE_KEYS[self.row.occasion.kind], customer_id)

    def _apply_colors(self) -> None:
        self._icon.setPixmap(pixmap(ICONS[self.row.occasion.kind], 18, muted(0.7)))
        for button in (self.template_button, self.accept_button, self.dismiss_button):
            button.setIcon(icon(str(button.property("iconName")), muted(0.75)))
        for label in self._muted:
            label.setStyleSheet(f"color: {css(muted(0.65))};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)


class OccasionsPanel(QWidget):
    """The suggestions, soonest first; hidden when there is none."""

    template_requested = Signal(str, int)
    """(template key, customer id): open the composer with that template."""
    accept_requested = Signal(object)
    """An :class:`Occasion` to turn into reminders."""
    dismiss_requested = Signal(object)
    """An :class:`Occasion` never to suggest again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[OccasionRow, ...] = ()
        self._tz = ZoneInfo("UTC")
        self._now = datetime.now(UTC)
        self._shown_for: tuple[ZoneInfo, date] | None = None
        self._expanded = False
        self.items: list[OccasionItem] = []
        self.toggle = QToolButton()
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.toggled.connect(self._on_toggled)
        self.toggle.setFont(scaled_font(self.toggle.font(), 1.0, bold=True))
        self._note = QLabel(self.tr("Suggestions only: nothing is sent by itself."))
        self._note.setWordWrap(True)
        self._body = QWidget()
        self._list = QVBoxLayout(self._body)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(0)
        self.more = QToolButton()
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self._show_all)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        self._line = line
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        layout.addWidget(line)
        header = QHBoxLayout()
        header.setContentsMargins(8, 4, 12, 0)
        header.addWidget(self.toggle)
        header.addStretch(1)
        layout.addLayout(header)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(14, 0, 12, 2)
        note_row.addWidget(self._note)
        layout.addLayout(note_row)
        layout.addWidget(self._body)
        more_row = QHBoxLayout()
        more_row.setContentsMargins(10, 0, 12, 0)
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        layout.addLayout(more_row)
        self._apply_colors()
        self.hide()

    def set_rows(self, rows: tuple[OccasionRow, ...], tz: ZoneInfo, now: datetime) -> None:
        """Show ``rows``; widgets are made only for the rows on show.

        The reminders are read again after every stored batch of a sync, and a shop can
        have hundreds of occasions (a holiday for every customer of a country): rebuilding
        a widget per row each time held the window for a fifth of a second.  The same
        rows on the same day keep their widgets.
        """
        shown_day = now.astimezone(tz).date()
        if rows == self._rows and (tz, shown_day) == self._shown_for and rows:
            return
        self._rows, self._tz, self._now, self._shown_for = rows, tz, now, (tz, shown_day)
        self.toggle.setText(fill(self.tr("Occasions to get in touch (%1)"), len(rows)))
        for item in self.items:
            self._list.removeWidget(item)
            item.deleteLater()
        self.items = []
        self.setVisible(bool(rows))
        self._show_items()

    def _add_item(self, row: OccasionRow) -> None:
        item = OccasionItem(row, self._tz, self._now)
        item.template_requested.connect(self.template_requested)
        item.accept_requested.connect(self.accept_requested)
        item.dismiss_requested.connect(self.dismiss_requested)
        self._list.addWidget(item)
        self.items.append(item)

    def occasions(self) -> list[Occasion]:
        return [row.occasion for row in self._rows]

    def _on_toggled(self, expanded: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self._show_items()

    def _show_all(self) -> None:
        self._expanded = True
        self._show_items()

    def _show_items(self) -> None:
        open_ = self.toggle.isChecked()
        limit = len(self._rows) if self._expanded else min(SHOWN, len(self._rows))
        if open_:
            while len(self.items) < limit:
                self._add_item(self._rows[len(self.items)])
        for index, item in enumerate(self.items):
            item.setVisible(open_ and index < limit)
        hidden = len(self._rows) - limit
        self.more.setText(self.tr("Show %n more", "", hidden) if hidden > 0 else "")
        self.more.setVisible(open_ and hidden > 0)
        self._note.setVisible(open_)
        self._body.setVisible(open_)

    def _apply_colors(self) -> None:
        self._note.setStyleSheet(f"color: {css(muted(0.6))};")
        self._line.setStyleSheet(f"color: {css(muted(0.15))};")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)
