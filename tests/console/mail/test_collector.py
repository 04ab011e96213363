"""The garbage-collector settings of the processes that handle mail in bulk."""

from __future__ import annotations

import subprocess
import sys

from console.mail.collector import BULK_THRESHOLDS

_PROBE = """
import gc
from console.mail.collector import collect_for_bulk_mail
before = gc.get_freeze_count()
collect_for_bulk_mail()
print(gc.get_threshold(), before == 0 and gc.get_freeze_count() > 0)
"""


def test_bulk_mail_processes_collect_rarely_and_leave_startup_objects_alone() -> None:
    # In a child: the settings are process-wide and must not leak into the test run.
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split(")")[0] + ")" == str(BULK_THRESHOLDS)
    assert result.stdout.strip().endswith("True")
