"""The ``shopkeeper`` entry point: a headless command, or the desktop app.

Headless commands never import Qt, so they run on servers and in scripts.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from console.cli.main import is_headless, run

    if is_headless(args):
        return run(args)
    from ui.app import run_app

    return run_app(args)


def entry() -> None:
    raise SystemExit(main())
