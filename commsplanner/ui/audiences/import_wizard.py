"""Importing the HR directory: file → column mapping → validation report → import → result.

Every step that reads or writes runs off the UI thread (``run_job``, with progress and
cancel). Nothing is written before the user presses "Import" in the validation report, and
the import is one transaction. Each dialog has an ``ask`` classmethod that tests replace.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Cancelled, CommsPlannerError
from ...services.directory_import import (
    TARGETS,
    ImportOptions,
    ImportPreview,
    ImportResult,
    MappingError,
    ValidationReport,
    mapping_problems,
)
from ...services.tabular import Column, Issue, Severity, Table, short_value
from .. import messages
from ..session import WorkspaceSession
from ..workers import run_job
from .labels import count_text, issue_text, severity_name, target_name

PREVIEW_ROWS = 10
Index = QModelIndex | QPersistentModelIndex


def _column_title(column: Column) -> str:
    if column.label:
        return f"{column.letter} · {column.label}"
    return QCoreApplication.translate("MappingDialog", "{letter} · (no header)").replace(
        "{letter}", column.letter
    )


def _file_description(table: Table) -> str:
    if table.kind == "xlsx":
        text = QCoreApplication.translate(
            "MappingDialog", "{name} · Excel workbook, sheet “{sheet}”"
        ).replace("{sheet}", table.sheet or "")
    else:
        delimiter = {
            "\t": QCoreApplication.translate("MappingDialog", "tab"),
            ",": QCoreApplication.translate("MappingDialog", "comma"),
            ";": QCoreApplication.translate("MappingDialog", "semicolon"),
            "|": QCoreApplication.translate("MappingDialog", "vertical bar"),
        }.get(table.delimiter or ",", table.delimiter or "")
        text = (
            QCoreApplication.translate(
                "MappingDialog", "{name} · CSV text, {encoding}, separated by {delimiter}"
            )
            .replace("{encoding}", table.encoding or "")
            .replace("{delimiter}", delimiter)
        )
    rows = table.header_rows
    header = (
        QCoreApplication.translate("MappingDialog", "header in row {row}").replace(
            "{row}", str(rows[0])
        )
        if len(rows) == 1
        else QCoreApplication.translate("MappingDialog", "header in rows {first}–{last}")
        .replace("{first}", str(rows[0]))
        .replace("{last}", str(rows[-1]))
    )
    return text.replace("{name}", table.path.name) + " · " + header


# =============================================================================== mapping


class MappingDialog(QDialog):
    """Which field each column of the file holds: suggested, editable, remembered."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingDialog")
        self.preview = preview
        self.table = preview.table
        self.resize(1000, 760)
        self.file_label = QLabel(_file_description(self.table))
        self.file_label.setObjectName("fileDescription")
        self.file_label.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("color: palette(placeholder-text);")
        info = [issue_text(i) for i in self.table.issues if i.severity is Severity.INFO]
        if preview.remembered:
            info.append(self.tr("Choices from your last import are preselected."))
        self.notes.setText(" ".join(info))
        self.notes.setVisible(bool(info))

        self.columns = QTableWidget(len(self.table.columns), 3)
        self.columns.setObjectName("columnMapping")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Examples"), self.tr("Import as")]
        )
        self.columns.verticalHeader().hide()
        self.columns.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.columns.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.columns.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: list[QComboBox] = []
        for row, column in enumerate(self.table.columns):
            self.columns.setItem(row, 0, QTableWidgetItem(_column_title(column)))
            examples = list(dict.fromkeys(v for v in self.table.column_values(column.index) if v))[
                :3
            ]
            example_item = QTableWidgetItem(" · ".join(short_value(v, 40) for v in examples))
            example_item.setForeground(QBrush(QColor("#6b7280")))
            self.columns.setItem(row, 1, example_item)
            combo = QComboBox()
            combo.setObjectName(f"target_{column.index}")
            for target in TARGETS:
                combo.addItem(target_name(target), target)
            combo.setCurrentIndex(
                max(combo.findData(preview.mapping.get(self._key(column), "ignore")), 0)
            )
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.columns.setCellWidget(row, 2, combo)
            self.combos.append(combo)

        self.sample = QTableWidget(min(PREVIEW_ROWS, len(self.table.rows)), len(self.table.columns))
        self.sample.setObjectName("samplePreview")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setWordWrap(False)
        self.sample.setVerticalHeaderLabels([str(n) for n in self.table.row_numbers[:PREVIEW_ROWS]])
        for r, cells in enumerate(self.table.rows[:PREVIEW_ROWS]):
            for c, value in enumerate(cells):
                item = QTableWidgetItem(short_value(value, 60))
                if len(value) > 60:
                    item.setToolTip(short_value(value, 1000))
                self.sample.setItem(r, c, item)

        options = preview.options
        self.pseudonymise = QCheckBox(
            self.tr("Pseudonymise: keep no names, replace each identifier by a stable code")
        )
        self.pseudonymise.setObjectName("pseudonymise")
        self.pseudonymise.setChecked(options.pseudonymise)
        self.pseudonymise.toggled.connect(self._mapping_changed)
        self.deactivate = QCheckBox(
            self.tr("Mark employees who are not in this file as inactive (full export)")
        )
        self.deactivate.setObjectName("deactivateMissing")
        self.deactivate.setChecked(options.deactivate_missing)
        self.date_order = QComboBox()
        self.date_order.setObjectName("dateOrder")
        self.date_order.addItem(
            self.tr("Detect (day first unless the file shows otherwise)"), "auto"
        )
        self.date_order.addItem(self.tr("Day first: 03/04/2024 is 3 April"), "dmy")
        self.date_order.addItem(self.tr("Month first: 03/04/2024 is March 4"), "mdy")
        self.date_order.setCurrentIndex(max(self.date_order.findData(options.date_order), 0))
        options_box = QGroupBox(self.tr("Options"))
        form = QFormLayout(options_box)
        form.addRow(self.pseudonymise)
        form.addRow(self.deactivate)
        form.addRow(self.tr("Dates such as 03/04/2024:"), self.date_order)

        self.problems = QLabel()
        self.problems.setObjectName("mappingProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b91c1c;")

        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(
            self.tr("Check the data…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.check_button.setObjectName("checkData")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(QLabel(self.tr("What does each column hold?")))
        upper_layout.addWidget(self.columns)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.sample_label = QLabel(
            self.tr("The first rows of the file (row numbers as in the file):")
        )
        lower_layout.addWidget(self.sample_label)
        lower_layout.addWidget(self.sample)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([380, 200])

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.notes)
        layout.addWidget(splitter, 1)
        layout.addWidget(options_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import directory — columns"))
        self._mapping_changed()

    @staticmethod
    def _key(column: Column) -> str:
        return column.label or column.letter

    # ---------------------------------------------------------------- results
    def mapping(self) -> dict[str, str]:
        return {
            self._key(column): str(combo.currentData())
            for column, combo in zip(self.table.columns, self.combos, strict=True)
        }

    def options(self) -> ImportOptions:
        return ImportOptions(
            pseudonymise=self.pseudonymise.isChecked(),
            deactivate_missing=self.deactivate.isChecked(),
            date_order=str(self.date_order.currentData()),
        )

    def set_target(self, column_index: int, target: str) -> None:
        combo = self.combos[column_index]
        combo.setCurrentIndex(combo.findData(target))

    def _mapping_changed(self) -> None:
        mapping = self.mapping()
        problems = mapping_problems(self.table.columns, mapping)
        self.problems.setText("\n".join(issue_text(p) for p in problems))
        self.problems.setVisible(bool(problems))
        self.check_button.setEnabled(not problems)
        labels = []
        for column in self.table.columns:
            target = mapping[self._key(column)]
            title = column.label or column.letter
            labels.append(f"{title}\n→ {target_name(target)}")
        self.sample.setHorizontalHeaderLabels(labels)
        self.sample.resizeColumnsToContents()
        for index in range(self.sample.columnCount()):
            if self.sample.columnWidth(index) > 240:
                self.sample.setColumnWidth(index, 240)
        name_targets = {"display_name", "given_name", "family_name"}
        for combo in self.combos:
            muted = self.pseudonymise.isChecked() and combo.currentData() in name_targets
            combo.setToolTip(self.tr("Names are not kept when pseudonymising.") if muted else "")

    @classmethod
    def ask(
        cls, parent: QWidget | None, preview: ImportPreview
    ) -> tuple[dict[str, str], ImportOptions] | None:
        dialog = cls(preview, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.mapping(), dialog.options()
        finally:
            dialog.deleteLater()


# =============================================================================== report


class IssueTableModel(QAbstractTableModel):
    """The problems of a validation report: severity, row, column, problem, value."""

    HEADERS = ("Severity", "Row", "Column", "Problem", "Value")

    def __init__(self, issues: list[Issue], parent: Any = None) -> None:
        super().__init__(parent)
        self._issues = issues
        self._texts: dict[int, str] = {}

    def issue(self, row: int) -> Issue:
        return self._issues[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def _text(self, row: int) -> str:
        text = self._texts.get(row)
        if text is None:
            text = self._texts[row] = issue_text(self._issues[row])
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return severity_name(issue.severity)
            if column == 1:
                return "" if issue.row is None else count_text(issue.row)
            if column == 2:
                return issue.column_ref
            if column == 3:
                return self._text(index.row())
            return issue.value
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 4):
            return self._text(index.row()) if column == 3 else issue.value or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            colour = {
                Severity.ERROR: "#b91c1c",
                Severity.WARNING: "#b45309",
                Severity.INFO: "#4b5563",
            }[issue.severity]
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.UserRole:
            return str(issue.severity)
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return None
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.HEADERS):
            return None
        titles = (
            QCoreApplication.translate("IssueTableModel", "Severity"),
            QCoreApplication.translate("IssueTableModel", "Row"),
            QCoreApplication.translate("IssueTableModel", "Column"),
            QCoreApplication.translate("IssueTableModel", "Problem"),
            QCoreApplication.translate("IssueTableModel", "Value"),
        )
        return titles[section]


class ValidationReportDialog(QDialog):
    """What the import would do and every problem found; nothing is written yet."""

    IMPORT = "import"
    BACK = "back"

    def __init__(self, report: ValidationReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("validationReport")
        self.report = report
        self.decision: str | None = None
        self.resize(1000, 640)
        self.setWindowTitle(self.tr("Import directory — check"))

        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setText(
            self.tr(
                "{total} rows read: {valid} can be imported, {invalid} have errors and will be skipped."
            )
            .replace("{total}", count_text(report.total_rows))
            .replace("{valid}", count_text(report.valid_rows))
            .replace("{invalid}", count_text(report.invalid_rows))
        )
        counts = report.preview
        self.effect = QLabel(
            self.tr(
                "The import will add {added} employees, update {updated}, reactivate "
                "{reactivated}, leave {unchanged} unchanged and mark {deactivated} as inactive "
                "(never deleted)."
            )
            .replace("{added}", count_text(counts.added))
            .replace("{updated}", count_text(counts.updated))
            .replace("{reactivated}", count_text(counts.reactivated))
            .replace("{unchanged}", count_text(counts.unchanged))
            .replace("{deactivated}", count_text(counts.deactivated))
        )
        self.effect.setObjectName("reportEffect")
        self.effect.setWordWrap(True)
        self.warnings = QLabel("\n".join(issue_text(w) for w in report.workspace_warnings))
        self.warnings.setObjectName("reportWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(
            "background: #fff7e6; color: #7a4b00; border: 1px solid #f2c46d;"
            " border-radius: 4px; padding: 6px;"
        )
        self.warnings.setVisible(bool(report.workspace_warnings))

        issues = report.issues
        self.model = IssueTableModel(issues, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("issueFilter")
        errors = sum(1 for i in issues if i.severity is Severity.ERROR)
        warnings = sum(1 for i in issues if i.severity is Severity.WARNING)
        notes = len(issues) - errors - warnings
        self.show_combo.addItem(
            self.tr("All problems ({count})").replace("{count}", count_text(len(issues))), ""
        )
        self.show_combo.addItem(
            self.tr("Errors: rows not imported ({count})").replace("{count}", count_text(errors)),
            "error",
        )
        self.show_combo.addItem(
            self.tr("Warnings ({count})").replace("{count}", count_text(warnings)), "warning"
        )
        self.show_combo.addItem(
            self.tr("Notes ({count})").replace("{count}", count_text(notes)), "info"
        )
        self.show_combo.currentIndexChanged.connect(self._filter_issues)
        self.table = QTableView()
        self.table.setObjectName("issueTable")
        self.table.setModel(self.proxy)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 60)
        self.table.setColumnWidth(2, 170)
        self.table.setColumnWidth(3, 520)
        self.detail = QLabel()
        self.detail.setObjectName("issueDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setStyleSheet(
            "background: palette(base); border: 1px solid palette(mid); padding: 6px;"
        )
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.no_problems = QLabel(self.tr("No problems found: every row can be imported."))
        self.no_problems.setObjectName("noProblems")
        self.no_problems.setVisible(not issues)
        self.table.setVisible(bool(issues))
        self.detail.setVisible(bool(issues))
        if issues:
            self.table.setCurrentIndex(self.proxy.index(0, 3))

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import {count} valid rows").replace("{count}", count_text(report.valid_rows)),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setObjectName("importRows")
        self.import_button.setEnabled(report.can_import)
        self.import_button.setDefault(True)
        self.back_button = self.buttons.addButton(
            self.tr("Back to the columns"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.back_button.setObjectName("backToColumns")
        self.save_button = self.buttons.addButton(
            self.tr("Save the problem list…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveProblems")
        self.save_button.setEnabled(bool(report.all_issues()))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelImport")
        self.import_button.clicked.connect(lambda: self._finish(self.IMPORT))
        self.back_button.clicked.connect(lambda: self._finish(self.BACK))
        self.save_button.clicked.connect(self.save_problems)
        cancel.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.effect)
        layout.addWidget(self.warnings)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.no_problems)
        layout.addWidget(self.buttons)

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """The whole message of the selected problem (the table cuts long ones)."""
        if not current.isValid():
            self.detail.clear()
            return
        issue = self.model.issue(self.proxy.mapToSource(current).row())
        if issue.row is not None and issue.column is not None:
            where = (
                self.tr("Row {row}, column {column}")
                .replace("{row}", count_text(issue.row))
                .replace("{column}", issue.column_ref)
            )
        elif issue.row is not None:
            where = self.tr("Row {row}").replace("{row}", count_text(issue.row))
        else:
            where = self.tr("Whole file")
        text = f"<b>{html.escape(where)}</b> — {html.escape(issue_text(issue))}"
        if issue.value:
            text += "<br>" + html.escape(
                self.tr("Value: “{value}”").replace("{value}", issue.value)
            )
        self.detail.setText(text)

    def _filter_issues(self) -> None:
        wanted = str(self.show_combo.currentData() or "")
        self.proxy.setFilterFixedString(wanted)
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, 3))
        else:
            self.detail.clear()

    def _finish(self, decision: str) -> None:
        self.decision = decision
        self.accept()

    #: Replaceable in tests: where to save the problem list.
    @classmethod
    def ask_save_path(cls, parent: QWidget, suggestion: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ValidationReportDialog", "Save the problem list"),
            suggestion,
            QCoreApplication.translate("ValidationReportDialog", "CSV files (*.csv)"),
        )
        return Path(path) if path else None

    def save_problems(self) -> Path | None:
        from ...i18n import catalog
        from ...services.directory_report import write_problems_csv
        from .labels import ui_language

        suggestion = str(self.report.path.with_name(self.report.path.stem + "-problems.csv"))
        target = self.ask_save_path(self, suggestion)
        if target is None:
            return None
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        try:
            return write_problems_csv(self.report, target, catalog(ui_language()))
        except (OSError, CommsPlannerError) as exc:
            messages.show_error(self, exc)
            return None

    @classmethod
    def ask(cls, parent: QWidget | None, report: ValidationReport) -> str | None:
        """ "import", "back" (to change the mapping) or None (cancel)."""
        dialog = cls(report, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.decision
        finally:
            dialog.deleteLater()


# =============================================================================== the flow


def result_text(result: ImportResult) -> str:
    counts = result.counts
    text = (
        QCoreApplication.translate(
            "ImportDirectoryFlow",
            "The directory was imported: {added} added, {updated} updated, {reactivated} "
            "reactivated, {unchanged} unchanged, {deactivated} marked inactive.",
        )
        .replace("{added}", count_text(counts.added))
        .replace("{updated}", count_text(counts.updated))
        .replace("{reactivated}", count_text(counts.reactivated))
        .replace("{unchanged}", count_text(counts.unchanged))
        .replace("{deactivated}", count_text(counts.deactivated))
    )
    if result.invalid_rows:
        text += " " + QCoreApplication.translate(
            "ImportDirectoryFlow", "{count} rows with errors were skipped."
        ).replace("{count}", count_text(result.invalid_rows))
    return text


class ImportDirectoryFlow:
    """Runs the import wizard for one workspace session."""

    def __init__(
        self,
        parent: QWidget,
        session: WorkspaceSession,
        *,
        busy: Callable[[bool], None] | None = None,
    ) -> None:
        self.parent = parent
        self.session = session
        self._busy = busy or (lambda _on: None)

    # ---------------------------------------------------------------- replaceable steps
    @classmethod
    def ask_file(cls, parent: QWidget) -> Path | None:
        settings = QSettings()
        folder = str(settings.value("audiences/last_import_folder", "") or "")
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDirectoryFlow", "Import the employee directory"),
            folder,
            QCoreApplication.translate(
                "ImportDirectoryFlow", "Directory exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"
            ),
        )
        if not path:
            return None
        settings.setValue("audiences/last_import_folder", str(Path(path).parent))
        return Path(path)

    @classmethod
    def show_result(cls, parent: QWidget, result: ImportResult) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDirectoryFlow", "Directory imported"),
            result_text(result),
        )

    @classmethod
    def show_cancelled(cls, parent: QWidget) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("ImportDirectoryFlow", "Import cancelled"),
            QCoreApplication.translate(
                "ImportDirectoryFlow", "The import was cancelled. Nothing was changed."
            ),
        )

    # ---------------------------------------------------------------- the steps
    def _job(self, title: str, fn: Callable[[Any], Any]) -> Any:
        self._busy(True)
        try:
            return run_job(self.parent, title, fn)
        finally:
            self._busy(False)

    def run(self, path: Path | None = None) -> ImportResult | None:
        """The whole wizard; returns the result, or None when cancelled or refused."""
        if self.session.read_only:
            QMessageBox.information(
                self.parent,
                QCoreApplication.translate("ImportDirectoryFlow", "Read-only workspace"),
                QCoreApplication.translate(
                    "ImportDirectoryFlow",
                    "This workspace is open read-only: the directory cannot be imported.",
                ),
            )
            return None
        path = path or self.ask_file(self.parent)
        if path is None:
            return None
        service = self.session.hub.directory_import
        try:
            preview = self._job(
                QCoreApplication.translate("ImportDirectoryFlow", "Reading the file…"),
                lambda progress: service.preview(path, progress=progress),
            )
        except Cancelled:
            return None
        except Exception as exc:
            messages.show_error(self.parent, exc)
            return None
        while True:
            choice = MappingDialog.ask(self.parent, preview)
            if choice is None:
                return None
            mapping, options = choice
            try:
                report = self._job(
                    QCoreApplication.translate("ImportDirectoryFlow", "Checking every row…"),
                    lambda progress, m=mapping, o=options: service.validate(
                        path, m, o, sheet=preview.table.sheet, progress=progress
                    ),
                )
            except Cancelled:
                return None
            except MappingError as exc:
                messages.show_error(self.parent, exc)
                preview.mapping, preview.options = mapping, options
                continue
            except Exception as exc:
                messages.show_error(self.parent, exc)
                return None
            decision = ValidationReportDialog.ask(self.parent, report)
            if decision == ValidationReportDialog.BACK:
                preview.mapping, preview.options = mapping, options
                continue
            if decision != ValidationReportDialog.IMPORT:
                return None
            try:
                result = self._job(
                    QCoreApplication.translate("ImportDirectoryFlow", "Importing the directory…"),
                    lambda progress, r=report: service.apply(r, progress=progress),
                )
            except Cancelled:
                self.show_cancelled(self.parent)
                return None
            except Exception as exc:
                messages.show_error(self.parent, exc)
                return None
            self.session.notify(result.changes)
            self.show_result(self.parent, result)
            return result


__all__ = [
    "ImportDirectoryFlow",
    "IssueTableModel",
    "MappingDialog",
    "ValidationReportDialog",
    "result_text",
]
