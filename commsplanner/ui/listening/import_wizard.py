"""The import wizard of results and of feedback entries: file → columns → check → import.

1. *File*: the CSV or XLSX file and what applies to the whole file (source, metric,
   campaign, date order for results; kind, channel, campaign for feedback).
2. *Columns*: what each column holds, suggested from its header (Spanish or English) or
   remembered from the last import, with the first rows as examples.
3. *Check*: the validation report (row, column, problem, value) and what the import would
   add, update or leave; the import is refused while the file has errors (all or nothing).
4. *Done*: what was imported.

Reading, checking and writing run off the UI thread with progress and cancel
(:func:`~commsplanner.ui.workers.run_job`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import CommsPlannerError, FeedbackKind
from ...services.feedback_log import FeedbackImportOptions
from ...services.measurements_import import (
    ImportOutcome,
    ImportPreview,
    ImportReport,
    MappingError,
    MeasurementImportOptions,
)
from ...services.tabular import Severity
from ..messages import error_text
from ..workers import run_job
from .common import format_count, kind_label, set_combo_data
from .models import IssueTableModel

FILE, COLUMNS, CHECK, DONE = range(4)
MEASUREMENTS = "measurements"
FEEDBACK = "feedback"
_EXAMPLES = 3


def ask_open_path(parent: QWidget, title: str) -> str | None:
    """Asks for the file to import; None when cancelled. Tests replace this."""
    tables = QCoreApplication.translate("ImportWizard", "Tables (*.csv *.xlsx *.txt)")
    every = QCoreApplication.translate("ImportWizard", "All files (*)")
    path, _chosen = QFileDialog.getOpenFileName(parent, title, "", f"{tables};;{every}")
    return path or None


class ImportWizard(QDialog):
    """Imports results or feedback entries from a table, step by step."""

    def __init__(
        self,
        session: Any,
        kind: str = MEASUREMENTS,
        *,
        campaign_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.session = session
        self.kind = kind
        hub = session.hub
        self.importer = hub.measurements_import if kind == MEASUREMENTS else hub.feedback.importer
        self.preview: ImportPreview | None = None
        self.report: ImportReport[Any] | None = None
        self.outcome: ImportOutcome | None = None
        self._campaign_id = campaign_id
        self.stack = QStackedWidget()
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._columns_page())
        self.stack.addWidget(self._check_page())
        self.stack.addWidget(self._done_page())
        self.error = QLabel()
        self.error.setObjectName("wizardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B91C1C;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.back_button = QPushButton()
        self.back_button.setObjectName("wizardBack")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizardNext")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton()
        self.close_button.setObjectName("wizardClose")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.close_button)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizardStep")
        self.step_label.setStyleSheet("font-size: 12pt; font-weight: 600; color: #1F3A5F;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(900, 600)
        self.retranslate()
        self._show_page(FILE)

    # ------------------------------------------------------------------ pages
    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.textChanged.connect(self._update_buttons)
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.file_label = QLabel()
        self.options_form = QFormLayout()
        self.option_labels: dict[str, QLabel] = {}
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("importCampaign")
        self.campaign_combo.addItem("", None)
        for campaign_id, name in self.session.hub.measurements_import.campaigns():
            self.campaign_combo.addItem(name, campaign_id)
        set_combo_data(self.campaign_combo, self._campaign_id)
        self.date_order = QComboBox()
        self.date_order.setObjectName("importDateOrder")
        for value in ("auto", "dmy", "mdy"):
            self.date_order.addItem("", value)
        if self.kind == MEASUREMENTS:
            defaults = self.importer.default_options()
            self.source_edit = QLineEdit(defaults.source)
            self.source_edit.setObjectName("importSource")
            self.metric_combo = QComboBox()
            self.metric_combo.setObjectName("importMetric")
            self.metric_combo.setEditable(True)
            self.metric_combo.addItem("")
            for name in self.importer.metrics():
                self.metric_combo.addItem(name)
            rows = [
                ("source", self.source_edit),
                ("metric", self.metric_combo),
                ("campaign", self.campaign_combo),
                ("date_order", self.date_order),
            ]
        else:
            self.kind_combo = QComboBox()
            self.kind_combo.setObjectName("importKind")
            for kind in FeedbackKind:
                self.kind_combo.addItem(kind_label(kind), kind.value)
            self.channel_combo = QComboBox()
            self.channel_combo.setObjectName("importChannel")
            self.channel_combo.addItem("", None)
            for channel in self.session.hub.calendar.channels():
                self.channel_combo.addItem(channel.name, channel.id)
            rows = [
                ("kind", self.kind_combo),
                ("channel", self.channel_combo),
                ("campaign", self.campaign_combo),
                ("date_order", self.date_order),
            ]
        for key, widget in rows:
            label = QLabel()
            self.option_labels[key] = label
            self.options_form.addRow(label, widget)
        self.options_note = QLabel()
        self.options_note.setWordWrap(True)
        self.options_note.setStyleSheet("color: #6B7280;")
        layout = QVBoxLayout(page)
        layout.addWidget(self.file_label)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addLayout(self.options_form)
        layout.addWidget(self.options_note)
        layout.addStretch(1)
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        self.columns_note = QLabel()
        self.columns_note.setWordWrap(True)
        self.columns_table = QTableWidget(0, 3)
        self.columns_table.setObjectName("importColumns")
        self.columns_table.verticalHeader().setVisible(False)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(page)
        layout.addWidget(self.columns_note)
        layout.addWidget(self.columns_table, 1)
        return page

    def _check_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.issues_model = IssueTableModel(self)
        self.issues_view = QTableView()
        self.issues_view.setObjectName("importIssues")
        self.issues_view.setModel(self.issues_model)
        self.issues_view.setWordWrap(True)
        self.issues_view.verticalHeader().setVisible(False)
        self.issues_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.issues_view.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.issues_view, 1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("importDone")
        self.done_label.setWordWrap(True)
        self.done_label.setStyleSheet("font-size: 11pt;")
        layout = QVBoxLayout(page)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        return page

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        if self.kind == MEASUREMENTS:
            self.setWindowTitle(self.tr("Import results"))
            self.file_label.setText(
                self.tr(
                    "A CSV or Excel file of survey results or campaign KPIs: one result per row "
                    "(date, group, metric, value) or one column per metric."
                )
            )
            self.option_labels["source"].setText(self.tr("Source"))
            self.option_labels["metric"].setText(self.tr("Metric of a value column"))
            self.source_edit.setPlaceholderText(self.tr("e.g. Monthly pulse survey"))
            self.options_note.setText(
                self.tr(
                    "Importing the same results again updates them: a result is the same when "
                    "its date, metric, group and source are."
                )
            )
        else:
            self.setWindowTitle(self.tr("Import feedback"))
            self.file_label.setText(
                self.tr(
                    "A CSV or Excel file of ideas, questions and complaints: one entry per row "
                    "with its date and text."
                )
            )
            self.option_labels["kind"].setText(self.tr("Kind when no column says"))
            self.option_labels["channel"].setText(self.tr("Channel when no column says"))
            self.channel_combo.setItemText(0, self.tr("(no channel)"))
            self.options_note.setText(
                self.tr(
                    "Importing the same entries again updates them (same date, channel and text)."
                )
            )
        self.option_labels["campaign"].setText(self.tr("Campaign"))
        self.option_labels["date_order"].setText(self.tr("Dates like 03/04/2025"))
        self.campaign_combo.setItemText(0, self.tr("(none, or from a column)"))
        for i, text in enumerate(
            (self.tr("Detect"), self.tr("Day first (3 April)"), self.tr("Month first (March 4)"))
        ):
            self.date_order.setItemText(i, text)
        self.browse_button.setText(self.tr("Choose…"))
        self.back_button.setText(self.tr("Back"))
        self.columns_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Examples"), self.tr("Import as")]
        )
        self._show_page(self.stack.currentIndex())

    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        steps = {
            FILE: self.tr("1 · Choose the file"),
            COLUMNS: self.tr("2 · Say what each column holds"),
            CHECK: self.tr("3 · Check before importing"),
            DONE: self.tr("4 · Done"),
        }
        self.step_label.setText(steps[page])
        self.next_button.setText(
            {
                FILE: self.tr("Next"),
                COLUMNS: self.tr("Check the file"),
                CHECK: self.tr("Import"),
                DONE: self.tr("Close"),
            }[page]
        )
        self.close_button.setText(self.tr("Cancel") if page != DONE else self.tr("Close"))
        self.close_button.setVisible(page != DONE)
        self.back_button.setVisible(page in (COLUMNS, CHECK))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        if page == FILE:
            self.next_button.setEnabled(bool(self.path_edit.text().strip()))
        elif page == CHECK:
            self.next_button.setEnabled(self.report is not None and self.report.can_import)
        else:
            self.next_button.setEnabled(True)

    # ------------------------------------------------------------------ steps
    def browse(self) -> None:
        path = ask_open_path(self, self.windowTitle())
        if path:
            self.path_edit.setText(path)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))

    def options(self) -> Any:
        order = str(self.date_order.currentData())
        campaign_id = self.campaign_combo.currentData()
        if self.kind == MEASUREMENTS:
            return MeasurementImportOptions(
                source=" ".join(self.source_edit.text().split()),
                campaign_id=campaign_id,
                metric=" ".join(self.metric_combo.currentText().split()),
                date_order=order,
            )
        return FeedbackImportOptions(
            kind=FeedbackKind(self.kind_combo.currentData()),
            channel_id=self.channel_combo.currentData(),
            campaign_id=campaign_id,
            date_order=order,
        )

    def mapping(self) -> dict[str, str]:
        """Column → target as chosen in the columns step."""
        chosen: dict[str, str] = {}
        for row in range(self.columns_table.rowCount()):
            key = self.columns_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            combo = self.columns_table.cellWidget(row, 2)
            chosen[str(key)] = str(combo.currentData())
        return chosen

    def set_target(self, column: str, target: str) -> None:
        for row in range(self.columns_table.rowCount()):
            if self.columns_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == column:
                set_combo_data(self.columns_table.cellWidget(row, 2), target)
                return
        raise KeyError(column)

    def back(self) -> None:
        self.error.hide()
        self._show_page(max(FILE, self.stack.currentIndex() - 1))

    def next(self) -> None:
        self.error.hide()
        page = self.stack.currentIndex()
        try:
            if page == FILE:
                self._read_preview()
            elif page == COLUMNS:
                self._check()
            elif page == CHECK:
                self._import()
            else:
                self.accept()
        except MappingError as exc:
            self._fail(exc.describe(QCoreApplication.translate))
        except CommsPlannerError as exc:
            self._fail(error_text(exc))

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _read_preview(self) -> None:
        path = self.path_edit.text().strip()
        self.preview = run_job(
            self,
            self.windowTitle(),
            lambda progress: self.importer.preview(path, progress=progress),
        )
        self._fill_columns(self.preview)
        self._show_page(COLUMNS)

    def _fill_columns(self, preview: ImportPreview) -> None:
        table = preview.table
        self.columns_table.setRowCount(len(table.columns))
        for row, column in enumerate(table.columns):
            key = column.label or column.letter
            name = QTableWidgetItem(column.reference)
            name.setData(Qt.ItemDataRole.UserRole, key)
            self.columns_table.setItem(row, 0, name)
            examples = [r[column.index] for r in table.rows if r[column.index]][:_EXAMPLES]
            self.columns_table.setItem(row, 1, QTableWidgetItem(" · ".join(examples)))
            combo = QComboBox()
            combo.setObjectName(f"target:{key}")
            for target in self.importer.targets:
                combo.addItem(self.importer.label(target, QCoreApplication.translate), target)
            set_combo_data(combo, preview.mapping.get(key, "ignore"))
            self.columns_table.setCellWidget(row, 2, combo)
        note = self.tr(
            "Each column's content was guessed from its header; change what is wrong. "
            "Columns set to “Do not import” are left out."
        )
        if preview.remembered:
            note += " " + self.tr("Choices made at the last import of a similar file were reused.")
        self.columns_note.setText(note)

    def _check(self) -> None:
        path = self.path_edit.text().strip()
        mapping = self.mapping()
        options = self.options()
        self.report = run_job(
            self,
            self.windowTitle(),
            lambda progress: self.importer.validate(path, mapping, options, progress=progress),
            label=self.tr("Reading and checking the file…"),
        )
        self._fill_report(self.report)
        self._show_page(CHECK)

    def _fill_report(self, report: ImportReport[Any]) -> None:
        self.issues_model.set_issues(report.issues)
        self.issues_view.resizeRowsToContents()
        errors = len(report.errors)
        warnings = sum(1 for i in report.issues if i.severity is Severity.WARNING)
        lines = [
            self.tr(
                "{rows} rows read; {items} to import: {added} new, {updated} updated, "
                "{unchanged} unchanged."
            )
            .replace("{rows}", format_count(report.total_rows))
            .replace("{items}", format_count(len(report.items)))
            .replace("{added}", format_count(report.would_add))
            .replace("{updated}", format_count(report.would_update))
            .replace("{unchanged}", format_count(report.unchanged))
        ]
        if errors:
            lines.append(
                self.tr(
                    "{errors} problems must be fixed in the file first: nothing is imported "
                    "while any remains (all or nothing)."
                ).replace("{errors}", format_count(errors))
            )
        elif warnings:
            lines.append(
                self.tr("{warnings} warnings: the rows are imported; check them.").replace(
                    "{warnings}", format_count(warnings)
                )
            )
        if report.withheld:
            lines.append(
                self.tr(
                    "{count} results concern groups below the anonymity threshold: they are "
                    "kept but never shown."
                ).replace("{count}", format_count(report.withheld))
            )
        self.summary.setText("\n".join(lines))
        self.summary.setStyleSheet("color: #B91C1C;" if errors else "")

    def _import(self) -> None:
        report = self.report
        if report is None:
            return
        self.outcome = run_job(
            self,
            self.windowTitle(),
            lambda progress: self.importer.apply(report, progress=progress),
            label=self.tr("Importing…"),
        )
        self.session.notify(self.outcome.changes)
        self.done_label.setText(
            self.tr("Imported: {added} added, {updated} updated, {unchanged} unchanged.")
            .replace("{added}", format_count(self.outcome.added))
            .replace("{updated}", format_count(self.outcome.updated))
            .replace("{unchanged}", format_count(self.outcome.unchanged))
        )
        self._show_page(DONE)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        session: Any,
        kind: str = MEASUREMENTS,
        campaign_id: int | None = None,
    ) -> ImportOutcome | None:
        """Runs the wizard; what was imported, or None when nothing was."""
        wizard = cls(session, kind, campaign_id=campaign_id, parent=parent)
        try:
            wizard.exec()
            return wizard.outcome
        finally:
            wizard.deleteLater()
