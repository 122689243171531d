"""``commsplanner-cli suggest`` and ``balance`` on a constructed plan."""

from __future__ import annotations

from datetime import datetime

import pytest
from calendar_support import build_plan, dt

from commsplanner.cli import main
from commsplanner.domain import Communication, Status
from commsplanner.domain.sequencing import RuleKind, SequencingRule
from commsplanner.storage import Workspace


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.commsplan"
    ws = Workspace.create(path)
    plan = build_plan(ws)
    # More for Tiendas Norte in the busy week of 3 March, so balancing has work to do.
    for day in ("2025-03-04", "2025-03-05"):
        ws.communications.add(
            Communication(
                campaign_id=plan.campaign_x,
                title=f"Nota {day}",
                start=dt(day, 12),
                segment_ids=(plan.seg_a,),
                channel_id=plan.intranet,
                status=Status.SCHEDULED,
            )
        )
    ws.close()
    return path, plan


def starts(path) -> dict[int, datetime]:
    ws = Workspace.open(path)
    try:
        return {c.id: c.start for c in ws.communications.list()}
    finally:
        ws.close()


def test_suggest_lists_the_nearest_free_slots(plan_file, capsys) -> None:
    path, plan = plan_file
    code = main(
        [
            "--lang",
            "en",
            "suggest",
            str(path),
            str(plan.comms["c5"]),
            "--from",
            "2025-03-01",
            "--limit",
            "3",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "“c5” is now on 7 March 2025 09:00 (it takes part in a conflict there)." in out
    assert "Slots without conflicts between 1 March 2025 and 31 May 2025:" in out
    assert "  1. 10 March 2025 09:00  (3 day(s) later; the busiest person it reaches gets " in out
    assert out.count("\n  ") == 3


def test_suggest_in_spanish_with_an_occurrence(plan_file, capsys) -> None:
    path, plan = plan_file
    ws = Workspace.open(path)
    series = ws.communications.add(
        Communication(
            campaign_id=plan.campaign_x,
            title="Semanal",
            start=dt("2025-04-07"),
            recurrence="FREQ=WEEKLY;COUNT=3",
            segment_ids=(plan.seg_c,),
        )
    )
    ws.close()
    code = main(
        [
            "--lang",
            "es",
            "suggest",
            str(path),
            str(series.id),
            "--occurrence",
            "2025-04-14",
            "--from",
            "2025-04-01",
            "--limit",
            "1",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "«Semanal» está ahora el 14 de abril de 2025, 09:00" in out
    assert out.count("\n  ") == 1
    assert (
        main(["--lang", "en", "suggest", str(path), str(series.id), "--occurrence", "2025-04-15"])
        == 1
    )
    assert "has no occurrence on 2025-04-15" in capsys.readouterr().err


def test_suggest_unknown_communication_and_no_slot(plan_file, capsys) -> None:
    path, plan = plan_file
    assert main(["--lang", "en", "suggest", str(path), "999"]) == 1
    assert "no longer exists" in capsys.readouterr().err
    assert main(["--lang", "en", "suggest", str(path), "abc"]) == 2
    # Nothing may go out before a date after its campaign ends.
    code = main(
        ["--lang", "en", "suggest", str(path), str(plan.comms["c5"]), "--from", "2025-06-02"]
    )
    assert code == 1
    assert "No slot without conflicts" in capsys.readouterr().out


def test_balance_prints_the_proposal_and_changes_nothing(plan_file, capsys) -> None:
    path, _plan = plan_file
    before = starts(path)
    code = main(
        ["--lang", "en", "balance", str(path), "--from", "2025-03-01", "--to", "2025-03-31"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Balancing 2025-03-01 to 2025-03-31: " in out
    assert " → " in out
    lines = [line for line in out.splitlines() if "People over the weekly limit" in line]
    was, now = (int(x) for x in lines[0].split(":")[1].split("→"))
    assert now < was
    assert "Nothing was changed; add --apply to make these moves." in out
    assert starts(path) == before


def test_balance_apply_moves_them(plan_file, capsys) -> None:
    path, _plan = plan_file
    before = starts(path)
    code = main(
        [
            "--lang",
            "es",
            "balance",
            str(path),
            "--from",
            "2025-03-01",
            "--to",
            "2025-03-31",
            "--apply",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Aplicado:" in out
    after = starts(path)
    moved = [cid for cid in before if before[cid] != after[cid]]
    assert moved
    # Now there is nothing more to gain.
    assert (
        main(["--lang", "en", "balance", str(path), "--from", "2025-03-01", "--to", "2025-03-31"])
        == 0
    )
    assert "0 move(s)" in capsys.readouterr().out


def test_balance_respects_rules_and_needs_its_period(plan_file, capsys) -> None:
    path, plan = plan_file
    assert main(["--lang", "en", "balance", str(path), "--from", "2025-03-01"]) == 2
    assert "--to" in capsys.readouterr().err
    ws = Workspace.open(path)
    ws.sequencing_rules.add(
        SequencingRule(RuleKind.NOT_BEFORE, first_id=plan.comms["c1"], second_id=plan.comms["c2"])
    )
    ws.close()
    assert (
        main(
            [
                "--lang",
                "en",
                "balance",
                str(path),
                "--from",
                "2025-03-01",
                "--to",
                "2025-03-31",
                "--apply",
            ]
        )
        == 0
    )
    capsys.readouterr()
    after = starts(path)
    assert after[plan.comms["c2"]] >= after[plan.comms["c1"]]
    assert main(
        ["--lang", "en", "conflicts", str(path), "--from", "2025-03-01", "--to", "2025-03-31"]
    ) in (0, 1)
    assert "Order of communications" not in capsys.readouterr().out
