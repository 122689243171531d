"""Two app instances on one workspace: the second is told it is in use and offered read-only.

The first "instance" is a real second process holding the workspace open (and so its lock).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _shell_support import build_workspace

from commsplanner.app import open_session
from commsplanner.ui import messages
from commsplanner.ui.app_settings import AppSettings
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from commsplanner.storage import Workspace
ws = Workspace.open(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()  # until the test closes our stdin
ws.close()
"""


@pytest.fixture
def holder(tmp_path: Path):
    """Starts a process that keeps ``plan`` open for writing until stopped."""
    processes: list[subprocess.Popen] = []

    def start(path: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        processes.append(proc)
        line = proc.stdout.readline()
        assert line.strip() == "holding", proc.stderr.read()
        return proc

    yield start
    for proc in processes:
        if proc.poll() is None:
            proc.stdin.close()
            proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    languages = LanguageManager(qapp)
    languages.install("en")
    win = MainWindow(AppSettings(tmp_path / "s.ini"), languages, open_session)
    qtbot.addWidget(win)
    yield win
    win.set_session(None)
    languages.uninstall()


def test_second_instance_is_told_and_can_open_read_only(window, holder, tmp_path, monkeypatch):
    plan = build_workspace(tmp_path / "plan.commsplan")
    first = holder(plan)
    asked: list[str] = []
    answer = {"read_only": False}

    def ask(parent, exc):
        asked.append(messages.error_text(exc))
        return answer["read_only"]

    monkeypatch.setattr(messages, "ask_open_read_only", ask)

    # Declining leaves nothing open and the file untouched.
    before = plan.read_bytes()
    assert not window.open_workspace(plan)
    assert window.session is None
    assert "already open" in asked[0] and str(first.pid) in asked[0]

    answer["read_only"] = True
    assert window.open_workspace(plan)
    session = window.session
    assert session.read_only and "(read-only)" in window.windowTitle()
    assert session.hub.workspace_info.summary().counts["employees"] == 6
    assert not window.import_directory_action.isEnabled()
    assert not window.restore_action.isEnabled() and not window.backup_action.isEnabled()
    assert not window.undo_action.isEnabled()
    # Looking may not write: the holder's file is exactly as it was.
    window.set_session(None)
    assert plan.read_bytes() == before

    # Once the first instance closes the workspace, the second opens it for writing.
    first.stdin.close()
    first.wait(timeout=30)
    assert first.returncode == 0
    assert window.open_workspace(plan)
    assert not window.session.read_only
    assert len(asked) == 2


def test_a_read_only_second_instance_can_still_save_a_copy(window, holder, tmp_path, monkeypatch):
    from commsplanner.ui.main_window import FileDialogs

    plan = build_workspace(tmp_path / "plan.commsplan")
    holder(plan)
    monkeypatch.setattr(messages, "ask_open_read_only", lambda parent, exc: True)
    copy = tmp_path / "copia.commsplan"
    monkeypatch.setattr(FileDialogs, "ask_copy", classmethod(lambda cls, parent, s: copy))
    assert window.open_workspace(plan)
    window.save_copy()
    assert copy.exists()
    window.set_session(None)
    assert window.open_workspace(copy)  # the copy is a workspace of its own, not locked
    assert not window.session.read_only
