"""The Listening page with qtbot: the feedback log (filters, edits with undo, open items),
results (manual entry, withheld values), the import wizard and the dialogs."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from listening_support import build
from PySide6.QtCore import QDate, Qt

from commsplanner.app import open_session
from commsplanner.domain import Feedback, FeedbackKind, FeedbackStatus, Measurement
from commsplanner.storage import Workspace
from commsplanner.ui.i18n import LanguageManager
from commsplanner.ui.listening import dialogs
from commsplanner.ui.listening.dialogs import FeedbackDialog, MeasurementDialog
from commsplanner.ui.listening.import_wizard import CHECK, COLUMNS, DONE, FEEDBACK, ImportWizard
from commsplanner.ui.listening.listening_page import OPEN, ListeningPage
from commsplanner.ui.listening.models import FB_STATUS, FB_TEXT, M_VALUE, IssueTableModel


@pytest.fixture
def languages(qapp):
    manager = LanguageManager(qapp)
    manager.install("en")
    yield manager
    manager.uninstall()


@pytest.fixture
def session(tmp_path: Path, languages):
    ws = Workspace.create(tmp_path / "plan.commsplan")
    ids = build(ws)
    ws.close()
    opened = open_session(tmp_path / "plan.commsplan")
    opened.ids = ids  # type: ignore[attr-defined]
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot, session) -> ListeningPage:
    widget = ListeningPage(session)
    qtbot.addWidget(widget)
    session.changed.connect(widget.refresh)
    widget.resize(1200, 800)
    widget.show()
    return widget


def texts(page: ListeningPage) -> list[str]:
    proxy = page.feedback_proxy
    return [proxy.index(r, FB_TEXT).data() for r in range(proxy.rowCount())]


def select_text(page: ListeningPage, text: str) -> None:
    entry = next(f for f in page.hub.feedback.list() if f.text == text)
    page.select_feedback(entry.id)


def test_models_pass_the_model_tester(page, qtmodeltester) -> None:
    qtmodeltester.check(page.feedback_model)
    qtmodeltester.check(page.results_model)
    from commsplanner.services.tabular import Issue, Severity

    issues = IssueTableModel()
    issues.set_issues(
        [Issue(Severity.ERROR, "The date is empty.", row=3, column=0, column_label="Fecha")]
    )
    assert issues.index(0, 1).data() == "A “Fecha”"
    qtmodeltester.check(issues)


def test_feedback_list_and_filters(page, qtbot) -> None:
    assert page.feedback_model.rowCount() == 6
    assert page.feedback_count.text() == "6 of 6 entries"
    page.status_filter.setCurrentIndex(page.status_filter.findData(OPEN))
    assert sorted(texts(page)) == sorted(
        [
            "¿Horario de verano?",
            "El correo llega tarde",
            "¿Cuándo cobramos el bonus?",
            "Después del periodo",
        ]
    )
    page.status_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "taquilla")
    assert texts(page) == ["Faltan taquillas"]
    page.search.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(FeedbackKind.COMPLAINT.value))
    assert sorted(texts(page)) == ["El correo llega tarde", "Faltan taquillas"]
    page.kind_filter.setCurrentIndex(0)
    page.campaign_filter.setCurrentIndex(page.campaign_filter.findData(page.session.ids.launch))
    assert texts(page) == ["El correo llega tarde"]


def test_open_items_panel(page) -> None:
    tree = page.open_tree
    by_campaign, by_group = tree.topLevelItem(0), tree.topLevelItem(1)
    assert (by_campaign.text(0), by_campaign.text(1)) == ("By campaign", "4")
    assert [(by_campaign.child(i).text(0), by_campaign.child(i).text(1)) for i in range(2)] == [
        ("Lanzamiento", "1"),
        ("(no campaign)", "3"),
    ]
    groups = [by_group.child(i).text(0) for i in range(by_group.childCount())]
    # Oficinas (4 people) is never named.
    assert "Oficinas" not in groups and "Small groups (not named)" in groups
    page._open_item_activated(by_campaign.child(0), 0)
    assert texts(page) == ["El correo llega tarde"]


def test_new_feedback_is_undoable(page, monkeypatch) -> None:
    entry = Feedback(date(2025, 3, 3), "Queremos más cursos", FeedbackKind.IDEA)
    monkeypatch.setattr(page, "feedback_dialog", lambda *_a: entry)
    new_id = page.new_feedback()
    assert new_id is not None and "Queremos más cursos" in texts(page)
    assert page.selected_feedback_ids() == [new_id]
    page.session.undo_stack.undo()
    assert "Queremos más cursos" not in texts(page)
    page.session.undo_stack.redo()
    assert page.hub.feedback.get(new_id).text == "Queremos más cursos"


def test_edit_mark_and_delete(page, qtbot, monkeypatch) -> None:
    select_text(page, "El correo llega tarde")
    old = page.hub.feedback.get(page.selected_feedback_ids()[0])
    monkeypatch.setattr(
        page, "feedback_dialog", lambda _p, _h, e: dataclasses.replace(e, text="Correo tardío")
    )
    assert page.edit_feedback()
    assert page.hub.feedback.get(old.id).text == "Correo tardío"
    monkeypatch.setattr(page, "answer_dialog", lambda *_a: "Lo revisamos")
    select_text(page, "Correo tardío")
    qtbot.mouseClick(page.acted_button, Qt.MouseButton.LeftButton)
    stored = page.hub.feedback.get(old.id)
    assert (stored.status, stored.response) == (FeedbackStatus.ACTED_ON, "Lo revisamos")
    row = page.feedback_proxy.mapFromSource(
        page.feedback_model.index(page.feedback_model.row_of(old.id), FB_STATUS)
    )
    assert row.data() == "Acted on"
    page.session.undo_stack.undo()
    page.session.undo_stack.undo()
    assert page.hub.feedback.get(old.id) == old
    monkeypatch.setattr(page, "confirm", lambda *_a: True)
    select_text(page, "El correo llega tarde")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "El correo llega tarde" not in texts(page)
    page.session.undo_stack.undo()
    assert page.hub.feedback.get(old.id) == old


def test_buttons_follow_the_selection(page) -> None:
    page.feedback_view.clearSelection()
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    select_text(page, "Faltan taquillas")
    assert page.edit_button.isEnabled() and page.answered_button.isEnabled()


def test_results_tab_withholds_small_groups(page) -> None:
    page.tabs.setCurrentIndex(1)
    model = page.results_model
    values = {
        (model.row(r).metric, model.row(r).group.text()): model.index(r, M_VALUE).data()
        for r in range(model.rowCount())
    }
    assert values[("Satisfacción", "Oficinas")] == "withheld"
    assert values[("Satisfacción", "Department = Compras")] == "withheld"
    assert values[("eNPS", "Whole organisation")] == "10"
    assert "withheld" in page.results_note.text()
    page.metric_filter.setCurrentIndex(page.metric_filter.findData("eNPS"))
    assert model.rowCount() == 1


def test_add_result_for_a_campaign_and_undo(page, monkeypatch) -> None:
    launch = page.session.ids.launch
    seen = {}

    def fake_dialog(_parent, _hub, measurement=None, campaign_id=None):
        seen["campaign"] = campaign_id
        return Measurement(date(2025, 1, 31), "Asistencia", 42.0, campaign_id=campaign_id)

    monkeypatch.setattr(page, "measurement_dialog", fake_dialog)
    new_id = page.add_result(launch)
    assert seen["campaign"] == launch
    stored = page.hub.measurements_import.get(new_id)
    assert (stored.metric, stored.value, stored.campaign_id) == ("Asistencia", 42.0, launch)
    assert page.tabs.currentIndex() == 1 and page.selected_result_ids() == [new_id]
    page.session.undo_stack.undo()
    assert all(r.id != new_id for r in page.hub.measurements_import.rows())
    page.session.undo_stack.redo()
    assert page.hub.measurements_import.get(new_id).value == 42.0


def test_a_duplicate_result_is_refused_with_a_message(page, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr("commsplanner.ui.messages.show_error", lambda _p, exc: shown.append(exc))
    monkeypatch.setattr(
        page,
        "measurement_dialog",
        lambda *_a, **_k: Measurement(date(2025, 1, 15), "eNPS", 11.0, respondents=12),
    )
    assert page.add_result() is None
    assert shown and "already recorded" in str(shown[0])


def test_enter_campaign_result_helper(session, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(
        dialogs.MeasurementDialog,
        "ask",
        classmethod(
            lambda cls, _p, _h, measurement=None, campaign_id=None: Measurement(
                date(2025, 2, 2), "Asistencia", 30.0, campaign_id=campaign_id
            )
        ),
    )
    assert dialogs.enter_campaign_result(None, session, session.ids.culture)
    rows = session.hub.measurements_import.rows(campaign_id=session.ids.culture)
    assert [(r.metric, r.value) for r in rows] == [("Asistencia", 30.0)]
    session.undo_stack.undo()
    assert session.hub.measurements_import.rows(campaign_id=session.ids.culture) == []


def test_import_wizard_results(page, qtbot, tmp_path) -> None:
    data = tmp_path / "pulso.csv"
    data.write_text(
        "Fecha;Segmento;Métrica;Valor;Respuestas\n"
        "15/03/2025;Madrid;Satisfacción;3,9;20\n"
        "15/03/2025;;Satisfacción;3,7;90\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(page.session, parent=page)
    qtbot.addWidget(wizard)
    assert not wizard.next_button.isEnabled()
    wizard.set_path(data)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == COLUMNS
    assert wizard.mapping()["Segmento"] == "group"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == CHECK
    assert "2 to import: 2 new" in wizard.summary.text()
    assert wizard.next_button.isEnabled()
    before = page.results_model.rowCount()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentIndex() == DONE
    assert wizard.outcome.added == 2
    assert "2 added" in wizard.done_label.text()
    # The page refreshed from the changes the import reported.
    assert page.results_model.rowCount() == before + 2


def test_import_wizard_refuses_files_with_errors(page, qtbot, tmp_path) -> None:
    data = tmp_path / "bad.csv"
    data.write_text("Fecha;Métrica;Valor\n15/03/2025;Satisfacción;mucho\n", encoding="utf-8")
    wizard = ImportWizard(page.session, parent=page)
    qtbot.addWidget(wizard)
    wizard.set_path(data)
    wizard.next()
    wizard.next()
    assert wizard.stack.currentIndex() == CHECK
    assert not wizard.next_button.isEnabled()
    model = wizard.issues_model
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in (0, 1, 2, 4)] == ["2", "C “Valor”", "Error", "mucho"]
    assert "nothing is imported" in wizard.summary.text()
    # A mapping that cannot work is explained and the wizard stays on the columns step.
    wizard.back()
    wizard.set_target("Fecha", "ignore")
    wizard.next()
    assert wizard.stack.currentIndex() == COLUMNS
    assert wizard.error.isVisibleTo(wizard) and "date of each result" in wizard.error.text()


def test_import_wizard_feedback_and_unreadable_file(page, qtbot, tmp_path) -> None:
    wizard = ImportWizard(page.session, FEEDBACK, parent=page)
    qtbot.addWidget(wizard)
    wizard.set_path(tmp_path / "missing.csv")
    wizard.next()
    assert "does not exist" in wizard.error.text()
    data = tmp_path / "buzon.csv"
    data.write_text("Fecha,Texto,Tipo\n2025-03-01,Más bancos en el patio,idea\n", encoding="utf-8")
    wizard.set_path(data)
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.stack.currentIndex() == DONE and wizard.outcome.added == 1
    assert "Más bancos en el patio" in texts(page)


def test_feedback_dialog_validates_and_builds_the_entry(session, qtbot) -> None:
    dialog = FeedbackDialog(session.hub)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_entry is None and dialog.error.isVisibleTo(dialog)
    assert "needs a text" in dialog.error.text()
    dialog.date_edit.setDate(QDate(2025, 4, 2))
    qtbot.keyClicks(dialog.text, "Una pregunta")
    dialog.kind.setCurrentIndex(dialog.kind.findData(FeedbackKind.QUESTION.value))
    dialog.group.by_segment.setChecked(True)
    dialog.group.segment.setCurrentIndex(dialog.group.segment.findData(session.ids.madrid))
    qtbot.keyClicks(dialog.tags, "horarios, turnos, horarios")
    dialog.accept()
    entry = dialog.result_entry
    assert entry is not None
    assert (entry.date, entry.text, entry.kind, entry.segment_id, entry.tags) == (
        date(2025, 4, 2),
        "Una pregunta",
        FeedbackKind.QUESTION,
        session.ids.madrid,
        ("horarios", "turnos"),
    )


def test_measurement_dialog_attribute_group(session, qtbot) -> None:
    dialog = MeasurementDialog(session.hub, campaign_id=session.ids.launch)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_measurement is None and "metric name" in dialog.error.text()
    dialog.metric_combo.setEditText("Asistencia")
    dialog.value.setValue(12.5)
    dialog.group.by_attribute.setChecked(True)
    dialog.group.attribute.setCurrentIndex(dialog.group.attribute.findData("location"))
    dialog.group.value.setEditText("Bilbao")
    dialog.respondents.setValue(7)
    dialog.accept()
    m = dialog.result_measurement
    assert m is not None
    assert (m.metric, m.value, m.group_attribute, m.group_value, m.respondents, m.campaign_id) == (
        "Asistencia",
        12.5,
        "location",
        "Bilbao",
        7,
        session.ids.launch,
    )
    assert "fewer than 5" in dialog.hint.text()


def test_page_registered() -> None:
    from commsplanner.ui.pages import PAGE_SPECS, load_page_class

    specs = dict(PAGE_SPECS)
    assert load_page_class(specs["listening"]) is ListeningPage
    assert load_page_class(specs["dashboard"]).page_id == "dashboard"
