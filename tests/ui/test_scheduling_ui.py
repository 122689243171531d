"""Smart scheduling on real widgets: what-if tints while dragging, find a slot, balancing,
order rules, pinning — each change one step of the undo stack."""

from __future__ import annotations

from datetime import date

import pytest
from calendar_support import IncludeMembers
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QDialog
from scheduling_support import dt, make_rig

from commsplanner.domain.sequencing import RuleKind, SequencingRule
from commsplanner.services.hub import ServiceHub
from commsplanner.ui.calendar.page import CalendarPage
from commsplanner.ui.scheduling.balance_dialog import BalanceDialog
from commsplanner.ui.scheduling.rules_dialog import RuleEditor, RulesModel
from commsplanner.ui.scheduling.slot_dialog import SlotDialog
from commsplanner.ui.session import WorkspaceSession

TODAY = date(2025, 3, 10)


@pytest.fixture
def english():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def env(qtbot, workspace, english):
    rig = make_rig(workspace, with_conflicts=True)
    brief = rig.add("Briefing", dt("2025-03-12", 9), segment_ids=(rig.plan.seg_b,))
    announce = rig.add("Announcement", dt("2025-03-14", 10))
    workspace.sequencing_rules.add(
        SequencingRule(RuleKind.LEAD_TIME, first_id=brief, second_id=announce, days=2)
    )
    hub = ServiceHub(workspace)
    hub.conflicts.set_member_source(IncludeMembers(workspace))
    session = WorkspaceSession(hub)
    page = CalendarPage(session)
    session.changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.set_today(TODAY)
    page.go_to(date(2025, 3, 12))
    page.show()
    qtbot.waitExposed(page)
    page.wait_for_conflicts()
    yield page, rig, session
    page.close()


def centre(rect) -> QPoint:
    return rect.center().toPoint()


def start_drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(widget, QPoint(start.x() + 6, start.y() + 6))
    qtbot.mouseMove(widget, end)


# ----------------------------------------------------------------------------- what-if
def test_dragging_on_the_month_tints_every_day_and_explains_the_hovered_one(env, qtbot) -> None:
    page, rig, session = env
    month = page.month
    announce = rig.comms["Announcement"]
    blackout_day = date(2025, 3, 31)
    start_drag(
        qtbot, month, centre(month.chip_rect(announce)), centre(month.cell_rect(blackout_day))
    )
    # Every day of the grid has an outcome.
    first, last = month.visible_range()
    assert len(month.what_if_cells) == (last - first).days + 1
    assert month.what_if_hover == blackout_day
    hovered = month.what_if_cells[blackout_day]
    assert hovered.candidate.blackout == "Cierre trimestral"
    assert hovered.severity == "error"
    assert "Inside the blackout period “Cierre trimestral”" in month.what_if_text
    # Before the briefing: the order rule is broken; two working days after it: clean.
    early = month.what_if_cells[date(2025, 3, 13)]
    assert [c.params["rule_id"] for c in early.candidate.sequence]
    assert "the rule asks for at least 2" in early.text
    fine = month.what_if_cells[date(2025, 3, 18)]
    assert fine.candidate.clean and fine.severity is None
    # The busy week of 3 March: its label counts the people who would be over the limit.
    busy = month.what_if_cells[date(2025, 3, 4)]
    assert busy.candidate.audience_over and busy.label == str(busy.candidate.audience_people_over)
    # Hovering somewhere else updates the tooltip.
    qtbot.mouseMove(month, centre(month.cell_rect(date(2025, 3, 18))))
    assert month.what_if_hover == date(2025, 3, 18)
    assert "No conflict here." in month.what_if_text
    month.grab().save(str(page.hub.path.with_suffix(".month.png")))
    qtbot.mouseRelease(
        month, Qt.MouseButton.LeftButton, pos=centre(month.cell_rect(date(2025, 3, 18)))
    )
    assert month.what_if_item is None and month.what_if_cells == {}
    assert rig.ws.communications.get(announce).start == dt("2025-03-18", 10)
    session.undo_stack.undo()
    assert rig.ws.communications.get(announce).start == dt("2025-03-14", 10)


