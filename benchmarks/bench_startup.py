"""Start-up time: the ``commsplanner`` command on the demo against a bare PySide6 window.

The app starts the way an installed user starts it: through its ``commsplanner`` launcher (the
gui-script entry point), run by the same interpreter as the bare window's script. ``python -m
commsplanner`` pays for ``runpy`` on top; it is measured too and printed for reference.

Each sample is a new process, from launch until its main window has been painted once and
the event loop has turned (the app quits through ``COMMSPLANNER_EXIT_AFTER_SHOWN``; the bare
script quits the same way). Each round starts the bare window and the app back to back (the
app first in every other round).
The verdict is the median of the rounds' app / bare ratios: the speed of a shared machine
drifts over seconds, and a ratio within one round cancels that drift, where the ratio of the
two overall medians carries it (both are printed, with the spread of the per-round ratios).
Target: ≤ 1.5.

The package's bytecode is compiled first, as an installed package has it (a
``PYTHONDONTWRITEBYTECODE`` environment would otherwise make every start compile the sources).

Single starts vary by ±20% on a shared machine, so the default is 31 rounds (~45 s): the
median of 15 still moved by ±0.08 between runs.

Environment: ``BENCH_STARTUP_RUNS`` (default 31) rounds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5

BARE_SCRIPT = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def done():
    print(f"shown-at {time.time():.6f}", flush=True)
    QApplication.quit()


class QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
watcher = QuitAfterPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
            # The app's settings and data go to a scratch home, never the user's.
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CACHE_HOME": str(home / ".cache"),
            "QT_LOGGING_RULES": "*.warning=false",
        }
    )
    return env


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(launch → first paint reported by the child, launch → process ended), in seconds."""
    launched = time.time()
    began = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    total = time.perf_counter() - began
    if result.returncode != 0:
        raise RuntimeError(f"{command} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown-at ")]
    if not shown:
        raise RuntimeError(f"{command} did not report its first paint:\n{result.stdout}")
    return float(shown[-1].split()[1]) - launched, total


def _compile_translations() -> None:
    """Compiles stale catalogues as packaging does, so start-up loads .qm files (not .ts)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    folder = Path(__file__).resolve().parent.parent / "resources" / "i18n"
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if lrelease.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def _compile_bytecode() -> None:
    import compileall

    package = Path(__file__).resolve().parent.parent / "commsplanner"
    compileall.compile_dir(str(package), quiet=1)


def main() -> None:
    runs = int(os.environ.get("BENCH_STARTUP_RUNS", "31"))
    _compile_translations()
    _compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="commsplanner-bench-") as scratch:
        root = Path(scratch)
        home = root / "home"
        home.mkdir()
        demo = root / "demo.commsplan"
        from commsplanner.services.demo import generate_demo

        generate_demo(demo, employees=2000, seed=1, lang="es")
        bare = root / "bare_window.py"
        bare.write_text(BARE_SCRIPT, encoding="utf-8")

        env = _environment(home)
        app_shown = {**env, "COMMSPLANNER_EXIT_AFTER_SHOWN": "1"}
        app_pages = {**env, "COMMSPLANNER_EXIT_AFTER_SHOWN": "pages"}
        bare_cmd = [sys.executable, str(bare)]
        launcher = Path(sys.executable).with_name("commsplanner")
        module_cmd = [sys.executable, "-m", "commsplanner", str(demo)]
        app_cmd = [sys.executable, str(launcher), str(demo)] if launcher.is_file() else module_cmd

        # One untimed run of each warms the disk cache and writes the app's settings file.
        _run(bare_cmd, env)
        _run(app_cmd, app_shown)

        samples: dict[str, list[tuple[float, float]]] = {
            "bare": [],
            "app": [],
            "pages": [],
            "module": [],
        }
        for round_number in range(runs):
            # Every other round starts the app first: neither gets the better slot.
            pair = [("bare", bare_cmd, env), ("app", app_cmd, app_shown)]
            for name, command, environment in pair[:: 1 if round_number % 2 == 0 else -1]:
                samples[name].append(_run(command, environment))
            samples["pages"].append(_run(app_cmd, app_pages))
            samples["module"].append(_run(module_cmd, app_shown))

    def median_ms(name: str, part: int) -> float:
        return statistics.median(s[part] for s in samples[name]) * 1000

    bare_ms, app_ms, pages_ms = (median_ms(n, 0) for n in ("bare", "app", "pages"))
    round_ratios = sorted(
        app[0] / bare[0] for bare, app in zip(samples["bare"], samples["app"], strict=True)
    )
    ratio = statistics.median(round_ratios)
    quartiles = statistics.quantiles(round_ratios, n=4) if runs > 1 else [ratio, ratio, ratio]
    exit_ratio = median_ms("app", 1) / median_ms("bare", 1)
    print(f"   rounds: {runs} (medians; demo workspace of 2,000 employees)")
    print(f"   app started as: {' '.join(Path(a).name for a in app_cmd[:2])} DEMO")
    print("   launch → window painted + one event-loop pass:")
    print(f"     bare PySide6 QMainWindow:               {bare_ms:7.0f} ms")
    print(f"     commsplanner DEMO (Overview):           {app_ms:7.0f} ms")
    print(f"     ratio of these medians:                 {app_ms / bare_ms:7.2f}")
    print(
        f"     ratio app / bare, median of rounds:     {ratio:7.2f}  (target ≤ {TARGET_RATIO}; "
        f"quartiles {quartiles[0]:.2f}–{quartiles[2]:.2f})"
    )
    print(f"     …until every sidebar page is imported:  {pages_ms:7.0f} ms")
    print(f"     python -m commsplanner (for reference):  {median_ms('module', 0):7.0f} ms")
    print("   launch → process ended (includes closing, saving settings, interpreter exit):")
    print(
        f"     bare {median_ms('bare', 1):.0f} ms, app {median_ms('app', 1):.0f} ms, "
        f"ratio {exit_ratio:.2f}"
    )
    print(f"   verdict: {'OK' if ratio <= TARGET_RATIO else 'TOO SLOW'}")


if __name__ == "__main__":
    main()
