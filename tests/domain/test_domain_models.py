"""Validation rules of the domain dataclasses, the workflow, Changes and Progress."""

from __future__ import annotations

import dataclasses
import itertools
from datetime import date, datetime

import pytest

from commsplanner.domain import (
    Blackout,
    BusinessGoal,
    Campaign,
    Changes,
    Channel,
    CommsPlannerError,
    Communication,
    CorporateValue,
    Employee,
    EntityKind,
    Feedback,
    Measurement,
    Segment,
    Status,
    ValidationError,
    ValueWeight,
    WorkspaceSettings,
    allowed_transitions,
    can_transition,
)
from commsplanner.domain.errors import Cancelled
from commsplanner.domain.models import clean_tags
from commsplanner.domain.progress import Progress

# ----------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("item", "template"),
    [
        (Segment(name=" "), "The segment needs a name."),
        (CorporateValue(name=""), "The corporate value needs a name."),
        (BusinessGoal(name=""), "The business goal needs a name."),
        (Channel(name="\t"), "The channel needs a name."),
        (Campaign(name=""), "The campaign needs a name."),
        (
            Blackout(name="", start=date(2026, 1, 1), end=date(2026, 1, 2)),
            "The blackout period needs a name.",
        ),
    ],
)
def test_every_named_item_needs_a_name_with_its_own_sentence(item, template) -> None:
    with pytest.raises(ValidationError) as caught:
        item.validate()
    assert caught.value.field == "name"
    # A whole translatable sentence, with nothing left to fill in.
    assert caught.value.template == template
    assert "{" not in caught.value.template


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "#GGGGGG", ""])
def test_colours_must_be_hex_rgb(colour: str) -> None:
    with pytest.raises(ValidationError) as caught:
        CorporateValue(name="Excelencia", colour=colour).validate()
    assert caught.value.field == "colour"
    assert colour in str(caught.value)


def test_valid_items_pass() -> None:
    CorporateValue(name="Excelencia", colour="#aBcDeF").validate()
    Segment(name="Todos").validate()
    Channel(name="Email", weekly_cap_per_person=1, daily_capacity=1).validate()
    Campaign(name="C", start=date(2026, 1, 1), end=date(2026, 1, 1)).validate()
    WorkspaceSettings().validate()


@pytest.mark.parametrize("field", ["weekly_cap_per_person", "daily_capacity"])
def test_channel_capacities_are_empty_or_at_least_one(field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Channel(name="Email", **{field: 0}).validate()
    assert caught.value.field == field


def test_campaign_cannot_end_before_it_starts() -> None:
    campaign = Campaign(name="C", start=date(2026, 3, 2), end=date(2026, 3, 1))
    with pytest.raises(ValidationError) as caught:
        campaign.validate()
    assert caught.value.field == "end"
    assert "2026-03-01" in str(caught.value) and "2026-03-02" in str(caught.value)


def test_campaign_covers_its_days_and_open_ends() -> None:
    campaign = Campaign(name="C", start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert campaign.covers(date(2026, 3, 1)) and campaign.covers(date(2026, 3, 31))
    assert not campaign.covers(date(2026, 2, 28)) and not campaign.covers(date(2026, 4, 1))
    assert Campaign(name="Open").covers(date(1990, 1, 1))


def test_blackout_rules() -> None:
    with pytest.raises(ValidationError):
        Blackout(name="B", start=date(2026, 1, 2), end=date(2026, 1, 1)).validate()
    blackout = Blackout(name="B", start=date(2026, 1, 1), end=date(2026, 1, 3))
    assert blackout.contains(date(2026, 1, 3)) and not blackout.contains(date(2026, 1, 4))


def test_communication_rules() -> None:
    start = datetime(2026, 3, 2, 9, 0)
    with pytest.raises(ValidationError) as caught:
        Communication(campaign_id=1, title=" ", start=start).validate()
    assert caught.value.field == "title"
    with pytest.raises(ValidationError) as caught:
        Communication(campaign_id=1, title="T", start=start, duration_minutes=0).validate()
    assert caught.value.field == "duration_minutes"
    comm = Communication(campaign_id=1, title="T", start=start, duration_minutes=90)
    assert comm.end == datetime(2026, 3, 2, 10, 30)
    assert not comm.is_recurring


def test_communication_refuses_a_broken_repetition_rule() -> None:
    start = datetime(2026, 3, 2, 9, 0)
    with pytest.raises(ValidationError) as caught:
        Communication(campaign_id=1, title="T", start=start, recurrence="FREQ=SOMETIMES").validate()
    assert caught.value.field == "recurrence"
    assert "FREQ=SOMETIMES" in str(caught.value)
    Communication(
        campaign_id=1, title="T", start=start, recurrence="FREQ=WEEKLY;COUNT=3"
    ).validate()


def test_measurement_and_feedback_rules() -> None:
    with pytest.raises(ValidationError):
        Measurement(date=date(2026, 1, 1), metric=" ", value=1.0).validate()
    with pytest.raises(ValidationError) as caught:
        Measurement(date=date(2026, 1, 1), metric="eNPS", value=1.0, respondents=-1).validate()
    assert caught.value.field == "respondents"
    with pytest.raises(ValidationError):
        Feedback(date=date(2026, 1, 1), text="  ").validate()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"weekly_cap": 0}, "weekly_cap"),
        ({"anonymity_threshold": 0}, "anonymity_threshold"),
        ({"week_start": 7}, "week_start"),
        ({"week_start": -1}, "week_start"),
    ],
)
def test_settings_rules(changes: dict, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        WorkspaceSettings(**changes).validate()
    assert caught.value.field == field


def test_employee_needs_an_identifier() -> None:
    with pytest.raises(ValidationError) as caught:
        Employee(external_id="  ").validate()
    assert caught.value.field == "external_id"
    Employee(external_id="E1").validate()


def test_clean_tags_trims_and_drops_duplicates_ignoring_case() -> None:
    assert clean_tags(["  Formación ", "formación", "", "Sostenibilidad", "a  b"]) == (
        "Formación",
        "Sostenibilidad",
        "a b",
    )
    assert clean_tags(None) == ()


def test_models_are_immutable() -> None:
    value = CorporateValue(name="Excelencia")
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.name = "Otro"  # type: ignore[misc]


# ----------------------------------------------------------------------------- errors


def test_error_formats_a_translated_template_with_its_parameters() -> None:
    error = CommsPlannerError("The {what} is {n}.", what="thing", n=3)
    assert str(error) == "The thing is 3."
    assert error.format("La {what} es {n}.") == "La thing es 3."
    # A broken translation falls back to the English template instead of failing.
    assert error.format("La {cosa} es {n}.") == "The thing is 3."


def test_value_weight_factors() -> None:
    assert ValueWeight.PRIMARY.factor == 1.0
    assert ValueWeight.SECONDARY.factor == 0.5


# ----------------------------------------------------------------------------- workflow


def test_the_happy_path_is_allowed_step_by_step() -> None:
    path = [
        Status.IDEA,
        Status.DRAFT,
        Status.IN_REVIEW,
        Status.APPROVED,
        Status.SCHEDULED,
        Status.LIVE,
        Status.DONE,
    ]
    for current, following in itertools.pairwise(path):
        assert can_transition(current, following), (current, following)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (Status.IDEA, Status.APPROVED),  # no skipping review
        (Status.DRAFT, Status.LIVE),
        (Status.DONE, Status.DRAFT),  # done is final
        (Status.DONE, Status.CANCELLED),
        (Status.LIVE, Status.DRAFT),
        (Status.CANCELLED, Status.LIVE),
    ],
)
def test_forbidden_transitions(current: Status, target: Status) -> None:
    assert not can_transition(current, target)
    assert target not in allowed_transitions(current)


