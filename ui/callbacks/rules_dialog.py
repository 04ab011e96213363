"""The owner teaches the app a contact form: a rule, tried on a sample mail before saving.

A rule says which mails it is for (sender, subject, body patterns) and what the form
calls its fields ("Rufnummer" is the phone).  While the owner edits, the rule is tried
on a sample, a recent stored mail or pasted text, with
:func:`console.callbacks.extract.preview_rule`, and the dialog shows what it read: the
name, phone, preferred time, and whether the mail would become a callback request.
Previews run on the DB worker (debounced); stale results are dropped.
"""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.callbacks.board import (
    SampleMessage,
    preview_stored,
    recent_samples,
    sample_from_text,
    save_rule,
)
from console.callbacks.extract import ExtractedCallback, preview_rule
from console.callbacks.rules import CallbackRule, FormField, rule_errors
from console.customers.phones import DEFAULT_REGION, display_phone
from ui import format as fmt
from ui.callbacks import text
from ui.changes import Change
from ui.field_mapping import ChoiceDelegate, FieldMappingModel
from ui.i18n import TranslationContext, fill
from ui.icons import muted
from ui.operations import Operations

PREVIEW_DELAY_MS = 300
SAMPLE_LIMIT = 30


class RulesDialog(QDialog):
    def __init__(
        self,
        operations: Operations,
        *,
        region: str = DEFAULT_REGION,
        message_id: int | None = None,
        now: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``message_id``: a stored mail to try the rule on first (the open one)."""
        super().__init__(parent)
        self._ops = operations
        self._region = region
        self._wanted_sample = message_id
        self._now = now
        self._request = 0
        self.saved_rule: CallbackRule | None = None
        self.preview: ExtractedCallback | None = None
        self.setWindowTitle(self.tr("Callback form rule"))
        self.setMinimumSize(860, 560)

        # The rule
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("For example: Shop builder form"))
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("For example: @shop-builder.example"))
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("For example: New request"))
        self.body = QLineEdit()
        self.body.setPlaceholderText(self.tr("Words every mail of the form has (optional)"))
        self.callback_only = QCheckBox(
            self.tr("Every mail of this form with a phone number asks for a call")
        )
        pattern_hint = QLabel(
            self.tr(
                "Patterns are regular expressions and ignore case; plain words work too. "
                "Every pattern you give must match."
            )
        )
        pattern_hint.setWordWrap(True)
        self.labels = FieldMappingModel(
            _field_choices(),
            (self.tr("Label in the mail"), self.tr("In the sample"), self.tr("Means")),
            keys_editable=True,
            parent=self,
        )
        self.labels_view = QTableView()
        self.labels_view.setModel(self.labels)
        self.labels_view.setItemDelegate(ChoiceDelegate(self.labels_view))
        self.labels_view.verticalHeader().hide()
        self.labels_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.labels_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.labels_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.labels_view.setMinimumHeight(130)
        self.add_label = QPushButton(self.tr("Add a label"))
        self.remove_label = QPushButton(self.tr("Remove"))
        labels_hint = QLabel(
            self.tr(
                "Common labels (Name, Phone, Telefon, Телефон, …) are known already; add the "
                "ones your form uses in its own words."
            )
        )
        labels_hint.setWordWrap(True)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Sender contains:"), self.sender_edit)
        form.addRow(self.tr("Subject contains:"), self.subject)
        form.addRow(self.tr("Text contains:"), self.body)
        label_buttons = QHBoxLayout()
        label_buttons.addWidget(self.add_label)
        label_buttons.addWidget(self.remove_label)
        label_buttons.addStretch(1)
        rule_box = QGroupBox(self.tr("The rule"))
        rule_layout = QVBoxLayout(rule_box)
        rule_layout.addLayout(form)
        rule_layout.addWidget(pattern_hint)
        rule_layout.addWidget(self.callback_only)
        rule_layout.addWidget(QLabel(self.tr("Field labels:")))
        rule_layout.addWidget(self.labels_view, 1)
        rule_layout.addLayout(label_buttons)
        rule_layout.addWidget(labels_hint)

        # The sample
        self.use_stored = QRadioButton(self.tr("A recent mail:"))
        self.use_pasted = QRadioButton(self.tr("Pasted text:"))
        self.use_stored.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.use_stored)
        group.addButton(self.use_pasted)
        self.samples = QComboBox()
        self.samples.setMinimumContentsLength(24)
        self.samples.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.pasted = QPlainTextEdit()
        self.pasted.setPlaceholderText(
            self.tr("Paste a whole mail (with its headers) or just the text of the form.")
        )
        self.pasted.setTabChangesFocus(True)
        self.pasted.setMaximumHeight(110)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_scroll = QScrollArea()
        result_scroll.setWidgetResizable(True)
        result_scroll.setWidget(self.result_label)
        sample_box = QGroupBox(self.tr("Try it on a mail"))
        sample_layout = QVBoxLayout(sample_box)
        sample_layout.addWidget(self.use_stored)
        sample_layout.addWidget(self.samples)
        sample_layout.addWidget(self.use_pasted)
        sample_layout.addWidget(self.pasted)
        sample_layout.addWidget(QLabel(self.tr("What the rule reads:")))
        sample_layout.addWidget(result_scroll, 1)

        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save rule"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(rule_box, 1)
        columns.addWidget(sample_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        for hint in (pattern_hint, labels_hint):
            color = muted(0.65)
            hint.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.run_preview)
        for edit in (self.name, self.sender_edit, self.subject, self.body):
            edit.textChanged.connect(self._edited)
        self.callback_only.toggled.connect(self._edited)
        self.labels.dataChanged.connect(self._edited)
        self.labels.rowsInserted.connect(self._edited)
        self.labels.rowsRemoved.connect(self._edited)
        self.samples.currentIndexChanged.connect(self._sample_changed)
        self.pasted.textChanged.connect(self._pasted_changed)
        self.use_stored.toggled.connect(self._edited)
        self.add_label.clicked.connect(self._add_label)
        self.remove_label.clicked.connect(self._remove_label)
        self._edited()
        self._load_samples()

    # The rule as edited

    def rule(self) -> CallbackRule:
        return CallbackRule(
            name=self.name.text().strip(),
            sender_pattern=self.sender_edit.text().strip(),
            subject_pattern=self.subject.text().strip(),
            body_pattern=self.body.text().strip(),
            labels=self.labels.mapping(),
            callback_only=self.callback_only.isChecked(),
        )

    def problem_texts(self) -> list[str]:
        """What keeps the rule from being saved, in the UI language."""
        found: list[str] = []
        names = {
            "sender_pattern": self.tr("The sender pattern is not valid: %1"),
            "subject_pattern": self.tr("The subject pattern is not valid: %1"),
            "body_pattern": self.tr("The text pattern is not valid: %1"),
        }
        for problem in rule_errors(self.rule()):
            where, _, detail = problem.partition(": ")
            if where == "name":
                found.append(self.tr("Give the rule a name."))
            elif where == "patterns":
                found.append(self.tr("Give a sender, subject or text pattern."))
            elif where in names:
                found.append(fill(names[where], detail))
            else:
                found.append(self.tr("A label is mapped to a field that does not exist."))
        return found

    # Samples and preview

    def _load_samples(self) -> None:
        wanted = self._wanted_sample
        self._ops.query(
            lambda db: recent_samples(db, SAMPLE_LIMIT, include=wanted),
            self._on_samples,
            what=self.tr("Load recent mail"),
        )

    def _on_samples(self, samples: list[SampleMessage]) -> None:
        self.samples.blockSignals(True)
        self.samples.clear()
        for sample in samples:
            subject = sample.subject or self.tr("(no subject)")
            when = fmt.short_date(sample.date, self._now) if sample.date else ""
            label = fill(self.tr("%1 — %2"), subject, sample.sender)
            self.samples.addItem(
                fill(self.tr("%1 (%2)"), label, when) if when else label, sample.id
            )
        wanted = self.samples.findData(self._wanted_sample) if self._wanted_sample else 0
        self.samples.setCurrentIndex(max(wanted, 0))
        self.samples.blockSignals(False)
        if not samples:
            self.use_pasted.setChecked(True)
        self._edited()

    def select_sample(self, message_id: int) -> bool:
        found = self.samples.findData(message_id)
        if found < 0:
            return False
        self.use_stored.setChecked(True)
        self.samples.setCurrentIndex(found)
        return True

    def _sample_changed(self, _index: int) -> None:
        self.use_stored.setChecked(True)
        self._edited()

    def _pasted_changed(self) -> None:
        if self.pasted.toPlainText().strip():
            self.use_pasted.setChecked(True)
        self._edited()

    def _edited(self) -> None:
        problems = self.problem_texts()
        self.problems.setText("\n".join(problems))
        color = muted(0.75)
        self.problems.setStyleSheet(f"color: {color.name(color.NameFormat.HexArgb)};")
        self.save_button.setEnabled(not problems)
        self._timer.start()

    def run_preview(self) -> None:
        """Try the rule on the sample now (the edits start this after a short pause)."""
        self._timer.stop()
        rule, region = self.rule(), self._region
        self._request += 1
        request = self._request
        if self.use_stored.isChecked():
            message_id = self.samples.currentData()
            if not isinstance(message_id, int):
                self._show_preview(request, None)
                return
            self._ops.query(
                lambda db: preview_stored(db, rule, message_id, region),
                lambda found: self._show_preview(request, found),
                lambda exc: self._show_failure(request, exc),
                what=self.tr("Try the rule"),
            )
            return
        pasted = self.pasted.toPlainText()
        if not pasted.strip():
            self._show_preview(request, None)
            return
        self._ops.run(
            lambda: preview_rule(rule, sample_from_text(pasted), region),
            lambda found: self._show_preview(request, found),
            lambda exc: self._show_failure(request, exc),
            what=self.tr("Try the rule"),
        )

    def _show_failure(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self.result_label.setText(
                html.escape(fill(self.tr("The mail could not be read: %1"), exc))
            )

    def _show_preview(self, request: int, found: ExtractedCallback | None) -> None:
        if request != self._request:
            return
        self.preview = found
        if found is None:
            self.result_label.setText(
                html.escape(self.tr("Pick a recent mail or paste one to see what the rule reads."))
            )
            self.labels.set_examples({})
            return
        self.labels.set_examples(dict(found.fields))
        self.result_label.setText(self._preview_html(found))

    def _preview_html(self, found: ExtractedCallback) -> str:
        good, bad = "#1a7f4b", "#c62828"
        if self.palette().color(self.palette().ColorRole.Base).lightness() < 128:
            good, bad = "#4cc38a", "#ff6b6b"
        if found.matched:
            matches = html.escape(self.tr("The rule matches this mail."))
            verdict = f'<b style="color:{good}">✓ {matches}</b>'
        else:
            mismatch = html.escape(
                self.tr("The rule does not match this mail: check the patterns.")
            )
            verdict = f'<b style="color:{bad}">✗ {mismatch}</b>'
        if found.is_callback:
            outcome = self.tr("It becomes a callback request.")
        elif found.matched and found.phone is None:
            outcome = self.tr("It does not become a callback request: no phone number was found.")
        elif found.matched:
            outcome = self.tr(
                "It does not become a callback request: the mail does not ask for a call. "
                "Tick the box above if every mail of this form does."
            )
        else:
            outcome = self.tr("It does not become a callback request.")
        phone = display_phone(found.phone, self._region) if found.phone else found.phone_raw
        rows = [
            (self.tr("Name"), found.name),
            (self.tr("Phone"), phone),
            (self.tr("Email"), found.email),
            (self.tr("Preferred time"), text.window_text(found.window, found.window_text)),
            (self.tr("Topic"), found.topic),
            (self.tr("Message"), found.message[:400]),
        ]
        faded = muted(0.65).name()
        missing = html.escape(self.tr("not found"))
        cells = "".join(
            f'<tr><td style="color:{faded}; padding: 2px 10px 2px 0">{html.escape(label)}</td>'
            '<td style="padding: 2px 0">'
            + (html.escape(value).replace("\n", "<br>") if value else f"<i>{missing}</i>")
            + "</td></tr>"
            for label, value in rows
        )
        return (
            f"<p>{verdict}<br>{html.escape(outcome)}</p>"
            f'<table cellspacing="0" cellpadding="0">{cells}</table>'
        )

    # Buttons

    def _add_label(self) -> None:
        row = self.labels.add_row("", FormField.PHONE.value)
        index = self.labels.index(row, 0)
        self.labels_view.setCurrentIndex(index)
        self.labels_view.edit(index)

    def _remove_label(self) -> None:
        index = self.labels_view.currentIndex()
        if index.isValid():
            self.labels.remove_row(index.row())

    def save(self) -> None:
        if self.problem_texts():
            return
        rule, now = self.rule(), self._now or datetime.now(UTC)
        self.save_button.setEnabled(False)
        self._ops.change(
            lambda db: save_rule(db, rule, now=now),
            Change.NONE,
            lambda _id: self._on_saved(rule),
            self._on_save_failed,
            what=self.tr("Save the rule"),
        )

    def _on_saved(self, rule: CallbackRule) -> None:
        self.saved_rule = rule
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.problems.setText(fill(self.tr("The rule was not saved: %1"), str(exc)))


class RuleFields(TranslationContext):
    """The "RuleFields" translation context: the fields a form label can mean."""


def _field_choices() -> list[tuple[str, str]]:
    return [
        ("", RuleFields.tr("(not used)")),
        (FormField.NAME.value, RuleFields.tr("Name")),
        (FormField.FIRST_NAME.value, RuleFields.tr("First name")),
        (FormField.LAST_NAME.value, RuleFields.tr("Last name")),
        (FormField.PHONE.value, RuleFields.tr("Phone")),
        (FormField.EMAIL.value, RuleFields.tr("Email")),
        (FormField.TIME.value, RuleFields.tr("Preferred time")),
        (FormField.TOPIC.value, RuleFields.tr("Topic")),
        (FormField.MESSAGE.value, RuleFields.tr("Message")),
        (FormField.CALLBACK.value, RuleFields.tr("Call requested (yes/no)")),
    ]
