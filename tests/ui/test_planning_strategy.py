"""The Values and goals page, driven through its widgets: type, click, save, see, undo."""

from __future__ import annotations

from datetime import date

import pytest
from planning_support import Recorder, click_row, planning_session, row_texts, type_text
from PySide6.QtCore import QModelIndex, Qt

from commsplanner.domain import BusinessGoal, Campaign, EntityKind, ValueWeight
from commsplanner.ui.planning import common
from commsplanner.ui.planning.strategy_page import StrategyPage


@pytest.fixture
def session(tmp_path, qtbot):
    yield from planning_session(tmp_path)


@pytest.fixture
def page(qtbot, session):
    widget = StrategyPage(session)
    qtbot.addWidget(widget)
    session.changed.connect(widget.refresh)  # as the main window does
    widget.resize(1200, 800)
    widget.show()
    return widget


def _type(qtbot, line_edit, text: str) -> None:
    type_text(qtbot, line_edit, text)


def _add_value(qtbot, panel, name: str, description: str = "") -> None:
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, panel.name_edit, name)
    if description:
        type_text(qtbot, panel.description_edit, description, clear=False)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)


def test_values_crud_through_the_ui_with_undo_and_redo(qtbot, page, session, monkeypatch):
    Recorder(monkeypatch)
    panel = page.values
    stack = session.undo_stack
    _add_value(qtbot, panel, "Excelencia", "Hacerlo bien a la primera")
    assert row_texts(panel.view) == ["Excelencia"]
    assert panel.form_title.text() == "Corporate value “Excelencia”"  # selected after saving
    monkeypatch.setattr(common.ColourDialogs, "ask", classmethod(lambda cls, *a: "#00aa00"))
    _add_value(qtbot, panel, "Cooperación")
    qtbot.mouseClick(panel.colour_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Excelencia", "Cooperación"]
    assert session.hub.planning.values()[1].colour == "#00aa00"
    assert stack.undoText() == "Edit value “Cooperación”"

    # Edit the first one: click it, change its name, save.
    click_row(qtbot, panel.view, 0)
    assert panel.name_edit.text() == "Excelencia"
    assert panel.description_edit.toPlainText() == "Hacerlo bien a la primera"
    _type(qtbot, panel.name_edit, "Excelencia operativa")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Excelencia operativa", "Cooperación"]

    # Delete the second.
    click_row(qtbot, panel.view, 1)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Excelencia operativa"]
    assert panel.form_title.text() == "New corporate value"

    stack.undo()  # delete
    assert row_texts(panel.view) == ["Excelencia operativa", "Cooperación"]
    stack.undo()  # rename
    assert row_texts(panel.view) == ["Excelencia", "Cooperación"]
    stack.undo()  # colour
    assert session.hub.planning.values()[1].colour != "#00aa00"
    stack.undo()  # add Cooperación
    stack.undo()  # add Excelencia
    assert row_texts(panel.view) == []
    for _ in range(5):
        stack.redo()
    assert row_texts(panel.view) == ["Excelencia operativa"]


def test_value_order_by_buttons_and_by_drag(qtbot, page, session, monkeypatch):
    Recorder(monkeypatch)
    panel = page.values
    for name in ("A", "B", "C"):
        _add_value(qtbot, panel, name)
    click_row(qtbot, panel.view, 2)
    assert not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["A", "C", "B"]
    assert panel.form_title.text() == "Corporate value “C”"  # still selected
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["C", "A", "B"]
    assert not panel.up_button.isEnabled()

    # What the view does on a drop: B dragged to the top.
    model = panel.model
    data = model.mimeData([model.index(2, 0)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert row_texts(panel.view) == ["B", "C", "A"]
    assert session.undo_stack.undoText() == "Reorder values"
    session.undo_stack.undo()
    assert row_texts(panel.view) == ["C", "A", "B"]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert row_texts(panel.view) == ["A", "B", "C"]
    session.undo_stack.redo()
    assert row_texts(panel.view) == ["A", "C", "B"]


def test_duplicate_value_name_is_refused_with_a_message(qtbot, page, monkeypatch):
    recorder = Recorder(monkeypatch)
    panel = page.values
    _add_value(qtbot, panel, "Excelencia")
    _add_value(qtbot, panel, "excelencia")
    assert recorder.errors == [
        "There is already a corporate value called “excelencia”; choose another name."
    ]
    assert row_texts(panel.view) == ["Excelencia"]
    assert panel.name_edit.text() == "excelencia"  # what was typed is kept for fixing
    _add_value(qtbot, panel, "   ")
    assert recorder.errors[-1] == "The corporate value needs a name."


def test_deleting_a_value_in_use_asks_and_detaches(qtbot, page, session, monkeypatch):
    recorder = Recorder(monkeypatch, confirm=False)
    panel = page.values
    _add_value(qtbot, panel, "Excelencia")
    value_id = session.hub.planning.values()[0].id
    planning = session.hub.planning
    planning.add_campaign(Campaign("Verano", value_weights={value_id: ValueWeight.PRIMARY}))
    click_row(qtbot, panel.view, 0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "promoted by 1 campaign(s)" in recorder.questions[0]
    assert row_texts(panel.view) == ["Excelencia"]  # the user said no
    recorder.answer = True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == []
    assert planning.campaigns()[0].value_weights == {}
    session.undo_stack.undo()
    assert row_texts(panel.view) == ["Excelencia"]
    assert planning.campaigns()[0].value_weights == {value_id: ValueWeight.PRIMARY}


def test_goals_crud_through_the_ui_with_undo_and_redo(qtbot, page, session, monkeypatch):
    Recorder(monkeypatch)
    panel = page.goals
    stack = session.undo_stack
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    _type(qtbot, panel.name_edit, "Mejorar la experiencia en tienda")
    _type(qtbot, panel.kpi_edit, "NPS en tienda")
    _type(qtbot, panel.target_edit, "≥ 45")
    panel.due_edit.check.setChecked(True)
    panel.due_edit.edit.setDate(common.to_qdate(date(2026, 12, 31)))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Mejorar la experiencia en tienda"]
    assert row_texts(panel.view, 1) == ["NPS en tienda"]
    [goal] = session.hub.planning.goals()
    assert (goal.target, goal.due_date) == ("≥ 45", date(2026, 12, 31))

    click_row(qtbot, panel.view, 0)
    panel.due_edit.check.setChecked(False)
    _type(qtbot, panel.target_edit, "≥ 50")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert session.hub.planning.goals()[0].due_date is None
    assert row_texts(panel.view, 2) == ["≥ 50"]

    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == []
    stack.undo()
    assert row_texts(panel.view, 2) == ["≥ 50"]
    stack.undo()
    assert row_texts(panel.view, 2) == ["≥ 45"]
    assert session.hub.planning.goals()[0].due_date == date(2026, 12, 31)
    stack.undo()
    assert row_texts(panel.view) == []
    stack.redo()
    stack.redo()
    stack.redo()
    assert row_texts(panel.view) == []


def test_goal_in_use_is_removed_from_campaigns_when_confirmed(qtbot, page, session, monkeypatch):
    recorder = Recorder(monkeypatch, confirm=True)
    planning = session.hub.planning
    goal_id = planning.add_goal(BusinessGoal("NPS")).created_id(EntityKind.GOAL)
    planning.add_campaign(Campaign("Verano", goal_ids=(goal_id,)))
    page.refresh(None)
    click_row(qtbot, page.goals.view, 0)
    qtbot.mouseClick(page.goals.delete_button, Qt.MouseButton.LeftButton)
    assert "served by 1 campaign(s)" in recorder.questions[0]
    assert planning.goals() == []
    assert planning.campaigns()[0].goal_ids == ()


def test_page_protocol(page) -> None:
    assert StrategyPage.page_title() == "Values and goals"
    assert StrategyPage.page_icon()
    page.retranslate()
    assert page.values.title() == "Corporate values"
    assert page.goals.title() == "Business goals"
