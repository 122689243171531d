"""``commsplanner-cli campaigns`` and ``diff``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from commsplanner import cli
from commsplanner.domain import (
    Campaign,
    Communication,
    CorporateValue,
    Employee,
    EntityKind,
    Segment,
    Status,
    ValueWeight,
)
from commsplanner.services.approvals import ApprovalService
from commsplanner.services.planning import PlanningService
from commsplanner.storage import Workspace


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    path = tmp_path / "w.commsplan"
    ws = Workspace.create(path)
    ws.employees.add_many([Employee(f"E{i}", position="Cajero") for i in range(3)])
    cashiers = ws.segments.add(
        Segment("Cajeros", rule={"field": "position", "op": "eq", "value": "Cajero"})
    )
    planning = PlanningService(ws)
    excellence = planning.add_value(CorporateValue("Excelencia")).created_id(EntityKind.VALUE)
    team = planning.add_value(CorporateValue("Equipo")).created_id(EntityKind.VALUE)
    planning.add_campaign(
        Campaign(
            "Lanzamiento",
            start=date(2026, 3, 2),
            end=date(2026, 3, 31),
            value_weights={team: ValueWeight.SECONDARY, excellence: ValueWeight.PRIMARY},
            segment_ids=(cashiers.id,),
        ),
        [Communication(0, "Aviso", datetime(2026, 3, 2, 9, 0))],
    )
    planning.add_campaign(Campaign("Cultura", status=Status.DRAFT))
    approvals = ApprovalService(ws)
    approvals.clock = lambda: datetime(2026, 2, 27, 18, 5)
    approvals.record_approval("Dirección", "Adelante")
    ws.close()
    return path


def test_campaigns_lists_status_dates_values_and_segments(workspace_file, capsys) -> None:
    assert cli.main(["--lang", "en", "campaigns", str(workspace_file)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Lanzamiento  [Idea]  2026-03-02 – 2026-03-31",
        "    Values: Excelencia (primary), Equipo",
        "    Segments: Cajeros (3 people)",
        "    Communications: 1",
        "Cultura  [Draft]  … – …",
        "    Values: none",
        "    Segments: none",
        "    Communications: 0",
    ]


def test_campaigns_in_spanish_and_filtered(workspace_file, capsys) -> None:
    assert cli.main(["--lang", "es", "campaigns", str(workspace_file), "--status", "draft"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Cultura  [Borrador]  … – …",
        "    Valores: ninguno",
        "    Segmentos: ninguno",
        "    Comunicaciones: 0",
    ]
    assert cli.main(["--lang", "en", "campaigns", str(workspace_file), "--status", "done"]) == 0
    assert capsys.readouterr().out.strip() == "No campaigns."


def test_diff_prints_the_changes_since_approval(workspace_file, capsys) -> None:
    assert cli.main(["--lang", "en", "diff", str(workspace_file)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Approved by Dirección on 2026-02-27 18:05: “Adelante”",
        "Nothing has changed since then.",
    ]
    ws = Workspace.open(workspace_file)
    planning = PlanningService(ws)
    launch = next(c for c in planning.campaigns() if c.name == "Lanzamiento")
    planning.update_campaign(replace(launch, end=date(2026, 4, 15)))
    ws.close()
    assert cli.main(["--lang", "es", "diff", str(workspace_file)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Aprobado por Dirección el 27/02/2026 18:05: «Adelante»",
        "1 cambio(s) desde entonces:",
        "- «Lanzamiento»: fechas movidas de 02/03/2026 – 31/03/2026 a 02/03/2026 – 15/04/2026.",
    ]


def test_diff_without_an_approval_fails_with_one_line(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.commsplan"
    Workspace.create(path).close()
    assert cli.main(["--lang", "en", "diff", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "never been approved" in err
