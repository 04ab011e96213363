"""Starting the app: options, one instance per data folder, the welcome page."""

from __future__ import annotations

import uuid
from pathlib import Path

from pytestqt.qtbot import QtBot

from console.paths import resolve_data_dir
from tests.ui.helpers import TIMEOUT_MS
from ui.app import parse_args
from ui.main_window import MainWindow
from ui.navigation import NavTarget
from ui.operations import Operations
from ui.single_instance import SingleInstance, server_name
from ui.status_area import ADD_ACCOUNT_LINK


def test_the_app_reads_the_global_options_and_leaves_the_rest_to_qt() -> None:
    args, rest = parse_args(["--data-dir", "/tmp/shop", "--demo", "-platform", "offscreen"])
    assert args.data_dir == "/tmp/shop" and args.demo is True
    assert rest == ["-platform", "offscreen"]
    args, rest = parse_args([])
    assert args.data_dir is None and args.demo is False and rest == []


def test_instance_names_differ_per_data_folder(tmp_path: Path) -> None:
    real = server_name(resolve_data_dir(tmp_path).root)
    demo = server_name(resolve_data_dir(tmp_path, demo=True).root)
    assert real != demo
    assert real == server_name(resolve_data_dir(tmp_path).root)


def test_a_second_launch_raises_the_running_window(qtbot: QtBot) -> None:
    name = f"shopkeeper-test-{uuid.uuid4().hex[:12]}"
    first = SingleInstance(name)
    assert not first.activate_running(), "nobody is running yet"
    assert first.listen()
    second = SingleInstance(name)
    with qtbot.waitSignal(first.activated, timeout=TIMEOUT_MS):
        assert second.activate_running()
    first.close()
    assert not SingleInstance(name).activate_running()


def open_window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Operations]:
    ops = Operations()
    window = MainWindow(ops, data_dir_option=str(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.open_store(resolve_data_dir(tmp_path), demo=False)
    qtbot.waitUntil(lambda: window.info is not None and ops.idle, timeout=TIMEOUT_MS)
    return window, ops


def test_without_an_account_the_app_opens_on_the_welcome_page(qtbot: QtBot, tmp_path: Path) -> None:
    window, ops = open_window(qtbot, tmp_path)
    assert window.welcome.isVisibleTo(window)
    assert window.sync_status.text() == "No account — add one"
    assert ADD_ACCOUNT_LINK in window.sync_status.label.text()
    ops.shutdown()


def test_the_sample_shop_button_opens_the_demo_folder(qtbot: QtBot, tmp_path: Path) -> None:
    window, ops = open_window(qtbot, tmp_path)
    window.welcome.sample_button.click()
    qtbot.waitUntil(
        lambda: window.info is not None and window.info.demo and window.inbox.model.total > 0,
        timeout=TIMEOUT_MS,
    )
    assert window.info is not None
    assert window.info.data_dir == resolve_data_dir(tmp_path, demo=True).root
    assert window.splitter.isVisibleTo(window)
    assert (tmp_path / "demo-shop" / "shopkeeper.sqlite3").exists()
    assert not (tmp_path / "shopkeeper.sqlite3").exists() or window.info.accounts == 0
    # With the shop's work: callback requests, promises and reminders, orders.
    nav = window.navigation
    qtbot.waitUntil(lambda: nav.count(NavTarget.CALLBACKS) == 4, timeout=TIMEOUT_MS)
    reminders = (NavTarget.OVERDUE, NavTarget.TODAY, NavTarget.UPCOMING)
    assert sum(nav.count(target) for target in reminders) == 6
    assert nav.count(NavTarget.ORDERS) == 6
    ops.wait()
    ops.shutdown()
