"""Measurement import: layouts, headers in Spanish and English, errors, all-or-nothing,
re-import updates, progress and cancel."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from listening_support import make

from commsplanner.domain import EntityKind, Measurement
from commsplanner.domain.errors import Cancelled
from commsplanner.domain.progress import Progress
from commsplanner.i18n import catalog
from commsplanner.services.measurements_import import (
    CAMPAIGN,
    DATE,
    GROUP,
    GROUP_VALUE,
    IGNORE,
    METRIC,
    METRIC_COLUMN,
    RESPONDENTS,
    VALUE,
    ListeningImportError,
    MappingError,
    MeasurementImportOptions,
    MeasurementImportService,
    parse_number,
    parse_result_date,
    report_lines,
)
from commsplanner.services.tabular import Severity

LONG = """Fecha;Segmento;Métrica;Valor;Respuestas
15/01/2025;Primera línea;Satisfacción;3,8;12
15/01/2025;Toda la organización;eNPS;12;40
2025-02;department = Logística;Satisfacción;3,1;6
15/02/2025;primera linea;Participación (%);45 %;30
"""


@pytest.fixture
def plan(tmp_path):
    ws, ids = make(tmp_path / "plan.commsplan", listening=False)
    yield ws, ids, MeasurementImportService(ws)
    ws.close()


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def stored(ws) -> list[tuple]:
    return sorted(
        (m.date, m.metric, m.value, m.segment_id, m.group_attribute, m.group_value, m.respondents)
        for m in ws.measurements.list()
    )


def test_long_layout_with_spanish_headers(plan, tmp_path) -> None:
    ws, ids, service = plan
    path = write(tmp_path, "pulso.csv", LONG)
    preview = service.preview(path)
    assert preview.mapping == {
        "Fecha": DATE,
        "Segmento": GROUP,
        "Métrica": METRIC,
        "Valor": VALUE,
        "Respuestas": RESPONDENTS,
    }
    report = service.validate(path)
    assert report.can_import and report.errors == []
    assert (report.would_add, report.would_update, report.unchanged) == (4, 0, 0)
    outcome = service.apply(report)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (4, 0, 0)
    assert stored(ws) == [
        (dt.date(2025, 1, 15), "Satisfacción", 3.8, ids.front, None, None, 12),
        (dt.date(2025, 1, 15), "eNPS", 12.0, None, None, None, 40),
        # A month alone is its first day; the attribute group is matched to the employees.
        (dt.date(2025, 2, 1), "Satisfacción", 3.1, None, "department", "Logística", 6),
        # The segment name is found without regard to case or accents; "45 %" is 45.
        (dt.date(2025, 2, 15), "Participación (%)", 45.0, ids.front, None, None, 30),
    ]
    assert outcome.changes.added[EntityKind.MEASUREMENT] == {m.id for m in ws.measurements.list()}


def test_wide_xlsx_with_title_rows_and_a_header_naming_the_attribute(plan, tmp_path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    ws, _ids, service = plan
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Encuesta de clima 2025"])
    sheet.append([])
    sheet.append(["Fecha", "Departamento", "Satisfacción", "eNPS", "Participación", "Respuestas"])
    sheet.append([dt.datetime(2025, 3, 15), "Operaciones", 3.9, 15, "62%", 6])
    sheet.append([dt.datetime(2025, 3, 15), "oficinas", 4.1, -5, 80, 4])
    sheet.append(["marzo 2025", "Logística", 3.2, None, 55, 6])
    path = tmp_path / "clima.xlsx"
    book.save(path)
    preview = service.preview(path)
    assert preview.mapping["Departamento"] == GROUP_VALUE
    assert [preview.mapping[k] for k in ("Satisfacción", "eNPS", "Participación")] == [
        METRIC_COLUMN
    ] * 3
    report = service.validate(path)
    assert report.can_import
    # Three metrics in two rows, two in the last (its eNPS is empty): eight results.
    assert len(report.items) == 8
    # Oficinas has 4 members and 4 respondents: stored, never shown.
    assert report.withheld == 3
    infos = [i for i in report.issues if i.severity is Severity.INFO]
    assert any(i.row == 5 and "anonymity threshold" in i.message() for i in infos)
    service.apply(report)
    values = {(m.metric, m.group_value): m.value for m in ws.measurements.list()}
    assert values[("Participación", "Operaciones")] == 62.0
    # The group value is stored as the employees spell it.
    assert values[("eNPS", "Oficinas")] == -5.0
    assert ("eNPS", "Logística") not in values
    assert {m.date for m in ws.measurements.list()} == {dt.date(2025, 3, 15), dt.date(2025, 3, 1)}


def test_english_headers_and_a_metric_for_the_whole_file(plan, tmp_path) -> None:
    ws, ids, service = plan
    path = write(
        tmp_path,
        "kpi.csv",
        "Date,Campaign,Score\n2025-01-20,Lanzamiento,71.5\n2025-01-27,,64\n",
    )
    mapping = service.preview(path).mapping
    assert mapping == {"Date": DATE, "Campaign": CAMPAIGN, "Score": VALUE}
    with pytest.raises(MappingError) as caught:
        service.validate(path, mapping)
    assert "metric" in caught.value.describe()
    options = MeasurementImportOptions(
        metric="Open rate (%)", source="Email stats", campaign_id=ids.culture
    )
    report = service.validate(path, mapping, options)
    service.apply(report)
    found = {(m.date, m.campaign_id, m.source, m.metric) for m in ws.measurements.list()}
    # The campaign column wins; an empty cell falls back to the campaign of the whole file.
    assert found == {
        (dt.date(2025, 1, 20), ids.launch, "Email stats", "Open rate (%)"),
        (dt.date(2025, 1, 27), ids.culture, "Email stats", "Open rate (%)"),
    }


BAD = """Date,Group,Metric,Value,Respondents,Campaign
2025-01-15,Primera lina,Satisfaction,3.8,12,
2025-13-45,,Satisfaction,3.9,12,
2025-01-15,,eNPS,140,12,
2025-01-15,,Satisfaction,abc,12,
2025-01-15,,Satisfaction,3.1,-3,
2025-01-16,,Satisfaction,3.1,8,Lanzamient
2025-01-17,planet = Mars,Satisfaction,3.1,8,
2025-01-18,,Satisfaction,3.5,8,
2025-01-18,,Satisfaction,3.6,8,
2025-01-19,,Open rate (%),120,,
2025-01-20,,Satisfaction,3.5,8,
"""


def test_every_problem_is_reported_by_row_and_column_and_nothing_is_imported(
    plan, tmp_path
) -> None:
    ws, _ids, service = plan
    path = write(tmp_path, "bad.csv", BAD)
    report = service.validate(path)
    errors = [(i.row, i.column_ref, i.value) for i in report.errors]
    assert errors == [
        (2, "B “Group”", "Primera lina"),
        (3, "A “Date”", "2025-13-45"),
        (4, "D “Value”", "140"),
        (5, "D “Value”", "abc"),
        (6, "E “Respondents”", "-3"),
        (7, "F “Campaign”", "Lanzamient"),
        (8, "B “Group”", "planet = Mars"),
        (10, "", ""),
        (11, "D “Value”", "120"),
    ]
    messages = [i.message() for i in report.errors]
    assert "did you mean “Primera línea”?" in messages[0]
    assert "did you mean “Lanzamiento”?" in messages[5]
    assert "Row 9 already gives a different result" in messages[7]
    assert not report.can_import
    with pytest.raises(ListeningImportError):
        service.apply(report)
    assert ws.measurements.count() == 0
    lines = report_lines(report, None, catalog("en"), "en")
    assert any("nothing was imported (all or nothing)" in line for line in lines)


def test_reimport_updates_instead_of_duplicating(plan, tmp_path) -> None:
    ws, _ids, service = plan
    path = write(tmp_path, "pulso.csv", LONG)
    service.apply(service.validate(path))
    ids_before = sorted(m.id for m in ws.measurements.list())
    again = service.validate(path)
    assert (again.would_add, again.would_update, again.unchanged) == (0, 0, 4)
    outcome = service.apply(again)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (0, 0, 4)
    # A corrected export: one value changed, the metric spelled in capitals, one row added.
    corrected = LONG.replace("3,8;12", "3,9;14").replace("eNPS", "ENPS")
    corrected += "15/03/2025;;Satisfacción;3,7;50\n"
    path = write(tmp_path, "pulso-v2.csv", corrected)
    report = service.validate(path)
    assert (report.would_add, report.would_update, report.unchanged) == (1, 2, 2)
    outcome = service.apply(report)
    assert (outcome.added, outcome.updated, outcome.unchanged) == (1, 2, 2)
    assert ws.measurements.count() == 5
    assert sorted(m.id for m in ws.measurements.list())[:4] == ids_before
    first = next(m for m in ws.measurements.list() if m.segment_id and m.date.day == 15)
    assert (first.value, first.respondents) == (3.9, 14)


def test_a_different_source_is_a_different_result(plan, tmp_path) -> None:
    ws, _ids, service = plan
    path = write(tmp_path, "pulso.csv", LONG)
    service.apply(service.validate(path, options=MeasurementImportOptions(source="Pulso")))
    report = service.validate(path, options=MeasurementImportOptions(source="Clima"))
    assert report.would_add == 4
    # The source is remembered for the next import.
    assert service.default_options().source == "Pulso"
    assert ws.measurements.count() == 4


def test_repeated_rows_are_imported_once(plan, tmp_path) -> None:
    _ws, _ids, service = plan
    text = LONG + "15/01/2025;Primera línea;Satisfacción;3,8;12\n"
    report = service.validate(write(tmp_path, "dup.csv", text))
    assert report.can_import and report.duplicates == 1 and len(report.items) == 4
    assert any("repeats row 2" in i.message() for i in report.issues)


def test_mapping_problems(plan, tmp_path) -> None:
    _ws, _ids, service = plan
    path = write(tmp_path, "pulso.csv", LONG)
    mapping = dict(service.preview(path).mapping)
    with pytest.raises(MappingError, match="date of each result"):
        service.validate(path, {**mapping, "Fecha": IGNORE})
    with pytest.raises(MappingError, match="choose only one"):
        service.validate(path, {**mapping, "Segmento": DATE})
    with pytest.raises(MappingError, match="not both"):
        service.validate(path, {**mapping, "Respuestas": METRIC_COLUMN})
    with pytest.raises(MappingError, match="not a field"):
        service.validate(path, {**mapping, "Valor": "nonsense"})


def test_remembered_mapping_wins(plan, tmp_path) -> None:
    _ws, _ids, service = plan
    path = write(tmp_path, "pulso.csv", LONG)
    mapping = {**service.preview(path).mapping, "Respuestas": IGNORE}
    service.apply(service.validate(path, mapping))
    preview = service.preview(path)
    assert preview.remembered and preview.mapping["Respuestas"] == IGNORE


def test_empty_and_unreadable_files(plan, tmp_path) -> None:
    _ws, _ids, service = plan
    from commsplanner.services.tabular import TableReadError

    with pytest.raises(TableReadError):
        service.preview(write(tmp_path, "empty.csv", ""))
    with pytest.raises(ListeningImportError, match="no rows"):
        service.validate(write(tmp_path, "header.csv", "Fecha;Métrica;Valor\n"))
    with pytest.raises(TableReadError):
        service.preview(tmp_path / "missing.csv")


def test_cancel_leaves_nothing(plan, tmp_path) -> None:
    ws, _ids, service = plan
    rows = "".join(f"2025-01-{1 + i % 28:02d};;M{i};{i};10\n" for i in range(3000))
    path = write(tmp_path, "big.csv", "Fecha;Segmento;Métrica;Valor;Respuestas\n" + rows)
    report = service.validate(path)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        service.apply(report, progress=Progress(cancelled=cancelled))
    assert ws.measurements.count() == 0
    steps: list[tuple[int, int]] = []
    service.apply(report, progress=Progress(report=lambda d, t: steps.append((d, t))))
    assert ws.measurements.count() == 3000 and steps[-1] == (3000, 3000)


def test_run_dry_run_writes_nothing(plan, tmp_path) -> None:
    ws, _ids, service = plan
    path = write(tmp_path, "pulso.csv", LONG, encoding="cp1252")
    report, outcome = service.run(path, dry_run=True)
    assert outcome is None and report.can_import and ws.measurements.count() == 0
    report, outcome = service.run(path)
    assert outcome is not None and outcome.added == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3,8", (3.8, False)),
        ("3.8", (3.8, False)),
        ("45 %", (45.0, True)),
        ("1.234,5", (1234.5, False)),
        ("1,234.5", (1234.5, False)),
        ("1.234.567", (1234567.0, False)),
        ("−12", (-12.0, False)),
        ("12 500", (12500.0, False)),
        ("abc", (None, False)),
        ("", (None, False)),
        ("nan", (None, False)),
    ],
)
def test_parse_number(text, expected) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03", dt.date(2025, 3, 1)),
        ("03/2025", dt.date(2025, 3, 1)),
        ("marzo 2025", dt.date(2025, 3, 1)),
        ("Mar-25", dt.date(2025, 3, 1)),
        ("15/03/2025", dt.date(2025, 3, 15)),
        ("2025-03-15", dt.date(2025, 3, 15)),
        ("2025-14", None),
        ("", None),
    ],
)
def test_parse_result_date(text, expected) -> None:
    assert parse_result_date(text) == expected


def test_month_first_dates_are_detected(plan, tmp_path) -> None:
    ws, _ids, service = plan
    text = "Date,Metric,Value\n03/04/2025,Satisfaction,3\n12/31/2025,Satisfaction,4\n"
    service.apply(service.validate(write(tmp_path, "us.csv", text)))
    assert {m.date for m in ws.measurements.list()} == {dt.date(2025, 3, 4), dt.date(2025, 12, 31)}


def test_measurement_domain_rules_still_hold(plan) -> None:
    ws, _ids, _service = plan
    from commsplanner.domain import ValidationError
    from commsplanner.storage.listening import upsert_measurements

    with pytest.raises(ValidationError):
        upsert_measurements(ws, [Measurement(dt.date(2025, 1, 1), " ", 1.0)])
    assert ws.measurements.count() == 0


def test_manual_entry_add_update_delete_restore(plan) -> None:
    ws, ids, service = plan
    from commsplanner.domain import ValidationError

    changes = service.add(
        Measurement(dt.date(2025, 2, 1), "  Asistencia ", 40.0, campaign_id=ids.launch)
    )
    (new_id,) = changes.added[EntityKind.MEASUREMENT]
    stored = service.get(new_id)
    assert (stored.metric, stored.campaign_id) == ("Asistencia", ids.launch)
    # A second result with the same date, metric, group and source is refused.
    with pytest.raises(ValidationError, match="already recorded"):
        service.add(Measurement(dt.date(2025, 2, 1), "asistencia", 41.0))
    changes = service.update(dataclasses.replace(stored, value=44.0))
    assert changes.updated[EntityKind.MEASUREMENT] == {new_id}
    changes, removed = service.delete_many([new_id])
    assert changes.removed[EntityKind.MEASUREMENT] == {new_id} and ws.measurements.count() == 0
    service.restore_many(removed)
    assert service.get(new_id).value == 44.0
    assert service.metrics() == ["Asistencia"]
    assert service.find_campaign("LANZAMIENTO") == ids.launch
    assert service.find_campaign(str(ids.culture)) == ids.culture
    assert service.find_campaign("nadie") is None


def test_rows_withhold_small_groups(plan) -> None:
    _ws, ids, service = plan
    service.add(Measurement(dt.date(2025, 2, 1), "Clima", 3.0, segment_id=ids.office))
    service.add(Measurement(dt.date(2025, 2, 1), "Clima", 4.0, segment_id=ids.madrid))
    service.add(Measurement(dt.date(2025, 2, 2), "Clima", 5.0, respondents=3))
    rows = {(r.group.text(), r.date.day): r for r in service.rows()}
    assert rows[("Oficinas", 1)].value is None and rows[("Oficinas", 1)].withheld
    assert rows[("Madrid", 1)].value == 4.0
    assert rows[("Whole organisation", 2)].value is None
    assert [r.date.day for r in service.rows()] == [2, 1, 1]  # newest first
