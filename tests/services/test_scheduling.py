"""What-if of a move, slot suggestions and balancing, checked against full re-checks."""

from __future__ import annotations

import dataclasses
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from calendar_support import IncludeMembers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scheduling_support import dt, make_rig

from commsplanner.domain import (
    Blackout,
    Campaign,
    Channel,
    Communication,
    Employee,
    Segment,
    Status,
    WorkspaceSettings,
)
from commsplanner.domain.sequencing import RuleKind, SequencingRule
from commsplanner.services.calendar import CalendarService
from commsplanner.services.conflicts import ConflictKind, ConflictService
from commsplanner.services.scheduling import (
    ConflictTotals,
    SchedulingService,
    StalePlanError,
    report_totals,
)
from commsplanner.storage import Workspace

FIRST, LAST = date(2025, 3, 1), date(2025, 5, 31)


def totals_of(rig, first=FIRST, last=LAST) -> ConflictTotals:
    report = rig.conflicts.check(first, last)
    return report_totals(report, rig.calendar.channels(), rig.ws.settings.load().weekly_cap)


def involved(report, comm_id: int) -> list[str]:
    return [
        c.message()
        for c in report.conflicts
        if comm_id in c.communication_ids and c.kind is not ConflictKind.NO_AUDIENCE
    ]


def move(ws, comm_id: int, start: datetime) -> None:
    ws.communications.update(dataclasses.replace(ws.communications.get(comm_id), start=start))


@pytest.fixture
def rig(workspace):
    return make_rig(workspace, with_conflicts=True)


# ----------------------------------------------------------------------------- the index
def test_index_totals_equal_the_report(rig) -> None:
    a = rig.add("Pre-brief", dt("2025-03-03", 9))
    b = rig.add("Anuncio", dt("2025-03-04", 10))
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=2))
    report = rig.check()
    index = rig.scheduling.index(report)
    assert index.totals == rig.scheduling.totals(report)
    assert index.totals == ConflictTotals(
        # In the week of 3 March people 1–5 get 5, 6–10 get 7, 11–15 get 4 (cap 3).
        overload_people=15,
        overload_excess=5 * 2 + 5 * 4 + 5 * 1,
        overload_pressure=5 * 2**2 + 5 * 4**2 + 5 * 1**2,
        overload_findings=3,  # Tiendas Norte, Mandos, Toda la plantilla
        channel_people=10,
        channel_findings=3,
        capacity=1,
        holiday=1,
        blackout=1,
        same_day=1,
        sequence=1,
        no_audience=1,
    )


def test_what_if_of_one_move_in_words(rig) -> None:
    index = rig.scheduling.index(rig.check())
    c5 = rig.plan.comms["c5"]
    start = dt("2025-03-07")
    # To a public holiday.
    holiday = index.evaluate(c5, start, dt("2025-05-01"))
    assert holiday.holiday == "Fiesta del Trabajo"
    assert holiday.severity == "warning"
    assert holiday.delta.holiday == 1
    # Into the blackout period.
    assert index.evaluate(c5, start, dt("2025-03-31")).severity == "error"
    # To the day the email channel is already full.
    full = index.evaluate(c5, start, dt("2025-03-11", 15))
    assert full.capacity == (4, 2) and full.over_capacity
    # To a quiet Monday: out of the overloaded week, nothing wrong there.
    quiet = index.evaluate(c5, start, dt("2025-03-17"))
    assert quiet.clean and quiet.severity is None
    assert quiet.delta.overload_excess == -5
    assert quiet.busiest == 1
    # Outside the indexed period or an unknown occurrence: no answer.
    assert index.evaluate(c5, start, dt("2025-07-01")) is None
    assert index.evaluate(c5, dt("2025-03-08"), dt("2025-03-17")) is None


def test_what_if_sequencing_depends_on_the_time_of_day(rig) -> None:
    town_hall = rig.add("Town hall", dt("2025-03-18", 10), duration_minutes=60)
    summary = rig.add("Resumen", dt("2025-03-19", 9))
    rig.ws.sequencing_rules.add(
        SequencingRule(RuleKind.NOT_BEFORE, first_id=town_hall, second_id=summary)
    )
    index = rig.scheduling.index(rig.check())
    early = index.evaluate(summary, dt("2025-03-19", 9), dt("2025-03-18", 10, 30))
    late = index.evaluate(summary, dt("2025-03-19", 9), dt("2025-03-18", 11))
    assert [c.message() for c in early.sequence] == [
        "“Resumen” on 18 March comes before “Town hall” (18 March), which must take place first"
    ]
    assert early.delta.sequence == 1 and early.severity == "error"
    assert late.sequence == [] and late.delta.sequence == 0


