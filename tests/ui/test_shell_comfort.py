"""First run, preferences, backups, the File menu's imports and exports, shortcuts (qtbot)."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from _shell_support import build_workspace
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from commsplanner.app import open_session
from commsplanner.domain import CorporateValue, WorkspaceSettings
from commsplanner.services import backups as backups_service
from commsplanner.services.directory_import import ImportResult, SyncCounts
from commsplanner.storage import Workspace
from commsplanner.ui import backups_ui, messages
from commsplanner.ui.app_settings import AppSettings
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.ics_dialog import IcsChoice, IcsExportDialog
from commsplanner.ui.main_window import FileDialogs, MainWindow
from commsplanner.ui.new_workspace import TYPICAL_VALUES, NewWorkspace, NewWorkspaceDialog
from commsplanner.ui.preferences import Preferences, PreferencesDialog, holiday_countries
from commsplanner.ui.shortcuts_dialog import ShortcutsDialog, menu_shortcuts
from commsplanner.ui.theme import is_dark


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        messages, "show_error", lambda parent, exc, title=None: shown.append(str(exc))
    )
    return shown


@pytest.fixture
def window(qtbot, languages, tmp_path, errors):
    win = MainWindow(AppSettings(tmp_path / "settings.ini"), languages, open_session)
    qtbot.addWidget(win)
    yield win
    win.set_session(None)
    from commsplanner.ui.theme import apply_theme

    apply_theme("system")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return build_workspace(tmp_path / "plan.commsplan")


def _started(window: MainWindow) -> MainWindow:
    window._finish_startup()  # what the first paint triggers: shortcuts, backups timer
    return window


# ============================================================================ first run
def test_first_run_welcome_offers_the_three_ways_in(window, qtbot, monkeypatch) -> None:
    window.welcome.set_first_run(True)
    assert window.welcome._title.text() == "Welcome to Comms Planner"
    assert window.welcome.demo_button.isDefault()
    asked: list[bool] = []

    def ask(cls, parent, folder, language, *, import_directory=False):
        asked.append(import_directory)
        return None

    monkeypatch.setattr(NewWorkspaceDialog, "ask", classmethod(ask))
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert asked == [True, False]


def test_a_new_workspace_can_go_straight_to_the_directory_import(
    window, tmp_path, monkeypatch
) -> None:
    imported: list[Path] = []
    monkeypatch.setattr(
        MainWindow, "import_directory", lambda self: imported.append(self.session.hub.path)
    )
    target = tmp_path / "org.commsplan"
    assert window.create_workspace(
        NewWorkspace(target, WorkspaceSettings(organisation="Org"), [], import_directory=True)
    )
    assert imported == [target]


def test_new_workspace_dialog_fills_itself_and_checks_the_choices(qtbot, tmp_path, languages):
    dialog = NewWorkspaceDialog(tmp_path, "en")
    qtbot.addWidget(dialog)
    assert dialog.values_editor.values() == TYPICAL_VALUES["en"]
    qtbot.keyClicks(dialog.organisation, "Banco: Andino/Sur")
    assert Path(dialog.path_edit.text()) == tmp_path / "Banco Andino Sur.commsplan"
    # Until touched, the typical values follow the language.
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert dialog.values_editor.values() == TYPICAL_VALUES["es"]
    dialog.values_editor.list.setCurrentRow(1)
    qtbot.mouseClick(dialog.values_editor.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.values_editor.add_button, Qt.MouseButton.LeftButton)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    names = [name for name, _colour in dialog.values_editor.values()]
    assert names[:2] == ["Cooperación", "Excelencia"] and names[-1] == "New value"
    colours = [colour for _name, colour in dialog.values_editor.values()]
    assert len(set(colours)) == len(colours)  # the new value got an unused colour
    dialog.region_picker.set_value("MX", None)
    assert not dialog.region_picker.region_combo.isEnabled()  # no regions in the list
    dialog.region_picker.set_value("US", "CA")
    assert dialog.region_picker.region_combo.count() == 1 + len(holiday_countries()["US"])
    assert dialog.region_picker.region() == "CA"
    assert dialog.region_picker.region_combo.currentText() == "California (CA)"

    # A duplicate name is refused with a message; so is an existing file.
    dialog.values_editor.list.item(0).setText("excelencia")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() is False and dialog.result() == 0
    assert "same name" in dialog.problem.text()
    dialog.values_editor.list.item(0).setText("Cooperación")
    existing = tmp_path / "taken.commsplan"
    existing.write_bytes(b"x")
    dialog.path_edit.setText(str(tmp_path / "taken"))
    assert "already exists" in dialog.problems()
    dialog.path_edit.setText(str(tmp_path / "missing" / "x.commsplan"))
    assert "does not exist" in dialog.problems()
    dialog.path_edit.setText(str(tmp_path / "fine"))
    assert dialog.problems() == ""
    result = dialog.result_value()
    assert result.path == tmp_path / "fine.commsplan"
    assert (result.settings.organisation, result.settings.country) == ("Banco: Andino/Sur", "US")
    assert result.settings.region == "CA"
    assert result.settings.language == "en" and result.values[0][0] == "Cooperación"


def test_browse_in_the_new_workspace_dialog_uses_the_file_chooser(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(
        FileDialogs, "ask_new", classmethod(lambda cls, parent, folder: tmp_path / "elegido")
    )
    dialog = NewWorkspaceDialog(tmp_path, "es")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.organisation, "Otra")  # the chosen path is kept from now on
    assert dialog.path_edit.text() == str(tmp_path / "elegido.commsplan")


# ============================================================================ preferences
def test_preferences_dialog_reads_and_returns_every_choice(qtbot, tmp_path, languages) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    workspace = WorkspaceSettings(organisation="Org", country="ES", region="MD", weekly_cap=4)
    dialog = PreferencesDialog(settings, "es", workspace, backups_folder=tmp_path / "b")
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "es"
    assert dialog.region_picker.region() == "MD" and dialog.weekly_cap.value() == 4
    assert str(tmp_path / "b") in dialog.backup_note.text()
    assert dialog.backup_minutes.value() == 10 and dialog.backup_count.value() == 10
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    dialog.backup_minutes.setValue(0)
    assert dialog.backup_minutes.text() == "Never"
    dialog.week_start.setCurrentIndex(6)
    dialog.anonymity.setValue(8)
    dialog.region_picker.set_value("US", "CA")
    chosen = dialog.preferences()
    assert (chosen.theme, chosen.backup_minutes, chosen.language) == ("dark", 0, "es")
    assert chosen.workspace == dataclasses.replace(
        workspace, week_start=6, anonymity_threshold=8, country="US", region="CA"
    )
    # Without a writable workspace its tab is disabled and nothing of it comes back.
    read_only = PreferencesDialog(settings, None, workspace, read_only=True)
    qtbot.addWidget(read_only)
    assert not read_only.workspace_form.isEnabled()
    assert read_only.preferences().workspace is None and "read-only" in (
        read_only.workspace_note.text()
    )


def test_applying_preferences_switches_language_theme_and_undoably_the_workspace(
    window, plan, monkeypatch
) -> None:
    assert window.open_workspace(plan)
    _started(window)
    before = window.session.hub.workspace_info.settings()
    after = dataclasses.replace(before, weekly_cap=7, week_start=6, country="MX", region=None)
    chosen = Preferences("es", "dark", 15, 4, after)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: chosen))
    window.preferences_action.trigger()

    info = window.session.hub.workspace_info
    assert info.settings() == after
    assert window.file_menu.title() == "&Archivo"
    assert window.settings.language == "es" and window.settings.theme == "dark"
    assert is_dark(QApplication.palette())
    assert (window.settings.backup_minutes, window.settings.backup_count) == (15, 4)
    assert window.auto_backup.timer.interval() == 15 * 60_000
    window.undo_action.trigger()
    assert info.settings() == before
    window.redo_action.trigger()
    assert info.settings().weekly_cap == 7

    light = Preferences(None, "light", 0, 4, None)
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *a, **k: light))
    window.show_preferences()
    assert not is_dark(QApplication.palette())
    assert window.settings.language is None and not window.auto_backup.timer.isActive()


def test_the_calendar_follows_the_workspace_week_start(window, plan) -> None:
    assert window.open_workspace(plan)
    assert window.show_page("calendar")
    page = window.page("calendar")
    info = window.session.hub.workspace_info
    window.apply_preferences(
        Preferences("en", "system", 10, 10, dataclasses.replace(info.settings(), week_start=6)),
        info.settings(),
    )
    assert {view.first_weekday for view in page.views.values()} == {6}
    assert page.week.visible_range()[0].weekday() == 6  # a Sunday
    window.undo_action.trigger()
    assert {view.first_weekday for view in page.views.values()} == {0}


# ============================================================================ backups
def test_periodic_backup_only_when_changed_and_rotation(window, plan, qtbot) -> None:
    assert window.open_workspace(plan)
    _started(window)
    window.settings.backup_count = 2
    auto = window.auto_backup
    auto._on_timer()
    assert not auto.busy  # nothing changed since opening: no backup
    folder = backups_ui.backups_folder(plan)
    hub = window.session.hub
    for n in range(3):
        window.session.execute(
            "add",
            lambda n=n: hub.planning.add_value(CorporateValue(f"V{n}", "", "#112233", 9)).changes,
            lambda: None,
        )
        assert auto.dirty
        with qtbot.waitSignal(auto.written, timeout=10000) as signal:
            auto._on_timer()
        assert not auto.dirty and Path(signal.args[0]).parent == folder
    assert "Backup saved" in window.statusBar().currentMessage()
    assert len(backups_service.list_backups(folder)) == 2
    assert str(folder).startswith(str(Path.home()))  # the (isolated) user data folder


def test_a_failed_backup_says_why_and_stays_due(window, plan, qtbot, monkeypatch, errors):
    assert window.open_workspace(plan)
    _started(window)

    def full(*args, **kwargs):
        raise backups_service._write_error(Path("/backups"), "No space left on device")

    monkeypatch.setattr(backups_service, "write_backup", full)
    with qtbot.waitSignal(window.auto_backup.failed, timeout=10000):
        assert window.backup_now()
    assert "No space left on device" in window.statusBar().currentMessage()
    assert errors and "No space left on device" in errors[0]  # asked for: shown in a box
    assert window.auto_backup.dirty


def test_restore_from_backup_goes_back_and_keeps_the_replaced_state(
    window, plan, qtbot, monkeypatch
) -> None:
    assert window.open_workspace(plan)
    _started(window)
    with qtbot.waitSignal(window.auto_backup.written, timeout=10000) as first:
        window.backup_now()
    hub = window.session.hub
    window.session.execute(
        "add",
        lambda: hub.planning.add_value(CorporateValue("Nuevo", "", "#000000", 9)).changes,
        lambda: None,
    )
    assert len(hub.planning.values()) == 4
    listed: list = []

    def choose(cls, parent, workspace, backups):
        listed.extend(backups)
        return backups[0].path

    monkeypatch.setattr(backups_ui.RestoreDialog, "ask", classmethod(choose))
    monkeypatch.setattr(backups_ui, "confirm_restore", lambda parent, when: True)
    assert window.restore_from_backup()

    assert listed[0].path == Path(first.args[0]) and listed[0].counts["values"] == 3
    assert window.session is not None and window.session.hub.path == plan
    assert len(window.session.hub.planning.values()) == 3
    message = window.statusBar().currentMessage()
    assert "was restored" in message
    saved = [b for b in backups_service.list_backups(backups_ui.backups_folder(plan))]
    assert len(saved) == 2 and saved[0].path.name in message
    with Workspace.open(saved[0].path, read_only=True) as ws:
        assert ws.counts()["values"] == 4  # the replaced state, kept


def test_restore_dialog_lists_backups_and_skips_damaged_ones(qtbot, tmp_path, languages):
    plan = build_workspace(tmp_path / "plan.commsplan")
    folder = tmp_path / "b"
    good = backups_service.write_backup(plan, folder, keep=5)
    bad = folder / "plan-20000101-000000.commsplan"
    bad.write_bytes(b"garbage" * 50)
    infos = backups_service.describe_all(folder)
    dialog = backups_ui.RestoreDialog(plan, infos)
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 2
    assert dialog.tree.topLevelItem(0).text(2) == QLocale().toString(6)
    assert dialog.selected() == good
    assert dialog.tree.topLevelItem(1).isDisabled()  # the damaged one cannot be chosen
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(1))
    assert dialog.selected() == good
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    empty = backups_ui.RestoreDialog(plan, [])
    qtbot.addWidget(empty)
    assert "no backups" in empty.empty.text()


# ============================================================================ the File menu
def test_file_menu_lists_imports_exports_and_backups(window, plan) -> None:
    texts = [a.text() for a in window.file_menu.actions() if a.text()]
    for expected in (
        "&Import directory…",
        "Import &measurements…",
        "&Export plan to Word…",
        "Export &calendar (.ics)…",
        "&Back up now",
        "&Restore from backup…",
    ):
        assert expected in texts
    assert not window.export_docx_action.isEnabled()
    assert window.open_workspace(plan)
    assert window.export_docx_action.isEnabled() and window.import_directory_action.isEnabled()
    window.set_session(None)
    assert window.open_workspace(plan, read_only=True)
    assert window.export_ics_action.isEnabled()
    assert not window.import_directory_action.isEnabled()
    assert not window.restore_action.isEnabled()


def test_import_directory_from_the_menu_runs_the_audiences_wizard(window, plan, monkeypatch):
    from commsplanner.ui.audiences.page import AudiencesPage

    result = ImportResult(SyncCounts(added=12, updated=3), None, 0)
    monkeypatch.setattr(AudiencesPage, "import_directory", lambda self, path=None: result)
    assert window.open_workspace(plan)
    window.import_directory_action.trigger()
    assert window.current_page_id == "audiences"
    assert "12 added" in window.statusBar().currentMessage()


def test_import_measurements_from_the_menu(window, plan, monkeypatch) -> None:
    from commsplanner.services.measurements_import import ImportOutcome
    from commsplanner.ui.listening.import_wizard import MEASUREMENTS, ImportWizard

    calls = []

    def ask(cls, parent, session, kind="measurements", campaign_id=None):
        calls.append(kind)
        return ImportOutcome(5, 2, 0, None)

    monkeypatch.setattr(ImportWizard, "ask", classmethod(ask))
    assert window.open_workspace(plan)
    window.import_measurements_action.trigger()
    assert calls == [MEASUREMENTS]
    assert window.statusBar().currentMessage() == "Measurements imported: 5 added, 2 updated."


def test_export_plan_to_word_from_the_menu(window, plan, monkeypatch, tmp_path) -> None:
    from commsplanner.ui.export import docx_dialog

    monkeypatch.setattr(docx_dialog, "export_plan_dialog", lambda parent, s: tmp_path / "p.docx")
    assert window.open_workspace(plan)
    window.export_docx_action.trigger()
    assert str(tmp_path / "p.docx") in window.statusBar().currentMessage()


def test_export_calendar_writes_the_filtered_ics(window, plan, monkeypatch, tmp_path) -> None:
    target = tmp_path / "plan.ics"
    assert window.open_workspace(plan)
    campaign = next(c for c in window.session.hub.calendar.campaigns() if c.name == "Cultura")
    choice = IcsChoice(target, None, campaign.id, None, None)
    monkeypatch.setattr(IcsExportDialog, "ask", classmethod(lambda cls, p, s: choice))
    assert window.export_ics() == target
    text = target.read_text(encoding="utf-8")
    assert "Boletín semanal" in text and "Anuncio en correo" not in text
    assert window.statusBar().currentMessage().startswith("2 events exported to")


def test_a_failed_calendar_export_keeps_the_previous_file(
    window, plan, monkeypatch, tmp_path, errors
) -> None:
    import os

    target = tmp_path / "plan.ics"
    target.write_text("previous", encoding="utf-8")
    assert window.open_workspace(plan)
    choice = IcsChoice(target, None, None, None, None)
    monkeypatch.setattr(IcsExportDialog, "ask", classmethod(lambda cls, p, s: choice))

    def full(src, dst):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(os, "replace", full)
        assert window.export_ics() is None
    assert "No space left on device" in errors[0] and "left as it was" in errors[0]
    assert target.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".plan.ics")] == []


def test_ics_dialog_choices_and_checks(qtbot, tmp_path, languages) -> None:
    dialog = IcsExportDialog(
        [(1, "Cajeros")], [(4, "Cultura")], tmp_path / "plan.ics", today=date(2026, 3, 2)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.first_edit.isEnabled()
    dialog.segment_combo.setCurrentIndex(1)
    qtbot.mouseClick(dialog.period_check, Qt.MouseButton.LeftButton)
    assert dialog.first_edit.isEnabled()
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(-1))
    assert dialog.problems() == "The period ends before it starts."
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(30))
    dialog.path_edit.setText(str(tmp_path))
    assert "is a folder" in dialog.problems()
    dialog.path_edit.setText(str(tmp_path / "out"))
    choice = dialog.choice()
    assert choice == IcsChoice(tmp_path / "out.ics", 1, None, date(2026, 3, 2), date(2026, 4, 1))


# ============================================================================ help
def test_shortcuts_are_set_and_listed_from_the_menus(window) -> None:
    _started(window)
    keys = {text: keys for _menu, rows in menu_shortcuts(window) for text, keys in rows}
    for text, key in (
        ("Import directory", "Ctrl+I"),
        ("Export plan to Word", "Ctrl+E"),
        ("Export calendar (.ics)", "Ctrl+Shift+E"),
        ("Back up now", "Ctrl+Shift+B"),
        ("Open", "Ctrl+O"),
        ("Quit", "Ctrl+Q"),
        ("Keyboard shortcuts", "F1"),
    ):
        assert keys[text] == key, text
    assert "Preferences" in keys and "Undo" in keys
    # Generated from the actions: a changed shortcut shows up as it is.
    window.restore_action.setShortcut("Ctrl+Alt+R")
    dialog = ShortcutsDialog(window)
    assert ("Restore from backup", "Ctrl+Alt+R") in dialog.rows()
    dialog.deleteLater()
    shortcuts = [
        act.shortcut().toString()
        for act in window.findChildren(type(window.new_action))
        if not act.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts))  # no key bound twice


def test_about_lists_the_libraries(window) -> None:
    html = window.about_html()
    for name in (
        "sqlite-utils",
        "matplotlib",
        "python-docx",
        "openpyxl",
        "icalendar",
        "python-dateutil",
        "holidays",
        "numpy",
        "Qt",
        "Python",
    ):
        assert name in html


def test_overview_numbers_have_readable_accessible_names(window, plan) -> None:
    assert window.open_workspace(plan)
    page = window.page("overview")
    assert page.cards["employees"].number.accessibleName() == "Employees"
    assert window.sidebar.accessibleName() == "Pages"
    window.set_language("es")
    assert page.cards["employees"].number.accessibleName() == "Empleados"
