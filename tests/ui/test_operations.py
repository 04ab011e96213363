"""The operations layer: work runs on one worker thread, callbacks on the UI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from console.storage.database import Database
from tests.ui.helpers import settle
from ui.changes import Change
from ui.operations import Operations


def test_queries_run_off_the_ui_thread_and_report_back_on_it(
    qtbot: QtBot, operations: Operations
) -> None:
    ui_thread = threading.get_ident()
    worker_threads: list[int] = []
    results: list[tuple[int, int]] = []

    def job(db: Database) -> int:
        worker_threads.append(threading.get_ident())
        return 42

    for _ in range(3):
        operations.query(job, lambda value: results.append((value, threading.get_ident())))
    settle(qtbot, operations)
    assert results == [(42, ui_thread)] * 3
    assert len(set(worker_threads)) == 1, "one worker thread for all database work"
    assert worker_threads[0] != ui_thread


def test_a_change_announces_its_flags_after_success(qtbot: QtBot, operations: Operations) -> None:
    order: list[str] = []
    operations.changed.connect(lambda flags: order.append(f"changed {flags!r}"))
    with qtbot.waitSignal(operations.changed, timeout=5000) as signal:
        operations.change(
            lambda db: 1, Change.STATUS | Change.TIMELINE, lambda _v: order.append("ok")
        )
    assert signal.args == [Change.STATUS | Change.TIMELINE]
    assert order[0] == "ok"


def test_a_failure_goes_to_the_callback_or_else_to_the_error_signal(
    qtbot: QtBot, operations: Operations
) -> None:
    def boom(db: Database) -> None:
        raise ValueError("no such thing")

    failures: list[Exception] = []
    operations.query(boom, lambda _v: None, failures.append)
    settle(qtbot, operations)
    assert isinstance(failures[0], ValueError)

    with qtbot.waitSignal(operations.error, timeout=5000) as signal:
        operations.change(boom, Change.STATUS, what="Do the thing")
    assert signal.args == ["Do the thing: no such thing"]


def test_jobs_without_a_database_fail_cleanly(qtbot: QtBot) -> None:
    ops = Operations()
    failures: list[Exception] = []
    ops.query(lambda db: 1, lambda _v: None, failures.append)
    settle(qtbot, ops)
    assert failures and "no database" in str(failures[0])
    ops.shutdown()


def test_announce_from_another_thread_arrives_on_the_ui_thread(
    qtbot: QtBot, operations: Operations
) -> None:
    seen: list[int] = []
    operations.changed.connect(lambda _flags: seen.append(threading.get_ident()))
    with qtbot.waitSignal(operations.changed, timeout=5000):
        thread = threading.Thread(target=operations.announce, args=(Change.CONVERSATIONS,))
        thread.start()
        thread.join()
    assert seen == [threading.get_ident()]
