"""The Word export dialog and the export job behind File ▸ Export plan to Word…"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from docx_support import all_text, build_small_plan, open_docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from commsplanner.services.hub import ServiceHub
from commsplanner.services.plan_report import ExportOptions
from commsplanner.ui import messages
from commsplanner.ui.export import docx_dialog
from commsplanner.ui.export.docx_dialog import DocxExportDialog, export_plan_dialog
from commsplanner.ui.session import WorkspaceSession


@pytest.fixture
def session(workspace, qtbot):
    plan = build_small_plan(workspace)
    session = WorkspaceSession(ServiceHub(workspace))
    session.plan = plan
    return session


def test_dialog_shows_defaults_and_builds_options(session, qtbot, tmp_path):
    dialog = DocxExportDialog(session)
    qtbot.addWidget(dialog)
    # Defaults: the workspace language, the plan's whole span, every campaign and section.
    assert dialog.language.currentData() == "es"
    assert dialog.full.isChecked()
    assert dialog.output.text().endswith("test.docx")
    assert dialog.campaigns.list.count() == 2
    options = dialog.options()
    assert options.first is None and options.last is None  # "whole plan" follows the data
    assert options.campaign_ids is None and options.segment_ids is None

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.mouseClick(dialog.summary, Qt.MouseButton.LeftButton)
    dialog.first.setDate(dialog.first.date().addMonths(1))
    dialog.version.setText("2.0")
    item = dialog.campaigns.list.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    dialog.section_boxes["appendix"].setChecked(False)
    dialog.output.setText(str(tmp_path / "out.docx"))
    options = dialog.options()
    assert options.language == "en" and options.detail == "summary"
    assert options.first == date(2025, 4, 1)
    assert options.version == "2.0"
    assert options.campaign_ids == (dialog.campaigns.list.item(1).data(Qt.ItemDataRole.UserRole),)
    assert "appendix" not in options.sections
    assert options.output == str(tmp_path / "out.docx")


def test_dialog_refuses_unusable_choices(session, qtbot, tmp_path):
    dialog = DocxExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.campaigns.none_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.error.text() == "Choose at least one campaign."
    qtbot.mouseClick(dialog.campaigns.all_button, Qt.MouseButton.LeftButton)
    dialog.template.setText(str(tmp_path / "missing.dotx"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.error.text() == "The template file does not exist."
    dialog.template.clear()
    dialog.output.clear()
    assert dialog.problem() == "Choose where to save the Word file."
    dialog.output.setText(str(tmp_path / "ok.docx"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == DocxExportDialog.DialogCode.Accepted


def test_export_runs_off_the_ui_thread_and_offers_to_open(session, qtbot, tmp_path):
    target = tmp_path / "plan.docx"
    chosen = ExportOptions(language="en", detail="summary", output=str(target))
    offered, opened = [], []

    path = export_plan_dialog(
        None,
        session,
        ask=lambda parent, s: chosen,
        confirm_open=lambda parent, p: offered.append(p) or True,
        opener=opened.append,
    )
    assert path == target
    assert offered == [target] and opened == [target]
    assert "Leadership summary" in all_text(open_docx(target))
    # Remembered for the next time the dialog opens.
    remembered = session.hub.export_docx.load_options()
    assert remembered.language == "en" and remembered.output == str(target)
    dialog = DocxExportDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.summary.isChecked()
    assert dialog.output.text() == str(target)


def test_failed_export_is_shown_and_keeps_the_previous_file(session, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "plan.docx"
    target.write_bytes(b"previous")
    (tmp_path / ".~lock.plan.docx#").write_text("x")
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, exc, title=None: shown.append(exc))
    path = export_plan_dialog(
        None,
        session,
        ask=lambda parent, s: ExportOptions(output=str(target)),
        confirm_open=lambda parent, p: pytest.fail("nothing to open"),
    )
    assert path is None
    assert len(shown) == 1 and "open in another program" in shown[0].template
    assert target.read_bytes() == b"previous"


def test_cancelling_the_dialog_does_nothing(session, qtbot, tmp_path):
    assert export_plan_dialog(None, session, ask=lambda parent, s: None) is None
    assert session.hub.export_docx.load_options() == dataclasses.replace(
        ExportOptions(), language="es"
    )


def test_dialog_screenshot_is_tidy(session, qtbot, tmp_path):
    dialog = DocxExportDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    assert image.width() >= 600 and image.height() >= 400
    # Every form label got its text.
    assert all(label.text() for label in dialog.form_labels)
    assert docx_dialog.LANGUAGES[0] == ("es", "Español")