# ----------------------------------------------------------------------------- property
START = date(2025, 4, 21)  # a Monday; 1 May (national) and 2 May (Madrid) are holidays
DAYS = 28

rule_kinds = st.sampled_from(list(RuleKind))


@st.composite
def plans(draw):
    segments = draw(
        st.lists(st.sets(st.integers(0, 11), min_size=1, max_size=9), min_size=1, max_size=3)
    )
    channels = draw(
        st.lists(
            st.tuples(st.sampled_from([None, 1, 2]), st.sampled_from([None, 1, 2])),
            min_size=1,
            max_size=2,
        )
    )
    comms = draw(
        st.lists(
            st.tuples(
                st.integers(0, DAYS - 1),
                st.sampled_from([9, 10, 11]),
                st.integers(0, len(channels)),  # 0: no channel
                st.sets(st.integers(0, len(segments) - 1), max_size=2),
                st.integers(0, 1),  # campaign
                st.sampled_from([Status.SCHEDULED, Status.SCHEDULED, Status.CANCELLED]),
            ),
            min_size=2,
            max_size=9,
        )
    )
    n = len(comms)
    rules = draw(
        st.lists(
            st.tuples(
                rule_kinds,
                st.integers(0, n - 1),
                st.integers(0, n - 1),
                st.integers(0, len(segments) - 1),
                st.integers(0, 2),
                st.sampled_from([None, 0, 1]),
            ),
            max_size=4,
        )
    )
    moves = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, DAYS - 1), st.sampled_from([8, 10])),
            min_size=1,
            max_size=3,
        )
    )
    weekly_cap = draw(st.integers(1, 3))
    return segments, channels, comms, rules, moves, weekly_cap


def _build(folder: Path, segments, channels, comms, rules, weekly_cap):
    ws = Workspace.create(folder / "p.commsplan")
    ws.settings.save(WorkspaceSettings(country="ES", region="MD", weekly_cap=weekly_cap))
    ws.employees.add_many(Employee(f"E{i}") for i in range(12))
    ids = ws.employees.active_ids()
    segs = [
        ws.segments.add(Segment(f"S{i}", include_ids=tuple(ids[j] for j in sorted(members)))).id
        for i, members in enumerate(segments)
    ]
    chans = [
        ws.channels.add(Channel(f"C{i}", weekly_cap_per_person=cap, daily_capacity=daily)).id
        for i, (cap, daily) in enumerate(channels)
    ]
    camps = [
        ws.campaigns.add(Campaign("K0", segment_ids=(segs[0],))).id,
        ws.campaigns.add(Campaign("K1")).id,
    ]
    ws.blackouts.add(Blackout("Cierre", START + timedelta(days=9), START + timedelta(days=10)))
    stored = []
    for offset, hour, channel, seg_idx, camp, status in comms:
        stored.append(
            ws.communications.add(
                Communication(
                    campaign_id=camps[camp],
                    title=f"M{len(stored)}",
                    start=datetime.combine(START + timedelta(days=offset), time(hour)),
                    duration_minutes=45,
                    channel_id=chans[channel - 1] if channel else None,
                    segment_ids=tuple(segs[i] for i in sorted(seg_idx)),
                    status=status,
                )
            ).id
        )
    for kind, first, second, seg, days, camp in rules:
        if kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE) and first == second:
            continue
        ws.sequencing_rules.add(
            SequencingRule(
                kind,
                first_id=stored[first],
                second_id=stored[second]
                if kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE)
                else None,
                segment_id=segs[seg],
                campaign_id=camps[camp]
                if camp is not None
                else (camps[0] if kind is RuleKind.SEGMENT_FIRST else None),
                days=days,
            )
        )
    return ws, stored


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plans())
def test_what_if_equals_a_full_recheck_after_the_move(data) -> None:
    segments, channels, comms, rules, moves, weekly_cap = data
    first, last = START, START + timedelta(days=DAYS - 1)
    with tempfile.TemporaryDirectory() as folder:
        ws, stored = _build(Path(folder), segments, channels, comms, rules, weekly_cap)
        try:
            calendar = CalendarService(ws)
            conflicts = ConflictService(ws, members=IncludeMembers(ws), calendar=calendar)
            scheduling = SchedulingService(ws, conflicts, calendar)
            for which, offset, hour in moves:
                report = conflicts.check(first, last)
                index = scheduling.index(report)
                assert index.totals == scheduling.totals(report)
                comm_id = stored[which]
                comm = ws.communications.get(comm_id)
                target = datetime.combine(START + timedelta(days=offset), time(hour))
                candidate = index.evaluate(comm_id, comm.start, target)
                if comm.status is Status.CANCELLED:
                    assert candidate is None
                    continue
                move(ws, comm_id, target)
                after = conflicts.check(first, last)
                assert candidate.totals == scheduling.totals(after)
                assert candidate.clean == (involved(after, comm_id) == [])
                expected = sorted(
                    c.message()
                    for c in after.conflicts
                    if c.kind is ConflictKind.SEQUENCE and comm_id in c.communication_ids
                )
                assert sorted(c.message() for c in candidate.sequence) == expected
                # Chained on the same index (as balancing does), it still agrees.
                index.apply(candidate)
                assert index.totals == scheduling.totals(after)
        finally:
            ws.close()


