"""List-and-form editors: corporate values, business goals, channels, blackout periods.

Each panel shows its items in a table; selecting one loads it into the form below, "New"
empties the form, "Save" adds or updates, "Delete" removes. Every change is one undoable
step of the session (:func:`~commsplanner.ui.planning.common.run_edit`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    Blackout,
    BusinessGoal,
    Channel,
    ChannelKind,
    CommsPlannerError,
    CorporateValue,
    EntityKind,
)
from ...services.planning import PlanEdit
from .. import messages
from ..session import WorkspaceSession
from .common import (
    ColourButton,
    OptionalDateEdit,
    Questions,
    WarningLabel,
    fit_columns,
    format_count,
    from_qdate,
    kind_label,
    run_edit,
    to_qdate,
    translate,
)
from .models import (
    ID_ROLE,
    SORT_ROLE,
    BlackoutsModel,
    ChannelsModel,
    GoalsModel,
    ItemTableModel,
    ValuesModel,
)


class EntityPanel(QGroupBox):
    """A table of items and a form to create or edit one of them."""

    kind: EntityKind
    sortable = True

    def __init__(
        self, session: WorkspaceSession, model: ItemTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.planning = session.hub.planning
        self.model = model
        self.current_id: int | None = None
        self._loading = False
        self._sized = False

        self.view = QTableView()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.sortable:
            self.proxy: QSortFilterProxyModel | None = QSortFilterProxyModel(self)
            self.proxy.setSourceModel(model)
            self.proxy.setSortRole(SORT_ROLE)
            self.view.setModel(self.proxy)
            self.view.setSortingEnabled(True)
            self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        else:
            self.proxy = None
            self.view.setModel(model)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.start_new)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_current)
        self.list_buttons = QHBoxLayout()
        self.list_buttons.addWidget(self.new_button)
        self.list_buttons.addWidget(self.delete_button)
        self.list_buttons.addStretch(1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_title = QLabel()
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton()
        self.revert_button.clicked.connect(self.revert)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        self.warning = WarningLabel()

        self.build_form()
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.list_buttons)
        layout.addWidget(self.form_title)
        layout.addLayout(self.form)
        layout.addWidget(self.warning)
        layout.addLayout(form_buttons)
        self.retranslate()
        self.reload()
        self.start_new()

    # ------------------------------------------------------------------ to implement
    def build_form(self) -> None:
        raise NotImplementedError

    def load_items(self) -> None:
        raise NotImplementedError

    def fill_form(self, item: Any | None) -> None:
        raise NotImplementedError

    def read_form(self, current: Any | None) -> Any:
        raise NotImplementedError

    def name_of(self, item: Any) -> str:
        return item.name

    def add(self, item: Any) -> PlanEdit:
        raise NotImplementedError

    def update(self, item: Any) -> PlanEdit:
        raise NotImplementedError

    def delete(self, item: Any) -> PlanEdit | None:
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        """Translated texts: title, hint, new, delete, form_new, form_edit, add_step,
        edit_step, delete_step (the last three with {name})."""
        raise NotImplementedError

    def focus_widget(self) -> QWidget | None:
        return None

    # ------------------------------------------------------------------ state
    def retranslate(self) -> None:
        texts = self.texts()
        self.setTitle(texts["title"])
        self.hint.setText(texts["hint"])
        self.new_button.setText(texts["new"])
        self.delete_button.setText(translate("EntityPanel", "Delete"))
        self.save_button.setText(translate("EntityPanel", "Save"))
        self.revert_button.setText(translate("EntityPanel", "Revert"))
        self.model.retranslate()
        self._update_form_title()

    def _update_form_title(self) -> None:
        texts = self.texts()
        current = self.current_item()
        if current is None:
            self.form_title.setText(texts["form_new"])
        else:
            self.form_title.setText(texts["form_edit"].replace("{name}", self.name_of(current)))
        self.delete_button.setEnabled(current is not None)

    def reload(self) -> None:
        """Reads the items again and keeps the current one selected."""
        self._loading = True
        try:
            self.load_items()
        finally:
            self._loading = False
        if not self._sized and self.model.rowCount():
            fit_columns(self.view)
            self._sized = True
        if self.current_id is not None:
            if self.model.row_of(self.current_id) < 0:
                self.current_id = None
                self.fill_form(None)
                self.warning.show_warnings([])
            else:
                self.select_id(self.current_id, load=False)
                self.fill_form(self.current_item())
        self._update_form_title()

    def current_item(self) -> Any | None:
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        return self.model.item(row) if row >= 0 else None

    def select_id(self, item_id: int, *, load: bool = True) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row, 0)
        if self.proxy is not None:
            index = self.proxy.mapFromSource(index)
        self._loading = not load
        try:
            self.view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._loading = False
        self.view.scrollTo(index)
        if load:
            self._load(item_id)

    def _selection_changed(self, *_: Any) -> None:
        if self._loading:
            return
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        self._load(rows[0].data(ID_ROLE))

    def _load(self, item_id: int) -> None:
        self.current_id = item_id
        self.fill_form(self.current_item())
        self.warning.show_warnings([])
        self._update_form_title()

    def start_new(self) -> None:
        self.current_id = None
        self._loading = True
        try:
            self.view.clearSelection()
        finally:
            self._loading = False
        self.fill_form(None)
        self.warning.show_warnings([])
        self._update_form_title()
        widget = self.focus_widget()
        if widget is not None:
            widget.setFocus()

    def revert(self) -> None:
        self.fill_form(self.current_item())
        self.warning.show_warnings([])

    def save(self) -> PlanEdit | None:
        current = self.current_item()
        try:
            item = self.read_form(current)
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return None
        texts = self.texts()
        if current is None:
            text = texts["add_step"].replace("{name}", self.name_of(item))
            edit = run_edit(self, self.session, text, lambda: self.add(item))
        else:
            text = texts["edit_step"].replace("{name}", self.name_of(item))
            edit = run_edit(self, self.session, text, lambda: self.update(item))
        if edit is None:
            return None
        if current is None:
            new_id = edit.created_id(self.kind)
            if new_id is not None:
                self.reload()
                self.select_id(new_id)
        self.warning.show_warnings(edit.warnings)
        return edit

    def delete_current(self) -> PlanEdit | None:
        current = self.current_item()
        if current is None:
            return None
        edit = self.delete(current)
        if edit is not None:
            self.start_new()
        return edit

    def run_delete(self, current: Any, make) -> PlanEdit | None:
        text = self.texts()["delete_step"].replace("{name}", self.name_of(current))
        return run_edit(self, self.session, text, make)


# ----------------------------------------------------------------------------- values
class ValuesPanel(EntityPanel):
    kind = EntityKind.VALUE
    sortable = False

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        super().__init__(session, ValuesModel(), parent)
        self.list_buttons.insertWidget(2, self.up_button)
        self.list_buttons.insertWidget(3, self.down_button)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.model.reorder_requested.connect(self.reorder)  # type: ignore[attr-defined]
        view = self.view
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(False)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)

    def build_form(self) -> None:
        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(64)
        self.colour_button = ColourButton("#1f77b4")
        self.name_label, self.description_label, self.colour_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(self.description_label, self.description_edit)
        self.form.addRow(self.colour_label, self.colour_button)

    def retranslate(self) -> None:
        super().retranslate()
        self.name_label.setText(translate("ValuesPanel", "Name"))
        self.description_label.setText(translate("ValuesPanel", "Description"))
        self.colour_label.setText(translate("ValuesPanel", "Colour"))
        self.up_button.setText(translate("ValuesPanel", "Move up"))
        self.down_button.setText(translate("ValuesPanel", "Move down"))
        self.up_button.setToolTip(
            translate("ValuesPanel", "You can also drag values to reorder them.")
        )
        self.down_button.setToolTip(self.up_button.toolTip())

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("ValuesPanel", "Corporate values"),
            "hint": translate(
                "ValuesPanel",
                "The values campaigns promote, in order of importance (drag to reorder).",
            ),
            "new": translate("ValuesPanel", "New value"),
            "form_new": translate("ValuesPanel", "New corporate value"),
            "form_edit": translate("ValuesPanel", "Corporate value “{name}”"),
            "add_step": translate("ValuesPanel", "Add value “{name}”"),
            "edit_step": translate("ValuesPanel", "Edit value “{name}”"),
            "delete_step": translate("ValuesPanel", "Delete value “{name}”"),
        }

    def focus_widget(self) -> QWidget | None:
        return self.name_edit

    def _update_form_title(self) -> None:
        super()._update_form_title()
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def load_items(self) -> None:
        self.model.set_items(self.planning.values())

    def fill_form(self, item: CorporateValue | None) -> None:
        self.name_edit.setText(item.name if item else "")
        self.description_edit.setPlainText(item.description if item else "")
        palette = ("#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e", "#17becf", "#8c564b")
        self.colour_button.set_colour(
            item.colour if item else palette[self.model.rowCount() % len(palette)]
        )

    def read_form(self, current: CorporateValue | None) -> CorporateValue:
        base = current or CorporateValue("")
        return replace(
            base,
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText().strip(),
            colour=self.colour_button.colour(),
        )

    def add(self, item: CorporateValue) -> PlanEdit:
        return self.planning.add_value(item)

    def update(self, item: CorporateValue) -> PlanEdit:
        return self.planning.update_value(item)

    def delete(self, item: CorporateValue) -> PlanEdit | None:
        users = self.planning.value_usage(item.id)
        detach = False
        if users:
            if not Questions.confirm(
                self,
                translate("ValuesPanel", "Value in use"),
                translate(
                    "ValuesPanel",
                    "“{name}” is promoted by {count} campaign(s). Remove it from them and "
                    "delete it? (You can undo this.)",
                )
                .replace("{name}", item.name)
                .replace("{count}", format_count(len(users))),
            ):
                return None
            detach = True
        return self.run_delete(item, lambda: self.planning.delete_value(item.id, detach=detach))

    def move_current(self, offset: int) -> PlanEdit | None:
        current = self.current_item()
        if current is None:
            return None
        edit = run_edit(
            self,
            self.session,
            translate("ValuesPanel", "Move value “{name}”").replace("{name}", current.name),
            lambda: self.planning.move_value(current.id, offset),
        )
        self.reload()
        return edit

    def reorder(self, ids: list[int]) -> PlanEdit | None:
        edit = run_edit(
            self,
            self.session,
            translate("ValuesPanel", "Reorder values"),
            lambda: self.planning.reorder_values(ids),
        )
        self.reload()
        return edit


# ----------------------------------------------------------------------------- goals
class GoalsPanel(EntityPanel):
    kind = EntityKind.GOAL

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(session, GoalsModel(), parent)

    def build_form(self) -> None:
        self.name_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setFixedHeight(56)
        self.kpi_edit = QLineEdit()
        self.target_edit = QLineEdit()
        self.due_edit = OptionalDateEdit()
        self.labels = [QLabel() for _ in range(5)]
        for label, widget in zip(
            self.labels,
            (self.name_edit, self.description_edit, self.kpi_edit, self.target_edit, self.due_edit),
            strict=True,
        ):
            self.form.addRow(label, widget)

    def retranslate(self) -> None:
        super().retranslate()
        texts = (
            translate("GoalsPanel", "Name"),
            translate("GoalsPanel", "Description"),
            translate("GoalsPanel", "KPI"),
            translate("GoalsPanel", "Target"),
            translate("GoalsPanel", "Due date"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.kpi_edit.setPlaceholderText(translate("GoalsPanel", "e.g. internal NPS"))
        self.target_edit.setPlaceholderText(translate("GoalsPanel", "e.g. +10 points"))
        self.due_edit.set_label(translate("GoalsPanel", "Set"))

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("GoalsPanel", "Business goals"),
            "hint": translate(
                "GoalsPanel",
                "What the business wants to achieve; campaigns say which goals they serve.",
            ),
            "new": translate("GoalsPanel", "New goal"),
            "form_new": translate("GoalsPanel", "New business goal"),
            "form_edit": translate("GoalsPanel", "Business goal “{name}”"),
            "add_step": translate("GoalsPanel", "Add goal “{name}”"),
            "edit_step": translate("GoalsPanel", "Edit goal “{name}”"),
            "delete_step": translate("GoalsPanel", "Delete goal “{name}”"),
        }

    def focus_widget(self) -> QWidget | None:
        return self.name_edit

    def load_items(self) -> None:
        self.model.set_items(self.planning.goals())

    def fill_form(self, item: BusinessGoal | None) -> None:
        self.name_edit.setText(item.name if item else "")
        self.description_edit.setPlainText(item.description if item else "")
        self.kpi_edit.setText(item.kpi if item else "")
        self.target_edit.setText(item.target if item else "")
        self.due_edit.set_value(item.due_date if item else None)

    def read_form(self, current: BusinessGoal | None) -> BusinessGoal:
        return replace(
            current or BusinessGoal(""),
            name=self.name_edit.text(),
            description=self.description_edit.toPlainText().strip(),
            kpi=self.kpi_edit.text().strip(),
            target=self.target_edit.text().strip(),
            due_date=self.due_edit.value(),
        )

    def add(self, item: BusinessGoal) -> PlanEdit:
        return self.planning.add_goal(item)

    def update(self, item: BusinessGoal) -> PlanEdit:
        return self.planning.update_goal(item)

    def delete(self, item: BusinessGoal) -> PlanEdit | None:
        users = self.planning.goal_usage(item.id)
        detach = False
        if users:
            if not Questions.confirm(
                self,
                translate("GoalsPanel", "Goal in use"),
                translate(
                    "GoalsPanel",
                    "“{name}” is served by {count} campaign(s). Remove it from them and "
                    "delete it? (You can undo this.)",
                )
                .replace("{name}", item.name)
                .replace("{count}", format_count(len(users))),
            ):
                return None
            detach = True
        return self.run_delete(item, lambda: self.planning.delete_goal(item.id, detach=detach))


# ----------------------------------------------------------------------------- channels
class ReassignDialog(QDialog):
    """Asks where the users of something being deleted should go instead."""

    def __init__(
        self,
        title: str,
        text: str,
        choices: list[tuple[int, str]],
        none_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(text)
        label.setWordWrap(True)
        self.combo = QComboBox()
        for item_id, name in choices:
            self.combo.addItem(name, item_id)
        self.combo.addItem(none_label, None)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ReassignDialog", "Move and delete")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        choices: list[tuple[int, str]],
        none_label: str,
    ) -> tuple[bool, int | None]:
        """(True, target id or None) when the user agreed; (False, None) when cancelled."""
        dialog = cls(title, text, choices, none_label, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False, None
        return True, dialog.combo.currentData()


class ChannelsPanel(EntityPanel):
    kind = EntityKind.CHANNEL

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(session, ChannelsModel(), parent)

    def build_form(self) -> None:
        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in ChannelKind:
            self.kind_combo.addItem("", kind.value)
        self.two_way_check = QCheckBox()
        self.weekly_spin = QSpinBox()
        self.weekly_spin.setRange(0, 100)
        self.daily_spin = QSpinBox()
        self.daily_spin.setRange(0, 10_000)
        for spin in (self.weekly_spin, self.daily_spin):
            spin.setMinimumWidth(120)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.effort_edit = QLineEdit()
        self.colour_button = ColourButton("#72b7b2")
        self.labels = [QLabel() for _ in range(7)]
        widgets = (
            self.name_edit,
            self.kind_combo,
            self.two_way_check,
            self.weekly_spin,
            self.daily_spin,
            self.effort_edit,
            self.colour_button,
        )
        for label, widget in zip(self.labels, widgets, strict=True):
            self.form.addRow(label, widget)

    def retranslate(self) -> None:
        super().retranslate()
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, kind_label(self.kind_combo.itemData(index)))
        texts = (
            translate("ChannelsPanel", "Name"),
            translate("ChannelsPanel", "Kind"),
            translate("ChannelsPanel", "Direction"),
            translate("ChannelsPanel", "Weekly cap per person"),
            translate("ChannelsPanel", "Daily capacity"),
            translate("ChannelsPanel", "Effort or cost"),
            translate("ChannelsPanel", "Colour"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.two_way_check.setText(
            translate("ChannelsPanel", "Two-way: people can answer, ask or take part")
        )
        no_limit = translate("ChannelsPanel", "No limit")
        self.weekly_spin.setSpecialValueText(no_limit)
        self.daily_spin.setSpecialValueText(no_limit)
        self.weekly_spin.setToolTip(
            translate("ChannelsPanel", "How many messages one person may get through it in a week.")
        )
        self.daily_spin.setToolTip(
            translate("ChannelsPanel", "How many communications the channel can carry in one day.")
        )
        self.effort_edit.setPlaceholderText(
            translate("ChannelsPanel", "e.g. 2 h to prepare; printing 150 €")
        )

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("ChannelsPanel", "Channels"),
            "hint": translate(
                "ChannelsPanel",
                "How the team reaches people, and how much each channel can carry.",
            ),
            "new": translate("ChannelsPanel", "New channel"),
            "form_new": translate("ChannelsPanel", "New channel"),
            "form_edit": translate("ChannelsPanel", "Channel “{name}”"),
            "add_step": translate("ChannelsPanel", "Add channel “{name}”"),
            "edit_step": translate("ChannelsPanel", "Edit channel “{name}”"),
            "delete_step": translate("ChannelsPanel", "Delete channel “{name}”"),
        }

    def focus_widget(self) -> QWidget | None:
        return self.name_edit

    def load_items(self) -> None:
        self.model.set_channels(self.planning.channels(), self.planning.channel_usage())  # type: ignore[attr-defined]

    def fill_form(self, item: Channel | None) -> None:
        item = item or Channel("")
        self.name_edit.setText(item.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(item.kind.value), 0))
        self.two_way_check.setChecked(item.two_way)
        self.weekly_spin.setValue(item.weekly_cap_per_person or 0)
        self.daily_spin.setValue(item.daily_capacity or 0)
        self.effort_edit.setText(item.effort_note)
        self.colour_button.set_colour(item.colour)

    def read_form(self, current: Channel | None) -> Channel:
        return replace(
            current or Channel(""),
            name=self.name_edit.text(),
            kind=ChannelKind(self.kind_combo.currentData()),
            two_way=self.two_way_check.isChecked(),
            weekly_cap_per_person=self.weekly_spin.value() or None,
            daily_capacity=self.daily_spin.value() or None,
            effort_note=self.effort_edit.text().strip(),
            colour=self.colour_button.colour(),
        )

    def add(self, item: Channel) -> PlanEdit:
        return self.planning.add_channel(item)

    def update(self, item: Channel) -> PlanEdit:
        return self.planning.update_channel(item)

    def delete(self, item: Channel) -> PlanEdit | None:
        used = self.planning.channel_usage().get(item.id, 0)
        if not used:
            return self.run_delete(item, lambda: self.planning.delete_channel(item.id))
        others = [(c.id, c.name) for c in self.planning.channels() if c.id != item.id]
        ok, target = ReassignDialog.ask(
            self,
            translate("ChannelsPanel", "Channel in use"),
            translate(
                "ChannelsPanel",
                "{count} communication(s) use “{name}”. Move them to another channel before "
                "deleting it:",
            )
            .replace("{count}", format_count(used))
            .replace("{name}", item.name),
            others,
            translate("ChannelsPanel", "No channel (decide later)"),
        )
        if not ok:
            return None
        return self.run_delete(
            item,
            lambda: self.planning.delete_channel(item.id, reassign=True, reassign_to=target),
        )


# ----------------------------------------------------------------------------- blackouts
class BlackoutsPanel(EntityPanel):
    kind = EntityKind.BLACKOUT

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(session, BlackoutsModel(), parent)

    def build_form(self) -> None:
        self.name_edit = QLineEdit()
        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setMinimumWidth(130)
            edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.note_edit = QLineEdit()
        self.labels = [QLabel() for _ in range(4)]
        for label, widget in zip(
            self.labels,
            (self.name_edit, self.start_edit, self.end_edit, self.note_edit),
            strict=True,
        ):
            self.form.addRow(label, widget)

    def retranslate(self) -> None:
        super().retranslate()
        texts = (
            translate("BlackoutsPanel", "Name"),
            translate("BlackoutsPanel", "From"),
            translate("BlackoutsPanel", "To"),
            translate("BlackoutsPanel", "Note"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(translate("BlackoutsPanel", "e.g. Quarter close"))

    def texts(self) -> dict[str, str]:
        return {
            "title": translate("BlackoutsPanel", "Blackout periods"),
            "hint": translate(
                "BlackoutsPanel",
                "Days when nothing should be sent (quarter close, peak season, company "
                "events). The calendar marks them and warns about communications in them.",
            ),
            "new": translate("BlackoutsPanel", "New period"),
            "form_new": translate("BlackoutsPanel", "New blackout period"),
            "form_edit": translate("BlackoutsPanel", "Blackout period “{name}”"),
            "add_step": translate("BlackoutsPanel", "Add blackout period “{name}”"),
            "edit_step": translate("BlackoutsPanel", "Edit blackout period “{name}”"),
            "delete_step": translate("BlackoutsPanel", "Delete blackout period “{name}”"),
        }

    def focus_widget(self) -> QWidget | None:
        return self.name_edit

    def load_items(self) -> None:
        self.model.set_items(self.planning.blackouts())

    def fill_form(self, item: Blackout | None) -> None:
        today = date.today()
        self.name_edit.setText(item.name if item else "")
        self.start_edit.setDate(to_qdate(item.start if item else today))
        self.end_edit.setDate(to_qdate(item.end if item else today))
        self.note_edit.setText(item.note if item else "")

    def read_form(self, current: Blackout | None) -> Blackout:
        start = from_qdate(self.start_edit.date())
        return replace(
            current or Blackout("", start, start),
            name=self.name_edit.text(),
            start=start,
            end=from_qdate(self.end_edit.date()),
            note=self.note_edit.text().strip(),
        )

    def add(self, item: Blackout) -> PlanEdit:
        return self.planning.add_blackout(item)

    def update(self, item: Blackout) -> PlanEdit:
        return self.planning.update_blackout(item)

    def delete(self, item: Blackout) -> PlanEdit | None:
        return self.run_delete(item, lambda: self.planning.delete_blackout(item.id))
