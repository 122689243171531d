"""Dashboard aggregates against hand-computed figures of the small workspace of
``listening_support`` (period January–February 2025, anonymity threshold 5)."""

from __future__ import annotations

from datetime import date

import pytest
from listening_support import FIRST, LAST, TODAY, make

from commsplanner.domain import FeedbackKind, Measurement, WorkspaceSettings
from commsplanner.services.dashboard import (
    AnonymityGuard,
    DashboardService,
    coverage_sentences,
    months_between,
)
from commsplanner.services.segmentation import SegmentationService

JAN, FEB = date(2025, 1, 1), date(2025, 2, 1)


@pytest.fixture
def plan(tmp_path):
    ws, ids = make(tmp_path / "plan.commsplan")
    service = DashboardService(ws, SegmentationService(ws))
    yield ws, ids, service
    ws.close()


def test_values_coverage_by_month_weights_reach_by_value_weight(plan) -> None:
    _ws, _ids, service = plan
    coverage = service.compute(FIRST, LAST, today=TODAY).coverage
    assert [v.name for v in coverage.values] == ["Excelencia", "Cooperación", "Integridad"]
    assert coverage.months == (JAN, FEB)
    # January: m1 reaches "Primera línea" (6): Excelencia 1.0×6, Cooperación 0.5×6;
    # m2 reaches "Madrid" (8): Excelencia 8, Cooperación 4.
    # February: m3 reaches "Oficinas" (4): Cooperación 4; m5 twice reaches both segments (10):
    # Cooperación 20. The cancelled m4 and the March m6 do not count.
    assert coverage.by_month == ((14.0, 0.0), (7.0, 24.0), (0.0, 0.0))
    assert coverage.communications == ((2.0, 0.0), (1.0, 3.0), (0.0, 0.0))
    assert coverage.totals == (14.0, 31.0, 0.0)
    assert coverage.organisation_size == 17
    assert coverage.per_employee()[0] == (14 / 17, 0.0)


def test_values_coverage_by_segment_hides_small_segments(plan) -> None:
    _ws, _ids, service = plan
    coverage = service.compute(FIRST, LAST, today=TODAY).coverage
    # "Oficinas" has 4 members, below the threshold of 5: never shown.
    assert [(s.name, s.size) for s in coverage.segments] == [("Madrid", 8), ("Primera línea", 6)]
    assert coverage.hidden_segments == 1
    # Madrid: m1 reaches 4 of its members (E1–E4), m2 all 8, m3 4 (E7–E10), m5 8 twice.
    #   Excelencia 1×4 + 1×8 = 12; Cooperación 0.5×4 + 0.5×8 + 1×4 + 2×8 = 26.
    # Primera línea: m1 6, m2 4, m3 0, m5 6 twice.
    #   Excelencia 6 + 4 = 10; Cooperación 3 + 2 + 0 + 12 = 17.
    assert coverage.by_segment == ((12.0, 10.0), (26.0, 17.0), (0.0, 0.0))
    assert coverage.per_member()[1] == (26 / 8, 17 / 6)


def test_under_served_values_are_named_in_plain_words(plan) -> None:
    _ws, _ids, service = plan
    coverage = service.compute(FIRST, LAST, today=TODAY).coverage
    kinds = [(f.value.name, f.kind, f.empty_months) for f in coverage.findings]
    # Integridad gets nothing; Excelencia has 14/45 = 31 % (above half an even third) but
    # nothing in February, when Cooperación was promoted.
    assert kinds == [("Integridad", "nothing", (JAN, FEB)), ("Excelencia", "gaps", (FEB,))]
    assert [f.value.name for f in coverage.under_served] == ["Integridad"]
    assert coverage.findings[1].share == pytest.approx(14 / 45)
    assert coverage_sentences(coverage) == [
        "No communication in this period promotes “Integridad”.",
        "Nothing promoted “Excelencia” in February 2025, while other values were promoted.",
    ]


