"""One dashboard chart in a card: the matplotlib canvas, or its numbers as a table, with
tooltips on bars, cells and points and an "Export chart…" button (PNG or SVG)."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain import CommsPlannerError
from ...services.charts_dashboard import ChartResult
from .. import messages
from .models import ChartTableModel

CHART_PAGE, TABLE_PAGE = 0, 1


def ask_export_path(parent: QWidget, title: str, suggested: str) -> str | None:
    """Asks where to save a chart (PNG or SVG); None when cancelled. Tests replace this."""
    png = QCoreApplication.translate("ChartCard", "PNG image (*.png)")
    svg = QCoreApplication.translate("ChartCard", "SVG image (*.svg)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, suggested, f"{png};;{svg}")
    if not path:
        return None
    if not Path(path).suffix:
        path += ".svg" if chosen == svg else ".png"
    return path


class ChartCard(QFrame):
    """A titled card with a chart, a numbers table, notes and export."""

    exported = Signal(str)

    def __init__(self, key: str, min_height: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("chartCard")
        self.setProperty("chart", key)
        self.result: ChartResult | None = None
        self.canvas: Any = None
        self._min_height = min_height
        self.title = QLabel()
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.numbers_button = QToolButton()
        self.numbers_button.setObjectName("showNumbers")
        self.numbers_button.setCheckable(True)
        self.numbers_button.toggled.connect(self.show_numbers)
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportChart")
        self.export_button.clicked.connect(self.export)
        self.stack = QStackedWidget()
        self.chart_holder = QWidget()
        self._holder_layout = QVBoxLayout(self.chart_holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("chartPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._holder_layout.addWidget(self.placeholder)
        self.table_model = ChartTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("chartNumbers")
        self.table.setModel(self.table_model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.stack.addWidget(self.chart_holder)
        self.stack.addWidget(self.table)
        self.stack.setMinimumHeight(min_height)
        self.notes = QLabel()
        self.notes.setObjectName("chartNotes")
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.numbers_button)
        header.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.notes)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.numbers_button.setText(self.tr("Show numbers"))
        self.numbers_button.setToolTip(self.tr("Show the chart's numbers as a table"))
        self.export_button.setText(self.tr("Export chart…"))
        self.export_button.setToolTip(self.tr("Save the chart as a PNG or SVG image"))
        if self.result is None:
            self.placeholder.setText(self.tr("Calculating…"))

    # ------------------------------------------------------------------ content
    def set_result(self, result: ChartResult) -> None:
        """Shows a new chart (built off the UI thread) and its numbers."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.result = result
        self.title.setText(result.title)
        old = self.canvas
        canvas = FigureCanvasQTAgg(result.figure)
        canvas.setObjectName("chartCanvas")
        canvas.setProperty("chart", self.key)
        height = 140 if result.empty else self._min_height
        canvas.setMinimumHeight(height)
        self.stack.setMinimumHeight(height)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setToolTip(result.summary)
        canvas.setAccessibleName(result.title)
        canvas.setAccessibleDescription(result.summary)
        canvas.mpl_connect("motion_notify_event", self._hover)
        self.placeholder.hide()
        if old is not None:
            self._holder_layout.removeWidget(old)
            old.deleteLater()
        self._holder_layout.addWidget(canvas)
        self.canvas = canvas
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            canvas.draw_idle()
        self.table_model.set_table(result.table)
        self.table.setAccessibleName(result.table.title)
        self.notes.setText("\n".join(result.notes))
        self.notes.setVisible(bool(result.notes))
        self.export_button.setEnabled(True)

    def set_busy(self, text: str) -> None:
        if self.result is None:
            self.placeholder.setText(text)

    def show_numbers(self, on: bool) -> None:
        self.stack.setCurrentIndex(TABLE_PAGE if on else CHART_PAGE)
        if self.numbers_button.isChecked() != on:
            self.numbers_button.setChecked(on)

    # ------------------------------------------------------------------ tooltips
    def tooltip_for(self, event: Any) -> str | None:
        if self.result is None or event.inaxes is None or event.xdata is None:
            return None
        axes = list(self.result.figure.axes)
        if event.inaxes not in axes:
            return None
        return self.result.tooltip_at(axes.index(event.inaxes), event.xdata, event.ydata)

    def _hover(self, event: Any) -> None:
        text = self.tooltip_for(event)
        if text:
            QToolTip.showText(QCursor.pos() + QPoint(12, 12), text, self.canvas)
        else:
            QToolTip.hideText()

    # ------------------------------------------------------------------ export
    def export(self) -> str | None:
        """Asks for a file and saves the chart there as PNG or SVG."""
        if self.result is None:
            return None
        suggested = f"{self.key}.png"
        path = ask_export_path(self, self.tr("Export chart"), suggested)
        if not path:
            return None
        return self.export_to(path)

    def export_to(self, path: str) -> str | None:
        from ...services.charts_dashboard import save_chart

        assert self.result is not None
        try:
            saved = save_chart(self.result.figure, path, title=self.result.title)
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return None
        self.exported.emit(str(saved))
        return str(saved)
