"""Each conflict kind on a constructed plan, with exact expected counts."""

from __future__ import annotations

import dataclasses
from datetime import date

import numpy as np
import pytest
from calendar_support import IncludeMembers, build_plan, dt

from commsplanner.domain import Communication, Status
from commsplanner.i18n import catalog
from commsplanner.services.calendar import CalendarService
from commsplanner.services.conflicts import (
    ConflictKind,
    ConflictService,
    Severity,
    format_day,
)

FIRST, LAST = date(2025, 3, 1), date(2025, 5, 31)


@pytest.fixture
def plan(workspace):
    return build_plan(workspace)


@pytest.fixture
def service(workspace, plan):
    return ConflictService(workspace, members=IncludeMembers(workspace))


def of_kind(report, kind):
    return [c for c in report.conflicts if c.kind is kind]


def test_person_overload_counts_people_per_segment_and_week(service, plan) -> None:
    report = service.check(FIRST, LAST)
    found = of_kind(report, ConflictKind.PERSON_OVERLOAD)
    # Only people 6–10 exceed 3 in the week of 3 March: they are in both A and B.
    assert [(c.segment_id, c.week, c.count, c.received, c.limit) for c in found] == [
        (plan.seg_a, date(2025, 3, 3), 5, 5, 3),
        (plan.seg_b, date(2025, 3, 3), 5, 5, 3),
    ]
    a = found[0]
    assert a.severity is Severity.ERROR
    assert a.communication_ids == tuple(
        sorted(plan.comms[n] for n in ("c1", "c2", "c3", "c4", "c5"))
    )
    assert a.message() == (
        "5 people in Tiendas Norte would receive 5 communications in the week of 3 March (limit 3)"
    )
    assert report.week_overload == {date(2025, 3, 3): 5}


def test_overload_breakdown_by_department_and_location_respects_anonymity(
    workspace, service, plan
) -> None:
    report = service.check(FIRST, LAST)
    a = of_kind(report, ConflictKind.PERSON_OVERLOAD)[0]
    # Default threshold 5: Tiendas has 5 (shown); Sur 3 / Norte 2 are folded together.
    assert a.breakdown == {
        "department": (("Tiendas", 5),),
        "location": (("other groups", 5),),
    }
    settings = workspace.settings.load()
    workspace.settings.save(dataclasses.replace(settings, anonymity_threshold=2))
    a = of_kind(service.check(FIRST, LAST), ConflictKind.PERSON_OVERLOAD)[0]
    assert a.breakdown["location"] == (("Sur", 3), ("Norte", 2))  # 6, 8, 10 | 7, 9


def test_overload_follows_the_workspace_cap(workspace, service, plan) -> None:
    settings = workspace.settings.load()
    workspace.settings.save(dataclasses.replace(settings, weekly_cap=2))
    found = of_kind(service.check(FIRST, LAST), ConflictKind.PERSON_OVERLOAD)
    # With a cap of 2, people 1–5 (3 each) are over too, 11–15 (2 each) are not;
    # C gets 3 on 11 March.
    summary = [(c.segment_id, c.week, c.count, c.received) for c in found]
    assert summary == [
        (plan.seg_a, date(2025, 3, 3), 10, 5),
        (plan.seg_b, date(2025, 3, 3), 5, 5),
        (plan.seg_c, date(2025, 3, 10), 5, 3),
    ]
    assert found[0].message().startswith("10 people in Tiendas Norte would receive up to 5 ")


def test_channel_overload_uses_the_channel_cap(service, plan) -> None:
    found = of_kind(service.check(FIRST, LAST), ConflictKind.CHANNEL_OVERLOAD)
    summary = [(c.segment_id, c.week, c.count, c.received, c.limit, c.channel_id) for c in found]
    assert summary == [
        (plan.seg_a, date(2025, 3, 3), 5, 3, 2, plan.email),
        (plan.seg_b, date(2025, 3, 3), 5, 3, 2, plan.email),
        (plan.seg_c, date(2025, 3, 10), 5, 3, 2, plan.email),
    ]
    assert found[0].severity is Severity.WARNING
    # Only the emails count towards an email cap.
    assert found[0].communication_ids == tuple(sorted(plan.comms[n] for n in ("c1", "c2", "c5")))
    assert "through Email" in found[0].message()


def test_channel_daily_capacity(service, plan) -> None:
    found = of_kind(service.check(FIRST, LAST), ConflictKind.CHANNEL_CAPACITY)
    assert len(found) == 1
    assert (found[0].day, found[0].count, found[0].limit) == (date(2025, 3, 11), 3, 2)
    assert found[0].message() == "3 communications go out through Email on 11 March (capacity 2)"


