"""Qt models of the planning pages: plain lists of domain items shown as tables and lists.

Each model holds immutable domain objects and is refilled from the services after an edit
(``set_items``); edits never go through ``setData`` except for check boxes of pickers.
Every model sorts through :data:`SORT_ROLE` and names its item through :data:`ID_ROLE`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ...domain import (
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    Communication,
    CorporateValue,
    Priority,
    Segment,
    Status,
    ValueWeight,
)
from ...domain.errors import QT_TRANSLATE_NOOP
from ...services.planning import STATUS_ORDER
from ...services.recurrence_rules import describe_rule
from .common import (
    format_count,
    format_date,
    format_datetime,
    kind_label,
    priority_label,
    status_label,
    swatch_icon,
    translate,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "PlanningTables"
_PRIORITY_ORDER = {p: i for i, p in enumerate(Priority)}
_STATUS_ORDER = {s: i for i, s in enumerate(STATUS_ORDER)}

Index = QModelIndex | QPersistentModelIndex


@dataclass
class PlanLookups:
    """Names and figures tables show beside ids."""

    values: dict[int, CorporateValue] = field(default_factory=dict)
    goals: dict[int, BusinessGoal] = field(default_factory=dict)
    segments: dict[int, Segment] = field(default_factory=dict)
    sizes: dict[int, int] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    counts: dict[int, int] = field(default_factory=dict)

    def names(self, table: dict[int, Any], ids: Iterable[int]) -> str:
        return ", ".join(table[i].name for i in ids if i in table)


class ItemTableModel(QAbstractTableModel):
    """A table of domain items; subclasses name the columns and say what each shows."""

    # (key, header source text in context "PlanningTables")
    COLUMNS: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []

    # ------------------------------------------------------------------ content
    def set_items(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def items(self) -> list[Any]:
        return list(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def column_of(self, key: str) -> int:
        return [k for k, _ in self.COLUMNS].index(key)

    # ------------------------------------------------------------------ subclass hooks
    def display(self, key: str, item: Any) -> str:
        return str(getattr(item, key, "") or "")

    def decoration(self, key: str, item: Any) -> Any:
        return None

    def sort_key(self, key: str, item: Any) -> Any:
        return self.display(key, item).casefold()

    def tooltip(self, key: str, item: Any) -> str | None:
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        return None

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        item = self._items[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(key, item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(key, item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(key, item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = self.alignment(key)
            return int(align | Qt.AlignmentFlag.AlignVCenter) if align is not None else None
        if role == ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            return self.sort_key(key, item)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return translate("PlanningTables", self.COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._items) - 1, len(self.COLUMNS) - 1)
            )


# ----------------------------------------------------------------------------- values
VALUE_MIME = "application/x-commsplanner-value-ids"


class ValuesModel(ItemTableModel):
    """Corporate values in their order; rows can be dragged to reorder them."""

    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("PlanningTables", "Value")),
        ("description", QT_TRANSLATE_NOOP("PlanningTables", "Description")),
    )
    #: The ids in the order the user dropped them into.
    reorder_requested = Signal(list)

    def decoration(self, key: str, item: CorporateValue) -> Any:
        return swatch_icon(item.colour) if key == "name" else None

    def sort_key(self, key: str, item: CorporateValue) -> Any:
        return item.position if key == "name" else super().sort_key(key, item)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [VALUE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        ids = ",".join(str(self._items[r].id) for r in rows)
        data.setData(VALUE_MIME, QByteArray(ids.encode()))
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(VALUE_MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        moved = [int(i) for i in bytes(data.data(VALUE_MIME).data()).decode().split(",") if i]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._items)
        ids = [v.id for v in self._items]
        before = [i for i in ids[:row] if i not in moved]
        after = [i for i in ids[row:] if i not in moved]
        order = before + [i for i in moved if i in ids] + after
        if order != ids:
            self.reorder_requested.emit(order)
        # The rows move when the page reloads from the stored order; nothing to remove here.
        return False


# ----------------------------------------------------------------------------- goals
class GoalsModel(ItemTableModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("PlanningTables", "Goal")),
        ("kpi", QT_TRANSLATE_NOOP("PlanningTables", "KPI")),
        ("target", QT_TRANSLATE_NOOP("PlanningTables", "Target")),
        ("due_date", QT_TRANSLATE_NOOP("PlanningTables", "Due")),
    )

    def display(self, key: str, item: BusinessGoal) -> str:
        if key == "due_date":
            return format_date(item.due_date)
        return super().display(key, item)

    def sort_key(self, key: str, item: BusinessGoal) -> Any:
        if key == "due_date":
            return (item.due_date or date.max).isoformat()
        return super().sort_key(key, item)

    def tooltip(self, key: str, item: BusinessGoal) -> str | None:
        return item.description or None


# ----------------------------------------------------------------------------- channels
class ChannelsModel(ItemTableModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("PlanningTables", "Channel")),
        ("kind", QT_TRANSLATE_NOOP("PlanningTables", "Kind")),
        ("two_way", QT_TRANSLATE_NOOP("PlanningTables", "Direction")),
        ("weekly_cap_per_person", QT_TRANSLATE_NOOP("PlanningTables", "Per person a week")),
        ("daily_capacity", QT_TRANSLATE_NOOP("PlanningTables", "A day")),
        ("usage", QT_TRANSLATE_NOOP("PlanningTables", "Communications")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.usage: dict[int, int] = {}

    def set_channels(self, channels: Iterable[Channel], usage: dict[int, int]) -> None:
        self.usage = dict(usage)
        self.set_items(channels)

    def display(self, key: str, item: Channel) -> str:
        if key == "kind":
            return kind_label(item.kind)
        if key == "two_way":
            return (
                translate("PlanningTables", "Two-way")
                if item.two_way
                else translate("PlanningTables", "One-way")
            )
        if key in ("weekly_cap_per_person", "daily_capacity"):
            value = getattr(item, key)
            return format_count(value) if value else translate("PlanningTables", "No limit")
        if key == "usage":
            return format_count(self.usage.get(item.id, 0))
        return super().display(key, item)

    def decoration(self, key: str, item: Channel) -> Any:
        return swatch_icon(item.colour) if key == "name" else None

    def sort_key(self, key: str, item: Channel) -> Any:
        if key in ("weekly_cap_per_person", "daily_capacity"):
            value = getattr(item, key)
            return value if value else 1 << 30
        if key == "usage":
            return self.usage.get(item.id, 0)
        if key == "two_way":
            return int(item.two_way)
        return super().sort_key(key, item)

    def tooltip(self, key: str, item: Channel) -> str | None:
        return item.effort_note or None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        if key in ("weekly_cap_per_person", "daily_capacity", "usage"):
            return Qt.AlignmentFlag.AlignRight
        return None


# ----------------------------------------------------------------------------- blackouts
class BlackoutsModel(ItemTableModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("PlanningTables", "Blackout period")),
        ("start", QT_TRANSLATE_NOOP("PlanningTables", "From")),
        ("end", QT_TRANSLATE_NOOP("PlanningTables", "To")),
        ("note", QT_TRANSLATE_NOOP("PlanningTables", "Note")),
    )

    def display(self, key: str, item: Blackout) -> str:
        if key in ("start", "end"):
            return format_date(getattr(item, key))
        return super().display(key, item)

    def sort_key(self, key: str, item: Blackout) -> Any:
        if key in ("start", "end"):
            return getattr(item, key).isoformat()
        return super().sort_key(key, item)


# ----------------------------------------------------------------------------- campaigns
class CampaignsModel(ItemTableModel):
    COLUMNS = (
        ("name", QT_TRANSLATE_NOOP("PlanningTables", "Campaign")),
        ("status", QT_TRANSLATE_NOOP("PlanningTables", "Status")),
        ("priority", QT_TRANSLATE_NOOP("PlanningTables", "Priority")),
        ("start", QT_TRANSLATE_NOOP("PlanningTables", "Start")),
        ("end", QT_TRANSLATE_NOOP("PlanningTables", "End")),
        ("owner", QT_TRANSLATE_NOOP("PlanningTables", "Owner")),
        ("values", QT_TRANSLATE_NOOP("PlanningTables", "Values")),
        ("segments", QT_TRANSLATE_NOOP("PlanningTables", "Segments")),
        ("count", QT_TRANSLATE_NOOP("PlanningTables", "Communications")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lookups = PlanLookups()

    def set_campaigns(self, campaigns: Iterable[Campaign], lookups: PlanLookups) -> None:
        self.lookups = lookups
        self.set_items(campaigns)

    def _ranked_values(self, item: Campaign) -> list[int]:
        values = self.lookups.values
        return [
            vid
            for vid, _ in sorted(
                item.value_weights.items(),
                key=lambda kv: (
                    kv[1] is not ValueWeight.PRIMARY,
                    values[kv[0]].position if kv[0] in values else 0,
                ),
            )
        ]

    def display(self, key: str, item: Campaign) -> str:
        if key == "status":
            return status_label(item.status)
        if key == "priority":
            return priority_label(item.priority)
        if key in ("start", "end"):
            return format_date(getattr(item, key))
        if key == "values":
            return self.lookups.names(self.lookups.values, self._ranked_values(item))
        if key == "segments":
            return self.lookups.names(self.lookups.segments, item.segment_ids)
        if key == "count":
            return format_count(self.lookups.counts.get(item.id, 0))
        return super().display(key, item)

    def decoration(self, key: str, item: Campaign) -> Any:
        return swatch_icon(item.colour) if key == "name" else None

    def sort_key(self, key: str, item: Campaign) -> Any:
        if key == "status":
            return _STATUS_ORDER[item.status]
        if key == "priority":
            return _PRIORITY_ORDER[item.priority]
        if key in ("start", "end"):
            value = getattr(item, key)
            return value.isoformat() if value else "9999"
        if key == "count":
            return self.lookups.counts.get(item.id, 0)
        return super().sort_key(key, item)

    def tooltip(self, key: str, item: Campaign) -> str | None:
        if key == "segments":
            return "\n".join(
                translate("PlanningTables", "{name}: {size} people")
                .replace("{name}", self.lookups.segments[s].name)
                .replace("{size}", format_count(self.lookups.sizes.get(s, 0)))
                for s in item.segment_ids
                if s in self.lookups.segments
            )
        if key == "name":
            return item.objective or None
        return None

    def alignment(self, key: str) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight if key == "count" else None


class CampaignFilterProxy(QSortFilterProxyModel):
    """Campaigns matching the chosen status, value, goal, segment, owner and text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status: Status | None = None
        self.value_id: int | None = None
        self.goal_id: int | None = None
        self.segment_id: int | None = None
        self.owner: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filters(
        self,
        *,
        status: Status | None = None,
        value_id: int | None = None,
        goal_id: int | None = None,
        segment_id: int | None = None,
        owner: str | None = None,
        text: str = "",
    ) -> None:
        self.beginFilterChange()
        self.status, self.value_id, self.goal_id = status, value_id, goal_id
        self.segment_id, self.owner, self.text = segment_id, owner, text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        if not isinstance(model, CampaignsModel) or source_parent.isValid():
            return True
        item: Campaign = model.item(source_row)
        if self.status is not None and item.status != self.status:
            return False
        if self.value_id is not None and self.value_id not in item.value_weights:
            return False
        if self.goal_id is not None and self.goal_id not in item.goal_ids:
            return False
        if self.segment_id is not None and self.segment_id not in item.segment_ids:
            return False
        if self.owner is not None and item.owner != self.owner:
            return False
        if self.text:
            haystack = " ".join((item.name, item.objective, item.owner, item.notes)).casefold()
            return self.text in haystack
        return True


