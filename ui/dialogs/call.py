"""Logging a phone call: how it went, which number, and a short note."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.domain.events import CallOutcome
from ui import format as fmt
from ui.i18n import fill


@dataclass(frozen=True, slots=True)
class CallLog:
    outcome: CallOutcome
    phone: str
    note: str


class CallDialog(QDialog):
    def __init__(
        self,
        customer_name: str,
        phones: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``phones``: the customer's numbers as (shown text, E.164)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log a call"))
        self.setMinimumWidth(420)
        intro = QLabel(
            fill(self.tr("How did the call with %1 go?"), customer_name)
            if customer_name
            else self.tr("How did the call go?")
        )
        intro.setWordWrap(True)
        self._group = QButtonGroup(self)
        self.outcomes: dict[CallOutcome, QRadioButton] = {}
        outcome_box = QVBoxLayout()
        outcome_box.setSpacing(4)
        for outcome in CallOutcome:
            button = QRadioButton(fmt.call_outcome_text(outcome))
            self._group.addButton(button)
            self.outcomes[outcome] = button
            outcome_box.addWidget(button)
        self.outcomes[CallOutcome.REACHED].setChecked(True)
        self.phone = QComboBox()
        self.phone.setEditable(True)
        for shown, e164 in phones:
            self.phone.addItem(shown, e164)
        editor = self.phone.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("The number you called"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was said or agreed (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), outcome_box)
        form.addRow(self.tr("Number:"), self.phone)
        form.addRow(self.tr("Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log call"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_outcome(self, outcome: CallOutcome) -> None:
        self.outcomes[outcome].setChecked(True)

    def result_log(self) -> CallLog:
        outcome = next(o for o, b in self.outcomes.items() if b.isChecked())
        text = self.phone.currentText().strip()
        known = self.phone.findText(text)
        number = self.phone.itemData(known) if known >= 0 else None
        return CallLog(
            outcome=outcome,
            phone=number if isinstance(number, str) else text,
            note=self.note.toPlainText().strip(),
        )
