"""The Audiences page: the lazy employee model, filters, chart and the import wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from commsplanner.app import open_session
from commsplanner.domain import Employee
from commsplanner.services.audience_browser import AudienceFilter
from commsplanner.ui import messages
from commsplanner.ui.audiences import import_wizard
from commsplanner.ui.audiences.import_wizard import (
    ImportDirectoryFlow,
    MappingDialog,
    ValidationReportDialog,
)
from commsplanner.ui.audiences.model import BLOCK, EmployeeTableModel
from commsplanner.ui.audiences.page import AudiencesPage
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.pages import PAGE_SPECS, load_page_class

DIRECTORY = (
    "Nº empleado;Nombre;Apellidos;Puesto;Área;Sede;Planta;Intereses;Atención al cliente;"
    "Fecha de alta\n"
    "E1;Ana;Ruiz;Cajera;Ventas;Madrid;Baja;deporte | música;sí;15/03/2021\n"
    "E2;Luis;Paz;Jefe;Ventas;Madrid;Alta;;no;2020-01-02\n"
    "E3;Eva;Sol;Técnica;TI;Sevilla;Alta;cine;no;3 mar 2019\n"
    "E4;Bo;Li;Técnico;TI;Sevilla;Baja;;quizás;04/05/2019\n"
    "E5;Zoë 👩🏽‍💻;مريم;Cajera;Ventas;Bilbao;Baja;;x;2022-06-01\n"
)


@pytest.fixture
def english(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


@pytest.fixture
def session(tmp_path: Path, english):
    opened = open_session(tmp_path / "plan.commsplan", create=True)
    yield opened
    opened.close()


def add_people(session, count: int) -> None:
    ws = session.hub.directory_import._ws
    ws.employees.add_many(
        Employee(
            external_id=f"E{i:05d}",
            display_name=f"Persona {i}",
            position=("Cajero", "Reponedor", "Jefe")[i % 3],
            department=("Ventas", "Logística")[i % 2],
            interests=("deporte",) if i % 4 == 0 else (),
            active=i % 10 != 9,
        )
        for i in range(count)
    )


@pytest.fixture
def page(qtbot, session) -> AudiencesPage:
    widget = AudiencesPage(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    # As the main window does for every page.
    session.changed.connect(widget.refresh)
    return widget


# ----------------------------------------------------------------------------- the model


def test_model_passes_the_model_tester(qtmodeltester, session) -> None:
    add_people(session, 60)
    model = EmployeeTableModel(session.hub.audience_browser)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(AudienceFilter(conditions=(("department", "Ventas"),), include_inactive=True))
    qtmodeltester.check(model)
    assert model.rowCount() == 30


def test_model_fetches_blocks_lazily_and_sorts(session) -> None:
    add_people(session, 1000)
    model = EmployeeTableModel(session.hub.audience_browser)
    assert model.rowCount() == 900  # inactive people are hidden by default
    assert model.fetches == 0
    name = model.fields.index("display_name")
    assert model.data(model.index(0, name)) == "Persona 0"
    assert model.data(model.index(BLOCK - 1, name)) is not None
    assert model.fetches == 1
    model.data(model.index(899, name))
    assert model.fetches == 2
    model.sort(name, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, name)) == "Persona 998"
    assert model.headerData(name, Qt.Orientation.Horizontal) == "Name"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_inactive_rows_look_different(session) -> None:
    add_people(session, 20)
    model = EmployeeTableModel(session.hub.audience_browser)
    model.set_filter(AudienceFilter(search="persona 19", include_inactive=True))
    assert model.rowCount() == 1
    index = model.index(0, 0)
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "inactive" in model.data(index, Qt.ItemDataRole.ToolTipRole)


# ----------------------------------------------------------------------------- the page


def test_page_is_registered() -> None:
    specs = dict(PAGE_SPECS)
    assert load_page_class(specs["audiences"]) is AudiencesPage


def test_empty_workspace_invites_an_import(page) -> None:
    assert page.stack.currentWidget() is page._empty
    assert page.empty_title.text() == "No employees yet"
    assert page.empty_import.isEnabled()


def test_search_filters_and_chart(qtbot, page, session) -> None:
    add_people(session, 300)
    page.refresh(changes_for_employees())
    page.show()
    qtbot.waitExposed(page)
    assert page.stack.currentWidget() is page._browser
    assert page.count_label.text() == "270 active employees"

    qtbot.keyClicks(page.filters.search, "persona 12")
    page.filters.flush()
    # Every word must match: Persona 12, 112, 212 and 120–128 (129 is inactive).
    assert page.model.rowCount() == 12
    assert page.count_label.text() == "12 of 270 employees"
    page.filters.search.clear()
    page.filters.flush()

    bar = page.filters
    bar.field_combo.setCurrentIndex(bar.field_combo.findData("department"))
    bar.value_combo.setCurrentIndex(bar.value_combo.findData("Logística"))
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 120  # odd numbers, less the inactive ones (…9)
    assert [c.text() for c in bar.chips] == ["Department: Logística  ✕"]

    page.chart.set_field("position")
    page.chart.redraw()
    distribution = page.chart.distribution
    assert distribution is not None and distribution.total == 120
    assert {v for v, _ in distribution.items} == {"Cajero", "Reponedor", "Jefe"}
    assert page.chart.canvas is not None

    # Clicking a bar adds its value as a filter.
    page.chart.value_picked.emit("position", "Jefe")
    assert page.model.rowCount() == 40
    qtbot.mouseClick(bar.chips[0], Qt.MouseButton.LeftButton)
    assert [c.text() for c in bar.chips] == ["Position: Jefe  ✕"]
    assert page.model.rowCount() == 90
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 270
    qtbot.mouseClick(bar.inactive, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 300


def changes_for_employees():
    from commsplanner.domain import Changes, EntityKind

    changes = Changes()
    changes.add(EntityKind.EMPLOYEE, 1)
    return changes


# ----------------------------------------------------------------------------- the wizard


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    path = tmp_path / "plantilla.csv"
    path.write_text(DIRECTORY, encoding="utf-8")
    return path


def drive_import(monkeypatch, qtbot, directory: Path, *, decision: str = "import") -> dict:
    """Replaces each dialog's ask() with the real dialog driven like a user would."""
    seen: dict = {}
    monkeypatch.setattr(ImportDirectoryFlow, "ask_file", classmethod(lambda cls, p: directory))

    def mapping_ask(cls, parent, preview):
        dialog = MappingDialog(preview, parent)
        qtbot.addWidget(dialog)
        seen["suggested"] = dict(dialog.mapping())
        planta = next(c for c in preview.table.columns if c.label == "Planta")
        combo = dialog.findChild(type(dialog.combos[0]), f"target_{planta.index}")
        combo.setCurrentIndex(combo.findData("level"))  # the user maps a column by hand
        seen["header"] = dialog.sample.horizontalHeaderItem(planta.index).text()
        seen["problems_hidden"] = dialog.problems.isHidden()
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.result() == MappingDialog.DialogCode.Accepted
        return dialog.mapping(), dialog.options()

    def report_ask(cls, parent, report):
        dialog = ValidationReportDialog(report, parent)
        qtbot.addWidget(dialog)
        seen["summary"] = dialog.summary.text()
        seen["effect"] = dialog.effect.text()
        model = dialog.table.model()
        seen["issues"] = [
            [model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())
        ]
        dialog.show_combo.setCurrentIndex(dialog.show_combo.findData("error"))
        seen["errors_only"] = model.rowCount()
        button = dialog.import_button if decision == "import" else dialog.back_button
        if decision == "cancel":
            dialog.reject()
            return None
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.decision

    results: list = []
    monkeypatch.setattr(MappingDialog, "ask", classmethod(mapping_ask))
    monkeypatch.setattr(ValidationReportDialog, "ask", classmethod(report_ask))
    monkeypatch.setattr(
        ImportDirectoryFlow, "show_result", classmethod(lambda cls, p, r: results.append(r))
    )
    seen["results"] = results
    return seen