# ----------------------------------------------------------------------------- communications
class CommunicationsModel(ItemTableModel):
    COLUMNS = (
        ("start", QT_TRANSLATE_NOOP("PlanningTables", "When")),
        ("title", QT_TRANSLATE_NOOP("PlanningTables", "Communication")),
        ("channel", QT_TRANSLATE_NOOP("PlanningTables", "Channel")),
        ("audience", QT_TRANSLATE_NOOP("PlanningTables", "Audience")),
        ("status", QT_TRANSLATE_NOOP("PlanningTables", "Status")),
        ("repeats", QT_TRANSLATE_NOOP("PlanningTables", "Repeats")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lookups = PlanLookups()

    def set_communications(
        self, communications: Iterable[Communication], lookups: PlanLookups
    ) -> None:
        self.lookups = lookups
        self.set_items(communications)

    def display(self, key: str, item: Communication) -> str:
        if key == "start":
            return format_datetime(item.start)
        if key == "channel":
            channel = self.lookups.channels.get(item.channel_id or -1)
            return channel.name if channel else translate("PlanningTables", "No channel")
        if key == "audience":
            if not item.segment_ids:
                return translate("PlanningTables", "Campaign's segments")
            return self.lookups.names(self.lookups.segments, item.segment_ids)
        if key == "status":
            return status_label(item.status)
        if key == "repeats":
            if not item.recurrence:
                return ""
            return describe_rule(
                item.recurrence,
                item.start,
                QCoreApplication,  # type: ignore[arg-type]
                format_date=format_date,
                skipped=item.skipped_dates,
            )
        return super().display(key, item)

    def decoration(self, key: str, item: Communication) -> Any:
        if key == "channel":
            channel = self.lookups.channels.get(item.channel_id or -1)
            return swatch_icon(channel.colour) if channel else None
        return None

    def sort_key(self, key: str, item: Communication) -> Any:
        if key == "start":
            return item.start.isoformat()
        if key == "status":
            return _STATUS_ORDER[item.status]
        return super().sort_key(key, item)

    def tooltip(self, key: str, item: Communication) -> str | None:
        return item.message_brief or None


# ----------------------------------------------------------------------------- pickers
class CheckListModel(QAbstractListModel):
    """Items to tick (goals served, segments targeted), in the order given."""

    checks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, str, str | None, Any]] = []
        self._checked: list[int] = []

    def set_rows(
        self, rows: Iterable[tuple[int, str, str | None, Any]], checked: Iterable[int] = ()
    ) -> None:
        """Rows of (id, label, tooltip, decoration)."""
        self.beginResetModel()
        self._rows = list(rows)
        known = {r[0] for r in self._rows}
        self._checked = [i for i in dict.fromkeys(checked) if i in known]
        self.endResetModel()

    def checked_ids(self) -> tuple[int, ...]:
        """The ticked ids: first those given ticked (in their order), then by row order."""
        return tuple(self._checked)

    def set_checked(self, ids: Iterable[int]) -> None:
        known = {r[0] for r in self._rows}
        self._checked = [i for i in dict.fromkeys(ids) if i in known]
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checks_changed.emit()

    def row_of(self, item_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r[0] == item_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractListModel.CheckIndexOption.IndexIsValid):
            return None
        item_id, label, tip, decoration = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item_id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.DecorationRole:
            return decoration
        if role == ID_ROLE:
            return item_id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkIndex(
            index, QAbstractListModel.CheckIndexOption.IndexIsValid
        ):
            return False
        item_id = self._rows[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked and item_id not in self._checked:
            self._checked.append(item_id)
        elif not checked and item_id in self._checked:
            self._checked.remove(item_id)
        else:
            return True
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )


