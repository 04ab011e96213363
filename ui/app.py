"""Starting the desktop app: ``shopkeeper [--data-dir DIR] [--demo]``.

One QApplication with a qasync event loop (so asyncio code, such as the sync service,
runs on the Qt loop), one running instance per data folder, the main window and the
tray icon.  Database work happens on the operations layer's worker thread.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import sys
from collections.abc import Sequence

import qasync
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from console.logs import configure_logging
from console.paths import resolve_data_dir
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.single_instance import SingleInstance, server_name
from ui.translations import install_translations, saved_language
from ui.tray import Tray

log = logging.getLogger("shopkeeper")
UI_SWITCH_INTERVAL = 0.001
GC_THRESHOLD = 10_000
"""Allocations between collections of the youngest generation (Python's default: 700)."""


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The app's own options, and the rest (left to Qt, e.g. ``-platform offscreen``)."""
    parser = argparse.ArgumentParser(prog="shopkeeper", add_help=False)
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_known_args(list(argv))


def create_application(qt_args: Sequence[str]) -> QApplication:
    QApplication.setApplicationName("Shopkeeper")
    QApplication.setOrganizationName("Shopkeeper")
    QApplication.setDesktopFileName("shopkeeper")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setWindowIcon(app_icon())
    install_translations(app, saved_language())
    return app


def tune_runtime() -> None:
    """Keep the UI thread's pauses short while the sync's threads work (see bench/ui_bench.py).

    - Hand the GIL over every 1 ms instead of 5: the sync's threads (IMAP reads, storing
      batches) are busy Python code, and the window waits for the GIL between them.
    - Move everything alive after start-up (a few hundred thousand objects of Qt,
      SQLAlchemy and our modules) out of the garbage collector's sight, and collect the
      youngest generation less often: a full collection during a big first sync otherwise
      holds the GIL for a fifth of a second at a time.
    """
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, 20, 20)


def run_app(argv: Sequence[str]) -> int:
    """Run the desktop app until it quits; returns the exit status."""
    args, qt_args = parse_args(argv)
    data_dir = resolve_data_dir(args.data_dir, demo=args.demo)
    configure_logging(data_dir.logs, verbose=args.verbose)
    app = create_application(qt_args)

    instance = SingleInstance(server_name(data_dir.root))
    if instance.activate_running():
        print("Shopkeeper is already running for this data folder; it was brought to the front.")
        return 0
    if not instance.listen():
        log.warning("could not register as the running instance (%s)", instance.name)

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    operations = Operations()
    tray = Tray() if QSystemTrayIcon.isSystemTrayAvailable() else None
    window = MainWindow(operations, data_dir_option=args.data_dir, tray=tray)
    window.restore_state()
    tune_runtime()
    instance.activated.connect(window.bring_to_front)
    if tray is not None:
        tray.show()
        app.setQuitOnLastWindowClosed(False)
    window.show()
    window.open_store(data_dir, demo=args.demo)

    closing = asyncio.Event()
    app.aboutToQuit.connect(closing.set)
    try:
        with loop:
            loop.run_until_complete(closing.wait())
    finally:
        window.desk.shutdown()
        operations.shutdown()
        instance.close()
        if tray is not None:
            tray.hide()
    return 0
