"""The configuration of a private Dovecot 2.3 test instance, and the account it runs as.

Kept apart from ``dovecot.py`` (which runs and drives the server) so that everything that
decides *what* Dovecot is told sits in one place. The syntax is Dovecot 2.3's; 2.4 renamed
many settings (``mail_location``, ``ssl_cert``, passdb blocks), so this will need a rewrite
if the tests ever move to 2.4.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import secrets
import shutil
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"
SERVICE_USER = "sktest"
SPECIAL_FOLDERS: dict[str, str] = {
    "Sent": "\\Sent",
    "Drafts": "\\Drafts",
    "Trash": "\\Trash",
    "Archive": "\\Archive",
}
_SYSTEM_PATH = "/usr/sbin:/usr/bin:/sbin:/bin"
_USERADD_ARGS = ("--home-dir", "/nonexistent", "--shell", "/usr/sbin/nologin", SERVICE_USER)


def find_binary(name: str) -> str | None:
    """Locate a Dovecot binary even when /usr/sbin is not on PATH."""
    return shutil.which(name) or shutil.which(name, path=_SYSTEM_PATH)


_HANDED_OUT: set[int] = set()
"""Ports this process has handed out: the kernel may offer a just-closed port again at
once, and two listeners of one server on the same port make it refuse to start."""


def free_port() -> int:
    """A currently unused TCP port on the loopback address, never one handed out before."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind((HOST, 0))
            port: int = sock.getsockname()[1]
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


@dataclass(frozen=True)
class RunAs:
    """The unprivileged account that Dovecot's processes and the mail files use."""

    user: str
    group: str
    uid: int
    gid: int
    privileged: bool  # True: the master runs as root and drops to this account.


def _service_account() -> tuple[str, str]:
    """``sktest`` (created as a system user if missing), else ``nobody``/``nogroup``."""
    with contextlib.suppress(KeyError):
        entry = pwd.getpwnam(SERVICE_USER)
        return SERVICE_USER, grp.getgrgid(entry.pw_gid).gr_name
    useradd = shutil.which("useradd", path=_SYSTEM_PATH)
    if useradd:
        subprocess.run(
            [useradd, "--system", "--user-group", "--no-create-home", *_USERADD_ARGS],
            capture_output=True,
            check=False,
        )
    try:  # Also covers a concurrent useradd that won the race.
        entry = pwd.getpwnam(SERVICE_USER)
        return SERVICE_USER, grp.getgrgid(entry.pw_gid).gr_name
    except KeyError:
        return "nobody", "nogroup"


def run_as() -> RunAs:
    """As root: the service account. Otherwise: the current user ("rootless" Dovecot)."""
    if os.geteuid() == 0:
        user, group = _service_account()
        return RunAs(user, group, pwd.getpwnam(user).pw_uid, grp.getgrnam(group).gr_gid, True)
    entry = pwd.getpwuid(os.geteuid())
    group_name = grp.getgrgid(os.getegid()).gr_name
    return RunAs(entry.pw_name, group_name, entry.pw_uid, os.getegid(), False)


@dataclass(frozen=True)
class DovecotConfig:
    """Where one instance keeps its files, and the ``dovecot.conf`` that says so."""

    workdir: Path
    account: RunAs
    imap_port: int
    imaps_port: int
    capabilities: str | None = None
    separator: str = "/"
    idle_check_interval: int = 1
    max_user_connections: int = 50
    auth_failure_delay: int = 0
    quota_bytes: int | None = None
    """A storage quota per user (the quota plugin, "count" backend); None: no quota."""

    @property
    def config_file(self) -> Path:
        return self.workdir / "dovecot.conf"

    @property
    def log_file(self) -> Path:
        return self.workdir / "log" / "dovecot.log"

    @property
    def stderr_file(self) -> Path:
        return self.workdir / "log" / "stderr.log"

    @property
    def users_dir(self) -> Path:
        """One passwd-file per user, named after the user."""
        return self.workdir / "users"

    @property
    def mail_root(self) -> Path:
        """Users' homes: ``<mail_root>/<user>/Maildir``."""
        return self.workdir / "mail"

    @property
    def tls_dir(self) -> Path:
        return self.workdir / "tls"

    @property
    def cert_file(self) -> Path:
        return self.tls_dir / "server.crt"

    @property
    def key_file(self) -> Path:
        return self.tls_dir / "server.key"

    def render(self) -> str:
        run = self.account
        mailboxes = "".join(
            f"  mailbox {name} {{\n    special_use = {flag}\n    auto = subscribe\n  }}\n"
            for name, flag in SPECIAL_FOLDERS.items()
        )
        capability = f"imap_capability = {self.capabilities}\n" if self.capabilities else ""
        quota = imap_quota = ""
        if self.quota_bytes is not None:
            # Over quota, APPEND fails with "NO [OVERQUOTA]" (RFC 5530).
            quota = (
                "mail_plugins = $mail_plugins quota\n"
                "plugin {\n"
                "  quota = count:User quota\n"
                f"  quota_rule = *:storage={self.quota_bytes}B\n"
                "  quota_vsizes = yes\n"
                "}\n"
            )
            imap_quota = "  mail_plugins = $mail_plugins imap_quota\n"
        # Rootless: chroot needs root; login and anvil run unchrooted as the current user.
        chroot = "" if run.privileged else "  chroot =\n"
        return f"""\
# Generated by tests/servers/dovecot_config.py for one private test instance.
instance_name = shopkeeper-test-{secrets.token_hex(4)}
base_dir = {self.workdir}/run
state_dir = {self.workdir}/state
log_path = {self.log_file}
info_log_path = {self.log_file}
debug_log_path = {self.log_file}
auth_verbose = yes
protocols = imap
listen = {HOST}
shutdown_clients = yes
default_internal_user = {run.user}
default_internal_group = {run.group}
default_login_user = {run.user}
first_valid_uid = {run.uid}
last_valid_uid = {run.uid}
first_valid_gid = {run.gid}
last_valid_gid = {run.gid}

ssl = yes
ssl_cert = <{self.cert_file}
ssl_key = <{self.key_file}
# Loopback only, so LOGIN/PLAIN without TLS is acceptable (and needed by STARTTLS tests).
disable_plaintext_auth = no
auth_mechanisms = plain login

# One passwd-file per user: Dovecot stats a passwd-file at most once per second, so a
# shared file would hide a user added within a second of the previous login.
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.users_dir}/%u
}}
userdb {{
  driver = static
  args = uid={run.uid} gid={run.gid} home={self.mail_root}/%u
}}

mail_location = maildir:{self.mail_root}/%u/Maildir
namespace inbox {{
  inbox = yes
  separator = {self.separator}
{mailboxes}}}

mailbox_idle_check_interval = {self.idle_check_interval} secs
{capability}{quota}
# Test speed: no delay before a failed-login reply, and no per-IP penalty (2-15 s) that
# would slow every later login from 127.0.0.1 after one wrong password. Mode 0 on anvil's
# penalty socket is how Dovecot's documentation turns the penalty off.
auth_failure_delay = {self.auth_failure_delay} secs
service anvil {{
{chroot}  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}

protocol imap {{
  mail_max_userip_connections = {self.max_user_connections}
{imap_quota}}}

service imap-login {{
  inet_listener imap {{
    address = {HOST}
    port = {self.imap_port}
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {self.imaps_port}
    ssl = yes
  }}
{chroot}}}
"""
