"""The fields of a mail account: who (address, name, password) and where (servers).

:class:`IdentityFields` and :class:`ServerFields` are separate widgets so the wizard can
show them on two pages and the settings dialog in one column.  Neither does any I/O.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from console.accounts.providers import PasswordNote
from console.accounts.store import AccountSettings
from console.domain.security import Security

DEFAULT_PORTS = {
    "imap": {Security.SSL: 993, Security.STARTTLS: 143, Security.PLAIN: 143},
    "smtp": {Security.SSL: 465, Security.STARTTLS: 587, Security.PLAIN: 25},
}


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class IdentityFields(QWidget):
    """Email address, the name customers see, and the password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("info@your-shop.com"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("Your shop's name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_password = QPushButton(self.tr("Show"))
        self.show_password.setCheckable(True)
        self.show_password.toggled.connect(
            lambda on: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        password_row = QHBoxLayout()
        password_row.setContentsMargins(0, 0, 0, 0)
        password_row.addWidget(self.password, 1)
        password_row.addWidget(self.show_password)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Email address:"), self.email)
        layout.addRow(self.tr("Name shown to customers:"), self.display_name)
        layout.addRow(self.tr("Password:"), password_row)
        layout.addRow(self.note)

    def set_note(self, note: str) -> None:
        """Explain what the provider wants as a password (a :class:`PasswordNote` code)."""
        match note:
            case PasswordNote.APP_PASSWORD:
                text = self.tr(
                    "If you use two-step login with this provider, create an app password "
                    "in its account settings and enter that here."
                )
            case PasswordNote.MODERN_AUTH:
                text = self.tr(
                    "Microsoft may refuse ordinary passwords for IMAP. If the test fails, "
                    "create an app password or ask your administrator to allow IMAP."
                )
            case _:
                text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))


class ServerFields(QWidget):
    """Incoming (IMAP) and outgoing (SMTP) servers, and an optional CA file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.imap_host = QLineEdit()
        self.imap_host.setPlaceholderText(self.tr("imap.example.com"))
        self.imap_port = self._port()
        self.imap_security = self._security()
        self.imap_username = QLineEdit()
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("smtp.example.com"))
        self.smtp_port = self._port()
        self.smtp_security = self._security()
        self.smtp_username = QLineEdit()
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("Only if your provider gave you one"))
        self.choose_ca = QPushButton(self.tr("Choose…"))
        self.choose_ca.clicked.connect(self.choose_ca_file)
        self.imap_port.setValue(993)
        self.smtp_port.setValue(465)
        self._link_port(self.imap_security, self.imap_port, "imap")
        self._link_port(self.smtp_security, self.smtp_port, "smtp")

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(_section(self.tr("Incoming mail (IMAP)")))
        layout.addRow(self.tr("Server:"), self._server_row(self.imap_host, self.imap_port))
        layout.addRow(self.tr("Security:"), self.imap_security)
        layout.addRow(self.tr("User name:"), self.imap_username)
        layout.addRow(_section(self.tr("Outgoing mail (SMTP)")))
        layout.addRow(self.tr("Server:"), self._server_row(self.smtp_host, self.smtp_port))
        layout.addRow(self.tr("Security:"), self.smtp_security)
        layout.addRow(self.tr("User name:"), self.smtp_username)
        ca_row = QHBoxLayout()
        ca_row.setContentsMargins(0, 0, 0, 0)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.choose_ca)
        layout.addRow(_section(self.tr("Certificate authority (optional)")))
        layout.addRow(self.tr("CA file:"), ca_row)

    def _port(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, 65535)
        return box

    def _security(self) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("SSL/TLS"), Security.SSL.value)
        box.addItem(self.tr("STARTTLS"), Security.STARTTLS.value)
        box.addItem(self.tr("None (only for a server on this computer)"), Security.PLAIN.value)
        return box

    @staticmethod
    def _server_row(host: QLineEdit, port: QSpinBox) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(host, 1)
        row.addWidget(port)
        return row

    def _link_port(self, combo: QComboBox, port: QSpinBox, protocol: str) -> None:
        """Switching the security moves a default port to the new default."""
        previous = [Security(combo.currentData())]

        def changed(_index: int) -> None:
            new = Security(combo.currentData())
            if port.value() == DEFAULT_PORTS[protocol][previous[0]]:
                port.setValue(DEFAULT_PORTS[protocol][new])
            previous[0] = new

        combo.currentIndexChanged.connect(changed)

    @staticmethod
    def _set_security(combo: QComboBox, security: Security | None) -> None:
        index = combo.findData((security or Security.SSL).value)
        combo.setCurrentIndex(max(0, index))

    def choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the certificate authority file"),
            self.ca_file.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_file.setText(path)

    def focus_ca_file(self) -> None:
        self.ca_file.setFocus()


class AccountFields:
    """Both parts together: reading and filling :class:`AccountSettings`."""

    def __init__(self, identity: IdentityFields, servers: ServerFields) -> None:
        self.identity = identity
        self.servers = servers
        self.account_id: int | None = None

    def settings(self) -> AccountSettings:
        i, s = self.identity, self.servers
        email = i.email.text().strip()
        smtp_host = s.smtp_host.text().strip()
        return AccountSettings(
            id=self.account_id,
            email=email,
            display_name=i.display_name.text().strip(),
            imap_host=s.imap_host.text().strip(),
            imap_port=s.imap_port.value(),
            imap_security=Security(s.imap_security.currentData()),
            imap_username=s.imap_username.text().strip() or email,
            ca_file=s.ca_file.text().strip() or None,
            smtp_host=smtp_host or None,
            smtp_port=s.smtp_port.value() if smtp_host else None,
            smtp_security=Security(s.smtp_security.currentData()) if smtp_host else None,
            smtp_username=(s.smtp_username.text().strip() or None) if smtp_host else None,
        )

    def password(self) -> str:
        return self.identity.password.text()

    def set_identity(self, settings: AccountSettings) -> None:
        self.account_id = settings.id
        self.identity.email.setText(settings.email)
        self.identity.display_name.setText(settings.display_name)

    def set_servers(self, settings: AccountSettings) -> None:
        s = self.servers
        s.imap_host.setText(settings.imap_host)
        ServerFields._set_security(s.imap_security, settings.imap_security)
        s.imap_port.setValue(settings.imap_port)
        s.imap_username.setText(settings.imap_username)
        s.smtp_host.setText(settings.smtp_host or "")
        ServerFields._set_security(s.smtp_security, settings.smtp_security)
        if settings.smtp_port:
            s.smtp_port.setValue(settings.smtp_port)
        s.smtp_username.setText(settings.smtp_username or "")
        s.ca_file.setText(settings.ca_file or "")

    def set_settings(self, settings: AccountSettings) -> None:
        self.set_identity(settings)
        self.set_servers(settings)