def test_every_open_status_can_be_cancelled_and_cancelled_can_be_reopened() -> None:
    for status in Status:
        if status not in (Status.DONE, Status.CANCELLED):
            assert can_transition(status, Status.CANCELLED), status
    assert allowed_transitions(Status.CANCELLED) == {Status.DRAFT}
    assert allowed_transitions(Status.DONE) == frozenset()


def test_transitions_accept_the_stored_strings() -> None:
    assert can_transition("idea", "draft")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        allowed_transitions("nonsense")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- changes


def test_changes_record_adds_updates_and_removals() -> None:
    changes = Changes()
    assert not changes
    changes.add(EntityKind.VALUE, 1)
    changes.update(EntityKind.VALUE, 1)  # still just "added"
    changes.update(EntityKind.CHANNEL, 5)
    assert changes.added == {EntityKind.VALUE: {1}}
    assert changes.updated == {EntityKind.CHANNEL: {5}}
    changes.remove(EntityKind.CHANNEL, 5)
    assert changes.removed == {EntityKind.CHANNEL: {5}}
    assert changes.updated[EntityKind.CHANNEL] == set()
    assert changes.kinds() == {EntityKind.VALUE, EntityKind.CHANNEL}
    assert changes.touches(EntityKind.CHANNEL) and not changes.touches(EntityKind.GOAL)


def test_adding_then_removing_leaves_nothing_behind() -> None:
    changes = Changes()
    changes.add(EntityKind.GOAL, 3)
    changes.remove(EntityKind.GOAL, 3)
    assert not changes
    assert changes.kinds() == set()


def test_merge_keeps_the_combined_meaning() -> None:
    first = Changes()
    first.add(EntityKind.CAMPAIGN, 1)
    first.update(EntityKind.SEGMENT, 2)
    second = Changes()
    second.update(EntityKind.CAMPAIGN, 1)
    second.remove(EntityKind.CAMPAIGN, 1)
    second.remove(EntityKind.SEGMENT, 2)
    second.add(EntityKind.VALUE, 9)
    first.merge(second)
    assert first.added.get(EntityKind.CAMPAIGN, set()) == set()
    assert EntityKind.CAMPAIGN not in first.removed  # added and removed in one operation
    assert first.removed[EntityKind.SEGMENT] == {2}
    assert first.updated[EntityKind.SEGMENT] == set()
    assert first.added[EntityKind.VALUE] == {9}


# ----------------------------------------------------------------------------- progress


def test_progress_reports_and_cancels() -> None:
    seen: list[tuple[int, int]] = []
    stop = [False]
    progress = Progress(report=lambda d, t: seen.append((d, t)), cancelled=lambda: stop[0])
    progress.step(1, 10)
    progress.check()
    stop[0] = True
    with pytest.raises(Cancelled):
        progress.step(2, 10)
    with pytest.raises(Cancelled):
        progress.check()
    assert seen == [(1, 10)]
    Progress().step(5)  # both callbacks are optional