def test_import_wizard_end_to_end(qtbot, monkeypatch, page, directory) -> None:
    seen = drive_import(monkeypatch, qtbot, directory)
    qtbot.mouseClick(page.empty_import, Qt.MouseButton.LeftButton)

    assert seen["suggested"]["Puesto"] == "position"
    assert seen["suggested"]["Planta"] == "attribute"
    assert seen["header"] == "Planta\n→ Level"
    assert seen["problems_hidden"]
    assert seen["summary"] == "5 rows read: 4 can be imported, 1 have errors and will be skipped."
    assert "add 4 employees" in seen["effect"]
    errors = [row for row in seen["issues"] if row[0] == "Error"]
    assert errors == [
        [
            "Error",
            "5",
            "I “Atención al cliente”",
            "“quizás” is not a yes/no answer; write sí/no, yes/no, 1/0 or x (empty means no).",
            "quizás",
        ]
    ]
    assert seen["errors_only"] == 1
    (result,) = seen["results"]
    assert result.counts.added == 4

    # The rows are in the table, with the hand-mapped column.
    assert page.stack.currentWidget() is page._browser
    model = page.model
    assert model.rowCount() == 4
    level = model.fields.index("level")
    name = model.fields.index("display_name")
    rows = {model.data(model.index(r, name)): model.data(model.index(r, level)) for r in range(4)}
    assert rows == {
        "Ana Ruiz": "Baja",
        "Luis Paz": "Alta",
        "Eva Sol": "Alta",
        "Zoë 👩🏽‍💻 مريم": "Baja",
    }
    assert "Last import: plantilla.csv" in page.last_import.text()
    # The mapping is remembered for next time.
    assert session_mapping(page)["Planta"] == "level"


