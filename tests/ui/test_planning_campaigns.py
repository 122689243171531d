"""The Campaigns page: campaigns, workflow, communications, templates and approvals,
driven through real widgets, every edit undone and redone."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from planning_support import (
    Recorder,
    click_row,
    drive_dialog,
    planning_session,
    row_texts,
    type_text,
)
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime

from commsplanner.domain import (
    BusinessGoal,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    EntityKind,
    Priority,
    Status,
    ValueWeight,
)
from commsplanner.services.recurrence_rules import Frequency
from commsplanner.ui.listening.dialogs import MeasurementDialog
from commsplanner.ui.planning.campaigns_page import CampaignsPage
from commsplanner.ui.planning.common import to_qdate
from commsplanner.ui.planning.communication_dialog import CommunicationDialog
from commsplanner.ui.planning.dialogs import (
    ApprovalDialog,
    DiffDialog,
    StatusDialog,
    TemplateDialog,
)
from commsplanner.ui.planning.recurrence_editor import RecurrenceEditor


@pytest.fixture
def session(tmp_path, qtbot):
    yield from planning_session(tmp_path)


@pytest.fixture
def page(qtbot, session):
    planning = session.hub.planning
    planning.add_value(CorporateValue("Excelencia"))
    planning.add_value(CorporateValue("Cooperación"))
    planning.add_goal(BusinessGoal("NPS interno"))
    planning.add_channel(Channel("Correo", ChannelKind.EMAIL))
    planning.add_channel(Channel("Intranet", ChannelKind.INTRANET))
    widget = CampaignsPage(session)
    qtbot.addWidget(widget)
    session.changed.connect(widget.refresh)
    widget.resize(1500, 900)
    widget.show()
    return widget


def _check(qtbot, view, row: int, column: int = 0) -> None:
    """Clicks the check box of a row, as a person would."""
    index = view.model().index(row, column)
    rect = view.visualRect(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y())
    )


def _new_campaign(qtbot, page, name: str, start: date | None = None, end: date | None = None):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    type_text(qtbot, editor.name_edit, name)
    if start:
        editor.start_edit.check.setChecked(True)
        editor.start_edit.edit.setDate(to_qdate(start))
    if end:
        editor.end_edit.check.setChecked(True)
        editor.end_edit.edit.setDate(to_qdate(end))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


# ----------------------------------------------------------------------------- campaigns
def test_create_a_campaign_with_everything_then_undo_and_redo(
    qtbot, page, session, monkeypatch
) -> None:
    Recorder(monkeypatch)
    editor = page.editor
    planning = session.hub.planning
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert editor.title_label.text() == "New campaign"
    assert not editor.tabs.isTabEnabled(1)
    type_text(qtbot, editor.name_edit, "Lanzamiento de la app")
    type_text(qtbot, editor.objective_edit, "Que toda la tienda la use", clear=False)
    for message in ("La app te ahorra tiempo", "Pruébala esta semana"):
        type_text(qtbot, editor.message_edit, message)
        qtbot.mouseClick(editor.add_message_button, Qt.MouseButton.LeftButton)
    _check(qtbot, editor.goals_view, 0)
    _check(qtbot, editor.values_view, 0)  # Excelencia…
    _check(qtbot, editor.values_view, 0, 1)  # …as primary
    _check(qtbot, editor.values_view, 1)  # Cooperación, secondary
    _check(qtbot, editor.segments_view, 0)  # Cajeros: 4 of 6 people
    assert editor.reach_label.text() == ("Together they reach 4 people (67 % of the organisation).")
    editor.owner_combo.setCurrentText("Lucía")
    editor.priority_combo.setCurrentIndex(editor.priority_combo.findData("high"))
    editor.start_edit.check.setChecked(True)
    editor.start_edit.edit.setDate(to_qdate(date(2026, 3, 2)))
    editor.end_edit.check.setChecked(True)
    editor.end_edit.edit.setDate(to_qdate(date(2026, 3, 31)))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert row_texts(page.view) == ["Lanzamiento de la app"]
    [campaign] = planning.campaigns()
    values = {v.name: v.id for v in planning.values()}
    assert campaign.key_messages == ("La app te ahorra tiempo", "Pruébala esta semana")
    assert campaign.objective == "Que toda la tienda la use"
    assert campaign.value_weights == {
        values["Excelencia"]: ValueWeight.PRIMARY,
        values["Cooperación"]: ValueWeight.SECONDARY,
    }
    assert len(campaign.goal_ids) == 1 and len(campaign.segment_ids) == 1
    assert (campaign.owner, campaign.priority) == ("Lucía", Priority.HIGH)
    assert (campaign.start, campaign.end) == (date(2026, 3, 2), date(2026, 3, 31))
    assert editor.title_label.text() == "Lanzamiento de la app"
    assert page.selected_campaign_id() == campaign.id
    assert row_texts(page.view, 6) == ["Excelencia, Cooperación"]

    # Edit: rename, reorder key messages, save.
    type_text(qtbot, editor.name_edit, "App de tienda")
    editor.messages_view.setCurrentIndex(editor.messages_model.index(1))
    qtbot.mouseClick(editor.message_up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(page.view) == ["App de tienda"]
    assert planning.campaigns()[0].key_messages[0] == "Pruébala esta semana"

    stack = session.undo_stack
    assert stack.undoText() == "Edit campaign “App de tienda”"
    stack.undo()
    assert row_texts(page.view) == ["Lanzamiento de la app"]
    assert editor.name_edit.text() == "Lanzamiento de la app"  # the editor follows
    stack.undo()
    assert row_texts(page.view) == []
    assert editor.stack.currentWidget() is editor.placeholder
    stack.redo()
    stack.redo()
    assert row_texts(page.view) == ["App de tienda"]


def test_end_before_start_is_refused_and_unsaved_edits_survive_other_edits(
    qtbot, page, session, monkeypatch
) -> None:
    recorder = Recorder(monkeypatch)
    _new_campaign(qtbot, page, "Verano", date(2026, 6, 30), date(2026, 6, 1))
    assert recorder.errors == ["The campaign ends (2026-06-01) before it starts (2026-06-30)."]
    assert row_texts(page.view) == []
    page.editor.end_edit.edit.setDate(to_qdate(date(2026, 7, 31)))
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    assert row_texts(page.view) == ["Verano"]
    # Typing in the form, then an edit elsewhere (a status change) keeps what was typed.
    type_text(qtbot, page.editor.notes_edit, "Pendiente de presupuesto", clear=False)
    qtbot.mouseClick(page.editor.workflow_buttons[Status.DRAFT], Qt.MouseButton.LeftButton)
    assert page.editor.notes_edit.toPlainText() == "Pendiente de presupuesto"
    assert page.editor.status_chip.text() == "Draft"


def test_delete_a_campaign_with_communications_and_undo(qtbot, page, session, monkeypatch):
    recorder = Recorder(monkeypatch, confirm=True)
    planning = session.hub.planning
    campaign = planning.add_campaign(Campaign("Verano")).created_id(EntityKind.CAMPAIGN)
    planning.add_communication(Communication(campaign, "Aviso", datetime(2026, 6, 1, 9)))
    page.refresh(None)
    click_row(qtbot, page.view, 0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "and its 1 communication(s)" in recorder.questions[0]
    assert row_texts(page.view) == []
    session.undo_stack.undo()
    assert row_texts(page.view) == ["Verano"]
    assert [c.title for c in planning.communications(campaign)] == ["Aviso"]


def test_filters_and_search(qtbot, page, session) -> None:
    planning = session.hub.planning
    excellence = planning.values()[0].id
    planning.add_campaign(
        Campaign("Verano", owner="Ana", value_weights={excellence: ValueWeight.PRIMARY})
    )
    planning.add_campaign(Campaign("Cultura", owner="Luis", status=Status.DRAFT))
    page.refresh(None)
    assert sorted(row_texts(page.view)) == ["Cultura", "Verano"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert row_texts(page.view) == ["Cultura"]
    assert page.count_label.text() == "1 of 2 campaign(s) shown"
    page.status_filter.setCurrentIndex(0)
    page.value_filter.setCurrentIndex(page.value_filter.findData(excellence))
    assert row_texts(page.view) == ["Verano"]
    page.value_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findData("Luis"))
    assert row_texts(page.view) == ["Cultura"]
    page.owner_filter.setCurrentIndex(0)
    type_text(qtbot, page.search_edit, "ver")
    assert row_texts(page.view) == ["Verano"]
    page.search_edit.clear()
    assert page.count_label.text() == "2 campaign(s)"


# ----------------------------------------------------------------------------- workflow
def test_workflow_buttons_offer_only_allowed_steps_and_record_approvals(
    qtbot, page, session, monkeypatch
) -> None:
    Recorder(monkeypatch)
    planning = session.hub.planning
    _new_campaign(qtbot, page, "Verano")
    editor = page.editor
    assert set(editor.workflow_buttons) == {Status.DRAFT, Status.CANCELLED}
    assert editor.workflow_buttons[Status.DRAFT].text() == "Start drafting"
    qtbot.mouseClick(editor.workflow_buttons[Status.DRAFT], Qt.MouseButton.LeftButton)
    assert set(editor.workflow_buttons) == {Status.IDEA, Status.IN_REVIEW, Status.CANCELLED}
    qtbot.mouseClick(editor.workflow_buttons[Status.IN_REVIEW], Qt.MouseButton.LeftButton)
    assert row_texts(page.view, 1) == ["In review"]
    assert Status.SCHEDULED not in editor.workflow_buttons  # not before approval

    # Approving asks who and why; an empty comment is refused by the dialog itself.
    def fill(dialog: StatusDialog) -> None:
        type_text(qtbot, dialog.who_edit, "Dirección de Personas")
        dialog.comment_edit.setPlainText(fill.comment)

    fill.comment = ""
    recorder = Recorder(monkeypatch)
    dialogs = drive_dialog(monkeypatch, StatusDialog, fill)
    qtbot.mouseClick(editor.workflow_buttons[Status.APPROVED], Qt.MouseButton.LeftButton)
    assert recorder.errors[-1].startswith("Add a comment to the approval")
    assert planning.campaigns()[0].status is Status.IN_REVIEW
    fill.comment = "Adelante con el presupuesto de abril"
    qtbot.mouseClick(editor.workflow_buttons[Status.APPROVED], Qt.MouseButton.LeftButton)
    assert len(dialogs) == 2
    campaign = planning.campaigns()[0]
    assert campaign.status is Status.APPROVED
    record = planning.status_history(EntityKind.CAMPAIGN, campaign.id)[-1]
    assert (record.who, record.comment) == (
        "Dirección de Personas",
        "Adelante con el presupuesto de abril",
    )
    assert set(editor.workflow_buttons) == {Status.SCHEDULED, Status.DRAFT, Status.CANCELLED}
    history = [editor.history.topLevelItem(i).text(1) for i in range(3)]
    assert history == ["In review → Approved", "Draft → In review", "Idea → Draft"]

    session.undo_stack.undo()
    assert planning.campaigns()[0].status is Status.IN_REVIEW
    assert editor.status_chip.text() == "In review"
    session.undo_stack.redo()
    assert editor.status_chip.text() == "Approved"


def test_cancelling_asks_for_a_reason_and_cancels_communications(
    qtbot, page, session, monkeypatch
) -> None:
    Recorder(monkeypatch)
    planning = session.hub.planning
    campaign = planning.add_campaign(Campaign("Verano")).created_id(EntityKind.CAMPAIGN)
    comm = planning.add_communication(
        Communication(campaign, "Aviso", datetime(2026, 6, 1, 9))
    ).created_id(EntityKind.COMMUNICATION)
    page.refresh(None)
    click_row(qtbot, page.view, 0)
    drive_dialog(monkeypatch, StatusDialog, lambda d: d.comment_edit.setPlainText("Sin fondos"))
    qtbot.mouseClick(page.editor.workflow_buttons[Status.CANCELLED], Qt.MouseButton.LeftButton)
    assert planning.campaign(campaign).status is Status.CANCELLED
    assert planning.communication(comm).status is Status.CANCELLED
    assert set(page.editor.workflow_buttons) == {Status.DRAFT}
    assert page.editor.workflow_buttons[Status.DRAFT].text() == "Reopen as draft"


# ----------------------------------------------------------------------------- communications
def _set_start(dialog: CommunicationDialog, moment: datetime) -> None:
    dialog.start_edit.setDateTime(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )


def test_communications_add_edit_skip_delete_with_undo(qtbot, page, session, monkeypatch):
    Recorder(monkeypatch)
    planning = session.hub.planning
    _new_campaign(qtbot, page, "Verano", date(2026, 6, 1), date(2026, 6, 30))
    editor = page.editor
    campaign_id = editor.campaign_id

    def create(dialog: CommunicationDialog) -> None:
        type_text(qtbot, dialog.title_edit, "Píldora semanal")
        _set_start(dialog, datetime(2026, 6, 2, 8, 30))
        dialog.duration_spin.setValue(15)
        dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findText("Intranet"))
        dialog.brief_edit.setPlainText("Un consejo práctico")
        rec = dialog.recurrence
        rec.frequency_combo.setCurrentIndex(rec.frequency_combo.findData("weekly"))
        qtbot.mouseClick(rec.day_checks[3], Qt.MouseButton.LeftButton)  # and Thursday
        rec.end_radios[2].setChecked(True)
        rec.count_spin.setValue(4)
        dialog.own_audience.setChecked(True)
        _check(qtbot, dialog.segments_view, 1)  # Supervisores

    drive_dialog(monkeypatch, CommunicationDialog, create)
    editor.tabs.setCurrentIndex(1)
    qtbot.mouseClick(editor.new_comm_button, Qt.MouseButton.LeftButton)
    [comm] = planning.communications(campaign_id)
    assert comm.title == "Píldora semanal"
    assert comm.recurrence == "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4"
    assert comm.start == datetime(2026, 6, 2, 8, 30)
    assert comm.duration_minutes == 15
    assert comm.status is Status.DRAFT
    assert row_texts(editor.comms_view, 1) == ["Píldora semanal"]
    assert row_texts(editor.comms_view, 2) == ["Intranet"]
    assert row_texts(editor.comms_view, 3) == ["Supervisores"]
    assert row_texts(editor.comms_view, 5) == ["Every week on Tuesday and Thursday; 4 times"]
    assert editor.tabs.tabText(1) == "Communications (1)"

    # Edit: skip the second occurrence, through the dialog's repetition tab.
    def skip(dialog: CommunicationDialog) -> None:
        assert dialog.title_edit.text() == "Píldora semanal"
        dialog.occurrence_combo.setCurrentIndex(1)
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
        assert dialog.skipped_list.count() == 1
        assert "skipping" in dialog.recurrence.summary_text()

    drive_dialog(monkeypatch, CommunicationDialog, skip)
    click_row(qtbot, editor.comms_view, 0)
    qtbot.mouseClick(editor.edit_comm_button, Qt.MouseButton.LeftButton)
    assert planning.communication(comm.id).skipped_dates == (date(2026, 6, 4),)
    days = [o.day for o in planning.occurrences_between(date(2026, 6, 1), date(2026, 6, 30))]
    assert days == [date(2026, 6, 2), date(2026, 6, 9), date(2026, 6, 11)]

    click_row(qtbot, editor.comms_view, 0)
    qtbot.mouseClick(editor.delete_comm_button, Qt.MouseButton.LeftButton)
    assert row_texts(editor.comms_view) == []

    stack = session.undo_stack
    stack.undo()
    assert row_texts(editor.comms_view, 1) == ["Píldora semanal"]
    stack.undo()
    assert planning.communication(comm.id).skipped_dates == ()
    stack.undo()
    assert row_texts(editor.comms_view) == []
    stack.redo()
    stack.redo()
    assert planning.communication(comm.id).skipped_dates == (date(2026, 6, 4),)


def test_communication_outside_the_campaign_is_saved_with_a_warning(
    qtbot, page, session, monkeypatch
) -> None:
    Recorder(monkeypatch)
    _new_campaign(qtbot, page, "Verano", date(2026, 6, 1), date(2026, 6, 30))

    def create(dialog: CommunicationDialog) -> None:
        type_text(qtbot, dialog.title_edit, "Tarde")
        _set_start(dialog, datetime(2026, 7, 15, 10, 0))
        assert dialog.warning.isVisibleTo(dialog)  # warned while editing already
        assert "falls outside the dates" in dialog.warning.text()

    drive_dialog(monkeypatch, CommunicationDialog, create)
    qtbot.mouseClick(page.editor.new_comm_button, Qt.MouseButton.LeftButton)
    assert row_texts(page.editor.comms_view, 1) == ["Tarde"]
    assert "falls outside the dates of its campaign “Verano”" in page.editor.comms_warning.text()


def test_approving_a_communication_in_its_dialog_needs_who_and_comment(
    qtbot, page, session, monkeypatch
) -> None:
    recorder = Recorder(monkeypatch)
    planning = session.hub.planning
    campaign = planning.add_campaign(Campaign("Verano")).created_id(EntityKind.CAMPAIGN)
    comm = planning.add_communication(
        Communication(campaign, "Aviso", datetime(2026, 6, 1, 9), status=Status.DRAFT)
    ).created_id(EntityKind.COMMUNICATION)
    planning.change_status(EntityKind.COMMUNICATION, comm, Status.IN_REVIEW)
    page.refresh(None)
    click_row(qtbot, page.view, 0)

    def approve(dialog: CommunicationDialog) -> None:
        statuses = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
        assert statuses == ["in_review", "draft", "approved", "cancelled"]
        dialog.status_combo.setCurrentIndex(statuses.index("approved"))
        assert dialog.who_edit.isVisibleTo(dialog)
        type_text(qtbot, dialog.who_edit, "Ana")
        type_text(qtbot, dialog.comment_edit, approve.comment)

    approve.comment = ""
    seen = drive_dialog(monkeypatch, CommunicationDialog, approve)
    click_row(qtbot, page.editor.comms_view, 0)
    qtbot.mouseClick(page.editor.edit_comm_button, Qt.MouseButton.LeftButton)
    assert recorder.errors[-1].startswith("Add a comment to the approval")
    assert seen[0].result() == 0  # the dialog stayed open (refused)
    approve.comment = "OK"
    qtbot.mouseClick(page.editor.edit_comm_button, Qt.MouseButton.LeftButton)
    assert planning.communication(comm).status is Status.APPROVED
    record = planning.status_history(EntityKind.COMMUNICATION, comm)[-1]
    assert (record.who, record.comment) == ("Ana", "OK")


def test_recurrence_editor_builds_rules_and_summaries(qtbot) -> None:
    editor = RecurrenceEditor()
    qtbot.addWidget(editor)
    start = datetime(2026, 3, 10, 9, 0)  # the second Tuesday of March
    editor.set_start(start)
    assert editor.rule() is None
    assert editor.summary_text() == "Does not repeat"
    editor.frequency_combo.setCurrentIndex(editor.frequency_combo.findData("monthly"))
    editor.monthly_radios[1].setChecked(True)
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=2TU"
    assert editor.summary_text() == "Every month on the second Tuesday"
    editor.week_number_combo.setCurrentIndex(editor.week_number_combo.findData(-1))
    editor.weekday_combo.setCurrentIndex(4)
    editor.end_radios[1].setChecked(True)
    editor.until_edit.setDate(to_qdate(date(2026, 12, 31)))
    assert editor.rule() == "FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20261231T235959"
    editor.monthly_radios[0].setChecked(True)
    editor.month_day_spin.setValue(31)
    assert editor.clamp_check.isEnabled()
    assert editor.rule().startswith("FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1")
    editor.interval_spin.setValue(2)
    assert editor.summary_text().startswith("Every 2 months on day 31 (or the last day")
    # A rule made elsewhere comes back as it was.
    from commsplanner.services.recurrence_rules import RecurrenceSpec

    editor.set_spec(RecurrenceSpec.from_rule("FREQ=YEARLY;BYMONTH=3", start), start)
    assert editor.spec().frequency is Frequency.CUSTOM
    assert editor.rule() == "FREQ=YEARLY;BYMONTH=3"
    assert editor.custom_edit.isVisibleTo(editor)


# ----------------------------------------------------------------------------- templates
def test_new_campaign_from_a_template_in_one_undoable_step(qtbot, page, session, monkeypatch):
    Recorder(monkeypatch)
    planning = session.hub.planning

    def choose(dialog: TemplateDialog) -> None:
        ids = [
            dialog.template_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.template_list.count())
        ]
        dialog.template_list.setCurrentRow(ids.index("pulse_survey"))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        assert dialog.name_edit.text() == "Pulse / climate survey"
        dialog.start_edit.setDate(to_qdate(date(2026, 4, 6)))
        assert dialog.preview.topLevelItemCount() == 10
        assert dialog.preview.topLevelItem(1).text(1) == "Survey announcement"
        _check(qtbot, dialog.segments_view, 0)

    drive_dialog(monkeypatch, TemplateDialog, choose)
    qtbot.mouseClick(page.template_button, Qt.MouseButton.LeftButton)
    assert row_texts(page.view) == ["Pulse / climate survey"]
    [campaign] = planning.campaigns()
    assert campaign.status is Status.DRAFT
    assert len(planning.communications(campaign.id)) == 10
    assert page.editor.campaign_id == campaign.id
    assert page.editor.tabs.currentIndex() == 1  # its communications, to review
    assert page.editor.comms_model.rowCount() == 10
    channels_before = 2
    assert len(planning.channels()) > channels_before  # survey, meeting, chat… created

    session.undo_stack.undo()
    assert row_texts(page.view) == []
    assert len(planning.channels()) == channels_before
    session.undo_stack.redo()
    assert row_texts(page.view) == ["Pulse / climate survey"]


# ----------------------------------------------------------------------------- approvals
def test_submit_approve_and_see_the_changes_since(qtbot, page, session, monkeypatch) -> None:
    Recorder(monkeypatch)
    approvals = session.hub.approvals
    assert page.approval_label.text() == "The plan has not been submitted for approval yet."
    assert not page.diff_button.isEnabled()
    _new_campaign(qtbot, page, "Verano", date(2026, 6, 1), date(2026, 6, 30))

    def submit(dialog: ApprovalDialog) -> None:
        type_text(qtbot, dialog.who_edit, "Lucía")
        dialog.comment_edit.setPlainText("Para el comité")

    drive_dialog(monkeypatch, ApprovalDialog, submit)
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert approvals.last_event().who == "Lucía"
    assert page.approval_label.text().startswith("Submitted by Lucía on ")

    def approve(dialog: ApprovalDialog) -> None:
        type_text(qtbot, dialog.who_edit, "Dirección")
        dialog.comment_edit.setPlainText("Aprobado")

    drive_dialog(monkeypatch, ApprovalDialog, approve)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert approvals.last_approval().who == "Dirección"
    assert page.diff_button.isEnabled()
    assert page.approval_label.text().endswith(": “Aprobado”")

    # Move the campaign, then ask what changed.
    page.editor.end_edit.edit.setDate(to_qdate(date(2026, 7, 15)))
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    shown = drive_dialog(monkeypatch, DiffDialog, lambda d: None)
    qtbot.mouseClick(page.diff_button, Qt.MouseButton.LeftButton)
    [dialog] = shown
    assert len(dialog.lines) == 1
    assert dialog.lines[0].startswith("“Verano”: dates moved from ")
    assert dialog.list.count() == 1
    assert dialog.text().splitlines()[1].startswith("- “Verano”: dates moved")

    # The approval itself is an undoable step.
    session.undo_stack.undo()  # the date change
    session.undo_stack.undo()  # the approval
    assert approvals.last_approval() is None
    assert not page.diff_button.isEnabled()
    session.undo_stack.redo()
    assert approvals.last_approval().comment == "Aprobado"


def test_a_rejection_needs_a_comment(qtbot, page, session, monkeypatch) -> None:
    recorder = Recorder(monkeypatch)

    def reject(dialog: ApprovalDialog) -> None:
        qtbot.mouseClick(
            dialog.reject_radio,
            Qt.MouseButton.LeftButton,
            pos=QPoint(8, dialog.reject_radio.height() // 2),
        )
        type_text(qtbot, dialog.who_edit, "Dirección")
        dialog.comment_edit.setPlainText(reject.comment)

    reject.comment = ""
    drive_dialog(monkeypatch, ApprovalDialog, reject)
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert recorder.errors[-1].startswith("Add a comment")
    assert session.hub.approvals.last_event() is None
    reject.comment = "Falta el calendario de tiendas"
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert session.hub.approvals.last_event().kind.value == "rejected"
    assert page.approval_label.text().startswith("Changes requested by Dirección")


def test_page_protocol(page) -> None:
    assert CampaignsPage.page_title() == "Campaigns"
    page.retranslate()
    assert page.template_button.text() == "New from template…"


# ----------------------------------------------------------------------------- results
def test_record_a_result_from_the_campaign_page(qtbot, page, session, monkeypatch) -> None:
    planning = session.hub.planning
    campaign = planning.add_campaign(Campaign("Verano")).created_id(EntityKind.CAMPAIGN)
    other = planning.add_campaign(Campaign("Otoño")).created_id(EntityKind.CAMPAIGN)
    page.refresh(None)
    page.select_campaign(campaign)
    editor = page.editor
    assert editor.record_result_button.isVisible()
    assert editor.tabs.tabText(3) == "Results (0)"
    assert "No results recorded" in editor.results_note.text()

    def fill(respondents: int):
        def run(dialog: MeasurementDialog) -> None:
            assert dialog.campaign.currentData() == campaign  # the campaign comes chosen
            dialog.date_edit.setDate(QDate(2026, 7, 1))
            dialog.metric_combo.setEditText("Satisfacción")
            dialog.value.setValue(4.2)
            dialog.respondents.setValue(respondents)

        return run

    seen = drive_dialog(monkeypatch, MeasurementDialog, fill(40))
    qtbot.mouseClick(editor.record_result_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    stored = session.hub.measurements_import.rows(campaign_id=campaign)
    assert [(r.metric, r.value, r.respondents, r.campaign_id) for r in stored] == [
        ("Satisfacción", 4.2, 40, campaign)
    ]
    assert session.hub.measurements_import.rows(campaign_id=other) == []
    assert session.undo_stack.undoText() == "Record result"
    assert editor.tabs.currentWidget() is editor.results_tab
    assert editor.tabs.tabText(3) == "Results (1)"
    item = editor.results.topLevelItem(0)
    assert (item.text(1), item.text(2), item.text(4)) == ("Satisfacción", "4.2", "40")

    # Too few respondents: stored, counted, but its value is never shown.
    dialog_fill = fill(2)

    def second(dialog: MeasurementDialog) -> None:
        dialog_fill(dialog)
        dialog.source.setEditText("Encuesta rápida")  # a different key than the first

    drive_dialog(monkeypatch, MeasurementDialog, second)
    qtbot.mouseClick(editor.record_result_button, Qt.MouseButton.LeftButton)
    assert editor.tabs.tabText(3) == "Results (2)"
    values = sorted(editor.results.topLevelItem(i).text(2) for i in range(2))
    assert values == ["4.2", "withheld"]
    assert "1 withheld" in editor.results_note.text()

    session.undo_stack.undo()  # from anywhere (Edit ▸ Undo): the list follows
    session.undo_stack.undo()
    assert editor.tabs.tabText(3) == "Results (0)"
    assert editor.results.topLevelItemCount() == 0
    assert session.hub.measurements_import.rows(campaign_id=campaign) == []


def test_cancelling_the_result_dialog_records_nothing(qtbot, page, session, monkeypatch) -> None:
    campaign = session.hub.planning.add_campaign(Campaign("Verano")).created_id(EntityKind.CAMPAIGN)
    page.refresh(None)
    page.select_campaign(campaign)
    drive_dialog(monkeypatch, MeasurementDialog, lambda d: None, accept=False)
    qtbot.mouseClick(page.editor.record_result_button, Qt.MouseButton.LeftButton)
    assert session.undo_stack.count() == 0
    assert session.hub.measurements_import.rows(campaign_id=campaign) == []