def test_low_share_is_under_served() -> None:
    from commsplanner.services.dashboard import ValueRef, _coverage_findings

    np = pytest.importorskip("numpy")
    values = [ValueRef(1, "A", "#000000"), ValueRef(2, "B", "#000000")]
    # B has 10 of 110 = 9 %, under half of an even 50 %.
    found = _coverage_findings(values, [JAN], np.array([[100.0], [10.0]]))
    assert [(f.value.name, f.kind) for f in found] == [("B", "low")]
    assert found[0].even_share == 0.5


def test_reach_and_the_unreached(plan) -> None:
    _ws, _ids, service = plan
    reach = service.compute(FIRST, LAST, today=TODAY).reach
    # Targeted: Primera línea, Madrid, Oficinas = E1–E10; E12–E18 are in no targeted segment.
    assert reach.organisation_size == 17
    assert reach.reached == 10
    assert reach.share == pytest.approx(10 / 17)
    assert reach.front_line == 6 and reach.front_line_reached == 6
    assert reach.reached_by_month == (10, 10)
    assert reach.targeted_segments == 3
    assert reach.unreached == 7
    by = {b.attribute: b for b in reach.unreached_by}
    # Compras (1 person) is below the threshold: counted only in "hidden".
    assert by["department"].items == (("Logística", 6),)
    assert (by["department"].hidden, by["department"].hidden_groups) == (1, 1)
    assert by["location"].items == (("Bilbao", 7),)
    assert reach.unreached_front_line == 0
    assert reach.unreached_office == 7


def test_channel_mix(plan) -> None:
    _ws, _ids, service = plan
    mix = service.compute(FIRST, LAST, today=TODAY).channels
    rows = {r.channel.name: r for r in mix.rows}
    # Correo: m1 (6) + m3 (4); Intranet: m2 (8) + m5 twice (10 + 10).
    assert (rows["Correo"].communications, rows["Correo"].contacts) == (2, 10)
    assert (rows["Intranet"].communications, rows["Intranet"].contacts) == (3, 28)
    assert [r.channel.name for r in mix.rows] == ["Intranet", "Correo"]
    assert (mix.communications, mix.contacts) == (5, 38)
    assert (mix.two_way_communications, mix.two_way_contacts) == (3, 28)
    assert mix.two_way_share == pytest.approx(0.6)
    assert mix.two_way_contact_share == pytest.approx(28 / 38)
    assert rows["Correo"].communication_share == pytest.approx(0.4)
    assert mix.one_way_contacts == 10


def test_workload_per_owner_per_week(plan) -> None:
    _ws, _ids, service = plan
    workload = service.compute(FIRST, LAST, today=TODAY).workload
    assert workload.weeks[0] == date(2024, 12, 30) and len(workload.weeks) == 9
    # Ana: m1 (week of 6 Jan), m3 (3 Feb, 60 min), m5 (10 and 17 Feb); m2 has no owner of its
    # own, so it goes to its campaign's owner Luis (week of 20 Jan).
    assert workload.owners == ("Ana", "Luis")
    assert workload.counts == ((0, 1, 0, 0, 0, 1, 1, 1, 0), (0, 0, 0, 1, 0, 0, 0, 0, 0))
    assert workload.minutes[0] == (0, 30, 0, 0, 0, 60, 30, 30, 0)
    assert workload.totals == (4, 1)
    assert workload.peak == ("Ana", date(2025, 1, 6), 1)


def test_listening_summary(plan) -> None:
    _ws, _ids, service = plan
    listening = service.compute(FIRST, LAST, today=TODAY).listening
    assert listening.months == (JAN, FEB)
    assert [c.name for c in listening.channels] == ["Intranet", ""]
    assert listening.counts == ((2, 1), (0, 1))
    assert listening.per_month == (2, 2)
    assert (listening.received, listening.answered, listening.acted_on) == (4, 2, 1)
    assert listening.share_answered == 0.5
    assert listening.by_kind == {
        FeedbackKind.IDEA: 1,
        FeedbackKind.QUESTION: 1,
        FeedbackKind.COMPLAINT: 2,
        FeedbackKind.PRAISE: 0,
    }
    # Still new on 28 February: the Oficinas question, the Intranet complaint and the
    # December question of Madrid, which is the oldest (70 days before 28 February).
    assert listening.open_total == 3
    oldest = listening.oldest_open
    assert oldest is not None
    assert (oldest.received, oldest.age_days, oldest.channel) == (date(2024, 12, 20), 70, "Correo")
    assert oldest.text == "¿Cuándo cobramos el bonus?"
    assert oldest.group is not None and oldest.group.text() == "Madrid"
    assert listening.open_by_campaign == (("Lanzamiento", 1),)
    assert sorted((g.text(), n) for g, n in listening.open_by_group) == [
        ("Madrid", 1),
        ("Whole organisation", 1),
    ]
    assert (listening.hidden_groups, listening.hidden_open) == (1, 1)


