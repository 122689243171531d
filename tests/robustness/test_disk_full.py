"""A full disk or a read-only folder while saving: a clear message and nothing lost.

Root ignores file permissions and no tiny file system is at hand, so the failing system call
is simulated: ``os.replace`` (the atomic rename every writer ends with) fails with ENOSPC, or
the creation of the temporary file fails with EACCES.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from _shell_support import build_workspace

from commsplanner.app import open_session
from commsplanner.services import backups
from commsplanner.services.plan_report import SECTIONS, ExportOptions
from commsplanner.storage import Workspace
from commsplanner.ui import messages
from commsplanner.ui.app_settings import AppSettings
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.main_window import FileDialogs, MainWindow


def _no_space(src, dst):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _refuse_in(folder: Path, real):
    """``real`` (os.open or tempfile.mkstemp) failing with EACCES inside ``folder``."""

    def refuse(*args, **kwargs):
        target = Path(kwargs.get("dir") or args[0])
        if folder in (target, *target.parents):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
        return real(*args, **kwargs)

    return refuse


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda parent, exc, title=None: shown.append(messages.error_text(exc)),
    )
    return shown


@pytest.fixture
def window(qtbot, qapp, tmp_path, errors):
    languages = LanguageManager(qapp)
    languages.install("en")
    win = MainWindow(AppSettings(tmp_path / "s.ini"), languages, open_session)
    qtbot.addWidget(win)
    win.open_workspace(build_workspace(tmp_path / "plan.commsplan"))
    yield win
    win.set_session(None)
    languages.uninstall()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or ".part" in p.name)


def _values(path: Path) -> int:
    with Workspace.open(path, read_only=True) as ws:
        return ws.counts()["values"]


def test_save_a_copy_on_a_full_disk(window, tmp_path, monkeypatch, errors) -> None:
    target = tmp_path / "copy.commsplan"
    target.write_bytes(b"the previous copy")
    monkeypatch.setattr(FileDialogs, "ask_copy", classmethod(lambda cls, parent, s: target))
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", _no_space)
        window.save_copy()
    assert "No space left on device" in errors[0] and str(target) in errors[0]
    assert target.read_bytes() == b"the previous copy"
    assert _leftovers(tmp_path) == []
    assert _values(window.session.hub.path) == 3  # the workspace itself is intact


def test_save_a_copy_into_a_read_only_folder(window, tmp_path, monkeypatch, errors) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "copy.commsplan"
    monkeypatch.setattr(FileDialogs, "ask_copy", classmethod(lambda cls, parent, s: target))
    with monkeypatch.context() as patch:
        patch.setattr(os, "open", _refuse_in(locked, os.open))
        window.save_copy()
    assert "Permission denied" in errors[0] and str(target) in errors[0]
    assert list(locked.iterdir()) == []
    # The window is still usable: the next copy, elsewhere, works.
    good = tmp_path / "good.commsplan"
    monkeypatch.setattr(FileDialogs, "ask_copy", classmethod(lambda cls, parent, s: good))
    window.save_copy()
    assert _values(good) == 3


def test_backup_now_on_a_full_disk(window, qtbot, tmp_path, monkeypatch, errors) -> None:
    window._finish_startup()
    folder = backups.backup_folder(Path(os.environ["XDG_DATA_HOME"]), window.session.hub.path)
    with monkeypatch.context() as patch, qtbot.waitSignal(window.auto_backup.failed, timeout=10000):
        patch.setattr(os, "replace", _no_space)
        window.backup_now()
    assert "No space left on device" in errors[0] and "unchanged" in errors[0]
    assert window.auto_backup.dirty  # tried again at the next interval
    listed = list(folder.parent.rglob("*.commsplan")) if folder.parent.exists() else []
    assert [p for p in listed if not p.name.startswith(".")] == []
    assert all(not p.name.startswith(".") for p in folder.parent.rglob("*"))


def test_word_export_on_a_full_disk_keeps_the_previous_file(
    window, tmp_path, monkeypatch, errors
) -> None:
    from commsplanner.ui.export import docx_dialog

    target = tmp_path / "plan.docx"
    target.write_bytes(b"previous plan")
    options = ExportOptions(language="en", sections=SECTIONS[:2], output=str(target))
    monkeypatch.setattr(docx_dialog.DocxExportDialog, "ask", classmethod(lambda c, p, s: options))
    monkeypatch.setattr(docx_dialog, "ask_open_file", lambda parent, path: False)
    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", _no_space)
        assert window.export_docx() is None
    assert "No space left on device" in errors[0]
    assert target.read_bytes() == b"previous plan"
    assert _leftovers(tmp_path) == []
    assert window.export_docx() == target  # with room again, the export goes through
    assert target.read_bytes()[:2] == b"PK"


def test_calendar_export_into_a_read_only_folder(window, tmp_path, monkeypatch, errors) -> None:
    from commsplanner.ui.ics_dialog import IcsChoice, IcsExportDialog

    locked = tmp_path / "locked"
    locked.mkdir()
    choice = IcsChoice(locked / "plan.ics", None, None, None, None)
    monkeypatch.setattr(IcsExportDialog, "ask", classmethod(lambda cls, p, s: choice))
    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", _refuse_in(locked, tempfile.mkstemp))
        assert window.export_ics() is None
    assert "Permission denied" in errors[0] and "plan.ics" in errors[0]
    assert list(locked.iterdir()) == []
