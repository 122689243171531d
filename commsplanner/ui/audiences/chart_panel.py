"""The distribution chart beside the employee table: one attribute, the current filter."""

from __future__ import annotations

import warnings
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services.audience_browser import AudienceBrowserService, AudienceFilter, Distribution
from ...services.audience_fields import GROUP_FIELDS
from .labels import count_text, field_name

DEFAULT_FIELD = "department"


class DistributionPanel(QWidget):
    """A field chooser and a matplotlib bar chart of how the filtered employees spread."""

    #: The user clicked a bar: (field, value) to add as a filter.
    value_picked = Signal(str, str)

    def __init__(self, service: AudienceBrowserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = AudienceFilter()
        self.distribution: Distribution | None = None
        self._bar_values: list[str | None] = []
        self.field_label = QLabel()
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("distributionField")
        self.field_combo.currentIndexChanged.connect(self._schedule)
        self.note = QLabel()
        self.note.setObjectName("distributionNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.canvas: Any = None
        self._canvas_holder = QVBoxLayout()
        self._canvas_holder.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.field_label)
        top.addWidget(self.field_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._canvas_holder, 1)
        layout.addWidget(self.note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._redraw_if_shown)
        self._stale = True
        self.suspended = False
        self.reload_fields()
        self.retranslate()

    # ---------------------------------------------------------------- public
    @property
    def field(self) -> str:
        return str(self.field_combo.currentData() or DEFAULT_FIELD)

    def set_field(self, field: str) -> None:
        index = self.field_combo.findData(field)
        if index >= 0:
            self.field_combo.setCurrentIndex(index)

    def set_filter(self, flt: AudienceFilter) -> None:
        self._filter = flt
        self._schedule()

    def reload_fields(self) -> None:
        """Offers the built-in group fields and the workspace's custom attributes."""
        current = self.field_combo.currentData() or DEFAULT_FIELD
        blocked = self.field_combo.blockSignals(True)
        self.field_combo.clear()
        for field in [*GROUP_FIELDS, "start_date", *self._service.attribute_fields()]:
            self.field_combo.addItem(field_name(field), field)
        index = self.field_combo.findData(current)
        self.field_combo.setCurrentIndex(max(index, 0))
        self.field_combo.blockSignals(blocked)
        self._schedule()

    def retranslate(self) -> None:
        self.field_label.setText(self.tr("Distribution of"))
        for i in range(self.field_combo.count()):
            self.field_combo.setItemText(i, field_name(str(self.field_combo.itemData(i))))
        self._schedule()

    # ---------------------------------------------------------------- drawing
    def _schedule(self) -> None:
        self._timer.start()

    def _redraw_if_shown(self) -> None:
        # A hidden panel (another page is on screen) redraws when it is shown again; a
        # suspended one (a job is using the workspace) when the job is done.
        if self.isVisible() and not self.suspended:
            self.redraw()
        else:
            self._stale = True

    def set_suspended(self, suspended: bool) -> None:
        """While a background job reads or writes the workspace, no query runs from here."""
        self.suspended = suspended
        if not suspended and self._stale:
            self._schedule()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self._schedule()

    def redraw(self) -> None:
        """Queries the distribution and replaces the chart (matplotlib loads on first use)."""
        self._timer.stop()
        self._stale = False
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from ...services.charts_audience import ChartTexts, distribution_bars, distribution_figure

        field = self.field
        distribution = self._service.distribution(field, self._filter)
        self.distribution = distribution
        texts = ChartTexts(
            title=(
                self.tr("{field} — 1 employee")
                if distribution.total == 1
                else self.tr("{field} — {count} employees")
            )
            .replace("{field}", field_name(field))
            .replace("{count}", count_text(distribution.total)),
            other=self.tr("Other ({groups} groups)"),
            empty=self.tr("(empty)"),
            no_data=self.tr("No employee matches the filter."),
            too_few=self.tr(
                "Fewer than {threshold} people match: no breakdown is shown, so that nobody "
                "can be singled out."
            ).replace("{threshold}", count_text(distribution.threshold)),
            share_note=self.tr("One person can count under several values."),
            yes=self.tr("Yes"),
            no=self.tr("No"),
        )
        bars = distribution_bars(distribution, texts)
        self._bar_values = [v for v, _c in distribution.items]
        figure = distribution_figure(distribution, texts)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setObjectName("distributionCanvas")
        canvas.setMinimumHeight(160)
        canvas.mpl_connect("button_press_event", self._on_click)
        if self.canvas is not None:
            self._canvas_holder.removeWidget(self.canvas)
            self.canvas.setParent(None)
            self.canvas.deleteLater()
        self.canvas = canvas
        self._canvas_holder.addWidget(canvas)
        with warnings.catch_warnings():
            # Fonts without emoji glyphs warn once per glyph; the label is still readable.
            warnings.simplefilter("ignore", UserWarning)
            canvas.draw_idle()
        notes = []
        if distribution.hidden_groups:
            notes.append(
                self.tr(
                    "Groups of fewer than {threshold} people are counted under “Other” "
                    "so that nobody can be singled out."
                ).replace("{threshold}", count_text(distribution.threshold))
            )
        if bars and distribution.items:
            notes.append(self.tr("Click a bar to filter by its value."))
        self.note.setText(" ".join(notes))

    def _on_click(self, event: Any) -> None:
        if event.inaxes is None or event.ydata is None:
            return
        position = round(event.ydata)
        if 0 <= position < len(self._bar_values):
            value = self._bar_values[position]
            if value is not None:
                self.value_picked.emit(self.field, value)