def test_dragging_on_the_week_evaluates_the_slot_under_the_cursor(env, qtbot) -> None:
    page, rig, _session = env
    page.set_view("week")
    page.go_to(date(2025, 3, 12))
    week = page.week
    announce = rig.comms["Announcement"]
    target = week.slot_rect(dt("2025-03-12", 8), 30)
    start_drag(
        qtbot,
        week,
        centre(week.item_rect(announce)),
        QPoint(int(target.center().x()), int(target.top()) + 2),
    )
    slot = week.what_if_hover
    assert slot.date() == date(2025, 3, 12)
    cell = week.what_if_cells[slot]
    assert "comes before “Briefing”" in cell.text
    # Every visible hour of the week has a band.
    bands = [k for k in week.what_if_cells if isinstance(k, tuple)]
    assert len(bands) == 7 * (week.last_hour - week.first_hour)
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=centre(week.item_rect(announce)))
    assert week.what_if_cells == {}


def test_dragging_a_timeline_marker_tints_its_row(env, qtbot) -> None:
    page, rig, _session = env
    page.set_view("timeline")
    page.go_to(date(2025, 3, 12))
    timeline = page.timeline
    announce = rig.comms["Announcement"]
    marker = timeline.marker_rect(announce)
    x = timeline._x_for(date(2025, 3, 18), timeline.rect().toRectF()) + 3
    start_drag(qtbot, timeline, centre(marker), QPoint(int(x), int(marker.center().y())))
    assert timeline.what_if_hover == date(2025, 3, 18)
    assert timeline.what_if_cells[date(2025, 3, 18)].candidate.clean
    first, last = timeline.visible_range()
    assert len(timeline.what_if_cells) == (last - first).days + 1
    assert timeline.what_if_row() is not None
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=centre(marker))


def test_no_tint_while_the_plan_is_being_rechecked(env, qtbot) -> None:
    page, rig, _session = env
    page.refresh()  # an edit arrived: the index is stale until the next check
    month = page.month
    announce = rig.comms["Announcement"]
    start_drag(
        qtbot, month, centre(month.chip_rect(announce)), centre(month.cell_rect(date(2025, 3, 18)))
    )
    assert all(cell is None for cell in month.what_if_cells.values())
    assert month.what_if_text == ""
    qtbot.mouseRelease(month, Qt.MouseButton.LeftButton, pos=centre(month.chip_rect(announce)))


# ----------------------------------------------------------------------------- find a slot
def test_find_a_slot_from_the_context_menu_applies_and_undoes(env, qtbot, monkeypatch) -> None:
    page, rig, session = env
    c5 = rig.plan.comms["c5"]
    month = page.month
    item = month.find_item(c5)
    shown = {}

    def choose(cls, parent, search):
        shown["search"] = search
        return search.suggestions[0]

    monkeypatch.setattr(SlotDialog, "ask", classmethod(choose))
    # A right-click on the chip asks for the item's menu.
    with qtbot.waitSignal(month.context_requested) as signal:
        rect = month.chip_rect(c5)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, centre(rect), month.mapToGlobal(centre(rect))
        )
        month.contextMenuEvent(event)
    assert signal.args[0].id == c5
    popped = page.scheduling.last_menu
    assert popped is not None and popped.isVisible()
    popped.close()
    menu = page.scheduling.context_menu(item)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    actions["Find a slot…"].trigger()
    search = shown["search"]
    assert search.suggestions and search.comm_id == c5
    target = search.suggestions[0].start
    assert rig.ws.communications.get(c5).start == target
    assert session.undo_stack.count() == 1
    page.wait_for_conflicts()
    assert not any(c5 in c.communication_ids for c in page.report.conflicts)
    session.undo_stack.undo()
    assert rig.ws.communications.get(c5).start == dt("2025-03-07")
    session.undo_stack.redo()
    assert rig.ws.communications.get(c5).start == target


def test_slot_dialog_lists_suggestions_and_moves(env, qtbot) -> None:
    page, rig, _session = env
    search = page.hub.scheduling.find_slots(rig.plan.comms["c5"], limit=3)
    dialog = SlotDialog(search)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    first = dialog.list.item(0).text()
    assert first.startswith("Mon 10 Mar 2025 09:00 — 3 day(s) later; the busiest person")
    assert dialog.now_label.text().startswith("Now on ")
    dialog.list.setCurrentRow(1)
    dialog.move_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() is search.suggestions[1]
    dialog.grab().save(str(page.hub.path.with_suffix(".slots.png")))


