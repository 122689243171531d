"""The main window: opening workspaces, the sidebar, undo/redo, recent files, errors."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from _shell_support import NotesPage, build_workspace
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from commsplanner.app import open_session, startup_workspace
from commsplanner.domain import Changes, EntityKind, WorkspaceSettings
from commsplanner.services.workspace_info import WorkspaceInfoService
from commsplanner.storage import Workspace
from commsplanner.ui import main_window as main_window_module
from commsplanner.ui import messages
from commsplanner.ui.app_settings import AppSettings
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.main_window import FileDialogs, MainWindow
from commsplanner.ui.new_workspace import NewWorkspace, NewWorkspaceDialog


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the window showed, instead of modal boxes."""
    shown: list[str] = []
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda parent, exc, title=None: shown.append(messages.error_text(exc)),
    )
    return shown


@pytest.fixture
def demo_calls(tmp_path: Path) -> list[str]:
    return []


@pytest.fixture
def make_window(qtbot, languages, settings_file, tmp_path, demo_calls, errors):
    windows: list[MainWindow] = []

    def fake_demo(language: str, progress=None) -> Path:
        demo_calls.append(language)
        return build_workspace(tmp_path / f"demo-{len(demo_calls)}.commsplan")

    def make(specs=None) -> MainWindow:
        if specs is not None:
            main_window_module.PAGE_SPECS[:] = specs
        window = MainWindow(
            AppSettings(settings_file), languages, open_session, make_demo=fake_demo
        )
        qtbot.addWidget(window)
        windows.append(window)
        return window

    saved = list(main_window_module.PAGE_SPECS)
    yield make
    main_window_module.PAGE_SPECS[:] = saved
    for window in windows:
        window.set_session(None)  # releases the workspace locks


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return build_workspace(tmp_path / "plan.commsplan")


def counts_of(path: Path) -> dict[str, int]:
    with Workspace.open(path, read_only=True) as ws:
        return ws.counts()


def test_opens_a_workspace_and_shows_its_overview_figures(window, plan) -> None:
    assert window.open_workspace(plan)

    page = window.page("overview")
    assert window.current_page_id == "overview"
    assert window.pages.currentWidget() is page
    counts = counts_of(plan)
    locale = QLocale()
    for key in ("employees", "segments", "campaigns", "communications"):
        assert page.cards[key].number.text() == locale.toString(counts[key])
    assert page.cards["employees"].number.text() == "6"  # the inactive 7th is not counted
    assert page.organisation_label.text() == "Banco Andino"
    assert page.value_names() == ["Excelencia", "Cooperación", "Trabajo en equipo"]
    assert window.windowTitle().startswith("plan.commsplan")
    assert str(plan) in window.location_label.text()


