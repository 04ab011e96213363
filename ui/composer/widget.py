"""The composer: a reply under the conversation, or a new message in its own dialog.

What the owner types is a :class:`~console.outbox.compose.Draft`: saved a second after
each pause (:mod:`ui.composer.draft_keeper`) and restored when the conversation is
opened again, after a restart too.  Ctrl+Enter (or Send) puts it in the outbox with
:func:`~console.outbox.queue.enqueue`; for the configured delay the "Undo send" bar can
take it back (:func:`~console.outbox.queue.undo`), and the text returns.  The outbox
worker (:mod:`ui.outbox.service`) sends it; the conversation then waits on the customer.

The signature and the quote of the message replied to are not in the editor: they are
added when the message is built, and shown here below the text (signature) and as a
toggle (quote).

Threading rule: UI thread only; every database step goes through :class:`Operations`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHideEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.outbox.compose import ComposeError, ComposeProblem, Draft, Recipient
from console.outbox.queue import OutboxEntry, OutboxState, send_now, undo
from console.outbox.worker import OutboxChange
from console.storage.database import Database
from ui.changes import Change
from ui.composer.attachments import AttachmentList
from ui.composer.draft_keeper import DraftKeeper, enqueue_job
from ui.composer.gaps import GapHighlighter, gaps_in
from ui.composer.problems import bad_address_text, problem_text, unexpected_text
from ui.composer.recipients import (
    BadAddress,
    format_recipients,
    lenient_recipients,
    parse_recipients,
)
from ui.composer.send_keys import SendKeys
from ui.composer.setup import ComposerSetup, new_message_setup, reply_setup
from ui.composer.undo_bar import UndoSendBar
from ui.i18n import fill
from ui.icons import icon, muted
from ui.operations import Operations
from ui.templates.filling import FilledTemplate

ERROR_COLOR = QColor("#d93025")
SEND_STYLE = """
QPushButton#sendButton {
    background-color: palette(highlight);
    color: palette(highlighted-text);
    border: none;
    border-radius: 4px;
    padding: 5px 16px;
    font-weight: 600;
}
QPushButton#sendButton:pressed { padding-top: 6px; padding-bottom: 4px; }
QPushButton#sendButton:disabled { background-color: palette(mid); }
"""


class ComposerWidget(QWidget):
    queued = Signal(object)
    """An :class:`OutboxEntry` just put in the outbox."""
    outbox_due = Signal()
    """Something in the outbox is due sooner: wake the outbox worker."""
    undone = Signal(object)
    """The :class:`Draft` taken back from the outbox."""
    notice = Signal(str)
    """A short message for the status bar."""

    def __init__(
        self, operations: Operations, parent: QWidget | None = None, *, new_message: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self._ops = operations
        self._new_message = new_message
        self.author = "owner"
        """Who is writing (the owner's name), for the timeline."""
        self._setup: ComposerSetup | None = None
        self._draft: Draft | None = None
        """The loaded draft: account, conversation, parent and language come from it."""
        self._language: str | None = None
        self._wanted: int | None = None
        """The conversation asked for (shown, or still loading)."""
        self._request = 0
        self._sending = False
        self._filling = False
        self.confirm_gaps: Callable[[list[str]], bool] = self._confirm_gaps
        self.choose_files: Callable[[], list[str]] = self._choose_files

        self._keeper = DraftKeeper(operations, self.draft, self)
        self._keeper.failed.connect(self._on_save_failed)

        self.undo_bar = UndoSendBar()
        self.undo_bar.undo_requested.connect(self.undo_send)
        self.undo_bar.send_now_requested.connect(self._send_now)

        self.to_field = QLineEdit()
        self.to_field.setPlaceholderText(self.tr("name@example.com"))
        self.to_field.setAccessibleName(self.tr("To"))
        self.cc_field = QLineEdit()
        self.cc_field.setAccessibleName(self.tr("Cc"))
        self.cc_button = QToolButton()
        self.cc_button.setText(self.tr("Cc"))
        self.cc_button.setToolTip(self.tr("Send a copy to more people"))
        self.cc_button.setAutoRaise(True)
        self.cc_button.clicked.connect(self._show_cc)
        self.subject_field = QLineEdit()
        self.subject_field.setAccessibleName(self.tr("Subject"))
        to_row = QHBoxLayout()
        to_row.setSpacing(4)
        to_row.addWidget(self.to_field, 1)
        to_row.addWidget(self.cc_button)
        self._form = QFormLayout()
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setHorizontalSpacing(10)
        self._form.setVerticalSpacing(6)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.addRow(self.tr("To:"), to_row)
        self._form.addRow(self.tr("Cc:"), self.cc_field)
        self._form.addRow(self.tr("Subject:"), self.subject_field)
        self._form.setRowVisible(self.cc_field, False)

        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        self.body.setPlaceholderText(
            self.tr("Write your reply here. Ctrl+Enter sends it.")
            if not new_message
            else self.tr("Write your message here. Ctrl+Enter sends it.")
        )
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(110)
        self.gaps = GapHighlighter(self.body.document(), self.body.palette())
        self.signature_label = QLabel()
        self.signature_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signature_label.setWordWrap(True)
        self.attachments = AttachmentList()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR.name()};")
        self.error_label.hide()

        self.quote_box = QCheckBox(self.tr("Quote the message"))
        self.signature_box = QCheckBox(self.tr("Signature"))
        self.signature_box.setToolTip(self.tr("Add your signature under the text"))
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_button.setIcon(icon("paperclip"))
        self.attach_button.setFlat(True)
        self.attach_button.clicked.connect(self.add_attachments)
        self.send_hint = QLabel(self.tr("Ctrl+Enter"))
        # The hint gives way first when the row is narrow (the Send button's tooltip and the
        # placeholder say it too): it does not hold the composer wide, see _fit_send_hint.
        self.send_hint.setMinimumWidth(1)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setIconSize(QSize(16, 16))
        self.send_button.setDefault(True)
        self.send_button.setToolTip(self.tr("Send the message (Ctrl+Enter)"))
        self.send_button.clicked.connect(self.send)

        options = QHBoxLayout()
        self._options = options
        options.setContentsMargins(0, 0, 0, 0)
        options.setSpacing(12)
        options.addWidget(self.quote_box)
        options.addWidget(self.signature_box)
        options.addWidget(self.attach_button)
        options.addStretch(1)
        options.addWidget(self.send_hint)
        options.addWidget(self.send_button)

        editor = QVBoxLayout()
        editor.setContentsMargins(16, 10, 16, 12)
        editor.setSpacing(8)
        editor.addLayout(self._form)
        editor.addWidget(self.body, 1)
        self._extras = QVBoxLayout()
        self._extras.setContentsMargins(0, 0, 0, 0)
        self._extras.setSpacing(4)
        editor.addLayout(self._extras)
        editor.addWidget(self.signature_label)
        editor.addWidget(self.attachments)
        editor.addWidget(self.error_label)
        editor.addLayout(options)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.undo_bar)
        layout.addLayout(editor, 1)

        sender = SendKeys(self.send, self)
        for field in (self.to_field, self.cc_field, self.subject_field, self.body):
            field.installEventFilter(sender)
        for line in (self.to_field, self.cc_field, self.subject_field):
            line.textEdited.connect(self._on_edited)
        self.body.textChanged.connect(self._on_edited)
        self.quote_box.toggled.connect(self._on_edited)
        self.signature_box.toggled.connect(self._on_signature_toggled)
        self.attachments.changed.connect(self._on_edited)
        self._apply_colors()
        self._set_ready(False)

    # Public API

    @property
    def conversation_id(self) -> int | None:
        return self._draft.conversation_id if self._draft is not None else None

    @property
    def loaded(self) -> bool:
        return self._draft is not None

    @property
    def draft_id(self) -> int | None:
        """The saved draft's id as last reported by the worker."""
        return self._draft.id if self._draft is not None else None

    @property
    def keeper(self) -> DraftKeeper:
        return self._keeper

    def open_reply(self, conversation_id: int | None, *, reply_all: bool = False) -> None:
        """Show the conversation's draft (or a fresh reply); None empties the composer."""
        if conversation_id is not None and conversation_id == self._wanted and not reply_all:
            return
        self._leave()
        self._wanted = conversation_id
        if conversation_id is None:
            return
        self._load(lambda db: reply_setup(db, conversation_id, reply_all=reply_all))

    def open_new(
        self, to: tuple[Recipient, ...] = (), subject: str = "", language: str | None = None
    ) -> None:
        """Start a new message (or continue the saved one to the same people)."""
        self._leave()
        self._load(lambda db: new_message_setup(db, to, subject, language))

    def add_below_text(self, widget: QWidget) -> None:
        """Show ``widget`` right under the text (promise chips, the follow-up toggle)."""
        self._extras.addWidget(widget)

    def flush_draft(self) -> None:
        """Save what was typed now (before closing, switching or quitting)."""
        if self._draft is not None and not self._sending:
            self._keeper.flush()

    def insert_text(self, text: str) -> None:
        """Insert ``text`` at the cursor (replacing a selection)."""
        self.body.insertPlainText(text)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    def insert_template(self, filled: FilledTemplate) -> None:
        """Insert a filled-in template at the cursor; its gaps are marked until filled."""
        if filled.problem is not None:
            self.show_error(fill(self.tr("The template has an error: %1"), filled.problem))
            return
        self.gaps.add_markers(filled.markers)
        if self._new_message and not self.subject_field.text().strip() and filled.subject:
            self.subject_field.setText(filled.subject)
        self._language = filled.language
        cursor = self.body.textCursor()
        text = filled.body
        if cursor.positionInBlock() > 0 and not cursor.hasSelection():
            text = "\n" + text
        self.insert_text(text)

    def draft(self) -> Draft:
        """What the fields say now, as a draft (addresses parsed leniently)."""
        base = self._draft or Draft(account_id=None)
        return replace(
            base,
            to=lenient_recipients(self.to_field.text()),
            cc=lenient_recipients(self.cc_field.text()),
            subject=self.subject_field.text(),
            body=self.body.toPlainText(),
            attachments=self.attachments.paths(),
            quote=self.quote_box.isChecked() and bool(base.parent_message_id),
            signature=self.signature_box.isChecked(),
            language=self._language,
        )

    def add_attachments(self) -> None:
        self.attachments.add_paths(self.choose_files())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # Loading

    def _leave(self) -> None:
        """Save and forget the draft shown now."""
        self.flush_draft()
        self._request += 1
        self._wanted = None
        self._draft = None
        self._setup = None
        self._set_ready(False)
        self._fill(None)

    def _load(self, function: Callable[[Database], ComposerSetup]) -> None:
        request = self._request
        self._ops.query(
            function,
            lambda setup: self._on_loaded(request, setup),
            lambda exc: self._on_load_failed(request, exc),
            what=self.tr("Open the draft"),
        )

    def _on_loaded(self, request: int, setup: ComposerSetup) -> None:
        if request != self._request:
            return
        self._setup = setup
        self._draft = setup.draft
        self._keeper.start(setup.draft.id)
        self._fill(setup)
        self._set_ready(setup.problem is None)
        if setup.problem is not None:
            self.show_error(problem_text(setup.problem.code))
        if self._new_message:
            first: QWidget = self.body
            if not self.to_field.text():
                first = self.to_field
            elif not self.subject_field.text():
                first = self.subject_field
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_load_failed(self, request: int, exc: Exception) -> None:
        if request == self._request:
            self.show_error(fill(self.tr("The draft could not be opened: %1"), str(exc)))

    def _fill(self, setup: ComposerSetup | None) -> None:
        """Show ``setup`` in the fields without counting it as an edit."""
        self._filling = True
        try:
            draft = setup.draft if setup is not None else Draft(account_id=None)
            self.to_field.setText(format_recipients(draft.to))
            self.cc_field.setText(format_recipients(draft.cc))
            self._form.setRowVisible(self.cc_field, bool(draft.cc))
            self.cc_button.setVisible(not draft.cc)
            self.subject_field.setText(draft.subject)
            self.body.setPlainText(draft.body)
            self.attachments.set_paths(draft.attachments)
            self._language = draft.language
            self.gaps.clear_markers()
            quoted = setup.quoted_name if setup is not None else ""
            self.quote_box.setVisible(bool(draft.parent_message_id))
            self.quote_box.setChecked(draft.quote)
            quoted_text = setup.quoted_text if setup is not None else ""
            tip = fill(self.tr("Add the message from %1 under yours, as a quote."), quoted)
            self.quote_box.setToolTip(f"{tip}\n\n{quoted_text}" if quoted else quoted_text)
            self.signature_box.setChecked(draft.signature)
            self.signature_box.setVisible(bool(setup and setup.signature))
            self._show_signature()
            self.show_error("")
        finally:
            self._filling = False

    def _set_ready(self, ready: bool) -> None:
        for widget in (
            self.to_field,
            self.cc_field,
            self.cc_button,
            self.subject_field,
            self.body,
            self.quote_box,
            self.signature_box,
            self.attach_button,
            self.send_button,
        ):
            widget.setEnabled(ready)

    # Editing

    def _on_edited(self) -> None:
        if self._filling or self._draft is None or self._sending:
            return
        if self.error_label.isVisible():
            self.show_error("")
        self._keeper.touch()

    def _on_signature_toggled(self) -> None:
        self._show_signature()
        self._on_edited()

    def _show_signature(self) -> None:
        signature = self._setup.signature if self._setup is not None else ""
        shown = bool(signature) and self.signature_box.isChecked()
        self.signature_label.setText(f"-- \n{signature}" if shown else "")
        self.signature_label.setVisible(shown)

    def _show_cc(self) -> None:
        self._form.setRowVisible(self.cc_field, True)
        self.cc_button.hide()
        self.cc_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_save_failed(self, text: str) -> None:
        self.show_error(fill(self.tr("The draft could not be saved: %1"), text))

    # Sending

    def send(self) -> None:
        """Check the fields, then put the message in the outbox (off the UI thread)."""
        if self._sending or self._draft is None or not self.send_button.isEnabled():
            return
        try:
            to = parse_recipients(self.to_field.text())
            cc = parse_recipients(self.cc_field.text())
        except BadAddress as exc:
            self.show_error(bad_address_text(exc.address))
            return
        if not to and not cc:
            self.show_error(problem_text(ComposeProblem.NO_RECIPIENT))
            return
        draft = replace(self.draft(), to=to, cc=cc)
        if not draft.body.strip() and not draft.attachments:
            self.show_error(self.tr("The message is empty. Write something first."))
            return
        if self._new_message and not draft.subject.strip():
            self.show_error(self.tr("Give the message a subject."))
            return
        left = gaps_in(draft.body + "\n" + draft.subject, self.gaps.markers)
        if left and not self.confirm_gaps(left):
            return
        self._keeper.cancel()
        slot, author = self._keeper.slot, self.author
        self._sending = True
        self._set_ready(False)
        self.show_error("")
        request = self._request
        self._ops.change(
            enqueue_job(slot, draft, author),
            Change.TIMELINE,
            lambda entry: self._on_queued(request, entry),
            lambda exc: self._on_send_failed(request, exc),
            what=self.tr("Send the message"),
        )

    def _on_queued(self, request: int, entry: OutboxEntry) -> None:
        self._sending = False
        seconds = (
            (entry.not_before - entry.created_at).total_seconds()
            if entry.not_before is not None
            else 0.0
        )
        self.undo_bar.start(entry.id, entry.to, seconds)
        if request == self._request and self._draft is not None:
            self._draft = replace(self._draft, id=None, body="", attachments=())
            self._keeper.start(None)
            self._filling = True
            self.body.clear()
            self.attachments.set_paths(())
            self.gaps.clear_markers()
            self._filling = False
            self._set_ready(True)
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.queued.emit(entry)
        self.outbox_due.emit()

    def _on_send_failed(self, request: int, exc: Exception) -> None:
        self._sending = False
        if request == self._request:
            self._set_ready(True)
        if isinstance(exc, ComposeError):
            self.show_error(problem_text(exc.code))
        else:
            self.show_error(unexpected_text(str(exc)))

    # Undo send

    def undo_send(self, outbox_id: int) -> None:
        """Take the message back from the outbox; its text returns to the composer."""
        self._ops.change(
            lambda db: undo(db, outbox_id),
            Change.TIMELINE,
            self._on_undone,
            lambda exc: self.undo_bar.show_result(
                fill(self.tr("The message could not be taken back: %1"), str(exc)), error=True
            ),
            what=self.tr("Undo sending"),
        )

    def _on_undone(self, draft: Draft | None) -> None:
        if draft is None:
            self.undo_bar.show_result(self.tr("Too late: the message has already gone out."))
            return
        self.undo_bar.dismiss()
        self.undone.emit(draft)
        shown = self._draft is not None and (
            draft.conversation_id == self._draft.conversation_id
            if not self._new_message
            else not self.body.toPlainText().strip()
        )
        if not shown:
            self.notice.emit(self.tr("The message was not sent. It is back in its drafts."))
            return
        self._request += 1
        self._keeper.start(draft.id)
        setup = self._setup
        if setup is not None:
            setup = replace(setup, draft=draft, restored=True)
            self._setup = setup
        self._draft = draft
        self._fill(setup or ComposerSetup(draft, True, "", 0.0, "", ""))
        self._set_ready(True)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)
        self.notice.emit(self.tr("The message was not sent. You can go on writing it."))

    def _send_now(self, outbox_id: int) -> None:
        self._ops.change(
            lambda db: send_now(db, outbox_id),
            Change.NONE,
            lambda _ok: self.outbox_due.emit(),
            what=self.tr("Send the message now"),
        )

    def on_outbox_change(self, change: OutboxChange) -> None:
        """Follow the message in the undo bar (connect to ``OutboxService.changed``)."""
        if change.outbox_id != self.undo_bar.outbox_id:
            return
        if change.state is OutboxState.SENT:
            self.undo_bar.show_result(self.tr("Sent."))
        elif change.state is OutboxState.FAILED:
            self.undo_bar.show_result(
                fill(self.tr("Not sent: %1"), change.error or self.tr("the server refused it.")),
                error=True,
            )
        elif change.state is OutboxState.QUEUED:
            self.undo_bar.show_result(
                self.tr("Not sent yet: the server cannot be reached. It will be retried."),
            )

    # Dialogs (replaceable in tests)

    def _confirm_gaps(self, gaps: list[str]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Values are missing"))
        box.setText(self.tr("The message still has gaps for values the template did not know."))
        box.setInformativeText(
            fill(self.tr("Fill in %1 before sending, or send it as it is."), ", ".join(gaps))
        )
        send = box.addButton(self.tr("Send anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is send

    def _choose_files(self) -> list[str]:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return list(paths)

    # Looks

    def _apply_colors(self) -> None:
        text = self.palette().color(QPalette.ColorRole.HighlightedText)
        self.send_button.setIcon(icon("send", text))
        self.send_button.setStyleSheet(SEND_STYLE)
        color = muted(0.6).name(QColor.NameFormat.HexArgb)
        self.send_hint.setStyleSheet(f"color: {color};")
        self.signature_label.setStyleSheet(f"color: {color};")
        self.gaps.set_palette(self.body.palette())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colors()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_send_hint()

    def _fit_send_hint(self) -> None:
        """Show the "Ctrl+Enter" hint only when the row has room for all of it."""
        row = self._options
        needed = row.sizeHint().width()
        if self.send_hint.isHidden():
            needed += row.spacing() + self.send_hint.sizeHint().width()
        self.send_hint.setVisible(needed <= row.geometry().width())

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_draft()
        super().hideEvent(event)
