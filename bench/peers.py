"""The peer tools the benchmark compares against, run and timed on the same machine.

* ``mbsync`` (isync) pulls the INBOX over IMAPS into a Maildir: the yardstick for sync.
* ``notmuch`` indexes that Maildir and answers searches: the yardstick for search.

Timing: wall time with ``time.perf_counter`` around the subprocess. Peak memory: the larger
of GNU time's ``%M`` (the biggest single process, from wait4's rusage) and the peak of the
summed RSS of the whole process tree, sampled every 50 ms with psutil, so a tool that forks
workers is not flattered.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

try:
    import psutil  # type: ignore[import-untyped]
except ImportError:  # without psutil, only GNU time's %M is measured
    psutil = None

GNU_TIME = "/usr/bin/time"
_SAMPLE_INTERVAL = 0.1
_PSS_EVERY = 10
"""Samples between two PSS readings: reading PSS walks every mapping of every process in
the tree (and holds each one's memory map lock meanwhile), which at every sample took
about 5 % of the wall time of a multi-process run and next to none of a single small one."""

# Twenty one- and two-word searches with hits in the corpus, across its six languages.
SEARCH_QUERIES: tuple[str, ...] = (
    "order",
    "invoice",
    "narudžba",
    "Bestellung",
    "заказ",
    "sipariş",
    "naročilo",
    "dostava paket",
    "Lieferung Rechnung",
    "доставка курьер",
    "kargo teslimat",
    "reklamacija",
    "Garantie",
    "гарантия",
    "iade",
    "descaler",
    "mlinac",
    "Kaffeemaschine",
    "call back",
    "vrnitev denarja",
)


class ImapServer(Protocol):
    """What the benchmark needs of ``tests.servers.dovecot.DovecotServer``."""

    host: str
    imaps_port: int
    ca_file: Path


@dataclass(frozen=True)
class Timed:
    """One timed subprocess."""

    argv: list[str]
    returncode: int
    wall_s: float
    peak_rss_kb: int
    """The largest RSS of the command's own process (GNU time's %M)."""
    peak_tree_pss_kb: int
    """The largest proportional set size summed over the process and its descendants:
    shared pages (the parse workers share the fork server's) are counted once."""
    stdout: str
    stderr: str
    machine_cpu_s: float = 0.0
    """CPU time the whole machine spent meanwhile (``/proc/stat``), on every core: the
    command, its children and the servers it talks to (the local Dovecot)."""

    def check(self, what: str) -> Timed:
        if self.returncode != 0:
            tail = (self.stderr or self.stdout)[-2000:]
            raise RuntimeError(f"{what} failed with exit code {self.returncode}:\n{tail}")
        return self


def _tree_pss(pid: int) -> int:
    """Summed PSS in bytes of ``pid``'s descendants (RSS where PSS is not available)."""
    if psutil is None:
        return 0
    total = 0
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return 0
    for child in children:
        with contextlib.suppress(psutil.Error, AttributeError):
            info = child.memory_full_info()
            total += getattr(info, "pss", info.rss)
    return total


def _tree_rss(pid: int) -> int:
    """Summed RSS in bytes of ``pid``'s descendants (not ``pid`` itself: it is GNU time)."""
    if psutil is None:
        return 0
    total = 0
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return 0
    for child in children:
        with contextlib.suppress(psutil.Error):
            total += child.memory_info().rss
    return total


def machine_busy_s() -> float:
    """CPU seconds all cores have spent busy since boot (0.0 where there is no /proc)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    ticks = [int(value) for value in fields]
    idle = ticks[3] + ticks[4]  # idle and iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK")


def run_timed(
    argv: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    stdin: bytes | None = None,
    cwd: Path | None = None,
) -> Timed:
    """Run ``argv`` to completion; return wall time, peak RSS and output."""
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryDirectory(prefix="bench-time-") as tmp:
        time_file = Path(tmp) / "rss"
        cmd = [GNU_TIME, "-f", "%M", "-o", str(time_file), *argv] if use_time else list(argv)
        out_file = Path(tmp) / "out"
        err_file = Path(tmp) / "err"
        with out_file.open("wb") as out, err_file.open("wb") as err:
            # Each run starts with nothing left to write back from the step before (loading
            # the corpus, another tool's run): it would slow whichever run comes next.
            os.sync()
            busy_before = machine_busy_s()
            started = time.perf_counter()
            proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                env=dict(env) if env is not None else None,
                cwd=cwd,
            )
            if stdin is not None and proc.stdin is not None:
                proc.stdin.write(stdin)
                proc.stdin.close()
            peak_tree = peak_pss = samples = 0
            while proc.poll() is None:
                rss = _tree_rss(proc.pid) if use_time else _self_and_tree_rss(proc.pid)
                peak_tree = max(peak_tree, rss)
                if samples % _PSS_EVERY == 0:
                    peak_pss = max(peak_pss, _tree_pss(proc.pid))
                samples += 1
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=_SAMPLE_INTERVAL)
            wall = time.perf_counter() - started
            busy = machine_busy_s() - busy_before
        peak_kb = peak_tree // 1024
        if use_time and time_file.exists():
            lines = time_file.read_text().strip().splitlines()
            with contextlib.suppress(ValueError, IndexError):
                peak_kb = int(lines[-1])
        return Timed(
            argv=list(argv),
            returncode=proc.returncode,
            wall_s=wall,
            peak_rss_kb=peak_kb,
            peak_tree_pss_kb=peak_pss // 1024,
            stdout=out_file.read_text(encoding="utf-8", errors="replace"),
            stderr=err_file.read_text(encoding="utf-8", errors="replace"),
            machine_cpu_s=busy,
        )


def _self_and_tree_rss(pid: int) -> int:
    if psutil is None:
        return 0
    try:
        own = int(psutil.Process(pid).memory_info().rss)
    except psutil.Error:
        return 0
    return own + _tree_rss(pid)


def maildir_stats(folder: Path) -> tuple[int, int]:
    """(messages, bytes) in a Maildir folder's ``cur`` and ``new``."""
    count = size = 0
    for sub in ("cur", "new"):
        directory = folder / sub
        if not directory.is_dir():
            continue
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.is_file():
                    count += 1
                    size += entry.stat().st_size
    return count, size


def _mbsync_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mbsync_config(server: ImapServer, user: str, password: str, maildir_dest: Path) -> str:
    """An mbsync 1.4 config pulling the INBOX only into ``maildir_dest/INBOX``."""
    return f"""\
IMAPAccount bench
Host {server.host}
Port {server.imaps_port}
User {_mbsync_quote(user)}
Pass {_mbsync_quote(password)}
SSLType IMAPS
CertificateFile {server.ca_file}

IMAPStore bench-remote
Account bench

MaildirStore bench-local
Path {maildir_dest}/
Inbox {maildir_dest}/INBOX
SubFolders Verbatim

Channel bench
Far :bench-remote:
Near :bench-local:
Patterns INBOX
Sync Pull
Create Near
SyncState *
"""


def run_mbsync(server: ImapServer, user: str, password: str, maildir_dest: Path) -> dict[str, Any]:
    """Pull the INBOX with ``mbsync -c CFG -a``; wall time, msgs/s and peak RSS."""
    mbsync = shutil.which("mbsync")
    if mbsync is None:
        raise RuntimeError("mbsync is not installed (Debian package isync)")
    maildir_dest.mkdir(parents=True, exist_ok=True)
    config = maildir_dest.parent / f"{maildir_dest.name}.mbsyncrc"
    config.write_text(mbsync_config(server, user, password, maildir_dest), encoding="utf-8")
    config.chmod(0o600)
    timed = run_timed([mbsync, "-c", str(config), "-a"]).check("mbsync")
    count, size = maildir_stats(maildir_dest / "INBOX")
    return {
        "tool": "mbsync",
        "version": _version([mbsync, "--version"]),
        "messages": count,
        # mbsync refuses messages without a complete header (it must add X-TUID).
        "skipped": (timed.stdout + timed.stderr).count("incomplete header; skipping"),
        "bytes": size,
        "wall_s": round(timed.wall_s, 3),
        "machine_cpu_s": round(timed.machine_cpu_s, 1),
        "msgs_per_s": round(count / timed.wall_s, 1) if timed.wall_s else None,
        "peak_rss_mb": round(timed.peak_rss_kb / 1024, 1),
        "peak_pss_all_mb": round(timed.peak_tree_pss_kb / 1024, 1),
        "maildir": str(maildir_dest / "INBOX"),
    }


def _version(argv: Sequence[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr) else "?"


@dataclass(frozen=True)
class NotmuchIndex:
    config: Path
    mail_root: Path

    def env(self) -> dict[str, str]:
        return {**os.environ, "NOTMUCH_CONFIG": str(self.config)}


def notmuch_config(mail_root: Path, database: Path) -> str:
    ignore = ".mbsyncstate;.mbsyncstate.journal;.mbsyncstate.new;.mbsyncstate.lock;.uidvalidity"
    return f"""\
[database]
path={database}
mail_root={mail_root}

[user]
name=Bench
primary_email=info@kavomat.hr

[new]
tags=unread;inbox;
ignore={ignore}

[search]
exclude_tags=deleted;spam;

[maildir]
synchronize_flags=true
"""


def run_notmuch_index(maildir: Path, workdir: Path | None = None) -> dict[str, Any]:
    """Index ``maildir`` with ``notmuch new`` (config and database in ``workdir``).

    Returns wall time, messages/s, peak RSS, database size and ``index`` (a
    :class:`NotmuchIndex` for :func:`notmuch_search_latencies`).
    """
    notmuch = shutil.which("notmuch")
    if notmuch is None:
        raise RuntimeError("notmuch is not installed (Debian package notmuch)")
    workdir = workdir or Path(tempfile.mkdtemp(prefix="bench-notmuch-"))
    workdir.mkdir(parents=True, exist_ok=True)
    database = workdir / "db"
    database.mkdir(exist_ok=True)
    config = workdir / "notmuch-config"
    config.write_text(notmuch_config(maildir, database), encoding="utf-8")
    index = NotmuchIndex(config, maildir)
    timed = run_timed([notmuch, "new", "--quiet"], env=index.env()).check("notmuch new")
    count_out = subprocess.run(
        [notmuch, "count", "*"], env=index.env(), capture_output=True, text=True, check=True
    )
    count = int(count_out.stdout.strip() or 0)
    db_bytes = sum(p.stat().st_size for p in database.rglob("*") if p.is_file())
    return {
        "tool": "notmuch",
        "version": _version([notmuch, "--version"]),
        "messages": count,
        "wall_s": round(timed.wall_s, 3),
        "msgs_per_s": round(count / timed.wall_s, 1) if timed.wall_s else None,
        "peak_rss_mb": round(timed.peak_rss_kb / 1024, 1),
        "peak_pss_all_mb": round(timed.peak_tree_pss_kb / 1024, 1),
        "db_mb": round(db_bytes / 1e6, 1),
        "index": index,
    }


def notmuch_search_latencies(
    queries: Sequence[str], index: NotmuchIndex, *, repeats: int = 3, limit: int = 50
) -> list[float]:
    """Per query, the median wall time (seconds) of ``notmuch search --limit=N QUERY``.

    That is notmuch's default summary output (one line per thread, newest first), the
    fair counterpart of a user's search; ``--limit`` matches the first page that the
    Shopkeeper side returns. Each query runs once untimed first (warm cache).
    """
    notmuch = shutil.which("notmuch") or "notmuch"
    env = index.env()
    out: list[float] = []
    for query in queries:
        argv = [notmuch, "search", f"--limit={limit}", query]
        subprocess.run(argv, env=env, capture_output=True, check=True)
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run(argv, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - started)
        out.append(statistics.median(times))
    return out


def notmuch_counts(queries: Sequence[str], index: NotmuchIndex) -> list[int]:
    """How many messages notmuch finds for each query (to check every query has hits)."""
    notmuch = shutil.which("notmuch") or "notmuch"
    counts = []
    for query in queries:
        res = subprocess.run(
            [notmuch, "count", query], env=index.env(), capture_output=True, text=True, check=True
        )
        counts.append(int(res.stdout.strip() or 0))
    return counts


def to_json(result: Mapping[str, Any]) -> dict[str, Any]:
    """``result`` without the non-JSON entries (the notmuch index handle)."""
    return {
        k: (asdict(v) if isinstance(v, Timed) else v)
        for k, v in result.items()
        if not isinstance(v, NotmuchIndex)
    }
