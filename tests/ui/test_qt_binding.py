"""The pinned Qt binding must not leak references to None on void calls.

PySide6 6.12.0 on Python 3.11 dropped a reference to ``None`` (and True/False) on every call
returning nothing; a few thousand paint calls later the interpreter aborted ("none_dealloc").
This runs such a loop in a child process so a regression shows as a failed test, not a crash.
"""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QRectF
rect = QRectF()
before = sys.getrefcount(None)
for _ in range(200_000):
    rect.setWidth(1.0)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1000