def session_mapping(page) -> dict:
    return page.session.hub.directory_import.remembered_mapping()


def test_cancelling_the_report_writes_nothing(qtbot, monkeypatch, page, directory) -> None:
    seen = drive_import(monkeypatch, qtbot, directory, decision="cancel")
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert seen["summary"].startswith("5 rows read")
    assert not seen["results"]
    assert page.session.hub.audience_browser.total(include_inactive=True) == 0
    assert session_mapping(page) == {}


def test_a_bad_file_shows_a_clear_message(qtbot, monkeypatch, page, tmp_path) -> None:
    broken = tmp_path / "roto.csv"
    broken.write_text('ID;Nombre\n1;"Ana\n2;Luis\n', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(ImportDirectoryFlow, "ask_file", classmethod(lambda cls, p: broken))
    monkeypatch.setattr(
        messages,
        "show_error",
        lambda parent, exc, title=None: shown.append(messages.error_text(exc)),
    )
    monkeypatch.setattr(
        MappingDialog, "ask", classmethod(lambda cls, p, preview: pytest.fail("no mapping"))
    )
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert "Row 2, column B “Nombre” of “roto.csv”" in shown[0]
    assert page.session.hub.audience_browser.total(include_inactive=True) == 0


def test_mapping_dialog_blocks_a_mapping_without_identifier(qtbot, page, directory) -> None:
    preview = page.session.hub.directory_import.preview(directory)
    dialog = MappingDialog(preview)
    qtbot.addWidget(dialog)
    assert dialog.check_button.isEnabled()
    dialog.set_target(0, "ignore")
    assert not dialog.check_button.isEnabled()
    assert "employee identifier" in dialog.problems.text()
    dialog.set_target(3, "department")  # Puesto and Área both as department
    assert "choose only one" in dialog.problems.text()


def test_report_model_passes_the_model_tester(qtmodeltester, page, directory) -> None:
    report = page.session.hub.directory_import.validate(directory)
    model = import_wizard.IssueTableModel(report.issues)
    qtmodeltester.check(model)


def test_save_problem_list(qtbot, monkeypatch, page, directory, tmp_path) -> None:
    report = page.session.hub.directory_import.validate(directory)
    dialog = ValidationReportDialog(report)
    qtbot.addWidget(dialog)
    target = tmp_path / "problemas"
    monkeypatch.setattr(
        ValidationReportDialog, "ask_save_path", classmethod(lambda cls, p, s: target)
    )
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / "problemas.csv").read_text(encoding="utf-8-sig")
    assert "quizás" in written and written.splitlines()[0].startswith("Row")


def test_page_in_spanish(qtbot, qapp, tmp_path) -> None:
    manager = LanguageManager(qapp)
    manager.install("es")
    try:
        opened = open_session(tmp_path / "es.commsplan", create=True)
        try:
            widget = AudiencesPage(opened)
            qtbot.addWidget(widget)
            assert AudiencesPage.page_title() == "Audiencias"
            assert widget.import_button.text() == "Importar directorio…"
            assert widget.empty_title.text() == "Todavía no hay empleados"
        finally:
            opened.close()
    finally:
        manager.uninstall()


def test_screenshot_renders(qtbot, page, session, tmp_path) -> None:
    add_people(session, 120)
    page.refresh(changes_for_employees())
    page.show()
    page.chart.redraw()
    qtbot.waitExposed(page)
    image = page.grab().toImage()
    assert image.width() >= 1000 and not image.isNull()
    assert image.save(str(tmp_path / "audiences.png"))


def test_nothing_queries_the_workspace_while_a_job_runs(qtbot, page, session) -> None:
    add_people(session, 30)
    page.refresh(changes_for_employees())
    page.show()
    qtbot.waitExposed(page)
    page._set_busy(True)
    calls: list[str] = []
    service = page.service
    original = service.distribution
    service.distribution = lambda *a, **k: calls.append("chart") or original(*a, **k)
    try:
        page.chart.set_filter(AudienceFilter(search="persona"))
        qtbot.wait(400)
        assert calls == []  # the chart waits for the job
        page.model._blocks.clear()
        fetches = page.model.fetches
        assert page.model.data(page.model.index(0, 0)) is None  # no query while busy
        assert page.model.fetches == fetches
        page._set_busy(False)
        qtbot.waitUntil(lambda: calls == ["chart"], timeout=2000)
        assert page.model.data(page.model.index(0, 0)) == "E00000"
    finally:
        del service.distribution
