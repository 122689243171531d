"""Directory import: mapping suggestions, validation report, synchronisation, atomicity."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from commsplanner.domain import EntityKind
from commsplanner.domain.errors import Cancelled
from commsplanner.domain.progress import Progress
from commsplanner.services.directory_import import (
    ATTRIBUTE,
    IGNORE,
    DirectoryImportError,
    DirectoryImportService,
    ImportOptions,
    MappingError,
    normalise_label,
    parse_date,
    suggest_mapping,
)
from commsplanner.services.tabular import Column, Severity, TableReadError
from commsplanner.storage import Workspace, WorkspaceWriteError

HEADER = "Nº empleado;Nombre;Apellidos;Puesto;Área;Sede;Intereses;Atención al cliente;Fecha de alta"


def write_csv(path: Path, rows: list[str], header: str = HEADER, encoding: str = "utf-8") -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path


def snapshot(ws: Workspace) -> tuple:
    """Everything an import may touch, to prove a refused import changed nothing."""
    conn = ws.conn
    return (
        conn.execute("SELECT * FROM employees ORDER BY id").fetchall(),
        conn.execute("SELECT * FROM employee_tags ORDER BY kind, tag, employee_id").fetchall(),
        conn.execute("SELECT * FROM settings ORDER BY key").fetchall(),
    )


def rows_of(snap: tuple) -> list[list[tuple]]:
    return [[tuple(r) for r in part] for part in snap]


@pytest.fixture
def service(workspace: Workspace) -> DirectoryImportService:
    return DirectoryImportService(workspace)


# ----------------------------------------------------------------------------- mapping


def columns(*labels: str) -> list[Column]:
    return [Column(i, label, (label,)) for i, label in enumerate(labels)]


def test_spanish_headers_are_recognised() -> None:
    mapping = suggest_mapping(
        columns(
            "Nº empleado",
            "Nombre",
            "Apellidos",
            "Cargo",
            "Departamento",
            "Ubicación",
            "Intereses",
            "Necesidades",
            "Expectativas",
            "Nivel",
            "Idioma",
            "Fecha de alta",
            "Atención al cliente",
            "Centro de coste",
            "Correo electrónico",
            "",
        )
    )
    assert mapping == {
        "Nº empleado": "external_id",
        "Nombre": "given_name",
        "Apellidos": "family_name",
        "Cargo": "position",
        "Departamento": "department",
        "Ubicación": "location",
        "Intereses": "interests",
        "Necesidades": "needs",
        "Expectativas": "expectations",
        "Nivel": "level",
        "Idioma": "language",
        "Fecha de alta": "start_date",
        "Atención al cliente": "customer_facing",
        "Centro de coste": ATTRIBUTE,
        "Correo electrónico": IGNORE,
        "P": IGNORE,  # no header: named by its letter
    }


def test_english_headers_are_recognised() -> None:
    mapping = suggest_mapping(
        columns(
            "Employee ID",
            "Full name",
            "Job title",
            "Department",
            "Location",
            "Interests",
            "Needs",
            "Expectations",
            "Level",
            "Language",
            "Start date",
            "Customer facing",
            "Function",
        )
    )
    assert mapping["Employee ID"] == "external_id"
    assert mapping["Full name"] == "display_name"
    assert mapping["Job title"] == "position"
    assert mapping["Start date"] == "start_date"
    assert mapping["Customer facing"] == "customer_facing"
    assert mapping["Function"] == "function"
    assert "attribute" not in mapping.values()


def test_each_field_goes_to_one_column_and_partial_matches_count() -> None:
    mapping = suggest_mapping(columns("ID", "Puesto", "Cargo", "Puesto anterior", "Idioma"))
    assert mapping["Puesto"] == "position"
    assert mapping["Cargo"] == ATTRIBUTE
    assert mapping["Puesto anterior"] == ATTRIBUTE
    assert mapping["Idioma"] == "language"  # not mistaken for "ID"


def test_normalised_labels() -> None:
    assert normalise_label("Nº de empleado") == "n empleado"
    assert normalise_label("N.º empleado") == "n empleado"
    assert normalise_label("  ÁREA / Departamento ") == "area departamento"


def test_remembered_mapping_wins(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(tmp_path / "d.csv", ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;2021-03-15"])
    first = service.preview(path)
    assert first.mapping["Sede"] == "location" and not first.remembered
    mapping = {**first.mapping, "Sede": ATTRIBUTE, "Área": "function"}
    service.apply(service.validate(path, mapping, ImportOptions()))
    again = service.preview(path)
    assert again.remembered
    assert again.mapping["Sede"] == ATTRIBUTE
    assert again.mapping["Área"] == "function"


def test_mapping_problems_block_validation(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(tmp_path / "d.csv", ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;2021-03-15"])
    mapping = service.preview(path).mapping
    with pytest.raises(MappingError) as caught:
        service.validate(path, {**mapping, "Nº empleado": IGNORE})
    assert "employee identifier" in str(caught.value)
    with pytest.raises(MappingError) as caught:
        service.validate(path, {**mapping, "Sede": "position"})
    text = caught.value.describe()
    assert "D “Puesto”, F “Sede”" in text and "“Position”" in text


# ----------------------------------------------------------------------------- values


def test_multi_value_cells(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        [
            "E1;Ana;Ruiz;Cajera;Ventas;Madrid;sostenibilidad, deporte;sí;",
            'E2;Luis;Paz;Jefe;Ventas;Madrid;"salud, bienestar | música";no;',
            'E3;Eva;Sol;Técnica;TI;Sevilla;"cine|  cine ; Cine ";no;',
            "E4;Bo;Li;Técnico;TI;Sevilla;;no;",
        ],
    )
    report = service.validate(path)
    interests = {e.external_id: e.interests for e in report.employees}
    assert interests == {
        "E1": ("sostenibilidad", "deporte"),
        "E2": ("salud, bienestar", "música"),
        "E3": ("cine",),
        "E4": (),
    }


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2021-03-15", "dmy", date(2021, 3, 15)),
        ("2021/3/5 00:00:00", "dmy", date(2021, 3, 5)),
        ("15/03/2021", "dmy", date(2021, 3, 15)),
        ("15.03.21", "dmy", date(2021, 3, 15)),
        ("03/04/2021", "dmy", date(2021, 4, 3)),
        ("03/04/2021", "mdy", date(2021, 3, 4)),
        ("20210315", "dmy", date(2021, 3, 15)),
        ("44270", "dmy", date(2021, 3, 15)),
        ("15 mar 2021", "dmy", date(2021, 3, 15)),
        ("15 de marzo de 2021", "dmy", date(2021, 3, 15)),
        ("lunes, 15 de marzo de 2021", "dmy", date(2021, 3, 15)),
        ("March 15th, 2021", "dmy", date(2021, 3, 15)),
        ("15-Sept-2021", "dmy", date(2021, 9, 15)),
        ("31/02/2021", "dmy", None),
        ("mañana", "dmy", None),
        ("12345", "dmy", date(1933, 10, 18)),
    ],
)
def test_parse_date(text: str, order: str, expected: date | None) -> None:
    assert parse_date(text, order) == expected


def test_a_date_column_in_three_formats(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        [
            "E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;15/03/2021",
            "E2;Luis;Paz;Jefe;Ventas;Madrid;;no;2020-01-02",
            "E3;Eva;Sol;Técnica;TI;Sevilla;;no;3 mar 2019",
            "E4;Bo;Li;Técnico;TI;Sevilla;;no;04/05/2019",
            "E5;Di;Mar;Técnico;TI;Sevilla;;no;el año pasado",
        ],
    )
    report = service.validate(path)
    dates = {e.external_id: e.start_date for e in report.employees}
    assert dates == {
        "E1": date(2021, 3, 15),
        "E2": date(2020, 1, 2),
        "E3": date(2019, 3, 3),
        "E4": date(2019, 5, 4),
    }
    by_row = {(i.row, i.column_ref): i for i in report.issues}
    mixed = by_row[(3, "I “Fecha de alta”")]
    assert mixed.severity is Severity.WARNING
    assert "3 different ways" in mixed.message()
    ambiguous = by_row[(5, "I “Fecha de alta”")]
    assert "read as 2019-05-04 (day first)" in ambiguous.message()
    bad = by_row[(6, "I “Fecha de alta”")]
    assert bad.severity is Severity.ERROR and bad.value == "el año pasado"
    assert report.invalid_rows == 1


def test_month_first_columns_are_recognised(
    tmp_path: Path, service: DirectoryImportService
) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        ["E1;A;B;C;D;E;;no;03/15/2021", "E2;A;B;C;D;E;;no;04/05/2021"],
    )
    report = service.validate(path)
    assert [e.start_date for e in report.employees] == [date(2021, 3, 15), date(2021, 4, 5)]


def test_customer_facing_answers(tmp_path: Path, service: DirectoryImportService) -> None:
    answers = ["sí", "Si", "YES", "x", "1", "true", "no", "No", "0", "", "FALSE", "quizás"]
    rows = [f"E{i};A;B;C;D;E;;{a};" for i, a in enumerate(answers)]
    report = service.validate(write_csv(tmp_path / "d.csv", rows))
    facing = [e.customer_facing for e in report.employees]
    assert facing == [True] * 6 + [False] * 5
    (error,) = report.errors
    assert (error.row, error.column_ref, error.value) == (13, "H “Atención al cliente”", "quizás")
    assert "not a yes/no answer" in error.message()


def test_duplicate_ids(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        [
            "E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;",
            "E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;",
            "E1;Otra;Persona;Jefe;TI;Sevilla;;no;",
            ";Sin;Id;X;Y;Z;;no;",
        ],
    )
    report = service.validate(path)
    assert [e.external_id for e in report.employees] == ["E1"]
    assert report.skipped_duplicates == 1
    assert report.invalid_rows == 2
    messages = {i.row: i for i in report.issues}
    assert messages[3].severity is Severity.WARNING and "repeats row 2" in messages[3].message()
    assert messages[4].severity is Severity.ERROR and "also used in row 2" in messages[4].message()
    assert messages[5].column_ref == "A “Nº empleado”" and "identifier is empty" in (
        messages[5].message()
    )


def test_extra_columns_become_custom_attributes(
    tmp_path: Path, service: DirectoryImportService
) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        ["E1;A;B;C;D;E;;no;;CC-1;turno de noche", "E2;A;B;C;D;E;;no;;;"],
        header=HEADER + ";Centro de coste;Turno",
    )
    report = service.validate(path)
    assert report.employees[0].attributes == {"Centro de coste": "CC-1", "Turno": "turno de noche"}
    assert report.employees[1].attributes == {}


def test_huge_cell_is_reported_and_other_rows_import(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    huge = "Cajera " * 1500  # 10,500 characters
    path = write_csv(
        tmp_path / "d.csv",
        ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;", f"E2;Luis;Paz;{huge};Ventas;Madrid;;no;"],
    )
    before = snapshot(workspace)
    report = service.validate(path)
    (error,) = report.errors
    assert (error.row, error.column_ref) == (3, "D “Puesto”")
    assert "10499 characters long" in error.message()
    assert error.value.endswith("…") and len(error.value) == 81
    # Validation wrote nothing.
    assert rows_of(snapshot(workspace)) == rows_of(before)
    result = service.apply(report)
    assert result.counts.added == 1
    assert [e.external_id for e in workspace.employees.iter_all()] == ["E1"]


def test_emoji_rtl_and_control_characters(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        [
            "E1;Zoë 👩🏽‍💻;;Cajera 🛒;Ventas;Madrid;café ☕ | مرحبا;no;",
            "E2;مريم;العربية;مديرة;المبيعات;دبي;;no;",
            "E3;Eve\u202e;Evil;Jefe\u200b;TI;Sevilla;;no;",
        ],
    )
    report = service.validate(path)
    first, second, third = report.employees
    assert first.display_name == "Zoë 👩🏽‍💻" and first.position == "Cajera 🛒"
    assert first.interests == ("café ☕", "مرحبا")
    assert second.display_name == "مريم العربية" and second.location == "دبي"
    assert third.display_name == "Eve Evil" and third.position == "Jefe"
    warnings = [(i.row, i.column_ref) for i in report.issues if i.severity is Severity.WARNING]
    assert warnings == [(4, "B “Nombre”"), (4, "D “Puesto”")]


# ----------------------------------------------------------------------------- bad files


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary data"),
        (b'ID;Nombre\n1;"Ana\n2;Luis\n', "Row 2, column B “Nombre”"),
    ],
)
def test_bad_files_leave_the_workspace_unchanged(
    tmp_path: Path,
    service: DirectoryImportService,
    workspace: Workspace,
    content: bytes,
    expected: str,
) -> None:
    service.apply(service.validate(write_csv(tmp_path / "good.csv", ["E1;A;B;C;D;E;;no;"])))
    before = snapshot(workspace)
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(TableReadError, match=expected):
        service.preview(path)
    with pytest.raises(TableReadError, match=expected):
        service.validate(path)
    assert rows_of(snapshot(workspace)) == rows_of(before)


def test_header_without_rows(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(tmp_path / "d.csv", [])
    with pytest.raises(DirectoryImportError, match="no rows of employees"):
        service.validate(path)


def test_xlsx_with_merged_header_rows_imports(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Plantilla a 1 de marzo"])
    sheet.merge_cells("A1:E1")
    sheet.append(["Empleado", None, "Organización", None, None])
    sheet.append(["ID", "Nombre completo", "Puesto", "Área", "Fecha de alta"])
    sheet.merge_cells("A2:B2")
    sheet.merge_cells("C2:E2")
    sheet.append([101, "Ana Ruiz", "Cajera", "Ventas", date(2021, 3, 15)])
    sheet.append([102, "Luis Paz", "Jefe", "Ventas", "15/03/2020"])
    path = tmp_path / "d.xlsx"
    workbook.save(path)
    preview = service.preview(path)
    assert preview.table.header_rows == (2, 3)
    report = service.validate(path, preview.mapping)
    assert not report.errors
    service.apply(report)
    stored = {e.external_id: e for e in workspace.employees.iter_all()}
    assert stored["101"].display_name == "Ana Ruiz"
    assert stored["102"].start_date == date(2020, 3, 15)


# ----------------------------------------------------------------------------- sync


def test_reimport_synchronises(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    first = write_csv(
        tmp_path / "v1.csv",
        [
            "E1;Ana;Ruiz;Cajera;Ventas;Madrid;deporte;sí;2021-03-15",
            "E2;Luis;Paz;Jefe;Ventas;Madrid;;no;2020-01-02",
            "E3;Eva;Sol;Técnica;TI;Sevilla;;no;2019-03-03",
            "E4;Bo;Li;Técnico;TI;Sevilla;;no;2019-05-04",
        ],
    )
    result = service.apply(service.validate(first))
    assert result.counts.as_dict() == {
        "added": 4,
        "updated": 0,
        "reactivated": 0,
        "unchanged": 0,
        "deactivated": 0,
    }
    assert len(result.changes.added[EntityKind.EMPLOYEE]) == 4

    second = write_csv(
        tmp_path / "v2.csv",
        [
            "E1;Ana;Ruiz;Supervisora;Ventas;Madrid;deporte | música;sí;2021-03-15",
            "E2;Luis;Paz;Jefe;Ventas;Madrid;;no;2020-01-02",
            "E3;Eva;Sol;Técnica;TI;Sevilla;;no;2019-03-03",
            "E5;Nuevo;Uno;Cajero;Ventas;Bilbao;;sí;2024-02-01",
        ],
    )
    report = service.validate(second)
    assert report.preview.as_dict() == {
        "added": 1,
        "updated": 1,
        "reactivated": 0,
        "unchanged": 2,
        "deactivated": 1,
    }
    result = service.apply(report)
    assert result.counts == report.preview
    stored = {e.external_id: e for e in workspace.employees.iter_all(active_only=False)}
    assert stored["E1"].position == "Supervisora"
    assert stored["E1"].interests == ("deporte", "música")
    assert stored["E4"].active is False  # kept, not deleted
    assert workspace.employees.count() == 4
    e4 = stored["E4"].id
    assert e4 in result.changes.updated[EntityKind.EMPLOYEE]
    tags = workspace.conn.execute(
        "SELECT tag FROM employee_tags WHERE employee_id = ? ORDER BY tag", (stored["E1"].id,)
    ).fetchall()
    assert [t[0] for t in tags] == ["deporte", "música"]

    # E4 comes back: reactivated; an unchanged file changes nothing at all.
    third = write_csv(
        tmp_path / "v3.csv",
        [*second.read_text().splitlines()[1:], "E4;Bo;Li;Técnico;TI;Sevilla;;no;2019-05-04"],
    )
    result = service.apply(service.validate(third))
    assert (result.counts.reactivated, result.counts.unchanged) == (1, 4)
    result = service.apply(service.validate(third))
    assert result.counts.unchanged == 5
    assert not result.changes.touches(EntityKind.EMPLOYEE)


def test_fields_not_in_the_file_are_kept(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    service.apply(
        service.validate(
            write_csv(
                tmp_path / "full.csv",
                ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;deporte;sí;2021-03-15"],
                header=HEADER + ";Centro de coste;Turno",
            )
        )
    )
    # A later export without interests, start date or shift: those stay as they were.
    partial = tmp_path / "partial.csv"
    partial.write_text("ID;Puesto;Centro de coste\nE1;Supervisora;\n", encoding="utf-8")
    report = service.validate(partial)
    assert report.preview.updated == 1
    service.apply(report)
    (ana,) = workspace.employees.iter_all()
    assert ana.position == "Supervisora"
    assert ana.interests == ("deporte",)
    assert ana.start_date == date(2021, 3, 15)
    assert ana.display_name == "Ana Ruiz"
    assert ana.attributes == {}  # the cost centre was emptied in the new file


def test_keep_missing_employees_active(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    rows = [f"E{i};A;B;C;Ventas;E;;no;" for i in range(10)]
    service.apply(service.validate(write_csv(tmp_path / "all.csv", rows)))
    part = write_csv(tmp_path / "part.csv", rows[:2])
    report = service.validate(part)
    assert report.preview.deactivated == 8
    assert any("partial export" in w.message() for w in report.workspace_warnings)
    report = service.validate(part, options=ImportOptions(deactivate_missing=False))
    assert report.preview.deactivated == 0 and not report.workspace_warnings
    service.apply(report)
    assert workspace.employees.count() == 10


def test_rows_with_errors_do_not_deactivate_their_employee(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    service.apply(service.validate(write_csv(tmp_path / "a.csv", ["E1;A;B;C;D;E;;no;"])))
    report = service.validate(
        write_csv(tmp_path / "b.csv", ["E1;A;B;C;D;E;;quizás;", "E2;A;B;C;D;E;;no;"])
    )
    assert report.preview.deactivated == 0 and report.invalid_rows == 1


# ----------------------------------------------------------------------------- pseudonymising


def test_pseudonymised_ids_are_stable_per_workspace(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    path = write_csv(
        tmp_path / "d.csv",
        ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;", "E2;Luis;Paz;Jefe;Ventas;Madrid;;no;"],
    )
    options = ImportOptions(pseudonymise=True)
    first = service.validate(path, options=options)
    ids = [e.external_id for e in first.employees]
    assert all(i.startswith("anon-") and "E1" not in i for i in ids)
    assert all(e.display_name is None for e in first.employees)
    service.apply(first)
    stored = list(workspace.employees.iter_all())
    assert [e.external_id for e in stored] == ids
    assert all(e.display_name is None for e in stored)
    assert "Ana" not in json.dumps(
        [tuple(r) for r in workspace.conn.execute("SELECT * FROM employees")]
    )
    # The same people get the same hashes next time: a re-import matches them.
    again = service.validate(path, options=options)
    assert [e.external_id for e in again.employees] == ids
    assert again.preview.unchanged == 2

    other = Workspace.create(tmp_path / "other.commsplan")
    try:
        elsewhere = DirectoryImportService(other).validate(path, options=options)
        assert [e.external_id for e in elsewhere.employees] != ids  # salted per workspace
    finally:
        other.close()


def test_switching_pseudonymisation_warns(tmp_path: Path, service: DirectoryImportService) -> None:
    path = write_csv(tmp_path / "d.csv", ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;"])
    service.apply(service.validate(path))
    report = service.validate(path, options=ImportOptions(pseudonymise=True))
    assert any(
        "not pseudonymised and this one is" in w.message() for w in report.workspace_warnings
    )


# ----------------------------------------------------------------------------- atomicity


def big_directory(path: Path, count: int) -> Path:
    rows = [
        f"E{i:05d};Nombre{i};Apellido{i};Puesto{i % 7};Área{i % 5};Sede{i % 3};"
        f"tema{i % 4} | tema{i % 6};{'sí' if i % 2 else 'no'};2020-01-{1 + i % 28:02d}"
        for i in range(1, count + 1)
    ]
    return write_csv(path, rows)


def test_a_failure_at_row_9999_leaves_nothing(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    service.apply(service.validate(big_directory(tmp_path / "v1.csv", 50)))
    before = snapshot(workspace)
    report = service.validate(big_directory(tmp_path / "v2.csv", 12_000))
    assert report.valid_rows == 12_000
    # The database itself refuses the employee of row 9,999 (data row 9,998 + header).
    workspace.conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON employees "
        "WHEN NEW.external_id = 'E09998' BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    written: list[int] = []
    with pytest.raises(WorkspaceWriteError, match="disk full"):
        service.apply(report, progress=Progress(report=lambda d, t: written.append(d)))
    assert written  # it had got going before the failure
    assert rows_of(snapshot(workspace)) == rows_of(before)
    workspace.conn.execute("DROP TRIGGER refuse")
    assert service.apply(report).counts.added == 11_950


def test_cancel_during_the_import_leaves_nothing(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    report = service.validate(big_directory(tmp_path / "d.csv", 5000))
    before = snapshot(workspace)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 4

    with pytest.raises(Cancelled):
        service.apply(report, progress=Progress(cancelled=cancelled))
    assert rows_of(snapshot(workspace)) == rows_of(before)


def test_nothing_valid_cannot_be_applied(tmp_path: Path, service: DirectoryImportService) -> None:
    report = service.validate(write_csv(tmp_path / "d.csv", [";A;B;C;D;E;;no;"]))
    assert not report.can_import
    with pytest.raises(DirectoryImportError, match=r"No row of “d\.csv” can be imported"):
        service.apply(report)


def test_progress_of_validation(tmp_path: Path, service: DirectoryImportService) -> None:
    seen: list[tuple[int, int]] = []
    service.validate(
        big_directory(tmp_path / "d.csv", 6000),
        progress=Progress(report=lambda d, t: seen.append((d, t))),
    )
    assert seen and seen == sorted(seen) and all(t == 100 for _, t in seen)


def test_run_with_partial_mapping_and_dry_run(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    path = write_csv(tmp_path / "d.csv", ["E1;Ana;Ruiz;Cajera;Ventas;Madrid;;sí;"])
    report, result = service.run(path, {"Sede": "position"}, dry_run=True)
    assert result is None
    assert report.mapping["Sede"] == "position" and report.mapping["Puesto"] == ATTRIBUTE
    assert workspace.employees.count() == 0
    with pytest.raises(DirectoryImportError, match="“Nope”"):
        service.run(path, {"Nope": "position"})
    report, result = service.run(path)
    assert result is not None and result.counts.added == 1


def test_storage_errors_are_not_sqlite_errors(tmp_path: Path, workspace: Workspace) -> None:
    assert not issubclass(WorkspaceWriteError, sqlite3.Error)


# ----------------------------------------------------------------------------- translations

MY_MODULES = (
    "services/tabular.py",
    "services/directory_import.py",
    "services/directory_report.py",
    "services/audience_fields.py",
    "ui/audiences/page.py",
    "ui/audiences/import_wizard.py",
    "ui/audiences/filter_bar.py",
    "ui/audiences/chart_panel.py",
    "ui/audiences/model.py",
    "ui/audiences/labels.py",
)


def _marked_texts() -> set[tuple[str, str]]:
    """(context, text) of every QT_TRANSLATE_NOOP / translate / tr call with literal text."""
    import ast

    import commsplanner

    root = Path(commsplanner.__file__).parent
    found: set[tuple[str, str]] = set()
    for name in MY_MODULES:
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for child in ast.walk(node):
                    classes[id(child)] = node.name
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            args = node.args
            literal = [a.value if isinstance(a, ast.Constant) else None for a in args]
            if called in ("QT_TRANSLATE_NOOP", "translate") and len(literal) >= 2:
                if isinstance(literal[0], str) and isinstance(literal[1], str):
                    found.add((literal[0], literal[1]))
            elif called == "tr" and literal and isinstance(literal[0], str):
                owner = (
                    func.value.id
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    else None
                )
                context = classes.get(id(node)) if owner in ("self", "cls", None) else owner
                if context:
                    found.add((context, literal[0]))
    return found


def test_every_string_is_translated_into_spanish() -> None:
    from commsplanner.i18n import Catalog, catalogue_files

    files = [f for f in catalogue_files("es") if f.name == "audiences_es.ts"]
    spanish = Catalog.from_files("es", files)
    english = Catalog.from_files("en", [f.with_name("audiences_en.ts") for f in files])
    texts = _marked_texts()
    assert len(texts) > 150
    missing = sorted(t for t in texts if t not in spanish)
    assert missing == []
    assert sorted(t for t in texts if t not in english) == []
    # Placeholders survive translation.
    import re

    for context, text in texts:
        wanted = sorted(re.findall(r"\{\w+\}", text))
        assert sorted(re.findall(r"\{\w+\}", spanish.translate(context, text))) == wanted, text


def test_search_index_is_refreshed_by_the_import(
    tmp_path: Path, service: DirectoryImportService, workspace: Workspace
) -> None:
    from commsplanner.services.audience_browser import AudienceBrowserService, AudienceFilter
    from commsplanner.storage import employee_queries

    browser = AudienceBrowserService(workspace)
    assert browser.count(AudienceFilter(search="nadie")) == 0  # the index now exists
    service.apply(service.validate(write_csv(tmp_path / "d.csv", ["E1;Íñigo;Ruiz;C;D;E;;no;"])))
    (stale,) = workspace.conn.execute("SELECT stale FROM temp.cp_search_state").fetchone()
    assert stale == 0  # rebuilt inside the import, not on the next search
    assert browser.count(AudienceFilter(search="inigo")) == 1
    assert employee_queries.fold("ÍÑIGO שָׁלוֹם") == "inigo שלום"
