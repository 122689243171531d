"""``commsplanner-cli import-directory``: report, counts, dry run, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from commsplanner import cli
from commsplanner.storage import Workspace


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    Workspace.create(tmp_path / "w.commsplan").close()
    directory = tmp_path / "plantilla.csv"
    directory.write_text(
        "ID;Nombre completo;Puesto;Área;Atención al cliente\n"
        "E1;Ana Ruiz;Cajera;Ventas;sí\n"
        "E2;Luis Paz;Jefe;Ventas;quizás\n"
        "E3;Eva Sol;Técnica;TI;no\n",
        encoding="utf-8",
    )
    return tmp_path / "w.commsplan", directory


def test_dry_run_prints_the_report_and_writes_nothing(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, directory = files
    code = cli.main(
        ["--lang", "en", "import-directory", str(workspace), str(directory), "--dry-run"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Row 3, column E “Atención al cliente”" in out
    assert "Rows: 3 read, 2 valid, 1 with errors (not imported), 0 repeated." in out
    assert "An import would add 2" in out
    assert "Nothing was written" in out
    with Workspace.open(workspace) as ws:
        assert ws.employees.count() == 0


def test_import_in_spanish_with_a_mapping(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, directory = files
    code = cli.main(
        [
            "--lang",
            "es",
            "import-directory",
            str(workspace),
            str(directory),
            "--mapping",
            '{"Área": "location"}',
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Área → Ubicación" in out
    assert "Fila 3, columna E “Atención al cliente”" in out
    assert "Resultado: 2 añadidos" in out
    with Workspace.open(workspace) as ws:
        assert {e.location for e in ws.employees.iter_all()} == {"Ventas", "TI"}


def test_bad_mapping_and_bad_file(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspace, directory = files
    code = cli.main(
        ["--lang", "en", "import-directory", str(workspace), str(directory), "--mapping", "[1]"]
    )
    assert code == 2
    assert "must be a JSON object" in capsys.readouterr().err
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    code = cli.main(["--lang", "es", "import-directory", str(workspace), str(empty)])
    err = capsys.readouterr().err
    assert code == 1 and "está vacío" in err and err.count("\n") == 1
