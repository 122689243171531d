"""Start-up stays light: the first screen loads only what it shows.

Every module imported before the Overview is painted lengthens every start (see
``python -m benchmarks startup``); these checks catch an eager import creeping back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from _shell_support import build_workspace

ROOT = Path(__file__).resolve().parents[2]

# Runs the real entry point and records the modules loaded when the first page is painted.
_DRIVER = """
import sys
import commsplanner.app as app
from commsplanner.ui import main_window

loaded = {}
original_init = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    self.first_painted.connect(lambda: loaded.setdefault("modules", sorted(sys.modules)))

main_window.MainWindow.__init__ = init
code = app.main(["commsplanner", sys.argv[1]])
print("MODULES " + " ".join(loaded["modules"]))
sys.exit(code)
"""

# Heavy or unrelated to the Overview: each belongs to a later page, a dialog, an edit or an
# export. (The enumerations and the change record cost milliseconds to define: the Overview
# reads plain rows and needs only the workflow status.)
_NOT_AT_START = (
    "commsplanner.domain.changes",
    "commsplanner.domain.enums",
    "commsplanner.domain.models",
    "commsplanner.domain.rules",
    "commsplanner.storage.repositories",
    "commsplanner.services.planning",
    "commsplanner.services.calendar",
    "commsplanner.services.workspace_info",
    "commsplanner.ui.audiences",
    "commsplanner.ui.calendar",
    "commsplanner.ui.planning",
    "dateutil.parser",
    "docx",
    "holidays",
    "icalendar",
    "json",
    "matplotlib",
    "openpyxl",
    "socket",
    "sqlite_utils",
    "xml.etree.ElementTree",
)


def test_the_first_screen_imports_nothing_it_does_not_show(tmp_path: Path) -> None:
    plan = build_workspace(tmp_path / "plan.commsplan")
    home = tmp_path / "home"
    home.mkdir()
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHONPATH=str(ROOT),
        COMMSPLANNER_EXIT_AFTER_SHOWN="1",
    )
    result = subprocess.run(
        [sys.executable, "-c", _DRIVER, str(plan)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    line = next(x for x in result.stdout.splitlines() if x.startswith("MODULES "))
    modules = set(line.removeprefix("MODULES ").split())
    assert "commsplanner.ui.overview" in modules  # the page was really shown
    loaded_too_early = sorted(
        name
        for name in modules
        if any(name == heavy or name.startswith(heavy + ".") for heavy in _NOT_AT_START)
    )
    assert loaded_too_early == []
