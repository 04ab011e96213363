"""The outbox worker: sends what is due, retries what waits, and never sends twice.

One :meth:`OutboxWorker.run_once` does, per account:

1. **Recovery.**  A row left in ``sending`` by a worker that is gone (crash, kill) may
   or may not have reached the server.  Before sending it again the worker looks for
   its Message-ID in the local store and in the Sent folder (``SEARCH HEADER
   Message-ID``); found means sent.  If the check itself is impossible the row waits.
2. **Sending.**  Each due row is claimed (compare-and-set to ``sending``), handed to
   SMTP, and marked ``sent`` — or ``queued`` again with a backoff delay when waiting may
   help (server down, 4xx), or ``failed`` with the server's reason when it cannot.
3. **Filing.**  Each sent row is appended to Sent (unless the provider does that) and
   recorded in its conversation, which then waits on the customer.

:meth:`OutboxWorker.run` repeats that on a thread until a stop event is set.

Threading rule: a worker runs on one thread (its SMTP and IMAP connections are that
thread's); other threads may call :meth:`OutboxWorker.wake`.  It shares nothing else:
every database step is its own short session.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Final

from console.accounts import secrets
from console.accounts.store import AccountError, AccountSettings, get_account
from console.mail.backoff import Backoff
from console.mail.errors import AuthenticationFailed, ConnectionLost, MailboxFull, MailError
from console.outbox import transitions as tx
from console.outbox.filing import record_sent
from console.outbox.queue import OutboxState, worker_token
from console.outbox.sent_folder import SentFolder, provider_files_sent
from console.outbox.smtp_send import (
    SMTP_TIMEOUT,
    DeliveryUncertain,
    MessageRejected,
    SmtpEndpoint,
    SmtpSession,
)
from console.storage.database import Database
from console.storage.models import utcnow

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
PasswordLookup = Callable[[str, str], str | None]
"""``(protocol, email) -> password``; protocol is "smtp" or "imap"."""

DEFAULT_LEASE: Final = timedelta(minutes=10)
PROVIDER_FOLDER: Final = "(saved by the provider)"
MAYBE_TWICE: Final = (
    "maybe_twice",
    "Sent again after the connection broke before the server confirmed the first "
    "attempt, so the customer may get this message twice.",
)
"""The note on a message sent again after :class:`DeliveryUncertain` (not found in Sent)."""
_AUTH_CODES: Final = frozenset({530, 534, 535, 538})


@dataclass(frozen=True, slots=True)
class OutboxChange:
    """One row changed state; the UI refreshes the outbox and that conversation."""

    outbox_id: int
    state: OutboxState
    conversation_id: int | None = None
    error: str | None = None


@dataclass(slots=True)
class RunReport:
    sent: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    """Could not be sent now; queued again for later."""
    failed: list[int] = field(default_factory=list)
    recovered: list[int] = field(default_factory=list)
    """Found already sent after a crash; not sent again."""
    filed: list[int] = field(default_factory=list)
    next_due: datetime | None = None
    """When something waiting becomes due (None: nothing waits)."""


def keyring_passwords(protocol: str, email: str) -> str | None:
    try:
        return secrets.load_password(protocol, email)
    except secrets.KeyringUnavailable:
        return None


def _account_level(error: MailError) -> bool:
    """An error every message of the account would meet (login, certificate, settings)."""
    if isinstance(error, MessageRejected):
        return error.code in _AUTH_CODES
    return True


class _AccountRun:
    """One account's part of a run: lazily opened SMTP and IMAP connections."""

    def __init__(self, worker: OutboxWorker, account: AccountSettings) -> None:
        self.worker = worker
        self.account = account
        self._smtp: SmtpSession | None = None
        self._sent: SentFolder | None = None

    def smtp(self) -> SmtpSession:
        if self._smtp is None:
            endpoint = SmtpEndpoint.for_account(self.account)
            password = self.worker.passwords("smtp", self.account.email)
            if password is None:
                password = self.worker.passwords("imap", self.account.email)
            self._smtp = SmtpSession(endpoint, password, timeout=self.worker.smtp_timeout)
        self._smtp.open()
        return self._smtp

    def sent_folder(self) -> SentFolder:
        if self._sent is None:
            password = self.worker.passwords("imap", self.account.email)
            if password is None:
                raise AuthenticationFailed(
                    f"No IMAP password is stored for {self.account.email}.",
                    hint="Add the account again to store its password.",
                )
            self._sent = SentFolder(self.account, password)
        return self._sent

    def close(self) -> None:
        for closer in (self._smtp, self._sent):
            if closer is not None:
                with contextlib.suppress(Exception):
                    closer.close()
        self._smtp = self._sent = None


