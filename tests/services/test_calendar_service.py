"""Calendar items, filters and the edits made on the calendar, with undo and redo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from calendar_support import build_plan, dt

from commsplanner.domain import Communication, EntityKind, Status, ValidationError
from commsplanner.domain.recurrence import occurrences
from commsplanner.services.calendar import (
    STATUS_COLOURS,
    CalendarFilter,
    CalendarService,
    ColourBy,
    Scope,
    shift_rule,
    week_start,
)


@pytest.fixture
def plan(workspace):
    return build_plan(workspace)


@pytest.fixture
def calendar(workspace):
    return CalendarService(workspace)


def add_series(workspace, plan, **kw) -> Communication:
    kw.setdefault("recurrence", "FREQ=WEEKLY;BYDAY=MO;COUNT=4")
    return workspace.communications.add(
        Communication(
            campaign_id=plan.campaign_x,
            title="Weekly huddle",
            start=dt("2025-04-07", 10),
            duration_minutes=45,
            channel_id=plan.intranet,
            status=Status.APPROVED,
            **kw,
        )
    )


def test_items_in_range_with_everything_views_need(calendar, plan) -> None:
    items = calendar.items(date(2025, 3, 3), date(2025, 3, 9))
    assert [i.title for i in items] == ["c1", "c2", "c3", "c4", "c5"]
    c1 = items[0]
    assert c1.start == dt("2025-03-03") and c1.end == dt("2025-03-03", 9, 30)
    assert c1.campaign.name == "Primavera"
    assert c1.channel.name == "Email"
    assert c1.segment_ids == (plan.seg_a,)
    assert c1.value_ids == (plan.value_excellence, plan.value_teamwork)
    assert c1.owner == "Lucía"  # inherited from the campaign
    assert c1.colours == {
        ColourBy.VALUE: "#ff9900",  # the primary value
        ColourBy.CAMPAIGN: "#aa00aa",
        ColourBy.CHANNEL: "#3366cc",
        ColourBy.STATUS: STATUS_COLOURS[Status.SCHEDULED],
    }


def test_campaign_segments_used_when_communication_names_none(workspace, calendar, plan) -> None:
    comm = workspace.communications.add(
        Communication(campaign_id=plan.campaign_x, title="All", start=dt("2025-04-01"))
    )
    (item,) = [i for i in calendar.items(date(2025, 4, 1), date(2025, 4, 1)) if i.id == comm.id]
    assert item.segment_ids == (plan.seg_a,)


def test_recurring_communication_on_every_occurrence(workspace, calendar, plan) -> None:
    series = add_series(workspace, plan, skipped_dates=(date(2025, 4, 14),))
    items = [i for i in calendar.items(date(2025, 4, 1), date(2025, 5, 31)) if i.id == series.id]
    assert [i.start for i in items] == [
        dt("2025-04-07", 10),
        dt("2025-04-21", 10),
        dt("2025-04-28", 10),
    ]
    assert [i.index for i in items] == [0, 2, 3]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (CalendarFilter(segment_ids=frozenset({"B"})), ["c2", "c4"]),
        (CalendarFilter(channel_ids=frozenset({"intranet"})), ["c3", "c4"]),
        (CalendarFilter(statuses=frozenset({Status.DRAFT})), []),
        (CalendarFilter(owners=frozenset({"Lucía"})), ["c1", "c2", "c3", "c4", "c5"]),
        (CalendarFilter(value_ids=frozenset({"teamwork"})), ["c1", "c2", "c3", "c4", "c5"]),
    ],
)
def test_filters(calendar, plan, flt, expected) -> None:
    names = {"B": plan.seg_b, "intranet": plan.intranet, "teamwork": plan.value_teamwork}

    def resolve(values):
        return frozenset(names.get(v, v) for v in values)

    flt = CalendarFilter(
        segment_ids=resolve(flt.segment_ids),
        channel_ids=resolve(flt.channel_ids),
        value_ids=resolve(flt.value_ids),
        statuses=flt.statuses,
        owners=flt.owners,
    )
    items = calendar.items(date(2025, 3, 3), date(2025, 3, 9), flt)
    assert [i.title for i in items] == expected


def test_goal_filter(workspace, calendar, plan) -> None:
    from commsplanner.domain import BusinessGoal

    goal = workspace.goals.add(BusinessGoal("NPS"))
    flt = CalendarFilter(goal_ids=frozenset({goal.id}))
    assert calendar.items(date(2025, 3, 3), date(2025, 3, 9), flt) == []
    campaign = workspace.campaigns.get(plan.campaign_x)
    import dataclasses

    workspace.campaigns.update(dataclasses.replace(campaign, goal_ids=(goal.id,)))
    assert len(calendar.items(date(2025, 3, 3), date(2025, 3, 9), flt)) == 5


def test_campaign_spans(calendar, plan) -> None:
    spans = calendar.campaign_spans(date(2025, 3, 1), date(2025, 3, 31))
    assert [(s.campaign.name, s.start, s.end) for s in spans] == [
        ("Primavera", date(2025, 3, 1), date(2025, 5, 31))
    ]
    assert spans[0].communication_count == 9  # c1–c8, c11 (c13 is in May)
    # A campaign without dates spans its communications.
    april = calendar.campaign_spans(date(2025, 4, 1), date(2025, 4, 30))
    assert ("Sin público", date(2025, 4, 15), date(2025, 4, 15)) in [
        (s.campaign.name, s.start, s.end) for s in april
    ]


def test_move_one_off_with_undo_and_redo(workspace, calendar, plan) -> None:
    cid = plan.comms["c1"]
    edit = calendar.reschedule(cid, dt("2025-03-10", 15))
    assert edit.changes.updated == {EntityKind.COMMUNICATION: {cid}}
    assert workspace.communications.get(cid).start == dt("2025-03-10", 15)
    assert next(i.title for i in calendar.items(date(2025, 3, 10), date(2025, 3, 10))) == "c1"
    calendar.revert(edit)
    assert workspace.communications.get(cid).start == dt("2025-03-03")
    calendar.reapply(edit)
    assert workspace.communications.get(cid).start == dt("2025-03-10", 15)


def test_move_whole_series_keeps_its_weekday_rule_in_step(workspace, calendar, plan) -> None:
    series = add_series(workspace, plan, skipped_dates=(date(2025, 4, 14),))
    # Drag the 21 April occurrence to Wednesday 23 April at 11:00.
    calendar.reschedule(
        series.id, dt("2025-04-23", 11), occurrence=dt("2025-04-21", 10), scope=Scope.SERIES
    )
    moved = workspace.communications.get(series.id)
    assert moved.start == dt("2025-04-09", 11)
    assert moved.recurrence == "FREQ=WEEKLY;BYDAY=WE;COUNT=4"
    assert moved.skipped_dates == (date(2025, 4, 16),)
    starts = [o.start for o in occurrences(moved, date(2025, 4, 1), date(2025, 5, 31))]
    assert starts == [dt("2025-04-09", 11), dt("2025-04-23", 11), dt("2025-04-30", 11)]


def test_move_one_occurrence_detaches_a_copy(workspace, calendar, plan) -> None:
    series = add_series(workspace, plan)
    edit = calendar.reschedule(
        series.id, dt("2025-04-15", 16), occurrence=dt("2025-04-14", 10), scope=Scope.ONE
    )
    (copy_id,) = edit.created_ids
    assert edit.changes.added == {EntityKind.COMMUNICATION: {copy_id}}
    assert edit.changes.updated == {EntityKind.COMMUNICATION: {series.id}}
    assert workspace.communications.get(series.id).skipped_dates == (date(2025, 4, 14),)
    copy = workspace.communications.get(copy_id)
    assert (copy.start, copy.recurrence, copy.title, copy.duration_minutes) == (
        dt("2025-04-15", 16),
        None,
        "Weekly huddle",
        45,
    )
    days = [
        i.start
        for i in calendar.items(date(2025, 4, 1), date(2025, 5, 31))
        if i.title == "Weekly huddle"
    ]
    assert days == [
        dt("2025-04-07", 10),
        dt("2025-04-15", 16),
        dt("2025-04-21", 10),
        dt("2025-04-28", 10),
    ]
    calendar.revert(edit)
    assert workspace.communications.find(copy_id) is None
    assert workspace.communications.get(series.id).skipped_dates == ()
    calendar.reapply(edit)
    assert workspace.communications.get(copy_id).start == dt("2025-04-15", 16)


def test_moving_a_date_that_is_not_an_occurrence_is_refused(workspace, calendar, plan) -> None:
    series = add_series(workspace, plan)
    with pytest.raises(ValidationError):
        calendar.reschedule(
            series.id, dt("2025-04-16"), occurrence=dt("2025-04-15", 10), scope=Scope.ONE
        )


def test_set_duration_and_campaign_dates(workspace, calendar, plan) -> None:
    cid = plan.comms["c2"]
    edit = calendar.set_duration(cid, 90)
    assert workspace.communications.get(cid).duration_minutes == 90
    calendar.revert(edit)
    assert workspace.communications.get(cid).duration_minutes == 30
    with pytest.raises(ValidationError):
        calendar.set_duration(cid, 0)
    edit = calendar.set_campaign_dates(plan.campaign_x, date(2025, 2, 1), date(2025, 6, 30))
    assert edit.changes.updated == {EntityKind.CAMPAIGN: {plan.campaign_x}}
    assert workspace.campaigns.get(plan.campaign_x).start == date(2025, 2, 1)
    calendar.revert(edit)
    assert workspace.campaigns.get(plan.campaign_x).end == date(2025, 5, 31)
    with pytest.raises(ValidationError):
        calendar.set_campaign_dates(plan.campaign_x, date(2025, 6, 1), date(2025, 5, 1))


def test_create_update_delete_round_trip(workspace, calendar, plan) -> None:
    edit = calendar.create(
        Communication(campaign_id=plan.campaign_x, title="New", start=dt("2025-04-02"))
    )
    (new_id,) = edit.created_ids
    assert calendar.communication(new_id).title == "New"
    calendar.revert(edit)
    assert workspace.communications.find(new_id) is None
    calendar.reapply(edit)
    import dataclasses

    edit = calendar.update(
        dataclasses.replace(workspace.communications.get(new_id), title="Renamed")
    )
    assert calendar.communication(new_id).title == "Renamed"
    calendar.revert(edit)
    assert calendar.communication(new_id).title == "New"
    edit = calendar.delete(new_id)
    assert workspace.communications.find(new_id) is None
    calendar.revert(edit)
    assert workspace.communications.get(new_id).title == "New"


def test_cache_sees_writes_from_other_code(workspace, calendar, plan) -> None:
    assert len(calendar.items(date(2025, 4, 1), date(2025, 4, 30))) == 1
    workspace.communications.add(
        Communication(campaign_id=plan.campaign_x, title="Other", start=dt("2025-04-03"))
    )
    assert len(calendar.items(date(2025, 4, 1), date(2025, 4, 30))) == 2


def test_shift_rule_and_week_start() -> None:
    assert shift_rule("FREQ=WEEKLY;BYDAY=MO,FR", 1) == "FREQ=WEEKLY;BYDAY=TU,SA"
    assert shift_rule("FREQ=MONTHLY;BYDAY=1MO", -1) == "FREQ=MONTHLY;BYDAY=1SU"
    assert shift_rule("FREQ=MONTHLY;BYMONTHDAY=10", 3) == "FREQ=MONTHLY;BYMONTHDAY=13"
    assert shift_rule("FREQ=DAILY;UNTIL=20250430", 2) == "FREQ=DAILY;UNTIL=20250502"
    assert shift_rule("FREQ=DAILY;COUNT=3", 0) == "FREQ=DAILY;COUNT=3"
    assert week_start(date(2025, 3, 6)) == date(2025, 3, 3)
    assert week_start(date(2025, 3, 6), 6) == date(2025, 3, 2)  # Sunday-first weeks
    assert week_start(date(2025, 3, 3)) - timedelta(days=7) == date(2025, 2, 24)


def test_legend(calendar, plan) -> None:
    assert calendar.legend(ColourBy.CHANNEL) == [("Email", "#3366cc"), ("Intranet", "#dc3912")]
    assert calendar.legend("value")[0] == ("Excelencia", "#ff9900")
    assert len(calendar.legend(ColourBy.STATUS)) == len(Status)
