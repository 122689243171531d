"""``commsplanner-cli conflicts`` and ``export-ics`` on a constructed plan."""

from __future__ import annotations

import pytest
from calendar_support import build_plan
from icalendar import Calendar

from commsplanner.cli import main
from commsplanner.storage import Workspace


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.commsplan"
    ws = Workspace.create(path)
    plan = build_plan(ws)
    ws.close()
    return path, plan


def test_conflicts_lists_findings_and_exits_1_on_errors(plan_file, capsys) -> None:
    path, _plan = plan_file
    code = main(
        ["--lang", "en", "conflicts", str(path), "--from", "2025-03-01", "--to", "2025-05-31"]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "[Error] 5 people in Tiendas Norte would receive 5 communications in the week of "
        "3 March (limit 3)"
    ) in out
    assert "[Warning] “c9” is planned on 1 May, a public holiday (Labor Day)" in out
    assert "4 errors, 5 warnings, 1 notes from 2025-03-01 to 2025-05-31." in out


def test_conflicts_in_spanish_and_a_clean_period_exits_0(plan_file, capsys) -> None:
    path, _plan = plan_file
    code = main(
        ["--lang", "es", "conflicts", str(path), "--from", "2025-04-01", "--to", "2025-04-30"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "[Nota] «c12» del 15 de abril no tiene público" in out


def test_conflicts_rejects_bad_dates(plan_file, capsys) -> None:
    path, _plan = plan_file
    assert main(["--lang", "en", "conflicts", str(path), "--from", "2025-13-01"]) == 2
    assert "“2025-13-01” is not a date" in capsys.readouterr().err
    code = main(
        ["--lang", "en", "conflicts", str(path), "--from", "2025-05-01", "--to", "2025-04-01"]
    )
    assert code == 1
    assert "ends (2025-04-01) before it starts (2025-05-01)" in capsys.readouterr().err


def test_export_ics_with_filters(plan_file, tmp_path, capsys) -> None:
    path, plan = plan_file
    out = tmp_path / "team.ics"
    code = main(["--lang", "en", "export-ics", str(path), str(out), "--segment", str(plan.seg_b)])
    assert code == 0
    assert "2 events written" in capsys.readouterr().out
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["c2", "c4"]
    code = main(
        [
            "--lang",
            "en",
            "export-ics",
            str(path),
            str(out),
            "--from",
            "2025-03-11",
            "--to",
            "2025-03-11",
        ]
    )
    assert code == 0
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["SUMMARY"]) for e in events) == ["c6", "c7", "c8"]


def test_export_ics_to_a_missing_folder_is_one_clear_line(plan_file, tmp_path, capsys) -> None:
    path, _plan = plan_file
    code = main(["--lang", "en", "export-ics", str(path), str(tmp_path / "no" / "x.ics")])
    assert code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "could not be written" in err
