"""The first-run wizard: add a mail account in two steps.

1. The address, the name customers see, and the password.  The servers are filled in
   from the providers table, or looked up in the domain's autoconfig file.
2. The servers, with "Test connection".  "Finish" tests once more and saves: the
   account row through the DB worker, the password in the keyring (or, without one, in
   memory for this session only, which the wizard says before saving).

Nothing here blocks the UI thread: tests and lookups run on the background pool, the
save on the operations layer, which announces ``Change.ACCOUNTS`` (the sync restarts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from console.accounts.secrets import keyring_available
from console.accounts.store import AccountSettings, SavedAccount, save_account
from ui.accounts.checks import ConnectionTest, Lookup, SettingsLookup, error_text
from ui.accounts.form import AccountFields, IdentityFields, ServerFields
from ui.background import Background
from ui.changes import Change
from ui.i18n import fill
from ui.operations import Operations

ERROR_COLOR = "#d93025"
OK_COLOR = "#188038"


def result_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def show_result(label: QLabel, ok: bool, headline: str, detail: str) -> None:
    color = OK_COLOR if ok else ERROR_COLOR
    label.setStyleSheet(f"color: {color};")
    label.setText(f"{headline}\n{detail}" if detail else headline)


class AccountWizard(QWizard):
    saved = Signal(object)
    """The :class:`SavedAccount`, after the account was stored."""

    def __init__(
        self,
        operations: Operations,
        background: Background,
        author: str,
        parent: QWidget | None = None,
        lookup: Lookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._ops = operations
        self._author = author
        self._saving = False
        self._saved: SavedAccount | None = None
        self._filled_for = ""
        self.keyring_ok = True
        self.setWindowTitle(self.tr("Add a mail account"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(620, 560)

        self.identity = IdentityFields()
        self.servers = ServerFields()
        self.fields = AccountFields(self.identity, self.servers)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self.lookup_label = QLabel()
        self.lookup_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_result = result_label()

        first = QWizardPage()
        first.setTitle(self.tr("Your shop's mail address"))
        first.setSubTitle(
            self.tr(
                "Shopkeeper reads your customers' mail from your mail provider and keeps a "
                "copy on this computer."
            )
        )
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(self.identity)
        first_layout.addWidget(self.keyring_note)
        first_layout.addStretch(1)
        second = QWizardPage()
        second.setTitle(self.tr("Mail servers"))
        second.setSubTitle(
            self.tr("Check the servers, then test the connection. Finish saves the account.")
        )
        second.setFinalPage(True)
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(self.lookup_label)
        second_layout.addWidget(self.servers)
        second_layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        second_layout.addWidget(self.test_result)
        second_layout.addStretch(1)
        self.first_page_id = self.addPage(first)
        self.servers_page_id = self.addPage(second)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Save account"))

        self.connection_test = ConnectionTest(background, self)
        self.connection_test.started.connect(self._on_test_started)
        self.connection_test.finished.connect(self._on_tested)
        self.settings_lookup = SettingsLookup(background, self, lookup)
        self.settings_lookup.started.connect(
            lambda domain: self.lookup_label.setText(
                fill(self.tr("Looking up the settings of %1…"), domain)
            )
        )
        self.settings_lookup.found.connect(self._on_found)
        self.test_button.clicked.connect(self.test_connection)
        self.identity.email.textChanged.connect(
            lambda text: self.identity.set_note(self.settings_lookup.provider_note(text))
        )
        self.currentIdChanged.connect(self._on_page)
        background.run(keyring_available, self._on_keyring)
        self.confirm_unverified: Callable[[str], bool] = lambda _text: False
        """Asked whether to save although the test failed (default: no)."""

    # Steps

    def _on_keyring(self, available: bool) -> None:
        self.keyring_ok = available
        if not available:
            self.keyring_note.setText(
                self.tr(
                    "No system keyring is available on this computer, so the password cannot "
                    "be stored safely. Shopkeeper keeps it in memory only until it quits and "
                    "asks for it again next time; it is never written to disk."
                )
            )
            self.keyring_note.show()

    def _on_page(self, page_id: int) -> None:
        if page_id != self.servers_page_id:
            return
        email = self.identity.email.text().strip()
        if email.lower() != self._filled_for:
            self._filled_for = email.lower()
            self.lookup_label.clear()
            self.settings_lookup.run(email, self.identity.display_name.text().strip())

    def _on_found(self, settings: AccountSettings | None, source: str) -> None:
        email = self.identity.email.text().strip()
        if settings is None:
            self.lookup_label.setText(
                fill(
                    self.tr(
                        "No settings were found for %1. Enter them from your mail provider's "
                        "help pages."
                    ),
                    email,
                )
            )
            if not self.servers.imap_username.text():
                self.servers.imap_username.setText(email)
            return
        self.fields.set_servers(settings)
        if source == "autoconfig":
            self.lookup_label.setText(self.tr("The settings were found at your mail provider."))
        else:
            self.lookup_label.setText(self.tr("The settings of your mail provider were filled in."))

    def test_connection(self) -> None:
        self.connection_test.run(self.fields.settings(), self.fields.password())

    def _on_test_started(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Testing the connection…"))

    def _on_tested(self, ok: bool, headline: str, detail: str) -> None:
        self.test_button.setEnabled(True)
        show_result(self.test_result, ok, headline, detail)
        if self._saving:
            if ok or self.confirm_unverified(headline):
                self._save()
            else:
                self._saving = False
                self.button(QWizard.WizardButton.FinishButton).setEnabled(True)

    # Finishing

    def validateCurrentPage(self) -> bool:
        if self.currentId() != self.servers_page_id:
            if not self.identity.email.text().strip() or not self.fields.password():
                self.identity.note.setText(self.tr("Enter the email address and the password."))
                self.identity.note.show()
                return False
            return True
        if self._saved is not None:
            return True
        if not self._saving:
            self._saving = True
            self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
            self.test_connection()
        return False

    def _save(self) -> None:
        settings, password, author = self.fields.settings(), self.fields.password(), self._author
        self.test_result.setText(self.tr("Saving the account…"))
        self._ops.change(
            lambda db: save_account(db, settings, password, author=author),
            Change.ACCOUNTS,
            self._on_saved,
            self._on_save_failed,
            what=self.tr("Save the mail account"),
        )

    def _on_saved(self, saved: SavedAccount) -> None:
        self._saving = False
        self._saved = saved
        self.saved.emit(saved)
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        headline, detail = error_text(exc)
        show_result(self.test_result, False, headline, detail)

    @property
    def saved_account(self) -> SavedAccount | None:
        return self._saved
