"""Campaign templates: bundled data, dates from offsets, channels, one undoable step."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path

import pytest

from commsplanner.domain import (
    Channel,
    ChannelKind,
    CorporateValue,
    EntityKind,
    Segment,
    Status,
    ValidationError,
    ValueWeight,
    WorkspaceSettings,
)
from commsplanner.services.planning import PlanningService
from commsplanner.services.templates import TemplateError, TemplateService, load_templates

REQUIRED = {
    "organisational_change",
    "recognition_programme",
    "pulse_survey",
    "training_launch",
    "strategy_cascade",
    "onboarding",
}


@pytest.fixture
def planning(workspace) -> PlanningService:
    return PlanningService(workspace)


@pytest.fixture
def templates(workspace, planning) -> TemplateService:
    # No public holidays unless a test sets a country: dates then depend on weekends only.
    workspace.settings.save(WorkspaceSettings(country=""))
    return TemplateService(workspace, planning)


def test_bundled_templates_are_complete_in_both_languages(templates) -> None:
    found = templates.templates()
    assert len(found) >= 6
    assert {t.id for t in found} >= REQUIRED
    for template in found:
        for lang in ("es", "en"):
            assert template.name[lang] and template.summary[lang] and template.objective[lang]
            assert template.key_messages[lang]
        assert len(template.communications) >= 5
        assert template.name["es"] != template.name["en"]
        for comm in template.communications:
            assert comm.title["es"] and comm.title["en"] and comm.brief["es"] and comm.brief["en"]


def test_practice_sequences_are_in_order(templates) -> None:
    change = templates.get("organisational_change")
    titles = [c.title["en"] for c in change.communications]
    assert titles[0] == "Manager pre-brief"  # managers hear it before their teams
    assert change.communications[0].offset_days < 0
    for expected in ("All-staff announcement", "FAQ published", "Listening session"):
        assert expected in titles
    assert titles.index("All-staff announcement") < titles.index("Listening session")
    assert "follow-up" in titles[-2].lower() or "review" in titles[-1].lower()
    survey = [c.title["en"] for c in templates.get("pulse_survey").communications]
    order = ["Survey announcement", "Survey opens", "Mid-point reminder", "Sharing the results"]
    assert [survey.index(t) for t in order] == sorted(survey.index(t) for t in order)
    assert any("Acting on the results" in t for t in survey)


def test_preview_moves_weekend_days_to_working_days(templates) -> None:
    # Monday 2 March 2026: the pre-brief 3 days before falls on Friday 27 February.
    planned = templates.preview("organisational_change", date(2026, 3, 2), language="en")
    assert planned[0].title == "Manager pre-brief"
    assert planned[0].start == datetime(2026, 2, 27, 9, 30)
    # The next one, a day before (Sunday 1 March), moves back to Friday too.
    assert planned[1].start.date() == date(2026, 2, 27)
    assert all(p.start.weekday() < 5 for p in planned)
    raw = templates.preview(
        "organisational_change", date(2026, 3, 2), language="en", working_days_only=False
    )
    assert raw[1].start.date() == date(2026, 3, 1)


def test_public_holidays_are_avoided(workspace, templates) -> None:
    workspace.settings.save(WorkspaceSettings(country="ES"))
    # 1 May 2026 (Friday) is Labour Day in Spain: a communication due that day moves on.
    template = templates.get("pulse_survey")
    days = templates.plan_dates(template, date(2026, 4, 27))
    opens = [c.title["en"] for c in template.communications].index("Mid-point reminder")
    assert days[opens] == date(2026, 5, 4)


def test_instantiate_creates_a_draft_campaign_in_one_undoable_step(
    workspace, planning, templates
) -> None:
    email = planning.add_channel(Channel("Correo corporativo", ChannelKind.EMAIL))
    email_id = email.created_id(EntityKind.CHANNEL)
    segment = workspace.segments.add(Segment("Toda la plantilla"))
    edit = templates.instantiate(
        "pulse_survey",
        date(2026, 4, 6),
        language="es",
        owner="Lucía",
        segment_ids=[segment.id],
        value_weights={},
    )
    [campaign] = planning.campaigns()
    assert campaign.name == "Encuesta de pulso o de clima"
    assert campaign.status is Status.DRAFT
    assert campaign.segment_ids == (segment.id,)
    assert campaign.key_messages[0].startswith("Tu opinión es anónima")
    comms = planning.communications(campaign.id)
    template = templates.get("pulse_survey")
    assert len(comms) == len(template.communications)
    assert {c.status for c in comms} == {Status.DRAFT}
    assert all(c.owner == "Lucía" for c in comms)
    assert campaign.start == min(c.start.date() for c in comms)
    assert campaign.end >= max(c.start.date() for c in comms)
    announcement = next(c for c in comms if c.title == "Anuncio de la encuesta")
    assert announcement.channel_id == email_id  # the workspace's own email channel
    assert announcement.start.time() == time(10, 0)
    # Channels of kinds the workspace lacked were created, named in the plan's language.
    names = {c.name for c in planning.channels()}
    assert {"Encuestas", "Reuniones", "Chat corporativo"} <= names
    surveys = next(c for c in planning.channels() if c.kind is ChannelKind.SURVEY)
    assert surveys.two_way

    planning.undo(edit)
    assert planning.campaigns() == []
    assert planning.communications() == []
    assert [c.name for c in planning.channels()] == ["Correo corporativo"]
    planning.redo(edit)
    assert planning.campaign(campaign.id).name == campaign.name
    assert len(planning.communications(campaign.id)) == len(comms)


def test_instantiate_twice_makes_unique_names_and_keeps_recurrence(planning, templates) -> None:
    templates.instantiate("onboarding", date(2026, 9, 7), language="en")
    templates.instantiate(
        "onboarding",
        date(2026, 10, 5),
        language="en",
        create_missing_channels=False,
        value_weights={},
    )
    names = sorted(c.name for c in planning.campaigns())
    assert names == ["Onboarding of new hires", "Onboarding of new hires (2)"]
    check_ins = [
        c for c in planning.communications() if c.title == "Weekly check-in with their manager"
    ]
    assert {c.recurrence for c in check_ins} == {"FREQ=WEEKLY;COUNT=4"}
    found = planning.occurrences_between(date(2026, 9, 1), date(2026, 12, 31))
    assert sum(1 for o in found if o.communication.id == check_ins[0].id) == 4


def test_instantiate_without_creating_channels_leaves_them_empty(planning, templates) -> None:
    templates.instantiate(
        "training_launch", date(2026, 5, 4), language="en", create_missing_channels=False
    )
    assert planning.channels() == []
    assert {c.channel_id for c in planning.communications()} == {None}


def test_given_name_must_be_free_and_values_are_kept(planning, templates) -> None:
    value = planning.add_value(CorporateValue("V")).created_id(EntityKind.VALUE)
    templates.instantiate(
        "values_campaign",
        date(2026, 5, 4),
        language="en",
        name="Values 2026",
        value_weights={value: ValueWeight.PRIMARY},
    )
    assert planning.campaigns()[0].value_weights == {value: ValueWeight.PRIMARY}
    with pytest.raises(ValidationError):
        templates.instantiate(
            "values_campaign", date(2026, 5, 4), language="en", name="values 2026"
        )


def test_unknown_and_damaged_templates_give_clear_errors(tmp_path: Path, templates) -> None:
    with pytest.raises(TemplateError, match="no campaign template “nope”"):
        templates.get("nope")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"“broken\.json” is damaged"):
        load_templates(tmp_path)
    (tmp_path / "broken.json").write_text(
        json.dumps({"id": "x", "name": {"es": "X"}, "communications": []}), encoding="utf-8"
    )
    with pytest.raises(TemplateError, match="damaged"):
        load_templates(tmp_path)
