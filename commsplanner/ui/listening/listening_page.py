"""The Listening page: the ideas and feedback log, and the results (survey scores, KPIs).

*Feedback* lists what was heard through two-way channels, filtered by status, kind,
channel, campaign, segment and text, with the open items per campaign and per group beside
it; entries are added, edited, answered, marked acted on, deleted (all undoable) or
imported from a file. *Results* lists the measurements — values of groups below the
anonymity threshold are withheld — added by hand (also for one campaign) or imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    Changes,
    CommsPlannerError,
    EntityKind,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    Measurement,
)
from ...services.feedback_log import FeedbackFilter
from .. import messages
from ..session import WorkspaceSession
from .common import confirm, format_count, kind_label, set_combo_data, status_label
from .dialogs import AnswerDialog, FeedbackDialog, MeasurementDialog
from .import_wizard import FEEDBACK, MEASUREMENTS, ImportWizard
from .models import FB_TEXT, ID_ROLE, SORT_ROLE, FeedbackTableModel, MeasurementTableModel

_RELEVANT = (
    EntityKind.FEEDBACK,
    EntityKind.MEASUREMENT,
    EntityKind.CAMPAIGN,
    EntityKind.CHANNEL,
    EntityKind.SEGMENT,
    EntityKind.EMPLOYEE,
    EntityKind.SETTING,
)
OPEN = "open"
_STYLE = """
QLabel#listeningTitle { font-size: 16pt; font-weight: 700; color: #1F3A5F; }
QLabel#openHeading { font-weight: 600; color: #1F3A5F; }
QLabel#hiddenNote, QLabel#resultsNote { color: #6B7280; }
"""


def _table(model: Any, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    return view, proxy


def _fit_columns(view: QTableView, widest: int = 300) -> None:
    """Columns as wide as their content (from the first rows), within ``widest`` pixels."""
    header = view.horizontalHeader()
    for column in range(view.model().columnCount() - 1):
        view.resizeColumnToContents(column)
        header.resizeSection(column, min(header.sectionSize(column) + 12, widest))


class ListeningPage(QWidget):
    """The feedback log and the results of one workspace."""

    page_id = "listening"
    #: Dialogs, replaceable in tests.
    feedback_dialog: Callable[..., Feedback | None] = staticmethod(FeedbackDialog.ask)
    answer_dialog: Callable[..., str | None] = staticmethod(AnswerDialog.ask)
    measurement_dialog: Callable[..., Measurement | None] = staticmethod(MeasurementDialog.ask)
    import_wizard: Callable[..., Any] = staticmethod(ImportWizard.ask)
    confirm: Callable[[QWidget, str, str], bool] = staticmethod(confirm)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ListeningPage", "Listening")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/listening.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("listeningPage")
        self.session = session
        self.hub = session.hub
        self._fitted_feedback = self._fitted_results = False
        self._build()
        self.retranslate()
        self.reload()

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        self.setStyleSheet(_STYLE)
        self.title = QLabel()
        self.title.setObjectName("listeningTitle")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("listeningTabs")
        self.tabs.addTab(self._feedback_tab(), "")
        self.tabs.addTab(self._results_tab(), "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        QShortcut(QKeySequence.StandardKey.Delete, self, activated=self._delete_current)

    def _feedback_tab(self) -> QWidget:
        tab = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("feedbackSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload_feedback)
        self.search.setMinimumWidth(220)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem("", None)
        self.status_filter.addItem("", OPEN)
        for status in FeedbackStatus:
            self.status_filter.addItem("", status.value)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem("", None)
        for kind in FeedbackKind:
            self.kind_filter.addItem("", kind.value)
        self.channel_filter = QComboBox()
        self.channel_filter.setObjectName("channelFilter")
        self.campaign_filter = QComboBox()
        self.campaign_filter.setObjectName("campaignFilter")
        self.segment_filter = QComboBox()
        self.segment_filter.setObjectName("segmentFilter")
        for combo in (
            self.status_filter,
            self.kind_filter,
            self.channel_filter,
            self.campaign_filter,
            self.segment_filter,
        ):
            combo.currentIndexChanged.connect(self.reload_feedback)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (
            self.status_filter,
            self.kind_filter,
            self.channel_filter,
            self.campaign_filter,
            self.segment_filter,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        for combo in (
            self.status_filter,
            self.kind_filter,
            self.channel_filter,
            self.campaign_filter,
            self.segment_filter,
        ):
            filters.addWidget(combo, 1)

        self.feedback_model = FeedbackTableModel(self)
        self.feedback_view, self.feedback_proxy = _table(self.feedback_model, "feedbackTable")
        self.feedback_view.doubleClicked.connect(lambda _i: self.edit_feedback())
        self.feedback_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.feedback_view.setColumnWidth(FB_TEXT, 320)

        self.new_button = QPushButton()
        self.new_button.setObjectName("newFeedback")
        self.new_button.clicked.connect(self.new_feedback)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editFeedback")
        self.edit_button.clicked.connect(self.edit_feedback)
        self.answered_button = QPushButton()
        self.answered_button.setObjectName("markAnswered")
        self.answered_button.clicked.connect(lambda: self.mark(FeedbackStatus.ANSWERED))
        self.acted_button = QPushButton()
        self.acted_button.setObjectName("markActedOn")
        self.acted_button.clicked.connect(lambda: self.mark(FeedbackStatus.ACTED_ON))
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteFeedback")
        self.delete_button.clicked.connect(self.delete_feedback)
        self.import_feedback_button = QPushButton()
        self.import_feedback_button.setObjectName("importFeedback")
        self.import_feedback_button.clicked.connect(lambda: self.import_file(FEEDBACK))
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.answered_button,
            self.acted_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_feedback_button)
        self.feedback_count = QLabel()
        self.feedback_count.setObjectName("feedbackCount")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.feedback_view, 1)
        left_layout.addWidget(self.feedback_count)
        left_layout.addLayout(buttons)

        self.open_heading = QLabel()
        self.open_heading.setObjectName("openHeading")
        self.open_tree = QTreeWidget()
        self.open_tree.setObjectName("openItems")
        self.open_tree.setColumnCount(2)
        self.open_tree.setRootIsDecorated(True)
        self.open_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.open_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.open_tree.itemActivated.connect(self._open_item_activated)
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("hiddenNote")
        self.hidden_note.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.open_heading)
        right_layout.addWidget(self.open_tree, 1)
        right_layout.addWidget(self.hidden_note)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 340])
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter)
        return tab

    def _results_tab(self) -> QWidget:
        tab = QWidget()
        self.metric_filter = QComboBox()
        self.metric_filter.setObjectName("metricFilter")
        self.result_campaign_filter = QComboBox()
        self.result_campaign_filter.setObjectName("resultCampaignFilter")
        for combo in (self.metric_filter, self.result_campaign_filter):
            combo.currentIndexChanged.connect(self.reload_results)
        self.metric_label = QLabel()
        self.result_campaign_label = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.metric_label)
        filters.addWidget(self.metric_filter, 1)
        filters.addWidget(self.result_campaign_label)
        filters.addWidget(self.result_campaign_filter, 1)
        filters.addStretch(1)
        self.results_model = MeasurementTableModel(self)
        self.results_view, self.results_proxy = _table(self.results_model, "resultsTable")
        self.results_view.doubleClicked.connect(lambda _i: self.edit_result())
        self.results_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_result_button = QPushButton()
        self.add_result_button.setObjectName("addResult")
        self.add_result_button.clicked.connect(lambda: self.add_result())
        self.edit_result_button = QPushButton()
        self.edit_result_button.setObjectName("editResult")
        self.edit_result_button.clicked.connect(self.edit_result)
        self.delete_result_button = QPushButton()
        self.delete_result_button.setObjectName("deleteResult")
        self.delete_result_button.clicked.connect(self.delete_results)
        self.import_results_button = QPushButton()
        self.import_results_button.setObjectName("importResults")
        self.import_results_button.clicked.connect(lambda: self.import_file(MEASUREMENTS))
        buttons = QHBoxLayout()
        for button in (self.add_result_button, self.edit_result_button, self.delete_result_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_results_button)
        self.results_note = QLabel()
        self.results_note.setObjectName("resultsNote")
        self.results_note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.results_view, 1)
        layout.addWidget(self.results_note)
        layout.addLayout(buttons)
        return tab

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.title.setText(self.tr("Listening"))
        self.tabs.setTabText(0, self.tr("Ideas and feedback"))
        self.tabs.setTabText(1, self.tr("Results"))
        self.search.setPlaceholderText(self.tr("Search text, answers and tags"))
        self.status_filter.setItemText(0, self.tr("Any status"))
        self.status_filter.setItemText(1, self.tr("Waiting for an answer"))
        for i, status in enumerate(FeedbackStatus, start=2):
            self.status_filter.setItemText(i, status_label(status))
        self.kind_filter.setItemText(0, self.tr("Any kind"))
        for i, kind in enumerate(FeedbackKind, start=1):
            self.kind_filter.setItemText(i, kind_label(kind))
        self.new_button.setText(self.tr("New entry…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.answered_button.setText(self.tr("Mark answered…"))
        self.acted_button.setText(self.tr("Mark acted on…"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_feedback_button.setText(self.tr("Import from a file…"))
        self.open_heading.setText(self.tr("Waiting for an answer"))
        self.open_tree.setHeaderLabels([self.tr("Where"), self.tr("Open")])
        self.metric_label.setText(self.tr("Metric"))
        self.result_campaign_label.setText(self.tr("Campaign"))
        self.add_result_button.setText(self.tr("Add result…"))
        self.edit_result_button.setText(self.tr("Edit…"))
        self.delete_result_button.setText(self.tr("Delete"))
        self.import_results_button.setText(self.tr("Import results…"))
        self.feedback_model.retranslate()
        self.results_model.retranslate()
        self._fill_filters()
        self.reload()

    # ------------------------------------------------------------------ loading
    def _fill_filters(self) -> None:
        hub = self.hub
        channels = [(c.id, c.name) for c in hub.calendar.channels()]
        campaigns = hub.measurements_import.campaigns()
        segments = [(s.id, s.name) for s in hub.segmentation.list_segments()]
        metrics = hub.measurements_import.metrics()
        for combo, items, any_text in (
            (self.channel_filter, channels, self.tr("Any channel")),
            (self.campaign_filter, campaigns, self.tr("Any campaign")),
            (self.segment_filter, segments, self.tr("Any segment")),
            (self.result_campaign_filter, campaigns, self.tr("Any campaign")),
            (self.metric_filter, [(m, m) for m in metrics], self.tr("Every metric")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for data, text in items:
                combo.addItem(text, data)
            set_combo_data(combo, current)
            combo.blockSignals(False)

    def reload(self) -> None:
        self.reload_feedback()
        self.reload_results()

    def feedback_filter(self) -> FeedbackFilter:
        status = self.status_filter.currentData()
        statuses = None
        if status == OPEN:
            statuses = frozenset({FeedbackStatus.NEW})
        elif status:
            statuses = frozenset({FeedbackStatus(status)})
        kind = self.kind_filter.currentData()
        return FeedbackFilter(
            statuses=statuses,
            campaign_id=self.campaign_filter.currentData(),
            segment_id=self.segment_filter.currentData(),
            channel_id=self.channel_filter.currentData(),
            kind=FeedbackKind(kind) if kind else None,
            text=self.search.text(),
        )

    def reload_feedback(self) -> None:
        service = self.hub.feedback
        selected = set(self.selected_feedback_ids())
        entries = service.list(self.feedback_filter())
        channels = {c.id: c.name for c in self.hub.calendar.channels()}
        campaigns = dict(self.hub.measurements_import.campaigns())
        self.feedback_model.set_entries(entries, channels, campaigns, service.group_label)
        self._select(self.feedback_view, self.feedback_proxy, selected)
        if not self._fitted_feedback and entries:
            _fit_columns(self.feedback_view)
            self._fitted_feedback = True
        total = service.count()
        self.feedback_count.setText(
            self.tr("{shown} of {total} entries")
            .replace("{shown}", format_count(len(entries)))
            .replace("{total}", format_count(total))
        )
        self._fill_open_items()
        self._update_buttons()

    def _fill_open_items(self) -> None:
        items = self.hub.feedback.open_items()
        self.open_tree.clear()
        by_campaign = QTreeWidgetItem([self.tr("By campaign"), format_count(items.total)])
        for entry in items.by_campaign:
            child = QTreeWidgetItem([entry.label, format_count(entry.count)])
            child.setData(0, Qt.ItemDataRole.UserRole, ("campaign", entry.campaign_id))
            by_campaign.addChild(child)
        if items.without_campaign:
            by_campaign.addChild(
                QTreeWidgetItem([self.tr("(no campaign)"), format_count(items.without_campaign)])
            )
        by_group = QTreeWidgetItem([self.tr("By segment or group"), format_count(items.total)])
        for entry in items.by_group:
            label = entry.group.text(QCoreApplication.translate) if entry.group else entry.label
            child = QTreeWidgetItem([label, format_count(entry.count)])
            if entry.group is not None and entry.group.segment_id is not None:
                child.setData(0, Qt.ItemDataRole.UserRole, ("segment", entry.group.segment_id))
            by_group.addChild(child)
        if items.hidden_count:
            by_group.addChild(
                QTreeWidgetItem(
                    [self.tr("Small groups (not named)"), format_count(items.hidden_count)]
                )
            )
        for top in (by_campaign, by_group):
            self.open_tree.addTopLevelItem(top)
            top.setExpanded(True)
        threshold = self.hub.workspace_info.settings().anonymity_threshold
        self.hidden_note.setText(
            self.tr(
                "Groups of fewer than {threshold} people are only counted together, never named."
            ).replace("{threshold}", format_count(threshold))
        )

    def _open_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, value = data
        set_combo_data(self.status_filter, OPEN)
        if kind == "campaign":
            set_combo_data(self.campaign_filter, value)
        else:
            set_combo_data(self.segment_filter, value)

    def reload_results(self) -> None:
        selected = set(self.selected_result_ids())
        rows = self.hub.measurements_import.rows(
            metric=self.metric_filter.currentData(),
            campaign_id=self.result_campaign_filter.currentData(),
        )
        self.results_model.set_rows(rows)
        self._select(self.results_view, self.results_proxy, selected)
        if not self._fitted_results and rows:
            _fit_columns(self.results_view)
            self._fitted_results = True
        withheld = sum(1 for r in rows if r.withheld)
        note = self.tr("{count} results").replace("{count}", format_count(len(rows)))
        if withheld:
            note += " · " + self.tr(
                "{count} withheld: their group is below the anonymity threshold."
            ).replace("{count}", format_count(withheld))
        self.results_note.setText(note)
        self._update_buttons()

    def refresh(self, changes: Changes) -> None:
        if not changes.touches(*_RELEVANT):
            return
        if changes.touches(EntityKind.CAMPAIGN, EntityKind.CHANNEL, EntityKind.SEGMENT) or (
            changes.touches(EntityKind.MEASUREMENT)
        ):
            self._fill_filters()
        self.reload()

    # ------------------------------------------------------------------ selection
    @staticmethod
    def _selected_ids(view: QTableView) -> list[int]:
        rows = view.selectionModel().selectedRows() if view.selectionModel() else []
        return [int(index.data(ID_ROLE)) for index in rows if index.data(ID_ROLE) is not None]

    def selected_feedback_ids(self) -> list[int]:
        return self._selected_ids(self.feedback_view)

    def selected_result_ids(self) -> list[int]:
        return self._selected_ids(self.results_view)

    def _select(self, view: QTableView, proxy: QSortFilterProxyModel, ids: set[int]) -> None:
        if not ids:
            return
        selection = view.selectionModel()
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def select_feedback(self, feedback_id: int) -> None:
        self.feedback_view.clearSelection()
        self._select(self.feedback_view, self.feedback_proxy, {feedback_id})

    def select_result(self, measurement_id: int) -> None:
        self.results_view.clearSelection()
        self._select(self.results_view, self.results_proxy, {measurement_id})

    def _update_buttons(self) -> None:
        writable = not self.session.read_only
        one = len(self.selected_feedback_ids()) == 1
        some = bool(self.selected_feedback_ids())
        self.new_button.setEnabled(writable)
        self.import_feedback_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and one)
        self.answered_button.setEnabled(writable and one)
        self.acted_button.setEnabled(writable and one)
        self.delete_button.setEnabled(writable and some)
        results = self.selected_result_ids()
        self.add_result_button.setEnabled(writable)
        self.import_results_button.setEnabled(writable)
        self.edit_result_button.setEnabled(writable and len(results) == 1)
        self.delete_result_button.setEnabled(writable and bool(results))

    def _delete_current(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.delete_feedback()
        else:
            self.delete_results()

    # ------------------------------------------------------------------ edits
    def _execute(self, text: str, redo: Callable[[], Changes], undo: Callable[[], Changes]):
        try:
            return self.session.execute(text, redo, undo)
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return None

    def new_feedback(self) -> int | None:
        entry = self.feedback_dialog(self, self.hub)
        if entry is None:
            return None
        service = self.hub.feedback
        state: dict[str, Feedback] = {}

        def redo() -> Changes:
            if "stored" in state:
                return service.restore(state["stored"])
            changes = service.add(entry)
            state["stored"] = service.get(max(changes.added[EntityKind.FEEDBACK]))
            return changes

        def undo() -> Changes:
            return service.delete(state["stored"].id)  # type: ignore[arg-type]

        if self._execute(self.tr("New feedback entry"), redo, undo) is None:
            return None
        self.select_feedback(state["stored"].id)  # type: ignore[arg-type]
        return state["stored"].id

    def _current_entry(self) -> Feedback | None:
        ids = self.selected_feedback_ids()
        return self.hub.feedback.get(ids[0]) if len(ids) == 1 else None

    def edit_feedback(self) -> bool:
        old = self._current_entry()
        if old is None:
            return False
        new = self.feedback_dialog(self, self.hub, old)
        if new is None or new == old:
            return False
        service = self.hub.feedback
        return (
            self._execute(
                self.tr("Edit feedback entry"),
                lambda: service.update(new),
                lambda: service.update(old),
            )
            is not None
        )

    def mark(self, status: FeedbackStatus) -> bool:
        old = self._current_entry()
        if old is None:
            return False
        response = self.answer_dialog(self, old, status)
        if response is None:
            return False
        service = self.hub.feedback
        text = (
            self.tr("Mark as acted on")
            if status is FeedbackStatus.ACTED_ON
            else self.tr("Mark as answered")
        )
        return (
            self._execute(
                text,
                lambda: service.set_status(old.id, status, response),  # type: ignore[arg-type]
                lambda: service.update(old),
            )
            is not None
        )

    def delete_feedback(self) -> bool:
        ids = self.selected_feedback_ids()
        if not ids:
            return False
        if not self.confirm(
            self,
            self.tr("Delete feedback"),
            self.tr("Delete {count} feedback entries? You can undo this.").replace(
                "{count}", format_count(len(ids))
            ),
        ):
            return False
        service = self.hub.feedback
        removed: list[Feedback] = []

        def redo() -> Changes:
            changes, gone = service.delete_many(ids)
            removed[:] = gone
            return changes

        return (
            self._execute(
                self.tr("Delete feedback"), redo, lambda: service.restore_many(list(removed))
            )
            is not None
        )

    def add_result(self, campaign_id: int | None = None) -> int | None:
        """Records one result by hand, for ``campaign_id`` (default: the campaign filter)."""
        if campaign_id is None:
            campaign_id = self.result_campaign_filter.currentData()
        measurement = self.measurement_dialog(self, self.hub, campaign_id=campaign_id)
        if measurement is None:
            return None
        service = self.hub.measurements_import
        state: dict[str, Measurement] = {}

        def redo() -> Changes:
            if "stored" in state:
                return service.restore_many([state["stored"]])
            changes = service.add(measurement)
            state["stored"] = service.get(max(changes.added[EntityKind.MEASUREMENT]))
            return changes

        def undo() -> Changes:
            return service.delete_many([state["stored"].id])[0]  # type: ignore[list-item]

        if self._execute(self.tr("Record result"), redo, undo) is None:
            return None
        self.tabs.setCurrentIndex(1)
        self.select_result(state["stored"].id)  # type: ignore[arg-type]
        return state["stored"].id

    def edit_result(self) -> bool:
        ids = self.selected_result_ids()
        if len(ids) != 1:
            return False
        service = self.hub.measurements_import
        old = service.get(ids[0])
        new = self.measurement_dialog(self, self.hub, old)
        if new is None or new == old:
            return False
        return (
            self._execute(
                self.tr("Edit result"), lambda: service.update(new), lambda: service.update(old)
            )
            is not None
        )

    def delete_results(self) -> bool:
        ids = self.selected_result_ids()
        if not ids:
            return False
        if not self.confirm(
            self,
            self.tr("Delete results"),
            self.tr("Delete {count} results? You can undo this.").replace(
                "{count}", format_count(len(ids))
            ),
        ):
            return False
        service = self.hub.measurements_import
        removed: list[Measurement] = []

        def redo() -> Changes:
            changes, gone = service.delete_many(ids)
            removed[:] = gone
            return changes

        return (
            self._execute(
                self.tr("Delete results"), redo, lambda: service.restore_many(list(removed))
            )
            is not None
        )

    def import_file(self, kind: str, campaign_id: int | None = None) -> Any:
        """Runs the import wizard; the page refreshes from the changes it reports."""
        return self.import_wizard(self, self.session, kind, campaign_id)