# ----------------------------------------------------------------------------- slots
def test_slot_suggestions_are_conflict_free_and_nearest_first(rig) -> None:
    c5 = rig.plan.comms["c5"]  # Friday 7 March, in the overloaded week
    search = rig.scheduling.find_slots(c5, limit=4)
    assert search.window == (date(2025, 3, 1), date(2025, 5, 31))
    assert search.current is not None and not search.current.clean
    starts = [s.start for s in search.suggestions]
    assert len(starts) == 4
    # Monday 10 March is free for it; 11 March (email channel full) is not.
    assert starts[0] == dt("2025-03-10")
    assert dt("2025-03-11") not in starts
    assert [abs(s.days_away) for s in search.suggestions] == sorted(
        abs(s.days_away) for s in search.suggestions
    )
    before = totals_of(rig)
    for suggestion in search.suggestions:
        move(rig.ws, c5, suggestion.start)
        report = rig.check()
        assert involved(report, c5) == []
        assert not rig.scheduling.totals(report).worse_than(before)
        move(rig.ws, c5, dt("2025-03-07"))


def test_slots_respect_order_rules_by_changing_the_time(rig) -> None:
    town_hall = rig.add("Town hall", dt("2025-03-18", 10), duration_minutes=60)
    summary = rig.add("Resumen", dt("2025-03-17", 10), segment_ids=(rig.plan.seg_c,))
    rig.ws.sequencing_rules.add(
        SequencingRule(RuleKind.NOT_BEFORE, first_id=town_hall, second_id=summary)
    )
    first = rig.scheduling.find_slots(summary, limit=3).suggestions[0]
    # The same day as the town hall, once it is over.
    assert first.start == dt("2025-03-18", 11)
    move(rig.ws, summary, first.start)
    assert involved(rig.check(), summary) == []


def test_slots_for_one_occurrence_of_a_series_and_applying_one(rig) -> None:
    series = rig.add(
        "Semanal",
        dt("2025-04-07", 9),
        recurrence="FREQ=WEEKLY;COUNT=3",
        segment_ids=(rig.plan.seg_c,),
    )
    search = rig.scheduling.find_slots(series, occurrence=dt("2025-04-14", 9), limit=2)
    assert search.occurrence == dt("2025-04-14", 9)
    target = search.suggestions[0].start
    edit = rig.scheduling.move_to(series, search.occurrence, target)
    assert rig.ws.communications.get(series).skipped_dates == (date(2025, 4, 14),)
    assert rig.ws.communications.get(edit.created_ids[0]).start == target
    rig.calendar.revert(edit)
    assert rig.ws.communications.get(series).skipped_dates == ()


def test_slots_not_before_a_date_and_cancelled_refused(rig) -> None:
    c5 = rig.plan.comms["c5"]
    search = rig.scheduling.find_slots(c5, not_before=date(2025, 4, 1))
    assert all(s.start.date() >= date(2025, 4, 1) for s in search.suggestions)
    assert search.suggestions
    comm = rig.ws.communications.get(c5)
    rig.ws.communications.update(dataclasses.replace(comm, status=Status.CANCELLED))
    with pytest.raises(Exception, match="cancelled"):
        rig.scheduling.find_slots(c5)


# ----------------------------------------------------------------------------- balancing
def _busy_month(rig) -> None:
    """More overload: a second campaign's emails and notes piled onto two weeks."""
    plan = rig.plan
    for day, segment in (
        ("2025-03-04", plan.seg_a),
        ("2025-03-05", plan.seg_b),
        ("2025-03-06", rig.everyone),
        ("2025-03-12", plan.seg_a),
        ("2025-03-13", plan.seg_a),
        ("2025-03-14", rig.everyone),
        ("2025-03-12", plan.seg_b),
    ):
        rig.add(
            f"Nota {day} {segment}", dt(day, 12), segment_ids=(segment,), channel_id=plan.intranet
        )


