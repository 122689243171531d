"""The Conflicts panel: findings in plain language; a click shows the communications involved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from ...services.conflicts import KIND_LABELS, SEVERITY_LABELS, Conflict, Severity
from .base import SEVERITY_COLOURS

ConflictRole = Qt.ItemDataRole.UserRole + 1


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ConflictListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Conflict] = []
        self._icons: dict[Severity, QIcon] = {}

    def set_conflicts(self, conflicts: list[Conflict]) -> None:
        self.beginResetModel()
        self._rows = list(conflicts)
        self.endResetModel()

    def conflict(self, row: int) -> Conflict:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conflict = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return conflict.message(translate)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                f"{translate('conflicts', SEVERITY_LABELS[conflict.severity])} · "
                f"{translate('conflicts', KIND_LABELS[conflict.kind])}"
            ]
            details = conflict.breakdown_text(translate)
            if details:
                lines.append(details)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(conflict.severity)
            if icon is None:
                icon = self._icons[conflict.severity] = _dot(SEVERITY_COLOURS[conflict.severity])
            return icon
        if role == ConflictRole:
            return conflict
        return None


class ConflictsPanel(QWidget):
    """A list of findings with a severity filter and a one-line summary."""

    conflict_activated = Signal(object)  # Conflict

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(260)
        self._all: list[Conflict] = []
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5f6368")
        self.filter_combo = QComboBox()
        self.model = ConflictListModel(self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(False)
        self.view.setSpacing(2)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.filter_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.filter_combo.currentIndexChanged.connect(self._apply_filter)
        self.retranslate()
        self.set_busy(False)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Conflicts"))
        current = self.filter_combo.currentData()
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItem(self.tr("All"), None)
        self.filter_combo.addItem(self.tr("Errors"), Severity.ERROR.value)
        self.filter_combo.addItem(self.tr("Warnings"), Severity.WARNING.value)
        self.filter_combo.addItem(self.tr("Notes"), Severity.INFO.value)
        self.filter_combo.setCurrentIndex(max(self.filter_combo.findData(current), 0))
        self.filter_combo.blockSignals(False)
        self._apply_filter()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_summary()

    def set_conflicts(self, conflicts: list[Conflict], period: str = "") -> None:
        self._all = list(conflicts)
        self._period = period
        self._apply_filter()

    def _apply_filter(self) -> None:
        wanted = self.filter_combo.currentData()
        rows = [c for c in self._all if wanted is None or c.severity.value == wanted]
        self.model.set_conflicts(rows)
        self._update_summary()

    def _update_summary(self) -> None:
        if getattr(self, "_busy", False):
            self.summary.setText(self.tr("Checking the plan…"))
            return
        errors = sum(1 for c in self._all if c.severity is Severity.ERROR)
        warnings = sum(1 for c in self._all if c.severity is Severity.WARNING)
        notes = sum(1 for c in self._all if c.severity is Severity.INFO)
        if not self._all:
            text = self.tr("No conflicts.")
        else:
            text = (
                self.tr("%1 errors, %2 warnings, %3 notes")
                .replace("%1", str(errors))
                .replace("%2", str(warnings))
                .replace("%3", str(notes))
            )
        period = getattr(self, "_period", "")
        self.summary.setText(f"{text} {period}".strip())

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.conflict_activated.emit(self.model.conflict(index.row()))
