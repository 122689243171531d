"""The composition root: a real process start, the first-run demo, settings and messages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from _shell_support import build_workspace
from PySide6.QtCore import QCoreApplication, QStandardPaths

from commsplanner.app import open_session
from commsplanner.domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from commsplanner.i18n import Catalog
from commsplanner.ui import messages
from commsplanner.ui.app_settings import MAX_RECENT, AppSettings
from commsplanner.ui.i18n import CatalogTranslator, LanguageManager
from commsplanner.ui.main_window import MainWindow
from commsplanner.ui.workspace_files import data_dir, fresh_demo_path, make_demo_copy, with_suffix

ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        LANGUAGE="es",
        PYTHONPATH=str(ROOT),
        **extra,
    )
    return env


_GC_DRIVER = """
import gc, sys
import commsplanner.app as app
from commsplanner import launcher

seen = []
resume = app._resume_garbage_collection

def watched():
    seen.append(gc.isenabled())
    resume()
    seen.append(gc.isenabled())
    seen.append(gc.get_freeze_count() > 0)

app._resume_garbage_collection = watched
code = launcher.main()
print("GC", seen)
sys.exit(code)
"""


def test_the_launcher_pauses_garbage_collection_until_the_first_screen(tmp_path: Path) -> None:
    plan = build_workspace(tmp_path / "plan.commsplan")
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-c", _GC_DRIVER, str(plan)],
        env=_env(home, COMMSPLANNER_EXIT_AFTER_SHOWN="1"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    # Paused through start-up, then frozen and resumed at the first paint (once).
    assert "GC [False, True, True]" in result.stdout


def test_the_app_starts_on_a_file_and_remembers_it(tmp_path: Path) -> None:
    plan = build_workspace(tmp_path / "plan.commsplan")
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "commsplanner", str(plan)],
        env=_env(home, COMMSPLANNER_EXIT_AFTER_SHOWN="1"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "shown-at" in result.stdout
    settings = AppSettings(home / ".config" / "commsplanner" / "commsplanner.conf")
    assert settings.last_workspace == plan
    assert settings.recent_files == [plan.resolve()]
    assert settings.last_page == "overview"
    assert settings.geometry is not None
    assert not (tmp_path / "plan.commsplan.lock").exists()  # closed cleanly


def test_version_and_help_flags(tmp_path: Path) -> None:
    for flag, expected in (("--version", "commsplanner 0."), ("--help", "usage: commsplanner")):
        result = subprocess.run(
            [sys.executable, "-m", "commsplanner", flag],
            env=_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0 and expected in result.stdout


def test_first_run_demo_lands_in_the_user_data_folder(qtbot, tmp_path, isolated_home) -> None:
    languages = LanguageManager(QCoreApplication.instance())
    languages.install("es")
    window = MainWindow(AppSettings(tmp_path / "s.ini"), languages, open_session)
    qtbot.addWidget(window)
    try:
        assert window.open_demo()  # the real generator: 2,000 employees
        path = window.session.hub.path
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        assert path.parent == Path(location) == data_dir()
        assert str(path).startswith(str(isolated_home))
        counts = window.session.hub.workspace_info.summary().counts
        assert 1900 <= counts["employees"] <= 2000
        assert counts["communications"] > 100
        overview = window.page("overview")
        assert overview.cards["employees"].number.text() == str(counts["employees"])
        assert path.stat().st_mode & 0o777 == 0o600
        # Another demo never overwrites the first one.
        assert fresh_demo_path(path.parent) != path
    finally:
        window.set_session(None)
        languages.uninstall()


def test_demo_copies_get_fresh_names(tmp_path: Path) -> None:
    first = make_demo_copy("en", folder=tmp_path)
    second = make_demo_copy("en", folder=tmp_path)
    assert (first.name, second.name) == ("demo.commsplan", "demo-2.commsplan")
    assert with_suffix(tmp_path / "plan") == tmp_path / "plan.commsplan"
    assert with_suffix(tmp_path / "plan.COMMSPLAN") == tmp_path / "plan.COMMSPLAN"


def test_recent_list_is_deduplicated_and_bounded(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    files = [tmp_path / f"p{i}.commsplan" for i in range(MAX_RECENT + 3)]
    for path in files:
        settings.add_recent(path)
    settings.add_recent(files[2])
    again = AppSettings(tmp_path / "s.ini")
    assert again.recent_files[0] == files[2]
    assert len(again.recent_files) == MAX_RECENT
    assert again.recent_files.count(files[2]) == 1
    again.remove_recent(files[2])
    assert files[2] not in AppSettings(tmp_path / "s.ini").recent_files


def test_single_recent_file_and_language_round_trip(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    assert settings.language is None and not settings.has_run_before
    settings.add_recent(tmp_path / "solo.commsplan")
    settings.language = "es"
    settings.last_page = "calendar"
    settings.sync()
    again = AppSettings(tmp_path / "s.ini")
    assert again.recent_files == [tmp_path / "solo.commsplan"]
    assert (again.language, again.last_page, again.has_run_before) == ("es", "calendar", True)
    again.language = None
    assert AppSettings(tmp_path / "s.ini").language is None


class _ExampleError(CommsPlannerError):
    def __init__(self, path: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cannot read “{path}”."), path=path)


def test_error_text_translates_the_template_then_fills_it(qapp) -> None:
    catalog = Catalog("es", {("errors", "Cannot read “{path}”."): "No se puede leer «{path}»."})
    translator = CatalogTranslator(catalog)
    QCoreApplication.installTranslator(translator)
    try:
        assert messages.error_text(_ExampleError("/x/plan.commsplan")) == (
            "No se puede leer «/x/plan.commsplan»."
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert messages.error_text(_ExampleError("a")) == "Cannot read “a”."
    error = PermissionError(13, "Permission denied", "/secret/plan.commsplan")
    assert messages.error_text(error) == (
        "“/secret/plan.commsplan” could not be used (Permission denied)."
    )
    box = messages.error_box(None, _ExampleError("b"))
    assert box.text() == "Cannot read “b”." and not box.detailedText()


def test_storage_errors_are_translated_in_spanish(qapp, tmp_path) -> None:
    languages = LanguageManager(qapp)
    languages.install("es")
    try:
        missing = tmp_path / "nada.commsplan"
        with pytest.raises(CommsPlannerError) as caught:
            open_session(missing)
        text = messages.error_text(caught.value)
        assert str(missing) in text
        assert text != str(caught.value)  # the errors catalogue has it in Spanish
    finally:
        languages.uninstall()


def test_first_run_shows_the_welcome_screen_without_making_a_demo(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "commsplanner"],
        env=_env(home, COMMSPLANNER_EXIT_AFTER_SHOWN="1"),
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "shown-at" in result.stdout
    # Nothing was generated behind the user's back: the welcome screen offers the demo.
    assert list(home.rglob("*.commsplan")) == []
    settings = AppSettings(home / ".config" / "commsplanner" / "commsplanner.conf")
    assert not settings.has_run_before
