"""Off-the-UI-thread helpers of the account dialogs: the connection test and the lookup.

:class:`ConnectionTest` runs :func:`console.accounts.connection_check.check_account`
(IMAP login, then SMTP EHLO and login) on the background pool; :class:`SettingsLookup`
fills the servers from the providers table at once, or asks the domain's autoconfig
file on the pool.  Both report on the UI thread; a newer request makes an older answer
stale (it is dropped).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from console.accounts.providers import guess_settings, provider_for, split_address
from console.accounts.store import AccountError, AccountSettings, validate
from console.mail.errors import MailError
from ui.background import Background
from ui.i18n import TranslationContext, fill

Lookup = Callable[[str, str], AccountSettings | None]


class AccountCheck(TranslationContext):
    """The "AccountCheck" translation context."""


def error_text(exc: Exception) -> tuple[str, str]:
    """(headline, detail) for a failed test: the headline says what to fix."""
    # Imported when needed: it brings the IMAP and TLS stack, which start-up does not need.
    from console.accounts.connection_check import CheckFailed, Step

    step = exc.step if isinstance(exc, CheckFailed) else None
    error: Exception = exc.error if isinstance(exc, CheckFailed) else exc
    if isinstance(error, AccountError):
        return AccountCheck.tr("Some settings are missing or wrong."), str(error)
    kind = error.kind if isinstance(error, MailError) else ""
    match kind:
        case "auth":
            headline = AccountCheck.tr("The server did not accept the user name or password.")
        case "certificate":
            headline = AccountCheck.tr(
                "The server's certificate could not be verified. If your provider uses its "
                "own certificate authority, choose its CA file below."
            )
        case "unreachable":
            headline = AccountCheck.tr(
                "The server could not be reached. Check the server name and port, and that "
                "this computer is online."
            )
        case "connection_lost":
            headline = AccountCheck.tr(
                "The server closed the connection. Check the port and security."
            )
        case _:
            headline = AccountCheck.tr("The server answered with an error.")
    if step is Step.IMAP:
        headline = fill(AccountCheck.tr("Incoming mail (IMAP): %1"), headline)
    elif step is Step.SMTP:
        headline = fill(AccountCheck.tr("Outgoing mail (SMTP): %1"), headline)
    return headline, str(error)


class ConnectionTest(QObject):
    finished = Signal(bool, str, str)
    """(succeeded, headline, detail)."""
    started = Signal()

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._request = 0
        self.running = False

    def run(self, settings: AccountSettings, password: str) -> None:
        self._request += 1
        request = self._request
        try:
            validate(settings)
            if not password:
                raise AccountError("Enter the password.")
        except AccountError as exc:
            self._report(request, exc)
            return
        from console.accounts.connection_check import check_account

        self.running = True
        self.started.emit()
        self._background.run(
            lambda: check_account(settings, password),
            lambda _none: self._report(request, None),
            lambda exc: self._report(request, exc),
        )

    def cancel(self) -> None:
        self._request += 1
        self.running = False

    def _report(self, request: int, exc: Exception | None) -> None:
        if request != self._request:
            return
        self.running = False
        if exc is None:
            self.finished.emit(
                True,
                AccountCheck.tr("Connection test passed: both servers accepted the login."),
                "",
            )
        else:
            headline, detail = error_text(exc)
            self.finished.emit(False, headline, detail)


class SettingsLookup(QObject):
    found = Signal(object, str)
    """(AccountSettings or None, "table" | "autoconfig" | "none") for the latest request."""
    started = Signal(str)
    """The domain being asked (autoconfig)."""

    def __init__(
        self,
        background: Background,
        parent: QObject | None = None,
        lookup: Lookup | None = None,
    ) -> None:
        """``lookup``: how to ask a domain (default: :func:`console.accounts.autoconfig.lookup`,
        imported when first needed: it brings the HTTP client)."""
        super().__init__(parent)
        self._background = background
        self._lookup = lookup
        self._request = 0

    def provider_note(self, email: str) -> str:
        provider = provider_for(email)
        return provider.note if provider is not None else ""

    def run(self, email: str, display_name: str = "") -> None:
        self._request += 1
        request = self._request
        known = guess_settings(email, display_name)
        if known is not None:
            self.found.emit(known, "table")
            return
        parts = split_address(email)
        if parts is None:
            self.found.emit(None, "none")
            return
        self.started.emit(parts[1])
        find = self._lookup
        if find is None:
            from console.accounts.autoconfig import lookup as autoconfig

            find = autoconfig
        self._background.run(
            lambda: find(email, display_name),
            lambda settings: self._done(request, settings),
            lambda _exc: self._done(request, None),
        )

    def _done(self, request: int, settings: AccountSettings | None) -> None:
        if request == self._request:
            self.found.emit(settings, "autoconfig" if settings is not None else "none")
