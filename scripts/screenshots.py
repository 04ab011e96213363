"""Render the main window with the sample shop to ``docs/screenshots/main-<lang>.png``.

    python scripts/screenshots.py                # English
    python scripts/screenshots.py --lang en --lang de
    python scripts/screenshots.py --all-languages   # every UI language

Renders offscreen (no display needed) with "now" pinned, so the pictures only change
when the app does.  Each language gets a fresh sample shop in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window saves its layout when it closes: into a throwaway folder, not the user's.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="shopkeeper-shots-config-")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from console.paths import resolve_data_dir  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.operations import Operations  # noqa: E402
from ui.translations import available_languages, install_translations  # noqa: E402

NOW = datetime(2026, 3, 12, 10, 30, tzinfo=UTC)
SIZE = (1400, 900)


def wait_for(app: QApplication, condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not callable(condition) or not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish loading")
        app.processEvents()
        time.sleep(0.01)


def render(app: QApplication, language: str, output: Path, row: int) -> Path:
    install_translations(app, language)
    with tempfile.TemporaryDirectory(prefix="shopkeeper-shots-") as folder:
        operations = Operations()
        window = MainWindow(operations, data_dir_option=folder)
        window.set_now(NOW)
        window.resize(*SIZE)
        window.show()
        window.open_store(resolve_data_dir(folder, demo=True), demo=True, now=NOW)
        wait_for(app, lambda: window.inbox.model.total > 0 and operations.idle)
        _ = window.work  # made right after the first paint: composer, templates, orders
        window.inbox.list.setFocus()
        window.inbox.step(row)
        wait_for(
            app,
            lambda: (
                window.conversation.detail is not None
                and window.customer_panel.profile is not None
                and operations.idle
            ),
        )
        for _ in range(20):
            app.processEvents()
        path = output / f"main-{language}.png"
        window.grab().save(str(path))
        window.close()
        operations.shutdown()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    languages = [code for code, _name in available_languages()]
    parser.add_argument(
        "--lang", action="append", choices=languages, help="UI language (repeatable), default en"
    )
    parser.add_argument("--all-languages", action="store_true", help=", ".join(languages))
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--row", type=int, default=0, help="which conversation to open")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = create_application([])
    for language in languages if args.all_languages else args.lang or ["en"]:
        print(render(app, language, args.output, args.row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
