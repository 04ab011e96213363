"""The sync and search benchmark: Shopkeeper against mbsync and notmuch on one machine.

    python -m bench.sync_bench [--count 20000] [--out bench/out]

Starts a private Dovecot (``tests.servers.dovecot.DovecotServer``), bulk-loads the corpus of
:mod:`bench.corpus` into INBOX and a smaller Sent, makes Dovecot index both (timed, not
counted), then measures in one run:

a. first syncs: ``mbsync`` pulling the INBOX over IMAPS into a fresh Maildir and
   Shopkeeper's initial ``sync --once`` into a fresh data dir, taking turns ``--rounds``
   times (wall, msgs/s, peak RSS; the medians are reported, and each round);
b. a second run of each with nothing new (wall);
c. search: the median latency over :data:`bench.peers.SEARCH_QUERIES` in-process
   (``console.search.query.search_messages``), via ``shopkeeper search Q --json``, and
   ``notmuch search`` over mbsync's Maildir after ``notmuch new`` (timed too).

Shopkeeper's steps are skipped, with a note, when the Shopkeeper CLI is not importable. Results go
to ``OUT/sync_results.md`` (the Markdown table, also printed) and ``OUT/sync_results.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import imaplib
import importlib.util
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bench import peers
from bench.corpus import FULL_SIZE, generate, generate_sent

USER = "shop"
PASSWORD = "bench-Pa55word"
EMAIL = "info@kavomat.hr"
DEFAULT_OUT = Path(__file__).resolve().parent / "out"


# ---------------------------------------------------------------------------------------
# ADAPTER — the lead wires these to Shopkeeper's API. Everything Shopkeeper-specific that
# runs in-process is here; the CLI steps only need the `shopkeeper` executable.
# ---------------------------------------------------------------------------------------


def shopkeeper_search_fn(data_dir: Path, limit: int) -> Callable[[str], int]:
    """ADAPTER: a callable running one in-process search, returning the number of hits.

    Uses ``console.search.query.search_messages(db, query, limit)``; if its first argument
    becomes a session factory, change only this function.
    """
    from console.paths import resolve_data_dir
    from console.search.query import search_messages
    from console.storage.database import Database

    db = Database(resolve_data_dir(str(data_dir)).database)

    def run(query: str) -> int:
        return len(search_messages(db, query, limit=limit))

    return run


def shopkeeper_message_count(data_dir: Path) -> int | None:
    """ADAPTER: how many messages Shopkeeper stored (all folders), or None if unknown."""
    try:
        import sqlite3

        from console.paths import resolve_data_dir

        path = resolve_data_dir(str(data_dir)).database
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT count(*) FROM messages").fetchone()
        return int(row[0])
    except Exception:
        return None


# ---------------------------------------------------------------------------------------


def shopkeeper_executable() -> tuple[Path | None, str]:
    """The venv's ``shopkeeper`` (beside sys.executable) if its CLI is importable."""
    exe = Path(sys.executable).parent / "shopkeeper"
    try:
        importable = importlib.util.find_spec("console.cli.main") is not None
    except (ImportError, ValueError):
        importable = False
    if not importable:
        return None, "console.cli.main is not importable: Shopkeeper steps skipped"
    if not exe.exists():
        return None, f"{exe} does not exist (pip install -e .): Shopkeeper steps skipped"
    return exe, ""


class _Counted:
    """Wraps a message stream and counts messages and bytes as they pass."""

    def __init__(self, messages: Iterable[bytes]) -> None:
        self._messages = messages
        self.count = 0
        self.bytes = 0

    def __iter__(self) -> Iterator[bytes]:
        for raw in self._messages:
            self.count += 1
            self.bytes += len(raw)
            yield raw


def _log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _median_latency(
    fn: Callable[[str], object], queries: Iterable[str], repeats: int
) -> dict[str, Any]:
    per_query: list[float] = []
    for query in queries:
        fn(query)  # warm
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            fn(query)
            times.append(time.perf_counter() - started)
        per_query.append(statistics.median(times))
    return {
        "median_ms": _ms(statistics.median(per_query)),
        "per_query_ms": [_ms(t) for t in per_query],
    }


