"""The UI benchmark: start-up on a big shop, batch loads, memory, and UI stalls during sync.

    python -m bench.ui_bench [--conversations 100000] [--messages 20000] [--skip-sync]

(a) A database with 100,000 conversations (customers, addresses and one message each,
    written with direct SQL: no mail is parsed), then

    - start-up: a subprocess (this file with ``--harness``) opens the real main window
      offscreen and reports the time from its process creation
      (``psutil.Process().create_time()``) to the first paint of the inbox view with rows
      loaded, and its RSS at that moment;
    - one batch: ``inbox_rows`` for 100 ids, median of 50 runs (random places).

(b) The longest UI-thread stall during a 20,000-message initial sync: a private Dovecot
    (``tests.servers.dovecot.DovecotServer``) is filled with ``bench.corpus.generate``
    (``bulk_load_maildir``); the real main window (offscreen) syncs it with the app's
    :class:`~ui.sync_service.SyncService` while a 5 ms ``QTimer`` records the gaps between
    its ticks, until the account is up to date.  Max and p99 of the gaps are reported.

Targets: first paint < 1.5 s, batch < 16 ms, RSS < 300 MB, stall < 100 ms.  Results are
printed and written to ``bench/out/ui_results.json``.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
TARGETS = {"first_paint_s": 1.5, "batch_ms": 16.0, "rss_mb": 300.0, "stall_ms": 100.0}

FIRST = [
    "Ana",
    "Ivan",
    "Maja",
    "Luka",
    "Petra",
    "Marko",
    "Lena",
    "Jonas",
    "Anna",
    "Felix",
    "Olga",
    "Dmitri",
    "Irina",
    "Sergej",
    "Mojca",
    "Jure",
    "Špela",
    "Žiga",
    "Ayşe",
    "Mehmet",
    "Elif",
    "Emre",
    "Zeynep",
    "Ivana",
    "Stefan",
    "Sabine",
    "Nikola",
    "Katarina",
    "Tomaž",
]
LAST = [
    "Horvat",
    "Kovačević",
    "Novak",
    "Müller",
    "Schmidt",
    "Fischer",
    "Иванов",
    "Смирнова",
    "Krajnc",
    "Zupančič",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Babić",
    "Marić",
    "Weber",
    "Wagner",
    "Petrov",
    "Kuznetsova",
    "Potočnik",
    "Şahin",
    "Çelik",
    "Jurić",
    "Hoffmann",
    "Vidmar",
]
SUBJECTS = [
    ("hr", "Pitanje o narudžbi #{n}", "Poštovani, zanima me kada će stići moja narudžba?"),
    ("hr", "Reklamacija — oštećen paket", "Paket je stigao oštećen, šaljem fotografije."),
    ("de", "Frage zu Bestellung {n}", "Guten Tag, wann wird meine Bestellung versendet?"),
    ("de", "Rechnung fehlt", "Hallo, ich habe keine Rechnung zu meiner Bestellung erhalten."),
    ("ru", "Вопрос по заказу №{n}", "Здравствуйте! Подскажите, когда отправите мой заказ?"),
    ("ru", "Возврат товара", "Добрый день, хочу вернуть товар, он не подошёл по размеру."),
    ("sl", "Vprašanje o naročilu {n}", "Pozdravljeni, kdaj bo moje naročilo odposlano?"),
    ("tr", "Sipariş {n} hakkında", "Merhaba, siparişim ne zaman kargoya verilecek?"),
    ("en", "Order {n}: delivery date?", "Hello, could you tell me when my order will ship?"),
    ("en", "Wholesale price list", "Hi, we run a small shop and would like your price list."),
]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


# -- (a) the big database ------------------------------------------------------------------


def build_database(data_dir: Path, conversations: int, seed: int = 7) -> Path:
    """A Shopkeeper data folder whose database holds ``conversations`` conversations."""
    sys.path.insert(0, str(ROOT))
    from console.paths import resolve_data_dir
    from console.storage.database import Database

    folder = resolve_data_dir(str(data_dir)).ensure()
    Database(folder.database).close()  # creates and migrates the schema
    rng = random.Random(seed)
    now = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)
    customers = max(1, int(conversations * 0.7))
    connection = sqlite3.connect(folder.database)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=OFF")
        with connection:
            connection.execute(
                "INSERT INTO accounts (email, display_name, imap_host, imap_port, imap_security,"
                " imap_username, extra_folders, created_at) VALUES (?,?,?,?,?,?,?,?)",
                ("info@kavomat.hr", "Kavomat", "127.0.0.1", 9, "ssl", "info", "[]", _stamp(now)),
            )
            connection.executemany(
                "INSERT INTO customers (id, name, language, kind, notes, created_at)"
                " VALUES (?,?,?,?,?,?)",
                (
                    (i, f"{rng.choice(FIRST)} {rng.choice(LAST)}", None, "private", "", _stamp(now))
                    for i in range(1, customers + 1)
                ),
            )
            connection.executemany(
                "INSERT INTO customer_addresses (id, customer_id, email) VALUES (?,?,?)",
                ((i, i, f"kupac{i}@mail{i % 97}.example") for i in range(1, customers + 1)),
            )
            conversation_rows = []
            message_rows = []
            for i in range(1, conversations + 1):
                language, subject, body = SUBJECTS[i % len(SUBJECTS)]
                subject = subject.format(n=10_000 + i)
                customer = rng.randint(1, customers)
                when = now - timedelta(minutes=rng.randint(1, 3 * 365 * 24 * 60))
                roll = rng.random()
                status = "open" if roll < 0.3 else "waiting" if roll < 0.4 else "done"
                needs_reply = status == "open" and rng.random() < 0.6
                snippet = body[:140]
                conversation_rows.append(
                    (
                        i,
                        1,
                        customer,
                        subject,
                        subject.lower(),
                        status,
                        snippet,
                        1,
                        0,
                        int(needs_reply),
                        language,
                        _stamp(when),
                        _stamp(when),
                        _stamp(when),
                        _stamp(when),
                    )
                )
                message_rows.append(
                    (
                        i,
                        1,
                        f"<m{i}@bench.example>",
                        "",
                        "Kupac",
                        f"kupac{customer}@x.example",
                        "[]",
                        "[]",
                        "[]",
                        _stamp(when),
                        subject,
                        body,
                        snippet,
                        "[]",
                        0,
                        0,
                        language,
                        len(body),
                        0,
                        "",
                        i,
                        _stamp(when),
                        "",
                    )
                )
            connection.executemany(
                "INSERT INTO conversations (id, account_id, customer_id, subject, subject_key,"
                " status, snippet, message_count, has_attachments, needs_reply, language,"
                " first_message_at, last_message_at, last_incoming_at, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                conversation_rows,
            )
            connection.executemany(
                'INSERT INTO messages (id, account_id, message_id, "references", from_name,'
                " from_email, to_json, cc_json, reply_to_json, date, subject, text_body,"
                " snippet, attachments_json, has_attachments, has_remote_content, language,"
                " size, is_outgoing, defects, conversation_id, created_at, flags)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                message_rows,
            )
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("ANALYZE")
    finally:
        connection.close()
    return folder.root


def batch_timing(data_dir: Path, runs: int = 50, size: int = 100) -> dict[str, float]:
    """Median (and max) time of ``inbox_rows`` for ``size`` ids at random places."""
    from console.inbox.queries import InboxFilter, inbox_ids, inbox_rows
    from console.paths import resolve_data_dir
    from console.storage.database import Database

    db = Database(resolve_data_dir(str(data_dir)).database)
    try:
        ids = inbox_ids(db, InboxFilter.DONE)
        rng = random.Random(3)
        inbox_rows(db, ids[:size])  # warm the connection, as the app's worker is
        times = []
        for _ in range(runs):
            start = rng.randrange(0, max(1, len(ids) - size))
            began = time.perf_counter()
            rows = inbox_rows(db, ids[start : start + size])
            times.append(time.perf_counter() - began)
            assert len(rows) == size
        return {
            "median_ms": round(statistics.median(times) * 1000, 2),
            "max_ms": round(max(times) * 1000, 2),
            "ids_in_view": len(ids),
        }
    finally:
        db.close()


def harness(data_dir: str) -> int:
    """Subprocess: open the window, report create-time → first painted rows, and RSS."""
    import psutil

    process = psutil.Process()
    created = process.create_time()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer

    from console.paths import resolve_data_dir
    from ui.app import create_application
    from ui.main_window import MainWindow
    from ui.operations import Operations

    app = create_application([])
    ops = Operations()
    window = MainWindow(ops, data_dir_option=data_dir)
    result: dict[str, Any] = {}

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not result:
                model = window.inbox.model
                if model.rowCount() > 0 and model.row_data(0) is not None:
                    result["painted_at"] = time.time()
                    result["first_paint_s"] = result["painted_at"] - created
                    QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        result["rss_mb"] = round(process.memory_info().rss / 2**20, 1)
        result["rows"] = window.inbox.model.total
        result["first_paint_s"] = round(result["first_paint_s"], 3)
        print(json.dumps(result), flush=True)
        window.desk.shutdown()
        app.quit()

    watch = PaintWatch()
    window.inbox.list.viewport().installEventFilter(watch)
    window.resize(1360, 860)
    window.show()
    window.open_store(resolve_data_dir(data_dir), demo=False)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    ops.shutdown()
    return 0 if result else 1


def create_time_offset() -> float:
    """How much earlier than the truth ``psutil``'s create_time says a process started.

    Linux gives a process's start in clock ticks since boot, and the boot time
    (``btime`` in /proc/stat) in whole seconds, so create_time can be off by up to a
    second.  Measured against the parent's clock just before the child is started.
    """
    code = "import psutil, time; print(psutil.Process().create_time())"
    launched = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return launched - float(out.stdout.strip())


def start_up(data_dir: Path, runs: int = 5) -> dict[str, Any]:
    """Run the harness ``runs`` times (the first also warms the OS file cache)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env["XDG_CONFIG_HOME"] = str(data_dir / "xdg-config")
    results = []
    for _ in range(runs):
        launched = time.time()
        completed = subprocess.run(
            [sys.executable, "-m", "bench.ui_bench", "--harness", str(data_dir)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
        if completed.returncode != 0 or not lines:
            raise RuntimeError(f"harness failed: {completed.stderr[-2000:]}")
        result = json.loads(lines[-1])
        result["from_launch_s"] = round(result["painted_at"] - launched, 3)
        results.append(result)
    return {
        "first_paint_s": statistics.median(r["first_paint_s"] for r in results),
        "first_paint_runs_s": [r["first_paint_s"] for r in results],
        "from_launch_s": statistics.median(r["from_launch_s"] for r in results),
        "from_launch_runs_s": [r["from_launch_s"] for r in results],
        "create_time_offset_s": round(create_time_offset(), 3),
        "rss_mb": max(r["rss_mb"] for r in results),
        "rows": results[0]["rows"],
    }


# -- (b) stalls during a first sync --------------------------------------------------------


def sync_stall(messages: int, trace_stalls: str | None = None) -> dict[str, Any]:
    """The UI thread's longest pause while the app syncs ``messages`` from Dovecot."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="shopkeeper-ui-bench-"))
    os.environ["XDG_DATA_HOME"] = str(work / "xdg-data")
    os.environ["XDG_CONFIG_HOME"] = str(work / "xdg-config")
    import keyring
    from keyrings.alt.file import PlaintextKeyring
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bench.corpus import generate
    from console.accounts.store import AccountSettings, save_account
    from console.domain.security import Security
    from console.paths import resolve_data_dir
    from console.storage.database import Database
    from tests.servers.dovecot import DovecotServer
    from ui.app import create_application, tune_runtime
    from ui.main_window import MainWindow
    from ui.operations import Operations
    from ui.sync_service import SyncState

    backend = PlaintextKeyring()
    backend.file_path = str(work / "keyring.cfg")
    keyring.set_keyring(backend)
    app = create_application([])
    assert isinstance(app, QApplication)
    with DovecotServer() as server:
        server.add_user("shop", "bench-Pa55word")
        began = time.perf_counter()
        loaded = server.bulk_load_maildir("shop", "INBOX", generate(messages))
        print(
            f"loaded {loaded} messages into Dovecot in {time.perf_counter() - began:.1f} s",
            flush=True,
        )
        with server.connect("shop") as client:  # let Dovecot index before timing
            client.select_folder("INBOX", readonly=True)
            client.search("ALL")
        data_dir = work / "data"
        folder = resolve_data_dir(str(data_dir)).ensure()
        db = Database(folder.database)
        save_account(
            db,
            AccountSettings(
                email="info@kavomat.hr",
                display_name="Kavomat",
                imap_host=server.host,
                imap_port=server.imaps_port,
                imap_security=Security.SSL,
                imap_username="shop",
                ca_file=str(server.ca_file),
            ),
            "bench-Pa55word",
            author="bench",
        )
        db.close()

        ops = Operations()
        window = MainWindow(ops, data_dir_option=str(data_dir))
        window.resize(1360, 860)
        window.show()
        tune_runtime()  # as ui.app.run_app does once the window exists
        gaps: list[float] = []
        last = [time.perf_counter()]
        last_cpu = [time.thread_time()]
        changes = [0]
        ops.changed.connect(lambda _c: changes.__setitem__(0, changes[0] + 1))

        # (seconds into the sync, stall ms, the UI thread's own CPU ms in it)
        big: list[tuple[float, int, int]] = []
        trace = open(trace_stalls, "w") if trace_stalls else None  # noqa: SIM115

        def tick() -> None:
            now = time.perf_counter()
            cpu = time.thread_time()
            gap = now - last[0]
            gaps.append(gap)
            last[0] = now
            if gap > 0.1 and len(gaps) > 1:
                # the UI thread's own CPU time in the gap: near the gap means work on it,
                # near zero means it waited (for the GIL, or for a core)
                busy = round((cpu - last_cpu[0]) * 1000)
                big.append((round(now - started, 2), round(gap * 1000), busy))
            last_cpu[0] = cpu
            if trace is not None:
                # faulthandler's watchdog needs no GIL: it shows what every thread was
                # doing when the UI thread has not ticked for 150 ms.
                faulthandler.cancel_dump_traceback_later()
                faulthandler.dump_traceback_later(0.15, file=trace)

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        done: dict[str, float] = {}
        retries: set[str] = set()

        def check() -> None:
            status = window.desk.sync.status_of("info@kavomat.hr")
            if status is not None and status.state is SyncState.UP_TO_DATE and not done:
                done["sync_s"] = time.perf_counter() - started
                timer.stop()
                app.quit()
            elif status is not None and status.state is SyncState.RETRYING:
                if status.message not in retries:
                    retries.add(status.message)
                    print(f"sync retrying: {status.message}", flush=True)
            elif status is not None and status.state is SyncState.FAILED:
                done["failed"] = 1
                print(f"sync failed: {status.message}", flush=True)
                app.quit()

        window.desk.sync.changed.connect(check)
        collections: list[tuple[int, float]] = []
        gc_started = [0.0]

        def gc_watch(phase: str, info: dict[str, int]) -> None:
            if phase == "start":
                gc_started[0] = time.perf_counter()
            else:
                collections.append((info["generation"], time.perf_counter() - gc_started[0]))

        gc.callbacks.append(gc_watch)
        load_before = os.getloadavg()[0]
        started = time.perf_counter()
        timer.start()
        window.open_store(folder, demo=False)
        QTimer.singleShot(30 * 60 * 1000, app.quit)
        app.exec()
        gc.callbacks.remove(gc_watch)
        if trace is not None:
            faulthandler.cancel_dump_traceback_later()
            trace.close()
        stored = window.inbox.model.total
        window.desk.shutdown()
        ops.shutdown()
    gaps_ms = sorted(g * 1000 for g in gaps[1:])
    p99 = gaps_ms[min(len(gaps_ms) - 1, int(len(gaps_ms) * 0.99))] if gaps_ms else 0.0
    return {
        "messages": messages,
        "sync_s": round(done.get("sync_s", float("nan")), 1),
        "stall_max_ms": round(max(gaps_ms, default=0.0), 1),
        "stall_p99_ms": round(p99, 1),
        "ticks": len(gaps_ms),
        "announcements": changes[0],
        "stalls_over_100ms": big,
        "gc_longest_ms": {
            str(g): round(max((d for gen, d in collections if gen == g), default=0) * 1000, 1)
            for g in (0, 1, 2)
        },
        "gc_full_collections": sum(1 for gen, _d in collections if gen == 2),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "conversations_listed": stored,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--harness", metavar="DATA_DIR", help=argparse.SUPPRESS)
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--skip-sync", action="store_true")
    parser.add_argument("--skip-start", action="store_true")
    parser.add_argument(
        "--trace-stalls", metavar="FILE", help="dump every thread's stack on a UI stall"
    )
    args = parser.parse_args(argv)
    if args.harness:
        return harness(args.harness)
    results: dict[str, Any] = {"targets": TARGETS}
    if not args.skip_start:
        work = Path(tempfile.mkdtemp(prefix="shopkeeper-ui-bench-"))
        began = time.perf_counter()
        data_dir = build_database(work / "big", args.conversations)
        print(
            f"built {args.conversations} conversations in {time.perf_counter() - began:.1f} s",
            flush=True,
        )
        results["start"] = start_up(data_dir)
        results["batch"] = batch_timing(data_dir)
        print(json.dumps({"start": results["start"], "batch": results["batch"]}), flush=True)
    if not args.skip_sync:
        results["sync"] = sync_stall(args.messages, args.trace_stalls)
        print(json.dumps({"sync": results["sync"]}), flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "ui_results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    lines = ["", "what                      result      target"]
    if "start" in results:
        s, b = results["start"], results["batch"]
        lines.append(f"first paint (100k)        {s['first_paint_s']:.3f} s     < 1.5 s")
        lines.append(
            f"  (from launch: {s['from_launch_s']:.3f} s; psutil's create_time is "
            f"{s['create_time_offset_s']:+.3f} s early here)"
        )
        lines.append(f"inbox_rows batch (100)    {b['median_ms']:.2f} ms    < 16 ms")
        lines.append(f"RSS after first paint     {s['rss_mb']:.0f} MB      < 300 MB")
    if "sync" in results:
        y = results["sync"]
        lines.append(f"UI stall max (20k sync)   {y['stall_max_ms']:.1f} ms    < 100 ms")
        lines.append(f"UI stall p99              {y['stall_p99_ms']:.1f} ms")
        lines.append(f"sync time                 {y['sync_s']} s")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