def test_balance_never_makes_any_count_worse_and_undoes_in_one_step(rig) -> None:
    _busy_month(rig)
    a, b = rig.add("Pre", dt("2025-03-03", 8)), rig.comms["Nota 2025-03-04 " + str(rig.plan.seg_a)]
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b))
    pinned = rig.add("Fijo", dt("2025-03-05", 15), segment_ids=(rig.plan.seg_a,), pinned=True)
    starts = {c.id: c.start for c in rig.ws.communications.list()}
    # Balancing checks whole weeks: Monday 24 February to Sunday 6 April.
    weeks = (date(2025, 2, 24), date(2025, 4, 6))
    before = totals_of(rig, *weeks)
    everything_before = totals_of(rig)
    proposal = rig.scheduling.balance(date(2025, 3, 1), date(2025, 3, 31))
    assert proposal.before == before
    assert proposal.moves, "the busy month should be improvable"
    assert proposal.after.overload_people < before.overload_people
    assert proposal.complete
    assert pinned not in {m.comm_id for m in proposal.moves}
    for m in proposal.moves:
        assert date(2025, 3, 1) <= m.new_start.date() <= date(2025, 3, 31)
        assert m.new_start.time() == m.old_start.time()
        assert m.new_start.weekday() < 5
    edit = rig.scheduling.apply_balance(proposal)
    after = totals_of(rig, *weeks)
    assert after == proposal.after
    assert after.worse_than(before) == []
    # Nor anywhere else in the plan (rules may reach beyond the period).
    assert totals_of(rig).worse_than(everything_before) == []
    rig.scheduling.undo(edit)
    assert {c.id: c.start for c in rig.ws.communications.list()} == starts
    rig.scheduling.redo(edit)
    assert totals_of(rig, *weeks) == proposal.after


def test_balance_keeps_series_live_items_and_other_periods(rig) -> None:
    _busy_month(rig)
    plan = rig.plan
    live = rig.add("En curso", dt("2025-03-04", 16), segment_ids=(plan.seg_a,), status=Status.LIVE)
    series = rig.add(
        "Serie", dt("2025-03-03", 17), recurrence="FREQ=DAILY;COUNT=3", segment_ids=(plan.seg_a,)
    )
    proposal = rig.scheduling.balance(date(2025, 3, 1), date(2025, 3, 31))
    moved = {m.comm_id for m in proposal.moves}
    assert live not in moved and series not in moved
    # A period without overload: nothing to do.
    quiet = rig.scheduling.balance(date(2025, 4, 1), date(2025, 4, 30))
    assert quiet.moves == [] and quiet.removed == 0


def test_balance_refuses_a_stale_proposal_and_a_reversed_period(rig) -> None:
    _busy_month(rig)
    proposal = rig.scheduling.balance(date(2025, 3, 1), date(2025, 3, 31))
    first = proposal.moves[0]
    move(rig.ws, first.comm_id, first.old_start + timedelta(hours=1))
    starts = {c.id: c.start for c in rig.ws.communications.list()}
    with pytest.raises(StalePlanError):
        rig.scheduling.apply_balance(proposal)
    assert {c.id: c.start for c in rig.ws.communications.list()} == starts
    with pytest.raises(Exception, match="ends"):
        rig.scheduling.balance(date(2025, 3, 31), date(2025, 3, 1))


def test_balance_stops_at_its_time_limit(rig) -> None:
    _busy_month(rig)
    proposal = rig.scheduling.balance(date(2025, 3, 1), date(2025, 3, 31), max_seconds=0.0)
    assert not proposal.complete
    assert proposal.after.worse_than(proposal.before) == []


def test_without_a_free_slot_it_offers_places_that_lighten_the_load(rig) -> None:
    ws, plan = rig.ws, rig.plan
    ws.settings.save(dataclasses.replace(ws.settings.load(), weekly_cap=1))
    weekly = rig.add("Boletín", dt("2025-03-03", 8), recurrence="FREQ=WEEKLY;COUNT=9")
    target = rig.add("X", dt("2025-03-05"), segment_ids=(plan.seg_a,))
    for day in ("2025-03-06", "2025-03-07", "2025-03-11"):
        rig.add(f"A {day}", dt(day), segment_ids=(plan.seg_a,))
    search = rig.scheduling.find_slots(target, limit=3)
    assert search.suggestions == []
    # Every other week already has the bulletin: only the week of 10 March, where
    # Tiendas Norte is over the cap anyway but less so, lightens the load.
    assert [s.start for s in search.lighter] == [
        dt("2025-03-10"),
        dt("2025-03-11"),
        dt("2025-03-12"),
    ]
    best = search.lighter[0].candidate
    assert (best.delta.overload_people, best.delta.overload_excess) == (0, 0)
    assert best.delta.overload_pressure < 0
    before = totals_of(rig)
    move(ws, target, search.lighter[0].start)
    assert totals_of(rig).worse_than(before) == []
    assert weekly in {c.id for c in ws.communications.list()}
