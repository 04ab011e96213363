"""A private Cyrus IMAP 3 server on loopback: a second real IMAP implementation besides Dovecot.

It advertises neither CONDSTORE/QRESYNC (``suppress_capabilities``) nor IDLE
(``imapidlepoll: 0``), so the sync engine meets a server it must poll and whose flag
changes leave no modseq trace — the situation of many small hosting providers. It is a
different code base from Dovecot with its own quirks: a mailbox database instead of
Maildir, UIDVALIDITY from the clock, HIGHESTMODSEQ in SELECT even with CONDSTORE hidden,
its own LIST flags and namespaces.

Each ``CyrusServer`` owns a temporary directory with its ``imapd.conf``, ``cyrus.conf``,
TLS files, SASL password database (``sasldb2``), mailbox database and spool. Nothing in
``/etc`` or ``/var`` is read or written: ``master`` and every ``imapd`` get ``-C`` and
``-M`` pointing into the directory. Users live in the private sasldb (``saslpasswd2``);
their INBOX, Sent, Drafts, Trash and Archive are created at first login (``autocreate``).

Packages (Debian 12): ``cyrus-common`` (``master``, ``ctl_cyrusdb``) and ``sasl2-bin``
(``saslpasswd2``). The ``imapd`` binary lives in ``cyrus-imapd``, which conflicts with
``dovecot-imapd`` (both provide ``imap-server``), so ``scripts/test`` unpacks that package
into :data:`UNPACKED_IMAPD_ROOT` instead of installing it; ``SHOPKEEPER_CYRUS_IMAPD`` may
name another ``imapd``.

Privileges: started as root, ``master`` drops to the ``cyrus`` user (created by
cyrus-common) and the directory is owned by it; as a normal user it runs as that user
(``cyrus_user``).

Threading: the helpers open their own short connections and may be called from any
thread; ``start``/``stop`` must not run concurrently.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from imapclient import IMAPClient

from tests.servers.certs import CertificateAuthority, write_server_tls
from tests.servers.dovecot import ImapUser
from tests.servers.dovecot_config import HOST, free_port

__all__ = ["CyrusError", "CyrusNotInstalled", "CyrusServer", "find_cyrus"]

CYRUS_BIN = Path("/usr/lib/cyrus/bin")
UNPACKED_IMAPD_ROOT = Path("/opt/shopkeeper-tests/cyrus-imapd")
"""Where ``scripts/test`` unpacks the ``cyrus-imapd`` package (``dpkg-deb -x``)."""
SPECIAL_FOLDERS = {"Sent": "sent", "Drafts": "drafts", "Trash": "trash", "Archive": "archive"}
"""Folders created at first login, with their special-use flag (RFC 6154) without the \\."""
_SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
_SERVERNAME = "shop.test"
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 10.0
_APPENDUID = b"APPENDUID "


class CyrusError(RuntimeError):
    """Cyrus could not be started or driven; the message carries the log tail."""


class CyrusNotInstalled(CyrusError):
    """``master``, ``imapd`` or ``saslpasswd2`` is missing (run ``./scripts/test``)."""


def _imapd() -> Path | None:
    candidates = [
        os.environ.get("SHOPKEEPER_CYRUS_IMAPD", ""),
        str(CYRUS_BIN / "imapd"),
        str(UNPACKED_IMAPD_ROOT / "usr/lib/cyrus/bin/imapd"),
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return Path(candidate)
    return None


def find_cyrus() -> tuple[Path, Path, Path, Path] | None:
    """(master, imapd, ctl_cyrusdb, saslpasswd2), or None when any is missing."""
    master = CYRUS_BIN / "master"
    ctl = CYRUS_BIN / "ctl_cyrusdb"
    imapd = _imapd()
    saslpasswd = shutil.which("saslpasswd2") or shutil.which("saslpasswd2", path=_SYSTEM_PATH)
    if imapd is None or saslpasswd is None:
        return None
    if not (os.access(master, os.X_OK) and os.access(ctl, os.X_OK)):
        return None
    return master, imapd, ctl, Path(saslpasswd)


def _greets(port: int, context: ssl.SSLContext | None) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=0.5) as raw:
            if context is None:
                return raw.recv(64).startswith(b"* OK")
            with context.wrap_socket(raw, server_hostname=HOST) as tls:
                return tls.recv(64).startswith(b"* OK")
    except (OSError, ssl.SSLError):
        return False


class CyrusServer:
    """A private Cyrus instance; see the module docstring.

    The same small API as :class:`~tests.servers.dovecot.DovecotServer` where tests need
    it: ``start``/``stop``/``close``, ``host``, ``imaps_port``, ``imap_port`` (STARTTLS),
    ``ca_file``, ``new_user()``, ``append``, ``set_flags``, ``expunge``, ``list_uids``,
    ``session``. Expunge and flag changes go over IMAP, as another client would do them.
    """

    host = HOST

    def __init__(self, *, workdir: Path | None = None) -> None:
        binaries = find_cyrus()
        if binaries is None:
            raise CyrusNotInstalled(
                "Cyrus IMAP is not available (master/ctl_cyrusdb from cyrus-common, imapd "
                "from cyrus-imapd, saslpasswd2 from sasl2-bin). Run ./scripts/test."
            )
        self._master, self._imapd_bin, self._ctl, self._saslpasswd = binaries
        self._own_workdir = workdir is None
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="shopkeeper-cyrus-"))
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.config_file = self.workdir / "imapd.conf"
        self.master_config = self.workdir / "cyrus.conf"
        self.log_file = self.workdir / "master.log"
        self.sasldb = self.workdir / "sasldb2"
        self._users: dict[str, str] = {}
        self._process: subprocess.Popen[bytes] | None = None
        ca = CertificateAuthority.create("Shopkeeper Cyrus test CA")
        self._tls = write_server_tls(self.workdir / "tls", ca, "server")
        self.ca_file = self._tls.ca_file
        self._root = os.geteuid() == 0
        self._prepare_tree()

    # -- setup -------------------------------------------------------------------------

    def _prepare_tree(self) -> None:
        for sub in ("conf", "spool", "sieve", "run/proc", "run/lock", "run/socket"):
            (self.workdir / sub).mkdir(parents=True, exist_ok=True)
        self.config_file.write_text(self._imapd_conf(), encoding="utf-8")
        self.master_config.write_text(self._cyrus_conf(), encoding="utf-8")
        self.log_file.touch()
        self._own_tree()

    def _own_tree(self) -> None:
        """As root: hand the directory to the ``cyrus`` user that ``master`` becomes."""
        if not self._root:
            return
        entry = pwd.getpwnam("cyrus")
        self.workdir.chmod(0o755)
        for path in [self.workdir, *self.workdir.rglob("*")]:
            os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)

    def _imapd_conf(self) -> str:
        work = self.workdir
        folders = "|".join(SPECIAL_FOLDERS)
        special = "".join(f"xlist-{flag}: {name}\n" for name, flag in SPECIAL_FOLDERS.items())
        user = "" if self._root else f"cyrus_user: {pwd.getpwuid(os.geteuid()).pw_name}\n"
        return f"""\
