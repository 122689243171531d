"""PlanningService: CRUD with undo/redo, validation, warnings, workflow, reassigning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from commsplanner.domain import (
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    EntityKind,
    Feedback,
    Measurement,
    Segment,
    Status,
    ValidationError,
    ValueWeight,
    WorkflowError,
)
from commsplanner.services.planning import PlanningService
from commsplanner.storage import InUseError


@pytest.fixture
def planning(workspace) -> PlanningService:
    service = PlanningService(workspace)
    service.clock = lambda: datetime(2026, 3, 2, 10, 30)
    return service


def _campaign(planning: PlanningService, name: str = "Lanzamiento", **kw) -> Campaign:
    kw.setdefault("start", date(2026, 3, 1))
    kw.setdefault("end", date(2026, 3, 31))
    edit = planning.add_campaign(Campaign(name, **kw))
    return planning.campaign(edit.created_id(EntityKind.CAMPAIGN))


def _comm(planning: PlanningService, campaign: Campaign, title: str = "Correo", **kw):
    kw.setdefault("start", datetime(2026, 3, 10, 9, 0))
    edit = planning.add_communication(Communication(campaign.id, title, **kw))
    return planning.communication(edit.created_id(EntityKind.COMMUNICATION)), edit


# ----------------------------------------------------------------------------- values
def test_value_add_update_delete_with_undo_and_redo(planning: PlanningService) -> None:
    added = planning.add_value(CorporateValue("  Excelencia   operativa ", "Hacerlo bien"))
    [value] = planning.values()
    assert value.name == "Excelencia operativa"
    assert added.changes.added == {EntityKind.VALUE: {value.id}}

    updated = planning.update_value(replace(value, colour="#00ff00"))
    assert planning.value(value.id).colour == "#00ff00"
    planning.undo(updated)
    assert planning.value(value.id).colour == value.colour
    planning.redo(updated)
    assert planning.value(value.id).colour == "#00ff00"

    deleted = planning.delete_value(value.id)
    assert planning.values() == []
    planning.undo(deleted)
    assert planning.value(value.id).name == "Excelencia operativa"

    planning.undo(updated)
    planning.undo(added)
    assert planning.values() == []
    planning.redo(added)
    assert [v.id for v in planning.values()] == [value.id]


def test_duplicate_names_are_refused_whatever_the_case(planning: PlanningService) -> None:
    planning.add_value(CorporateValue("Cooperación"))
    with pytest.raises(ValidationError) as err:
        planning.add_value(CorporateValue("COOPERACIÓN "))
    assert err.value.field == "name"
    assert "already a corporate value called “COOPERACIÓN”" in str(err.value)
    planning.add_goal(BusinessGoal("NPS"))
    with pytest.raises(ValidationError, match="business goal"):
        planning.add_goal(BusinessGoal("nps"))
    planning.add_channel(Channel("Intranet"))
    with pytest.raises(ValidationError, match="channel"):
        planning.add_channel(Channel("intranet"))
    _campaign(planning, "Verano")
    with pytest.raises(ValidationError, match="campaign"):
        planning.add_campaign(Campaign("verano"))


def test_renaming_to_own_name_is_fine_but_not_to_another(planning: PlanningService) -> None:
    planning.add_value(CorporateValue("A"))
    planning.add_value(CorporateValue("B"))
    a, b = planning.values()
    planning.update_value(replace(a, name="a"))
    with pytest.raises(ValidationError):
        planning.update_value(replace(b, name="A"))


def test_values_go_last_and_can_be_reordered(planning: PlanningService) -> None:
    for name in ("Excelencia", "Cooperación", "Equipo"):
        planning.add_value(CorporateValue(name))
    assert [v.position for v in planning.values()] == [0, 1, 2]
    ids = [v.id for v in planning.values()]
    edit = planning.move_value(ids[2], -2)
    assert [v.name for v in planning.values()] == ["Equipo", "Excelencia", "Cooperación"]
    planning.undo(edit)
    assert [v.name for v in planning.values()] == ["Excelencia", "Cooperación", "Equipo"]
    planning.redo(edit)
    assert planning.values()[0].name == "Equipo"
    planning.reorder_values([ids[1]])
    assert [v.name for v in planning.values()] == ["Cooperación", "Equipo", "Excelencia"]


def test_a_value_in_use_is_refused_unless_detached(planning: PlanningService) -> None:
    planning.add_value(CorporateValue("Excelencia"))
    [value] = planning.values()
    campaign = _campaign(planning, value_weights={value.id: ValueWeight.PRIMARY})
    with pytest.raises(InUseError):
        planning.delete_value(value.id)
    edit = planning.delete_value(value.id, detach=True)
    assert planning.campaign(campaign.id).value_weights == {}
    planning.undo(edit)
    assert planning.campaign(campaign.id).value_weights == {value.id: ValueWeight.PRIMARY}


def test_goal_crud_and_detach(planning: PlanningService) -> None:
    edit = planning.add_goal(
        BusinessGoal("NPS interno", "Satisfacción", "eNPS", "+20", date(2026, 12, 31))
    )
    goal = planning.goal(edit.created_id(EntityKind.GOAL))
    assert goal.due_date == date(2026, 12, 31)
    campaign = _campaign(planning, goal_ids=(goal.id,))
    with pytest.raises(InUseError):
        planning.delete_goal(goal.id)
    deleted = planning.delete_goal(goal.id, detach=True)
    assert planning.goals() == []
    assert planning.campaign(campaign.id).goal_ids == ()
    planning.undo(deleted)
    assert planning.campaign(campaign.id).goal_ids == (goal.id,)


# ----------------------------------------------------------------------------- channels
def test_channel_validation(planning: PlanningService) -> None:
    with pytest.raises(ValidationError):
        planning.add_channel(Channel("Correo", daily_capacity=0))
    with pytest.raises(ValidationError):
        planning.add_channel(Channel("   "))


def test_deleting_a_channel_in_use_offers_reassignment(planning: PlanningService) -> None:
    old = planning.channel(
        planning.add_channel(Channel("Correo", ChannelKind.EMAIL)).created_id(EntityKind.CHANNEL)
    )
    new = planning.channel(
        planning.add_channel(Channel("Intranet", ChannelKind.INTRANET)).created_id(
            EntityKind.CHANNEL
        )
    )
    campaign = _campaign(planning)
    comm, _ = _comm(planning, campaign, channel_id=old.id)
    with pytest.raises(InUseError):
        planning.delete_channel(old.id)
    assert planning.channel_usage() == {old.id: 1}

    edit = planning.delete_channel(old.id, reassign=True, reassign_to=new.id)
    assert planning.communication(comm.id).channel_id == new.id
    assert [c.name for c in planning.channels()] == ["Intranet"]
    planning.undo(edit)
    assert planning.communication(comm.id).channel_id == old.id
    assert planning.channel(old.id).name == "Correo"
    planning.redo(edit)
    assert planning.communication(comm.id).channel_id == new.id

    planning.undo(edit)
    moved = planning.reassign_channel(old.id, None)
    assert planning.communication(comm.id).channel_id is None
    planning.undo(moved)
    assert planning.communication(comm.id).channel_id == old.id
    with pytest.raises(ValidationError):
        planning.reassign_channel(old.id, old.id)


def test_deleting_a_channel_keeps_feedback_links_for_undo(workspace, planning) -> None:
    channel_id = planning.add_channel(Channel("Buzón")).created_id(EntityKind.CHANNEL)
    feedback = workspace.feedback.add(Feedback(date(2026, 3, 1), "Idea", channel_id=channel_id))
    edit = planning.delete_channel(channel_id)
    assert workspace.feedback.get(feedback.id).channel_id is None
    planning.undo(edit)
    assert workspace.feedback.get(feedback.id).channel_id == channel_id


# ----------------------------------------------------------------------------- segments
def test_reassign_and_delete_a_segment(workspace, planning: PlanningService) -> None:
    front = workspace.segments.add(Segment("Cajeros"))
    all_staff = workspace.segments.add(Segment("Todos"))
    campaign = _campaign(planning, segment_ids=(front.id, all_staff.id))
    only_front, _ = _comm(planning, campaign, "Solo cajeros", segment_ids=(front.id,))
    assert planning.segment_usage(front.id) == ([campaign.id], [only_front.id])

    edit = planning.reassign_segment(front.id, all_staff.id)
    assert planning.campaign(campaign.id).segment_ids == (all_staff.id,)
    assert planning.communication(only_front.id).segment_ids == (all_staff.id,)
    planning.undo(edit)
    assert planning.campaign(campaign.id).segment_ids == (front.id, all_staff.id)
    assert planning.communication(only_front.id).segment_ids == (front.id,)

    with pytest.raises(InUseError):
        planning.delete_segment(front.id)
    deleted = planning.delete_segment(front.id, reassign=True, reassign_to=None)
    assert [w.code for w in deleted.warnings] == ["segment_removed_from_communications"]
    assert workspace.segments.find(front.id) is None
    assert planning.campaign(campaign.id).segment_ids == (all_staff.id,)
    assert planning.communication(only_front.id).segment_ids == ()
    planning.undo(deleted)
    assert workspace.segments.get(front.id).name == "Cajeros"
    assert planning.campaign(campaign.id).segment_ids == (front.id, all_staff.id)


def test_results_of_a_deleted_segment_keep_naming_it(workspace, planning) -> None:
    stores = workspace.segments.add(Segment("Tiendas Norte"))
    score = workspace.measurements.add(
        Measurement(date(2026, 3, 1), "satisfaction", 4.1, segment_id=stores.id, respondents=40)
    )
    by_group = workspace.measurements.add(
        Measurement(
            date(2026, 3, 1),
            "enps",
            12.0,
            segment_id=stores.id,
            group_attribute="department",
            group_value="Cajas",
            respondents=30,
        )
    )
    idea = workspace.feedback.add(Feedback(date(2026, 3, 2), "Más formación", segment_id=stores.id))

    deleted = planning.delete_segment(stores.id)

    kept = workspace.measurements.get(score.id)
    assert (kept.segment_id, kept.group_attribute, kept.group_value) == (
        None,
        "segment",
        "Tiendas Norte",
    )
    grouped = workspace.measurements.get(by_group.id)
    assert (grouped.group_attribute, grouped.group_value) == ("department", "Cajas")
    assert workspace.feedback.get(idea.id).group_value == "Tiendas Norte"
    planning.undo(deleted)
    restored = workspace.measurements.get(score.id)
    assert (restored.segment_id, restored.group_attribute) == (stores.id, None)
    assert workspace.feedback.get(idea.id).segment_id == stores.id


# ----------------------------------------------------------------------------- campaigns
def test_campaign_end_before_start_is_refused(planning: PlanningService) -> None:
    with pytest.raises(ValidationError) as err:
        planning.add_campaign(Campaign("X", start=date(2026, 3, 10), end=date(2026, 3, 1)))
    assert err.value.field == "end"
    assert "ends (2026-03-01) before it starts (2026-03-10)" in str(err.value)


def test_campaign_is_cleaned_and_stored_with_its_links(workspace, planning) -> None:
    value = planning.value(planning.add_value(CorporateValue("V")).created_id(EntityKind.VALUE))
    goal = planning.goal(planning.add_goal(BusinessGoal("G")).created_id(EntityKind.GOAL))
    segment = workspace.segments.add(Segment("S"))
    campaign = _campaign(
        planning,
        " Día   de la seguridad ",
        key_messages=(" Primero, la seguridad ", "", "Pregunta"),
        goal_ids=(goal.id, goal.id),
        value_weights={value.id: ValueWeight.SECONDARY},
        segment_ids=(segment.id,),
        owner=" Ana  ",
    )
    assert campaign.name == "Día de la seguridad"
    assert campaign.key_messages == ("Primero, la seguridad", "Pregunta")
    assert campaign.goal_ids == (goal.id,)
    assert campaign.owner == "Ana"
    assert planning.owners() == ["Ana"]


def test_deleting_a_campaign_takes_its_communications_and_undo_brings_them_back(
    workspace, planning
) -> None:
    campaign = _campaign(planning)
    one, _ = _comm(planning, campaign, "Uno")
    two, _ = _comm(planning, campaign, "Dos", recurrence="FREQ=WEEKLY;COUNT=3")
    feedback = workspace.feedback.add(Feedback(date(2026, 3, 1), "¿Y?", campaign_id=campaign.id))
    edit = planning.delete_campaign(campaign.id)
    assert planning.campaigns() == [] and planning.communications() == []
    assert edit.changes.removed[EntityKind.COMMUNICATION] == {one.id, two.id}
    planning.undo(edit)
    assert planning.communications(campaign.id) == [one, two]
    assert workspace.feedback.get(feedback.id).campaign_id == campaign.id
    planning.redo(edit)
    assert planning.communications() == []


def test_new_campaigns_start_at_the_beginning_of_the_workflow(planning) -> None:
    with pytest.raises(WorkflowError):
        planning.add_campaign(Campaign("Ya aprobada", status=Status.APPROVED))
    campaign = _campaign(planning, status=Status.DRAFT)
    [record] = planning.status_history(EntityKind.CAMPAIGN, campaign.id)
    assert (record.from_status, record.to_status) == (None, Status.DRAFT)


def test_moving_campaign_dates_warns_about_communications_left_outside(planning) -> None:
    campaign = _campaign(planning)
    _comm(planning, campaign, start=datetime(2026, 3, 20, 9, 0))
    edit = planning.update_campaign(replace(campaign, end=date(2026, 3, 15)))
    assert [w.format() for w in edit.warnings] == [
        "1 communication(s) of “Lanzamiento” now fall outside its dates."
    ]


# ----------------------------------------------------------------------------- communications
def test_communication_outside_its_campaign_is_saved_with_a_warning(planning) -> None:
    campaign = _campaign(planning)
    comm, edit = _comm(planning, campaign, start=datetime(2026, 4, 2, 9, 0))
    assert comm.id is not None
    assert [w.format() for w in edit.warnings] == [
        "“Correo” on 2026-04-02 falls outside the dates of its campaign “Lanzamiento” "
        "(2026-03-01 – 2026-03-31)."
    ]
    _, inside = _comm(planning, campaign, "Dentro")
    assert inside.warnings == []


def test_a_series_running_past_its_campaign_is_warned_about(planning) -> None:
    campaign = _campaign(planning)
    _, bounded = _comm(planning, campaign, "Semanal", recurrence="FREQ=WEEKLY;COUNT=3")
    assert bounded.warnings == []
    _, endless = _comm(planning, campaign, "Sin fin", recurrence="FREQ=WEEKLY")
    assert [w.code for w in endless.warnings] == ["series_outside_campaign"]


def test_communication_in_a_blackout_is_warned_about(planning) -> None:
    planning.add_blackout(Blackout("Cierre trimestral", date(2026, 3, 9), date(2026, 3, 11)))
    campaign = _campaign(planning)
    _, edit = _comm(planning, campaign)
    assert [w.format() for w in edit.warnings] == [
        "“Correo” on 2026-03-10 falls in the blackout period “Cierre trimestral”."
    ]


def test_communication_validation(planning) -> None:
    campaign = _campaign(planning)
    with pytest.raises(ValidationError, match="title"):
        planning.add_communication(Communication(campaign.id, "  ", datetime(2026, 3, 2, 9)))
    with pytest.raises(ValidationError, match="repetition rule"):
        planning.add_communication(
            Communication(campaign.id, "X", datetime(2026, 3, 2, 9), recurrence="FREQ=SOMETIMES")
        )
    with pytest.raises(ValidationError, match="longer than zero"):
        planning.add_communication(
            Communication(campaign.id, "X", datetime(2026, 3, 2, 9), duration_minutes=0)
        )


def test_communication_update_delete_undo(planning) -> None:
    campaign = _campaign(planning)
    comm, added = _comm(planning, campaign)
    edit = planning.update_communication(replace(comm, title="Correo de bienvenida"))
    assert planning.communication(comm.id).title == "Correo de bienvenida"
    planning.undo(edit)
    assert planning.communication(comm.id).title == "Correo"
    deleted = planning.delete_communication(comm.id)
    assert planning.communications() == []
    planning.undo(deleted)
    assert planning.communication(comm.id) == comm
    planning.undo(added)
    assert planning.communications() == []
    planning.redo(added)
    assert planning.communication(comm.id) == comm


def test_skip_and_restore_an_occurrence(planning) -> None:
    campaign = _campaign(planning)
    comm, _ = _comm(
        planning, campaign, "Semanal", start=datetime(2026, 3, 2, 9), recurrence="FREQ=WEEKLY"
    )
    edit = planning.skip_occurrence(comm.id, date(2026, 3, 9))
    days = [o.day for o in planning.occurrences_between(date(2026, 3, 1), date(2026, 3, 20))]
    assert days == [date(2026, 3, 2), date(2026, 3, 16)]
    with pytest.raises(ValidationError, match="already skipped"):
        planning.skip_occurrence(comm.id, date(2026, 3, 9))
    with pytest.raises(ValidationError, match="no occurrence"):
        planning.skip_occurrence(comm.id, date(2026, 3, 10))
    planning.undo(edit)
    assert planning.communication(comm.id).skipped_dates == ()
    planning.redo(edit)
    restore = planning.restore_occurrence(comm.id, date(2026, 3, 9))
    assert planning.communication(comm.id).skipped_dates == ()
    planning.undo(restore)
    assert planning.communication(comm.id).skipped_dates == (date(2026, 3, 9),)
    one_off, _ = _comm(planning, campaign, "Una vez")
    with pytest.raises(ValidationError, match="does not repeat"):
        planning.skip_occurrence(one_off.id, one_off.start.date())


# ----------------------------------------------------------------------------- occurrences
def test_occurrences_between_expands_series_and_sorts(planning) -> None:
    campaign = _campaign(planning)
    _comm(planning, campaign, "Suelto", start=datetime(2026, 3, 4, 8, 0))
    _comm(
        planning,
        campaign,
        "Lunes",
        start=datetime(2026, 3, 2, 9, 0),
        recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=3",
    )
    found = planning.occurrences_between(date(2026, 3, 1), date(2026, 3, 31))
    assert [(o.communication.title, o.start) for o in found] == [
        ("Lunes", datetime(2026, 3, 2, 9, 0)),
        ("Suelto", datetime(2026, 3, 4, 8, 0)),
        ("Lunes", datetime(2026, 3, 9, 9, 0)),
        ("Lunes", datetime(2026, 3, 16, 9, 0)),
    ]
    assert planning.occurrences_between(date(2026, 3, 5), date(2026, 3, 8)) == []


def test_occurrences_keep_wall_clock_time_across_the_madrid_dst_change(planning) -> None:
    # Spain moves its clocks forward on 29 March 2026 and back on 25 October 2026.
    campaign = _campaign(planning, start=None, end=None)
    _comm(
        planning,
        campaign,
        "Briefing",
        start=datetime(2026, 3, 23, 9, 0),
        recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=3",
    )
    _comm(
        planning,
        campaign,
        "Boletín",
        start=datetime(2026, 10, 22, 8, 30),
        recurrence="FREQ=DAILY;COUNT=5",
    )
    spring = planning.occurrences_between(date(2026, 3, 20), date(2026, 4, 10))
    assert [o.start for o in spring] == [
        datetime(2026, 3, 23, 9, 0),
        datetime(2026, 3, 30, 9, 0),
        datetime(2026, 4, 6, 9, 0),
    ]
    autumn = planning.occurrences_between(date(2026, 10, 20), date(2026, 10, 31))
    assert {o.start.time() for o in autumn} == {datetime(2026, 1, 1, 8, 30).time()}
    assert [o.day.day for o in autumn] == [22, 23, 24, 25, 26]


def test_monthly_on_the_31st_skips_or_clamps_short_months(planning) -> None:
    campaign = _campaign(planning, start=None, end=None)
    _comm(
        planning,
        campaign,
        "Estricto",
        start=datetime(2026, 1, 31, 9),
        recurrence="FREQ=MONTHLY;BYMONTHDAY=31;COUNT=4",
    )
    _comm(
        planning,
        campaign,
        "Fin de mes",
        start=datetime(2026, 1, 31, 10),
        recurrence="FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;COUNT=4",
    )
    found = planning.occurrences_between(date(2026, 1, 1), date(2026, 12, 31))
    strict = [o.day for o in found if o.communication.title == "Estricto"]
    clamped = [o.day for o in found if o.communication.title == "Fin de mes"]
    assert strict == [date(2026, 1, 31), date(2026, 3, 31), date(2026, 5, 31), date(2026, 7, 31)]
    assert clamped == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_skipped_dates_are_left_out_but_keep_their_number(planning) -> None:
    campaign = _campaign(planning, start=None, end=None)
    comm, _ = _comm(
        planning,
        campaign,
        "Semanal",
        start=datetime(2026, 3, 2, 9),
        recurrence="FREQ=WEEKLY;COUNT=4",
        skipped_dates=(date(2026, 3, 9), date(2026, 3, 16)),
    )
    found = planning.occurrences_between(date(2026, 3, 1), date(2026, 3, 31))
    assert [(o.day, o.index) for o in found] == [(date(2026, 3, 2), 0), (date(2026, 3, 23), 3)]
    # Skipped dates are dropped when the communication stops repeating.
    planning.update_communication(replace(comm, recurrence=None))
    assert planning.communication(comm.id).skipped_dates == ()


def test_cancelled_communications_can_be_left_out(planning) -> None:
    campaign = _campaign(planning)
    comm, _ = _comm(planning, campaign)
    planning.change_status(EntityKind.COMMUNICATION, comm.id, Status.CANCELLED)
    everything = planning.occurrences_between(date(2026, 3, 1), date(2026, 3, 31))
    assert len(everything) == 1
    assert (
        planning.occurrences_between(date(2026, 3, 1), date(2026, 3, 31), include_cancelled=False)
        == []
    )


# ----------------------------------------------------------------------------- workflow
def test_the_whole_workflow_is_recorded(planning) -> None:
    campaign = _campaign(planning)
    steps = [
        (Status.DRAFT, "", ""),
        (Status.IN_REVIEW, "Lucía", ""),
        (Status.APPROVED, "Dirección de Personas", "Adelante, sin cambios"),
        (Status.SCHEDULED, "", ""),
        (Status.LIVE, "", ""),
        (Status.DONE, "", "Cerrada"),
    ]
    for target, who, comment in steps:
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, target, who=who, comment=comment)
    assert planning.campaign(campaign.id).status is Status.DONE
    history = planning.status_history(EntityKind.CAMPAIGN, campaign.id)
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, Status.IDEA),
        (Status.IDEA, Status.DRAFT),
        (Status.DRAFT, Status.IN_REVIEW),
        (Status.IN_REVIEW, Status.APPROVED),
        (Status.APPROVED, Status.SCHEDULED),
        (Status.SCHEDULED, Status.LIVE),
        (Status.LIVE, Status.DONE),
    ]
    approval = history[3]
    assert (approval.who, approval.comment) == ("Dirección de Personas", "Adelante, sin cambios")
    assert approval.at == datetime(2026, 3, 2, 10, 30)
    assert planning.allowed_statuses(Status.DONE) == []


@pytest.mark.parametrize(
    ("current_path", "target", "message"),
    [
        ((), Status.APPROVED, "can only be approved while it is in review"),
        ((), Status.IDEA, "already has that status"),
        ((Status.DRAFT,), Status.SCHEDULED, "can only be scheduled once it has been approved"),
        ((Status.DRAFT,), Status.LIVE, "can only go live once it is scheduled"),
        ((Status.DRAFT,), Status.DONE, "can only be marked done while it is live"),
        ((Status.CANCELLED,), Status.CANCELLED, "already has that status"),
        ((Status.CANCELLED,), Status.IDEA, "can only go back to being an idea"),
    ],
)
def test_refused_transitions_raise_workflow_errors(planning, current_path, target, message) -> None:
    campaign = _campaign(planning)
    for status in current_path:
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, status)
    before = planning.status_history(EntityKind.CAMPAIGN, campaign.id)
    with pytest.raises(WorkflowError, match=message):
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, target)
    assert planning.status_history(EntityKind.CAMPAIGN, campaign.id) == before


def test_done_items_cannot_be_cancelled_or_reopened(planning) -> None:
    campaign = _campaign(planning)
    for status in (Status.DRAFT, Status.IN_REVIEW):
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, status)
    planning.change_status(
        EntityKind.CAMPAIGN, campaign.id, Status.APPROVED, who="Ana", comment="OK"
    )
    for status in (Status.SCHEDULED, Status.LIVE, Status.DONE):
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, status)
    with pytest.raises(WorkflowError, match="cannot be cancelled"):
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.CANCELLED)
    with pytest.raises(WorkflowError, match="cannot go back to draft"):
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.DRAFT)


def test_approval_needs_who_and_comment(planning) -> None:
    campaign = _campaign(planning)
    planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.DRAFT)
    planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.IN_REVIEW)
    with pytest.raises(ValidationError) as no_who:
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.APPROVED, comment="OK")
    assert no_who.value.field == "who"
    with pytest.raises(ValidationError) as no_comment:
        planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.APPROVED, who="Ana")
    assert no_comment.value.field == "comment"
    assert planning.campaign(campaign.id).status is Status.IN_REVIEW


def test_status_change_undo_removes_its_record(planning) -> None:
    campaign = _campaign(planning)
    edit = planning.change_status(EntityKind.CAMPAIGN, campaign.id, Status.DRAFT, who="Ana")
    assert len(planning.status_history(EntityKind.CAMPAIGN, campaign.id)) == 2
    planning.undo(edit)
    assert planning.campaign(campaign.id).status is Status.IDEA
    assert len(planning.status_history(EntityKind.CAMPAIGN, campaign.id)) == 1
    planning.redo(edit)
    history = planning.status_history(EntityKind.CAMPAIGN, campaign.id)
    assert history[-1].who == "Ana" and history[-1].to_status is Status.DRAFT


def test_cancelling_a_campaign_cancels_its_open_communications(planning) -> None:
    campaign = _campaign(planning)
    open_one, _ = _comm(planning, campaign, "Abierta")
    edit = planning.change_status(
        EntityKind.CAMPAIGN, campaign.id, Status.CANCELLED, comment="Sin presupuesto"
    )
    assert planning.communication(open_one.id).status is Status.CANCELLED
    [*_, record] = planning.status_history(EntityKind.COMMUNICATION, open_one.id)
    assert record.comment == "Sin presupuesto"
    planning.undo(edit)
    assert planning.communication(open_one.id).status is Status.IDEA


def test_update_with_a_new_status_goes_through_the_workflow(planning) -> None:
    campaign = _campaign(planning)
    with pytest.raises(WorkflowError):
        planning.update_campaign(replace(campaign, status=Status.LIVE))
    planning.update_campaign(replace(campaign, status=Status.DRAFT, notes="Listo"), who="Ana")
    history = planning.status_history(EntityKind.CAMPAIGN, campaign.id)
    assert history[-1].to_status is Status.DRAFT and history[-1].who == "Ana"
    comm, _ = _comm(planning, campaign)
    with pytest.raises(WorkflowError):
        planning.update_communication(replace(comm, status=Status.DONE))


def test_allowed_statuses_are_in_workflow_order(planning) -> None:
    assert planning.allowed_statuses(Status.DRAFT) == [
        Status.IDEA,
        Status.IN_REVIEW,
        Status.CANCELLED,
    ]


# ----------------------------------------------------------------------------- blackouts
def test_blackout_crud_and_validation(planning) -> None:
    with pytest.raises(ValidationError, match="before it starts"):
        planning.add_blackout(Blackout("Cierre", date(2026, 3, 31), date(2026, 3, 1)))
    edit = planning.add_blackout(Blackout("Cierre", date(2026, 3, 29), date(2026, 3, 31)))
    blackout = planning.blackout(edit.created_id(EntityKind.BLACKOUT))
    updated = planning.update_blackout(replace(blackout, note="Contabilidad"))
    assert planning.blackouts()[0].note == "Contabilidad"
    planning.undo(updated)
    deleted = planning.delete_blackout(blackout.id)
    assert planning.blackouts() == []
    planning.undo(deleted)
    assert planning.blackouts() == [blackout]


def test_failed_edit_leaves_nothing_behind(workspace, planning) -> None:
    campaign = _campaign(planning)
    bad = Communication(campaign.id, "Buena", datetime(2026, 3, 3, 9))
    worse = Communication(campaign.id, "", datetime(2026, 3, 3, 9))
    with pytest.raises(ValidationError):
        planning.add_campaign(Campaign("Otra"), [bad, worse])
    assert [c.name for c in planning.campaigns()] == ["Lanzamiento"]
    assert planning.communications() == []
