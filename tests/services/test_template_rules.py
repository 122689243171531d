"""The change-announcement and strategy-cascade templates carry their order rules."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from commsplanner.domain import EntityKind, WorkspaceSettings
from commsplanner.paths import resource_path
from commsplanner.services.conflicts import ConflictKind
from commsplanner.services.hub import ServiceHub
from commsplanner.services.templates import TemplateError, load_templates


@pytest.fixture
def hub(workspace):
    workspace.settings.save(WorkspaceSettings(country="ES", region="MD"))
    return ServiceHub(workspace)


def _describe(hub, campaign_id):
    return [hub.sequencing.describe(r) for r in hub.sequencing.rules(campaign_id)]


def test_change_announcement_rules_managers_first_then_all_staff_then_listening(hub) -> None:
    edit = hub.templates.instantiate("organisational_change", date(2026, 3, 2), language="en")
    campaign = edit.created_id(EntityKind.CAMPAIGN)
    assert _describe(hub, campaign) == [
        "“Manager pre-brief” at least 1 working day(s) before “All-staff announcement”",
        "“All-staff announcement” not before “Manager briefing pack”",
        "“Written summary of the announcement” not before “All-staff announcement”",
        "“Team conversations” not before “All-staff announcement”",
        "“All-staff announcement” at least 3 working day(s) before “Listening session”",
        "“Follow-up: what we heard” not before “Listening session”",
    ]
    assert all(r.campaign_id == campaign for r in hub.sequencing.rules())
    # The rules are part of the same undoable edit.
    hub.planning.undo(edit)
    assert hub.sequencing.rules() == []
    hub.planning.redo(edit)
    assert len(hub.sequencing.rules()) == 6


def test_strategy_cascade_rules(hub) -> None:
    edit = hub.templates.instantiate("strategy_cascade", date(2026, 3, 2), language="es")
    texts = _describe(hub, edit.created_id(EntityKind.CAMPAIGN))
    assert (
        texts[0]
        == "“Briefing de mandos con kit de cascada” not before “Sesión de alineación de dirección”"
    )
    assert len(texts) == 5


@pytest.mark.parametrize("template_id", ["organisational_change", "strategy_cascade"])
def test_a_campaign_made_from_a_template_keeps_its_own_rules(hub, template_id) -> None:
    # Every start day of six weeks, weekends and Madrid's May holidays included.
    for offset in range(0, 42, 1):
        start = date(2026, 4, 20) + timedelta(days=offset)
        edit = hub.templates.instantiate(template_id, start, language="es")
        report = hub.conflicts.check(start - timedelta(days=30), start + timedelta(days=120))
        broken = [c.message() for c in report.conflicts if c.kind is ConflictKind.SEQUENCE]
        assert broken == [], (start, broken)
        hub.planning.undo(edit)


def test_without_rules_on_request(hub) -> None:
    hub.templates.instantiate(
        "organisational_change", date(2026, 3, 2), language="en", with_rules=False
    )
    assert hub.sequencing.rules() == []


def test_a_template_rule_naming_a_missing_communication_is_refused(tmp_path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    source = load_templates()[0][0]
    data = json.loads(resource_path("templates", f"{source.id}.json").read_text(encoding="utf-8"))
    data["rules"] = [{"kind": "not_before", "first": 0, "second": 99}]
    (folder / "broken.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match="names a communication the template lacks"):
        load_templates(folder)
    data["rules"] = [{"kind": "segment_first", "first": 0, "second": 1}]
    (folder / "broken.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(TemplateError, match="only rules between communications"):
        load_templates(folder)
