"""The benchmark data set: the 100,000-employee demo workspace, and ``info`` on it.

Targets: ``commsplanner-cli demo X --employees 100000`` under 10 s; ``info`` under 1 s.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

EMPLOYEES = 100_000


def _cli(*args: str) -> float:
    began = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "commsplanner.cli", "--lang", "en", *args],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - began


def main() -> None:
    from commsplanner.services.demo import generate_demo

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "library.commsplan"
        began = time.perf_counter()
        generate_demo(target, employees=EMPLOYEES, seed=1, today=date(2026, 11, 23))
        library = time.perf_counter() - began
        size = target.stat().st_size / 1e6

        cli_file = Path(folder) / "cli.commsplan"
        demo = _cli("demo", str(cli_file), "--employees", str(EMPLOYEES))
        info = min(_cli("info", str(cli_file)) for _ in range(3))

    print(f"   generate_demo({EMPLOYEES:,} employees): {library:.2f} s, file {size:.0f} MB")
    print(f"   commsplanner-cli demo --employees {EMPLOYEES:,}: {demo:.2f} s (target < 10 s)")
    print(f"   commsplanner-cli info (best of 3): {info:.2f} s (target < 1 s)")
