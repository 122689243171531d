"""File ▸ Export plan to Word…: the options dialog and the export job.

:func:`export_plan_dialog` is what the main window's menu calls: it asks for the options
(:meth:`DocxExportDialog.ask`, replaceable in tests), remembers them per workspace, runs the
export off the UI thread with progress and cancel (:func:`~commsplanner.ui.workers.run_job`)
and offers to open the Word file.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Cancelled, CommsPlannerError
from ...services.plan_report import DETAIL_FULL, DETAIL_SUMMARY, SECTIONS, ExportOptions
from .. import messages
from ..workers import run_job

LANGUAGES = (("es", "Español"), ("en", "English"))  # each name in its own language


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class _CheckList(QWidget):
    """A list of checkable (id, name) items with All / None buttons."""

    def __init__(self, items: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        for item_id, name in items:
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.all_button = QPushButton(self)
        self.none_button = QPushButton(self)
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            self.list.item(row).setCheckState(state)

    def select(self, ids: tuple[int, ...] | None) -> None:
        wanted = None if ids is None else set(ids)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = wanted is None or item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def selected(self) -> tuple[int, ...] | None:
        """Checked ids, or None when every item is checked (so new items are included too)."""
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return None if len(ids) == self.list.count() else tuple(ids)


class DocxExportDialog(QDialog):
    """Options of the Word plan: language, period, content, detail, template and file."""

    def __init__(self, session: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DocxExportDialog")
        self._session = session
        service = session.hub.export_docx
        self._options = service.load_options()
        self._default_period = service.default_period()
        choices = service.choices()

        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.full = QRadioButton(self)
        self.summary = QRadioButton(self)
        self.detail_group = QButtonGroup(self)
        self.detail_group.addButton(self.full)
        self.detail_group.addButton(self.summary)
        self.first = QDateEdit(self)
        self.last = QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.whole_plan = QPushButton(self)
        self.whole_plan.clicked.connect(self._reset_period)
        self.version = QLineEdit(self)
        self.version.setMaxLength(40)
        self.output = QLineEdit(self)
        self.output_button = QPushButton(self)
        self.output_button.clicked.connect(self._choose_output)
        self.template = QLineEdit(self)
        self.template_button = QPushButton(self)
        self.template_button.clicked.connect(self._choose_template)
        self.logo = QLineEdit(self)
        self.logo_button = QPushButton(self)
        self.logo_button.clicked.connect(self._choose_logo)
        self.campaigns = _CheckList(choices["campaigns"], self)
        self.segments = _CheckList(choices["segments"], self)
        self.section_boxes: dict[str, QCheckBox] = {name: QCheckBox(self) for name in SECTIONS}

        # General tab.
        self.period_label = QLabel(self)
        period = QHBoxLayout()
        period.addWidget(self.first)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.last)
        period.addWidget(self.whole_plan)
        period.addStretch(1)
        detail = QVBoxLayout()
        detail.addWidget(self.full)
        detail.addWidget(self.summary)
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(7)]
        fields = (
            self.language,
            detail,
            period,
            self.version,
            self._with_button(self.output, self.output_button),
            self._with_button(self.template, self.template_button),
            self._with_button(self.logo, self.logo_button),
        )
        for label, field_ in zip(self.form_labels, fields, strict=True):
            self.form.addRow(label, field_)
        for edit in (self.template, self.logo):
            edit.setClearButtonEnabled(True)
        self.template_note = QLabel(self)
        self.template_note.setWordWrap(True)
        self.template_note.setStyleSheet("color: palette(placeholder-text);")
        general = QWidget(self)
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(self.form)
        general_layout.addWidget(self.template_note)
        general_layout.addStretch(1)

        # Content tab.
        self.sections_box = QGroupBox(self)
        grid = QGridLayout(self.sections_box)
        for index, name in enumerate(SECTIONS):
            grid.addWidget(self.section_boxes[name], index // 2, index % 2)
        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.sections_box)
        content_layout.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.campaigns, "")
        self.tabs.addTab(self.segments, "")
        self.tabs.addTab(content, "")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b4432b;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.set_options(self._options)
        self.resize(640, 440)

    @staticmethod
    def _with_button(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export plan to Word"))
        labels = (
            self.tr("Language:"),
            self.tr("Document:"),
            self.tr("Period:"),
            self.tr("Version:"),
            self.tr("Save as:"),
            self.tr("Template:"),
            self.tr("Logo:"),
        )
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.full.setText(self.tr("Full plan (every campaign and communication)"))
        self.summary.setText(self.tr("Leadership summary (2–4 pages)"))
        self.whole_plan.setText(self.tr("Whole plan"))
        self.output_button.setText(self.tr("Choose…"))
        self.template_button.setText(self.tr("Choose…"))
        self.logo_button.setText(self.tr("Choose…"))
        self.template.setPlaceholderText(self.tr("Built-in style"))
        self.logo.setPlaceholderText(self.tr("No logo"))
        self.template_note.setText(
            self.tr(
                "A corporate Word document or template (.docx, .dotx) gives the plan its "
                "styles, fonts, colours, header and logo."
            )
        )
        self.tabs.setTabText(0, self.tr("General"))
        self.tabs.setTabText(1, self.tr("Campaigns"))
        self.tabs.setTabText(2, self.tr("Audiences"))
        self.tabs.setTabText(3, self.tr("Sections"))
        for widget in (self.campaigns, self.segments):
            widget.all_button.setText(self.tr("All"))
            widget.none_button.setText(self.tr("None"))
        self.sections_box.setTitle(self.tr("Sections to include"))
        names = {
            "summary": self.tr("Executive summary"),
            "goals_values": self.tr("Goals and values"),
            "audiences": self.tr("Audiences"),
            "campaigns": self.tr("Campaigns"),
            "calendar": self.tr("Calendar"),
            "channels": self.tr("Channel mix"),
            "measurement": self.tr("Measurement plan"),
            "risks": self.tr("Risks and conflicts"),
            "appendix": self.tr("Appendix: definitions"),
        }
        for name, box in self.section_boxes.items():
            box.setText(names[name])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))

    # ------------------------------------------------------------------ options
    def set_options(self, options: ExportOptions) -> None:
        index = self.language.findData(options.language)
        self.language.setCurrentIndex(max(index, 0))
        (self.summary if options.detail == DETAIL_SUMMARY else self.full).setChecked(True)
        first = options.first or self._default_period[0]
        last = options.last or self._default_period[1]
        self.first.setDate(_to_qdate(first))
        self.last.setDate(_to_qdate(last))
        self.version.setText(options.version)
        self.output.setText(options.output or str(self._suggested_output()))
        self.template.setText(options.template)
        self.logo.setText(options.logo)
        self.campaigns.select(options.campaign_ids)
        self.segments.select(options.segment_ids)
        for name, box in self.section_boxes.items():
            box.setChecked(name in options.sections)

    def _suggested_output(self) -> Path:
        workspace = Path(self._session.hub.path)
        return workspace.with_name(workspace.stem + ".docx")

    def options(self) -> ExportOptions:
        """The options as the widgets show them."""
        first, last = _to_date(self.first.date()), _to_date(self.last.date())
        # Dates equal to the plan's own span are stored as "whole plan", which follows it.
        if (first, last) == self._default_period:
            first_opt, last_opt = None, None
        else:
            first_opt, last_opt = first, last
        return dataclasses.replace(
            self._options,
            language=self.language.currentData(),
            detail=DETAIL_SUMMARY if self.summary.isChecked() else DETAIL_FULL,
            first=first_opt,
            last=last_opt,
            version=self.version.text().strip() or "1.0",
            output=self.output.text().strip(),
            template=self.template.text().strip(),
            logo=self.logo.text().strip(),
            campaign_ids=self.campaigns.selected(),
            segment_ids=self.segments.selected(),
            sections=tuple(n for n, box in self.section_boxes.items() if box.isChecked()),
        )

    def problem(self) -> str:
        """Why the options cannot be used as they are ("" when they can)."""
        options = self.options()
        if not options.output:
            return self.tr("Choose where to save the Word file.")
        if _to_date(self.last.date()) < _to_date(self.first.date()):
            return self.tr("The period ends before it starts.")
        if not options.sections:
            return self.tr("Choose at least one section.")
        if options.campaign_ids == ():
            return self.tr("Choose at least one campaign.")
        if options.template and not Path(options.template).is_file():
            return self.tr("The template file does not exist.")
        if options.logo and not Path(options.logo).is_file():
            return self.tr("The logo file does not exist.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def _reset_period(self) -> None:
        self.first.setDate(_to_qdate(self._default_period[0]))
        self.last.setDate(_to_qdate(self._default_period[1]))

    def _choose_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the plan as"),
            self.output.text(),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            if not path.lower().endswith(".docx"):
                path += ".docx"
            self.output.setText(path)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a corporate template"),
            self.template.text(),
            self.tr("Word documents and templates (*.docx *.dotx)"),
        )
        if path:
            self.template.setText(path)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            self.logo.text(),
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp)"),
        )
        if path:
            self.logo.setText(path)

    @classmethod
    def ask(cls, parent: QWidget | None, session: Any) -> ExportOptions | None:
        """Shows the dialog; the chosen options, or None when cancelled."""
        dialog = cls(session, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            dialog.deleteLater()


def ask_open_file(parent: QWidget | None, path: Path) -> bool:
    """Tells where the plan was saved and offers to open it. True to open it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("DocxExportDialog", "Plan exported"))
    box.setText(
        QCoreApplication.translate("DocxExportDialog", "The plan was saved as “{path}”.").replace(
            "{path}", str(path)
        )
    )
    open_button = box.addButton(
        QCoreApplication.translate("DocxExportDialog", "Open"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def export_plan_dialog(
    parent: QWidget | None,
    session: Any,
    *,
    ask: Callable[[QWidget | None, Any], ExportOptions | None] | None = None,
    confirm_open: Callable[[QWidget | None, Path], bool] | None = None,
    opener: Callable[[Path], Any] | None = None,
) -> Path | None:
    """Asks for the options, exports off the UI thread and offers to open the file.

    Returns the path written, or None when the user cancelled or the export failed (the
    error was shown). ``ask``, ``confirm_open`` and ``opener`` are seams for tests.
    """
    options = (ask or DocxExportDialog.ask)(parent, session)
    if options is None:
        return None
    service = session.hub.export_docx
    if not session.read_only:
        # Remembering the options is a convenience: the export goes on if it fails.
        with contextlib.suppress(CommsPlannerError):
            service.save_options(options)
    try:
        path = run_job(
            parent,
            QCoreApplication.translate("DocxExportDialog", "Exporting the plan to Word"),
            lambda progress: service.export(options, progress=progress, remember=False),
            label=QCoreApplication.translate("DocxExportDialog", "Writing “{name}”…").replace(
                "{name}", Path(options.output).name
            ),
        )
    except Cancelled:
        return None
    except CommsPlannerError as exc:
        messages.show_error(
            parent, exc, QCoreApplication.translate("DocxExportDialog", "Export plan to Word")
        )
        return None
    except Exception as exc:  # unexpected: shown with details, the app goes on
        messages.show_error(
            parent, exc, QCoreApplication.translate("DocxExportDialog", "Export plan to Word")
        )
        return None
    if (confirm_open or ask_open_file)(parent, path):
        (opener or open_file)(path)
    return path
