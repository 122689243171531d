"""commsplanner-cli: demo and info, translated output, one-line errors and exit codes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from commsplanner import cli
from commsplanner.services.demo import generate_demo
from commsplanner.storage import SCHEMA_VERSION


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests choose the language; the machine's locale must not leak in."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate_demo(tmp_path_factory.mktemp("cli") / "demo.commsplan", employees=120)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("commsplanner-cli: ")
    return lines[0]


# ----------------------------------------------------------------------------- demo


def test_demo_writes_a_workspace(tmp_path: Path, capsys) -> None:
    target = tmp_path / "x.commsplan"
    code, out, err = run(capsys, "demo", str(target), "--employees", "60", "--seed", "3")
    assert code == 0, err
    assert err == ""
    assert target.exists()
    assert out.startswith(f"Demo workspace written to “{target}”: 60 employees in ")
    # The library with the same seed gives the same people: the CLI passed its options on.
    same = generate_demo(tmp_path / "same.commsplan", employees=60, seed=3)
    other = generate_demo(tmp_path / "other.commsplan", employees=60, seed=4)
    assert people(target) == people(same) != people(other)


def people(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        query = "SELECT external_id, display_name, position, location FROM employees ORDER BY id"
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def test_demo_language_options(tmp_path: Path, capsys) -> None:
    english = tmp_path / "en.commsplan"
    assert run(capsys, "--lang", "en", "demo", str(english), "--employees", "30")[0] == 0
    spanish_data = tmp_path / "es.commsplan"
    code, out, _ = run(
        capsys, "--lang", "en", "demo", str(spanish_data), "--employees", "30", "--lang", "es"
    )
    assert code == 0 and out.startswith("Demo workspace written")  # messages stay English

    def values(path: Path) -> list[str]:
        conn = sqlite3.connect(path)
        try:
            return [
                r[0] for r in conn.execute("SELECT name FROM corporate_values ORDER BY position")
            ]
        finally:
            conn.close()

    assert values(english)[0] == "Excellence"
    assert values(spanish_data)[0] == "Excelencia"


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys) -> None:
    target = tmp_path / "taken.commsplan"
    target.write_text("mine")
    code, out, err = run(capsys, "demo", str(target), "--employees", "30")
    assert code == 1 and out == ""
    assert "already exists" in assert_one_line_error(err)
    assert target.read_text() == "mine"


@pytest.mark.parametrize("value", ["0", "-3", "many", "1.5e3x"])
def test_demo_rejects_bad_sizes_as_usage_errors(tmp_path: Path, capsys, value: str) -> None:
    code, _, err = run(capsys, "demo", str(tmp_path / "x.commsplan"), "--employees", value)
    assert code == 2
    line = assert_one_line_error(err)
    assert "--employees" in line and value in line
    assert not (tmp_path / "x.commsplan").exists()


def test_demo_below_the_minimum_size_is_explained(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "demo", str(tmp_path / "x.commsplan"), "--employees", "3")
    assert code == 1
    assert "from 20 to" in assert_one_line_error(err)


def test_demo_in_a_missing_folder(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "demo", str(tmp_path / "no" / "x.commsplan"), "--employees", "30")
    assert code == 1
    assert "x.commsplan" in assert_one_line_error(err)


def test_interrupting_the_demo_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    from commsplanner.services import demo

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(demo, "generate_demo", interrupted)
    code, _, err = run(capsys, "demo", str(tmp_path / "x.commsplan"))
    assert code == 130
    assert "Interrupted" in assert_one_line_error(err)


def test_an_os_error_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    from commsplanner.services import demo

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "/secret/x.commsplan")

    monkeypatch.setattr(demo, "generate_demo", denied)
    code, _, err = run(capsys, "demo", str(tmp_path / "x.commsplan"))
    assert code == 1
    line = assert_one_line_error(err)
    assert "/secret/x.commsplan" in line and "Permission denied" in line


def test_an_unexpected_database_error_is_one_line(capsys, monkeypatch, demo_file: Path) -> None:
    from commsplanner.services import hub

    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("disk I/O error\nwith detail")

    monkeypatch.setattr(hub, "open_hub", broken)
    code, _, err = run(capsys, "info", str(demo_file))
    assert code == 1
    line = assert_one_line_error(err)
    assert "DatabaseError" in line and "disk I/O error with detail" in line


# ----------------------------------------------------------------------------- info


def test_info_summarises_a_workspace(capsys, demo_file: Path) -> None:
    before = demo_file.read_bytes()
    code, out, err = run(capsys, "info", str(demo_file))
    assert code == 0 and err == ""
    lines = dict(line.split(":", 1) for line in out.splitlines())
    assert lines["Organisation"].strip() == "Mercados Alameda"
    assert lines["Schema version"].strip().startswith(f"{SCHEMA_VERSION} ")
    assert lines["Channels"].strip() == "8"
    assert int(lines["Employees (active)"]) <= 120
    assert int(lines["Communications"]) >= 100
    for label in ("Segments", "Campaigns", "Measurements", "Feedback entries", "Blackout periods"):
        assert int(lines[label]) > 0, label
    assert demo_file.read_bytes() == before  # info never writes


def test_info_in_spanish(capsys, demo_file: Path) -> None:
    code, out, _ = run(capsys, "--lang", "es", "info", str(demo_file))
    assert code == 0
    assert "Empleados (en activo):" in out and "Organización:" in out
    assert "Versión del formato:" in out


def test_the_system_language_is_the_default(capsys, monkeypatch, demo_file: Path) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, out, _ = run(capsys, "info", str(demo_file))
    assert code == 0 and "Campañas:" in out


def test_info_works_while_the_workspace_is_open_elsewhere(capsys, tmp_path: Path) -> None:
    from commsplanner.services.hub import open_hub

    path = generate_demo(tmp_path / "busy.commsplan", employees=30)
    hub = open_hub(path)
    try:
        code, out, _ = run(capsys, "info", str(path))
    finally:
        hub.close()
    assert code == 0 and "Campaigns:" in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is not a Comms Planner workspace"),
        (b"name;position\nAna;Cajera\n", "is not a Comms Planner workspace"),
    ],
)
def test_info_on_a_file_that_is_not_a_workspace(capsys, tmp_path: Path, content, expected) -> None:
    path = tmp_path / "other.commsplan"
    path.write_bytes(content)
    code, out, err = run(capsys, "info", str(path))
    assert code == 1 and out == ""
    assert expected in assert_one_line_error(err)
    assert path.read_bytes() == content


def test_info_on_a_missing_file_in_spanish(capsys, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--lang", "es", "info", str(tmp_path / "nada.commsplan"))
    assert code == 1
    line = assert_one_line_error(err)
    assert "no existe" in line


def test_info_on_a_newer_file(capsys, tmp_path: Path) -> None:
    path = generate_demo(tmp_path / "future.commsplan", employees=30)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "info", str(path))
    assert code == 1
    assert "newer version" in assert_one_line_error(err)


# ----------------------------------------------------------------------------- usage


def test_no_command_is_a_usage_error(capsys) -> None:
    code, out, err = run(capsys)
    assert code == 2 and out == ""
    assert "--help" in assert_one_line_error(err)


def test_unknown_command_and_options(capsys) -> None:
    code, _, err = run(capsys, "bake")
    assert code == 2
    assert "“bake” is not one of" in assert_one_line_error(err)
    code, _, err = run(capsys, "info", "a", "--colour")
    assert code == 2
    assert "Unknown argument(s): --colour" in assert_one_line_error(err)
    code, _, err = run(capsys, "--lang", "fr", "info", "a")
    assert code == 2
    assert "“fr” is not one of es, en" in assert_one_line_error(err)


def test_usage_errors_are_translated(capsys) -> None:
    code, _, err = run(capsys, "--lang", "es", "demo")
    assert code == 2
    line = assert_one_line_error(err)
    assert line.startswith("commsplanner-cli: Falta(n) argumento(s): SALIDA.commsplan.")
    assert "para ver la ayuda" in line


def test_help_and_version(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("usage: commsplanner-cli")
    assert "demo" in out and "info" in out
    code, out, _ = run(capsys, "--lang", "es", "demo", "--help")
    assert code == 0
    assert out.startswith("uso: commsplanner-cli demo")
    assert "Número de empleados" in out
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip().startswith("commsplanner-cli ")


def test_every_subcommand_has_a_handler() -> None:
    parser = cli.build_parser("en")
    commands = next(a for a in parser._actions if a.dest == "command")
    for name, sub in commands.choices.items():
        assert callable(sub.get_default("handler")), name


# ----------------------------------------------------------------------------- a real process


def test_python_dash_m_runs_the_cli(tmp_path: Path, demo_file: Path) -> None:
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    env.pop("LANGUAGE", None)
    ok = subprocess.run(
        [sys.executable, "-m", "commsplanner.cli", "info", str(demo_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert ok.returncode == 0, ok.stderr
    assert "Mercados Alameda" in ok.stdout and ok.stderr == ""
    bad = tmp_path / "bad.commsplan"
    bad.write_text("not a plan")
    failed = subprocess.run(
        [sys.executable, "-m", "commsplanner.cli", "info", str(bad)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    # Even on an ASCII-only terminal the message arrives (quotes replaced), in one line.
    assert failed.returncode == 1
    assert "Traceback" not in failed.stderr
    assert len(failed.stderr.splitlines()) == 1
    assert "bad.commsplan" in failed.stderr


def test_a_damaged_catalogue_falls_back_to_english(capsys, monkeypatch, tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    def damaged(language=None):
        raise ET.ParseError("not well-formed (invalid token): line 3, column 0")

    monkeypatch.setattr(cli, "catalog", damaged)
    code, _, err = run(capsys, "--lang", "es", "info", str(tmp_path / "none.commsplan"))
    assert code == 1
    assert "does not exist" in assert_one_line_error(err)