# Generated by tests/servers/cyrus.py for one private test instance.
configdirectory: {work}/conf
partition-default: {work}/spool
defaultpartition: default
proc_path: {work}/run/proc
mboxname_lockpath: {work}/run/lock
lmtpsocket: {work}/run/socket/lmtp
idlesocket: {work}/run/socket/idle
notifysocket: {work}/run/socket/notify
sievedir: {work}/sieve
servername: {_SERVERNAME}
syslog_prefix: shopkeeper-cyrus-{secrets.token_hex(3)}
{user}admins: cyrus
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: {self.sasldb}
sasl_mech_list: PLAIN LOGIN
tls_server_cert: {self._tls.cert_file}
tls_server_key: {self._tls.key_file}
altnamespace: yes
unixhierarchysep: yes
autocreate_quota: 0
autocreate_inbox_folders: {folders}
autocreate_subscribe_folders: {folders}
{special}# The point of this server: no CONDSTORE/QRESYNC, and no IDLE (0 turns it off).
suppress_capabilities: CONDSTORE QRESYNC
imapidlepoll: 0
"""

    def _cyrus_conf(self) -> str:
        imapd = f"{self._imapd_bin} -C {self.config_file}"
        return f"""\
# Generated by tests/servers/cyrus.py.
START {{
  recover cmd="{self._ctl} -r -C {self.config_file}"
}}
SERVICES {{
  imap cmd="{imapd}" listen="{HOST}:{self.imap_port}" prefork=0
  imaps cmd="{imapd} -s" listen="{HOST}:{self.imaps_port}" prefork=0
}}
EVENTS {{
}}
"""

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> None:
        """Start ``master`` and wait until both ports greet (the IMAPS one over TLS)."""
        if self.running:
            return
        self._process = subprocess.Popen(
            [
                str(self._master),
                "-C",
                str(self.config_file),
                "-M",
                str(self.master_config),
                "-p",
                str(self.workdir / "run" / "master.pid"),
                "-L",
                str(self.log_file),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Own process group: cleanup can kill all of it.
        )
        atexit.register(self._kill)
        deadline = time.monotonic() + _START_TIMEOUT
        while not (_greets(self.imap_port, None) and _greets(self.imaps_port, self.ssl_context())):
            if self._process.poll() is not None:
                code = self._process.returncode
                self._kill()
                raise CyrusError(f"Cyrus master exited with status {code}.\n{self.log_tail()}")
            if time.monotonic() > deadline:
                self._kill()
                raise CyrusError(f"Cyrus did not open its ports.\n{self.log_tail()}")
            time.sleep(0.02)

    def stop(self) -> None:
        process = self._process
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=_STOP_TIMEOUT)
        self._kill()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            if self._own_workdir:
                shutil.rmtree(self.workdir, ignore_errors=True)

    def _kill(self) -> None:
        process = self._process
        if process is None:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=_STOP_TIMEOUT)
        self._process = None
        atexit.unregister(self._kill)

    def __enter__(self) -> CyrusServer:
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
        """Cyrus logs to syslog; this is what ``master`` and its children printed."""
        text = self.log_file.read_text(encoding="utf-8", errors="replace").splitlines()
        return "--- master.log ---\n" + "\n".join(text[-lines:])

    # -- users -------------------------------------------------------------------------

    def add_user(self, name: str, password: str) -> None:
        """Add a user to the private sasldb; the mailbox is created at first login."""
        result = subprocess.run(
            [str(self._saslpasswd), "-p", "-c", "-f", str(self.sasldb), "-u", _SERVERNAME, name],
            input=password.encode(),
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            raise CyrusError(f"saslpasswd2 failed: {result.stderr.decode(errors='replace')}")
        if self._root:
            entry = pwd.getpwnam("cyrus")
            os.chown(self.sasldb, entry.pw_uid, entry.pw_gid)
        self._users[name] = password
        with self.session(name):
            pass  # The first login creates INBOX and the special folders.

    def new_user(self, prefix: str = "user", domain: str = "shop.test") -> ImapUser:
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

    # -- IMAP-side helpers -------------------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_file))

    def connect(self, user: str, *, timeout: float = 10.0) -> IMAPClient:
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
        client = self.connect(user)
        try:
            if folder is not None:
                client.select_folder(folder)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def append(self, user: str, folder: str, raw: bytes, flags: Sequence[str | bytes] = ()) -> int:
        """APPEND a message and return its UID (from the APPENDUID response code)."""
        with self.session(user) as client:
            response = client.append(folder, raw, flags=tuple(flags))
        text = response if isinstance(response, bytes) else b""
        start = text.find(_APPENDUID)
        if start < 0:
            raise CyrusError(f"no APPENDUID in APPEND response: {response!r}")
        return int(text[start + len(_APPENDUID) :].split(b"]")[0].split()[1])

    def set_flags(self, user: str, folder: str, uid: int, flags: Sequence[str | bytes]) -> None:
        with self.session(user, folder) as client:
            client.set_flags([uid], list(flags), silent=True)

    def expunge(self, user: str, folder: str, uids: Sequence[int]) -> None:
        """Delete messages by UID (STORE \\Deleted, then UID EXPUNGE)."""
        with self.session(user, folder) as client:
            client.add_flags(list(uids), [b"\\Deleted"], silent=True)
            client.uid_expunge(list(uids))

    def list_uids(self, user: str, folder: str) -> list[int]:
        with self.session(user) as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(uid) for uid in client.search("ALL"))
