"""The Campaigns page: the list of campaigns with filters, the campaign editor, templates
and plan approvals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt
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
    QVBoxLayout,
    QWidget,
)

from ...domain import ApprovalKind, Changes, CommsPlannerError, EntityKind, Status
from ...i18n import normalise_language
from ...services.planning import STATUS_ORDER, PlanEdit
from .. import messages
from ..session import WorkspaceSession
from .campaign_editor import CampaignEditor
from .common import (
    Questions,
    fit_columns,
    format_count,
    remembered_person,
    run_edit,
    status_label,
    translate,
)
from .dialogs import ApprovalDialog, DiffDialog, TemplateDialog, approval_line
from .models import ID_ROLE, CampaignFilterProxy, CampaignsModel, PlanLookups

_RELEVANT = (
    EntityKind.CAMPAIGN,
    EntityKind.COMMUNICATION,
    EntityKind.VALUE,
    EntityKind.GOAL,
    EntityKind.SEGMENT,
    EntityKind.CHANNEL,
    EntityKind.APPROVAL,
    EntityKind.STATUS_CHANGE,
    EntityKind.EMPLOYEE,
    EntityKind.BLACKOUT,
)


class CampaignsPage(QWidget):
    """Campaigns against values and goals, their communications, workflow and approvals."""

    page_id = "campaigns"

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("CampaignsPage", "Campaigns")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/campaigns.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignsPage")
        self.session = session
        self.hub = session.hub
        self.planning = session.hub.planning
        self.lookups = PlanLookups()

        # ---- toolbar
        self.new_button = QPushButton()
        self.template_button = QPushButton()
        self.delete_button = QPushButton()
        self.submit_button = QPushButton()
        self.approve_button = QPushButton()
        self.diff_button = QPushButton()
        self.new_button.clicked.connect(self.new_campaign)
        self.template_button.clicked.connect(self.new_from_template)
        self.delete_button.clicked.connect(self.delete_campaign)
        self.submit_button.clicked.connect(self.submit_for_approval)
        self.approve_button.clicked.connect(self.record_approval)
        self.diff_button.clicked.connect(self.show_changes_since_approval)
        toolbar = QHBoxLayout()
        for button in (self.new_button, self.template_button, self.delete_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        for button in (self.submit_button, self.approve_button, self.diff_button):
            toolbar.addWidget(button)
        self.approval_label = QLabel()
        self.approval_label.setWordWrap(True)

        # ---- filters
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.value_filter = QComboBox()
        self.goal_filter = QComboBox()
        self.segment_filter = QComboBox()
        self.owner_filter = QComboBox()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for combo in (
            self.status_filter,
            self.value_filter,
            self.goal_filter,
            self.segment_filter,
            self.owner_filter,
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            filters.addWidget(combo, 1)
            combo.currentIndexChanged.connect(self._apply_filters)
        self.search_edit.textChanged.connect(self._apply_filters)

        # ---- list
        self.model = CampaignsModel(self)
        self.proxy = CampaignFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sized = False
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()

        self.editor = CampaignEditor(session)
        self.editor.created.connect(self.select_campaign)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([560, 840])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(toolbar)
        layout.addWidget(self.approval_label)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.retranslate()
        self.reload()

    # ================================================================== page protocol
    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches(*_RELEVANT):
            # Results (and the anonymity threshold, a setting) only show in the editor.
            if changes.touches(EntityKind.MEASUREMENT, EntityKind.SETTING):
                self.editor.refresh_results()
            return
        self.reload()

    def retranslate(self) -> None:
        self.new_button.setText(translate("CampaignsPage", "New campaign"))
        self.template_button.setText(translate("CampaignsPage", "New from template…"))
        self.delete_button.setText(translate("CampaignsPage", "Delete campaign"))
        self.submit_button.setText(translate("CampaignsPage", "Submit for approval…"))
        self.approve_button.setText(translate("CampaignsPage", "Record approval…"))
        self.diff_button.setText(translate("CampaignsPage", "Changes since approval"))
        self.search_edit.setPlaceholderText(
            translate("CampaignsPage", "Search name, objective, owner, notes…")
        )
        self.model.retranslate()
        self.editor.retranslate()
        self._fill_filters()
        self._update_labels()

    # ================================================================== loading
    def _load_lookups(self) -> PlanLookups:
        planning = self.planning
        segments = planning.segments()
        try:
            sizes = self.hub.segmentation.sizes() if segments else {}
        except CommsPlannerError:
            sizes = {}
        return PlanLookups(
            values={v.id: v for v in planning.values()},
            goals={g.id: g for g in planning.goals()},
            segments={s.id: s for s in segments},
            sizes=sizes,
            channels={c.id: c for c in planning.channels()},
            counts=planning.communication_counts(),
        )

    def reload(self) -> None:
        selected = self.selected_campaign_id()
        self.lookups = self._load_lookups()
        self.model.set_campaigns(self.planning.campaigns(), self.lookups)
        if not self._sized and self.model.rowCount():
            fit_columns(self.view, 220)
            self._sized = True
        self._fill_filters()
        self.editor.set_lookups(self.lookups)
        if selected is not None and self.model.row_of(selected) >= 0:
            self.select_campaign(selected, show=False)
        self.editor.reload()
        self._update_labels()

    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, everything: str, items: list[tuple[object, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for data, text in items:
                combo.addItem(text, data)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        lookups = self.lookups
        fill(
            self.status_filter,
            translate("CampaignsPage", "All statuses"),
            [(s.value, status_label(s)) for s in STATUS_ORDER],
        )
        fill(
            self.value_filter,
            translate("CampaignsPage", "All values"),
            [
                (v.id, v.name)
                for v in sorted(lookups.values.values(), key=lambda v: (v.position, v.id))
            ],
        )
        fill(
            self.goal_filter,
            translate("CampaignsPage", "All goals"),
            [(g.id, g.name) for g in lookups.goals.values()],
        )
        fill(
            self.segment_filter,
            translate("CampaignsPage", "All segments"),
            [(s.id, s.name) for s in lookups.segments.values()],
        )
        fill(
            self.owner_filter,
            translate("CampaignsPage", "All owners"),
            [(o, o) for o in self.planning.owners()],
        )
        self._apply_filters()

    def _apply_filters(self, *_: object) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filters(
            status=Status(status) if status else None,
            value_id=self.value_filter.currentData(),
            goal_id=self.goal_filter.currentData(),
            segment_id=self.segment_filter.currentData(),
            owner=self.owner_filter.currentData(),
            text=self.search_edit.text(),
        )
        self._update_labels()

    def _update_labels(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = translate("CampaignsPage", "{count} campaign(s)").replace(
                "{count}", format_count(total)
            )
        else:
            text = (
                translate("CampaignsPage", "{shown} of {count} campaign(s) shown")
                .replace("{shown}", format_count(shown))
                .replace("{count}", format_count(total))
            )
        self.count_label.setText(text)
        approvals = self.hub.approvals
        last = approvals.last_event()
        approved = approvals.last_approval()
        if last is None:
            self.approval_label.setText(
                translate("CampaignsPage", "The plan has not been submitted for approval yet.")
            )
        elif approved is not None and approved.id != last.id:
            self.approval_label.setText(
                approval_line(last)
                + " · "
                + translate("CampaignsPage", "last approval: {line}").replace(
                    "{line}", approval_line(approved)
                )
            )
        else:
            self.approval_label.setText(approval_line(last))
        self.diff_button.setEnabled(approved is not None)
        self.delete_button.setEnabled(self.selected_campaign_id() is not None)

    # ================================================================== selection
    def selected_campaign_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select_campaign(self, campaign_id: int, show: bool = True) -> None:
        row = self.model.row_of(campaign_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show everything again
            self.search_edit.clear()
            for combo in (
                self.status_filter,
                self.value_filter,
                self.goal_filter,
                self.segment_filter,
                self.owner_filter,
            ):
                combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)
        if show and self.editor.campaign_id != campaign_id:
            self.editor.show_campaign(campaign_id)

    def _selection_changed(self, *_: object) -> None:
        campaign_id = self.selected_campaign_id()
        if campaign_id is not None and campaign_id != self.editor.campaign_id:
            self.editor.show_campaign(campaign_id)
        self._update_labels()

    # ================================================================== campaigns
    def new_campaign(self) -> None:
        self.view.clearSelection()
        self.editor.start_new()
        self._update_labels()

    def delete_campaign(self) -> PlanEdit | None:
        campaign_id = self.selected_campaign_id()
        if campaign_id is None:
            return None
        campaign = self.planning.campaign(campaign_id)
        count = self.lookups.counts.get(campaign_id, 0)
        if count and not Questions.confirm(
            self,
            translate("CampaignsPage", "Delete campaign"),
            translate(
                "CampaignsPage",
                "Delete “{name}” and its {count} communication(s)? You can undo this.",
            )
            .replace("{name}", campaign.name)
            .replace("{count}", format_count(count)),
        ):
            return None
        edit = run_edit(
            self,
            self.session,
            translate("CampaignsPage", "Delete campaign “{name}”").replace("{name}", campaign.name),
            lambda: self.planning.delete_campaign(campaign_id),
        )
        if edit is not None:
            self.editor.show_campaign(None)
        return edit

    def new_from_template(self) -> PlanEdit | None:
        language = normalise_language(QLocale().name())
        answer = TemplateDialog.ask(
            self,
            self.hub.templates,
            [(s.id, s.name) for s in self.lookups.segments.values()],
            self.planning.owners(),
            language,
        )
        if answer is None:
            return None
        edit = run_edit(
            self,
            self.session,
            translate("CampaignsPage", "New campaign “{name}” from a template").replace(
                "{name}", answer.name or answer.template_id
            ),
            lambda: self.hub.templates.instantiate(
                answer.template_id,
                answer.start,
                language=answer.language,
                name=answer.name or None,
                owner=answer.owner,
                segment_ids=answer.segment_ids,
                create_missing_channels=answer.create_missing_channels,
                working_days_only=answer.working_days_only,
                who=remembered_person(),
            ),
        )
        if edit is not None:
            new_id = edit.created_id(EntityKind.CAMPAIGN)
            if new_id is not None:
                self.select_campaign(new_id)
                self.editor.tabs.setCurrentIndex(1)
        return edit

    # ================================================================== approvals
    def _plan_summary(self) -> str:
        campaigns = self.model.rowCount()
        communications = sum(self.lookups.counts.values())
        return (
            translate(
                "CampaignsPage",
                "The plan has {campaigns} campaign(s) and {communications} communication(s).",
            )
            .replace("{campaigns}", format_count(campaigns))
            .replace("{communications}", format_count(communications))
        )

    def submit_for_approval(self) -> PlanEdit | None:
        answer = ApprovalDialog.ask(self, ApprovalKind.SUBMITTED, self._plan_summary())
        if answer is None:
            return None
        edit = run_edit(
            self,
            self.session,
            translate("CampaignsPage", "Submit the plan for approval"),
            lambda: self.hub.approvals.submit(answer.who, answer.comment),
        )
        self._update_labels()
        return edit

    def record_approval(self) -> PlanEdit | None:
        since = self.hub.approvals.diff_since_submission()
        lines = (
            since.lines(QCoreApplication)  # type: ignore[arg-type]
            if since is not None
            else None
        )
        answer = ApprovalDialog.ask(self, ApprovalKind.APPROVED, self._plan_summary(), lines)
        if answer is None:
            return None
        edit = run_edit(
            self,
            self.session,
            translate("CampaignsPage", "Record the approval of the plan")
            if answer.approved
            else translate("CampaignsPage", "Record that changes were requested"),
            lambda: self.hub.approvals.record_approval(
                answer.who, answer.comment, approved=answer.approved
            ),
        )
        self._update_labels()
        return edit

    def show_changes_since_approval(self) -> None:
        try:
            diff = self.hub.approvals.diff_since_last_approval()
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return
        DiffDialog.show_diff(self, diff)
