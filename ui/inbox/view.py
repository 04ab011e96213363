"""The conversation list panel: title, search field and the lazy list.

Searching is instant full-text search (debounced while typing).  After every reload the
selection stays on the same conversation; when that conversation left the list (marked
done, say), the next one at the same place is selected, so triage flows down the list.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.inbox.queries import InboxFilter
from ui.changes import LISTS, Change
from ui.empty_state import EmptyState
from ui.i18n import fill
from ui.icons import icon, muted
from ui.inbox.delegate import InboxDelegate
from ui.inbox.model import InboxModel
from ui.operations import Operations
from ui.search_field import escape_leaves

SEARCH_DELAY_MS = 250


class InboxList(QListView):
    """The list itself; Enter opens the current conversation."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class InboxPanel(QWidget):
    current_changed = Signal(object)
    """The selected conversation's id, or None."""
    open_requested = Signal(int)
    """Enter or double click on a conversation."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = operations
        self._current: int | None = None
        self._current_row = 0
        self.model = InboxModel(operations, self)

        self._title = QLabel()
        title_font = self._title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._count = QLabel()
        self._count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search all mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._search_icon = QAction(self)
        self.search.addAction(self._search_icon, QLineEdit.ActionPosition.LeadingPosition)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)

        self.list = InboxList()
        escape_leaves(self.search, self.list)
        self.list.setModel(self.model)
        self.delegate = InboxDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setUniformItemSizes(True)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.setAccessibleName(self.tr("Conversations"))
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.doubleClicked.connect(lambda index: self._open(index))
        self.list.open_requested.connect(lambda: self._open(self.list.currentIndex()))

        self._empty = EmptyState("inbox")
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
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setStyleSheet(f"color: {muted(0.15).name(muted().NameFormat.HexArgb)};")
        layout.addWidget(line)
        layout.addWidget(self._stack, 1)

        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.loaded.connect(self._after_load)
        operations.changed.connect(self._on_changed)
        self._apply_icons()

    # Public API

    def show_view(self, view: InboxFilter) -> None:
        """List ``view`` (the search text stays)."""
        self._current = None
        self._current_row = 0
        self._title.setText(self._view_title(view))
        self.model.show(view, self.search.text())

    def current_conversation(self) -> int | None:
        return self._current

    def select_conversation(self, conversation_id: int) -> bool:
        row = self.model.row_of(conversation_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def step(self, step: int) -> None:
        """Select the next (``step`` 1) or previous (-1) conversation."""
        rows = self.model.rowCount()
        if rows == 0:
            return
        current = self.list.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + step))
        if row == rows - 1 and step > 0 and self.model.canFetchMore():
            self.model.fetchMore()
        self._select_row(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_now(self, now: datetime | None) -> None:
        self.delegate.set_now(now)
        self.model.set_now(now)
        self.list.viewport().update()

    # Internals

    def _view_title(self, view: InboxFilter) -> str:
        match view:
            case InboxFilter.ATTENTION:
                return self.tr("Inbox")
            case InboxFilter.EMAIL:
                return self.tr("Email")
            case InboxFilter.WAITING:
                return self.tr("Waiting on customer")
            case _:
                return self.tr("Done")

    def _apply_search(self) -> None:
        if self.search.text().strip() != self.model.search:
            self._current = None
            self._current_row = 0
            self.model.show(self.model.view, self.search.text())

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._apply_search()
        if self.model.rowCount():
            self.list.setFocus()

    def _on_changed(self, changes: Change) -> None:
        if changes.touches(LISTS):
            self.model.refresh()

    def _remember_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self._current_row = index.row()

    def _after_load(self) -> None:
        total = self.model.total
        searching = bool(self.model.search)
        self.delegate.show_status = searching
        self._title.setText(
            self.tr("Search results") if searching else self._view_title(self.model.view)
        )
        self._count.setText(self._count_text(total))
        if total == 0:
            self._empty.set_content(*self._empty_content())
            self._stack.setCurrentWidget(self._empty)
            self._set_current(None)
            return
        self._stack.setCurrentWidget(self.list)
        row = self.model.row_of(self._current) if self._current is not None else None
        if row is None:
            row = min(self._current_row, self.model.rowCount() - 1)
        self._select_row(row)

    def _count_text(self, total: int) -> str:
        # A bare number: no plural forms to get wrong before translations exist.
        return QLocale().toString(total)

    def _empty_content(self) -> tuple[str, str, str]:
        if self.model.search:
            return (
                "search",
                self.tr("No matches"),
                fill(self.tr("No conversation mentions “%1”."), self.model.search),
            )
        match self.model.view:
            case InboxFilter.WAITING:
                return (
                    "waiting",
                    self.tr("Nobody to wait for"),
                    self.tr(
                        "Conversations you answered show up here until the customer writes back."
                    ),
                )
            case InboxFilter.DONE:
                return (
                    "done",
                    self.tr("Nothing done yet"),
                    self.tr("Conversations you mark as done are kept here."),
                )
            case _:
                return (
                    "check",
                    self.tr("All caught up"),
                    self.tr("No customer is waiting for you right now."),
                )

    def _select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)
        self._set_current(self.model.conversation_id(row))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._current_row = current.row()
            self._set_current(self.model.conversation_id(current.row()))

    def _set_current(self, conversation_id: int | None) -> None:
        if conversation_id != self._current:
            self._current = conversation_id
            self.current_changed.emit(conversation_id)
        elif conversation_id is None:
            self.current_changed.emit(None)

    def _open(self, index: QModelIndex) -> None:
        conversation_id = self.model.conversation_id(index.row()) if index.isValid() else None
        if conversation_id is not None:
            self.open_requested.emit(conversation_id)

    def _apply_icons(self) -> None:
        self._search_icon.setIcon(icon("search", muted()))
        color = muted(0.7)
        self._count.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")