def test_find_a_slot_without_a_selection_says_so(env, qtbot, monkeypatch) -> None:
    page, _rig, session = env
    told = []
    from commsplanner.ui.scheduling import actions

    monkeypatch.setattr(actions.QMessageBox, "information", lambda *a: told.append(a[2]))
    page.month.select(None)
    page.scheduling.slot_action.trigger()
    assert told == ["Select a communication on the calendar first."]
    assert session.undo_stack.count() == 0


def test_pin_from_the_context_menu(env) -> None:
    page, rig, session = env
    c1 = rig.plan.comms["c1"]
    menu = page.scheduling.context_menu(page.month.find_item(c1))
    pin = next(a for a in menu.actions() if a.text().startswith("Pin"))
    pin.trigger()
    assert rig.ws.communications.get(c1).pinned
    menu = page.scheduling.context_menu(page.month.find_item(c1))
    assert any(a.text().startswith("Unpin") for a in menu.actions())
    session.undo_stack.undo()
    assert not rig.ws.communications.get(c1).pinned


# ----------------------------------------------------------------------------- balancing
def test_balance_dialog_shows_the_diff_and_applies_one_step(env, qtbot) -> None:
    page, rig, session = env
    starts = {c.id: c.start for c in rig.ws.communications.list()}
    dialog = BalanceDialog(session, date(2025, 3, 1), date(2025, 3, 31), page)
    qtbot.addWidget(dialog)
    assert not dialog.apply_button.isEnabled()
    proposal = dialog.compute()
    assert proposal is not None and proposal.moves
    assert dialog.moves.rowCount() == len(proposal.moves)
    assert dialog.totals.item(0, 1).text() == f"{proposal.before.overload_people:,}"
    assert dialog.totals.item(0, 2).text() == f"{proposal.after.overload_people:,}"
    assert dialog.apply_button.isEnabled()
    dialog.grab().save(str(page.hub.path.with_suffix(".balance.png")))
    dialog.apply_button.click()
    assert dialog.applied
    assert session.undo_stack.count() == 1
    moved = {c.id: c.start for c in rig.ws.communications.list()}
    assert {m.comm_id: m.new_start for m in proposal.moves} == {
        cid: start for cid, start in moved.items() if start != starts[cid]
    }
    session.undo_stack.undo()
    assert {c.id: c.start for c in rig.ws.communications.list()} == starts


def test_balance_dialog_discard_changes_nothing(env, qtbot) -> None:
    page, _rig, session = env
    dialog = BalanceDialog(session, date(2025, 3, 1), date(2025, 3, 31), page)
    qtbot.addWidget(dialog)
    dialog.compute()
    dialog.discard_button.click()
    assert not dialog.applied and session.undo_stack.count() == 0


# ----------------------------------------------------------------------------- rules
def test_rules_dialog_add_edit_switch_delete_with_undo(
    env, qtbot, monkeypatch, qtmodeltester
) -> None:
    page, rig, session = env
    dialog = page.scheduling.open_rules(rig.campaign)
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1  # the briefing rule, written for no campaign, names its comms
    assert model.index(0, 0).data() == "“Briefing” at least 2 working day(s) before “Announcement”"
    page.wait_for_conflicts()
    assert model.index(0, 2).data() == "Kept"
    new_rule = SequencingRule(
        RuleKind.SEGMENT_FIRST, segment_id=rig.plan.seg_c, campaign_id=rig.campaign
    )
    monkeypatch.setattr(RuleEditor, "ask", classmethod(lambda cls, parent, hub, rule: new_rule))
    dialog.add_button.click()
    assert model.rowCount() == 2
    assert session.undo_stack.count() == 1
    page.wait_for_conflicts()
    texts = {model.index(r, 0).data(): model.index(r, 2).data() for r in range(2)}
    assert texts["Oficinas briefed before any all-staff communication of “Cambio”"] == (
        "Broken 1 time(s)"
    )
    dialog.table.selectRow(1)
    dialog.toggle_button.click()
    assert not rig.ws.sequencing_rules.list()[1].enabled
    dialog.delete_button.click()
    assert len(rig.ws.sequencing_rules.list()) == 1
    dialog.grab().save(str(page.hub.path.with_suffix(".rules.png")))
    for _ in range(3):
        session.undo_stack.undo()
    assert len(rig.ws.sequencing_rules.list()) == 1
    session.undo_stack.redo()
    assert len(rig.ws.sequencing_rules.list()) == 2