class ValueWeightsModel(QAbstractTableModel):
    """Every corporate value, ticked when the campaign promotes it, and whether as primary."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PlanningTables", "Value"),
        QT_TRANSLATE_NOOP("PlanningTables", "Primary"),
    )
    weights_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._values: list[CorporateValue] = []
        self._weights: dict[int, ValueWeight] = {}

    def set_values(self, values: Iterable[CorporateValue], weights: dict[int, ValueWeight]) -> None:
        self.beginResetModel()
        self._values = list(values)
        known = {v.id for v in self._values}
        self._weights = {k: ValueWeight(w) for k, w in weights.items() if k in known}
        self.endResetModel()

    def weights(self) -> dict[int, ValueWeight]:
        return dict(self._weights)

    def set_weight(self, value_id: int, weight: ValueWeight | None) -> None:
        row = next((n for n, v in enumerate(self._values) if v.id == value_id), -1)
        if row < 0:
            return
        if weight is None:
            self._weights.pop(value_id, None)
        else:
            self._weights[value_id] = ValueWeight(weight)
        self.dataChanged.emit(self.index(row, 0), self.index(row, 1))
        self.weights_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._values)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        value = self._values[index.row()]
        weight = self._weights.get(value.id)  # type: ignore[arg-type]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return value.name
            if role == Qt.ItemDataRole.DecorationRole:
                return swatch_icon(value.colour)
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if weight else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return value.description or None
        elif role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Checked if weight is ValueWeight.PRIMARY else Qt.CheckState.Unchecked
            )
        if role == ID_ROLE:
            return value.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not self.checkIndex(
            index, QAbstractTableModel.CheckIndexOption.IndexIsValid
        ):
            return False
        value_id = self._values[index.row()].id
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if index.column() == 0:
            self.set_weight(value_id, ValueWeight.SECONDARY if checked else None)  # type: ignore[arg-type]
        else:
            self.set_weight(value_id, ValueWeight.PRIMARY if checked else ValueWeight.SECONDARY)  # type: ignore[arg-type]
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsUserCheckable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 2
        ):
            return translate("PlanningTables", self.COLUMNS[section])
        return None
