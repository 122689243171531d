"""The Audiences page: who the employees are, filtered, searched, sorted and charted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import Changes, EntityKind
from ...services.audience_browser import AudienceFilter
from ...services.directory_import import ImportResult
from ..session import WorkspaceSession
from .chart_panel import DistributionPanel
from .filter_bar import FilterBar
from .import_wizard import ImportDirectoryFlow
from .labels import count_text
from .model import EmployeeTableModel

_STYLE = """
QLabel#pageTitle { font-weight: 600; }
QLabel#emptyTitle { font-weight: 600; }
QLabel[muted="true"] { color: palette(placeholder-text); }
"""


class _WaitCursor:
    """A busy cursor while a query over many employees runs on the UI thread."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class AudiencesPage(QWidget):
    """The employee directory: import, browse 100,000 people, filter, see distributions."""

    page_id = "audiences"

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("AudiencesPage", "Audiences")

    @classmethod
    def page_icon(cls) -> str:
        return "SP_FileDialogDetailedView"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audiencesPage")
        self.session = session
        self.service = session.hub.audience_browser
        self._build()
        self._connect_signals()
        self.retranslate()
        self._update_counts()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.setStyleSheet(_STYLE)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.count_label = QLabel()
        self.count_label.setObjectName("employeeCount")
        self.import_button = QPushButton()
        self.import_button.setObjectName("importDirectory")
        self.import_button.setEnabled(not self.session.read_only)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(16)
        header.addWidget(self.count_label)
        header.addStretch(1)
        header.addWidget(self.import_button)

        self.filters = FilterBar(self.service)
        self.model = EmployeeTableModel(self.service, self)
        self.table = QTableView()
        self.table.setObjectName("employeeTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setDefaultSectionSize(vertical.minimumSectionSize() + 6)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.hide()
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setDefaultSectionSize(130)
        horizontal.setHighlightSections(False)
        # No sort until the user asks: the import order needs no work on 100,000 rows.
        horizontal.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self._size_columns()

        self.chart = DistributionPanel(self.service)
        self.chart.setMinimumWidth(300)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 420])

        self.last_import = QLabel()
        self.last_import.setObjectName("lastImport")
        self.last_import.setProperty("muted", True)
        self.last_import.setWordWrap(True)

        browser = QWidget()
        browser_layout = QVBoxLayout(browser)
        browser_layout.setContentsMargins(0, 0, 0, 0)
        browser_layout.addWidget(self.filters)
        browser_layout.addWidget(self.splitter, 1)
        browser_layout.addWidget(self.last_import)

        self.empty_title = QLabel()
        self.empty_title.setObjectName("emptyTitle")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.empty_title.setFont(font)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setMaximumWidth(620)
        self.empty_text.setMinimumWidth(280)
        self.empty_import = QPushButton()
        self.empty_import.setObjectName("emptyImport")
        self.empty_import.setEnabled(not self.session.read_only)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_title)
        # A word-wrapped label gets its height only without an alignment flag: centre it
        # between stretches instead.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.empty_text, 4)
        text_row.addStretch(1)
        empty_layout.addLayout(text_row)
        empty_layout.addSpacing(12)
        empty_layout.addWidget(self.empty_import, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(browser)
        self.stack.addWidget(empty)
        self._browser, self._empty = browser, empty

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(lambda: self.import_directory())
        self.empty_import.clicked.connect(lambda: self.import_directory())
        self.filters.filter_changed.connect(self._on_filter_changed)
        self.chart.value_picked.connect(self.filters.add_condition)
        self.model.modelReset.connect(self._update_counts)

    def _size_columns(self) -> None:
        widths = {"external_id": 90, "display_name": 170, "customer_facing": 90, "start_date": 95}
        metrics = self.table.horizontalHeader().fontMetrics()
        for column, field in enumerate(self.model.fields):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            # Wide enough for the translated title (plus the sort arrow).
            needed = metrics.horizontalAdvance(title) + 28
            self.table.setColumnWidth(column, min(max(widths.get(field, 130), needed), 260))

    # ------------------------------------------------------------------ behaviour
    def import_directory(self, path: Path | None = None) -> ImportResult | None:
        """Runs the import wizard (the file is asked for when ``path`` is None)."""
        flow = ImportDirectoryFlow(self, self.session, busy=self._set_busy)
        return flow.run(path)

    def _set_busy(self, busy: bool) -> None:
        # While a job reads or writes the workspace (from its own thread) nothing here queries
        # it: the table shows only rows it already has and the chart waits.
        self.model.suspended = busy
        self.chart.set_suspended(busy)

    def _on_filter_changed(self, flt: AudienceFilter) -> None:
        with _WaitCursor():
            self.model.set_filter(flt)
        self.chart.set_filter(flt)

    def _update_counts(self) -> None:
        total = self.service.total()
        everyone = self.service.total(include_inactive=True)
        shown = self.model.rowCount()
        self.stack.setCurrentWidget(self._empty if everyone == 0 else self._browser)
        if self.model.filter.is_empty and not self.model.filter.include_inactive:
            text = (
                self.tr("1 active employee")
                if total == 1
                else self.tr("{count} active employees").replace("{count}", count_text(total))
            )
        else:
            text = (
                self.tr("{shown} of {total} employees")
                .replace("{shown}", count_text(shown))
                .replace(
                    "{total}", count_text(everyone if self.model.filter.include_inactive else total)
                )
            )
        self.count_label.setText(text)
        self.count_label.setVisible(everyone > 0)
        self._update_last_import()

    def _update_last_import(self) -> None:
        last = self.session.hub.directory_import.last_import()
        if not last:
            self.last_import.clear()
            return
        day = QDate.fromString(str(last.get("date", "")), Qt.DateFormat.ISODate)
        when = QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else ""
        text = (
            self.tr(
                "Last import: {file} on {date} — {added} added, {updated} updated, "
                "{deactivated} marked inactive."
            )
            .replace("{file}", str(last.get("file", "")))
            .replace("{date}", when)
            .replace("{added}", count_text(int(last.get("added", 0))))
            .replace(
                "{updated}",
                count_text(int(last.get("updated", 0)) + int(last.get("reactivated", 0))),
            )
            .replace("{deactivated}", count_text(int(last.get("deactivated", 0))))
        )
        if last.get("pseudonymised"):
            text += " " + self.tr("Pseudonymised: no names are kept.")
        self.last_import.setText(text)

    def refresh(self, changes: Changes) -> None:
        """Reloads after employees (an import) or the settings (anonymity threshold) changed."""
        if not changes.touches(EntityKind.EMPLOYEE, EntityKind.SETTING):
            return
        columns_before = self.model.fields
        with _WaitCursor():
            self.model.reload()
        if self.model.fields != columns_before:
            self._size_columns()
        self.filters.reload_fields()
        self.chart.reload_fields()
        self._update_counts()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audiences"))
        self.import_button.setText(self.tr("Import directory…"))
        self.import_button.setToolTip(
            self.tr(
                "Import or update the employee directory from a CSV or Excel export of your HR "
                "system. You will see what changes before anything is written."
            )
        )
        self.empty_title.setText(self.tr("No employees yet"))
        self.empty_text.setText(
            self.tr(
                "Import the employee directory exported by HR (CSV or Excel) to see who your "
                "internal customers are: positions, departments, places, interests and needs. "
                "Re-import newer exports at any time to keep it up to date."
            )
        )
        self.empty_import.setText(self.tr("Import directory…"))
        self.filters.retranslate()
        self.chart.retranslate()
        self.model.retranslate()
        self._size_columns()
        self._update_counts()