class OutboxWorker:
    """Sends the outbox; see the module docstring.

    ``clock`` gives the current (aware) time; tests pass a controllable one.
    ``on_change`` is called on the worker's thread after every state change.
    """

    def __init__(
        self,
        db: Database,
        clock: Clock = utcnow,
        *,
        passwords: PasswordLookup = keyring_passwords,
        on_change: Callable[[OutboxChange], None] | None = None,
        retry_initial: float = 10.0,
        retry_maximum: float = 900.0,
        lease: timedelta = DEFAULT_LEASE,
        smtp_timeout: float = SMTP_TIMEOUT,
    ) -> None:
        self.db = db
        self.clock = clock
        self.passwords = passwords
        self.smtp_timeout = smtp_timeout
        self._on_change = on_change
        self._retry_initial = retry_initial
        self._retry_maximum = retry_maximum
        self._lease = lease
        self._token = worker_token()
        self._backoffs: dict[tuple[int, str], Backoff] = {}
        self._wait_until: dict[tuple[int, str], datetime] = {}
        self._wake = threading.Event()

    # -- the loop ---------------------------------------------------------------------

    def wake(self) -> None:
        """Make :meth:`run` look at the outbox now (after queueing, or going online)."""
        self._wake.set()

    def run(self, stop: threading.Event, *, poll_seconds: float = 30.0) -> None:
        """Run until ``stop`` is set (checked at least every 0.2 s)."""
        while not stop.is_set():
            self._wake.clear()
            wait = poll_seconds
            try:
                report = self.run_once()
            except Exception:
                log.exception("outbox run failed")
            else:
                if report.next_due is not None:
                    wait = min(wait, (report.next_due - self.clock()).total_seconds())
            deadline = time.monotonic() + max(0.05, wait)
            while not stop.is_set() and not self._wake.is_set():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._wake.wait(min(0.2, remaining))

    def run_once(self) -> RunReport:
        """Recover, send and file whatever is due now; see the module docstring."""
        now = self.clock()
        report = RunReport()
        work = tx.find_work(self.db, now)
        accounts = dict.fromkeys(
            [a for _i, a in work.due]
            + [a for _i, a, _by, _at in work.sending]
            + [a for _i, a in work.unfiled]
        )
        for account_id in accounts:
            due = [i for i, a in work.due if a == account_id]
            abandoned = [
                (i, by)
                for i, a, by, at in work.sending
                if a == account_id
                and tx.is_abandoned(by, at, own_token=self._token, now=now, lease=self._lease)
            ]
            unfiled = [i for i, a in work.unfiled if a == account_id]
            self._run_account(account_id, due, abandoned, unfiled, now, report)
        report.next_due = self._next_due()
        return report

    # -- one account ------------------------------------------------------------------

    def _run_account(
        self,
        account_id: int | None,
        due: list[int],
        abandoned: list[tuple[int, str | None]],
        unfiled: list[int],
        now: datetime,
        report: RunReport,
    ) -> None:
        account = None
        if account_id is not None:
            with contextlib.suppress(AccountError):
                account = get_account(self.db, account_id)
        if account is None or account.id is None:
            for outbox_id in due:
                if tx.fail_waiting(
                    self.db,
                    outbox_id,
                    now,
                    error="The account to send from was removed.",
                    kind="no_account",
                ):
                    self._changed(report.failed, outbox_id, OutboxState.FAILED)
            return
        run = _AccountRun(self, account)
        try:
            recovered_before = len(report.recovered)
            retry = [
                c for c in (self._recover(run, i, by, now, report) for i, by in abandoned) if c
            ]
            sent: list[int] = []
            if self._waiting(account.id, "smtp", now) is not None:
                for claimed in retry:
                    self._release(claimed.id, now)
            elif retry or due:
                sent = self._send_all(run, retry, due, now, report)
            to_file = [*unfiled, *report.recovered[recovered_before:], *sent]
            for outbox_id in dict.fromkeys(to_file):
                self._file(run, outbox_id, now, report)
        finally:
            run.close()

    def _recover(
        self,
        run: _AccountRun,
        outbox_id: int,
        previous: str | None,
        now: datetime,
        report: RunReport,
    ) -> tx.Claimed | None:
        """Resolve an abandoned ``sending`` row; return it claimed if it must be sent."""
        assert run.account.id is not None
        if self._waiting(run.account.id, "imap", now) is not None:
            return None
        claimed = tx.take_over(self.db, outbox_id, previous, self._token, now)
        if claimed is None:
            return None
        folder: str | None = None
        try:
            if tx.message_stored(self.db, claimed.message_id):
                found = True
            else:
                sent = run.sent_folder()
                found = sent.contains(claimed.message_id)
                folder = sent.name
        except MailError as error:
            if error.retryable:
                self._back_off(run.account.id, "imap", now)
                # Owned by nobody again: a later run checks again; nothing is resent blind.
                self._release(outbox_id, now)
            elif tx.fail(
                self.db,
                outbox_id,
                self._token,
                now,
                kind="uncertain",
                error=(
                    f"Could not check whether this message already went out ({error}). "
                    "Look in your Sent folder, then retry or cancel it."
                ),
            ):
                self._changed(report.failed, outbox_id, OutboxState.FAILED, error=str(error))
            return None
        self._ok(run.account.id, "imap")
        if not found:
            return claimed
        if tx.mark_sent(self.db, outbox_id, self._token, now, filed_in=folder):
            self._changed(report.recovered, outbox_id, OutboxState.SENT, claimed.conversation_id)
        return None

    def _release(self, outbox_id: int, now: datetime) -> None:
        tx.release(self.db, outbox_id, self._token, now)

    def _send_all(
        self,
        run: _AccountRun,
        retry: list[tx.Claimed],
        due: list[int],
        now: datetime,
        report: RunReport,
    ) -> list[int]:
        """Send the taken-over and the due rows; return the ids that went out."""
        assert run.account.id is not None
        account_id = run.account.id
        sent: list[int] = []
        try:
            run.smtp()
        except MailError as error:
            # Taken-over rows are known not to have gone out: a lasting error (login,
            # certificate) fails them like the others; a passing one hands them back.
            for taken in retry:
                if error.retryable:
                    self._release(taken.id, now)
                elif tx.fail(
                    self.db, taken.id, self._token, now, error=str(error), kind=error.kind
                ):
                    self._changed(report.failed, taken.id, OutboxState.FAILED, error=str(error))
            self._unreachable(account_id, due, error, now, report)
            return sent
        pending: list[tx.Claimed | int] = [*retry, *due]
        while pending:
            item = pending.pop(0)
            claimed: tx.Claimed | None = (
                item if isinstance(item, tx.Claimed) else tx.claim(self.db, item, self._token, now)
            )
            if claimed is None:
                continue  # undone, or taken by another worker
            try:
                result = run.smtp().send(claimed.mail_from, claimed.recipients, claimed.raw)
            except MailError as error:
                if isinstance(error, DeliveryUncertain):
                    # Perhaps accepted: the next run looks in Sent before sending again.
                    retry_at = self._back_off(account_id, "smtp", now)
                    if tx.release_uncertain(
                        self.db,
                        claimed.id,
                        self._token,
                        now,
                        retry_at=retry_at,
                        error=str(error),
                        kind=error.kind,
                    ):
                        self._changed(
                            report.deferred, claimed.id, OutboxState.SENDING, error=str(error)
                        )
                    lost = ConnectionLost("The connection to the outgoing server was lost.")
                    self._hand_back(pending, retry_at, lost, now)
                    return sent
                if error.retryable:
                    retry_at = self._back_off(account_id, "smtp", now)
                    if tx.requeue(
                        self.db,
                        claimed.id,
                        self._token,
                        now,
                        retry_at=retry_at,
                        error=str(error),
                        kind=error.kind,
                    ):
                        self._changed(
                            report.deferred, claimed.id, OutboxState.QUEUED, error=str(error)
                        )
                    self._hand_back(pending, retry_at, error, now)
                    return sent
                if tx.fail(
                    self.db, claimed.id, self._token, now, error=str(error), kind=error.kind
                ):
                    self._changed(
                        report.failed,
                        claimed.id,
                        OutboxState.FAILED,
                        claimed.conversation_id,
                        str(error),
                    )
                if _account_level(error):
                    self._fail_rest(pending, error, now, report)
                    return sent
                continue
            self._ok(account_id, "smtp")
            note = MAYBE_TWICE if claimed.error_kind == tx.UNCERTAIN_KIND else None
            if tx.mark_sent(
                self.db, claimed.id, self._token, now, refused=result.refused, note=note
            ):
                sent.append(claimed.id)
                self._changed(report.sent, claimed.id, OutboxState.SENT, claimed.conversation_id)
        return sent

    def _hand_back(
        self, pending: list[tx.Claimed | int], retry_at: datetime, error: MailError, now: datetime
    ) -> None:
        """What was not tried after a passing error: taken-over rows go back to nobody
        (they are checked again), waiting ones wait until ``retry_at``."""
        for item in pending:
            if isinstance(item, tx.Claimed):
                self._release(item.id, now)
        self._postpone([p for p in pending if isinstance(p, int)], retry_at, error, now)

    def _unreachable(
        self,
        account_id: int,
        due: list[int],
        error: MailError,
        now: datetime,
        report: RunReport,
    ) -> None:
        if error.retryable:
            retry_at = self._back_off(account_id, "smtp", now)
            for outbox_id in self._postpone(due, retry_at, error, now):
                self._changed(report.deferred, outbox_id, OutboxState.QUEUED, error=str(error))
            return
        for outbox_id in due:
            if tx.fail_waiting(self.db, outbox_id, now, error=str(error), kind=error.kind):
                self._changed(report.failed, outbox_id, OutboxState.FAILED, error=str(error))

    def _postpone(
        self, ids: list[int], retry_at: datetime, error: MailError, now: datetime
    ) -> list[int]:
        return [
            outbox_id
            for outbox_id in ids
            if tx.postpone(
                self.db, outbox_id, now, retry_at=retry_at, error=str(error), kind=error.kind
            )
        ]

    def _fail_rest(
        self,
        pending: list[tx.Claimed | int],
        error: MailError,
        now: datetime,
        report: RunReport,
    ) -> None:
        for item in pending:
            if isinstance(item, tx.Claimed):
                ok = tx.fail(self.db, item.id, self._token, now, error=str(error), kind=error.kind)
                outbox_id = item.id
            else:
                ok = tx.fail_waiting(self.db, item, now, error=str(error), kind=error.kind)
                outbox_id = item
            if ok:
                self._changed(report.failed, outbox_id, OutboxState.FAILED, error=str(error))

    def _file(self, run: _AccountRun, outbox_id: int, now: datetime, report: RunReport) -> None:
        """Put a sent message in Sent (IMAP permitting) and in its conversation (always)."""
        assert run.account.id is not None
        row = tx.sent_row(self.db, outbox_id)
        if row is None:
            return
        changed = False
        if not row.filed and self._waiting(run.account.id, "imap", now) is None:
            try:
                if provider_files_sent(run.account):
                    folder = PROVIDER_FOLDER
                else:
                    sent = run.sent_folder()
                    folder = sent.name
                    # After a crash between APPEND and here, the copy may be there already.
                    if not sent.contains(row.message_id):
                        sent.append(row.raw, row.sent_at or now)
                tx.mark_filed(self.db, outbox_id, folder, now)
                self._ok(run.account.id, "imap")
                changed = True
            except MailError as error:
                log.warning("could not file message %s in Sent: %s", outbox_id, error)
                self._back_off(run.account.id, "imap", now)
                if isinstance(error, MailboxFull) or not error.retryable:
                    tx.note_filing_failed(
                        self.db,
                        outbox_id,
                        now,
                        error=(
                            f"Sent, but no copy could be saved in the Sent folder: {error} "
                            "The message is kept here and in its conversation; the copy is "
                            "saved as soon as the server allows it."
                        ),
                    )
        conversation_id = None
        if not row.ingested:
            conversation_id = record_sent(self.db, outbox_id, now=now)
            changed = True
        if changed:
            report.filed.append(outbox_id)
            self._notify(OutboxChange(outbox_id, OutboxState.SENT, conversation_id))

    # -- backoff and notifications ----------------------------------------------------

    def _waiting(self, account_id: int, kind: str, now: datetime) -> datetime | None:
        until = self._wait_until.get((account_id, kind))
        return until if until is not None and until > now else None

    def _back_off(self, account_id: int, kind: str, now: datetime) -> datetime:
        backoff = self._backoffs.setdefault(
            (account_id, kind),
            Backoff(initial=self._retry_initial, maximum=self._retry_maximum),
        )
        until = now + timedelta(seconds=backoff.next_delay())
        self._wait_until[(account_id, kind)] = until
        return until

    def _ok(self, account_id: int, kind: str) -> None:
        backoff = self._backoffs.get((account_id, kind))
        if backoff is not None:
            backoff.reset()
        self._wait_until.pop((account_id, kind), None)

    def _next_due(self) -> datetime | None:
        times = []
        for account_id, not_before in tx.next_due(self.db):
            wait = self._wait_until.get((account_id, "smtp")) if account_id is not None else None
            candidates = [t for t in (not_before, wait) if t is not None]
            times.append(max(candidates) if candidates else self.clock())
        return min(times) if times else None

    def _changed(
        self,
        bucket: list[int],
        outbox_id: int,
        state: OutboxState,
        conversation_id: int | None = None,
        error: str | None = None,
    ) -> None:
        bucket.append(outbox_id)
        self._notify(OutboxChange(outbox_id, state, conversation_id, error))

    def _notify(self, change: OutboxChange) -> None:
        if self._on_change is not None:
            try:
                self._on_change(change)
            except Exception:
                log.exception("outbox change callback failed")
