"""The planning pages inside the main window: sidebar, Edit ▸ Undo, language switch."""

from __future__ import annotations

import pytest
from planning_support import Recorder, build, row_texts, type_text
from PySide6.QtCore import Qt

from commsplanner.app import open_session
from commsplanner.ui.app_settings import AppSettings
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.main_window import MainWindow

PAGES = ("strategy", "channels", "campaigns")


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


@pytest.fixture
def window(qtbot, tmp_path, languages):
    win = MainWindow(AppSettings(tmp_path / "settings.ini"), languages, open_session)
    qtbot.addWidget(win)
    win.open_workspace(build(tmp_path / "plan.commsplan"))
    yield win
    win.set_session(None)


def test_pages_are_in_the_sidebar_and_build(window, qtbot) -> None:
    ids = window.page_ids()
    assert all(page in ids for page in PAGES)
    for page_id in PAGES:
        assert window.show_page(page_id)
        assert window.page(page_id) is not None
    assert window._items["campaigns"].text() == "Campaigns"
    # Icons come with the first paint (the first screen does not wait for them).
    assert window._items["campaigns"].icon().isNull()
    with qtbot.waitSignal(window.first_painted, timeout=3000):
        window.show()
    assert not window._items["campaigns"].icon().isNull()
    assert not window._items["overview"].icon().isNull()


def test_edits_on_a_page_are_undone_from_the_edit_menu(qtbot, window, monkeypatch) -> None:
    Recorder(monkeypatch)
    window.show_page("strategy")
    values = window.page("strategy").values
    qtbot.mouseClick(values.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, values.name_edit, "Excelencia")
    qtbot.mouseClick(values.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(values.view) == ["Excelencia"]
    # The campaigns page, built later, sees the value through the session's changes.
    window.show_page("campaigns")
    campaigns = window.page("campaigns")
    assert campaigns.value_filter.findText("Excelencia") > 0
    window.undo_action.trigger()
    assert row_texts(values.view) == []
    assert campaigns.value_filter.findText("Excelencia") < 0
    window.redo_action.trigger()
    assert row_texts(values.view) == ["Excelencia"]


def test_language_switch_retranslates_the_pages(window) -> None:
    for page_id in PAGES:
        window.show_page(page_id)
    window.language_actions["es"].trigger()
    assert window._items["strategy"].text() == "Valores y objetivos"
    assert window.page("strategy").values.title() == "Valores corporativos"
    assert window.page("channels").channels.new_button.text() == "Nuevo canal"
    campaigns = window.page("campaigns")
    assert campaigns.template_button.text() == "Nueva desde plantilla…"
    assert campaigns.model.headerData(1, Qt.Orientation.Horizontal) == "Estado"
    window.language_actions["en"].trigger()
    assert campaigns.template_button.text() == "New from template…"
