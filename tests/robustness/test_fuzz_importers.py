"""Fuzzing the importers and the rule parser: any input ends in a result or in a clear
CommsPlannerError (a translatable template with its parameters), never in a crash."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commsplanner.domain.errors import CommsPlannerError
from commsplanner.domain.rules import from_dict, parse, validate_rule
from commsplanner.services.directory_import import DirectoryImportService
from commsplanner.services.measurements_import import MeasurementImportService
from commsplanner.services.tabular import read_table
from commsplanner.storage import Workspace

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Cells that stress a CSV reader: separators, quotes, line breaks, odd Unicode, controls.
CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            ";",
            ",",
            '"',
            '""',
            "\n",
            "\r\n",
            "\t",
            "\x00",
            "\ufeff",
            "=SUM(A1)",
            "31/02/2024",
            "2024-13-40",
            "sí",
            "No",
            "a | b | ",
            "\u202eevil",
            "👩🏽‍💼",
            "Nº empleado",
            "Puesto",
            "Área",
            "Fecha de alta",
            "Employee ID",
            "Name",
            "Métrica",
            "Valor",
            "Fecha",
            "1e309",
            "-0",
            "NaN",
        ]
    ),
)
ROWS = st.lists(st.lists(CELL, min_size=0, max_size=7), min_size=0, max_size=12)


def _is_clear(error: CommsPlannerError) -> None:
    """A message for the user: a template, filled without leftover placeholders."""
    assert error.template.strip()
    message = str(error)
    assert message.strip()
    for name in error.params:
        assert "{" + name + "}" not in message


@pytest.fixture(scope="module")
def folder() -> Path:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as name:
        yield Path(name)


@pytest.fixture(scope="module")
def workspace(folder: Path):
    ws = Workspace.create(folder / "fuzz.commsplan")
    yield ws
    ws.close()


def _write_csv(path: Path, rows: list[list[str]], delimiter: str, encoding: str) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding, errors="replace"))
    return path


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".txt", ".tsv", ".xlsx"]))
def test_read_table_on_random_bytes(folder: Path, data: bytes, suffix: str) -> None:
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    try:
        table = read_table(path)
    except CommsPlannerError as error:
        _is_clear(error)
    else:
        assert all(len(row) <= len(table.columns) or not table.columns for row in table.rows)


@FUZZ
@given(
    rows=ROWS,
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"]),
)
def test_directory_import_on_random_tables(
    folder: Path, workspace: Workspace, rows, delimiter: str, encoding: str
) -> None:
    path = _write_csv(folder / "directory.csv", rows, delimiter, encoding)
    service = DirectoryImportService(workspace)
    try:
        preview = service.preview(path)
        report = service.validate(path, preview.mapping, preview.options)
        if report.can_import:
            result = service.apply(report)
            assert result.counts.added + result.counts.updated + result.counts.unchanged >= 0
    except CommsPlannerError as error:
        _is_clear(error)
    assert workspace.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert not workspace.conn.in_transaction


@FUZZ
@given(rows=ROWS, delimiter=st.sampled_from([";", ","]))
def test_measurement_import_on_random_tables(
    folder: Path, workspace: Workspace, rows, delimiter: str
) -> None:
    path = _write_csv(folder / "results.csv", rows, delimiter, "utf-8")
    service = MeasurementImportService(workspace)
    try:
        service.run(path)
    except CommsPlannerError as error:
        _is_clear(error)
    assert not workspace.conn.in_transaction


@FUZZ
@given(
    members=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "[Content_Types].xml",
                    "xl/workbook.xml",
                    "xl/worksheets/sheet1.xml",
                    "xl/sharedStrings.xml",
                    "xl/_rels/workbook.xml.rels",
                    "other",
                ]
            ),
            st.one_of(
                st.binary(max_size=200),
                st.sampled_from([b"<x/>", b"<?xml version='1.0'?><workbook/>", b"<sheetData>"]),
            ),
        ),
        max_size=5,
        unique_by=lambda member: member[0],
    )
)
def test_read_table_on_broken_workbooks(folder: Path, members) -> None:
    path = folder / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    try:
        read_table(path)
    except CommsPlannerError as error:
        _is_clear(error)


# ----------------------------------------------------------------------------- rule parser
# Arbitrary printable text is fuzzed in tests/domain/test_rules.py; token soup reaches deeper.
TOKENS = st.sampled_from(
    [
        "position",
        "department",
        "interests",
        "customer_facing",
        "start_date",
        "attr:Turno",
        "puesto",
        "intereses",
        "and",
        "or",
        "not",
        "y",
        "o",
        "no",
        "in",
        "en",
        "=",
        "!=",
        "contains",
        "contiene",
        "before",
        "after",
        "antes",
        "después",
        "has",
        "(",
        ")",
        ",",
        '"Cajero"',
        "'TI'",
        '"sin cerrar',
        "true",
        "false",
        "2024-02-30",
        "«x»",
        "“y”",
        "\\",
        "💥",
        "",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(TOKENS, max_size=14).map(" ".join))
def test_rule_parser_on_token_soup(text: str) -> None:
    try:
        rule = parse(text)
    except CommsPlannerError as error:
        _is_clear(error)
    else:
        assert rule is not None


JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8), st.floats()),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.sampled_from(["all", "any", "not", "field", "op", "value", "x"]), inner, max_size=3
        ),
    ),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(JSON)
def test_rule_json_validation_on_random_documents(data) -> None:
    try:
        validate_rule(data)
        if data is not None:
            from_dict(data)
    except CommsPlannerError as error:
        _is_clear(error)
