"""The Segments page: the list of audiences with live sizes, and for the selection its
profile, how it overlaps with the others, and who none of them reaches."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import Changes, CommsPlannerError, EntityKind, Segment
from ...domain.rules import format_rule
from ...i18n import catalog
from ...services.segmentation import Distribution, added_segment_id
from .. import messages
from ..planning.common import run_edit, warnings_text
from ..planning.panels import ReassignDialog
from .labels import field_label, format_count, format_share, ui_language, warning_text
from .model import MEMBERS, NAME, SEGMENT_ID_ROLE, SHARE, SORT_ROLE, WARNINGS, SegmentListModel
from .segment_dialog import SegmentDialog

_RELEVANT = (EntityKind.SEGMENT, EntityKind.EMPLOYEE, EntityKind.SETTING)
_STYLE = """
QLabel#segmentTitle { font-size: 14pt; font-weight: bold; color: #1f3a5f; }
QLabel#segmentWarnings, QLabel#overlapNote { color: #92400e; }
QLabel#placeholder { color: #6b7280; font-size: 11pt; }
"""


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Asks a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    """Tells the user something worth knowing after an edit (tests replace this function)."""
    QMessageBox.information(parent, title, text)


class _ChartArea(QScrollArea):
    """Holds one matplotlib canvas at a time (matplotlib's Qt backend is imported late).

    The canvas keeps a minimum size and the area scrolls below it, so that a small window
    never squeezes the charts into something unreadable.
    """

    def __init__(self, minimum: tuple[int, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._minimum = minimum
        self.canvas: QWidget | None = None
        self.figure = None

    def show_figure(self, figure) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.clear()
        self.figure = figure
        self.canvas = FigureCanvasQTAgg(figure)
        self.canvas.setMinimumSize(*self._minimum)
        self.setWidget(self.canvas)

    def clear(self) -> None:
        if self.canvas is not None:
            self.takeWidget()
            self.canvas.deleteLater()
            self.canvas = None
            self.figure = None


class SegmentsPage(QWidget):
    page_id = "segments"
    #: The dialog class used to create and edit segments (tests may replace it).
    dialog_class = SegmentDialog

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("SegmentsPage", "Segments")

    @classmethod
    def page_icon(cls) -> str:
        return "SP_FileDialogListView"

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsPage")
        self.setStyleSheet(_STYLE)
        self.session = session
        self.service = session.hub.segmentation
        self._stale_views: set[int] = {0, 1, 2}
        self._build()
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.model = SegmentListModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("segmentTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # long names are elided, rows keep one height
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (MEMBERS, SHARE, WARNINGS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.search = QLineEdit()
        self.search.setObjectName("segmentSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newSegment")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editSegment")
        self.duplicate_button = QPushButton()
        self.duplicate_button.setObjectName("duplicateSegment")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSegment")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        self.organisation_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.organisation_label)

        # Profile
        self.profile_title = QLabel()
        self.profile_title.setObjectName("segmentTitle")
        self.profile_rule = QLabel()
        self.profile_rule.setWordWrap(True)
        self.profile_rule.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.profile_rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.profile_stats = QLabel()
        self.profile_stats.setObjectName("profileStats")
        self.profile_stats.setWordWrap(True)
        self.profile_warnings = QLabel()
        self.profile_warnings.setObjectName("segmentWarnings")
        self.profile_warnings.setWordWrap(True)
        self.profile_placeholder = QLabel()
        self.profile_placeholder.setObjectName("placeholder")
        self.profile_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.profile_chart = _ChartArea((660, 440))
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        for widget in (
            self.profile_title,
            self.profile_rule,
            self.profile_stats,
            self.profile_warnings,
        ):
            profile_layout.addWidget(widget)
        profile_layout.addWidget(self.profile_placeholder, 1)
        profile_layout.addWidget(self.profile_chart, 1)

        # Overlap
        self.overlap_note = QLabel()
        self.overlap_note.setObjectName("overlapNote")
        self.overlap_note.setWordWrap(True)
        self.overlap_chart = _ChartArea((480, 420))
        overlap = QWidget()
        overlap_layout = QVBoxLayout(overlap)
        overlap_layout.addWidget(self.overlap_note)
        overlap_layout.addWidget(self.overlap_chart, 1)

        # Unreached
        self.unreached_summary = QLabel()
        self.unreached_summary.setObjectName("unreachedSummary")
        self.unreached_summary.setWordWrap(True)
        self.unreached_tables = {name: QTableWidget(0, 2) for name in ("department", "location")}
        tables = QHBoxLayout()
        for table in self.unreached_tables.values():
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.horizontalHeader().setSectionResizeMode(
                1, QHeaderView.ResizeMode.ResizeToContents
            )
            tables.addWidget(table)
        self.copy_unreached_button = QPushButton()
        self.copy_unreached_button.setObjectName("copyUnreached")
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        copy_row.addWidget(self.copy_unreached_button)
        unreached = QWidget()
        unreached_layout = QVBoxLayout(unreached)
        unreached_layout.addWidget(self.unreached_summary)
        unreached_layout.addLayout(tables, 1)
        unreached_layout.addLayout(copy_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("segmentTabs")
        self.tabs.addTab(profile, "")
        self.tabs.addTab(overlap, "")
        self.tabs.addTab(unreached, "")

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._figures_timer = QTimer(self)
        self._figures_timer.setSingleShot(True)
        self._figures_timer.setInterval(0)
        self._figures_timer.timeout.connect(self._compute_next_figures)
        self._unreached_ids: list[int] = []

        self.new_button.clicked.connect(self.new_segment)
        self.edit_button.clicked.connect(self.edit_segment)
        self.duplicate_button.clicked.connect(self.duplicate_segment)
        self.delete_button.clicked.connect(self.delete_segment)
        self.copy_unreached_button.clicked.connect(self.copy_unreached)
        self.table.doubleClicked.connect(lambda _index: self.edit_segment())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.tabs.currentChanged.connect(lambda _i: self._update_views())
        # Ctrl+N belongs to File ▸ New of the main window; a second Ctrl+N here would make
        # the key ambiguous (Qt then fires neither), so a new segment is Ctrl+Shift+N, and
        # only while the focus is on this page.
        self.new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_segment)
        self.new_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_segment)

    def retranslate(self) -> None:
        self.new_button.setText(QCoreApplication.translate("SegmentsPage", "New segment…"))
        self.new_button.setToolTip(
            QCoreApplication.translate("SegmentsPage", "New segment ({shortcut})").replace(
                "{shortcut}",
                self.new_shortcut.key().toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.edit_button.setText(QCoreApplication.translate("SegmentsPage", "Edit…"))
        self.duplicate_button.setText(QCoreApplication.translate("SegmentsPage", "Duplicate"))
        self.delete_button.setText(QCoreApplication.translate("SegmentsPage", "Delete"))
        self.search.setPlaceholderText(
            QCoreApplication.translate("SegmentsPage", "Filter segments by name")
        )
        self.tabs.setTabText(0, QCoreApplication.translate("SegmentsPage", "Profile"))
        self.tabs.setTabText(1, QCoreApplication.translate("SegmentsPage", "Overlap"))
        self.tabs.setTabText(2, QCoreApplication.translate("SegmentsPage", "Not reached"))
        self.copy_unreached_button.setText(
            QCoreApplication.translate("SegmentsPage", "Copy their employee IDs")
        )
        for name, table in self.unreached_tables.items():
            table.setHorizontalHeaderLabels(
                [field_label(name), QCoreApplication.translate("SegmentsPage", "Employees")]
            )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._organisation_text()
        self._stale_views = {0, 1, 2}
        self._update_views()

    # ------------------------------------------------------------------ data
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.touches(*_RELEVANT):
            self.reload()

    def reload(self) -> None:
        """Re-reads the segments; their sizes and warnings follow one by one."""
        selected = self.selected_ids()
        segments = self.service.list_segments()
        language = ui_language()
        texts = {s.id: format_rule(s.rule, language) for s in segments if s.rule is not None}
        self.model.organisation_size = self.service.organisation_size()
        self.model.forget_figures()
        self.model.set_segments(segments, texts)  # type: ignore[arg-type]
        self._organisation_text()
        self.select_ids(selected)
        self._figures_timer.start()
        self._stale_views = {0, 1, 2}
        self._update_views()
        self._update_buttons()

    def _compute_next_figures(self) -> None:
        # One segment per event-loop turn: the window stays responsive on big directories.
        missing = self.model.missing_figures()
        if not missing:
            return
        segment_id = missing[0]
        try:
            size = self.service.size(segment_id)
            warnings = [warning_text(w) for w in self.service.warnings(segment_id)]
        except CommsPlannerError:
            size, warnings = 0, []
        self.model.set_figures(segment_id, size, warnings)
        if len(missing) > 1:
            self._figures_timer.start()

    def compute_all_figures(self) -> None:
        """Computes every pending size at once (tests, and before exporting a view)."""
        self._figures_timer.stop()
        while self.model.missing_figures():
            self._compute_next_figures()

    def _organisation_text(self) -> None:
        self.organisation_label.setText(
            QCoreApplication.translate(
                "SegmentsPage", "Active employees in the directory: {count}"
            ).replace("{count}", format_count(self.model.organisation_size))
        )

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, NAME).data(SEGMENT_ID_ROLE) for r in rows]

    def current_segment(self) -> Segment | None:
        ids = self.selected_ids()
        return self.service.find_segment(ids[0]) if ids else None

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for segment_id in ids:
            row = self.model.row_of(segment_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, NAME))
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)

    def _selection_changed(self) -> None:
        self._stale_views = {0, 1, 2}
        self._update_views()
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.selected_ids())
        writable = not self.session.read_only
        self.new_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and count == 1)
        self.duplicate_button.setEnabled(writable and count == 1)
        self.delete_button.setEnabled(writable and count == 1)

    # ------------------------------------------------------------------ views
    def _update_views(self) -> None:
        """Recomputes the visible tab only; the others wait until they are shown."""
        current = self.tabs.currentIndex()
        if current not in self._stale_views:
            return
        self._stale_views.discard(current)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            [self._show_profile, self._show_overlap, self._show_unreached][current]()
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _show_profile(self) -> None:
        segment = self.current_segment()
        has_segment = segment is not None and segment.id is not None
        for widget in (self.profile_title, self.profile_rule, self.profile_stats):
            widget.setVisible(has_segment)
        self.profile_chart.setVisible(has_segment)
        self.profile_placeholder.setVisible(not has_segment)
        if not has_segment:
            self.profile_warnings.hide()
            self.profile_chart.clear()
            self.profile_placeholder.setText(
                QCoreApplication.translate("SegmentsPage", "Select a segment to see its profile.")
                if self.model.rowCount()
                else QCoreApplication.translate(
                    "SegmentsPage",
                    "No segments yet. Create one with “New segment…”: choose who belongs "
                    "by position, department, location, interests, needs or expectations.",
                )
            )
            return
        assert segment is not None and segment.id is not None
        profile = self.service.profile(segment.id)
        self.profile_title.setText(segment.name)
        rule_text = format_rule(segment.rule, ui_language()) if segment.rule else ""
        manual = []
        if segment.include_ids:
            manual.append(
                QCoreApplication.translate("SegmentsPage", "included by hand: {count}").replace(
                    "{count}", format_count(len(segment.include_ids))
                )
            )
        if segment.exclude_ids:
            manual.append(
                QCoreApplication.translate("SegmentsPage", "excluded by hand: {count}").replace(
                    "{count}", format_count(len(segment.exclude_ids))
                )
            )
        parts = [
            rule_text
            or QCoreApplication.translate("SegmentsPage", "(no rule: only employees added by hand)")
        ]
        if manual:
            parts.append(" · ".join(manual))
        self.profile_rule.setText("\n".join(parts))
        self.profile_stats.setText(
            QCoreApplication.translate(
                "SegmentsPage",
                "Members: {size} · {share} of the organisation · {front} face customers",
            )
            .replace("{size}", format_count(profile.size))
            .replace("{share}", format_share(profile.share))
            .replace("{front}", format_share(profile.front_line_share))
        )
        warnings = [warning_text(w) for w in self.service.warnings(segment.id)]
        self.profile_warnings.setText("\n".join("⚠ " + w for w in warnings))
        self.profile_warnings.setVisible(bool(warnings))
        from ...services.charts_segments import profile_figure

        self.profile_chart.show_figure(profile_figure(profile, catalog(ui_language())))

    def _segments_for_comparison(self) -> tuple[list[int], bool]:
        """The selected segments when there are enough, else every segment."""
        selected = self.selected_ids()
        if len(selected) >= 2:
            return selected, True
        return [s.id for s in self.service.list_segments() if s.id is not None], False

    def _show_overlap(self) -> None:
        ids, chosen = self._segments_for_comparison()
        if chosen:
            note = QCoreApplication.translate(
                "SegmentsPage", "Overlap between the {count} selected segments."
            )
        else:
            note = QCoreApplication.translate(
                "SegmentsPage",
                "Overlap between all {count} segments (select two or more to compare only those).",
            )
        self.overlap_note.setText(note.replace("{count}", format_count(len(ids))))
        from ...services.charts_segments import overlap_figure

        matrix = self.service.overlap_matrix(ids)
        self.overlap_matrix = matrix
        self.overlap_chart.show_figure(overlap_figure(matrix, catalog(ui_language())))

    def _show_unreached(self) -> None:
        selected = self.selected_ids()
        ids = selected or [s.id for s in self.service.list_segments() if s.id is not None]
        report = self.service.unreached_report(ids)
        self._unreached_ids = report.ids.tolist()
        if len(selected) == 1:
            template = QCoreApplication.translate(
                "SegmentsPage",
                "{unreached} of {total} active employees ({share}) are not in “{name}”; "
                "{front} of them face customers.",
            )
        elif selected:
            template = QCoreApplication.translate(
                "SegmentsPage",
                "{unreached} of {total} active employees ({share}) are in none of the "
                "{count} selected segments; {front} of them face customers.",
            )
        else:
            template = QCoreApplication.translate(
                "SegmentsPage",
                "{unreached} of {total} active employees ({share}) are in none of the "
                "{count} segments; {front} of them face customers.",
            )
        name = self.service.get_segment(selected[0]).name if len(selected) == 1 else ""
        self.unreached_summary.setText(
            template.replace("{unreached}", format_count(report.count))
            .replace("{total}", format_count(report.organisation_size))
            .replace("{share}", format_share(report.share))
            .replace("{count}", format_count(len(ids)))
            .replace("{front}", format_count(report.front_line))
            .replace("{name}", name)
        )
        for name, table in self.unreached_tables.items():
            self._fill_breakdown(table, report.by_field[name])
        self.copy_unreached_button.setEnabled(bool(self._unreached_ids))

    @staticmethod
    def _fill_breakdown(table: QTableWidget, dist: Distribution) -> None:
        rows = list(dist.items)
        if dist.hidden:
            rows.append(
                (
                    QCoreApplication.translate(
                        "SegmentsPage", "Smaller groups ({groups}), not shown one by one"
                    ).replace("{groups}", format_count(dist.hidden_groups)),
                    dist.hidden,
                )
            )
        table.setRowCount(len(rows))
        for row, (label, count) in enumerate(rows):
            name = QTableWidgetItem(
                label or QCoreApplication.translate("SegmentsPage", "(not given)")
            )
            value = QTableWidgetItem(format_count(count))
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, name)
            table.setItem(row, 1, value)

    def copy_unreached(self) -> None:
        rows = self.service.describe_employees(self._unreached_ids)
        QGuiApplication.clipboard().setText("\n".join(r[1] for r in rows))

    # ------------------------------------------------------------------ editing
    def _run(self, text: str, redo, undo) -> Changes | None:
        try:
            return self.session.execute(text, redo, undo)
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return None

    def add_segment(self, segment: Segment) -> int | None:
        """Adds a segment as one undoable step; returns its id."""
        state: dict[str, object] = {}

        def redo() -> Changes:
            if "deleted" in state:  # redo after undo: the same segment, same id
                return self.service.restore_segment(state["deleted"])  # type: ignore[arg-type]
            changes = self.service.add_segment(segment)
            state["id"] = added_segment_id(changes)
            return changes

        def undo() -> Changes:
            segment_id = int(state["id"])  # type: ignore[arg-type]
            state["deleted"] = self.service.get_segment(segment_id)
            return self.service.delete_segment(segment_id)

        text = QCoreApplication.translate("SegmentsPage", "New segment “{name}”").replace(
            "{name}", segment.name
        )
        if self._run(text, redo, undo) is None:
            return None
        new_id = int(state["id"])  # type: ignore[arg-type]
        self.select_ids([new_id])
        return new_id

    def new_segment(self) -> None:
        if self.session.read_only:
            return
        segment = self.dialog_class.ask(self.service, None, self)
        if segment is not None:
            self.add_segment(segment)

    def edit_segment(self) -> None:
        old = self.current_segment()
        if old is None or self.session.read_only:
            return
        new = self.dialog_class.ask(self.service, old, self)
        if new is None or new == old:
            return
        text = QCoreApplication.translate("SegmentsPage", "Edit segment “{name}”").replace(
            "{name}", new.name
        )
        self._run(
            text,
            lambda: self.service.update_segment(new),
            lambda: self.service.update_segment(old),
        )

    def duplicate_segment(self) -> None:
        original = self.current_segment()
        if original is None or self.session.read_only:
            return
        taken = {s.name.casefold() for s in self.service.list_segments()}
        base = QCoreApplication.translate("SegmentsPage", "{name} (copy)").replace(
            "{name}", original.name
        )
        name, counter = base, 1
        while name.casefold() in taken:
            counter += 1
            name = f"{base} {counter}"
        self.add_segment(replace(original, id=None, name=name))

    def delete_segment(self) -> None:
        """Deletes the chosen segment as one undoable step; while campaigns or
        communications target it, offers to move them to another segment first."""
        segment = self.current_segment()
        if segment is None or segment.id is None or self.session.read_only:
            return
        segment_id = segment.id
        planning = self.session.hub.planning
        campaign_ids, comm_ids = planning.segment_usage(segment_id)
        if campaign_ids or comm_ids:
            others = [(s.id, s.name) for s in self.service.list_segments() if s.id != segment_id]
            others.sort(key=lambda item: item[1].casefold())
            ok, target = ReassignDialog.ask(
                self,
                QCoreApplication.translate("SegmentsPage", "Segment in use"),
                QCoreApplication.translate(
                    "SegmentsPage",
                    "“{name}” is targeted by {campaigns} campaign(s) and {communications} "
                    "communication(s). Move them to another segment before deleting it:",
                )
                .replace("{name}", segment.name)
                .replace("{campaigns}", format_count(len(campaign_ids)))
                .replace("{communications}", format_count(len(comm_ids))),
                others,
                QCoreApplication.translate("SegmentsPage", "No segment (they stop targeting it)"),
            )
            if not ok:
                return

            def make():
                return planning.delete_segment(segment_id, reassign=True, reassign_to=target)

        else:
            if not confirm(
                self,
                QCoreApplication.translate("SegmentsPage", "Delete segment"),
                QCoreApplication.translate(
                    "SegmentsPage", "Delete the segment “{name}”? You can undo this."
                ).replace("{name}", segment.name),
            ):
                return

            def make():
                return planning.delete_segment(segment_id)

        text = QCoreApplication.translate("SegmentsPage", "Delete segment “{name}”").replace(
            "{name}", segment.name
        )
        # Through the planning service: reassigning and deleting are one edit (one undo
        # step), and results or feedback of the segment keep naming it as their group.
        edit = run_edit(self, self.session, text, make)
        if edit is not None and edit.warnings:
            inform(
                self,
                QCoreApplication.translate("SegmentsPage", "Segment deleted"),
                warnings_text(edit.warnings),
            )