def _force_index(server: Any) -> float:
    """SELECT each folder and FETCH its flags, so Dovecot builds its index files."""
    started = time.perf_counter()
    imap = imaplib.IMAP4_SSL(server.host, server.imaps_port, ssl_context=server.ssl_context())
    try:
        imap.login(USER, PASSWORD)
        for folder in ("INBOX", "Sent"):
            typ, data = imap.select(folder, readonly=True)
            if typ == "OK" and data and data[0] not in (b"0", None):
                imap.fetch("1:*", "(FLAGS RFC822.SIZE)")
        imap.logout()
    finally:
        with contextlib.suppress(OSError):
            imap.shutdown()
    return time.perf_counter() - started


def _shopkeeper_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SHOPKEEPER_HOME", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    env["XDG_DATA_HOME"] = str(tmp / "xdg-data")
    env["XDG_CONFIG_HOME"] = str(tmp / "xdg-config")
    return env


def shopkeeper_first_sync(exe: Path, server: Any, work: Path, data_dir: Path) -> dict[str, Any]:
    """``account add`` and the first ``sync --once`` into the fresh ``data_dir``."""
    env = _shopkeeper_env(work)
    base = [str(exe), "--data-dir", str(data_dir)]
    add = [
        *base,
        *("account", "add", "--email", EMAIL, "--imap-host", server.host),
        *("--imap-port", str(server.imaps_port), "--security", "ssl", "--username", USER),
        *("--ca-file", str(server.ca_file), "--password-stdin"),
    ]
    peers.run_timed(add, env=env, stdin=f"{PASSWORD}\n".encode()).check("shopkeeper account add")
    _log("shopkeeper: initial sync --once")
    first = peers.run_timed([*base, "sync", "--once"], env=env).check("shopkeeper sync --once")
    stored = shopkeeper_message_count(data_dir)
    _log(f"shopkeeper: initial sync {first.wall_s:.1f} s, {stored} messages stored")
    return {
        "initial_wall_s": round(first.wall_s, 3),
        "initial_machine_cpu_s": round(first.machine_cpu_s, 1),
        "initial_peak_rss_mb": round(first.peak_rss_kb / 1024, 1),
        "initial_peak_pss_all_mb": round(first.peak_tree_pss_kb / 1024, 1),
        "messages_stored": stored,
        "sync_output": first.stdout.strip()[-500:],
    }


def run_shopkeeper(
    exe: Path, work: Path, data_dir: Path, queries: tuple[str, ...], repeats: int, limit: int
) -> dict[str, Any]:
    """Sync again with nothing new, and search, in a data dir synced already."""
    env = _shopkeeper_env(work)
    base = [str(exe), "--data-dir", str(data_dir)]
    again = peers.run_timed([*base, "sync", "--once"], env=env).check("shopkeeper re-sync")
    _log(f"shopkeeper: nothing-new sync {again.wall_s:.2f} s")
    result: dict[str, Any] = {
        "resync_wall_s": round(again.wall_s, 3),
        "data_dir_mb": round(
            sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file()) / 1e6, 1
        ),
    }
    try:
        search = shopkeeper_search_fn(data_dir, limit)
        result["search_inprocess"] = _median_latency(search, queries, repeats)
        result["hits"] = [search(q) for q in queries]
    except Exception as exc:  # the adapter is the lead's to wire; report, don't crash
        result["search_inprocess_error"] = f"{type(exc).__name__}: {exc}"

    def cli(query: str) -> None:
        argv = [*base, "search", query, "--json", "--limit", str(limit)]
        peers.run_timed(argv, env=env).check(f"shopkeeper search {query!r}")

    result["search_cli"] = _median_latency(cli, queries, repeats)
    return result


