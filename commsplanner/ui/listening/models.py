"""Table models of the listening pages: feedback entries, results, chart numbers, problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...domain import Feedback, FeedbackStatus
from ...domain.errors import QT_TRANSLATE_NOOP
from ...services.charts_dashboard import ChartTable
from ...services.dashboard import GroupLabel
from ...services.measurements_import import MeasurementRow
from ...services.tabular import ISSUE_CONTEXT, Issue, Severity
from .common import format_count, format_number, group_text, kind_label, status_label

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


_STATUS_COLOURS = {
    FeedbackStatus.NEW: "#B45309",
    FeedbackStatus.ANSWERED: "#1D4ED8",
    FeedbackStatus.ACTED_ON: "#047857",
}


class _Table(QAbstractTableModel):
    """Rows of one list, columns named by translated headers."""

    headers: tuple[str, ...] = ()
    context = "ListeningModels"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def _headers(self) -> Sequence[str]:
        return [QCoreApplication.translate(self.context, h) for h in self.headers]

    def _row_count(self) -> int:  # pragma: no cover - overridden
        return 0

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


# ----------------------------------------------------------------------------- feedback

FB_DATE, FB_KIND, FB_STATUS, FB_CHANNEL, FB_GROUP, FB_CAMPAIGN, FB_TEXT, FB_RESPONSE, FB_TAGS = (
    range(9)
)


class FeedbackTableModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("ListeningModels", "Received"),
        QT_TRANSLATE_NOOP("ListeningModels", "Kind"),
        QT_TRANSLATE_NOOP("ListeningModels", "Status"),
        QT_TRANSLATE_NOOP("ListeningModels", "Channel"),
        QT_TRANSLATE_NOOP("ListeningModels", "Segment or group"),
        QT_TRANSLATE_NOOP("ListeningModels", "Campaign"),
        QT_TRANSLATE_NOOP("ListeningModels", "Text"),
        QT_TRANSLATE_NOOP("ListeningModels", "Response"),
        QT_TRANSLATE_NOOP("ListeningModels", "Tags"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Feedback] = []
        self._channels: dict[int | None, str] = {}
        self._campaigns: dict[int | None, str] = {}
        self._groups: Callable[[Feedback], GroupLabel] = lambda f: GroupLabel()

    def set_entries(
        self,
        entries: Sequence[Feedback],
        channels: dict[int | None, str],
        campaigns: dict[int | None, str],
        groups: Callable[[Feedback], GroupLabel],
    ) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._channels = channels
        self._campaigns = campaigns
        self._groups = groups
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self._rows)

    def entry(self, row: int) -> Feedback | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, feedback_id: int) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == feedback_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return entry.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == FB_DATE:
                if role == SORT_ROLE:
                    return entry.date.isoformat()
                from ..i18n import format_day

                return format_day(entry.date)
            if column == FB_KIND:
                return kind_label(entry.kind)
            if column == FB_STATUS:
                return status_label(entry.status)
            if column == FB_CHANNEL:
                return self._channels.get(entry.channel_id, "")
            if column == FB_GROUP:
                return group_text(self._groups(entry))
            if column == FB_CAMPAIGN:
                return self._campaigns.get(entry.campaign_id, "")
            if column == FB_TEXT:
                return _one_line(entry.text)
            if column == FB_RESPONSE:
                return _one_line(entry.response)
            if column == FB_TAGS:
                return ", ".join(entry.tags)
        if role == Qt.ItemDataRole.ToolTipRole and column in (FB_TEXT, FB_RESPONSE):
            text = entry.text if column == FB_TEXT else entry.response
            return text or None
        if role == Qt.ItemDataRole.ForegroundRole and column == FB_STATUS:
            return QBrush(QColor(_STATUS_COLOURS[FeedbackStatus(entry.status)]))
        return None


def _one_line(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ----------------------------------------------------------------------------- results

M_DATE, M_METRIC, M_VALUE, M_GROUP, M_RESPONDENTS, M_SOURCE, M_CAMPAIGN = range(7)


class MeasurementTableModel(_Table):
    headers = (
        QT_TRANSLATE_NOOP("ListeningModels", "Date"),
        QT_TRANSLATE_NOOP("ListeningModels", "Metric"),
        QT_TRANSLATE_NOOP("ListeningModels", "Value"),
        QT_TRANSLATE_NOOP("ListeningModels", "Segment or group"),
        QT_TRANSLATE_NOOP("ListeningModels", "Respondents"),
        QT_TRANSLATE_NOOP("ListeningModels", "Source"),
        QT_TRANSLATE_NOOP("ListeningModels", "Campaign"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[MeasurementRow] = []

    def set_rows(self, rows: Sequence[MeasurementRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self._rows)

    def row(self, row: int) -> MeasurementRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return item.id
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == M_DATE:
                if role == SORT_ROLE:
                    return item.date.isoformat()
                from ..i18n import format_day

                return format_day(item.date)
            if column == M_METRIC:
                return item.metric
            if column == M_VALUE:
                if item.value is None:
                    return (
                        -1e300
                        if role == SORT_ROLE
                        else QCoreApplication.translate("ListeningModels", "withheld")
                    )
                return item.value if role == SORT_ROLE else format_number(item.value)
            if column == M_GROUP:
                return group_text(item.group)
            if column == M_RESPONDENTS:
                if item.respondents is None:
                    return -1 if role == SORT_ROLE else ""
                return item.respondents if role == SORT_ROLE else format_count(item.respondents)
            if column == M_SOURCE:
                return item.source
            if column == M_CAMPAIGN:
                return item.campaign
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (M_VALUE, M_RESPONDENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == M_VALUE and item.value is None:
            return QCoreApplication.translate(
                "ListeningModels",
                "The group is smaller than the anonymity threshold (by members or respondents), "
                "so this value is never shown, charted or exported.",
            )
        if role == Qt.ItemDataRole.ForegroundRole and column == M_VALUE and item.value is None:
            return QBrush(QColor("#6B7280"))
        return None


# ----------------------------------------------------------------------------- chart numbers


class ChartTableModel(QAbstractTableModel):
    """The numbers of one chart (already in the chart's language)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._table = ChartTable("", (), ())

    def set_table(self, table: ChartTable) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> ChartTable:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._table.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self._table.headers
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row = self._table.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# ----------------------------------------------------------------------------- problems

I_ROW, I_COLUMN, I_SEVERITY, I_PROBLEM, I_VALUE = range(5)


class IssueTableModel(_Table):
    """The validation report of an import: row, column, problem, value."""

    headers = (
        QT_TRANSLATE_NOOP("ListeningModels", "Row"),
        QT_TRANSLATE_NOOP("ListeningModels", "Column"),
        QT_TRANSLATE_NOOP("ListeningModels", "Severity"),
        QT_TRANSLATE_NOOP("ListeningModels", "Problem"),
        QT_TRANSLATE_NOOP("ListeningModels", "Value"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._issues: list[Issue] = []

    def set_issues(self, issues: Sequence[Issue]) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self._issues)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == I_ROW:
                return "" if issue.row is None else str(issue.row)
            if column == I_COLUMN:
                return issue.column_ref
            if column == I_SEVERITY:
                return severity_label(issue.severity)
            if column == I_PROBLEM:
                return issue.message(QCoreApplication.translate)
            if column == I_VALUE:
                return issue.value
        if role == Qt.ItemDataRole.ToolTipRole and column == I_PROBLEM:
            return issue.message(QCoreApplication.translate)
        if role == Qt.ItemDataRole.ForegroundRole and column == I_SEVERITY:
            colour = {
                Severity.ERROR: "#B91C1C",
                Severity.WARNING: "#B45309",
                Severity.INFO: "#4B5563",
            }[issue.severity]
            return QBrush(QColor(colour))
        return None


def severity_label(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("ListeningModels", "Error")
    if severity is Severity.WARNING:
        return QCoreApplication.translate("ListeningModels", "Warning")
    return QCoreApplication.translate("ListeningModels", "Note")


__all__ = [
    "ID_ROLE",
    "ISSUE_CONTEXT",
    "SORT_ROLE",
    "ChartTableModel",
    "FeedbackTableModel",
    "IssueTableModel",
    "MeasurementTableModel",
]
