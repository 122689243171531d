"""The Channels page: channels and blackout periods through their widgets, with undo/redo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from planning_support import Recorder, click_row, planning_session, row_texts, type_text
from PySide6.QtCore import QPoint, Qt

from commsplanner.domain import Campaign, ChannelKind, Communication, EntityKind
from commsplanner.ui.planning import panels
from commsplanner.ui.planning.channels_page import ChannelsPage
from commsplanner.ui.planning.common import to_qdate


@pytest.fixture
def session(tmp_path, qtbot):
    yield from planning_session(tmp_path)


@pytest.fixture
def page(qtbot, session):
    widget = ChannelsPage(session)
    qtbot.addWidget(widget)
    session.changed.connect(widget.refresh)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _add_channel(qtbot, panel, name: str, kind: ChannelKind, *, two_way=False, weekly=0):
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.name_edit, name)
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData(kind.value))
    if two_way:
        check = panel.two_way_check
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    panel.weekly_spin.setValue(weekly)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)


def test_channel_crud_with_undo_and_redo(qtbot, page, session, monkeypatch) -> None:
    Recorder(monkeypatch)
    panel = page.channels
    stack = session.undo_stack
    _add_channel(qtbot, panel, "Reunión de equipo", ChannelKind.MEETING, two_way=True, weekly=2)
    _add_channel(qtbot, panel, "Correo", ChannelKind.EMAIL)
    assert row_texts(panel.view) == ["Correo", "Reunión de equipo"]  # sorted by name
    assert row_texts(panel.view, 1) == ["Email", "Meeting"]
    assert row_texts(panel.view, 2) == ["One-way", "Two-way"]
    assert row_texts(panel.view, 3) == ["No limit", "2"]
    meeting = next(c for c in session.hub.planning.channels() if c.kind is ChannelKind.MEETING)
    assert meeting.two_way and meeting.weekly_cap_per_person == 2

    click_row(qtbot, panel.view, 1)
    assert panel.name_edit.text() == "Reunión de equipo"
    assert panel.two_way_check.isChecked()
    panel.daily_spin.setValue(3)
    type_text(qtbot, panel.effort_edit, "1 h por sesión")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view, 4) == ["No limit", "3"]

    click_row(qtbot, panel.view, 0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Reunión de equipo"]

    stack.undo()
    assert row_texts(panel.view) == ["Correo", "Reunión de equipo"]
    stack.undo()
    assert row_texts(panel.view, 4) == ["No limit", "No limit"]
    stack.undo()
    stack.undo()
    assert row_texts(panel.view) == []
    for _ in range(4):
        stack.redo()
    assert row_texts(panel.view) == ["Reunión de equipo"]
    assert session.hub.planning.channels()[0].effort_note == "1 h por sesión"


def test_deleting_a_channel_in_use_reassigns_its_communications(
    qtbot, page, session, monkeypatch
) -> None:
    Recorder(monkeypatch)
    panel = page.channels
    _add_channel(qtbot, panel, "Correo", ChannelKind.EMAIL)
    _add_channel(qtbot, panel, "Intranet", ChannelKind.INTRANET)
    planning = session.hub.planning
    email, intranet = planning.channels()
    campaign = planning.add_campaign(Campaign("Verano")).created_id(EntityKind.CAMPAIGN)
    comm = planning.add_communication(
        Communication(campaign, "Aviso", datetime(2026, 6, 1, 9), channel_id=email.id)
    ).created_id(EntityKind.COMMUNICATION)
    page.refresh(None)
    assert row_texts(panel.view, 5) == ["1", "0"]

    asked = []

    def answer(cls, parent, title, text, choices, none_label):
        asked.append((text, choices))
        return answer.reply

    answer.reply = (False, None)
    monkeypatch.setattr(panels.ReassignDialog, "ask", classmethod(answer))
    click_row(qtbot, panel.view, 0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "1 communication(s) use “Correo”" in asked[0][0]
    assert asked[0][1] == [(intranet.id, "Intranet")]
    assert row_texts(panel.view) == ["Correo", "Intranet"]  # cancelled

    answer.reply = (True, intranet.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Intranet"]
    assert planning.communication(comm).channel_id == intranet.id
    assert session.undo_stack.undoText() == "Delete channel “Correo”"
    session.undo_stack.undo()
    assert planning.communication(comm).channel_id == email.id
    assert row_texts(panel.view) == ["Correo", "Intranet"]


def test_the_reassign_dialog_offers_the_other_channels(qtbot) -> None:
    dialog = panels.ReassignDialog("T", "Move them", [(2, "Intranet")], "No channel")
    qtbot.addWidget(dialog)
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == [
        "Intranet",
        "No channel",
    ]
    assert dialog.combo.itemData(1) is None


def test_blackout_crud_and_end_before_start(qtbot, page, session, monkeypatch) -> None:
    recorder = Recorder(monkeypatch)
    panel = page.blackouts
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    type_text(qtbot, panel.name_edit, "Cierre trimestral")
    panel.start_edit.setDate(to_qdate(date(2026, 3, 30)))
    panel.end_edit.setDate(to_qdate(date(2026, 3, 27)))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert recorder.errors == ["The period ends (2026-03-27) before it starts (2026-03-30)."]
    assert row_texts(panel.view) == []
    panel.end_edit.setDate(to_qdate(date(2026, 4, 2)))
    type_text(qtbot, panel.note_edit, "Contabilidad")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == ["Cierre trimestral"]
    [period] = session.hub.planning.blackouts()
    assert (period.start, period.end, period.note) == (
        date(2026, 3, 30),
        date(2026, 4, 2),
        "Contabilidad",
    )
    click_row(qtbot, panel.view, 0)
    type_text(qtbot, panel.name_edit, "Cierre Q1")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert row_texts(panel.view) == []
    session.undo_stack.undo()
    assert row_texts(panel.view) == ["Cierre Q1"]
    session.undo_stack.undo()
    assert row_texts(panel.view) == ["Cierre trimestral"]
    session.undo_stack.undo()
    assert row_texts(panel.view) == []
    session.undo_stack.redo()
    assert row_texts(panel.view) == ["Cierre trimestral"]


def test_page_protocol(page) -> None:
    assert ChannelsPage.page_title() == "Channels"
    page.retranslate()
    assert page.blackouts.title() == "Blackout periods"