def test_rule_editor_shows_the_fields_of_each_kind_and_validates(env, qtbot) -> None:
    page, rig, _session = env
    editor = RuleEditor(page.hub, SequencingRule(RuleKind.LEAD_TIME, campaign_id=rig.campaign))
    qtbot.addWidget(editor)
    assert editor.form.isRowVisible(editor.second_combo)
    assert not editor.form.isRowVisible(editor.segment_combo)
    # Only the campaign's communications are offered.
    titles = {
        editor.first_combo.itemText(i).split(" — ")[0] for i in range(editor.first_combo.count())
    }
    assert titles == {"Briefing", "Announcement"}
    editor.first_combo.setCurrentIndex(0)
    editor.second_combo.setCurrentIndex(0)
    editor.accept()
    assert editor.error_label.isVisible() or editor.error_label.text()
    assert "two different communications" in editor.error_label.text()
    editor.second_combo.setCurrentIndex(1)
    editor.days_spin.setValue(3)
    editor.accept()
    rule = editor.result_rule
    assert rule.kind is RuleKind.LEAD_TIME and rule.days == 3 and rule.first_id != rule.second_id
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(RuleKind.HOLD_SEGMENT.value))
    assert not editor.form.isRowVisible(editor.second_combo)
    assert editor.form.isRowVisible(editor.segment_combo)
    assert editor.campaign_combo.itemData(0) is None  # any campaign
    editor.kind_combo.setCurrentIndex(editor.kind_combo.findData(RuleKind.SEGMENT_FIRST.value))
    assert editor.campaign_combo.itemData(0) is not None  # a campaign is required
    assert not editor.form.isRowVisible(editor.first_combo)


def test_rules_model_passes_the_model_tester(qtmodeltester) -> None:
    qtmodeltester.check(RulesModel())


def test_page_is_translated_in_spanish(env, qapp) -> None:
    from commsplanner.ui.i18n import LanguageManager

    page, _rig, _session = env
    manager = LanguageManager(qapp)
    try:
        manager.install("es")
        page.retranslate()
        assert page.scheduling.button.text() == "Planificación"
        assert page.scheduling.balance_action.text() == "Equilibrar el plan…"
        assert page.scheduling.rules_action.text() == "Reglas de orden…"
    finally:
        manager.install("en")
        page.retranslate()
        manager.uninstall()


def test_the_agenda_offers_the_item_menu_too(env, qtbot) -> None:
    page, rig, _session = env
    page.set_view("agenda")
    agenda = page.agenda
    c1 = rig.plan.comms["c1"]
    page.go_to(date(2025, 3, 3))
    rect = agenda.item_rect(c1)
    with qtbot.waitSignal(agenda.context_requested) as signal:
        agenda.contextMenuEvent(
            QContextMenuEvent(
                QContextMenuEvent.Reason.Mouse, centre(rect), agenda.mapToGlobal(centre(rect))
            )
        )
    assert signal.args[0].id == c1
    page.scheduling.last_menu.close()


def test_cancelling_the_balance_search_changes_nothing(env, qtbot, monkeypatch) -> None:
    page, _rig, session = env
    from commsplanner.domain.errors import Cancelled
    from commsplanner.ui.scheduling import balance_dialog

    def cancelled(*args, **kwargs):
        raise Cancelled()

    monkeypatch.setattr(balance_dialog, "run_job", cancelled)
    shown = []
    monkeypatch.setattr(balance_dialog.messages, "show_error", lambda *a: shown.append(a))
    dialog = BalanceDialog(session, date(2025, 3, 1), date(2025, 3, 31), page)
    qtbot.addWidget(dialog)
    assert dialog.compute() is None
    assert shown == [] and dialog.proposal is None
    assert not dialog.apply_button.isEnabled()
    assert session.undo_stack.count() == 0
