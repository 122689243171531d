"""Repository round trips for every entity, usage checks, undo helpers and bulk paths."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from commsplanner.domain import (
    Approval,
    ApprovalKind,
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    ChannelKind,
    Communication,
    CorporateValue,
    Employee,
    EntityKind,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    Measurement,
    Priority,
    Segment,
    Status,
    StatusChange,
    ValidationError,
    ValueWeight,
    WorkspaceSettings,
)
from commsplanner.storage import InUseError, NotFoundError, Workspace


def _round_trip(repo, item):
    """add → get equals the item with its id; update → get equals; delete → gone; restore."""
    stored = repo.add(item)
    assert stored.id is not None
    assert repo.get(stored.id) == stored
    assert stored in repo.list()
    return stored


def _update_delete_restore(repo, stored, **changes) -> None:
    changed = dataclasses.replace(stored, **changes)
    repo.update(changed)
    assert repo.get(stored.id) == changed
    old = repo.delete(stored.id)
    assert old == changed
    assert repo.find(stored.id) is None
    with pytest.raises(NotFoundError):
        repo.get(stored.id)
    repo.restore(old)
    assert repo.get(stored.id) == changed


@pytest.fixture
def plan(workspace: Workspace) -> dict:
    """A small plan: value, goal, channel, two segments, one campaign."""
    ws = workspace
    value = ws.values.add(CorporateValue(name="Excelencia", colour="#112233", position=1))
    value2 = ws.values.add(CorporateValue(name="Integridad", position=0))
    goal = ws.goals.add(
        BusinessGoal(name="NPS", kpi="NPS", target="45", due_date=date(2026, 12, 31))
    )
    channel = ws.channels.add(Channel(name="Email", kind=ChannelKind.EMAIL, daily_capacity=3))
    front = ws.segments.add(
        Segment(name="Tiendas", rule={"field": "function", "op": "eq", "value": "Tiendas"})
    )
    office = ws.segments.add(Segment(name="Oficinas", include_ids=(1, 2), exclude_ids=(3,)))
    campaign = ws.campaigns.add(
        Campaign(
            name="Contigo 2030",
            key_messages=("Uno", "Dos"),
            goal_ids=(goal.id,),
            value_weights={value.id: ValueWeight.PRIMARY, value2.id: ValueWeight.SECONDARY},
            segment_ids=(front.id, office.id),
            start=date(2026, 3, 1),
            end=date(2026, 4, 30),
        )
    )
    return {
        "value": value,
        "value2": value2,
        "goal": goal,
        "channel": channel,
        "front": front,
        "office": office,
        "campaign": campaign,
    }


# ----------------------------------------------------------------------------- round trips


def test_values_round_trip_in_position_order(workspace: Workspace) -> None:
    first = _round_trip(workspace.values, CorporateValue(name="Excelencia", position=2))
    second = workspace.values.add(
        CorporateValue(name="Cooperación", description="¡Juntos!", position=1)
    )
    assert [v.name for v in workspace.values.list()] == ["Cooperación", "Excelencia"]
    assert workspace.values.get(second.id).description == "¡Juntos!"
    _update_delete_restore(workspace.values, first, name="Excelencia operativa", colour="#abcdef")


def test_goals_round_trip(workspace: Workspace) -> None:
    goal = _round_trip(
        workspace.goals,
        BusinessGoal(name="NPS", kpi="NPS tienda", target="≥ 45", due_date=date(2026, 12, 31)),
    )
    _update_delete_restore(workspace.goals, goal, due_date=None, target="50")


def test_channels_round_trip(workspace: Workspace) -> None:
    channel = _round_trip(
        workspace.channels,
        Channel(
            name="Chat",
            kind=ChannelKind.CHAT,
            two_way=True,
            weekly_cap_per_person=5,
            daily_capacity=None,
            effort_note="Canales por tienda",
        ),
    )
    _update_delete_restore(workspace.channels, channel, two_way=False, daily_capacity=10)


def test_segments_round_trip_with_rules_and_manual_lists(workspace: Workspace) -> None:
    rule = {
        "all": [
            {"field": "function", "op": "eq", "value": "Tiendas"},
            {"not": {"field": "attr:turno", "op": "in", "value": ["Noche"]}},
        ]
    }
    segment = _round_trip(
        workspace.segments,
        Segment(name="Zona Norte", rule=rule, include_ids=(4, 5), exclude_ids=(9,)),
    )
    assert workspace.segments.get(segment.id).rule == rule
    _update_delete_restore(workspace.segments, segment, rule=None, include_ids=())


def test_campaigns_round_trip_with_their_links(workspace: Workspace, plan: dict) -> None:
    campaign = workspace.campaigns.get(plan["campaign"].id)
    assert campaign == plan["campaign"]
    assert campaign.goal_ids == (plan["goal"].id,)
    assert campaign.segment_ids == (plan["front"].id, plan["office"].id)
    assert campaign.value_weights == {
        plan["value"].id: ValueWeight.PRIMARY,
        plan["value2"].id: ValueWeight.SECONDARY,
    }
    _update_delete_restore(
        workspace.campaigns,
        campaign,
        segment_ids=(plan["office"].id,),
        value_weights={plan["value2"].id: ValueWeight.PRIMARY},
        status=Status.DRAFT,
        priority=Priority.CRITICAL,
    )
    assert workspace.campaigns.using_segment(plan["office"].id) == [campaign.id]
    assert workspace.campaigns.using_segment(plan["front"].id) == []


def test_communications_round_trip(workspace: Workspace, plan: dict) -> None:
    comm = _round_trip(
        workspace.communications,
        Communication(
            campaign_id=plan["campaign"].id,
            title="Lanzamiento",
            start=datetime(2026, 3, 2, 9, 30),
            duration_minutes=15,
            channel_id=plan["channel"].id,
            segment_ids=(plan["office"].id,),
            message_brief="Mensaje «clave»",
            status=Status.SCHEDULED,
            recurrence="FREQ=WEEKLY;COUNT=3",
            skipped_dates=(date(2026, 3, 9),),
            pinned=True,
        ),
    )
    assert workspace.communications.for_campaign(plan["campaign"].id) == [comm]
    _update_delete_restore(
        workspace.communications, comm, segment_ids=(), recurrence=None, skipped_dates=()
    )


def test_many_communications_load_with_their_segments(workspace: Workspace, plan: dict) -> None:
    items = [
        Communication(
            campaign_id=plan["campaign"].id,
            title=f"N{i}",
            start=datetime(2026, 3, 2, 9, 0),
            segment_ids=(plan["front"].id,),
        )
        for i in range(950)  # more than SQLite's parameter limit per query
    ]
    stored = workspace.communications.add_many(items)
    loaded = workspace.communications.list()
    assert len(loaded) == 950
    assert all(c.segment_ids == (plan["front"].id,) for c in loaded)
    assert loaded == stored


def test_blackouts_round_trip_and_overlap(workspace: Workspace) -> None:
    blackout = _round_trip(
        workspace.blackouts,
        Blackout(name="Navidad", start=date(2026, 12, 20), end=date(2027, 1, 6), note="Pico"),
    )
    overlapping = workspace.blackouts.overlapping
    assert overlapping(date(2027, 1, 6), date(2027, 1, 10)) == [blackout]
    assert overlapping(date(2026, 12, 1), date(2026, 12, 19)) == []
    _update_delete_restore(workspace.blackouts, blackout, end=date(2027, 1, 7))


def test_measurements_round_trip(workspace: Workspace, plan: dict) -> None:
    measurement = _round_trip(
        workspace.measurements,
        Measurement(
            date=date(2026, 2, 18),
            metric="eNPS",
            value=-3.5,
            segment_id=plan["front"].id,
            respondents=120,
            source="Encuesta de pulso",
            campaign_id=plan["campaign"].id,
        ),
    )
    by_group = workspace.measurements.add(
        Measurement(
            date=date(2026, 2, 18),
            metric="Satisfacción",
            value=3.9,
            group_attribute="location",
            group_value="Sevilla",
        )
    )
    assert workspace.measurements.get(by_group.id).group_value == "Sevilla"
    _update_delete_restore(workspace.measurements, measurement, value=4.0, respondents=None)


def test_approvals_round_trip_and_latest(workspace: Workspace) -> None:
    first = _round_trip(
        workspace.approvals,
        Approval(
            kind=ApprovalKind.SUBMITTED,
            who="Lucía Romero",
            at=datetime(2026, 3, 1, 10, 0),
            snapshot={"campaigns": [1, 2], "title": "Plan"},
        ),
    )
    second = workspace.approvals.add(
        Approval(kind=ApprovalKind.APPROVED, who="Dirección", at=datetime(2026, 3, 3, 12, 0))
    )
    assert workspace.approvals.latest() == second
    assert workspace.approvals.latest(ApprovalKind.SUBMITTED) == first
    assert workspace.approvals.latest(ApprovalKind.REJECTED) is None
    _update_delete_restore(workspace.approvals, first, comment="Revisado")


def test_status_changes_round_trip_and_history(workspace: Workspace) -> None:
    change = _round_trip(
        workspace.status_changes,
        StatusChange(
            entity=EntityKind.CAMPAIGN,
            entity_id=7,
            from_status=None,
            to_status=Status.IDEA,
            at=datetime(2026, 3, 1, 9, 0),
            who="Marta",
        ),
    )
    later = workspace.status_changes.add(
        StatusChange(
            entity=EntityKind.CAMPAIGN,
            entity_id=7,
            from_status=Status.IDEA,
            to_status=Status.DRAFT,
            at=datetime(2026, 3, 2, 9, 0),
        )
    )
    workspace.status_changes.add(
        dataclasses.replace(later, id=None, entity=EntityKind.COMMUNICATION)
    )
    assert workspace.status_changes.history(EntityKind.CAMPAIGN, 7) == [change, later]
    _update_delete_restore(workspace.status_changes, change, comment="Primera idea")


def test_feedback_round_trip(workspace: Workspace, plan: dict) -> None:
    entry = _round_trip(
        workspace.feedback,
        Feedback(
            date=date(2026, 2, 1),
            text="Los cuadrantes llegan tarde",
            kind=FeedbackKind.COMPLAINT,
            channel_id=plan["channel"].id,
            segment_id=plan["front"].id,
            tags=("horarios",),
            campaign_id=plan["campaign"].id,
        ),
    )
    _update_delete_restore(
        workspace.feedback, entry, status=FeedbackStatus.ANSWERED, response="Gracias"
    )


def test_employees_round_trip_with_tags_and_attributes(workspace: Workspace) -> None:
    employee = _round_trip(
        workspace.employees,
        Employee(
            external_id="E000001",
            display_name="Núria Puig Vila",
            position="Cajero",
            function="Tiendas",
            department="Cajas",
            location="Barcelona",
            level="Operativo",
            customer_facing=True,
            language="ca",
            interests=("sostenibilidad", "deporte"),
            needs=("horarios",),
            expectations=("estabilidad",),
            start_date=date(2019, 4, 1),
            attributes={"turno": "Mañana", "contrato": "Indefinido"},
        ),
    )
    assert workspace.employees.find_by_external_id("E000001") == employee
    assert workspace.employees.find_by_external_id("nobody") is None
    assert workspace.employees.distinct_values("interests") == [
        ("deporte", 1),
        ("sostenibilidad", 1),
    ]
    _update_delete_restore(
        workspace.employees, employee, interests=("formación",), active=False, attributes={}
    )
    assert workspace.employees.count() == 0  # inactive people are not counted by default
    assert workspace.employees.count(active_only=False) == 1
    assert workspace.employees.distinct_values("interests") == []


def test_employee_bulk_insert_and_queries(workspace: Workspace) -> None:
    people = [
        Employee(
            external_id=f"E{i:03d}",
            position="Cajero" if i % 3 else "Reponedor",
            location="Sevilla" if i % 2 else "Madrid",
            interests=("deporte",) if i % 4 == 0 else (),
            attributes={"turno": "Tarde" if i % 5 == 0 else "Mañana"},
            active=i != 7,
        )
        for i in range(1, 101)
    ]
    with workspace.transaction() as changes:
        assert workspace.employees.add_many(people, batch_size=30) == 100
    assert len(changes.added[EntityKind.EMPLOYEE]) == 100
    assert workspace.employees.count() == 99
    assert len(workspace.employees.active_ids()) == 99
    assert len(list(workspace.employees.iter_all())) == 99
    assert len(list(workspace.employees.iter_all(active_only=False))) == 100
    assert dict(workspace.employees.distinct_values("location")) == {"Sevilla": 49, "Madrid": 50}
    assert dict(workspace.employees.distinct_values("interests")) == {"deporte": 25}
    assert dict(workspace.employees.distinct_values("turno")) == {"Mañana": 79, "Tarde": 20}
    assert workspace.employees.custom_attribute_names() == ["turno"]


def test_duplicate_employee_ids_in_bulk_are_refused_whole(workspace: Workspace) -> None:
    workspace.employees.add(Employee(external_id="E1"))
    with pytest.raises(ValidationError) as caught:
        workspace.employees.add_many([Employee(external_id="E2"), Employee(external_id="E1")])
    assert caught.value.field == "external_id"
    assert workspace.employees.count() == 1  # E2 was not kept either


def test_invalid_items_are_refused_before_writing(workspace: Workspace) -> None:
    with pytest.raises(ValidationError):
        workspace.values.add(CorporateValue(name=""))
    with pytest.raises(ValidationError):
        workspace.employees.add_many([Employee(external_id="ok"), Employee(external_id=" ")])
    assert workspace.values.count() == 0 and workspace.employees.count(active_only=False) == 0


def test_duplicate_names_are_a_validation_error(workspace: Workspace, plan: dict) -> None:
    with pytest.raises(ValidationError) as caught:
        workspace.channels.add(Channel(name="EMAIL"))
    assert caught.value.field == "name"
    assert "EMAIL" in str(caught.value)
    other = workspace.goals.add(BusinessGoal(name="Otro"))
    with pytest.raises(ValidationError):
        workspace.goals.update(dataclasses.replace(other, name="nps"))


def test_references_to_missing_items_are_a_validation_error(
    workspace: Workspace, plan: dict
) -> None:
    with pytest.raises(ValidationError):
        workspace.communications.add(
            Communication(
                campaign_id=plan["campaign"].id,
                title="Sin canal",
                start=datetime(2026, 3, 2, 9, 0),
                channel_id=999,
            )
        )
    with pytest.raises(ValidationError):
        workspace.campaigns.add(Campaign(name="Huérfana", goal_ids=(999,)))
    assert workspace.campaigns.count() == 1


def test_updating_or_deleting_a_missing_item(workspace: Workspace) -> None:
    with pytest.raises(NotFoundError):
        workspace.values.update(CorporateValue(name="X", id=42))
    with pytest.raises(NotFoundError):
        workspace.values.delete(42)
    with pytest.raises(ValueError):
        workspace.values.update(CorporateValue(name="X"))


# ----------------------------------------------------------------------------- in use


def test_items_in_use_cannot_be_deleted(workspace: Workspace, plan: dict) -> None:
    comm = workspace.communications.add(
        Communication(
            campaign_id=plan["campaign"].id,
            title="Lanzamiento",
            start=datetime(2026, 3, 2, 9, 0),
            channel_id=plan["channel"].id,
            segment_ids=(plan["front"].id,),
        )
    )
    for repo, key, users in (
        (workspace.values, "value", 1),
        (workspace.goals, "goal", 1),
        (workspace.channels, "channel", 1),
        (workspace.segments, "front", 2),  # the campaign and the communication
    ):
        assert repo.usage(plan[key].id) == users
        with pytest.raises(InUseError) as caught:
            repo.delete(plan[key].id)
        assert plan[key].name in str(caught.value)
        assert repo.get(plan[key].id) == plan[key]
    # Deleting the campaign takes its communications along and reports them.
    with workspace.transaction() as changes:
        workspace.campaigns.delete(plan["campaign"].id)
    assert changes.removed[EntityKind.COMMUNICATION] == {comm.id}
    assert workspace.communications.find(comm.id) is None
    for key in ("value", "goal", "channel", "front"):
        repo = {
            "value": workspace.values,
            "goal": workspace.goals,
            "channel": workspace.channels,
            "front": workspace.segments,
        }[key]
        assert repo.usage(plan[key].id) == 0
        repo.delete(plan[key].id)


def test_deleting_a_segment_clears_it_from_measurements(workspace: Workspace, plan: dict) -> None:
    kept = workspace.measurements.add(
        Measurement(date=date(2026, 1, 1), metric="eNPS", value=1, segment_id=plan["office"].id)
    )
    workspace.campaigns.update(dataclasses.replace(plan["campaign"], segment_ids=()))
    workspace.segments.delete(plan["office"].id)
    assert workspace.measurements.get(kept.id).segment_id is None


# ----------------------------------------------------------------------------- settings


def test_settings_round_trip(workspace: Workspace) -> None:
    assert workspace.settings.load() == WorkspaceSettings()
    settings = WorkspaceSettings(
        organisation="Mercados Alameda",
        plan_title="Plan 2026",
        region="AN",
        language="en",
        weekly_cap=4,
        anonymity_threshold=7,
        week_start=6,
    )
    with workspace.transaction() as changes:
        workspace.settings.save(settings)
    assert EntityKind.SETTING in changes.kinds()
    assert workspace.settings.load() == settings
    with pytest.raises(ValidationError):
        workspace.settings.save(dataclasses.replace(settings, weekly_cap=0))
    assert workspace.settings.load() == settings


def test_settings_values_and_unknown_keys(workspace: Workspace) -> None:
    assert workspace.settings.get_value("ui.columns", ["a"]) == ["a"]
    workspace.settings.set_value("ui.columns", {"when": date(2026, 1, 2), "n": [1, 2]})
    assert workspace.settings.get_value("ui.columns") == {"when": "2026-01-02", "n": [1, 2]}
    # A newer app may store settings this one does not know: they are ignored, not fatal.
    workspace.settings.set_value("workspace", {"organisation": "X", "future_option": True})
    assert workspace.settings.load().organisation == "X"
    with pytest.raises(TypeError):
        workspace.settings.set_value("bad", {"x": object()})


def test_counts_summarise_every_table(workspace: Workspace, plan: dict) -> None:
    workspace.employees.add_many(
        [Employee(external_id="a"), Employee(external_id="b", active=False)]
    )
    counts = workspace.counts()
    assert counts["employees"] == 1
    assert counts["values"] == 2 and counts["segments"] == 2 and counts["campaigns"] == 1
    assert counts["communications"] == 0