def test_oldest_open_text_is_withheld_for_small_groups(plan) -> None:
    ws, _ids, service = plan
    # Answer the December question: the oldest open one is now the Oficinas one (4 people).
    oldest = next(f for f in ws.feedback.list() if f.text.startswith("¿Cuándo"))
    ws.feedback.update(_answered(oldest))
    listening = service.listening(FIRST, LAST, today=TODAY)
    assert listening.oldest_open is not None
    assert listening.oldest_open.received == date(2025, 1, 15)
    assert listening.oldest_open.text is None and listening.oldest_open.group is None


def _answered(entry):
    import dataclasses

    from commsplanner.domain import FeedbackStatus

    return dataclasses.replace(entry, status=FeedbackStatus.ANSWERED, response="Ya")


def test_satisfaction_trends_respect_the_anonymity_threshold(plan) -> None:
    _ws, _ids, service = plan
    trends = service.compute(FIRST, LAST, today=TODAY).satisfaction
    assert trends.metric == "Satisfacción"
    assert trends.metrics == ("Satisfacción", "eNPS")
    labels = [s.group.text() for s in trends.series]
    # Organisation first, then segments, then attribute groups. Withheld: the February result
    # of Primera línea (4 respondents), all of Oficinas (4 members), Compras (1 member) and
    # Atlantis (no member, no respondents known).
    assert labels == ["Whole organisation", "Primera línea", "Department = Logística"]
    organisation, front, logistics = trends.series
    assert [(p.day, p.value) for p in organisation.points] == [
        (date(2025, 1, 15), 3.5),
        (date(2025, 2, 15), 3.8),
    ]
    assert organisation.change == pytest.approx(0.3)
    assert organisation.previous.value == 3.5
    assert [(p.value, p.respondents) for p in front.points] == [(3.2, 5)]
    assert front.change is None
    assert [(p.value, p.respondents) for p in logistics.points] == [(3.0, None)]
    assert (trends.hidden_points, trends.hidden_groups) == (4, 3)
    assert [(m.name, m.day) for m in trends.markers] == [
        ("Lanzamiento", date(2025, 1, 8)),
        ("Cultura", date(2025, 2, 1)),
    ]


def test_another_metric_can_be_chosen(plan) -> None:
    _ws, _ids, service = plan
    trends = service.satisfaction(FIRST, LAST, metric="enps")
    assert [(s.group.text(), [p.value for p in s.points]) for s in trends.series] == [
        ("Whole organisation", [10.0])
    ]


def test_raising_the_threshold_hides_more(plan) -> None:
    ws, _ids, service = plan
    ws.settings.save(WorkspaceSettings(anonymity_threshold=7))
    dashboard = service.compute(FIRST, LAST, today=TODAY)
    assert [s.name for s in dashboard.coverage.segments] == ["Madrid"]
    assert dashboard.coverage.hidden_segments == 2
    # Logística has 6 members now below 7; Primera línea too; the organisation keeps 12 and 15.
    assert [s.group.text() for s in dashboard.satisfaction.series] == ["Whole organisation"]
    by = {b.attribute: b for b in dashboard.reach.unreached_by}
    assert by["department"].items == ()
    assert by["department"].hidden == 7
    assert dashboard.reach.unreached_office == 7
    assert dashboard.threshold == 7


