"""The segment list: name (with its colour), members, share of the organisation, warnings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPixmap

from ...domain import Segment
from .labels import format_count, format_share

Index = QModelIndex | QPersistentModelIndex

NAME, MEMBERS, SHARE, WARNINGS = range(4)
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SegmentListModel(QAbstractTableModel):
    """Segments with their figures; figures arrive one by one (``set_figures``)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._sizes: dict[int, int] = {}
        self._warnings: dict[int, list[str]] = {}
        self._rule_texts: dict[int, str] = {}
        self.organisation_size = 0
        self._icons: dict[str, QIcon] = {}

    # ------------------------------------------------------------------ content
    def set_segments(self, segments: list[Segment], rule_texts: dict[int, str]) -> None:
        self.beginResetModel()
        self._segments = list(segments)
        self._rule_texts = dict(rule_texts)
        known = {s.id for s in segments}
        self._sizes = {k: v for k, v in self._sizes.items() if k in known}
        self._warnings = {k: v for k, v in self._warnings.items() if k in known}
        self.endResetModel()

    def forget_figures(self) -> None:
        """Marks every size as unknown (they are being recomputed)."""
        self._sizes.clear()
        self._warnings.clear()
        if self._segments:
            self.dataChanged.emit(self.index(0, MEMBERS), self.index(self.rowCount() - 1, WARNINGS))

    def set_figures(self, segment_id: int, size: int, warnings: list[str]) -> None:
        self._sizes[segment_id] = size
        self._warnings[segment_id] = warnings
        row = self.row_of(segment_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, NAME), self.index(row, WARNINGS))

    def segment_at(self, row: int) -> Segment | None:
        return self._segments[row] if 0 <= row < len(self._segments) else None

    def row_of(self, segment_id: int) -> int:
        return next((i for i, s in enumerate(self._segments) if s.id == segment_id), -1)

    def size_of(self, segment_id: int) -> int | None:
        return self._sizes.get(segment_id)

    def warnings_of(self, segment_id: int) -> list[str]:
        return self._warnings.get(segment_id, [])

    def missing_figures(self) -> list[int]:
        return [s.id for s in self._segments if s.id is not None and s.id not in self._sizes]

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._segments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                QCoreApplication.translate("SegmentListModel", "Segment"),
                QCoreApplication.translate("SegmentListModel", "Members"),
                QCoreApplication.translate("SegmentListModel", "Share"),
                "⚠",
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole and section == WARNINGS:
            return QCoreApplication.translate("SegmentListModel", "Warnings")
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _icon(self, colour: str) -> QIcon:
        icon = self._icons.get(colour)
        if icon is None:
            pixmap = QPixmap(12, 12)
            pixmap.fill(QColor(colour))
            icon = self._icons[colour] = QIcon(pixmap)
        return icon

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        segment = self._segments[index.row()]
        column = index.column()
        size = self._sizes.get(segment.id)  # type: ignore[arg-type]
        warnings = self._warnings.get(segment.id, [])  # type: ignore[arg-type]
        if role == SEGMENT_ID_ROLE:
            return segment.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return segment.name
            if size is None:
                return "…"
            if column == MEMBERS:
                return format_count(size)
            if column == SHARE:
                share = size / self.organisation_size if self.organisation_size else 0.0
                return format_share(share)
            return str(len(warnings)) if warnings else ""
        if role == SORT_ROLE:
            if column == NAME:
                return segment.name.casefold()
            if column == WARNINGS:
                return len(warnings)
            return -1 if size is None else size
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._icon(segment.colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == WARNINGS and warnings:
            return QColor("#b45309")
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [segment.name]
            if segment.description:
                parts.append(segment.description)
            text = self._rule_texts.get(segment.id)  # type: ignore[arg-type]
            if text:
                parts.append(text)
            parts.extend("⚠ " + w for w in warnings)
            return "\n".join(parts)
        return None
