"""A private Dovecot 2.3 IMAP server on loopback, for integration tests and benchmarks.

Each ``DovecotServer`` owns a temporary directory holding its config, TLS files, runtime
directory (``base_dir``), state, logs, per-user passwd-files and mail. It never reads or touches
``/etc/dovecot`` or a system instance.

Privileges: Dovecot refuses to serve mail as uid 0. Started as root, the master stays root
and everything else (login, auth, mail processes) runs as the unprivileged system user
``sktest``, created on first use (``nobody``/``nogroup`` if ``useradd`` is unavailable).
Started as a normal user, Dovecot runs "rootless" as that user, with chroots disabled.

Mail helpers act as a second client would: ``append``, ``set_flags``, ``list_uids``,
``uidvalidity`` and folder operations log in over IMAPS with the test CA; ``expunge`` and
``move`` use ``doveadm`` so they work even when ``capabilities`` hides UIDPLUS or MOVE.

Threading: the helpers open their own short connections and may be called from any thread,
but ``start``/``stop``/``restart``/``rotate_certificate`` must not run concurrently.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient

from tests.servers.certs import CertificateAuthority, write_server_tls
from tests.servers.dovecot_config import (
    HOST,
    SPECIAL_FOLDERS,
    DovecotConfig,
    find_binary,
    free_port,
    run_as,
)

__all__ = [
    "HOST",
    "SPECIAL_FOLDERS",
    "DovecotError",
    "DovecotNotInstalled",
    "DovecotServer",
    "ImapUser",
    "find_binary",
]

_START_TIMEOUT = 20.0
_STOP_TIMEOUT = 10.0
_INDEX_FILE = re.compile(r"^dovecot(-uidlist|\.index.*|\.list\.index.*)$")
_USER_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.@+-]{0,63}")
_EX_NOUSER = 68
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")


class DovecotError(RuntimeError):
    """Dovecot could not be started, stopped or driven; the message carries the log tail."""


class DovecotNotInstalled(DovecotError):
    """The ``dovecot`` or ``doveadm`` binary is missing (run ``./scripts/test``)."""


@dataclass(frozen=True)
class ImapUser:
    """Everything a client needs to reach one test mailbox."""

    host: str
    imaps_port: int
    imap_port: int
    username: str
    password: str
    ca_file: Path
    email: str


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5):
            return True
    except OSError:
        return False


class DovecotServer:
    """A private Dovecot instance; see the module docstring.

    ``capabilities`` replaces Dovecot's ``imap_capability`` (what CAPABILITY advertises,
    before and after login); ``None`` keeps Dovecot's full list, which includes IDLE,
    CONDSTORE, QRESYNC, MOVE, UIDPLUS and SPECIAL-USE. ``separator`` is the hierarchy
    separator of the (Maildir++) namespace; with "/" folder names cannot contain ".".
    ``auth_failure_delay`` is Dovecot's pause before answering a failed login (seconds;
    Dovecot's default is 2, tests default to 0). Dovecot's per-IP auth penalty is off.
    ``quota_bytes`` gives every user a storage quota (over it, APPEND fails with
    ``NO [OVERQUOTA]``); None, the default, means no quota.
    """

    host = HOST

    def __init__(
        self,
        *,
        capabilities: str | None = None,
        separator: str = "/",
        idle_check_interval: int = 1,
        max_user_connections: int = 50,
        auth_failure_delay: int = 0,
        quota_bytes: int | None = None,
        workdir: Path | None = None,
    ) -> None:
        self._own_workdir = workdir is None
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="shopkeeper-dovecot-"))
        self.workdir.chmod(0o755)  # Unprivileged Dovecot processes must traverse it.
        self.config = DovecotConfig(
            workdir=self.workdir,
            account=run_as(),
            imap_port=free_port(),
            imaps_port=free_port(),
            capabilities=capabilities,
            separator=separator,
            idle_check_interval=idle_check_interval,
            max_user_connections=max_user_connections,
            auth_failure_delay=auth_failure_delay,
            quota_bytes=quota_bytes,
        )
        self.imap_port = self.config.imap_port
        self.imaps_port = self.config.imaps_port
        self.config_file = self.config.config_file
        self.log_file = self.config.log_file
        self._account = self.config.account
        self._users: dict[str, str] = {}
        self._lock = threading.Lock()
        self._maildir_seq = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._cert_generation = 0
        self.config.tls_dir.mkdir(exist_ok=True)
        self.other_ca_file = CertificateAuthority.create("Unrelated test CA").write(
            self.config.tls_dir / "unrelated-ca.crt"
        )
        self.ca_file = self._issue_server_certificate()
        self._prepare_tree()

    # -- setup -------------------------------------------------------------------------

    def _issue_server_certificate(self) -> Path:
        """Create a brand-new CA, issue the server cert from it, point the config at it."""
        self._cert_generation += 1
        stem = f"server-{self._cert_generation}"
        ca = CertificateAuthority.create(f"Shopkeeper test CA {self._cert_generation}")
        files = write_server_tls(self.config.tls_dir, ca, stem)
        shutil.copyfile(files.cert_file, self.config.cert_file)
        shutil.copyfile(files.key_file, self.config.key_file)
        return files.ca_file

    def _prepare_tree(self) -> None:
        for sub in ("log", "state", "mail", "users"):
            (self.workdir / sub).mkdir(exist_ok=True)
        os.chown(self.config.mail_root, self._account.uid, self._account.gid)
        self.log_file.touch()
        self.config_file.write_text(self.config.render(), encoding="utf-8")

    def _write_passwd(self, name: str, password: str) -> bool:
        """Write the user's passwd-file; return True if it replaced an existing one."""
        path = self.config.users_dir / name
        previous_mtime = int(path.stat().st_mtime) if path.exists() else None
        tmp = path.with_name(f".{name}.tmp")
        tmp.write_text(f"{name}:{{PLAIN}}{password}::::::\n", encoding="utf-8")
        tmp.chmod(0o644)  # The auth process runs as the unprivileged user.
        if previous_mtime is not None:
            # Dovecot reloads on an mtime or size change; make sure the mtime changes.
            mtime = max(int(time.time()), previous_mtime + 1)
            os.utime(tmp, (mtime, mtime))
        os.replace(tmp, path)
        return previous_mtime is not None

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start Dovecot and wait until both IMAP ports accept connections."""
        if self.running:
            return
        dovecot = find_binary("dovecot")
        if dovecot is None or find_binary("doveadm") is None:
            raise DovecotNotInstalled(
                "Dovecot is not installed (dovecot/doveadm not found). "
                "Run ./scripts/test, which installs dovecot-imapd, or apt-get install it."
            )
        with self.config.stderr_file.open("ab") as stderr:
            self._process = subprocess.Popen(
                [dovecot, "-F", "-c", str(self.config_file)],
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # Own process group: cleanup can kill all of it.
            )
        atexit.register(self._kill)
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._greets():
            if self._process.poll() is not None:
                code = self._process.returncode
                self._kill()
                raise DovecotError(f"Dovecot exited with status {code}.\n{self.log_tail()}")
            if time.monotonic() > deadline:
                self._kill()
                raise DovecotError(f"Dovecot did not open its ports.\n{self.log_tail()}")
            time.sleep(0.02)

    def _greets(self) -> bool:
        """Whether both ports answer with an IMAP greeting (TLS verified on the IMAPS port).

        A bare connect is not enough: another program may hold one of the ports while
        Dovecot fails to bind it.
        """
        try:
            with socket.create_connection((HOST, self.imap_port), timeout=0.5) as plain:
                if not plain.recv(64).startswith(b"* OK"):
                    return False
            context = self.ssl_context()
            with (
                socket.create_connection((HOST, self.imaps_port), timeout=0.5) as raw,
                context.wrap_socket(raw, server_hostname=HOST) as tls,
            ):
                return tls.recv(64).startswith(b"* OK")
        except (OSError, ssl.SSLError):
            return False

    def stop(self) -> None:
        """Stop Dovecot cleanly and wait until its ports are closed."""
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=_STOP_TIMEOUT)
        self._kill()
        deadline = time.monotonic() + _STOP_TIMEOUT
        while _port_open(self.imaps_port) or _port_open(self.imap_port):
            if time.monotonic() > deadline:
                raise DovecotError(f"Dovecot ports still open after stop.\n{self.log_tail()}")
            time.sleep(0.02)

    def restart(self) -> None:
        """Stop and start again on the same ports, with the same users and mail."""
        self.stop()
        self.start()

    def reload(self) -> None:
        """Make Dovecot re-read its config and certificates (``doveadm reload``)."""
        self._doveadm("reload")

    def close(self) -> None:
        """Stop the server and delete its temporary directory."""
        try:
            self.stop()
        finally:
            if self._own_workdir:
                shutil.rmtree(self.workdir, ignore_errors=True)

    def _kill(self) -> None:
        """Kill the whole process group (master and children); safe to call repeatedly."""
        process = self._process
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=_STOP_TIMEOUT)
        self._process = None
        atexit.unregister(self._kill)

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def log_tail(self, lines: int = 40) -> str:
        """The last lines of Dovecot's log and of its stderr, for error messages."""
        parts: list[str] = []
        for path in (self.config.stderr_file, self.log_file):
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()
                parts.append(f"--- {path.name} ---\n" + "\n".join(text[-lines:]))
        return "\n".join(parts)

    def rotate_certificate(self) -> Path:
        """Serve a new certificate issued by a brand-new CA, and reload.

        ``ca_file`` then names the new CA; the previous CA no longer verifies the server.
        Returns the new ``ca_file``. Use a private server for this, not a shared fixture.
        """
        self.ca_file = self._issue_server_certificate()
        if self.running:
            self.reload()
            self._wait_for_certificate()
        return self.ca_file

    def _wait_for_certificate(self) -> None:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            try:
                with (
                    socket.create_connection((HOST, self.imaps_port), timeout=2) as raw,
                    context.wrap_socket(raw, server_hostname=HOST),
                ):
                    return
            except (OSError, ssl.SSLError):
                if time.monotonic() > deadline:
                    raise DovecotError(f"New certificate not served.\n{self.log_tail()}") from None
                time.sleep(0.05)

    # -- users -------------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Add a user, or change a password; takes effect without a restart.

        A new user can log in at once. A changed password is visible only after Dovecot's
        next passwd-file check (at most once a second), so this waits up to a second.
        """
        if not _USER_NAME.fullmatch(name):
            raise ValueError(f"invalid user name: {name!r}")
        if not password or any(c in password for c in ":\n\r\0"):
            raise ValueError("invalid password")
        with self._lock:
            changed = self._write_passwd(name, password)
            self._users[name] = password
        if changed and self.running:
            time.sleep(1.05 - time.time() % 1)  # Into the next second after the write.

    def password(self, user: str) -> str:
        return self._users[user]

    def new_user(self, prefix: str = "user", domain: str = "shop.test") -> ImapUser:
        """Create a user with a unique name and random password; return its details."""
        username = f"{prefix}-{secrets.token_hex(4)}"
        password = secrets.token_urlsafe(12)
        self.add_user(username, password)
        return ImapUser(
            host=self.host,
            imaps_port=self.imaps_port,
            imap_port=self.imap_port,
            username=username,
            password=password,
            ca_file=self.ca_file,
            email=f"{username}@{domain}",
        )

    def maildir_root(self, user: str) -> Path:
        """The user's Maildir (INBOX lives directly in it; folders are ``.Name`` dirs)."""
        return self.config.mail_root / user / "Maildir"

    def folder_dir(self, user: str, folder: str) -> Path:
        """The Maildir++ directory that holds ``folder`` on disk."""
        if folder.upper() == "INBOX":
            return self.maildir_root(user)
        return self.maildir_root(user) / ("." + folder.replace(self.config.separator, "."))

    # -- IMAP-side helpers -------------------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts only this server's current CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def connect(self, user: str, *, timeout: float = 10.0) -> IMAPClient:
        """A logged-in IMAPS connection as ``user``; the caller must ``logout()``."""
        client = IMAPClient(
            self.host,
            port=self.imaps_port,
            ssl=True,
            ssl_context=self.ssl_context(),
            timeout=timeout,
        )
        try:
            client.login(user, self._users[user])
        except BaseException:
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    @contextlib.contextmanager
    def session(self, user: str, folder: str | None = None) -> Iterator[IMAPClient]:
        """A short logged-in connection, with ``folder`` selected read-write if given."""
        client = self.connect(user)
        try:
            if folder is not None:
                client.select_folder(folder)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(
        self,
        user: str,
        folder: str,
        raw: bytes,
        flags: Sequence[str | bytes] = (),
        msg_time: dt.datetime | None = None,
    ) -> int:
        """APPEND a message and return its UID (from the APPENDUID response code)."""
        with self.session(user) as client:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        match = _APPENDUID.search(response if isinstance(response, bytes) else b"")
        if match is None:
            raise DovecotError(f"no APPENDUID in APPEND response: {response!r}")
        return int(match.group(2))

    def set_flags(self, user: str, folder: str, uid: int, flags: Sequence[str | bytes]) -> None:
        """Replace the flags of one message (UID STORE FLAGS)."""
        with self.session(user, folder) as client:
            client.set_flags([uid], list(flags), silent=True)

    def list_uids(self, user: str, folder: str) -> list[int]:
        """All UIDs in ``folder``, ascending."""
        with self.session(user) as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(uid) for uid in client.search("ALL"))

    def uidvalidity(self, user: str, folder: str) -> int:
        """UIDVALIDITY as reported by an IMAP SELECT (EXAMINE)."""
        with self.session(user) as client:
            status = client.select_folder(folder, readonly=True)
            return int(status[b"UIDVALIDITY"])

    def create_folder(self, user: str, folder: str) -> None:
        with self.session(user) as client:
            client.create_folder(folder)

    def delete_folder(self, user: str, folder: str) -> None:
        with self.session(user) as client:
            client.delete_folder(folder)

    def rename_folder(self, user: str, old: str, new: str) -> None:
        with self.session(user) as client:
            client.rename_folder(old, new)

    # -- doveadm-side helpers ----------------------------------------------------------

    def _doveadm(self, *args: str, ok_codes: tuple[int, ...] = (0,)) -> str:
        doveadm = find_binary("doveadm")
        if doveadm is None:
            raise DovecotNotInstalled("doveadm not found; run ./scripts/test")
        result = subprocess.run(
            [doveadm, "-c", str(self.config_file), *args],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode not in ok_codes:
            raise DovecotError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): "
                f"{result.stderr.strip()}\n{self.log_tail(10)}"
            )
        return result.stdout

    @staticmethod
    def _uid_set(uids: Iterable[int]) -> str:
        text = ",".join(str(int(uid)) for uid in uids)
        if not text:
            raise ValueError("no UIDs given")
        return text

    def expunge(self, user: str, folder: str, uids: Iterable[int]) -> None:
        """Expunge messages by UID, as another client would."""
        self._doveadm("expunge", "-u", user, "mailbox", folder, "uid", self._uid_set(uids))

    def move(self, user: str, src: str, dst: str, uids: Iterable[int]) -> None:
        """Move messages by UID from ``src`` to ``dst`` (new UIDs in ``dst``)."""
        self._doveadm("move", "-u", user, dst, "mailbox", src, "uid", self._uid_set(uids))

    def sessions(self, user: str) -> list[int]:
        """PIDs of ``user``'s connected IMAP sessions (``doveadm who``)."""
        lines = self._doveadm("who", "-1", user).splitlines()[1:]  # First line is a header.
        return [int(fields[2]) for fields in map(str.split, lines) if fields[:1] == [user]]

    def kick(self, user: str) -> None:
        """Disconnect all of ``user``'s IMAP sessions and wait until they are gone."""
        self._doveadm("kick", user, ok_codes=(0, _EX_NOUSER))  # 68: nobody was connected
        deadline = time.monotonic() + _STOP_TIMEOUT
        while self.sessions(user):
            if time.monotonic() > deadline:
                raise DovecotError(f"sessions of {user} survived a kick")
            time.sleep(0.05)

    def reset_uidvalidity(self, user: str, folder: str) -> int:
        """Give ``folder`` a genuinely new UIDVALIDITY with its UIDs renumbered from 1.

        Disconnects the user's sessions, deletes the folder's dovecot-uidlist and index
        files, then SELECTs: Dovecot rebuilds them with the next value from its
        ``dovecot-uidvalidity`` counter. Returns the new UIDVALIDITY.
        """
        old = self.uidvalidity(user, folder)
        self.kick(user)
        folder_dir = self.folder_dir(user, folder)
        for path in folder_dir.iterdir():
            if path.is_file() and _INDEX_FILE.match(path.name):
                path.unlink()
        new = self.uidvalidity(user, folder)
        if new == old:
            raise DovecotError(f"UIDVALIDITY of {folder} did not change ({old})")
        return new

    # -- bulk loading ------------------------------------------------------------------

    def bulk_load_maildir(
        self, user: str, folder: str, messages: Iterable[bytes], *, seen: bool = False
    ) -> int:
        """Write messages straight into the folder's ``cur/``; return how many.

        The fast path for benchmark-sized mailboxes: Dovecot indexes the files on the next
        SELECT. Files get valid Maildir names (with ``S=<size>``), owned by the mail user.
        """
        folder_dir = self.folder_dir(user, folder)
        self._ensure_maildir(user, folder_dir, is_inbox=folder.upper() == "INBOX")
        cur = folder_dir / "cur"
        run = self._account
        now = int(time.time())
        info = ":2,S" if seen else ":2,"
        count = 0
        with self._lock:
            for raw in messages:
                self._maildir_seq += 1
                name = f"{now}.M{self._maildir_seq}P{os.getpid()}.sktest,S={len(raw)}{info}"
                path = cur / name
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                try:
                    os.write(fd, raw)
                    if run.privileged:
                        os.fchown(fd, run.uid, run.gid)
                finally:
                    os.close(fd)
                count += 1
        return count

    def _ensure_maildir(self, user: str, folder_dir: Path, *, is_inbox: bool) -> None:
        run = self._account
        user_home = self.config.mail_root / user
        created: list[Path] = []
        for directory in (user_home, self.maildir_root(user), folder_dir):
            if not directory.exists():
                directory.mkdir(mode=0o700)
                created.append(directory)
        for sub in ("cur", "new", "tmp"):
            directory = folder_dir / sub
            if not directory.exists():
                directory.mkdir(mode=0o700)
                created.append(directory)
        if not is_inbox and not (folder_dir / "maildirfolder").exists():
            (folder_dir / "maildirfolder").touch(mode=0o600)
            created.append(folder_dir / "maildirfolder")
        if run.privileged:
            for path in created:
                os.chown(path, run.uid, run.gid)
