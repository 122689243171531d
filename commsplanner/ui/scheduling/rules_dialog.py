"""Order rules: the list (per campaign or all) and the editor of one rule.

Every add, change, deletion and switch on/off goes through ``session.execute`` as one step
of the undo stack. Whether a rule is currently kept or broken comes from the Calendar page's
last conflict check (:meth:`RulesDialog.set_broken`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import Changes, CommsPlannerError, EntityKind, Status
from ...domain.sequencing import MAX_DAYS, RULE_KIND_LABELS, RuleKind, SequencingRule
from ...services.planning import PlanEdit
from ...services.sequencing import RuleView
from .. import messages
from ..i18n import format_day

RuleRole = Qt.ItemDataRole.UserRole + 1
# Edits after which the list is read again.
_RELEVANT = (
    EntityKind.SEQUENCING_RULE,
    EntityKind.COMMUNICATION,
    EntityKind.CAMPAIGN,
    EntityKind.SEGMENT,
)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RulesModel(QAbstractTableModel):
    """Rules as rows: the rule in words, what it applies to, whether it is kept."""

    COLUMNS = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[RuleView] = []
        self._campaigns: dict[int, str] = {}
        self._broken: dict[int, int] | None = None

    def set_rules(
        self, rows: list[RuleView], campaigns: dict[int, str], broken: dict[int, int] | None
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._campaigns = dict(campaigns)
        self._broken = broken
        self.endResetModel()

    def set_broken(self, broken: dict[int, int] | None) -> None:
        self._broken = broken
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def view(self, row: int) -> RuleView:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMNS:
            return (self.tr("Rule"), self.tr("Written for"), self.tr("Now"))[section]
        return None

    def status(self, view: RuleView) -> tuple[str, str]:
        """(text, colour) of a rule's state."""
        if view.void_reason:
            return self.tr("Void"), "#70757a"
        if not view.rule.enabled:
            return self.tr("Off"), "#70757a"
        if self._broken is None:
            return self.tr("Checking…"), "#70757a"
        count = self._broken.get(view.rule.id, 0)  # type: ignore[arg-type]
        if count:
            return self.tr("Broken %1 time(s)").replace("%1", str(count)), "#c5221f"
        return self.tr("Kept"), "#188038"

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        column = index.column()
        if role == RuleRole:
            return view.rule
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return view.text
            if column == 1:
                if view.rule.campaign_id is None:
                    return self.tr("All campaigns")
                return self._campaigns.get(view.rule.campaign_id, "—")
            return self.status(view)[0]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2:
            return QColor(self.status(view)[1])
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [view.text]
            if view.void_reason:
                lines.append(_translate("sequencing", view.void_reason))
            if view.rule.note:
                lines.append(view.rule.note)
            return "\n".join(lines)
        return None


