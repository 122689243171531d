"""The campaign editor: details, status workflow, communications and history of one campaign."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QSize,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    Campaign,
    CommsPlannerError,
    Communication,
    EntityKind,
    Priority,
    Status,
)
from ...services.planning import PlanEdit
from .. import messages
from ..listening.common import format_number, group_text
from ..listening.dialogs import enter_campaign_result
from ..session import WorkspaceSession
from .common import (
    ColourButton,
    OptionalDateEdit,
    WarningLabel,
    fit_columns,
    format_count,
    format_date,
    format_datetime,
    priority_label,
    remembered_person,
    run_edit,
    status_label,
    swatch_icon,
    translate,
    warnings_text,
)
from .communication_dialog import CommunicationDialog
from .dialogs import StatusDialog
from .models import (
    ID_ROLE,
    SORT_ROLE,
    CheckListModel,
    CommunicationsModel,
    PlanLookups,
    ValueWeightsModel,
)

_PALETTE = ("#f58518", "#4c78a8", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#9d755d")


def transition_label(current: Status, target: Status) -> str:
    """What the button that moves ``current`` to ``target`` says."""
    if target is Status.DRAFT:
        if current is Status.IDEA:
            return translate("CampaignEditor", "Start drafting")
        if current is Status.CANCELLED:
            return translate("CampaignEditor", "Reopen as draft")
        return translate("CampaignEditor", "Back to draft")
    if target is Status.APPROVED:
        return (
            translate("CampaignEditor", "Approve…")
            if current is Status.IN_REVIEW
            else translate("CampaignEditor", "Unschedule")
        )
    return {
        Status.IDEA: translate("CampaignEditor", "Back to idea"),
        Status.IN_REVIEW: translate("CampaignEditor", "Send for review"),
        Status.SCHEDULED: translate("CampaignEditor", "Schedule"),
        Status.LIVE: translate("CampaignEditor", "Go live"),
        Status.DONE: translate("CampaignEditor", "Mark as done"),
        Status.CANCELLED: translate("CampaignEditor", "Cancel campaign…"),
    }[target]


class CampaignEditor(QWidget):
    """Edits one campaign (or a new one); empty when none is chosen."""

    #: A campaign was created; its id.
    created = Signal(int)

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = session.hub
        self.planning = session.hub.planning
        self.campaign_id: int | None = None
        self.is_new = False
        self.loaded: Campaign | None = None
        self.lookups = PlanLookups()
        self._filling = False

        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.body = QWidget()
        self.stack.addWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._build_header()
        self._build_details()
        self._build_communications()
        self._build_history()
        self._build_results()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details_scroll, "")
        self.tabs.addTab(self.comms_tab, "")
        self.tabs.addTab(self.history_tab, "")
        self.tabs.addTab(self.results_tab, "")
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(self.header)
        body_layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.show_campaign(None)

    # ================================================================== building
    def _build_header(self) -> None:
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.status_chip = QLabel()
        self.status_chip.setStyleSheet(
            "QLabel { border: 1px solid palette(mid); border-radius: 8px; padding: 2px 8px; }"
        )
        self.workflow_row = QHBoxLayout()
        self.workflow_row.setSpacing(4)
        self.workflow_buttons: dict[Status, QPushButton] = {}
        # Results (survey scores, reach, clicks) arrive after a campaign ran; they are
        # typed in from here as well as from the Listening page.
        self.record_result_button = QPushButton()
        self.record_result_button.setObjectName("recordResult")
        self.record_result_button.clicked.connect(self.record_result)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        top.addWidget(self.record_result_button)
        self.header = QVBoxLayout()
        self.header.addLayout(top)
        row = QHBoxLayout()
        self.workflow_label = QLabel()
        row.addWidget(self.workflow_label)
        row.addLayout(self.workflow_row)
        row.addStretch(1)
        self.header.addLayout(row)

    def _build_details(self) -> None:
        self.name_edit = QLineEdit()
        self.objective_edit = QPlainTextEdit()
        self.objective_edit.setFixedHeight(60)
        self.messages_model = QStringListModel(self)
        self.messages_view = QListView()
        self.messages_view.setModel(self.messages_model)
        self.messages_view.setFixedHeight(96)
        self.messages_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.message_edit = QLineEdit()
        self.add_message_button = QPushButton()
        self.remove_message_button = QPushButton()
        self.message_up_button = QPushButton("↑")
        self.message_down_button = QPushButton("↓")
        for button in (self.message_up_button, self.message_down_button):
            button.setFixedWidth(32)
        self.add_message_button.clicked.connect(self.add_key_message)
        self.message_edit.returnPressed.connect(self.add_key_message)
        self.remove_message_button.clicked.connect(self.remove_key_message)
        self.message_up_button.clicked.connect(lambda: self.move_key_message(-1))
        self.message_down_button.clicked.connect(lambda: self.move_key_message(1))
        messages_box = QVBoxLayout()
        messages_box.addWidget(self.messages_view)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message_edit, 1)
        message_row.addWidget(self.add_message_button)
        message_row.addWidget(self.remove_message_button)
        message_row.addWidget(self.message_up_button)
        message_row.addWidget(self.message_down_button)
        messages_box.addLayout(message_row)

        self.goals_model = CheckListModel(self)
        self.goals_view = QListView()
        self.goals_view.setModel(self.goals_model)
        self.values_model = ValueWeightsModel(self)
        self.values_view = QTableView()
        self.values_view.setModel(self.values_model)
        self.values_view.verticalHeader().hide()
        self.values_view.verticalHeader().setDefaultSectionSize(22)
        self.values_view.setIconSize(QSize(14, 14))
        self.values_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.values_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.values_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.segments_model = CheckListModel(self)
        self.segments_view = QListView()
        self.segments_view.setModel(self.segments_model)
        self.reach_label = QLabel()
        self.reach_label.setWordWrap(True)
        self.segments_model.checks_changed.connect(self._update_reach)

        self.owner_combo = QComboBox()
        self.owner_combo.setEditable(True)
        self.priority_combo = QComboBox()
        for priority in Priority:
            self.priority_combo.addItem("", priority.value)
        self.start_edit = OptionalDateEdit()
        self.end_edit = OptionalDateEdit()
        self.colour_button = ColourButton(_PALETTE[0])
        self.colour_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(60)

        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        self.warning = WarningLabel()

        left = QFormLayout()
        right = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}

        def row(form: QFormLayout, key: str, field: Any) -> None:
            label = QLabel()
            self.detail_labels[key] = label
            form.addRow(label, field)

        row(left, "name", self.name_edit)
        row(left, "objective", self.objective_edit)
        row(left, "messages", messages_box)
        row(left, "notes", self.notes_edit)
        row(right, "owner", self.owner_combo)
        row(right, "priority", self.priority_combo)
        row(right, "start", self.start_edit)
        row(right, "end", self.end_edit)
        row(right, "colour", self.colour_button)

        # The three pickers side by side under the fields, each with its title above.
        pickers = QGridLayout()
        segments_box = QVBoxLayout()
        segments_box.addWidget(self.segments_view)
        segments_box.addWidget(self.reach_label)
        for column, (key, field) in enumerate(
            (("goals", self.goals_view), ("values", self.values_view), ("segments", segments_box))
        ):
            label = QLabel()
            self.detail_labels[key] = label
            pickers.addWidget(label, 0, column)
            if isinstance(field, QWidget):
                pickers.addWidget(field, 1, column)
            else:
                pickers.addLayout(field, 1, column)
            pickers.setColumnStretch(column, 1)
        for view in (self.goals_view, self.segments_view):
            view.setIconSize(QSize(14, 14))
            view.setFixedHeight(150)
        self.values_view.setFixedHeight(150)

        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.warning, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.revert_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(grid)
        details_layout.addLayout(pickers)
        details_layout.addLayout(buttons)
        details_layout.addStretch(1)
        self.details_scroll = QScrollArea()
        self.details_scroll.setWidgetResizable(True)
        self.details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.details_scroll.setWidget(details)

    def _build_communications(self) -> None:
        self.comms_model = CommunicationsModel(self)
        self.comms_proxy = QSortFilterProxyModel(self)
        self.comms_proxy.setSourceModel(self.comms_model)
        self.comms_proxy.setSortRole(SORT_ROLE)
        self.comms_view = QTableView()
        self.comms_view.setModel(self.comms_proxy)
        self.comms_view.setSortingEnabled(True)
        self.comms_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.comms_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.comms_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.comms_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comms_view.verticalHeader().hide()
        self.comms_view.setAlternatingRowColors(True)
        self.comms_view.setWordWrap(False)
        header = self.comms_view.horizontalHeader()
        header.setStretchLastSection(True)
        self._comms_sized = False
        self.comms_view.doubleClicked.connect(lambda _: self.edit_communication())
        self.new_comm_button = QPushButton()
        self.edit_comm_button = QPushButton()
        self.delete_comm_button = QPushButton()
        self.new_comm_button.clicked.connect(self.add_communication)
        self.edit_comm_button.clicked.connect(self.edit_communication)
        self.delete_comm_button.clicked.connect(self.delete_communication)
        self.comms_warning = WarningLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_comm_button)
        buttons.addWidget(self.edit_comm_button)
        buttons.addWidget(self.delete_comm_button)
        buttons.addStretch(1)
        self.comms_tab = QWidget()
        layout = QVBoxLayout(self.comms_tab)
        layout.addWidget(self.comms_view, 1)
        layout.addWidget(self.comms_warning)
        layout.addLayout(buttons)

    def _build_history(self) -> None:
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history_tab = QWidget()
        layout = QVBoxLayout(self.history_tab)
        layout.addWidget(self.history)

    def _build_results(self) -> None:
        self.results = QTreeWidget()
        self.results.setObjectName("campaignResults")
        self.results.setRootIsDecorated(False)
        self.results.setAlternatingRowColors(True)
        self.results_note = QLabel()
        self.results_note.setWordWrap(True)
        self.results_tab = QWidget()
        layout = QVBoxLayout(self.results_tab)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.results_note)

    # ================================================================== texts
    def retranslate(self) -> None:
        self.placeholder.setText(
            translate(
                "CampaignEditor",
                "Choose a campaign in the list, or create one (from scratch or from a template).",
            )
        )
        self.tabs.setTabText(0, translate("CampaignEditor", "Details"))
        self.tabs.setTabText(2, translate("CampaignEditor", "History"))
        self.record_result_button.setText(translate("CampaignEditor", "Record result…"))
        self.record_result_button.setToolTip(
            translate("CampaignEditor", "Type in a result of this campaign (a score, a rate…)")
        )
        self.results.setHeaderLabels(
            [
                translate("CampaignEditor", "Date"),
                translate("CampaignEditor", "Metric"),
                translate("CampaignEditor", "Value"),
                translate("CampaignEditor", "Group"),
                translate("CampaignEditor", "Respondents"),
            ]
        )
        labels = {
            "name": translate("CampaignEditor", "Name"),
            "objective": translate("CampaignEditor", "Objective"),
            "messages": translate("CampaignEditor", "Key messages"),
            "owner": translate("CampaignEditor", "Owner"),
            "priority": translate("CampaignEditor", "Priority"),
            "start": translate("CampaignEditor", "Start"),
            "end": translate("CampaignEditor", "End"),
            "colour": translate("CampaignEditor", "Colour"),
            "notes": translate("CampaignEditor", "Notes"),
            "goals": translate("CampaignEditor", "Goals served"),
            "values": translate("CampaignEditor", "Values promoted"),
            "segments": translate("CampaignEditor", "Target segments"),
        }
        for key, label in self.detail_labels.items():
            label.setText(labels[key])
        self.message_edit.setPlaceholderText(
            translate("CampaignEditor", "A key message, in one sentence")
        )
        self.add_message_button.setText(translate("CampaignEditor", "Add"))
        self.remove_message_button.setText(translate("CampaignEditor", "Remove"))
        self.message_up_button.setToolTip(translate("CampaignEditor", "Move up"))
        self.message_down_button.setToolTip(translate("CampaignEditor", "Move down"))
        self.values_view.setToolTip(
            translate(
                "CampaignEditor",
                "Tick the values the campaign promotes; tick “Primary” for its main ones.",
            )
        )
        self.start_edit.set_label(translate("CampaignEditor", "Set"))
        self.end_edit.set_label(translate("CampaignEditor", "Set"))
        for index in range(self.priority_combo.count()):
            self.priority_combo.setItemText(
                index, priority_label(self.priority_combo.itemData(index))
            )
        self.save_button.setText(translate("CampaignEditor", "Save"))
        self.revert_button.setText(translate("CampaignEditor", "Revert"))
        self.workflow_label.setText(translate("CampaignEditor", "Workflow:"))
        self.new_comm_button.setText(translate("CampaignEditor", "New communication…"))
        self.edit_comm_button.setText(translate("CampaignEditor", "Edit…"))
        self.delete_comm_button.setText(translate("CampaignEditor", "Delete"))
        self.history.setHeaderLabels(
            [
                translate("CampaignEditor", "When"),
                translate("CampaignEditor", "What"),
                translate("CampaignEditor", "Who"),
                translate("CampaignEditor", "Comment"),
            ]
        )
        self.history.setColumnWidth(0, 130)
        self.history.setColumnWidth(1, 330)
        self.history.setColumnWidth(2, 140)
        self.comms_model.retranslate()
        self.values_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self._refresh_header()

    # ================================================================== showing
    def set_lookups(self, lookups: PlanLookups) -> None:
        self.lookups = lookups

    def show_campaign(self, campaign_id: int | None) -> None:
        """Shows a stored campaign (None: nothing)."""
        self.is_new = False
        self.campaign_id = campaign_id
        campaign = self.planning.find_campaign(campaign_id) if campaign_id is not None else None
        if campaign is None:
            self.campaign_id = None
            self.loaded = None
            self.stack.setCurrentWidget(self.placeholder)
            return
        self.loaded = campaign
        self.stack.setCurrentWidget(self.body)
        self._fill(campaign)
        self._refresh_related()

    def start_new(self) -> None:
        """An empty campaign, saved as new."""
        self.is_new = True
        self.campaign_id = None
        count = len(self.lookups.counts) + len(self.planning.campaigns())
        self.loaded = Campaign("", status=Status.IDEA, colour=_PALETTE[count % len(_PALETTE)])
        self.stack.setCurrentWidget(self.body)
        self.tabs.setCurrentIndex(0)
        self._fill(self.loaded)
        self._refresh_related()
        self.name_edit.setFocus()

    def reload(self) -> None:
        """After an edit anywhere: reread the campaign, keeping what the user is typing."""
        if self.is_new:
            dirty = self.is_dirty()
            form = self.read_form() if dirty else None
            self._fill_lists(self.loaded)  # type: ignore[arg-type]
            if form is not None:
                self._fill_lists(form)
            self._refresh_related()
            return
        if self.campaign_id is None:
            return
        stored = self.planning.find_campaign(self.campaign_id)
        if stored is None:
            self.show_campaign(None)
            return
        if self.is_dirty():
            keep = self.read_form()
            self.loaded = stored
            self._fill_lists(keep)
        else:
            self.loaded = stored
            self._fill(stored)
        self._refresh_related()

    def _fill(self, campaign: Campaign) -> None:
        self._filling = True
        try:
            self.name_edit.setText(campaign.name)
            self.objective_edit.setPlainText(campaign.objective)
            self.messages_model.setStringList(list(campaign.key_messages))
            self.owner_combo.clear()
            self.owner_combo.addItems(self.planning.owners())
            self.owner_combo.setCurrentText(campaign.owner)
            self.priority_combo.setCurrentIndex(
                max(self.priority_combo.findData(campaign.priority.value), 0)
            )
            self.start_edit.set_value(campaign.start)
            self.end_edit.set_value(campaign.end)
            self.colour_button.set_colour(campaign.colour)
            self.notes_edit.setPlainText(campaign.notes)
            self._fill_lists(campaign)
            self.warning.show_warnings([])
        finally:
            self._filling = False

    def _fill_lists(self, campaign: Campaign) -> None:
        lookups = self.lookups
        self.goals_model.set_rows(
            ((g.id, g.name, g.description or None, None) for g in lookups.goals.values()),
            campaign.goal_ids,
        )
        self.values_model.set_values(
            sorted(lookups.values.values(), key=lambda v: (v.position, v.id)),
            campaign.value_weights,
        )
        self.segments_model.set_rows(
            (
                (
                    s.id,
                    translate("CampaignEditor", "{name} — {size} people")
                    .replace("{name}", s.name)
                    .replace("{size}", format_count(lookups.sizes.get(s.id, 0))),
                    s.description or None,
                    swatch_icon(s.colour),
                )
                for s in lookups.segments.values()
            ),
            campaign.segment_ids,
        )
        self._update_reach()

    def _update_reach(self) -> None:
        ids = self.segments_model.checked_ids()
        if not ids:
            self.reach_label.setText(translate("CampaignEditor", "No segment chosen yet."))
            return
        try:
            segmentation = self.hub.segmentation
            total = segmentation.organisation_size()
            reached = total - int(segmentation.unreached(ids).size)
        except (CommsPlannerError, KeyError, LookupError):
            self.reach_label.setText("")
            return
        share = f"{100 * reached / total:.0f}" if total else "0"
        self.reach_label.setText(
            translate(
                "CampaignEditor",
                "Together they reach {count} people ({share} % of the organisation).",
            )
            .replace("{count}", format_count(reached))
            .replace("{share}", share)
        )

    def _refresh_related(self) -> None:
        self._refresh_header()
        self._refresh_communications()
        self._refresh_history()
        self.refresh_results()

    def _refresh_header(self) -> None:
        for button in self.workflow_buttons.values():
            self.workflow_row.removeWidget(button)
            button.deleteLater()
        self.workflow_buttons = {}
        campaign = self.loaded
        if campaign is None:
            return
        if self.is_new:
            self.title_label.setText(translate("CampaignEditor", "New campaign"))
            self.status_chip.setText(status_label(campaign.status))
            self.workflow_label.setVisible(False)
            self.record_result_button.setVisible(False)
            self.tabs.setTabEnabled(1, False)
            self.tabs.setTabEnabled(2, False)
            self.tabs.setTabEnabled(3, False)
            self.tabs.setTabText(3, translate("CampaignEditor", "Results"))
            self.tabs.setTabText(1, translate("CampaignEditor", "Communications"))
            return
        self.title_label.setText(campaign.name)
        self.status_chip.setText(status_label(campaign.status))
        targets = self.planning.allowed_statuses(campaign.status)
        self.workflow_label.setVisible(bool(targets))
        for target in targets:
            button = QPushButton(transition_label(campaign.status, target))
            button.setProperty("target_status", target.value)
            button.clicked.connect(lambda _=False, t=target: self.change_status(t))
            self.workflow_row.addWidget(button)
            self.workflow_buttons[target] = button
        self.record_result_button.setVisible(True)
        self.tabs.setTabEnabled(1, True)
        self.tabs.setTabEnabled(2, True)
        self.tabs.setTabEnabled(3, True)

    def _refresh_communications(self) -> None:
        if self.is_new or self.campaign_id is None:
            self.comms_model.set_communications([], self.lookups)
            self.comms_warning.show_warnings([])
            return
        comms = self.planning.communications(self.campaign_id)
        self.comms_model.set_communications(comms, self.lookups)
        if not self._comms_sized and comms:
            fit_columns(self.comms_view, 240)
            self._comms_sized = True
        self.tabs.setTabText(
            1,
            translate("CampaignEditor", "Communications ({count})").replace(
                "{count}", format_count(len(comms))
            ),
        )
        self.comms_warning.show_warnings(self.planning.campaign_warnings(self.campaign_id))

    def _refresh_history(self) -> None:
        self.history.clear()
        if self.is_new or self.campaign_id is None:
            return
        entries = [
            (record, None)
            for record in self.planning.status_history(EntityKind.CAMPAIGN, self.campaign_id)
        ]
        for comm in self.comms_model.items():
            entries.extend(
                (record, comm)
                for record in self.planning.status_history(EntityKind.COMMUNICATION, comm.id)
            )
        entries.sort(key=lambda e: (e[0].at, e[0].id or 0), reverse=True)
        for record, comm in entries:
            if record.from_status is None:
                what = translate("CampaignEditor", "Created as {status}").replace(
                    "{status}", status_label(record.to_status)
                )
            else:
                what = f"{status_label(record.from_status)} → {status_label(record.to_status)}"
            if comm is not None:
                what = f"“{comm.title}”: {what}"
            item = QTreeWidgetItem([format_datetime(record.at), what, record.who, record.comment])
            item.setToolTip(3, record.comment)
            self.history.addTopLevelItem(item)

    def refresh_results(self) -> None:
        """The campaign's recorded results, newest first; values of groups below the
        anonymity threshold come withheld from the service and stay so here."""
        self.results.clear()
        if self.is_new or self.campaign_id is None:
            self.results_note.setText("")
            return
        rows = self.hub.measurements_import.rows(campaign_id=self.campaign_id)
        withheld_text = translate("CampaignEditor", "withheld")
        for row in rows:
            respondents = "" if row.respondents is None else format_count(row.respondents)
            value = withheld_text if row.withheld else format_number(row.value)
            item = QTreeWidgetItem(
                [format_date(row.date), row.metric, value, group_text(row.group), respondents]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            if row.source:
                item.setToolTip(1, row.source)
            self.results.addTopLevelItem(item)
        for column in range(self.results.columnCount() - 1):
            self.results.resizeColumnToContents(column)
        self.tabs.setTabText(
            3,
            translate("CampaignEditor", "Results ({count})").replace(
                "{count}", format_count(len(rows))
            ),
        )
        if not rows:
            note = translate(
                "CampaignEditor",
                "No results recorded for this campaign yet. Use “Record result…” or import "
                "them on the Listening page.",
            )
        else:
            note = translate("CampaignEditor", "{count} result(s) recorded.").replace(
                "{count}", format_count(len(rows))
            )
            withheld = sum(1 for r in rows if r.withheld)
            if withheld:
                note += " " + translate(
                    "CampaignEditor",
                    "{count} withheld: their group is below the anonymity threshold.",
                ).replace("{count}", format_count(withheld))
        self.results_note.setText(note)

    def record_result(self) -> bool:
        """Asks for one result of this campaign and records it (one undoable step)."""
        if self.is_new or self.campaign_id is None:
            return False
        recorded = enter_campaign_result(self, self.session, self.campaign_id)
        if recorded:
            self.refresh_results()
            self.tabs.setCurrentWidget(self.results_tab)
        return recorded

    # ================================================================== key messages
    def add_key_message(self) -> None:
        text = self.message_edit.text().strip()
        if not text:
            return
        row = self.messages_model.rowCount()
        self.messages_model.insertRows(row, 1)
        self.messages_model.setData(self.messages_model.index(row), text)
        self.message_edit.clear()

    def _selected_message_row(self) -> int:
        index = self.messages_view.currentIndex()
        return index.row() if index.isValid() else -1

    def remove_key_message(self) -> None:
        row = self._selected_message_row()
        if row >= 0:
            self.messages_model.removeRows(row, 1)

    def move_key_message(self, offset: int) -> None:
        row = self._selected_message_row()
        target = row + offset
        if row < 0 or not 0 <= target < self.messages_model.rowCount():
            return
        items = self.messages_model.stringList()
        items.insert(target, items.pop(row))
        self.messages_model.setStringList(items)
        self.messages_view.setCurrentIndex(self.messages_model.index(target))

    # ================================================================== saving
    def read_form(self) -> Campaign:
        base = self.loaded or Campaign("")
        return replace(
            base,
            name=self.name_edit.text(),
            objective=self.objective_edit.toPlainText().strip(),
            key_messages=tuple(m for m in self.messages_model.stringList() if m.strip()),
            goal_ids=self.goals_model.checked_ids(),
            value_weights=self.values_model.weights(),
            segment_ids=self.segments_model.checked_ids(),
            owner=self.owner_combo.currentText().strip(),
            priority=Priority(self.priority_combo.currentData()),
            start=self.start_edit.value(),
            end=self.end_edit.value(),
            colour=self.colour_button.colour(),
            notes=self.notes_edit.toPlainText().strip(),
        )

    def is_dirty(self) -> bool:
        if self.loaded is None:
            return False
        form = self.read_form()
        loaded = self.loaded
        return (
            form.name.strip() != loaded.name
            or form.objective != loaded.objective
            or form.key_messages != loaded.key_messages
            or set(form.goal_ids) != set(loaded.goal_ids)
            or form.value_weights != loaded.value_weights
            or list(form.segment_ids) != list(loaded.segment_ids)
            or form.owner != loaded.owner
            or form.priority != loaded.priority
            or (form.start, form.end) != (loaded.start, loaded.end)
            or form.colour != loaded.colour
            or form.notes != loaded.notes
        )

    def save(self) -> PlanEdit | None:
        try:
            campaign = self.read_form()
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return None
        if self.is_new:
            edit = run_edit(
                self,
                self.session,
                translate("CampaignEditor", "New campaign “{name}”").replace(
                    "{name}", campaign.name.strip()
                ),
                lambda: self.planning.add_campaign(campaign, who=remembered_person()),
            )
            if edit is None:
                return None
            new_id = edit.created_id(EntityKind.CAMPAIGN)
            self.show_campaign(new_id)
            if new_id is not None:
                self.created.emit(new_id)
        else:
            edit = run_edit(
                self,
                self.session,
                translate("CampaignEditor", "Edit campaign “{name}”").replace(
                    "{name}", campaign.name.strip()
                ),
                lambda: self.planning.update_campaign(campaign),
            )
            if edit is None:
                return None
            self.show_campaign(self.campaign_id)
        self.warning.show_warnings(edit.warnings)
        return edit

    def revert(self) -> None:
        if self.loaded is not None:
            self._fill(self.loaded)

    # ================================================================== workflow
    def change_status(self, target: Status) -> PlanEdit | None:
        campaign = self.loaded
        if campaign is None or self.campaign_id is None:
            return None
        who, comment = remembered_person(), ""
        if target is Status.APPROVED and campaign.status is Status.IN_REVIEW:
            answer = StatusDialog.ask(
                self,
                translate("CampaignEditor", "Approve the campaign"),
                translate(
                    "CampaignEditor", "Who approves “{name}”, and on which conditions?"
                ).replace("{name}", campaign.name),
                need_who=True,
                need_comment=True,
            )
            if answer is None:
                return None
            who, comment = answer
        elif target is Status.CANCELLED:
            answer = StatusDialog.ask(
                self,
                translate("CampaignEditor", "Cancel the campaign"),
                translate(
                    "CampaignEditor",
                    "Cancel “{name}”? Its open communications are cancelled too. "
                    "Say why, for the record (optional).",
                ).replace("{name}", campaign.name),
                need_who=False,
                need_comment=False,
            )
            if answer is None:
                return None
            comment = answer[1]
        text = (
            translate("CampaignEditor", "“{name}”: {action}")
            .replace("{name}", campaign.name)
            .replace("{action}", transition_label(campaign.status, target).rstrip("…"))
        )
        edit = run_edit(
            self,
            self.session,
            text,
            lambda: self.planning.change_status(
                EntityKind.CAMPAIGN, self.campaign_id, target, who=who, comment=comment
            ),
        )
        self.reload()
        return edit

    # ================================================================== communications
    def selected_communication(self) -> Communication | None:
        rows = self.comms_view.selectionModel().selectedRows()
        if not rows:
            return None
        comm_id = rows[0].data(ID_ROLE)
        return next((c for c in self.comms_model.items() if c.id == comm_id), None)

    def select_communication(self, comm_id: int) -> None:
        row = self.comms_model.row_of(comm_id)
        if row >= 0:
            self.comms_view.selectRow(
                self.comms_proxy.mapFromSource(self.comms_model.index(row, 0)).row()
            )

    def add_communication(self) -> PlanEdit | None:
        campaign = self.loaded
        if campaign is None or self.campaign_id is None:
            return None
        answer = CommunicationDialog.ask(
            self, self.planning, campaign, None, segment_sizes=self.lookups.sizes
        )
        if answer is None:
            return None
        comm = answer.communication
        edit = run_edit(
            self,
            self.session,
            translate("CampaignEditor", "New communication “{title}”").replace(
                "{title}", comm.title.strip()
            ),
            lambda: self.planning.add_communication(comm, who=remembered_person()),
        )
        self.reload()
        if edit is not None:
            new_id = edit.created_id(EntityKind.COMMUNICATION)
            if new_id is not None:
                self.select_communication(new_id)
            self.comms_warning.show_warnings(edit.warnings)
        return edit

    def edit_communication(self) -> PlanEdit | None:
        campaign = self.loaded
        comm = self.selected_communication()
        if campaign is None or comm is None:
            return None
        answer = CommunicationDialog.ask(
            self, self.planning, campaign, comm, segment_sizes=self.lookups.sizes
        )
        if answer is None:
            return None
        changed = answer.communication
        edit = run_edit(
            self,
            self.session,
            translate("CampaignEditor", "Edit communication “{title}”").replace(
                "{title}", changed.title.strip()
            ),
            lambda: self.planning.update_communication(
                changed, who=answer.who or remembered_person(), comment=answer.comment
            ),
        )
        self.reload()
        if edit is not None:
            self.select_communication(comm.id)  # type: ignore[arg-type]
            if edit.warnings:
                self.comms_warning.setText(warnings_text(edit.warnings))
                self.comms_warning.show()
        return edit

    def delete_communication(self) -> PlanEdit | None:
        comm = self.selected_communication()
        if comm is None:
            return None
        edit = run_edit(
            self,
            self.session,
            translate("CampaignEditor", "Delete communication “{title}”").replace(
                "{title}", comm.title
            ),
            lambda: self.planning.delete_communication(comm.id),  # type: ignore[arg-type]
        )
        self.reload()
        return edit
