"""Approvals: snapshot of the plan, and the exact lines of the diff since the last approval."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest

from commsplanner.domain import (
    ApprovalKind,
    Campaign,
    Channel,
    Communication,
    CorporateValue,
    EntityKind,
    Segment,
    Status,
    ValidationError,
    ValueWeight,
)
from commsplanner.i18n import Catalog
from commsplanner.paths import resource_path
from commsplanner.services.approvals import ApprovalService, NoApprovalError, diff_snapshots
from commsplanner.services.planning import PlanningService


@pytest.fixture
def planning(workspace) -> PlanningService:
    return PlanningService(workspace)


@pytest.fixture
def approvals(workspace) -> ApprovalService:
    service = ApprovalService(workspace)
    service.clock = lambda: datetime(2026, 2, 20, 17, 45)
    return service


@pytest.fixture
def plan(workspace, planning):
    """Two campaigns, three communications, two segments, two channels, one value."""
    front = workspace.segments.add(Segment("Cajeros"))
    managers = workspace.segments.add(Segment("Mandos"))
    email = planning.add_channel(Channel("Correo")).created_id(EntityKind.CHANNEL)
    intranet = planning.add_channel(Channel("Intranet")).created_id(EntityKind.CHANNEL)
    value = planning.add_value(CorporateValue("Excelencia")).created_id(EntityKind.VALUE)
    launch = planning.add_campaign(
        Campaign(
            "Lanzamiento app",
            start=date(2026, 3, 2),
            end=date(2026, 3, 31),
            segment_ids=(front.id,),
            value_weights={value: ValueWeight.PRIMARY},
            owner="Ana",
        ),
        [
            Communication(0, "Aviso a mandos", datetime(2026, 3, 2, 9, 0), channel_id=email),
            Communication(
                0,
                "Píldora semanal",
                datetime(2026, 3, 3, 8, 30),
                channel_id=intranet,
                recurrence="FREQ=WEEKLY;COUNT=4",
            ),
        ],
    ).created_id(EntityKind.CAMPAIGN)
    culture = planning.add_campaign(
        Campaign("Cultura", start=date(2026, 4, 1), end=date(2026, 4, 30)),
        [Communication(0, "Historia del mes", datetime(2026, 4, 8, 10, 0), channel_id=email)],
    ).created_id(EntityKind.CAMPAIGN)
    return {
        "front": front.id,
        "managers": managers.id,
        "email": email,
        "intranet": intranet,
        "value": value,
        "launch": launch,
        "culture": culture,
    }


def test_snapshot_is_json_with_names(approvals, plan) -> None:
    snapshot = approvals.snapshot()
    assert json.loads(json.dumps(snapshot)) == snapshot
    assert snapshot["version"] == 1
    assert snapshot["names"]["segments"][str(plan["front"])] == "Cajeros"
    [launch] = [c for c in snapshot["campaigns"] if c["id"] == plan["launch"]]
    assert launch == {
        "id": plan["launch"],
        "name": "Lanzamiento app",
        "status": "idea",
        "priority": "normal",
        "owner": "Ana",
        "start": "2026-03-02",
        "end": "2026-03-31",
        "segment_ids": [plan["front"]],
        "goal_ids": [],
        "value_weights": {str(plan["value"]): "primary"},
    }
    assert len(snapshot["communications"]) == 3


def test_submit_and_approve_store_who_when_comment_and_snapshot(workspace, approvals, plan):
    submitted = approvals.submit("Lucía Romero", "Para el comité del lunes")
    approved = approvals.record_approval("Dirección General", "Aprobado con la fecha de abril")
    history = approvals.history()
    assert [a.kind for a in history] == [ApprovalKind.APPROVED, ApprovalKind.SUBMITTED]
    last = approvals.last_approval()
    assert (last.who, last.comment, last.at) == (
        "Dirección General",
        "Aprobado con la fecha de abril",
        datetime(2026, 2, 20, 17, 45),
    )
    assert last.snapshot == approvals.snapshot()
    # Stored: a fresh read gives the same snapshot back.
    assert workspace.approvals.get(last.id).snapshot == last.snapshot
    assert approvals.diff_since_last_approval().lines() == []
    assert approved.created_id(EntityKind.APPROVAL) == last.id
    assert submitted.created_id(EntityKind.APPROVAL) == history[1].id


def test_recording_needs_who_and_an_approval_needs_a_comment(approvals, plan) -> None:
    with pytest.raises(ValidationError) as err:
        approvals.submit("  ")
    assert err.value.field == "who"
    with pytest.raises(ValidationError) as err:
        approvals.record_approval("Ana", " ")
    assert err.value.field == "comment"
    rejected = approvals.record_approval("Ana", "Falta presupuesto", approved=False)
    assert approvals.last_event().kind is ApprovalKind.REJECTED
    assert approvals.last_approval() is None
    with pytest.raises(NoApprovalError):
        approvals.diff_since_last_approval()
    assert rejected


def test_approval_is_undoable(planning, approvals, plan) -> None:
    edit = approvals.record_approval("Ana", "OK")
    planning.undo(edit)
    assert approvals.history() == []
    planning.redo(edit)
    assert approvals.last_approval().comment == "OK"


def test_diff_lists_every_kind_of_change_in_reading_order(
    workspace, planning, approvals, plan
) -> None:
    approvals.record_approval("Dirección", "Adelante")
    launch = planning.campaign(plan["launch"])
    # Renamed, moved, audience and owner changed, workflow advanced.
    planning.update_campaign(
        replace(
            launch,
            name="Lanzamiento de la app",
            start=date(2026, 3, 9),
            end=date(2026, 4, 10),
            segment_ids=(plan["managers"],),
            owner="",
        )
    )
    planning.change_status(EntityKind.CAMPAIGN, plan["launch"], Status.DRAFT)
    comms = {c.title: c for c in planning.communications(plan["launch"])}
    planning.update_communication(
        replace(
            comms["Aviso a mandos"],
            start=datetime(2026, 3, 9, 9, 0),
            channel_id=None,
            segment_ids=(plan["managers"],),
        )
    )
    planning.update_communication(
        replace(comms["Píldora semanal"], recurrence="FREQ=WEEKLY;COUNT=6")
    )
    planning.skip_occurrence(comms["Píldora semanal"].id, date(2026, 3, 10))
    planning.add_communication(
        Communication(plan["launch"], "Encuesta de uso", datetime(2026, 4, 6, 10, 0))
    )
    planning.delete_campaign(plan["culture"])
    planning.add_campaign(Campaign("Seguridad", start=date(2026, 5, 4), end=date(2026, 5, 29)))

    lines = approvals.diff_since_last_approval().lines()
    assert lines == [
        "Campaign removed: “Cultura” (2026-04-01 – 2026-04-30).",
        "Campaign added: “Seguridad” (2026-05-04 – 2026-05-29), 0 communication(s).",
        "Campaign renamed: “Lanzamiento app” → “Lanzamiento de la app”.",
        "“Lanzamiento de la app”: dates moved from 2026-03-02 – 2026-03-31 to "
        "2026-03-09 – 2026-04-10.",
        "“Lanzamiento de la app”: status changed from Idea to Draft.",
        "“Lanzamiento de la app”: owner changed from “Ana” to nobody.",
        "“Lanzamiento de la app”: segments added: “Mandos”.",
        "“Lanzamiento de la app”: segments removed: “Cajeros”.",
        "“Lanzamiento de la app”: “Píldora semanal” repetition changed from "
        "“Every week on Tuesday; 4 times” to “Every week on Tuesday; 6 times”.",
        "“Lanzamiento de la app”: “Píldora semanal” no longer takes place on 2026-03-10.",
        "“Lanzamiento de la app”: “Aviso a mandos” moved from 2026-03-02 09:00 to "
        "2026-03-09 09:00.",
        "“Lanzamiento de la app”: “Aviso a mandos” channel changed from “Correo” to no channel.",
        "“Lanzamiento de la app”: “Aviso a mandos” audience changed from the campaign's "
        "segments to “Mandos”.",
        "“Lanzamiento de la app”: communication added: “Encuesta de uso” on 2026-04-06 10:00.",
    ]


def test_diff_names_what_was_deleted_since(workspace, planning, approvals, plan) -> None:
    approvals.record_approval("Dirección", "Adelante")
    planning.delete_segment(plan["front"], reassign=True, reassign_to=None)
    planning.update_communication(
        replace(
            next(c for c in planning.communications() if c.title == "Historia del mes"),
            title="Historia de abril",
            status=Status.CANCELLED,
        )
    )
    planning.delete_communication(
        next(c for c in planning.communications() if c.title == "Aviso a mandos").id
    )
    assert approvals.diff_since_last_approval().lines() == [
        "“Lanzamiento app”: segments removed: “Cajeros”.",
        "“Lanzamiento app”: communication removed: “Aviso a mandos” (was on 2026-03-02 09:00).",
        "“Cultura”: communication renamed: “Historia del mes” → “Historia de abril”.",
        "“Cultura”: “Historia de abril” status changed from Idea to Cancelled.",
    ]


def test_diff_lines_in_spanish(planning, approvals, plan) -> None:
    approvals.record_approval("Dirección", "Adelante")
    planning.change_status(EntityKind.CAMPAIGN, plan["culture"], Status.DRAFT)
    culture = planning.campaign(plan["culture"])
    planning.update_campaign(replace(culture, end=date(2026, 5, 15)))
    spanish = Catalog.from_files("es", sorted(resource_path("i18n").glob("*_es.ts")))
    lines = approvals.diff_since_last_approval().lines(
        spanish, format_date=lambda d: d.strftime("%d/%m/%Y")
    )
    assert lines == [
        "«Cultura»: fechas movidas de 01/04/2026 – 30/04/2026 a 01/04/2026 – 15/05/2026.",
        "«Cultura»: estado cambiado de Idea a Borrador.",
    ]


def test_diff_of_identical_snapshots_is_empty(approvals, plan) -> None:
    snapshot = approvals.snapshot()
    assert diff_snapshots(snapshot, snapshot) == []


def test_diff_since_submission(planning, approvals, plan) -> None:
    assert approvals.diff_since_submission() is None
    approvals.submit("Ana")
    planning.update_campaign(replace(planning.campaign(plan["culture"]), priority="high"))
    assert approvals.diff_since_submission().lines() == [
        "“Cultura”: priority changed from Normal to High."
    ]
