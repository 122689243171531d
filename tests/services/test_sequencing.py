"""Each kind of sequencing rule on constructed plans, with the exact violations expected."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from scheduling_support import dt, make_rig, sequence_findings

from commsplanner.domain import Blackout, EntityKind, Status, ValidationError
from commsplanner.domain.sequencing import RuleKind, SequencingRule
from commsplanner.i18n import catalog
from commsplanner.services.conflicts import ConflictKind, Severity


@pytest.fixture
def rig(workspace):
    return make_rig(workspace)


def found(rig, **kw):
    return [(c.day, c.communication_ids, c.message()) for c in sequence_findings(rig.check(**kw))]


# ----------------------------------------------------------------------------- A before B
def test_lead_time_counts_working_days(rig) -> None:
    a = rig.add("Pre-brief", dt("2025-03-03", 9))
    b = rig.add("Anuncio", dt("2025-03-04", 10))
    rule = rig.ws.sequencing_rules.add(
        SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=2)
    )
    assert found(rig) == [
        (
            date(2025, 3, 4),
            (a, b),
            "“Anuncio” on 4 March is only 1 working day(s) after “Pre-brief” (3 March); "
            "the rule asks for at least 2",
        )
    ]
    conflict = sequence_findings(rig.check())[0]
    assert conflict.kind is ConflictKind.SEQUENCE
    assert conflict.severity is Severity.ERROR
    assert conflict.params["rule_id"] == rule.id
    # Two working days later: satisfied.
    rig.ws.communications.update(
        dataclasses.replace(rig.ws.communications.get(b), start=dt("2025-03-05", 10))
    )
    assert found(rig) == []


def test_lead_time_over_a_weekend_a_holiday_and_a_blackout(rig) -> None:
    a = rig.add("A", dt("2025-03-07", 9))  # Friday
    b = rig.add("B", dt("2025-03-10", 9))  # Monday: one working day later
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=2))
    assert [f[0] for f in found(rig)] == [date(2025, 3, 10)]
    assert "only 1 working day(s)" in found(rig)[0][2]

    # Wednesday 30 April → Monday 5 May: 2 May and 5 May (1 May is Labour Day).
    rig.ws.communications.update(
        dataclasses.replace(rig.ws.communications.get(a), start=dt("2025-04-30", 9))
    )
    rig.ws.communications.update(
        dataclasses.replace(rig.ws.communications.get(b), start=dt("2025-05-05", 9))
    )
    assert found(rig) == []
    # In Madrid 2 May is a holiday too: one working day is left.
    settings = rig.ws.settings.load()
    rig.ws.settings.save(dataclasses.replace(settings, region="MD"))
    assert "only 1 working day(s)" in found(rig)[0][2]
    rig.ws.settings.save(settings)
    # A blackout day does not count as a working day either.
    rig.ws.blackouts.add(Blackout("Cierre", date(2025, 5, 2), date(2025, 5, 2)))
    assert "only 1 working day(s)" in found(rig)[0][2]


def test_lead_time_with_b_before_a(rig) -> None:
    a = rig.add("A", dt("2025-03-12", 9))
    b = rig.add("B", dt("2025-03-11", 9))
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=1))
    assert found(rig) == [
        (
            date(2025, 3, 11),
            (a, b),
            "“B” on 11 March comes before “A” (12 March); it must come at least 1 working "
            "day(s) after it",
        )
    ]


def test_not_before_compares_the_end_of_a_with_the_start_of_b(rig) -> None:
    a = rig.add("Town hall", dt("2025-03-10", 10), duration_minutes=60)
    b = rig.add("Resumen", dt("2025-03-10", 10, 30))
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b))
    assert found(rig) == [
        (
            date(2025, 3, 10),
            (a, b),
            "“Resumen” on 10 March comes before “Town hall” (10 March), which must take place "
            "first",
        )
    ]
    rig.ws.communications.update(
        dataclasses.replace(rig.ws.communications.get(b), start=dt("2025-03-10", 11))
    )
    assert found(rig) == []


def test_a_series_is_placed_by_its_first_occurrence(rig) -> None:
    a = rig.add("Kick-off", dt("2025-03-10", 9))
    b = rig.add("Weekly", dt("2025-03-03", 9), recurrence="FREQ=WEEKLY;COUNT=4")
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b))
    assert [f[0] for f in found(rig)] == [date(2025, 3, 3)]
    series = rig.ws.communications.get(b)
    rig.ws.communications.update(
        dataclasses.replace(series, skipped_dates=(date(2025, 3, 3), date(2025, 3, 10)))
    )
    assert found(rig) == []  # it now starts on 17 March


# ----------------------------------------------------------------------------- segment first
def test_segment_briefed_before_all_staff(rig) -> None:
    plan = rig.plan
    announce = rig.add("Anuncio", dt("2025-03-10", 10))  # the campaign's audience: everyone
    rule = SequencingRule(RuleKind.SEGMENT_FIRST, segment_id=plan.seg_b, campaign_id=rig.campaign)
    rig.ws.sequencing_rules.add(rule)
    assert found(rig) == [
        (
            date(2025, 3, 10),
            (announce,),
            "“Anuncio” reaches all staff on 10 March, but no communication of “Cambio” "
            "briefs Mandos first",
        )
    ]
    briefing = rig.add("Briefing de mandos", dt("2025-03-11", 9), segment_ids=(plan.seg_b,))
    assert found(rig) == [
        (
            date(2025, 3, 10),
            (announce, briefing),
            "“Anuncio” reaches all staff on 10 March, before Mandos are briefed in "
            "“Briefing de mandos” (11 March)",
        )
    ]
    rig.ws.communications.update(
        dataclasses.replace(rig.ws.communications.get(briefing), start=dt("2025-03-07", 9))
    )
    assert found(rig) == []
    # Communications of other campaigns and to part of the staff are not all-staff ones.
    rig.add("Parcial", dt("2025-03-03", 9), segment_ids=(rig.plan.seg_a,))
    rig.add(
        "Otra campaña",
        dt("2025-03-03", 9),
        campaign_id=rig.other_campaign,
        segment_ids=(rig.everyone,),
    )
    assert found(rig) == []


def test_all_staff_means_nine_in_ten_people(rig) -> None:
    plan = rig.plan
    rig.ws.sequencing_rules.add(
        SequencingRule(RuleKind.SEGMENT_FIRST, segment_id=plan.seg_c, campaign_id=rig.campaign)
    )
    # A ∪ B ∪ C reaches all 20 people; A ∪ B only 15 (75 %).
    wide = rig.add("Todos", dt("2025-03-12"), segment_ids=(plan.seg_a, plan.seg_b, plan.seg_c))
    rig.add("Casi todos", dt("2025-03-12", 11), segment_ids=(plan.seg_a, plan.seg_b))
    assert [f[1] for f in found(rig)] == [(wide,)]


# ----------------------------------------------------------------------------- hold back
def test_nothing_to_a_segment_before_y(rig) -> None:
    plan = rig.plan
    anchor = rig.add("Anuncio", dt("2025-03-12", 10), segment_ids=(plan.seg_a,))
    to_c = rig.add("A Oficinas", dt("2025-03-10"), segment_ids=(plan.seg_c,))
    rig.add("A Tiendas", dt("2025-03-10", 11), segment_ids=(plan.seg_a,))  # no one in C
    to_all = rig.add("A todos", dt("2025-03-11"), segment_ids=(rig.everyone,))  # C included
    rig.add("Después", dt("2025-03-13"), segment_ids=(plan.seg_c,))
    other = rig.add(
        "Otra", dt("2025-03-11", 12), campaign_id=rig.other_campaign, segment_ids=(plan.seg_c,)
    )
    rule = rig.ws.sequencing_rules.add(
        SequencingRule(RuleKind.HOLD_SEGMENT, segment_id=plan.seg_c, first_id=anchor)
    )
    assert found(rig) == [
        (
            date(2025, 3, 10),
            (anchor, to_c),
            "“A Oficinas” reaches Oficinas on 10 March, before “Anuncio” (12 March): nothing "
            "may go to Oficinas before it",
        ),
        (date(2025, 3, 11), (anchor, to_all), found(rig)[1][2]),
        (date(2025, 3, 11), (anchor, other), found(rig)[2][2]),
    ]
    # Only the campaign's own communications, in the working day before the anchor.
    rig.ws.sequencing_rules.update(dataclasses.replace(rule, campaign_id=rig.campaign, days=1))
    assert found(rig) == [
        (
            date(2025, 3, 11),
            (anchor, to_all),
            "“A todos” reaches Oficinas on 11 March, before “Anuncio” (12 March): nothing may "
            "go to Oficinas in the 1 working day(s) before it",
        )
    ]


# ----------------------------------------------------------------------------- void, disabled
def test_void_disabled_and_cancelled_rules_report_nothing(rig) -> None:
    a = rig.add("A", dt("2025-03-12"))
    b = rig.add("B", dt("2025-03-11"))
    rule = rig.ws.sequencing_rules.add(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b))
    assert len(found(rig)) == 1
    rig.ws.sequencing_rules.update(dataclasses.replace(rule, enabled=False))
    assert found(rig) == []
    rig.ws.sequencing_rules.update(rule)
    comm = rig.ws.communications.get(a)
    rig.ws.communications.update(dataclasses.replace(comm, status=Status.CANCELLED))
    assert found(rig) == []
    views = rig.sequencing.views()
    assert views[0].void_reason == "A communication it names is cancelled."
    rig.ws.communications.update(comm)
    rig.ws.communications.delete(a)
    assert found(rig) == []
    assert rig.sequencing.views()[0].void_reason == "A communication it names was deleted."
    assert rig.sequencing.views()[0].text == f"“B” not before “#{a} (deleted)”"


def test_findings_outside_the_period_are_not_reported(rig) -> None:
    a = rig.add("A", dt("2025-03-12"))
    b = rig.add("B", dt("2025-03-11"))
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b))
    assert found(rig, first=date(2025, 3, 12), last=date(2025, 3, 31)) == []
    assert len(found(rig, first=date(2025, 3, 11), last=date(2025, 3, 11))) == 1


def test_messages_in_spanish(rig) -> None:
    a = rig.add("Pre-brief", dt("2025-03-03", 9))
    b = rig.add("Anuncio", dt("2025-03-04", 10))
    rig.ws.sequencing_rules.add(SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=2))
    conflict = sequence_findings(rig.check())[0]
    tr = catalog("es").translate
    assert conflict.message(tr) == (
        "«Anuncio», el 4 de marzo, va solo 1 día(s) hábil(es) después de «Pre-brief» "
        "(3 de marzo); la regla pide al menos 2"
    )
    assert tr("conflicts", "Order of communications") == "Orden de las comunicaciones"


# ----------------------------------------------------------------------------- the service
def test_service_adds_updates_deletes_with_undo(rig) -> None:
    a = rig.add("A", dt("2025-03-10"))
    b = rig.add("B", dt("2025-03-12"))
    service = rig.sequencing
    edit = service.add_rule(
        SequencingRule(
            RuleKind.LEAD_TIME, first_id=a, second_id=b, days=1, campaign_id=rig.campaign
        )
    )
    assert edit.changes.touches(EntityKind.SEQUENCING_RULE)
    rule = service.rules()[0]
    assert service.describe(rule) == "“A” at least 1 working day(s) before “B”"
    assert service.rules(rig.campaign) == [rule]
    assert service.rules(rig.other_campaign) == []
    changed = service.update_rule(dataclasses.replace(rule, days=3))
    assert service.rule(rule.id).days == 3
    service.undo(changed)
    assert service.rule(rule.id).days == 1
    removed = service.delete_rule(rule.id)
    assert service.rules() == []
    service.undo(removed)
    assert service.rules() == [rule]  # same id back
    service.undo(edit)
    assert service.rules() == []
    service.redo(edit)
    assert service.rules() == [rule]


def test_service_refuses_incomplete_or_dangling_rules(rig) -> None:
    a = rig.add("A", dt("2025-03-10"))
    service = rig.sequencing
    with pytest.raises(ValidationError, match="both communications"):
        service.add_rule(SequencingRule(RuleKind.NOT_BEFORE, first_id=a))
    with pytest.raises(ValidationError, match="two different"):
        service.add_rule(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=a))
    with pytest.raises(ValidationError, match="does not exist"):
        service.add_rule(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=9999))
    with pytest.raises(ValidationError, match="segment to brief"):
        service.add_rule(SequencingRule(RuleKind.SEGMENT_FIRST, campaign_id=rig.campaign))
    with pytest.raises(ValidationError, match="campaign the rule"):
        service.add_rule(SequencingRule(RuleKind.SEGMENT_FIRST, segment_id=rig.plan.seg_a))
    with pytest.raises(ValidationError, match="segment to hold"):
        service.add_rule(SequencingRule(RuleKind.HOLD_SEGMENT, first_id=a))
    with pytest.raises(ValidationError, match="between 0 and 250"):
        service.add_rule(SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=a, days=-1))
    assert service.rules() == []


def test_rules_in_words(rig) -> None:
    a = rig.add("Pre-brief", dt("2025-03-10"))
    b = rig.add("Anuncio", dt("2025-03-12"))
    plan = rig.plan
    describe = rig.sequencing.describe
    assert describe(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b)) == (
        "“Anuncio” not before “Pre-brief”"
    )
    assert (
        describe(
            SequencingRule(RuleKind.SEGMENT_FIRST, segment_id=plan.seg_b, campaign_id=rig.campaign)
        )
        == "Mandos briefed before any all-staff communication of “Cambio”"
    )
    hold = SequencingRule(RuleKind.HOLD_SEGMENT, segment_id=plan.seg_c, first_id=b)
    assert describe(hold) == "Nothing to Oficinas before “Anuncio”"
    assert describe(dataclasses.replace(hold, campaign_id=rig.campaign, days=2)) == (
        "Nothing to Oficinas from “Cambio” in the 2 working day(s) before “Anuncio”"
    )
    tr = catalog("es").translate
    assert rig.sequencing.describe(hold, tr) == "Nada a Oficinas antes de «Anuncio»"
