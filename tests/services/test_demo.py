"""The demo organisation: deterministic, complete, plausible, and written all or nothing."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from commsplanner.domain import ChannelKind, EntityKind, Status, ValidationError, rules
from commsplanner.domain.errors import Cancelled
from commsplanner.domain.progress import Progress
from commsplanner.domain.recurrence import series_dates
from commsplanner.services.demo import generate_demo
from commsplanner.storage import Workspace, WorkspaceError

TODAY = date(2026, 11, 23)
SIZE = 300


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1, 2').fetchall() for name in names
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_demo(
        tmp_path_factory.mktemp("demo") / "demo.commsplan", employees=SIZE, seed=1, today=TODAY
    )


@pytest.fixture
def demo(demo_path: Path):
    ws = Workspace.open(demo_path, read_only=True)
    yield ws
    ws.close()


# ----------------------------------------------------------------------------- determinism


def test_the_same_seed_gives_the_same_content(demo_path: Path, tmp_path: Path) -> None:
    again = generate_demo(tmp_path / "again.commsplan", employees=SIZE, seed=1, today=TODAY)
    first, second = _tables(demo_path), _tables(again)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert sum(len(rows) for rows in first.values()) > 1000


def test_the_content_does_not_depend_on_the_process(demo_path: Path, tmp_path: Path) -> None:
    """Another interpreter with another hash seed (set and dict order) writes the same rows."""
    target = tmp_path / "other-process.commsplan"
    script = (
        "import sys; from datetime import date; "
        "from commsplanner.services.demo import generate_demo; "
        f"generate_demo(sys.argv[1], employees={SIZE}, seed=1, today=date.fromisoformat('{TODAY}'))"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(target)],
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        timeout=120,
    )
    assert _tables(target) == _tables(demo_path)


def test_another_seed_gives_another_organisation(demo_path: Path, tmp_path: Path) -> None:
    other = _tables(generate_demo(tmp_path / "s2.commsplan", employees=SIZE, seed=2, today=TODAY))
    mine = _tables(demo_path)
    assert mine["employees"] != other["employees"]
    assert mine["communications"] != other["communications"]
    # The reference data is the same company, though.
    assert mine["corporate_values"] == other["corporate_values"]


def test_another_day_moves_the_plan(demo_path: Path, tmp_path: Path) -> None:
    later = _tables(
        generate_demo(tmp_path / "later.commsplan", employees=SIZE, seed=1, today=date(2027, 3, 5))
    )
    assert later["campaigns"] != _tables(demo_path)["campaigns"]


# ----------------------------------------------------------------------------- sanity


def test_counts_are_in_the_promised_ranges(demo: Workspace) -> None:
    counts = demo.counts()
    assert 0.97 * SIZE <= counts["employees"] <= SIZE  # a few leavers are kept inactive
    assert demo.employees.count(active_only=False) == SIZE
    assert 5 <= counts["values"] <= 6
    assert 3 <= counts["goals"] <= 4
    assert counts["channels"] == 8
    assert 10 <= counts["segments"] <= 16
    assert 11 <= counts["campaigns"] <= 14
    assert 120 <= counts["communications"] <= 180
    assert 3 <= counts["blackouts"] <= 10
    assert counts["measurements"] >= 50
    assert counts["feedback"] >= 15


def test_settings_describe_the_company(demo: Workspace) -> None:
    settings = demo.settings.load()
    assert settings.organisation == "Mercados Alameda"
    assert settings.country == "ES" and settings.language == "es"
    assert "2026" in settings.plan_title and "2027" in settings.plan_title


def test_people_look_like_a_spanish_retailer(demo: Workspace) -> None:
    people = list(demo.employees.iter_all())
    functions = Counter(e.function for e in people)
    assert functions.most_common(1)[0][0] == "Tiendas"
    assert {"RR. HH.", "Finanzas", "TI", "Logística"} <= set(functions)
    positions = {e.position for e in people}
    assert {"Cajero", "Reponedor", "Dependiente", "Jefe de tienda"} <= positions
    assert len({e.location for e in people}) >= 5
    assert {"es", "ca", "eu"} <= {e.language for e in people}
    assert 0.5 < sum(e.customer_facing for e in people) / len(people) < 0.95
    assert all(e.start_date and e.start_date <= TODAY for e in people)
    assert len({e.external_id for e in people}) == len(people)
    assert all(e.display_name and len(e.display_name.split()) >= 2 for e in people)
    interests = {tag for e in people for tag in e.interests}
    assert {"sostenibilidad", "formación", "bienestar"} <= interests
    assert {"horarios", "reconocimiento"} <= {tag for e in people for tag in e.needs}
    assert all(e.expectations for e in people)
    assert set(demo.employees.custom_attribute_names()) >= {"turno", "contrato", "centro"}


def test_every_segment_has_members(demo: Workspace) -> None:
    people = list(demo.employees.iter_all())
    for segment in demo.segments.list():
        members = {
            e.id for e in people if segment.rule and rules.matches(rules.from_dict(segment.rule), e)
        }
        members = (members | set(segment.include_ids)) - set(segment.exclude_ids)
        assert members, segment.name
        if segment.rule is not None:
            assert rules.validate_rule(segment.rule) == segment.rule  # canonical, valid


def test_values_goals_and_channels(demo: Workspace) -> None:
    values = demo.values.list()
    assert [v.name for v in values][:2] == ["Excelencia", "Cooperación"]
    assert len({v.colour for v in values}) == len(values)
    assert all(g.kpi and g.target and g.due_date for g in demo.goals.list())
    channels = demo.channels.list()
    assert {c.kind for c in channels} >= {
        ChannelKind.EMAIL,
        ChannelKind.INTRANET,
        ChannelKind.TOWN_HALL,
        ChannelKind.MANAGER_CASCADE,
        ChannelKind.NEWSLETTER,
        ChannelKind.CHAT,
        ChannelKind.SIGNAGE,
        ChannelKind.SURVEY,
    }
    assert 2 <= sum(c.two_way for c in channels) < len(channels)
    assert all(c.weekly_cap_per_person and c.daily_capacity for c in channels)


def test_campaigns_are_linked_and_span_the_year(demo: Workspace) -> None:
    campaigns = demo.campaigns.list()
    for campaign in campaigns:
        assert campaign.goal_ids and campaign.value_weights and campaign.segment_ids
        assert campaign.start and campaign.end and campaign.start <= campaign.end
        assert campaign.key_messages and campaign.objective and campaign.owner
        history = demo.status_changes.history(EntityKind.CAMPAIGN, campaign.id)
        assert history and history[-1].to_status == campaign.status
        assert [h.at for h in history] == sorted(h.at for h in history)
    starts = sorted(c.start for c in campaigns)
    assert starts[-1] >= date(2027, 9, 1)  # reaches far into the next twelve months
    assert any(c.status is Status.LIVE for c in campaigns)


def test_communications_lie_inside_their_campaigns(demo: Workspace) -> None:
    campaigns = {c.id: c for c in demo.campaigns.list()}
    comms = demo.communications.list()
    for comm in comms:
        campaign = campaigns[comm.campaign_id]
        comm.validate()
        for start in series_dates(comm):
            assert campaign.covers(start.date()), (campaign.name, comm.title, start)
    recurring = [c for c in comms if c.recurrence]
    assert len(recurring) >= 10
    assert any(c.skipped_dates for c in recurring)
    statuses = Counter(c.status for c in comms)
    assert set(statuses) == set(Status)  # spread over the whole workflow
    assert all(c.channel_id for c in comms)


def test_pulse_survey_results_respect_anonymity(demo: Workspace) -> None:
    measurements = demo.measurements.list()
    survey = [m for m in measurements if m.respondents is not None]
    assert survey and all(m.respondents >= 5 for m in survey)
    assert {"Satisfacción (1–5)", "eNPS", "Participación (%)"} <= {m.metric for m in survey}
    months = {m.date.replace(day=1) for m in survey}
    assert len(months) >= 3
    assert all(m.date < TODAY for m in measurements)
    for m in survey:
        if m.metric.startswith("Satisfacción"):
            assert 1 <= m.value <= 5
        elif m.metric == "eNPS":
            assert -100 <= m.value <= 100
    feedback = demo.feedback.list()
    assert {f.kind for f in feedback} >= {"idea", "question", "complaint", "praise"}
    assert all(f.date < TODAY for f in feedback)


def test_english_demo_translates_the_plan_but_not_the_people(tmp_path: Path) -> None:
    path = generate_demo(tmp_path / "en.commsplan", employees=100, lang="en", today=TODAY)
    with Workspace.open(path, read_only=True) as ws:
        assert "Excellence" in [v.name for v in ws.values.list()]
        assert "Email" in [c.name for c in ws.channels.list()]
        assert "Stores – front line" in [s.name for s in ws.segments.list()]
        assert ws.settings.load().language == "en"
        assert ws.settings.load().plan_title.startswith("Internal communication plan")
        assert any(e.position == "Cajero" for e in ws.employees.iter_all())


# ----------------------------------------------------------------------------- writing


def test_the_file_is_private_and_alone(tmp_path: Path) -> None:
    path = generate_demo(tmp_path / "alone.commsplan", employees=50, today=TODAY)
    assert path == tmp_path / "alone.commsplan"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # No temporary file, lock, journal or WAL is left beside it.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alone.commsplan"]


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "mine.commsplan"
    target.write_text("keep me")
    with pytest.raises(WorkspaceError) as caught:
        generate_demo(target, employees=50, today=TODAY)
    assert "already exists" in str(caught.value)
    assert target.read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.commsplan"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as caught:
        generate_demo(tmp_path / "nope" / "x.commsplan", employees=50, today=TODAY)
    assert "x.commsplan" in str(caught.value)


@pytest.mark.parametrize("size", [0, 5, -1, 10**9])
def test_silly_sizes_are_refused(tmp_path: Path, size: int) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo(tmp_path / "x.commsplan", employees=size, today=TODAY)
    assert caught.value.field == "employees"
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        generate_demo(tmp_path / "x.commsplan", employees=50, lang="fr", today=TODAY)
    assert "fr" in str(caught.value)


def test_progress_is_reported_and_a_cancel_leaves_nothing(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    target = tmp_path / "cancelled.commsplan"
    progress = Progress(
        report=lambda done, total: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 3,
    )
    with pytest.raises(Cancelled):
        generate_demo(target, employees=3000, progress=progress, today=TODAY)
    assert len(seen) == 3
    assert list(tmp_path.iterdir()) == []  # neither the target nor a temporary file


def test_progress_reaches_the_end(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    generate_demo(
        tmp_path / "p.commsplan",
        employees=2500,
        progress=Progress(report=lambda d, t: seen.append((d, t))),
        today=TODAY,
    )
    done = [d for d, _ in seen]
    assert done == sorted(done)
    assert seen[-1][0] == seen[-1][1]
    assert len(seen) >= 4


def test_a_failure_half_way_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from commsplanner.services import demo as demo_module

    def broken(self) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(demo_module._Builder, "_feedback", broken)
    with pytest.raises(RuntimeError):
        generate_demo(tmp_path / "broken.commsplan", employees=50, today=TODAY)
    assert list(tmp_path.iterdir()) == []
