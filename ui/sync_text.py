"""What the status area says about an account's sync, and which fix it offers.

The sync service reports states and error kinds (:class:`ui.sync_service.AccountStatus`);
this module turns them into translated sentences and links: a wrong password offers
"Enter password…", a refused certificate "Choose a CA file…", an unreachable server
"Retry now".  The server's own words (``status.message``) go to the tooltip.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from ui.i18n import TranslationContext, fill
from ui.sync_service import AccountStatus, SyncState

PASSWORD_LINK = "sk:password:"
CA_LINK = "sk:ca-file:"
RETRY_LINK = "sk:retry"

_RANK = {
    SyncState.FAILED: 5,
    SyncState.RETRYING: 4,
    SyncState.SYNCING: 3,
    SyncState.CONNECTING: 2,
    SyncState.UP_TO_DATE: 1,
    SyncState.STOPPED: 0,
}
_UNREACHABLE = frozenset({"unreachable", "connection_lost", "server", "error"})


@dataclass(frozen=True, slots=True)
class StatusText:
    text: str
    level: str
    """info, busy, ok, warning or error (see :class:`ui.status_area.SyncStatus`)."""
    links: tuple[tuple[str, str], ...] = ()
    """(label, link) pairs offered after the text."""
    detail: str = ""
    """The server's message and hint, for the tooltip."""


class SyncText(TranslationContext):
    """The "SyncText" translation context."""


def seconds_left(status: AccountStatus, since: float, now: float | None = None) -> int:
    """Whole seconds until the retry of a RETRYING ``status`` reported at ``since``."""
    if status.retry_in is None:
        return 0
    now = time.monotonic() if now is None else now
    return max(0, round(status.retry_in - (now - since)))


def describe(status: AccountStatus, retry_seconds: int = 0) -> StatusText:
    """The sentence, level and fixes for one account's ``status``."""
    email = status.email
    detail = " ".join(part for part in (status.message, status.hint) if part)
    match status.state:
        case SyncState.CONNECTING:
            return StatusText(
                fill(SyncText.tr("Connecting to the mail server of %1…"), email), "busy"
            )
        case SyncState.SYNCING:
            if status.total:
                text = fill(
                    SyncText.tr("Syncing %1: %2 of %3 messages"), email, status.done, status.total
                )
            else:
                text = fill(SyncText.tr("Syncing %1…"), email)
            return StatusText(text, "busy")
        case SyncState.UP_TO_DATE:
            return StatusText(fill(SyncText.tr("%1 is up to date"), email), "ok")
        case SyncState.STOPPED:
            return StatusText(fill(SyncText.tr("Sync of %1 is stopped"), email), "info")
        case SyncState.RETRYING:
            if status.kind in _UNREACHABLE:
                text = SyncText.tr("The mail server of %1 cannot be reached; retrying in %2 s.")
            else:
                text = SyncText.tr("Syncing %1 failed; retrying in %2 s.")
            return StatusText(
                fill(text, email, retry_seconds),
                "warning",
                ((SyncText.tr("Retry now"), RETRY_LINK),),
                detail,
            )
    return _failure(status, detail)


def _failure(status: AccountStatus, detail: str) -> StatusText:
    email = status.email
    password = (SyncText.tr("Enter password…"), PASSWORD_LINK + email)
    match status.kind:
        case "auth":
            text = fill(SyncText.tr("The mail server did not accept the password of %1."), email)
            return StatusText(text, "error", (password,), detail)
        case "keyring":
            text = fill(
                SyncText.tr("The password of %1 could not be read from the keyring."), email
            )
            return StatusText(text, "error", (password,), detail)
        case "certificate":
            text = fill(SyncText.tr("The certificate of the mail server of %1 was refused."), email)
            return StatusText(
                text, "error", ((SyncText.tr("Choose a CA file…"), CA_LINK + email),), detail
            )
        case "busy":
            text = SyncText.tr("Another Shopkeeper is already syncing this mail.")
            return StatusText(text, "warning", ((SyncText.tr("Retry now"), RETRY_LINK),), detail)
        case kind if kind in _UNREACHABLE:
            text = fill(SyncText.tr("The mail server of %1 cannot be reached."), email)
            return StatusText(text, "error", ((SyncText.tr("Retry now"), RETRY_LINK),), detail)
    text = fill(SyncText.tr("Syncing %1 failed."), email)
    return StatusText(text, "error", ((SyncText.tr("Retry now"), RETRY_LINK),), detail)


def most_urgent(statuses: Iterable[AccountStatus]) -> AccountStatus | None:
    """The status to show when there are several accounts: failures first."""
    return max(statuses, key=lambda s: _RANK.get(s.state, 0), default=None)


def summary_tooltip(texts: Iterable[StatusText]) -> str:
    """All accounts, one line each, with the server's words where there are any."""
    lines = []
    for entry in texts:
        lines.append(f"{entry.text}\n    {entry.detail}" if entry.detail else entry.text)
    return "\n".join(lines)