def first_syncs(
    exe: Path | None, server: Any, work: Path, rounds: int, notes: list[str]
) -> tuple[dict[str, Any], dict[str, Any] | None, Path | None]:
    """mbsync and Shopkeeper's first sync, taking turns ``rounds`` times.

    mbsync writes and fsyncs a file per message, so its time follows the disk's mood
    (8 to 20 s on this machine's virtual disk within minutes); Shopkeeper is bound by the
    CPU. Taking turns and reporting the medians compares them under the same conditions.
    Returns mbsync's result, Shopkeeper's (None without its CLI) and the last data dir.
    """
    mb_rounds: list[dict[str, Any]] = []
    sk_rounds: list[dict[str, Any]] = []
    data_dir: Path | None = None
    for number in range(rounds):
        if number:
            shutil.rmtree(work / f"mbsync-{number - 1}", ignore_errors=True)
            if data_dir is not None:
                shutil.rmtree(data_dir, ignore_errors=True)
        _log(f"round {number + 1} of {rounds}: mbsync pulling INBOX")
        mb = peers.run_mbsync(server, USER, PASSWORD, work / f"mbsync-{number}")
        _log(f"mbsync: {mb['messages']} msgs in {mb['wall_s']:.1f} s, {mb['peak_rss_mb']} MB")
        mb_rounds.append(mb)
        if exe is not None:
            data_dir = work / f"shopkeeper-data-{number}"
            try:
                sk_rounds.append(shopkeeper_first_sync(exe, server, work, data_dir))
            except Exception as exc:
                notes.append(f"Shopkeeper's first sync failed: {exc}")
                _log(f"shopkeeper failed: {exc}")
                exe, data_dir = None, None
    mbsync = _median_round(mb_rounds, ("wall_s", "machine_cpu_s"), ("peak_rss_mb",))
    mbsync["msgs_per_s"] = round(mbsync["messages"] / mbsync["wall_s"], 1)
    shopkeeper = (
        _median_round(
            sk_rounds,
            ("initial_wall_s", "initial_machine_cpu_s"),
            ("initial_peak_rss_mb", "initial_peak_pss_all_mb"),
        )
        if sk_rounds
        else None
    )
    return mbsync, shopkeeper, data_dir


def _median_round(
    rounds: list[dict[str, Any]], medians: tuple[str, ...], peaks: tuple[str, ...]
) -> dict[str, Any]:
    """The last round's result with the median of ``medians`` and the largest ``peaks``
    over all rounds, and each round's values under ``KEY_rounds``."""
    result = dict(rounds[-1])
    for key in medians:
        values = [r[key] for r in rounds]
        result[key] = round(statistics.median(values), 3)
        result[f"{key}_rounds"] = values
    for key in peaks:
        result[key] = max(r[key] for r in rounds)
    return result


def _ratio(ours: float | None, theirs: float | None) -> str:
    if not ours or not theirs:
        return "—"
    return f"{ours / theirs:.2f}×"


def _fmt(value: float | int | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.{digits}f}"


