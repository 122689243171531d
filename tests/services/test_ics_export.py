"""The .ics export parsed back with icalendar: every field, RRULE, EXDATE, stable UIDs."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, datetime

import pytest
from calendar_support import build_plan, dt
from icalendar import Calendar

from commsplanner.domain import Communication, Status
from commsplanner.services.ics_export import IcsExportError, IcsExportService, IcsFilter


@pytest.fixture
def plan(workspace):
    return build_plan(workspace)


@pytest.fixture
def ics(workspace):
    return IcsExportService(workspace)


def read(path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return cal, {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}


def add_series(workspace, plan) -> Communication:
    return workspace.communications.add(
        Communication(
            campaign_id=plan.campaign_x,
            title="Weekly huddle",
            start=dt("2025-04-07", 10),
            duration_minutes=45,
            channel_id=plan.intranet,
            segment_ids=(plan.seg_a, plan.seg_b),
            message_brief="Share one customer story",
            owner="Pablo",
            status=Status.IN_REVIEW,
            recurrence="FREQ=WEEKLY;BYDAY=MO;COUNT=4",
            skipped_dates=(date(2025, 4, 14),),
        )
    )


def test_every_field_of_a_one_off(tmp_path, workspace, ics, plan) -> None:
    out = tmp_path / "plan.ics"
    result = ics.export(out, language="en")
    assert result.events == 13
    cal, events = read(out)
    assert str(cal["PRODID"]) == "-//Comms Planner//Comms Planner//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["X-WR-CALNAME"]) == "Plan 2025"
    c1 = events["c1"]
    workspace_uuid = workspace.settings.get_value("workspace_uuid")
    assert str(c1["UID"]) == f"comm-{plan.comms['c1']}@{workspace_uuid}"
    assert c1.decoded("DTSTART") == datetime(2025, 3, 3, 9, 0)
    assert c1.decoded("DTEND") == datetime(2025, 3, 3, 9, 30)
    assert c1.decoded("DTSTAMP").tzinfo is not None
    assert int(c1["SEQUENCE"]) == 0
    assert list(c1["CATEGORIES"].cats) == ["Excelencia", "Trabajo en equipo", "Primavera"]
    assert str(c1["DESCRIPTION"]) == (
        "Clientes primero\nAudience: Tiendas Norte\nChannel: Email\nOwner: Lucía"
    )
    assert str(c1["LOCATION"]) == "Email"
    assert str(c1["STATUS"]) == "CONFIRMED"
    assert "RRULE" not in c1
    assert str(events["c13"]["STATUS"]) == "CANCELLED"


def test_recurring_series_is_one_event_with_rrule_and_exdate(
    tmp_path, workspace, ics, plan
) -> None:
    series = add_series(workspace, plan)
    out = tmp_path / "plan.ics"
    ics.export(out, language="es")
    _cal, events = read(out)
    event = events["Weekly huddle"]
    rule = event["RRULE"]
    assert dict(rule) == {"FREQ": ["WEEKLY"], "BYDAY": ["MO"], "COUNT": [4]}
    exdates = [d.dt for d in event["EXDATE"].dts]
    assert exdates == [datetime(2025, 4, 14, 10, 0)]
    assert event.decoded("DTEND") == datetime(2025, 4, 7, 10, 45)
    assert str(event["STATUS"]) == "TENTATIVE"
    assert str(event["DESCRIPTION"]) == (
        "Share one customer story\nPúblico: Tiendas Norte, Mandos\nCanal: Intranet\n"
        "Responsable: Pablo"
    )
    assert str(event["UID"]).startswith(f"comm-{series.id}@")


def test_uids_are_stable_and_sequence_grows_on_change(tmp_path, workspace, ics, plan) -> None:
    first, second, third = (tmp_path / n for n in ("1.ics", "2.ics", "3.ics"))
    ics.export(first)
    ics.export(second)
    _c, a = read(first)
    _c, b = read(second)
    assert {k: str(v["UID"]) for k, v in a.items()} == {k: str(v["UID"]) for k, v in b.items()}
    assert int(b["c1"]["SEQUENCE"]) == 0
    c1 = workspace.communications.get(plan.comms["c1"])
    workspace.communications.update(dataclasses.replace(c1, start=dt("2025-03-04")))
    ics.export(third)
    _c, c = read(third)
    assert int(c["c1"]["SEQUENCE"]) == 1
    assert int(c["c2"]["SEQUENCE"]) == 0
    # A new service instance (another session) keeps the same workspace uuid.
    assert IcsExportService(workspace).uid(1) == ics.uid(1)


@pytest.mark.parametrize(
    ("make_filter", "expected"),
    [
        (lambda p: IcsFilter(segment_id=p.seg_b), {"c2", "c4", "Weekly huddle"}),
        (lambda p: IcsFilter(campaign_id=p.campaign_y), {"c12"}),
        (lambda p: IcsFilter(first=date(2025, 3, 11), last=date(2025, 3, 11)), {"c6", "c7", "c8"}),
        (lambda p: IcsFilter(first=date(2025, 4, 21), last=date(2025, 4, 21)), {"Weekly huddle"}),
        (lambda p: IcsFilter(first=date(2025, 4, 14), last=date(2025, 4, 14)), set()),
    ],
)
def test_filters(tmp_path, workspace, ics, plan, make_filter, expected) -> None:
    add_series(workspace, plan)
    out = tmp_path / "f.ics"
    ics.export(out, make_filter(plan))
    _cal, events = read(out)
    assert set(events) == expected


def test_unwritable_path_keeps_the_previous_file(tmp_path, ics, plan) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / "plan.ics"
    out.write_text("previous")
    os.chmod(folder, 0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(IcsExportError) as caught:
            ics.export(out)
        assert "plan.ics" in str(caught.value)
        assert "could not be written" in str(caught.value)
        assert out.read_text() == "previous"
        assert os.listdir(folder) == ["plan.ics"]
    finally:
        os.chmod(folder, 0o700)


def test_failed_write_keeps_the_previous_file_and_leaves_no_temporary(
    tmp_path, monkeypatch, ics, plan
) -> None:
    out = tmp_path / "plan.ics"
    out.write_text("previous")

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(IcsExportError) as caught:
        ics.export(out)
    assert "Permission denied" in str(caught.value)
    assert out.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_missing_folder_and_directory_target_are_clear_errors(tmp_path, ics, plan) -> None:
    with pytest.raises(IcsExportError):
        ics.export(tmp_path / "nowhere" / "plan.ics")
    with pytest.raises(IcsExportError):
        ics.export(tmp_path)