def test_anonymity_guard_rules() -> None:
    sizes = {1: 10, 2: 3}
    guard = AnonymityGuard(
        5,
        lambda s: sizes.get(s),
        lambda attr: {"madrid": 20, "ceuta": 2} if attr == "location" else {},
    )
    org = Measurement(date(2025, 1, 1), "x", 1.0)
    assert guard.allows_measurement(org)  # respondents unknown, organisation-wide
    assert not guard.allows_measurement(Measurement(date(2025, 1, 1), "x", 1.0, respondents=4))
    assert guard.allows_measurement(Measurement(date(2025, 1, 1), "x", 1.0, segment_id=1))
    assert not guard.allows_measurement(
        Measurement(date(2025, 1, 1), "x", 1.0, segment_id=1, respondents=4)
    )
    assert not guard.allows_measurement(
        Measurement(date(2025, 1, 1), "x", 1.0, segment_id=2, respondents=50)
    )
    assert guard.allows_measurement(
        Measurement(date(2025, 1, 1), "x", 1, group_attribute="location", group_value="MADRID")
    )
    assert not guard.allows_measurement(
        Measurement(date(2025, 1, 1), "x", 1, group_attribute="location", group_value="Ceuta")
    )
    # Unknown group and unknown respondents: nothing shows it is safe.
    assert not guard.allows_measurement(
        Measurement(date(2025, 1, 1), "x", 1, group_attribute="location", group_value="Mars")
    )
    assert guard.allows_measurement(
        Measurement(
            date(2025, 1, 1), "x", 1, group_attribute="location", group_value="Mars", respondents=9
        )
    )
    assert guard.allows_count(0) and guard.allows_count(5) and not guard.allows_count(4)


def test_empty_workspace_gives_empty_aggregates(workspace) -> None:
    service = DashboardService(workspace)
    first, last = service.period("all", today=date(2025, 6, 15))
    assert (first, last) == (date(2025, 1, 1), date(2025, 12, 31))
    dashboard = service.compute(first, last, today=date(2025, 6, 15))
    assert dashboard.listening.received == 0 and dashboard.listening.oldest_open is None
    assert dashboard.coverage.values == () and dashboard.coverage.findings == ()
    assert dashboard.reach.organisation_size == 0 and dashboard.reach.share == 0.0
    assert dashboard.channels.rows == () and dashboard.channels.two_way_share == 0.0
    assert dashboard.satisfaction.metric is None and dashboard.satisfaction.series == ()
    assert dashboard.workload.owners == () and dashboard.workload.peak is None
    assert coverage_sentences(dashboard.coverage) == ["The workspace has no corporate values yet."]


def test_periods(plan) -> None:
    _ws, _ids, service = plan
    today = date(2025, 5, 20)
    assert service.period("last_3_months", today) == (date(2025, 3, 1), date(2025, 5, 31))
    assert service.period("last_12_months", today) == (date(2024, 6, 1), date(2025, 5, 31))
    assert service.period("this_year", today) == (date(2025, 1, 1), date(2025, 12, 31))
    assert service.period("next_6_months", today) == (date(2025, 5, 1), date(2025, 10, 31))
    # The plan runs January–March 2025, the feedback from December 2024 to March 2025.
    assert service.period("all", today) == (date(2024, 12, 1), date(2025, 3, 31))
    assert months_between(date(2024, 12, 15), date(2025, 2, 1)) == [
        date(2024, 12, 1),
        JAN,
        FEB,
    ]


def test_reversed_period_is_put_right(plan) -> None:
    _ws, _ids, service = plan
    dashboard = service.compute(LAST, FIRST, today=TODAY)
    assert (dashboard.first, dashboard.last) == (FIRST, LAST)


def test_compute_reports_progress_and_can_be_cancelled(plan) -> None:
    from commsplanner.domain.errors import Cancelled
    from commsplanner.domain.progress import Progress

    _ws, _ids, service = plan
    steps = []
    service.compute(FIRST, LAST, progress=Progress(report=lambda d, t: steps.append((d, t))))
    assert steps[0] == (0, 7) and steps[-1] == (7, 7)
    with pytest.raises(Cancelled):
        service.compute(FIRST, LAST, progress=Progress(cancelled=lambda: True))