def test_public_holidays_national_and_regional(workspace, service, plan) -> None:
    found = of_kind(service.check(FIRST, LAST, language="en"), ConflictKind.HOLIDAY)
    # Cancelled c13 on 1 May is not reported; 2 May is not a national holiday.
    assert [(c.day, c.communication_ids) for c in found] == [
        (date(2025, 5, 1), (plan.comms["c9"],))
    ]
    assert found[0].params["holiday"] == "Labor Day"
    settings = workspace.settings.load()
    workspace.settings.save(dataclasses.replace(settings, region="MD"))
    found = of_kind(service.check(FIRST, LAST, language="es"), ConflictKind.HOLIDAY)
    assert [c.day for c in found] == [date(2025, 5, 1), date(2025, 5, 2)]
    assert found[0].params["holiday"] == "Fiesta del Trabajo"


def test_blackout_periods(service, plan) -> None:
    found = of_kind(service.check(FIRST, LAST), ConflictKind.BLACKOUT)
    assert [(c.day, c.communication_ids) for c in found] == [
        (date(2025, 3, 31), (plan.comms["c11"],))
    ]
    assert found[0].severity is Severity.ERROR
    assert found[0].message() == (
        "“c11” is planned on 31 March, inside the blackout period “Cierre trimestral”"
    )


def test_same_segment_same_day_same_channel(service, plan) -> None:
    found = of_kind(service.check(FIRST, LAST), ConflictKind.SAME_DAY)
    assert [(c.day, c.segment_id, c.channel_id, c.count) for c in found] == [
        (date(2025, 3, 11), plan.seg_c, plan.email, 3)
    ]


def test_communication_without_audience(service, plan) -> None:
    found = of_kind(service.check(FIRST, LAST), ConflictKind.NO_AUDIENCE)
    assert [c.communication_ids for c in found] == [(plan.comms["c12"],)]
    assert found[0].severity is Severity.INFO


def test_report_orders_errors_first_and_indexes_by_communication(service, plan) -> None:
    report = service.check(FIRST, LAST)
    ranks = [c.severity.rank for c in report.conflicts]
    assert ranks == sorted(ranks)
    assert report.has_errors
    assert report.count(Severity.ERROR) == 4  # 2 overloads, 1 capacity, 1 blackout
    assert report.count(Severity.WARNING) == 5  # 3 channel overloads, 1 holiday, 1 same day
    assert report.count(Severity.INFO) == 1
    by_comm = report.by_communication()
    assert {c.kind for c in by_comm[plan.comms["c6"]]} == {
        ConflictKind.CHANNEL_OVERLOAD,
        ConflictKind.CHANNEL_CAPACITY,
        ConflictKind.SAME_DAY,
    }


def test_recurring_occurrences_each_count(workspace, plan) -> None:
    service = ConflictService(workspace, members=IncludeMembers(workspace))
    # A daily series Mon–Fri to C in the week of 7 April: 5 communications each.
    workspace.communications.add(
        Communication(
            campaign_id=plan.campaign_x,
            title="Daily",
            start=dt("2025-04-07"),
            channel_id=plan.intranet,
            segment_ids=(plan.seg_c,),
            recurrence="FREQ=DAILY;COUNT=5",
            status=Status.SCHEDULED,
        )
    )
    found = of_kind(service.check(FIRST, LAST), ConflictKind.PERSON_OVERLOAD)
    april = [c for c in found if c.week == date(2025, 4, 7)]
    assert [(c.segment_id, c.count, c.received) for c in april] == [(plan.seg_c, 5, 5)]


def test_without_members_no_overload_but_other_checks_run(workspace, plan) -> None:
    report = ConflictService(workspace).check(FIRST, LAST)
    assert of_kind(report, ConflictKind.PERSON_OVERLOAD) == []
    assert len(of_kind(report, ConflictKind.CHANNEL_CAPACITY)) == 1


def test_what_if_move_recounts_only_the_touched_weeks(workspace, service, plan) -> None:
    report = service.check(FIRST, LAST)
    before = report.state.counts.copy()
    # Moving c5 (email to A) a week later brings 6–10 down to 4: still over 3.
    found = service.what_if_move(report, plan.comms["c5"], dt("2025-03-07"), dt("2025-03-14"))
    march3 = [c for c in found if c.week == date(2025, 3, 3)]
    assert [(c.segment_id, c.count, c.received) for c in march3] == [
        (plan.seg_a, 5, 4),
        (plan.seg_b, 5, 4),
    ]
    assert np.array_equal(report.state.counts, before)  # the report is untouched


def test_messages_translate_to_spanish(service, plan) -> None:
    tr = catalog("es").translate
    report = service.check(FIRST, LAST)
    a = of_kind(report, ConflictKind.PERSON_OVERLOAD)[0]
    assert a.message(tr) == (
        "5 personas de Tiendas Norte recibirían 5 comunicaciones en la semana del 3 de marzo "
        "(límite 3)"
    )
    assert format_day(date(2025, 3, 3), tr, with_year=True) == "3 de marzo de 2025"


def test_calendar_service_can_be_shared(workspace, plan) -> None:
    calendar = CalendarService(workspace)
    service = ConflictService(workspace, members=IncludeMembers(workspace), calendar=calendar)
    assert service.check(FIRST, LAST).conflicts
