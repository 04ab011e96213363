"""Logging for the app and the CLI: a rotating file in the data directory, redacted.

What is written is for diagnosing problems, never a copy of the owner's business:
email addresses are shortened to their first letter and domain (``a…@kupac.hr``), and
nothing in Shopkeeper logs passwords or message bodies.  The redaction applies to every
record, tracebacks included, because exception messages can quote addresses.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

LOG_NAME = "shopkeeper.log"
_ADDRESS = re.compile(r"([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")


def redact(text: str) -> str:
    """``ana.kovac@kupac.hr`` → ``a…@kupac.hr``."""
    return _ADDRESS.sub(r"\1…@\2", text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def configure_logging(
    log_dir: Path | None, *, verbose: bool = False, stderr: bool = True
) -> Path | None:
    """Log warnings (or everything, when verbose) to ``log_dir`` and errors to stderr.

    The CLI passes ``stderr=False`` unless verbose: its errors are one line it prints
    itself.  Returns the log file, or None when ``log_dir`` is None or not writable.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.WARNING)
    for handler in list(root.handlers):
        if getattr(handler, "_shopkeeper", False):
            root.removeHandler(handler)
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    if stderr or verbose:
        console = logging.StreamHandler()
        console.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        console._shopkeeper = True  # type: ignore[attr-defined]
        console.setLevel(logging.INFO if verbose else logging.ERROR)
        root.addHandler(console)
    if log_dir is None:
        return None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(formatter)
    handler._shopkeeper = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path
