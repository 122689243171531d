"""A lazy table model over the employees of a workspace (fluid with 100,000 rows).

The model holds only the ordered ids of the current filter and sort; rows are fetched from
the service in blocks of :data:`BLOCK` when the view first paints them, and the most recent
:data:`MAX_BLOCKS` blocks stay cached.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain import Employee
from ...services.audience_browser import (
    AudienceBrowserService,
    AudienceFilter,
    AudienceView,
)
from ...services.audience_fields import attribute_name, is_attribute
from .labels import field_name, yes_no

BLOCK = 200
MAX_BLOCKS = 60
# Very long values are cut for display (the tooltip shows them whole).
DISPLAY_LIMIT = 300

Index = QModelIndex | QPersistentModelIndex


def display_value(employee: Employee, field: str) -> str:
    """The text of one cell."""
    if is_attribute(field):
        return employee.attributes.get(attribute_name(field), "")
    value = getattr(employee, field)
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, date):
        return QLocale().toString(
            QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
        )
    return str(value)


class EmployeeTableModel(QAbstractTableModel):
    """Employees of the current filter and sort; one column per field."""

    def __init__(self, service: AudienceBrowserService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._fields: list[str] = service.table_fields()
        self._filter = AudienceFilter()
        self._sort_field: str | None = None
        self._descending = False
        self._view = AudienceView(self._filter, None, False)
        self._blocks: OrderedDict[int, list[Employee]] = OrderedDict()
        #: While True (an import is writing) rows not yet cached are not fetched.
        self.suspended = False
        self.fetches = 0  # blocks read, for tests and benchmarks
        self._view = service.view(self._filter)

    # ---------------------------------------------------------------- state
    @property
    def fields(self) -> list[str]:
        return list(self._fields)

    @property
    def filter(self) -> AudienceFilter:
        return self._filter

    @property
    def sort_field(self) -> str | None:
        return self._sort_field

    @property
    def descending(self) -> bool:
        return self._descending

    def set_filter(self, flt: AudienceFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Recomputes the view (after a filter change or an import); keeps filter and sort."""
        self.beginResetModel()
        self._fields = self._service.table_fields()
        if self._sort_field is not None and self._sort_field not in self._fields:
            self._sort_field = None
        self._view = self._service.view(self._filter, self._sort_field, self._descending)
        self._blocks.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = self._fields[column] if 0 <= column < len(self._fields) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if field == self._sort_field and descending == self._descending:
            return
        self._sort_field = field
        self._descending = descending
        # A reset rather than a layout change: persistent indexes would point at other people.
        self.beginResetModel()
        self._view = self._service.view(self._filter, field, descending)
        self._blocks.clear()
        self.endResetModel()

    def employee_at(self, row: int) -> Employee | None:
        if not 0 <= row < len(self._view):
            return None
        block_number = row // BLOCK
        block = self._blocks.get(block_number)
        if block is None:
            if self.suspended:
                return None
            start = block_number * BLOCK
            block = self._service.employees(self._view.ids[start : start + BLOCK])
            self.fetches += 1
            self._blocks[block_number] = block
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_number)
        offset = row - block_number * BLOCK
        return block[offset] if offset < len(block) else None

    def field_at(self, column: int) -> str | None:
        return self._fields[column] if 0 <= column < len(self._fields) else None

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.checkIndex(index):
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.UserRole,
        ):
            return None
        employee = self.employee_at(index.row())
        if employee is None:
            return None
        field = self._fields[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return employee.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a8f98")) if not employee.active else None
        if role == Qt.ItemDataRole.FontRole:
            if not employee.active:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        text = display_value(employee, field)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not employee.active:
                return self.tr("No longer in the directory (inactive).") + (
                    "\n" + text[:2000] if text else ""
                )
            return text[:2000] if len(text) > 40 else None
        if len(text) > DISPLAY_LIMIT:
            return text[:DISPLAY_LIMIT] + "…"
        if field == "display_name" and not text:
            return "—"
        return text

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._fields):
                return field_name(self._fields[section])
            return None
        return QLocale().toString(section + 1) if 0 <= section < len(self._view) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        if self._fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._fields) - 1)
