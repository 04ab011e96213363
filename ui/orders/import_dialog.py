"""Importing orders from an export file (Shopify, WooCommerce, or any CSV).

The dialog reads the file's header and first rows off the UI thread
(:func:`console.orders.csv_preview.preview_csv`).  A Shopify or WooCommerce export is
recognized and read as that platform writes it; for any other file the owner says, in a
table, which column holds which field (the order number at least).  The import itself
runs on the DB worker (:func:`console.orders.csv_import.import_orders_csv`) and the
dialog ends with its report: orders new, updated, unchanged, and rows it skipped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.orders.csv_import import FIELDS, CsvImportReport, import_orders_csv
from console.orders.csv_preview import CsvPreview, preview_csv
from console.orders.types import Platform
from ui.changes import Change
from ui.field_mapping import ChoiceDelegate, FieldMappingModel, MappingRow
from ui.i18n import fill
from ui.icons import muted
from ui.operations import Operations

ORDER_CHANGES = Change.CUSTOMER | Change.CONVERSATIONS
"""Orders show in the customer panel and next to conversations."""


def field_label(field: str) -> str:
    """The field a CSV column can hold, in the UI language."""
    labels = {
        "number": QCoreApplication.translate("OrderFields", "Order number"),
        "date": QCoreApplication.translate("OrderFields", "Order date"),
        "status": QCoreApplication.translate("OrderFields", "Status"),
        "email": QCoreApplication.translate("OrderFields", "Customer email"),
        "name": QCoreApplication.translate("OrderFields", "Customer name"),
        "first_name": QCoreApplication.translate("OrderFields", "First name"),
        "last_name": QCoreApplication.translate("OrderFields", "Last name"),
        "phone": QCoreApplication.translate("OrderFields", "Phone"),
        "total": QCoreApplication.translate("OrderFields", "Order total"),
        "currency": QCoreApplication.translate("OrderFields", "Currency"),
        "item_name": QCoreApplication.translate("OrderFields", "Item name"),
        "item_quantity": QCoreApplication.translate("OrderFields", "Item quantity"),
        "item_price": QCoreApplication.translate("OrderFields", "Item price (line total)"),
        "item_unit_price": QCoreApplication.translate("OrderFields", "Item price (each)"),
        "item_sku": QCoreApplication.translate("OrderFields", "Item SKU"),
        "line_items": QCoreApplication.translate("OrderFields", "Items (WooCommerce list)"),
        "payment_method": QCoreApplication.translate("OrderFields", "Payment method"),
        "shipping_method": QCoreApplication.translate("OrderFields", "Shipping method"),
        "billing_address": QCoreApplication.translate("OrderFields", "Billing address"),
        "shipping_address": QCoreApplication.translate("OrderFields", "Shipping address"),
        "tracking_number": QCoreApplication.translate("OrderFields", "Tracking number"),
        "carrier": QCoreApplication.translate("OrderFields", "Carrier"),
        "note": QCoreApplication.translate("OrderFields", "Customer note"),
        "financial_status": QCoreApplication.translate("OrderFields", "Payment status"),
        "fulfillment_status": QCoreApplication.translate("OrderFields", "Fulfilment status"),
        "cancelled_at": QCoreApplication.translate("OrderFields", "Cancelled at"),
    }
    if field in labels:
        return labels[field]
    if field.startswith("billing_address_"):
        return QCoreApplication.translate("OrderFields", "Billing address (part)")
    if field.startswith("shipping_address_"):
        return QCoreApplication.translate("OrderFields", "Shipping address (part)")
    return field


def _choices(extra: list[str]) -> list[tuple[str, str]]:
    fields = [*FIELDS, *(f for f in dict.fromkeys(extra) if f and f not in FIELDS)]
    return [("", QCoreApplication.translate("OrderFields", "(not imported)"))] + [
        (field, field_label(field)) for field in fields
    ]


class ImportDialog(QDialog):
    def __init__(
        self,
        operations: Operations,
        *,
        path: Path | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._now = now
        self.preview: CsvPreview | None = None
        self.report: CsvImportReport | None = None
        self.choose_file: Callable[[], Path | None] = self._choose_file
        """Asks for the file (replaced in tests)."""
        self.setWindowTitle(self.tr("Import orders"))
        self.setMinimumSize(720, 520)

        intro = QLabel(
            self.tr(
                "Import the orders of an export file: Shopify (Orders → Export), WooCommerce "
                "(an order export plugin) or any CSV file with one row per order or per item."
            )
        )
        intro.setWordWrap(True)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Choose a file…"))
        self.file_button.clicked.connect(self.pick_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.file_button)

        self.kind = QLabel()
        self.kind.setWordWrap(True)
        self.own_mapping = QCheckBox(self.tr("Say myself which column holds what"))
        self.own_mapping.toggled.connect(self._update_mapping_visibility)
        self.mapping = FieldMappingModel(
            _choices([]),
            (self.tr("Column in the file"), self.tr("First row"), self.tr("Import as")),
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.mapping)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.dataChanged.connect(self._check)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.kind)
        layout.addWidget(self.own_mapping)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.filler = QWidget()
        """Takes the free space while the table is hidden."""
        layout.addWidget(self.filler, 1)
        layout.addWidget(self.buttons)
        self.kind.hide()
        self.own_mapping.hide()
        self._show_table(False)
        if path is not None:
            self.load(path)

    # Choosing and reading the file

    def _choose_file(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an order export"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return Path(name) if name else None

    def pick_file(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        """Read the header and first rows of ``path`` (off the UI thread)."""
        self.preview = None
        self.report = None
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        self.status.setText(html.escape(self.tr("Reading the file…")))
        self.import_button.setEnabled(False)
        self._ops.run(
            lambda: preview_csv(path),
            self._on_preview,
            self._on_preview_failed,
            what=self.tr("Read the export file"),
        )

    def _on_preview_failed(self, exc: Exception) -> None:
        self.kind.hide()
        self.own_mapping.hide()
        self.table.hide()
        self.status.setText(html.escape(fill(self.tr("The file cannot be imported: %1"), str(exc))))

    def _on_preview(self, preview: CsvPreview) -> None:
        self.preview = preview
        first = preview.rows[0] if preview.rows else ()
        self.mapping = FieldMappingModel(
            _choices(list(preview.mapping.values())),
            (self.tr("Column in the file"), self.tr("First row"), self.tr("Import as")),
            parent=self,
        )
        self.mapping.set_rows(
            [
                MappingRow(
                    column,
                    first[n] if n < len(first) else "",
                    preview.mapping.get(column, ""),
                )
                for n, column in enumerate(preview.columns)
            ]
        )
        self.mapping.dataChanged.connect(self._check)
        self.table.setModel(self.mapping)
        self.kind.show()
        known = preview.platform is not Platform.GENERIC
        if preview.platform is Platform.SHOPIFY:
            self.kind.setText(
                self.tr("A Shopify export: its columns are read the way Shopify writes them.")
            )
        elif preview.platform is Platform.WOOCOMMERCE:
            self.kind.setText(
                self.tr(
                    "A WooCommerce export: its columns are read the way the plugin writes them."
                )
            )
        else:
            self.kind.setText(
                self.tr(
                    "The app does not know this file's layout. Say which column holds which "
                    "field; the order number is needed, the rest as far as the file has it."
                )
            )
        self.own_mapping.setVisible(known)
        self.own_mapping.setChecked(not known)
        self._update_mapping_visibility()
        self.status.clear()
        self._check()

    def _update_mapping_visibility(self) -> None:
        self._show_table(self.preview is not None and self.own_mapping.isChecked())

    def _show_table(self, visible: bool) -> None:
        self.table.setVisible(visible)
        self.filler.setVisible(not visible)

    def _check(self) -> None:
        preview = self.preview
        if preview is None:
            self.import_button.setEnabled(False)
            return
        has_number = "number" in self.chosen_mapping().values() or (
            preview.platform is not Platform.GENERIC and "number" in preview.mapping.values()
        )
        self.import_button.setEnabled(has_number and self.report is None)
        if not has_number:
            self.status.setText(
                html.escape(self.tr("Choose the column that holds the order number."))
            )
        elif self.report is None:
            self.status.clear()

    def chosen_mapping(self) -> dict[str, str]:
        """Column → field as the owner set it (what the import is given)."""
        preview = self.preview
        if preview is None:
            return {}
        if preview.platform is not Platform.GENERIC and not self.own_mapping.isChecked():
            return {}
        chosen = self.mapping.mapping()
        if preview.platform is Platform.GENERIC:
            return chosen
        # A known export keeps its own reading; only the owner's changes are given.
        return {c: f for c, f in chosen.items() if preview.mapping.get(c) != f}

    # Importing

    def start_import(self) -> None:
        preview = self.preview
        if preview is None or not self.import_button.isEnabled():
            return
        path, mapping, now = preview.path, self.chosen_mapping(), self._now
        self.import_button.setEnabled(False)
        self.file_button.setEnabled(False)
        self.table.setEnabled(False)
        self.progress.show()
        self.status.setText(html.escape(self.tr("Importing…")))
        self._ops.change(
            lambda db: import_orders_csv(db, path, mapping or None, now=now),
            ORDER_CHANGES,
            self._on_imported,
            self._on_import_failed,
            what=self.tr("Import the orders"),
        )

    def _on_import_failed(self, exc: Exception) -> None:
        self.progress.hide()
        self.file_button.setEnabled(True)
        self.table.setEnabled(True)
        self.import_button.setEnabled(True)
        self.status.setText(html.escape(fill(self.tr("The import failed: %1"), str(exc))))

    def _on_imported(self, report: CsvImportReport) -> None:
        self.report = report
        self.progress.hide()
        self.file_button.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.import_button.hide()
        self.own_mapping.hide()
        self.kind.hide()
        self._show_table(False)
        self.status.setText(self.report_html(report))

    def report_html(self, report: CsvImportReport) -> str:
        lines = [
            "<b>"
            + html.escape(
                self.tr("%n order(s) imported from the file.", "", report.orders)
                if report.orders
                else self.tr("No orders were found in the file.")
            )
            + "</b>",
            html.escape(
                fill(
                    self.tr("New: %1 · updated: %2 · unchanged: %3"),
                    report.created,
                    report.updated,
                    report.unchanged,
                )
            ),
        ]
        if report.skipped:
            lines.append(html.escape(self.tr("%n row(s) skipped:", "", report.skipped)))
            for line, reason in report.errors[:20]:
                why = self.tr("no order number") if reason == "no order number" else reason
                lines.append("&nbsp;&nbsp;" + html.escape(fill(self.tr("Line %1: %2"), line, why)))
            if len(report.errors) > 20:
                lines.append(html.escape(self.tr("… and %n more.", "", len(report.errors) - 20)))
        color = muted(0.7).name()
        return lines[0] + f'<br><span style="color:{color}">' + "<br>".join(lines[1:]) + "</span>"
