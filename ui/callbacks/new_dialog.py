"""Recording a callback request by hand: a call the owner missed, a note from the shop.

The number is checked as it is typed (read in the shop's region, like the core stores
it) and the preferred time is read back ("→ after 17:00"), so the owner sees at once
what the queue will make of it.  Nothing is written here: the caller stores
:meth:`NewCallbackDialog.request` through the operations layer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.callbacks.windows import parse_window
from console.customers.phones import DEFAULT_REGION, display_phone, normalize_phone
from ui import format as fmt
from ui.callbacks import text
from ui.i18n import fill
from ui.icons import muted


@dataclass(frozen=True, slots=True)
class CallbackRequest:
    name: str
    phone: str
    email: str
    topic: str
    window_text: str
    requested_at: datetime


def _with_hint(field: QWidget, hint: QLabel) -> QWidget:
    """A field with its hint below it, both as wide as the form's field column."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(hint)
    return box


class NewCallbackDialog(QDialog):
    def __init__(
        self,
        now: datetime,
        region: str = DEFAULT_REGION,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._region = region
        self.setWindowTitle(self.tr("New callback"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "Note down a call you missed or a customer who asked to be called back. "
                "The request waits in the queue until you have called."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Who called"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("The number to call back"))
        self.phone_hint = QLabel()
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("Optional: links the request to the customer"))
        self.topic = QPlainTextEdit()
        self.topic.setPlaceholderText(self.tr("What it is about (optional)"))
        self.topic.setTabChangesFocus(True)
        self.topic.setFixedHeight(64)
        self.window_edit = QLineEdit()
        self.window_edit.setPlaceholderText(self.tr("For example: after 17:00, between 9 and 11"))
        self.window_hint = QLabel()
        self.called_at = QDateTimeEdit(QDateTime(fmt.to_qdatetime(now)))
        self.called_at.setCalendarPopup(True)
        self.called_at.setMaximumDateTime(fmt.to_qdatetime(now))
        self.called_at.setDisplayFormat(
            self.called_at.locale().dateTimeFormat(self.called_at.locale().FormatType.ShortFormat)
        )
        for hint in (self.phone_hint, self.window_hint):
            hint.setWordWrap(True)
            color = muted(0.7)
            hint.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Phone:"), _with_hint(self.phone, self.phone_hint))
        form.addRow(self.tr("Email:"), self.email)
        form.addRow(self.tr("Topic:"), self.topic)
        form.addRow(self.tr("Preferred time:"), _with_hint(self.window_edit, self.window_hint))
        form.addRow(self.tr("Called at:"), self.called_at)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add to the queue"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.phone.textChanged.connect(self._check)
        self.window_edit.textChanged.connect(self._check)
        self._check()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        number = self.phone.text().strip()
        e164 = normalize_phone(number, self._region) if number else None
        if not number:
            self.phone_hint.setText(self.tr("A phone number is needed."))
        elif e164 is None:
            self.phone_hint.setText(
                self.tr("This does not look like a phone number; it is kept as written.")
            )
        else:
            self.phone_hint.setText(
                fill(self.tr("Will be called as %1."), display_phone(e164, self._region))
            )
        written = self.window_edit.text().strip()
        window = parse_window(written) if written else None
        if not written:
            self.window_hint.setText(self.tr("Any time."))
        elif window is None:
            self.window_hint.setText(
                self.tr("Not understood as a time; kept as a note, the call is due now.")
            )
        else:
            self.window_hint.setText(fill(self.tr("Due %1."), text.window_text(window, written)))
        self.ok.setEnabled(bool(number))

    def request(self) -> CallbackRequest:
        called = self.called_at.dateTime().toSecsSinceEpoch()
        return CallbackRequest(
            name=self.name.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
            topic=self.topic.toPlainText().strip(),
            window_text=self.window_edit.text().strip(),
            requested_at=datetime.fromtimestamp(called, UTC),
        )