class RulesDialog(QDialog):
    """The order rules of the plan, filtered to one campaign or not (non-modal)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hub = session.hub
        self._broken: dict[int, int] | None = None
        self.setObjectName("orderRulesDialog")
        self.resize(760, 420)
        self.campaign_combo = QComboBox()
        self.campaign_combo.currentIndexChanged.connect(self.reload)
        self.model = RulesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.help_label = QLabel()
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet("color: #5f6368")
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.toggle_button = QPushButton()
        self.delete_button = QPushButton()
        self.close_button = QPushButton()
        self.add_button.clicked.connect(self.add_rule)
        self.edit_button.clicked.connect(self.edit_selected)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button.clicked.connect(self.close)
        self.filter_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.campaign_combo, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.session.changed.connect(self._session_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Order rules"))
        self.filter_label.setText(self.tr("Campaign:"))
        self.help_label.setText(
            self.tr(
                "Rules say in which order communications must reach people; a broken rule "
                "shows as a conflict on the calendar. Working days skip weekends, public "
                "holidays and blackout periods. A communication goes to “all staff” when it "
                "reaches nine in ten people or more."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.toggle_button.setText(self.tr("Switch off / on"))
        self.delete_button.setText(self.tr("Delete"))
        self.close_button.setText(self.tr("Close"))
        self._fill_campaigns(self.campaign_combo.currentData())

    def _fill_campaigns(self, current: int | None) -> None:
        combo = self.campaign_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All rules"), None)
        for campaign in sorted(self.hub.calendar.campaigns(), key=lambda c: c.name.casefold()):
            combo.addItem(campaign.name, campaign.id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        self.reload()

    def show_campaign(self, campaign_id: int | None) -> None:
        self._fill_campaigns(campaign_id)

    def campaign_id(self) -> int | None:
        return self.campaign_combo.currentData()

    def set_broken(self, broken: dict[int, int] | None) -> None:
        self._broken = broken
        self.model.set_broken(broken)

    def _session_changed(self, changes: Changes) -> None:
        if changes.touches(*_RELEVANT):
            self._fill_campaigns(self.campaign_id())

    def reload(self) -> None:
        selected = self.selected_rule()
        views = self.hub.sequencing.views(self.campaign_id(), _translate)
        campaigns = {c.id: c.name for c in self.hub.calendar.campaigns()}
        self.model.set_rules(views, campaigns, self._broken)
        self.table.resizeRowsToContents()
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.view(row).rule.id == selected.id:
                    self.table.selectRow(row)
                    break
        self._update_buttons()

    def selected_rule(self) -> SequencingRule | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.view(rows[0].row()).rule

    def _update_buttons(self) -> None:
        has = self.selected_rule() is not None
        writable = not self.session.read_only
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.toggle_button, self.delete_button):
            button.setEnabled(has and writable)

    # ------------------------------------------------------------------ edits
    def _execute(self, text: str, do: Callable[[], PlanEdit]) -> bool:
        service = self.hub.sequencing
        state: dict[str, PlanEdit] = {}

        def redo() -> Changes:
            if "edit" not in state:
                state["edit"] = do()
                return state["edit"].changes
            return service.redo(state["edit"])

        def undo() -> Changes:
            return service.undo(state["edit"])

        try:
            self.session.execute(text, redo, undo)
        except CommsPlannerError as err:
            messages.show_error(self, err, self.tr("Order rules"))
            return False
        return True

    def add_rule(self) -> bool:
        rule = RuleEditor.ask(
            self,
            self.hub,
            SequencingRule(RuleKind.LEAD_TIME, campaign_id=self.campaign_id(), days=1),
        )
        if rule is None:
            return False
        return self._execute(
            self.tr("Add the order rule “%1”").replace(
                "%1", self.hub.sequencing.describe(rule, _translate)
            ),
            lambda: self.hub.sequencing.add_rule(rule),
        )

    def edit_selected(self) -> bool:
        current = self.selected_rule()
        if current is None or self.session.read_only:
            return False
        rule = RuleEditor.ask(self, self.hub, current)
        if rule is None or rule == current:
            return False
        return self._execute(
            self.tr("Change the order rule “%1”").replace(
                "%1", self.hub.sequencing.describe(rule, _translate)
            ),
            lambda: self.hub.sequencing.update_rule(rule),
        )

    def toggle_selected(self) -> bool:
        current = self.selected_rule()
        if current is None:
            return False
        rule = dataclasses.replace(current, enabled=not current.enabled)
        text = (
            self.tr("Switch on the order rule “%1”")
            if rule.enabled
            else self.tr("Switch off the order rule “%1”")
        )
        return self._execute(
            text.replace("%1", self.hub.sequencing.describe(rule, _translate)),
            lambda: self.hub.sequencing.update_rule(rule),
        )

    def delete_selected(self) -> bool:
        current = self.selected_rule()
        if current is None:
            return False
        return self._execute(
            self.tr("Delete the order rule “%1”").replace(
                "%1", self.hub.sequencing.describe(current, _translate)
            ),
            lambda: self.hub.sequencing.delete_rule(current.id),  # type: ignore[arg-type]
        )


class RuleEditor(QDialog):
    """One rule's fields; which ones show depends on its kind."""

    def __init__(self, hub, rule: SequencingRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._rule = rule
        self.result_rule: SequencingRule | None = None
        self.setWindowTitle(
            self.tr("Order rule") if rule.id is None else self.tr("Edit order rule")
        )
        self.setMinimumWidth(560)
        calendar = hub.calendar
        self._campaigns = sorted(calendar.campaigns(), key=lambda c: c.name.casefold())
        self._comms = sorted(
            (c for c in calendar.communications() if Status(c.status) is not Status.CANCELLED),
            key=lambda c: (c.start, c.title.casefold()),
        )
        campaign_names = {c.id: c.name for c in self._campaigns}
        self._comm_labels = {
            c.id: f"{c.title} — {format_day(c.start.date())} ({campaign_names.get(c.campaign_id, '')})"
            for c in self._comms
        }
        form = QFormLayout()
        self.form = form
        self.kind_combo = QComboBox()
        for kind in RuleKind:
            self.kind_combo.addItem(_translate("sequencing", RULE_KIND_LABELS[kind]), kind.value)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(RuleKind(rule.kind).value), 0))
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.campaign_combo = QComboBox()
        form.addRow(self.tr("C&ampaign:"), self.campaign_combo)
        self.first_combo = self._comm_combo()
        form.addRow(self.tr("&A (first):"), self.first_combo)
        self.second_combo = self._comm_combo()
        form.addRow(self.tr("&B (after it):"), self.second_combo)
        self.segment_combo = QComboBox()
        for segment in sorted(calendar.segments(), key=lambda s: s.name.casefold()):
            self.segment_combo.addItem(segment.name, segment.id)
        form.addRow(self.tr("&Segment:"), self.segment_combo)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(0, MAX_DAYS)
        form.addRow(self.tr("&Working days:"), self.days_spin)
        self.note_edit = QLineEdit(rule.note)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.enabled_check = QCheckBox(self.tr("Check this rule"))
        self.enabled_check.setChecked(rule.enabled)
        form.addRow("", self.enabled_check)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.explain.setStyleSheet("color: #5f6368")
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.days_spin.setValue(rule.days)
        self._select(self.segment_combo, rule.segment_id)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        self._kind_changed()
        self._select(self.campaign_combo, rule.campaign_id)
        self._campaign_changed()
        self._select(self.first_combo, rule.first_id)
        self._select(self.second_combo, rule.second_id)

    def _comm_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def kind(self) -> RuleKind:
        return RuleKind(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        current = self.campaign_combo.currentData()
        self.campaign_combo.blockSignals(True)
        self.campaign_combo.clear()
        if kind is not RuleKind.SEGMENT_FIRST:
            self.campaign_combo.addItem(self.tr("(all campaigns)"), None)
        for campaign in self._campaigns:
            self.campaign_combo.addItem(campaign.name, campaign.id)
        self._select(self.campaign_combo, current)
        self.campaign_combo.blockSignals(False)
        pair = kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE)
        form = self.form
        form.setRowVisible(self.second_combo, pair)
        form.setRowVisible(self.first_combo, kind is not RuleKind.SEGMENT_FIRST)
        form.setRowVisible(self.segment_combo, not pair)
        form.setRowVisible(self.days_spin, kind in (RuleKind.LEAD_TIME, RuleKind.HOLD_SEGMENT))
        first_label = form.labelForField(self.first_combo)
        if first_label is not None:
            first_label.setText(
                self.tr("&Y (the one that comes first):")
                if kind is RuleKind.HOLD_SEGMENT
                else self.tr("&A (first):")
            )
        texts = {
            RuleKind.LEAD_TIME: self.tr(
                "B must come at least the given number of working days after A (and after A "
                "is over). The campaign only records what the rule was written for."
            ),
            RuleKind.NOT_BEFORE: self.tr(
                "B may only start once A has taken place. The campaign only records what the "
                "rule was written for."
            ),
            RuleKind.SEGMENT_FIRST: self.tr(
                "Any communication of the campaign that reaches all staff must come after a "
                "communication of the campaign to this segment."
            ),
            RuleKind.HOLD_SEGMENT: self.tr(
                "Nothing that reaches this segment (from the chosen campaign, or from any) may "
                "go out before Y. With a number of working days, only that many days before Y "
                "are kept free; 0 keeps all of them free."
            ),
        }
        self.explain.setText(texts[kind])
        self._campaign_changed()

    def _campaign_changed(self) -> None:
        campaign_id = self.campaign_combo.currentData()
        for combo in (self.first_combo, self.second_combo):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for comm in self._comms:
                if campaign_id is None or comm.campaign_id == campaign_id:
                    combo.addItem(self._comm_labels[comm.id], comm.id)
            self._select(combo, current)
            combo.blockSignals(False)

    def rule(self) -> SequencingRule:
        kind = self.kind()
        pair = kind in (RuleKind.LEAD_TIME, RuleKind.NOT_BEFORE)
        return dataclasses.replace(
            self._rule,
            kind=kind,
            first_id=self.first_combo.currentData() if kind is not RuleKind.SEGMENT_FIRST else None,
            second_id=self.second_combo.currentData() if pair else None,
            segment_id=None if pair else self.segment_combo.currentData(),
            campaign_id=self.campaign_combo.currentData(),
            days=self.days_spin.value()
            if kind in (RuleKind.LEAD_TIME, RuleKind.HOLD_SEGMENT)
            else 0,
            note=self.note_edit.text().strip(),
            enabled=self.enabled_check.isChecked(),
        )

    def accept(self) -> None:
        rule = self.rule()
        try:
            rule.validate()
        except CommsPlannerError as err:
            self.error_label.setText(messages.error_text(err))
            self.error_label.show()
            return
        self.result_rule = rule
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, hub, rule: SequencingRule) -> SequencingRule | None:
        dialog = cls(hub, rule, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.result_rule if accepted else None
        dialog.deleteLater()
        return result
