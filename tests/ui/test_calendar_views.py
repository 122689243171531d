"""The calendar page with real widgets: geometry of known items, drag and drop, undo, keys."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from calendar_support import IncludeMembers, build_plan, dt
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt

from commsplanner.domain import Communication, Status
from commsplanner.services.calendar import Scope
from commsplanner.services.hub import ServiceHub
from commsplanner.ui.calendar import page as page_module
from commsplanner.ui.calendar.conflicts_panel import ConflictListModel
from commsplanner.ui.calendar.dialogs import CommunicationDialog, RecurrenceScopeDialog
from commsplanner.ui.calendar.export import ViewExportError
from commsplanner.ui.calendar.page import CalendarPage
from commsplanner.ui.session import WorkspaceSession

TODAY = date(2025, 3, 12)


@pytest.fixture
def spanish():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def env(qtbot, workspace, spanish):
    plan = build_plan(workspace)
    hub = ServiceHub(workspace)
    hub.conflicts.set_member_source(IncludeMembers(workspace))
    session = WorkspaceSession(hub)
    page = CalendarPage(session)
    session.changed.connect(page.refresh)  # as the main window does
    qtbot.addWidget(page)
    page.resize(1300, 860)
    page.set_today(TODAY)
    page.go_to(TODAY)
    page.show()
    qtbot.waitExposed(page)
    page.wait_for_conflicts()
    yield page, plan, workspace, session
    page.close()


def centre(rect) -> QPoint:
    return rect.center().toPoint()


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(widget, middle)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_month_grid_starts_on_monday_and_places_items_in_their_day(env) -> None:
    page, plan, _ws, _session = env
    month = page.month
    assert month.visible_range() == (date(2025, 2, 24), date(2025, 4, 6))
    monday = month.cell_rect(date(2025, 3, 3))
    sunday = month.cell_rect(date(2025, 3, 9))
    assert monday.left() < sunday.left() and monday.top() == sunday.top()
    assert month.cell_rect(date(2025, 3, 10)).top() > monday.top()
    for name, day in (("c1", "2025-03-03"), ("c5", "2025-03-07"), ("c7", "2025-03-11")):
        chip = month.chip_rect(plan.comms[name])
        assert month.cell_rect(date.fromisoformat(day)).contains(chip), name
    # Chips of one day are ordered by time.
    c6, c7 = month.chip_rect(plan.comms["c6"]), month.chip_rect(plan.comms["c7"])
    assert c6.top() < c7.top()
    # The campaign bar runs across the week row.
    bars = month.span_rects(plan.campaign_x)
    assert any(bar.contains(QPointF(monday.center().x(), bar.center().y())) for bar in bars)


def test_weeks_start_on_the_workspace_week_start(qtbot, workspace) -> None:
    # The workspace's week start wins over the locale's (the weekly caps count those weeks).
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        build_plan(workspace)
        settings = workspace.settings.load()
        workspace.settings.save(dataclasses.replace(settings, week_start=6))  # Sunday
        page = CalendarPage(WorkspaceSession(ServiceHub(workspace)))
        qtbot.addWidget(page)
        page.go_to(TODAY)
        assert page.month.visible_range()[0] == date(2025, 2, 23)
        page.close()
    finally:
        QLocale.setDefault(before)


def test_overflowing_day_shows_more_and_expands(env, qtbot) -> None:
    page, plan, ws, _session = env
    for hour in (8, 10, 12, 14, 16, 18):
        ws.communications.add(
            Communication(
                campaign_id=plan.campaign_x, title=f"Extra {hour}", start=dt("2025-03-19", hour)
            )
        )
    page.refresh()
    month = page.month
    hidden = month.hidden_count(date(2025, 3, 19))
    assert hidden >= 1
    shown = sum(1 for i in month.items_on(date(2025, 3, 19)) if month.chip_rect(i.id))
    assert shown + hidden == 6
    qtbot.mouseClick(
        month, Qt.MouseButton.LeftButton, pos=centre(month.more_rect(date(2025, 3, 19)))
    )
    assert page.day_popup.isVisible()
    assert page.day_popup.count() == 6


def test_drag_a_chip_to_another_day_and_undo(env, qtbot) -> None:
    page, plan, ws, session = env
    month = page.month
    cid = plan.comms["c1"]
    drag(qtbot, month, centre(month.chip_rect(cid)), centre(month.cell_rect(date(2025, 3, 5))))
    assert ws.communications.get(cid).start == dt("2025-03-05")
    assert month.cell_rect(date(2025, 3, 5)).contains(month.chip_rect(cid))
    session.undo_stack.undo()
    assert ws.communications.get(cid).start == dt("2025-03-03")
    assert month.cell_rect(date(2025, 3, 3)).contains(month.chip_rect(cid))
    session.undo_stack.redo()
    assert ws.communications.get(cid).start == dt("2025-03-05")


def add_weekly(ws, plan) -> int:
    return ws.communications.add(
        Communication(
            campaign_id=plan.campaign_x,
            title="Huddle",
            start=dt("2025-03-03", 10),
            recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=4",
            status=Status.APPROVED,
        )
    ).id


@pytest.mark.parametrize("answer", [Scope.ONE, Scope.SERIES, None])
def test_moving_one_occurrence_asks_this_one_or_series(env, qtbot, monkeypatch, answer) -> None:
    page, plan, ws, session = env
    series_id = add_weekly(ws, plan)
    page.refresh()
    asked = []
    monkeypatch.setattr(
        RecurrenceScopeDialog,
        "ask",
        classmethod(lambda cls, parent, title: asked.append(title) or answer),
    )
    month = page.month
    drag(
        qtbot,
        month,
        centre(month.chip_rect(series_id, date(2025, 3, 10))),
        centre(month.cell_rect(date(2025, 3, 12))),
    )
    assert asked == ["Huddle"]
    series = ws.communications.get(series_id)
    if answer is Scope.ONE:
        assert series.skipped_dates == (date(2025, 3, 10),)
        assert series.start == dt("2025-03-03", 10)
        copies = [c for c in ws.communications.list() if c.title == "Huddle" and c.id != series_id]
        assert [(c.start, c.recurrence) for c in copies] == [(dt("2025-03-12", 10), None)]
        session.undo_stack.undo()
        assert ws.communications.get(series_id).skipped_dates == ()
        assert [c for c in ws.communications.list() if c.title == "Huddle"] == [
            ws.communications.get(series_id)
        ]
    elif answer is Scope.SERIES:
        assert series.start == dt("2025-03-05", 10)
        assert series.recurrence == "FREQ=WEEKLY;BYDAY=WE;COUNT=4"
        session.undo_stack.undo()
        assert ws.communications.get(series_id).start == dt("2025-03-03", 10)
    else:
        assert series.start == dt("2025-03-03", 10) and series.skipped_dates == ()
        assert session.undo_stack.count() == 0


def test_week_view_geometry_move_and_resize(env, qtbot) -> None:
    page, plan, ws, session = env
    page.set_view("week")
    page.go_to(date(2025, 3, 5))
    week = page.week
    assert week.visible_range() == (date(2025, 3, 3), date(2025, 3, 9))
    cid = plan.comms["c3"]
    block = week.item_rect(cid)
    column = week.day_rect(date(2025, 3, 5))
    assert column.left() <= block.left() and block.right() <= column.right()
    assert block.top() == pytest.approx(week.y_for(dt("2025-03-05", 9)))
    assert block.height() == pytest.approx(week.y_for(dt("2025-03-05", 9, 30)) - block.top())
    # Drag one hour later, onto Thursday.
    start = centre(block)
    target = QPoint(
        int(week.day_rect(date(2025, 3, 6)).center().x()),
        int(start.y() + week.y_for(dt("2025-03-05", 10)) - week.y_for(dt("2025-03-05", 9))),
    )
    drag(qtbot, week, start, target)
    assert ws.communications.get(cid).start == dt("2025-03-06", 10)
    # Resize: pull the bottom edge down to 11:30.
    block = week.item_rect(cid)
    edge = QPoint(int(block.center().x()), int(block.bottom() - 2))
    drag(qtbot, week, edge, QPoint(edge.x(), int(week.y_for(dt("2025-03-06", 11, 30)))))
    assert ws.communications.get(cid).duration_minutes == 90
    session.undo_stack.undo()
    assert ws.communications.get(cid).duration_minutes == 30
    session.undo_stack.undo()
    assert ws.communications.get(cid).start == dt("2025-03-05", 9)


def test_keyboard_navigation(env, qtbot) -> None:
    page, _plan, _ws, _session = env
    month = page.month
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Right)
    assert month.current == date(2025, 3, 13)
    qtbot.keyClick(month, Qt.Key.Key_Down)
    assert month.current == date(2025, 3, 20)
    qtbot.keyClick(month, Qt.Key.Key_Up)
    qtbot.keyClick(month, Qt.Key.Key_Left)
    assert month.current == TODAY
    qtbot.keyClick(month, Qt.Key.Key_PageDown)
    assert month.current == date(2025, 4, 12)
    assert page.period_label.text() == month.title()
    assert month.chip_rect(_plan.comms["c12"]) is not None  # April items were loaded
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    assert month.current == date(2025, 2, 12)
    qtbot.keyClick(month, Qt.Key.Key_T)
    assert month.current == TODAY
    page.set_view("week")
    qtbot.keyClick(page.week, Qt.Key.Key_PageDown)
    assert page.week.visible_range()[0] == date(2025, 3, 17)


def test_timeline_bar_ends_change_campaign_dates(env, qtbot) -> None:
    page, plan, ws, session = env
    page.set_view("timeline")
    timeline = page.timeline
    timeline.set_zoom("half")
    page.reload()
    assert timeline.visible_range() == (date(2025, 1, 1), date(2025, 6, 30))
    bar = timeline.bar_rect(plan.campaign_x)
    marker = timeline.marker_rect(plan.comms["c1"])
    assert bar.contains(marker.center())
    assert timeline.day_at_x(marker.center().x()) == date(2025, 3, 3)
    end = QPoint(int(bar.right() - 1), int(bar.center().y()))
    new_end_x = timeline._x_for(date(2025, 6, 15), page.timeline.rect().toRectF()) + 2
    drag(qtbot, timeline, end, QPoint(int(new_end_x), end.y()))
    assert ws.campaigns.get(plan.campaign_x).end == date(2025, 6, 15)
    session.undo_stack.undo()
    assert ws.campaigns.get(plan.campaign_x).end == date(2025, 5, 31)
    timeline.set_group_by("segment")
    lanes = {row.lane for row in timeline.rows()}
    assert {"Tiendas Norte", "Mandos", "Oficinas"} <= lanes


def test_timeline_zoom_and_scroll(env, qtbot) -> None:
    page, _plan, _ws, _session = env
    page.set_view("timeline")
    timeline = page.timeline
    assert timeline.visible_range() == (date(2025, 1, 1), date(2025, 3, 31))
    timeline.zoom_out()
    assert timeline.visible_range() == (date(2025, 1, 1), date(2025, 6, 30))
    assert page.zoom_combo.currentData() == "half"
    timeline.zoom_out()
    assert timeline.visible_range() == (date(2025, 1, 1), date(2025, 12, 31))
    timeline.scroll_days(7)
    assert timeline.visible_range()[0] == date(2025, 1, 8)


def test_conflicts_panel_lists_findings_and_shows_the_communications(
    env, qtbot, qtmodeltester
) -> None:
    page, _plan, _ws, _session = env
    panel = page.conflicts_panel
    assert panel.model.rowCount() == len(page.report.conflicts) > 0
    first = panel.model.index(0, 0)
    assert "Tiendas Norte" in first.data()
    qtmodeltester.check(panel.model)
    panel.view.clicked.emit(first)
    conflict = panel.model.conflict(0)
    assert page.month.highlighted == set(conflict.communication_ids)
    # Week badges come from the same report.
    assert page.month.decorations.week_overload == {date(2025, 3, 3): 5}
    panel.filter_combo.setCurrentIndex(panel.filter_combo.findData("info"))
    assert panel.model.rowCount() == 1
    empty = ConflictListModel()
    qtmodeltester.check(empty)


def test_conflicts_recompute_after_an_edit(env, qtbot) -> None:
    page, plan, _ws, _session = env
    before = len(page.report.conflicts)
    page.apply_edit(
        "move", lambda: page.hub.calendar.reschedule(plan.comms["c11"], dt("2025-04-02"))
    )
    page.wait_for_conflicts()
    assert len(page.report.conflicts) == before - 1  # out of the blackout period


def test_drag_on_empty_days_creates_a_daily_communication(env, qtbot, monkeypatch) -> None:
    page, _plan, ws, session = env
    seen = []

    def fake_ask(cls, parent, lookups, comm):
        seen.append(comm)
        return dataclasses.replace(comm, title="Semana de la seguridad")

    monkeypatch.setattr(CommunicationDialog, "ask", classmethod(fake_ask))
    month = page.month
    drag(
        qtbot,
        month,
        centre(month.cell_rect(date(2025, 3, 25))).__add__(QPoint(0, 30)),
        centre(month.cell_rect(date(2025, 3, 27))).__add__(QPoint(0, 30)),
    )
    assert seen[0].start == dt("2025-03-25") and seen[0].recurrence == "FREQ=DAILY;COUNT=3"
    created = [c for c in ws.communications.list() if c.title == "Semana de la seguridad"]
    assert len(created) == 1
    session.undo_stack.undo()
    assert [c for c in ws.communications.list() if c.title == "Semana de la seguridad"] == []


def test_double_click_opens_the_editor_and_saves(env, qtbot, monkeypatch) -> None:
    page, plan, ws, _session = env
    monkeypatch.setattr(
        CommunicationDialog,
        "ask",
        classmethod(lambda cls, parent, lookups, comm: dataclasses.replace(comm, title="Renamed")),
    )
    month = page.month
    qtbot.mouseDClick(
        month, Qt.MouseButton.LeftButton, pos=centre(month.chip_rect(plan.comms["c2"]))
    )
    assert ws.communications.get(plan.comms["c2"]).title == "Renamed"


def test_editor_dialog_validates_and_returns_the_communication(qtbot, workspace) -> None:
    plan = build_plan(workspace)
    from commsplanner.ui.calendar.dialogs import Lookups

    comm = workspace.communications.get(plan.comms["c1"])
    dialog = CommunicationDialog(
        Lookups(workspace.campaigns.list(), workspace.channels.list(), workspace.segments.list()),
        comm,
    )
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    dialog.accept()
    assert dialog.error_label.isVisibleTo(dialog) and dialog.result_comm is None
    dialog.title_edit.setText("Nuevo")
    dialog.repeat_edit.setText("FREQ=NEVER")
    dialog.accept()
    assert dialog.result_comm is None
    dialog.repeat_edit.setText("FREQ=WEEKLY;COUNT=2")
    dialog.accept()
    assert dialog.result_comm.title == "Nuevo"
    assert dialog.result_comm.recurrence == "FREQ=WEEKLY;COUNT=2"
    assert dialog.result_comm.segment_ids == comm.segment_ids


def test_export_png_and_pdf_with_title(env, tmp_path) -> None:
    page, _plan, _ws, _session = env
    png, pdf = tmp_path / "month.png", tmp_path / "month.pdf"
    page.export_png_to(str(png))
    page.export_pdf_to(str(pdf))
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() >= 1600 and image.height() > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
    page.set_view("agenda")
    page.export_pdf_to(str(tmp_path / "agenda.pdf"))
    assert (tmp_path / "agenda.pdf").stat().st_size > 1000
    assert page.export_title() == "Plan 2025"
    assert "2025" in page.export_subtitle()
    with pytest.raises(ViewExportError):
        page.export_png_to(str(tmp_path))


def test_page_is_registered() -> None:
    from commsplanner.ui.pages import PAGE_SPECS, load_page_class

    spec = dict(PAGE_SPECS)["calendar"]
    assert load_page_class(spec) is page_module.CalendarPage
    assert CalendarPage.page_title()