def markdown(results: dict[str, Any]) -> str:
    corpus, mb, nm = results["corpus"], results["mbsync"], results.get("notmuch") or {}
    sk = results.get("shopkeeper") or {}
    inbox = corpus["inbox_messages"]
    sk_wall = sk.get("initial_wall_s")
    sk_msgs = sk.get("messages_stored") or (inbox + corpus["sent_messages"])
    sk_rate = sk_msgs / sk_wall if sk_wall else None
    sk_in = (sk.get("search_inprocess") or {}).get("median_ms")
    sk_cli = (sk.get("search_cli") or {}).get("median_ms")
    nm_search = (nm.get("search") or {}).get("median_ms")
    mb_plus_nm = mb["wall_s"] + nm["wall_s"] if nm.get("wall_s") else None
    rows = [
        ("Initial sync, wall (s)", sk_wall, mb["wall_s"], None),
        (
            "Initial sync, CPU time of the whole machine (s) [Dovecot included]",
            sk.get("initial_machine_cpu_s"),
            mb.get("machine_cpu_s"),
            None,
        ),
        ("Initial sync, msgs/s", sk_rate, mb["msgs_per_s"], None),
        ("Initial sync, peak RSS (MB)", sk.get("initial_peak_rss_mb"), mb["peak_rss_mb"], None),
        (
            "Initial sync, peak PSS of all processes (MB)",
            sk.get("initial_peak_pss_all_mb"),
            mb.get("peak_pss_all_mb"),
            None,
        ),
        ("Re-sync with nothing new, wall (s)", sk.get("resync_wall_s"), mb["resync_wall_s"], None),
        ("Sync + index, wall (s) [peers: mbsync + notmuch new]", sk_wall, mb_plus_nm, None),
        ("Index only: notmuch new, wall (s)", None, None, nm.get("wall_s")),
        ("Search median, in-process (ms)", sk_in, None, nm_search),
        ("Search median, CLI process (ms)", sk_cli, None, nm_search),
    ]
    lines = [
        f"## Sync and search benchmark — {inbox:,} INBOX messages "
        f"({corpus['inbox_bytes'] / 1e6:.0f} MB) + {corpus['sent_messages']:,} Sent",
        "",
        f"{results['started']} · {results['machine']} · {mb.get('version', 'mbsync')} · "
        f"{nm.get('version', 'notmuch')} · Dovecot over IMAPS on 127.0.0.1",
        "",
        "| Measure | Shopkeeper | mbsync | notmuch | ours / mbsync | ours / notmuch |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, ours, mbs, nms in rows:
        lines.append(
            f"| {label} | {_fmt(ours)} | {_fmt(mbs)} | {_fmt(nms)} | {_ratio(ours, mbs)} "
            f"| {_ratio(ours, nms)} |"
        )
    lines += [
        "",
        f"- mbsync stored {mb['messages']:,} of {inbox:,} INBOX messages "
        f"({mb.get('skipped', 0)} skipped: 'incomplete header'); it pulls INBOX only.",
        f"- notmuch indexed {nm.get('messages', 0):,} messages (duplicate Message-IDs count "
        f"once), database {nm.get('db_mb', '—')} MB; peak RSS {nm.get('peak_rss_mb', '—')} MB.",
        f"- Dovecot: bulk load {results['dovecot']['load_s']:.1f} s, first SELECT+FETCH FLAGS "
        f"{results['dovecot']['index_s']:.2f} s (not counted).",
        f"- Search: {len(peers.SEARCH_QUERIES)} queries, median of per-query medians of "
        f"{results['repeats']} runs after a warm-up, first {results['limit']} results; "
        "notmuch runs `notmuch search --limit=N Q` (default summary output) as a process.",
        "- Ratios are Shopkeeper / peer: above 1 means slower (times) or more memory; "
        "for msgs/s, below 1 means slower.",
        f"- Load average at start {results['load_avg_start']}, at end "
        f"{results.get('load_avg_end', '—')} (other work on the machine skews timings).",
    ]
    if sk.get("initial_wall_s_rounds"):
        pairs = zip(sk["initial_wall_s_rounds"], mb["wall_s_rounds"], strict=False)
        lines.append(
            f"- First syncs taking turns, {len(mb['wall_s_rounds'])} rounds (medians above): "
            f"mbsync {', '.join(f'{v:.1f}' for v in mb['wall_s_rounds'])} s; Shopkeeper "
            f"{', '.join(f'{v:.1f}' for v in sk['initial_wall_s_rounds'])} s; ratio by round "
            f"{', '.join(f'{ours / theirs:.2f}' for ours, theirs in pairs)}."
        )
    if sk.get("messages_stored") is not None:
        lines.append(
            f"- Shopkeeper stored {sk['messages_stored']:,} messages (INBOX + Sent); "
            f"msgs/s uses that count. Data dir {sk.get('data_dir_mb')} MB."
        )
    for note in results["notes"]:
        lines.append(f"- Note: {note}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench", description=__doc__)
    parser.add_argument("--count", type=int, default=FULL_SIZE, help="INBOX messages")
    parser.add_argument("--sent", type=int, default=None, help="Sent messages (count / 10)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--workdir", type=Path, default=None, help="scratch (default: temp)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    parser.add_argument("--repeats", type=int, default=5, help="timed runs per query")
    parser.add_argument("--limit", type=int, default=50, help="search results per query")
    parser.add_argument("--skip-shopkeeper", action="store_true")
    parser.add_argument(
        "--rounds", type=int, default=3, help="first syncs of each, taking turns (medians)"
    )
    args = parser.parse_args(argv)

    from tests.servers.dovecot import DovecotServer

    sent_count = args.count // 10 if args.sent is None else args.sent
    queries = peers.SEARCH_QUERIES
    work = args.workdir or Path(tempfile.mkdtemp(prefix="shopkeeper-syncbench-"))
    (work / "dovecot").mkdir(parents=True, exist_ok=True)
    work.chmod(0o755)  # Dovecot's unprivileged processes must traverse it.
    results: dict[str, Any] = {
        "started": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
        "count": args.count,
        "seed": args.seed,
        "repeats": args.repeats,
        "limit": args.limit,
        "rounds": args.rounds,
        "notes": [],
        "load_avg_start": [round(x, 2) for x in os.getloadavg()],
    }
    exe, why = (
        (None, "--skip-shopkeeper given") if args.skip_shopkeeper else shopkeeper_executable()
    )
    if exe is None:
        results["notes"].append(why)
    try:
        with DovecotServer(workdir=work / "dovecot") as server:
            server.add_user(USER, PASSWORD)
            _log(f"loading {args.count} INBOX + {sent_count} Sent messages into Dovecot")
            started = time.perf_counter()
            inbox = _Counted(generate(args.count, args.seed))
            server.bulk_load_maildir(USER, "INBOX", inbox)
            sent = _Counted(generate_sent(sent_count, args.seed, args.count))
            server.bulk_load_maildir(USER, "Sent", sent, seen=True)
            results["corpus"] = {
                "inbox_messages": inbox.count,
                "inbox_bytes": inbox.bytes,
                "sent_messages": sent.count,
                "sent_bytes": sent.bytes,
            }
            results["dovecot"] = {"load_s": round(time.perf_counter() - started, 2)}
            results["dovecot"]["index_s"] = round(_force_index(server), 3)
            _log(f"corpus: {inbox.count} msgs, {inbox.bytes / 1e6:.1f} MB; Dovecot indexed")

            mb, first, data_dir = first_syncs(exe, server, work, args.rounds, results["notes"])
            again = peers.run_mbsync(server, USER, PASSWORD, Path(mb["maildir"]).parent)
            mb["resync_wall_s"] = again["wall_s"]
            results["mbsync"] = mb

            _log("notmuch: indexing mbsync's Maildir")
            nm = peers.run_notmuch_index(Path(mb["maildir"]), work / "notmuch")
            index = nm["index"]
            per_query = peers.notmuch_search_latencies(
                queries, index, repeats=args.repeats, limit=args.limit
            )
            nm["search"] = {
                "median_ms": _ms(statistics.median(per_query)),
                "per_query_ms": [_ms(t) for t in per_query],
            }
            nm["hits"] = peers.notmuch_counts(queries, index)
            results["notmuch"] = peers.to_json(nm)
            _log(f"notmuch: new {nm['wall_s']:.1f} s, search {nm['search']['median_ms']} ms")
            no_hits = [q for q, n in zip(queries, nm["hits"], strict=True) if n == 0]
            if no_hits:
                results["notes"].append(f"queries without notmuch hits: {no_hits}")

            if exe is not None and first is not None and data_dir is not None:
                try:
                    results["shopkeeper"] = first | run_shopkeeper(
                        exe, work, data_dir, queries, args.repeats, args.limit
                    )
                except Exception as exc:
                    results["notes"].append(f"Shopkeeper steps failed: {exc}")
                    _log(f"shopkeeper failed: {exc}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    results["load_avg_end"] = [round(x, 2) for x in os.getloadavg()]
    table = markdown(results)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "sync_results.md").write_text(table, encoding="utf-8")
    (args.out / "sync_results.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    _log(f"wrote {args.out / 'sync_results.md'} and sync_results.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
