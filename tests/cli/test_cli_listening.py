"""commsplanner-cli import-measurements: report, dry run, all-or-nothing, translated output."""

from __future__ import annotations

from pathlib import Path

import pytest
from listening_support import make

from commsplanner import cli
from commsplanner.storage import Workspace

GOOD = "Fecha;Segmento;Métrica;Valor;Respuestas\n15/01/2025;Madrid;Satisfacción;3,8;12\n"
BAD = "Fecha;Segmento;Métrica;Valor\n15/01/2025;Madrid;Satisfacción;mucho\n"


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    ws, _ids = make(tmp_path / "plan.commsplan", listening=False)
    ws.close()
    return tmp_path / "plan.commsplan"


def count(path: Path) -> int:
    ws = Workspace.open(path, read_only=True)
    try:
        return ws.measurements.count()
    finally:
        ws.close()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_dry_run_prints_the_report_and_writes_nothing(plan, tmp_path, capsys) -> None:
    data = tmp_path / "r.csv"
    data.write_text(GOOD, encoding="utf-8")
    code, out, err = run(capsys, "import-measurements", str(plan), str(data), "--dry-run")
    assert code == 0, err
    assert "Fecha → Date" in out
    assert "An import would add 1, update 0 and leave 0 unchanged." in out
    assert count(plan) == 0


def test_import_then_reimport(plan, tmp_path, capsys) -> None:
    data = tmp_path / "r.csv"
    data.write_text(GOOD, encoding="utf-8")
    code, out, _err = run(capsys, "import-measurements", str(plan), str(data), "--source", "P")
    assert code == 0 and "Imported: 1 added, 0 updated, 0 unchanged." in out
    code, out, _err = run(capsys, "import-measurements", str(plan), str(data), "--source", "P")
    assert code == 0 and "Imported: 0 added, 0 updated, 1 unchanged." in out
    assert count(plan) == 1


def test_errors_import_nothing_and_exit_1(plan, tmp_path, capsys) -> None:
    data = tmp_path / "bad.csv"
    data.write_text(BAD, encoding="utf-8")
    code, out, _err = run(capsys, "--lang", "es", "import-measurements", str(plan), str(data))
    assert code == 1
    assert "Fila 2, columna D “Valor”" in out
    assert "no se ha importado nada" in out
    assert count(plan) == 0


def test_bad_mapping_is_one_line(plan, tmp_path, capsys) -> None:
    data = tmp_path / "r.csv"
    data.write_text(GOOD, encoding="utf-8")
    code, _out, err = run(
        capsys, "import-measurements", str(plan), str(data), "--mapping", '{"Fecha": "ignore"}'
    )
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("commsplanner-cli: ")
    assert "date of each result" in err
    code, _out, err = run(capsys, "import-measurements", str(plan), str(data), "--mapping", "[1]")
    assert code == 2 and "JSON object" in err
    code, _out, err = run(
        capsys, "import-measurements", str(plan), str(data), "--campaign", "Nadie"
    )
    assert code == 1 and "no campaign called “Nadie”" in err
