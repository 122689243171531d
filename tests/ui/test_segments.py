"""The Segments page and the segment dialog, driven through their widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from commsplanner.domain import Campaign, Communication, Employee, EntityKind, Segment
from commsplanner.domain.rules import AllOf, Condition, Not, parse
from commsplanner.services.hub import open_hub
from commsplanner.storage import Workspace
from commsplanner.ui import messages
from commsplanner.ui.planning.panels import ReassignDialog
from commsplanner.ui.segments import page as page_module
from commsplanner.ui.segments.model import MEMBERS, SegmentListModel
from commsplanner.ui.segments.page import SegmentsPage
from commsplanner.ui.segments.rule_builder import ConditionWidget
from commsplanner.ui.segments.segment_dialog import SegmentDialog
from commsplanner.ui.session import WorkspaceSession

PEOPLE = [
    # position, department, interests, customer-facing
    ("Cajero", "Ventas", ("sostenibilidad",), True),
    ("Cajero", "Ventas", (), True),
    ("Cajero", "TI", ("sostenibilidad", "deporte"), True),
    ("Supervisor", "Ventas", ("sostenibilidad",), False),
    ("Técnico", "TI", ("deporte",), False),
    ("Técnico", "TI", (), False),
]


@pytest.fixture
def session(tmp_path: Path, qtbot):
    path = tmp_path / "segments.commsplan"
    ws = Workspace.create(path)
    ws.employees.add_many(
        Employee(
            f"E{i}",
            f"Persona {i}",
            position=position,
            department=department,
            interests=interests,
            customer_facing=front,
            start_date=date(2020, 1, i + 1),
        )
        for i, (position, department, interests, front) in enumerate(PEOPLE)
    )
    ws.close()
    hub = open_hub(path)
    session = WorkspaceSession(hub)
    yield session
    session.close()


def _dialog(qtbot, session, segment=None) -> SegmentDialog:
    dialog = SegmentDialog(session.hub.segmentation, segment)
    qtbot.addWidget(dialog)
    dialog.live._timer.setInterval(10)
    dialog.show()
    return dialog


def _set_combo(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _count_text(dialog: SegmentDialog) -> str:
    return dialog.count_label.text()


# ----------------------------------------------------------------------------- dialog


def test_building_a_rule_updates_the_count_live(qtbot, session) -> None:
    dialog = _dialog(qtbot, session)
    (first,) = dialog.builder.conditions()
    _set_combo(first.field_combo, "position")
    _set_combo(first.op_combo, "eq")
    qtbot.keyClicks(first.value_edit.text, "Cajero")
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 3")
    assert dialog.rule_text.text() == 'position = "Cajero"'

    # A second condition narrows the audience; the count follows.
    qtbot.mouseClick(dialog.builder.root.add_condition_button, Qt.MouseButton.LeftButton)
    second = dialog.builder.conditions()[1]
    _set_combo(second.field_combo, "interests")
    _set_combo(second.op_combo, "has")
    qtbot.keyClicks(second.value_edit.text, "sostenibilidad")
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 2")
    assert dialog.rule_text.text() == 'position = "Cajero" and "sostenibilidad" in interests'

    # "is not" negates; the text view says so.
    _set_combo(second.op_combo, "lacks")
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 1")
    assert dialog.rule_text.text() == 'position = "Cajero" and "sostenibilidad" not in interests'

    # Switching the group to "any" widens it.
    _set_combo(dialog.builder.root.mode_combo, "any")
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 5")
    assert "share" not in dialog.count_detail.text()
    assert "of 6 active employees" in dialog.count_detail.text()


def test_nested_group_and_negation(qtbot, session) -> None:
    dialog = _dialog(qtbot, session)
    (first,) = dialog.builder.conditions()
    _set_combo(first.field_combo, "customer_facing")
    _set_combo(first.value_edit.boolean, True)
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 3")
    group = dialog.builder.root.add_group("any")
    inner = group.items[0]
    assert isinstance(inner, ConditionWidget)
    _set_combo(inner.field_combo, "department")
    _set_combo(inner.op_combo, "in")
    qtbot.keyClicks(inner.value_edit.list, "TI; Marketing")
    group.not_check.setChecked(True)
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 2")
    assert dialog.current_rule() == AllOf(
        (
            Condition("customer_facing", "eq", True),
            Not(Condition("department", "in", ("TI", "Marketing"))),
        )
    )
    assert "“Marketing”" in dialog.warnings_label.text()


def test_text_view_drives_the_builder_and_reports_errors(qtbot, session) -> None:
    dialog = _dialog(qtbot, session)
    dialog.rule_text.selectAll()
    qtbot.keyClicks(dialog.rule_text, 'department = "TI" and not "deporte" in interests')
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 1")
    conditions = dialog.builder.conditions()
    assert [c.field for c in conditions] == ["department", "interests"]
    assert conditions[1].op_combo.currentData() == "lacks"

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.rule_text.clear()
    qtbot.keyClicks(dialog.rule_text, 'department = "TI" and departmen = "x"')
    qtbot.waitUntil(lambda: dialog.rule_error.isVisible())
    assert "Column 23" in dialog.rule_error.text()
    assert "did you mean department?" in dialog.rule_error.text()
    assert dialog.rule_error_caret.text().split("\n")[1] == " " * 22 + "^"
    assert not ok.isEnabled()
    # The builder still shows the last rule that could be read.
    assert [c.field for c in dialog.builder.conditions()] == ["department", "interests"]


def test_dialog_result_includes_and_name_checks(qtbot, session) -> None:
    service = session.hub.segmentation
    service.add_segment(Segment("Existing"))
    dialog = _dialog(qtbot, session)
    qtbot.keyClicks(dialog.name_edit, "existing")
    (first,) = dialog.builder.conditions()
    _set_combo(first.field_combo, "department")
    qtbot.keyClicks(first.value_edit.text, "TI")
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 3")
    dialog.tabs.setCurrentWidget(dialog.includes)
    qtbot.keyClicks(dialog.includes.input, "E0, E1 nobody")
    qtbot.keyClick(dialog.includes.input, Qt.Key.Key_Return)
    assert dialog.includes.list.count() == 2
    assert "nobody" in dialog.includes.problem.text()
    assert dialog.tabs.tabText(1) == "Always include (2)"
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 5")
    qtbot.keyClicks(dialog.excludes.input, "E5")
    qtbot.mouseClick(dialog.excludes.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 4")

    dialog.accept()  # refused: the name is taken
    assert dialog.isVisible()
    assert "already called “Existing”" in dialog.problem_label.text()
    dialog.name_edit.setText("TI y dos más")
    dialog.accept()
    assert not dialog.isVisible()
    result = dialog.segment()
    assert result.name == "TI y dos más"
    assert result.rule == {"field": "department", "op": "eq", "value": "TI"}
    found, _ = service.resolve_external_ids(["E0", "E1", "E5"])
    assert result.include_ids == tuple(found[:2])
    assert result.exclude_ids == (found[2],)


def test_count_runs_in_a_worker_thread_when_slow(qtbot, session) -> None:
    dialog = _dialog(qtbot, session)
    dialog.live.in_thread = True  # as after a slow count on a big directory
    (first,) = dialog.builder.conditions()
    _set_combo(first.field_combo, "position")
    qtbot.keyClicks(first.value_edit.text, "Supervisor")  # QTest types ASCII only
    qtbot.waitUntil(lambda: dialog.live.running, timeout=2000)
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 1", timeout=5000)
    assert not dialog.live.running
    dialog.reject()


def test_editing_an_existing_segment_shows_its_rule(qtbot, session) -> None:
    rule = {
        "any": [
            {"not": {"field": "position", "op": "in", "value": ["Cajero"]}},
            {"field": "start_date", "op": "before", "value": "2020-01-03"},
        ]
    }
    segment = Segment("Old", rule=rule, include_ids=(1,), id=99)
    dialog = _dialog(qtbot, session, segment)
    assert dialog.windowTitle() == "Edit segment"
    conditions = dialog.builder.conditions()
    assert conditions[0].op_combo.currentData() == "not_in"  # same meaning, one condition
    assert conditions[1].value_edit.day.date().toString("yyyy-MM-dd") == "2020-01-03"
    assert dialog.builder.root.mode == "any"
    assert _count_text(dialog) == "Members: 5"  # E3 E4 E5 are no cashiers, E0 E1 started early
    # Opening does not rewrite the stored rule: OK without edits changes nothing.
    assert dialog.segment().rule == rule
    # Once the builder is edited, the rule is what the builder shows.
    conditions[1].value_edit.day.setDate(QDate(2020, 1, 2))
    qtbot.waitUntil(lambda: _count_text(dialog) == "Members: 4")
    assert dialog.current_rule() == parse(
        'position not in ("Cajero") or start_date before "2020-01-02"'
    )


# ----------------------------------------------------------------------------- page


@pytest.fixture
def page(qtbot, session, monkeypatch):
    monkeypatch.setattr(page_module, "confirm", lambda *args: True)
    errors: list[str] = []
    monkeypatch.setattr(
        messages, "show_error", lambda parent, exc, title=None: errors.append(str(exc))
    )
    widget = SegmentsPage(session)
    widget.errors = errors
    session.changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _answer(monkeypatch, segment: Segment | None) -> None:
    monkeypatch.setattr(
        SegmentDialog, "ask", classmethod(lambda cls, service, current=None, parent=None: segment)
    )


def _names(page: SegmentsPage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_new_segment_is_listed_with_its_size_and_undoable(
    qtbot, page, session, monkeypatch
) -> None:
    assert "No segments yet" in page.profile_placeholder.text()
    _answer(
        monkeypatch, Segment("Cajeros", rule={"field": "position", "op": "eq", "value": "Cajero"})
    )
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Cajeros"]
    qtbot.waitUntil(lambda: page.proxy.index(0, MEMBERS).data() == "3")
    new_id = page.selected_ids()[0]
    assert (
        "Members: 3 · 50.0 % of the organisation · 100.0 % face customers"
        in page.profile_stats.text()
    )
    assert page.profile_chart.canvas is not None

    session.undo_stack.undo()
    assert _names(page) == []
    session.undo_stack.redo()
    assert _names(page) == ["Cajeros"]
    assert session.hub.segmentation.list_segments()[0].id == new_id


def test_edit_and_delete_are_undoable(qtbot, page, session, monkeypatch) -> None:
    service = session.hub.segmentation
    service.add_segment(Segment("TI", rule={"field": "department", "op": "eq", "value": "TI"}))
    page.reload()
    page.table.selectRow(0)
    page.compute_all_figures()
    assert page.proxy.index(0, MEMBERS).data() == "3"
    old = page.current_segment()
    _answer(monkeypatch, replace(old, rule={"field": "department", "op": "eq", "value": "Ventas"}))
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    page.compute_all_figures()
    assert page.proxy.index(0, MEMBERS).data() == "3"
    assert service.get_segment(old.id).rule["value"] == "Ventas"
    session.undo_stack.undo()
    assert service.get_segment(old.id).rule["value"] == "TI"

    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _names(page) == []
    assert session.undo_stack.undoText() == "Delete segment “TI”"
    session.undo_stack.undo()
    assert _names(page) == ["TI"]
    assert service.get_segment(old.id).rule["value"] == "TI"


def test_segment_in_use_offers_to_reassign_and_undo_restores(
    qtbot, page, session, monkeypatch
) -> None:
    service = session.hub.segmentation
    planning = session.hub.planning
    service.add_segment(Segment("Used"))
    service.add_segment(Segment("Other"))
    ids = {s.name: s.id for s in service.list_segments()}
    used, other = ids["Used"], ids["Other"]
    campaign = planning.add_campaign(
        Campaign("C", segment_ids=(used,), start=date(2026, 6, 1), end=date(2026, 6, 30))
    ).created_id(EntityKind.CAMPAIGN)
    comm = planning.add_communication(
        Communication(campaign, "Aviso", datetime(2026, 6, 2, 9), segment_ids=(used,))
    ).created_id(EntityKind.COMMUNICATION)
    page.reload()
    asked: list[tuple[str, list, str]] = []

    def answer(cls, parent, title, text, choices, none_label):
        asked.append((text, choices, none_label))
        return answer.reply

    monkeypatch.setattr(ReassignDialog, "ask", classmethod(answer))
    row = _names(page).index("Used")
    page.table.selectRow(row)

    answer.reply = (False, None)  # cancelled: nothing happens
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "targeted by 1 campaign(s) and 1 communication(s)" in asked[0][0]
    assert asked[0][1] == [(other, "Other")]
    assert sorted(_names(page)) == ["Other", "Used"]
    assert session.undo_stack.count() == 0

    answer.reply = (True, other)
    page.table.selectRow(_names(page).index("Used"))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Other"]
    assert planning.campaign(campaign).segment_ids == (other,)
    assert planning.communication(comm).segment_ids == (other,)
    assert session.undo_stack.count() == 1  # reassigning and deleting: one step
    assert session.undo_stack.undoText() == "Delete segment “Used”"

    session.undo_stack.undo()
    assert sorted(_names(page)) == ["Other", "Used"]
    assert service.get_segment(used).name == "Used"
    assert planning.campaign(campaign).segment_ids == (used,)
    assert planning.communication(comm).segment_ids == (used,)

    session.undo_stack.redo()
    assert _names(page) == ["Other"]
    assert planning.campaign(campaign).segment_ids == (other,)
    assert not page.errors


def test_deleting_to_no_segment_warns_about_emptied_communications(
    qtbot, page, session, monkeypatch
) -> None:
    service = session.hub.segmentation
    planning = session.hub.planning
    service.add_segment(Segment("Used"))
    used = service.list_segments()[0].id
    campaign = planning.add_campaign(Campaign("C")).created_id(EntityKind.CAMPAIGN)
    comm = planning.add_communication(
        Communication(campaign, "Aviso", datetime(2026, 6, 2, 9), segment_ids=(used,))
    ).created_id(EntityKind.COMMUNICATION)
    page.reload()
    monkeypatch.setattr(ReassignDialog, "ask", classmethod(lambda cls, *args: (True, None)))
    told: list[str] = []
    monkeypatch.setattr(page_module, "inform", lambda parent, title, text: told.append(text))
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert _names(page) == []
    assert planning.communication(comm).segment_ids == ()
    assert told and "1 communication(s) lost their only segment" in told[0]
    session.undo_stack.undo()
    assert planning.communication(comm).segment_ids == (used,)


def test_new_segment_shortcut_leaves_ctrl_n_to_the_main_window(qtbot, session, monkeypatch) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(
        SegmentDialog,
        "ask",
        classmethod(lambda cls, service, current=None, parent=None: asked.append(True)),
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    file_new = QAction("New", window)
    file_new.setShortcut(QKeySequence("Ctrl+N"))
    triggered: list[bool] = []
    file_new.triggered.connect(lambda: triggered.append(True))
    window.addAction(file_new)
    segments = SegmentsPage(session)
    window.setCentralWidget(segments)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    segments.table.setFocus()

    qtbot.keyClick(segments.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert triggered == [True]  # File ▸ New, not ambiguous
    assert asked == []
    qtbot.keyClick(
        segments.table,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == [True]
    assert triggered == [True]
    # Qt remembers the last modifiers sent; a plain key leaves none held for later tests
    # (QTableView.selectRow would otherwise extend the selection as if Ctrl were down).
    qtbot.keyClick(segments.table, Qt.Key.Key_Escape)
    assert "Ctrl+Shift+N" in segments.new_button.toolTip()


def test_duplicate_overlap_and_unreached_views(qtbot, page, session, monkeypatch) -> None:
    service = session.hub.segmentation
    service.add_segment(
        Segment("Ventas", rule={"field": "department", "op": "eq", "value": "Ventas"})
    )
    page.reload()
    page.table.selectRow(0)
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert _names(page) == ["Ventas", "Ventas (copy)"]
    page.tabs.setCurrentIndex(1)
    assert "Overlap between" in page.overlap_note.text()
    assert page.overlap_matrix.counts.tolist() == [[3, 3], [3, 3]]
    assert page.overlap_chart.canvas is not None

    page.table.selectRow(0)
    page.tabs.setCurrentIndex(2)
    assert page.unreached_summary.text().startswith("3 of 6 active employees (50.0 %)")
    table = page.unreached_tables["department"]
    assert (table.item(0, 0).text(), table.item(0, 1).text()) == (
        "Smaller groups (1), not shown one by one",
        "3",
    )
    page.copy_unreached()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text().split("\n") == ["E2", "E4", "E5"]


def test_warnings_column(qtbot, page, session) -> None:
    service = session.hub.segmentation
    service.add_segment(
        Segment("Ghosts", rule={"field": "position", "op": "eq", "value": "Astronauta"})
    )
    page.reload()
    page.compute_all_figures()
    assert page.proxy.index(0, 3).data() == "2"
    page.table.selectRow(0)
    assert "No active employee has position “Astronauta”." in page.profile_warnings.text()
    assert "The segment has no members." in page.profile_warnings.text()


def test_list_model_passes_the_model_tester(qtmodeltester) -> None:
    model = SegmentListModel()
    model.organisation_size = 10
    model.set_segments([Segment("A", id=1), Segment("B", colour="#ff0000", id=2)], {1: 'x = "y"'})
    model.set_figures(1, 4, ["⚠"])
    qtmodeltester.check(model)
    assert model.index(0, MEMBERS).data() == "4"
    assert model.index(1, MEMBERS).data() == "…"
