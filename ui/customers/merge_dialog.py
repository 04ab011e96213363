"""Correcting who is who: merge two customers, or split an address off into a new one.

Merge: pick the customer to keep and the one to merge into it (both searchable); the
dialog says what moves (conversations, orders, callback requests, addresses, phone
numbers) and asks once more before it merges.  Split: pick one of a customer's
addresses; the conversations, orders and callback requests of that address move to a
new customer.  Reads and writes go through the operations layer.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.customers.merge import merge_customers, split_address_detailed
from console.customers.merge_preview import (
    CustomerSummary,
    SplitPreview,
    customer_summary,
    merge_preview,
    split_preview,
)
from ui.changes import Change
from ui.customer.directory_model import CustomerListModel
from ui.i18n import fill
from ui.icons import muted
from ui.operations import Operations

SEARCH_DELAY_MS = 250
MERGE_CHANGES = Change.CUSTOMER | Change.CONVERSATIONS | Change.TIMELINE


class CustomerPicker(QWidget):
    """A search field over the customer list; ``picked`` says who is selected."""

    picked = Signal(object)
    """The selected customer's id, or None."""

    def __init__(self, operations: Operations, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CustomerListModel(operations, self)
        self._wanted: int | None = None
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, company or email"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(160)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.model.show(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.model.loaded.connect(self._on_loaded)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)

    def load(self, select: int | None = None) -> None:
        self._wanted = select
        self.model.show(self.search.text())

    def set_search(self, text: str) -> None:
        """Search now (no typing pause)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.model.show(text)

    def select(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.list.setCurrentIndex(self.model.index(row))
        return True

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def _on_loaded(self) -> None:
        if self._wanted is not None and self.select(self._wanted):
            self._wanted = None
            return
        self.picked.emit(self.current_id())

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.picked.emit(self.model.item_id(current.row()) if current.isValid() else None)


def _faded_html(text: str) -> str:
    return f'<span style="color:{muted(0.7).name()}">{html.escape(text)}</span>'


class MergeDialog(QDialog):
    merged = Signal(int)
    """The kept customer's id after a merge."""
    split_done = Signal(int)
    """The new customer's id after a split."""

    def __init__(
        self,
        operations: Operations,
        *,
        customer_id: int | None = None,
        author: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._customer_id = customer_id
        self._merge: tuple[CustomerSummary, CustomerSummary] | None = None
        self._split: SplitPreview | None = None
        self._request = 0
        self.author = author
        self.confirm: Callable[[str, str], bool] = self._confirm
        """Asks "Merge … ?" before anything changes (replaced in tests)."""
        self.setWindowTitle(self.tr("Merge or split customers"))
        self.setMinimumSize(720, 520)

        # Merge
        self.keep = CustomerPicker(operations, self.tr("Keep this customer"))
        self.other = CustomerPicker(operations, self.tr("Merge this customer into it"))
        self.merge_summary = QLabel()
        self.merge_summary.setWordWrap(True)
        self.merge_summary.setTextFormat(Qt.TextFormat.RichText)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setEnabled(False)
        merge_page = QWidget()
        merge_grid = QGridLayout(merge_page)
        merge_grid.addWidget(self.keep, 0, 0)
        merge_grid.addWidget(self.other, 0, 1)
        merge_grid.addWidget(self.merge_summary, 1, 0, 1, 2)
        merge_grid.addWidget(self.merge_button, 2, 1, Qt.AlignmentFlag.AlignRight)
        merge_grid.setRowStretch(0, 1)

        # Split
        self.owner = CustomerPicker(operations, self.tr("Customer"))
        self.address = QComboBox()
        self.split_summary = QLabel()
        self.split_summary.setWordWrap(True)
        self.split_summary.setTextFormat(Qt.TextFormat.RichText)
        self.split_button = QPushButton(self.tr("Split off…"))
        self.split_button.setEnabled(False)
        split_page = QWidget()
        split_layout = QVBoxLayout(split_page)
        split_layout.addWidget(self.owner, 1)
        split_layout.addWidget(QLabel(self.tr("The address to make a customer of its own:")))
        split_layout.addWidget(self.address)
        split_layout.addWidget(self.split_summary)
        split_layout.addWidget(self.split_button, 0, Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget()
        self.tabs.addTab(merge_page, self.tr("Merge two customers"))
        self.tabs.addTab(split_page, self.tr("Split off an address"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.keep.picked.connect(lambda _id: self._preview_merge())
        self.other.picked.connect(lambda _id: self._preview_merge())
        self.owner.picked.connect(self._load_addresses)
        self.address.currentIndexChanged.connect(lambda _n: self._preview_split())
        self.merge_button.clicked.connect(self.merge)
        self.split_button.clicked.connect(self.split)
        self.keep.load(customer_id)
        self.other.load()
        self.owner.load(customer_id)
        self._preview_merge()

    # Merge

    def _preview_merge(self) -> None:
        keep, other = self.keep.current_id(), self.other.current_id()
        self._merge = None
        self.merge_button.setEnabled(False)
        if keep is None or other is None:
            self.merge_summary.setText(
                _faded_html(self.tr("Pick the customer to keep and the one to merge into it."))
            )
            return
        if keep == other:
            self.merge_summary.setText(_faded_html(self.tr("Pick two different customers.")))
            return
        self._request += 1
        request = self._request
        self._ops.query(
            lambda db: merge_preview(db, keep, other),
            lambda found: self._on_merge_preview(request, found),
            what=self.tr("Look up the customers"),
        )

    def _on_merge_preview(
        self, request: int, found: tuple[CustomerSummary, CustomerSummary] | None
    ) -> None:
        if request != self._request:
            return
        self._merge = found
        self.merge_button.setEnabled(found is not None)
        self.merge_summary.setText(self.merge_html() if found is not None else "")

    def moves(self, conversations: int, orders: int, callbacks: int) -> list[str]:
        return [
            self.tr("%n conversation(s)", "", conversations),
            self.tr("%n order(s)", "", orders),
            self.tr("%n callback request(s)", "", callbacks),
        ]

    def merge_text(self) -> str:
        """What the merge moves, as plain lines (also the confirmation's text)."""
        if self._merge is None:
            return ""
        keep, other = self._merge
        lines = [
            fill(
                self.tr("“%1” stays. Everything of “%2” moves to it, then “%2” is removed:"),
                keep.name,
                other.name,
            ),
            *(
                f"• {item}"
                for item in (
                    *self.moves(other.conversations, other.orders, other.callbacks),
                    self.tr("%n email address(es)", "", len(other.emails)),
                    self.tr("%n phone number(s)", "", len(other.phones)),
                )
            ),
        ]
        return "\n".join(lines)

    def merge_html(self) -> str:
        return html.escape(self.merge_text()).replace("\n", "<br>")

    def merge(self) -> None:
        if self._merge is None:
            return
        keep, other = self._merge
        question = fill(self.tr("Merge “%1” into “%2”?"), other.name, keep.name)
        if not self.confirm(
            question, self.merge_text() + "\n\n" + self.tr("This cannot be undone.")
        ):
            return
        keep_id, other_id, author = keep.id, other.id, self.author or "owner"
        self.merge_button.setEnabled(False)
        self._ops.change(
            lambda db: merge_customers(db, keep_id, other_id, author),
            MERGE_CHANGES,
            lambda result: self._on_merged(result.keep_id),
            self._on_failed,
            what=self.tr("Merge the customers"),
        )

    def _on_merged(self, keep_id: int) -> None:
        self.merged.emit(keep_id)
        self.accept()

    def _on_failed(self, exc: Exception) -> None:
        text = _faded_html(fill(self.tr("Nothing was changed: %1"), str(exc)))
        if self.tabs.currentIndex() == 0:
            self.merge_summary.setText(text)
        else:
            self.split_summary.setText(text)

    # Split

    def _load_addresses(self, customer_id: int | None) -> None:
        self.address.blockSignals(True)
        self.address.clear()
        self.address.blockSignals(False)
        self._split = None
        self.split_button.setEnabled(False)
        if customer_id is None:
            self.split_summary.setText(_faded_html(self.tr("Pick a customer.")))
            return
        self._ops.query(
            lambda db: customer_summary(db, customer_id),
            self._on_summary,
            what=self.tr("Look up the customer"),
        )

    def _on_summary(self, summary: CustomerSummary | None) -> None:
        if summary is None or summary.id != self.owner.current_id():
            return
        self.address.blockSignals(True)
        self.address.clear()
        for email in summary.emails:
            self.address.addItem(email, email)
        self.address.blockSignals(False)
        if len(summary.emails) < 2:
            self.split_summary.setText(
                _faded_html(
                    self.tr("This customer has only one address: there is nothing to split.")
                )
            )
            return
        self.address.setCurrentIndex(len(summary.emails) - 1)
        self._preview_split()

    def select_address(self, email: str) -> bool:
        found = self.address.findData(email)
        if found >= 0:
            self.address.setCurrentIndex(found)
        return found >= 0

    def _preview_split(self) -> None:
        customer_id, email = self.owner.current_id(), self.address.currentData()
        self._split = None
        self.split_button.setEnabled(False)
        if customer_id is None or not isinstance(email, str) or self.address.count() < 2:
            return
        self._request += 1
        request = self._request
        self._ops.query(
            lambda db: split_preview(db, customer_id, email),
            lambda found: self._on_split_preview(request, found),
            what=self.tr("Look up the address"),
        )

    def _on_split_preview(self, request: int, found: SplitPreview | None) -> None:
        if request != self._request:
            return
        self._split = found
        self.split_button.setEnabled(found is not None)
        self.split_summary.setText(
            html.escape(self.split_text()).replace("\n", "<br>") if found else ""
        )

    def split_text(self) -> str:
        found = self._split
        if found is None:
            return ""
        return "\n".join(
            [
                fill(
                    self.tr("A new customer “%1” is made for %2. These move with the address:"),
                    found.new_name,
                    found.email,
                ),
                *(
                    f"• {item}"
                    for item in self.moves(found.conversations, found.orders, found.callbacks)
                ),
                fill(self.tr("Phone numbers stay with “%1”."), found.customer.name),
            ]
        )

    def split(self) -> None:
        found = self._split
        if found is None:
            return
        question = fill(self.tr("Make %1 a customer of its own?"), found.email)
        if not self.confirm(question, self.split_text()):
            return
        customer_id, email, author = found.customer.id, found.email, self.author or "owner"
        self.split_button.setEnabled(False)
        self._ops.change(
            lambda db: split_address_detailed(db, customer_id, email, author),
            MERGE_CHANGES,
            lambda result: self._on_split(result.new_id),
            self._on_failed,
            what=self.tr("Split the address off"),
        )

    def _on_split(self, new_id: int) -> None:
        self.split_done.emit(new_id)
        self.accept()

    def _confirm(self, question: str, details: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.windowTitle())
        box.setText(question)
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