def test_sidebar_lists_the_registered_pages_and_navigates(make_window, plan, qtbot) -> None:
    window = make_window(
        [
            ("overview", "commsplanner.ui.overview:OverviewPage"),
            ("broken", "no_such_module_anywhere:Page"),
            ("notes", "_shell_support:NotesPage"),
        ]
    )
    window.open_workspace(plan)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.pages_loaded, timeout=3000):
        pass  # the other page classes load right after the first paint

    visible = [
        window.sidebar.item(i).text()
        for i in range(window.sidebar.count())
        if not window.sidebar.item(i).isHidden()
    ]
    assert visible == ["Overview", "Notes"]  # the broken page just stays out
    assert window.page("notes") is None  # not built until shown

    notes_item = window._items["notes"]
    rect = window.sidebar.visualItemRect(notes_item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_id == "notes"
    assert isinstance(window.pages.currentWidget(), NotesPage)

    window._goto_actions["overview"].trigger()
    assert window.current_page_id == "overview"
    assert window.sidebar.currentItem() is window._items["overview"]
    assert window._goto_actions["notes"].shortcut().toString() == "Ctrl+2"


def test_changes_reach_the_pages_and_undo_redo_follow_the_stack(make_window, plan) -> None:
    window = make_window(
        [
            ("overview", "commsplanner.ui.overview:OverviewPage"),
            ("notes", "_shell_support:NotesPage"),
        ]
    )
    window.open_workspace(plan)
    window.show_page("notes")
    notes = window.page("notes")
    overview = window.page("overview")
    session = window.session
    info = session.hub.workspace_info
    before = info.settings()
    after = dataclasses.replace(before, organisation="Cooperativa Sur")

    def save(value):
        info.save_settings(value)
        changes = Changes()
        changes.update(EntityKind.SETTING, 0)
        return changes

    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()

    session.execute("Rename organisation", lambda: save(after), lambda: save(before))

    assert overview.organisation_label.text() == "Cooperativa Sur"
    assert len(notes.refreshed) == 1 and notes.refreshed[0].touches(EntityKind.SETTING)
    assert window.undo_action.isEnabled()
    assert "Rename organisation" in window.undo_action.text()
    assert not window.redo_action.isEnabled()

    window.undo_action.trigger()
    assert overview.organisation_label.text() == "Banco Andino"
    assert info.settings().organisation == "Banco Andino"
    assert not window.undo_action.isEnabled()
    assert window.redo_action.isEnabled()

    window.redo_action.trigger()
    assert overview.organisation_label.text() == "Cooperativa Sur"


def _record_integrity_checks(monkeypatch, log: list[str]):
    """Adds "check" to ``log`` at each ask for the damage check; returns the real method."""
    check = WorkspaceInfoService.check_integrity

    def recorded(self: WorkspaceInfoService, *, wait: bool = True) -> bool:
        log.append("check")
        return check(self, wait=wait)

    monkeypatch.setattr(WorkspaceInfoService, "check_integrity", recorded)
    return check


@pytest.mark.parametrize("shown", [True, False])
def test_the_damage_check_starts_after_the_first_paint(
    window, plan, qtbot, monkeypatch, shown
) -> None:
    events: list[str] = []
    window.first_painted.connect(lambda: events.append("painted"))
    checks = _record_integrity_checks(monkeypatch, events)
    window.open_workspace(plan)
    if shown:
        window.show()
    qtbot.waitUntil(lambda: "check" in events, timeout=3000)
    # A window on screen is painted first; one never shown is checked all the same.
    assert events[0] == ("painted" if shown else "check")
    info = window.session.hub.workspace_info
    qtbot.waitUntil(lambda: checks(info, wait=False), timeout=3000)
    assert window.session is not None  # a sound file stays open


def test_an_announced_window_never_painted_still_records_and_checks_its_workspace(
    window, plan, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(main_window_module, "_FIRST_PAINT_GRACE_MS", 50)
    checks: list[str] = []
    _record_integrity_checks(monkeypatch, checks)
    window.about_to_show()
    window.open_workspace(plan)  # and never shown
    assert window.settings.last_workspace is None
    assert checks == []
    qtbot.waitUntil(lambda: window.settings.last_workspace == plan.resolve(), timeout=3000)
    qtbot.waitUntil(lambda: bool(checks), timeout=3000)


@pytest.mark.parametrize("announced", [True, False])
def test_a_window_on_its_way_to_the_screen_writes_its_settings_after_the_first_paint(
    window, plan, qtbot, announced
) -> None:
    # QSettings writes (and flushes) its file on the next event-loop turn after a change:
    # the first screen must not wait for that. The app announces the window before opening
    # its workspace and showing it; a window already shown needs no announcement.
    with qtbot.waitSignal(window.first_painted, timeout=3000):
        if announced:
            window.about_to_show()
        else:
            window.show()
        window.open_workspace(plan)
        assert window.settings.last_workspace is None
        assert window.settings.recent_files == []
        window.show()
    assert window.settings.last_workspace == plan.resolve()
    assert window.settings.recent_files == [plan.resolve()]


def test_shortcuts_arrive_right_after_the_first_paint(window, plan, qtbot) -> None:
    window.open_workspace(plan)
    assert window.undo_action.shortcut().isEmpty()  # not needed before the window is seen
    with qtbot.waitSignal(window.first_painted, timeout=3000):
        window.show()
    # Bound on the next event-loop turn, before any key press can be processed.
    qtbot.waitUntil(lambda: not window.undo_action.shortcut().isEmpty(), timeout=1000)
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.open_workspace(build_workspace(plan.with_name("second.commsplan")))
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"  # rebound to the new stack


def test_switching_workspace_closes_the_old_session(window, plan, tmp_path) -> None:
    other = build_workspace(tmp_path / "other.commsplan")
    window.open_workspace(plan)
    first = window.session
    first.execute("noop", lambda: None, lambda: None)
    assert first.undo_stack.count() == 1

    assert window.open_workspace(other)

    assert window.session is not first
    assert first.undo_stack.count() == 0
    assert not window.undo_action.isEnabled()
    # The old file is free again: another instance could open it now.
    Workspace.open(plan).close()
    assert window.windowTitle().startswith("other.commsplan")


def test_reopening_the_open_file_keeps_the_session(window, plan) -> None:
    window.open_workspace(plan)
    session = window.session
    assert window.open_workspace(Path(str(plan)))
    assert window.session is session


def test_recent_files_persist_and_reopen(make_window, settings_file, plan, tmp_path) -> None:
    other = build_workspace(tmp_path / "other.commsplan")
    window = make_window()
    window.open_workspace(plan)
    window.open_workspace(other)
    window.close()

    stored = AppSettings(settings_file)
    assert stored.recent_files == [other.resolve(), plan.resolve()]
    assert stored.last_workspace == other

    second = make_window()
    second._fill_recent_menu()
    entries = [a for a in second.recent_menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [other.resolve(), plan.resolve()]
    entries[1].trigger()
    assert second.session.hub.path == plan.resolve()

    second.clear_recent_action.trigger()
    assert AppSettings(settings_file).recent_files == []


def test_geometry_and_last_page_persist(make_window, plan) -> None:
    window = make_window(
        [
            ("overview", "commsplanner.ui.overview:OverviewPage"),
            ("notes", "_shell_support:NotesPage"),
        ]
    )
    window.resize(700, 520)
    window.open_workspace(plan)
    window.show_page("notes")
    window.close()

    again = make_window()
    assert (again.width(), again.height()) == (700, 520)
    again.open_workspace(plan)
    assert again.current_page_id == "notes"


def test_a_corrupt_file_gets_a_message_and_stays_untouched(window, plan, tmp_path, errors) -> None:
    window.open_workspace(plan)
    damaged = tmp_path / "damaged.commsplan"
    content = b"SQLite format 3\x00" + bytes(range(256)) * 20
    damaged.write_bytes(content)

    assert not window.open_workspace(damaged)

    assert damaged.read_bytes() == content
    assert len(errors) == 1 and "damaged.commsplan" in errors[0]
    assert window.session is not None and window.session.hub.path == plan.resolve()
    assert not (tmp_path / "damaged.commsplan.lock").exists()


@pytest.mark.parametrize("first_page", ["overview", "notes"])
def test_damage_inside_a_file_is_explained_and_the_file_closed_untouched(
    make_window, plan, qtbot, errors, first_page
) -> None:
    # The Overview fails reading the damaged pages; the notes page reads nothing, so there
    # the background damage check is what finds it.
    window = make_window(
        [
            ("overview", "commsplanner.ui.overview:OverviewPage"),
            ("notes", "_shell_support:NotesPage"),
        ]
    )
    window.settings.last_page = first_page
    data = bytearray(plan.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Pages 2 and 3 hold the first tables; the header and the schema page stay valid, so
    # only the background damage check (or a failed read) can tell.
    data[page_size : 3 * page_size] = b"\xa5" * (2 * page_size)
    plan.write_bytes(bytes(data))
    before = plan.read_bytes()

    window.open_workspace(plan)
    if first_page == "notes":
        # It reads nothing: shown until the background check finds the damage.
        assert window.current_page_id == "notes"

    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    assert len(errors) == 1 and "damaged" in errors[0] and "plan.commsplan" in errors[0]
    assert window.pages.currentWidget() is window.welcome
    assert plan.read_bytes() == before
    assert not (plan.parent / "plan.commsplan.lock").exists()


def test_a_window_started_on_a_file_shows_the_welcome_if_it_cannot_open(
    make_window, languages, settings_file, tmp_path, errors
) -> None:
    window = MainWindow(AppSettings(settings_file), languages, open_session, show_welcome=False)
    try:
        assert window.pages.currentWidget() is None  # nothing built before the file opens
        assert not window.open_workspace(tmp_path / "gone.commsplan")
        assert window.pages.currentWidget() is window.welcome
    finally:
        window.deleteLater()


def test_a_missing_file_is_explained_and_dropped_from_recent(window, tmp_path, errors) -> None:
    missing = tmp_path / "gone.commsplan"
    window.settings.add_recent(missing)

    assert not window.open_workspace(missing)

    assert "does not exist" in errors[0]
    assert window.settings.recent_files == []
    assert window.pages.currentWidget() is window.welcome


def test_a_locked_file_is_offered_read_only(window, plan, monkeypatch) -> None:
    asked: list[str] = []
    answer = {"value": False}

    def ask(parent, exc) -> bool:
        asked.append(messages.error_text(exc))
        return answer["value"]

    monkeypatch.setattr(messages, "ask_open_read_only", ask)
    holder = Workspace.open(plan)  # another instance has it open
    try:
        assert not window.open_workspace(plan)
        assert window.session is None
        assert "already open" in asked[0]

        answer["value"] = True
        assert window.open_workspace(plan)
    finally:
        holder.close()

    assert window.session.read_only
    assert "(read-only)" in window.windowTitle()
    assert "Read-only" in window.location_label.text()
    assert not window.undo_action.isEnabled()
    assert not window.redo_action.isEnabled()
    assert window.page("overview").cards["employees"].number.text() == "6"


def _choose_new(monkeypatch, choice) -> list[dict]:
    calls: list[dict] = []

    def ask(cls, parent, folder, language, *, import_directory=False):
        calls.append({"folder": folder, "language": language, "import": import_directory})
        return choice

    monkeypatch.setattr(NewWorkspaceDialog, "ask", classmethod(ask))
    return calls


def test_new_workspace_is_created_with_the_chosen_settings_and_values(
    window, tmp_path, monkeypatch
) -> None:
    created = tmp_path / "nuevo.commsplan"
    settings = WorkspaceSettings(organisation="Banco Andino", country="MX", region="CMX")
    calls = _choose_new(
        monkeypatch,
        NewWorkspace(created, settings, [("Excelencia", "#1f77b4"), ("Cooperación", "#2ca02c")]),
    )
    window.new_action.trigger()

    assert calls == [{"folder": Path.home(), "language": "en", "import": False}]
    assert window.session is not None and window.session.hub.path == created
    info = window.session.hub.workspace_info
    counts = info.summary().counts
    assert counts["employees"] == 0 and counts["campaigns"] == 0
    assert (info.settings().organisation, info.settings().country) == ("Banco Andino", "MX")
    assert info.settings().region == "CMX"
    values = window.session.hub.planning.values()
    assert [(v.name, v.colour, v.position) for v in values] == [
        ("Excelencia", "#1f77b4", 0),
        ("Cooperación", "#2ca02c", 1),
    ]
    assert created.stat().st_mode & 0o777 == 0o600
    assert str(created) in window.statusBar().currentMessage()
    assert window.page("overview").value_names() == ["Excelencia", "Cooperación"]


def test_new_workspace_refuses_an_existing_file(window, plan, monkeypatch, errors) -> None:
    original = plan.read_bytes()
    _choose_new(monkeypatch, NewWorkspace(plan, WorkspaceSettings(), []))
    assert not window.new_workspace()
    assert "already exists" in errors[0]
    assert plan.read_bytes() == original
    assert window.session is None


def test_cancelling_new_workspace_changes_nothing(window, monkeypatch) -> None:
    _choose_new(monkeypatch, None)
    assert not window.new_workspace()
    assert window.session is None


def test_save_a_copy(window, plan, tmp_path, monkeypatch, errors) -> None:
    window.open_workspace(plan)
    target = tmp_path / "copia"
    monkeypatch.setattr(FileDialogs, "ask_copy", classmethod(lambda cls, parent, s: target))

    window.copy_action.trigger()

    copy = tmp_path / "copia.commsplan"
    assert counts_of(copy) == counts_of(plan)
    assert counts_of(copy)["communications"] == 5
    assert window.session.hub.path == plan.resolve()  # still working on the original
    assert "copia.commsplan" in window.statusBar().currentMessage()

    monkeypatch.setattr(FileDialogs, "ask_copy", classmethod(lambda cls, parent, s: plan))
    before = plan.stat().st_size
    window.save_copy()
    assert "cannot replace" in errors[-1]
    assert plan.stat().st_size == before


def test_open_demo_makes_a_fresh_copy_and_opens_it(window, demo_calls) -> None:
    assert window.open_demo()
    assert demo_calls == ["en"]
    assert window.session.hub.path.name == "demo-1.commsplan"
    assert window.open_demo()
    assert window.session.hub.path.name == "demo-2.commsplan"


def test_open_dialog_and_welcome_buttons(window, plan, monkeypatch, qtbot) -> None:
    monkeypatch.setattr(FileDialogs, "ask_open", classmethod(lambda cls, parent, folder: plan))
    assert window.pages.currentWidget() is window.welcome
    assert not window.copy_action.isEnabled()
    qtbot.mouseClick(window.welcome.open_button, Qt.MouseButton.LeftButton)
    assert window.session is not None
    assert window.copy_action.isEnabled()

    window.close_action.trigger()
    assert window.session is None
    assert window.pages.currentWidget() is window.welcome
    assert not window.sidebar.isVisible()


def test_about_names_the_versions(window) -> None:
    text = window.about_html()
    for name in ("Python", "Qt", "PySide6", "SQLite", "sqlite-utils", "matplotlib"):
        assert name in text


def test_a_page_that_fails_to_build_leaves_the_window_working(
    make_window, plan, monkeypatch, errors
) -> None:
    window = make_window(
        [
            ("overview", "commsplanner.ui.overview:OverviewPage"),
            ("notes", "_shell_support:NotesPage"),
        ]
    )
    window.open_workspace(plan)

    def broken(self, session, parent=None):
        raise RuntimeError("page exploded")

    monkeypatch.setattr(NotesPage, "__init__", broken)
    assert not window.show_page("notes")
    assert window.current_page_id == "overview"
    assert "page exploded" in errors[0]


def test_dropping_a_workspace_file_opens_it(window, plan, qtbot) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(plan))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.hub.path == plan.resolve()


def test_startup_choice(tmp_path, plan) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    assert startup_workspace(None, settings) == (None, True)  # first run: demo
    assert startup_workspace(str(plan), settings) == (plan, False)
    settings.last_workspace = plan
    settings.add_recent(plan)
    assert startup_workspace(None, settings) == (plan, False)
    plan.unlink()
    assert startup_workspace(None, settings) == (None, False)  # not a first run any more


def test_unexpected_errors_show_details(qapp) -> None:
    box = messages.error_box(None, RuntimeError("boom"))
    assert "boom" in box.text()
    assert "RuntimeError" in box.detailedText()
    assert box.icon() == QMessageBox.Icon.Critical


def test_welcome_lists_recent_workspaces_and_opens_them(window, plan) -> None:
    window.open_workspace(plan)
    window.close_workspace()

    assert window.pages.currentWidget() is window.welcome
    assert "plan.commsplan" in window.welcome.recent_label.text()
    window.welcome.recent_label.linkActivated.emit(str(plan))
    assert window.session is not None and window.session.hub.path == plan.resolve()
