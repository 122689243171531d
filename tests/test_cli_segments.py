"""``commsplanner-cli segments`` and ``segment-count``."""

from __future__ import annotations

from pathlib import Path

import pytest

from commsplanner import cli
from commsplanner.domain import Employee, Segment
from commsplanner.storage import Workspace


@pytest.fixture
def workspace_file(tmp_path: Path) -> Path:
    path = tmp_path / "w.commsplan"
    ws = Workspace.create(path)
    ws.employees.add_many(
        [
            Employee("E1", position="Cajero", department="Ventas", interests=("sostenibilidad",)),
            Employee("E2", position="Cajero", department="TI", interests=("sostenibilidad",)),
            Employee("E3", position="Supervisor", department="Ventas"),
            Employee("E4", position="Técnico", department="TI", active=False),
        ]
    )
    ws.segments.add(Segment("Cajeros", rule={"field": "position", "op": "eq", "value": "Cajero"}))
    ws.segments.add(Segment("Nadie", rule={"field": "position", "op": "eq", "value": "Piloto"}))
    ws.close()
    return path


def test_segments_lists_sizes_shares_and_warnings(workspace_file, capsys) -> None:
    assert cli.main(["--lang", "en", "segments", str(workspace_file), "--rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Segment", "Members", "Share"]
    assert lines[1].split() == ["Cajeros", "2", "66.7", "%"]
    assert lines[2].strip() == 'position = "Cajero"'
    assert lines[3].split() == ["Nadie", "0", "0.0", "%"]
    assert "2 segment(s); 3 active employees." in lines
    assert "⚠ Nadie: The segment has no members." in lines
    assert "⚠ Nadie: No active employee has position “Piloto”." in lines


def test_segments_in_spanish(workspace_file, capsys) -> None:
    assert cli.main(["--lang", "es", "segments", str(workspace_file), "--rules"]) == 0
    out = capsys.readouterr().out
    assert "Miembros" in out
    assert "66,7 %" in out
    assert 'puesto = "Cajero"' in out
    assert "⚠ Nadie: El segmento no tiene miembros." in out


def test_segment_count(workspace_file, capsys) -> None:
    rule = 'position in ("Cajero", "Supervisor") and "sostenibilidad" in interests and not department = "TI"'
    assert cli.main(["--lang", "en", "segment-count", str(workspace_file), rule]) == 0
    assert capsys.readouterr().out == "1 of 3 active employees (33.3 %) match the rule.\n"
    spanish = 'puesto = "Cajero" o departamento = "Marketing"'
    assert cli.main(["--lang", "es", "segment-count", str(workspace_file), spanish]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 de 3 empleados activos (66,7 %) cumplen la regla."
    assert out[1] == "⚠ Ningún empleado activo tiene department «Marketing»."
    assert cli.main(["segment-count", str(workspace_file), "customer_facing", "--number"]) == 0
    assert capsys.readouterr().out == "0\n"


def test_segment_count_parse_error_shows_a_caret_and_exits_2(workspace_file, capsys) -> None:
    code = cli.main(
        [
            "--lang",
            "en",
            "segment-count",
            str(workspace_file),
            'position in ("Cajero" "Supervisor")',
        ]
    )
    assert code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "commsplanner-cli: Column 23: expected “,” or “)” here.",
        '    position in ("Cajero" "Supervisor")',
        "    " + " " * 22 + "^",
    ]
    assert cli.main(["--lang", "es", "segment-count", str(workspace_file), "puestoo = 'x'"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("commsplanner-cli: Columna 1:")
    assert err[2] == "    ^"


def test_segment_count_refuses_a_missing_workspace(tmp_path, capsys) -> None:
    code = cli.main(["--lang", "en", "segment-count", str(tmp_path / "none.commsplan"), "everyone"])
    assert code == 1
    assert "does not exist" in capsys.readouterr().err
