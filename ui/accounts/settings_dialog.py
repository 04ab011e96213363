"""Mail account settings: change or remove the accounts, add another.

The list on the left holds the accounts (read through the DB worker); the form on the
right edits the selected one.  The address cannot change (the passwords are filed under
it): to use another address, add an account and remove the old one.  The password field
starts empty and keeps the stored password unless something is typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.accounts.store import AccountSettings, SavedAccount, list_accounts, remove_account
from console.accounts.store import save_account as store_account
from ui.accounts.checks import ConnectionTest, error_text
from ui.accounts.form import AccountFields, IdentityFields, ServerFields
from ui.accounts.wizard import result_label, show_result
from ui.background import Background
from ui.changes import Change
from ui.i18n import fill
from ui.operations import Operations


class AccountsDialog(QDialog):
    add_requested = Signal()
    saved = Signal(object)
    """A :class:`SavedAccount` after "Save"."""

    def __init__(
        self,
        operations: Operations,
        background: Background,
        author: str,
        parent: QWidget | None = None,
        *,
        focus_email: str | None = None,
        focus_field: str | None = None,
    ) -> None:
        """``focus_field``: "password" or "ca_file" to start there (fixing an error)."""
        super().__init__(parent)
        self._ops = operations
        self._author = author
        self._focus = (focus_email.lower() if focus_email else None, focus_field)
        self._accounts: list[AccountSettings] = []
        self.confirm_remove: Callable[[str], bool] = self._confirm_remove
        self.setWindowTitle(self.tr("Mail accounts"))
        self.resize(860, 640)

        self.list = QListWidget()
        self.list.setMaximumWidth(260)
        self.list.currentRowChanged.connect(self._on_row)
        self.add_button = QPushButton(self.tr("Add account…"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.clicked.connect(self.remove_current)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.add_button)
        left.addWidget(self.remove_button)

        self.identity = IdentityFields()
        self.identity.email.setReadOnly(True)
        self.identity.password.setPlaceholderText(self.tr("Unchanged"))
        self.servers = ServerFields()
        self.fields = AccountFields(self.identity, self.servers)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_result = result_label()
        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(self.identity)
        form_layout.addSpacing(8)
        form_layout.addWidget(self.servers)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.test_button)
        buttons_row.addWidget(self.save_button)
        buttons_row.addStretch(1)
        form_layout.addLayout(buttons_row)
        form_layout.addWidget(self.test_result)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self._form = form

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self.connection_test = ConnectionTest(background, self)
        self.connection_test.started.connect(
            lambda: self.test_result.setText(self.tr("Testing the connection…"))
        )
        self.connection_test.finished.connect(self._on_tested)
        self._form.setEnabled(False)
        self.remove_button.setEnabled(False)
        self.reload()

    @property
    def accounts(self) -> list[AccountSettings]:
        return list(self._accounts)

    def reload(self) -> None:
        self._ops.query(list_accounts, self._on_accounts, what=self.tr("Read the mail accounts"))

    def _on_accounts(self, accounts: list[AccountSettings]) -> None:
        selected = self._focus[0] or self._current_email()
        self._accounts = accounts
        self.list.blockSignals(True)
        self.list.clear()
        for account in accounts:
            item = QListWidgetItem(account.email)
            item.setToolTip(account.display_name or account.email)
            self.list.addItem(item)
        self.list.blockSignals(False)
        emails = [a.email for a in accounts]
        row = emails.index(selected) if selected in emails else (0 if accounts else -1)
        self.list.setCurrentRow(row)
        self._on_row(row)
        focus_field = self._focus[1]
        self._focus = (None, None)
        if focus_field == "password":
            self.identity.password.setFocus(Qt.FocusReason.OtherFocusReason)
        elif focus_field == "ca_file":
            self.servers.focus_ca_file()

    def _current_email(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def _on_row(self, row: int) -> None:
        has = 0 <= row < len(self._accounts)
        self._form.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.test_result.clear()
        self.identity.password.clear()
        if has:
            account = self._accounts[row]
            self.fields.set_settings(account)
            self.identity.set_note("")

    def test_connection(self) -> None:
        password = self.fields.password()
        settings = self.fields.settings()
        if not password:
            show_result(
                self.test_result,
                False,
                self.tr("Enter the password to test the connection."),
                "",
            )
            self.identity.password.setFocus()
            return
        self.connection_test.run(settings, password)

    def _on_tested(self, ok: bool, headline: str, detail: str) -> None:
        show_result(self.test_result, ok, headline, detail)

    def save(self) -> None:
        if self.fields.account_id is None:
            return
        settings, author = self.fields.settings(), self._author
        password = self.fields.password() or None
        self._ops.change(
            lambda db: store_account(db, settings, password, author=author),
            Change.ACCOUNTS,
            self._on_saved,
            self._on_failed,
            what=self.tr("Save the mail account"),
        )

    def _on_saved(self, saved: SavedAccount) -> None:
        if saved.password_in_keyring:
            text = self.tr("The settings were saved.")
        else:
            text = self.tr(
                "The settings were saved. No keyring is available, so the password is kept "
                "only until Shopkeeper quits."
            )
        show_result(self.test_result, True, text, "")
        self.identity.password.clear()
        self.saved.emit(saved)
        self.reload()

    def _on_failed(self, exc: Exception) -> None:
        headline, detail = error_text(exc)
        show_result(self.test_result, False, headline, detail)

    def remove_current(self) -> None:
        email = self._current_email()
        if email is None or not self.confirm_remove(email):
            return
        author = self._author
        self._ops.change(
            lambda db: remove_account(db, email, author=author),
            Change.ACCOUNTS,
            lambda _none: self.reload(),
            self._on_failed,
            what=self.tr("Remove the mail account"),
        )

    def _confirm_remove(self, email: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove account"),
            fill(
                self.tr(
                    "Remove the account %1? Its mail stays in Shopkeeper, but no new mail is "
                    "fetched and the password is deleted from the keyring."
                ),
                email,
            ),
        )
        return answer == QMessageBox.StandardButton.Yes
