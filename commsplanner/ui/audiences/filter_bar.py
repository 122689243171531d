"""Search box, attribute = value filters (shown as removable chips) and "show inactive"."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.audience_browser import AudienceBrowserService, AudienceFilter
from .labels import count_text, field_name, yes_no

SEARCH_DELAY_MS = 250
MAX_VALUES = 500


def value_text(field: str, value: str) -> str:
    """How a filter value reads ("Yes" for customer_facing = 1, "(empty)" for "")."""
    if field in ("customer_facing", "active"):
        return yes_no(value in ("1", "true", "True"))
    if value == "":
        return FilterBar.tr("(empty)")
    return value


class FilterBar(QWidget):
    """Emits :attr:`filter_changed` with the new :class:`AudienceFilter`."""

    filter_changed = Signal(object)

    def __init__(self, service: AudienceBrowserService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._filter = AudienceFilter()

        self.search = QLineEdit()
        self.search.setObjectName("audienceSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.search.textChanged.connect(self._search_edited)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)

        self.field_label = QLabel()
        self.field_combo = QComboBox()
        self.field_combo.setObjectName("filterField")
        self.field_combo.currentIndexChanged.connect(self._load_values)
        self.value_combo = QComboBox()
        self.value_combo.setObjectName("filterValue")
        self.value_combo.setMinimumWidth(200)
        self.value_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.value_combo.setMinimumContentsLength(16)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFilter")
        self.add_button.clicked.connect(self.add_selected)
        self.inactive = QCheckBox()
        self.inactive.setObjectName("showInactive")
        self.inactive.toggled.connect(self._inactive_toggled)

        self.chips_row = QHBoxLayout()
        self.chips_row.setContentsMargins(0, 0, 0, 0)
        self.chips_label = QLabel()
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(self.clear)
        self._chips: list[QToolButton] = []

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 2)
        top.addSpacing(12)
        top.addWidget(self.field_label)
        top.addWidget(self.field_combo)
        top.addWidget(self.value_combo, 1)
        top.addWidget(self.add_button)
        top.addSpacing(12)
        top.addWidget(self.inactive)
        chips = QHBoxLayout()
        chips.setContentsMargins(0, 0, 0, 0)
        chips.addWidget(self.chips_label)
        chips.addLayout(self.chips_row)
        chips.addWidget(self.clear_button)
        chips.addStretch(1)
        self.chips_holder = QWidget()
        self.chips_holder.setLayout(chips)
        self.chips_holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chips_holder)
        self.reload_fields()
        self.retranslate()
        self._update_chips()

    # ---------------------------------------------------------------- state
    @property
    def filter(self) -> AudienceFilter:
        return self._filter

    def set_filter(self, flt: AudienceFilter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        if self.search.text() != flt.search:
            blocked = self.search.blockSignals(True)
            self.search.setText(flt.search)
            self.search.blockSignals(blocked)
        if self.inactive.isChecked() != flt.include_inactive:
            blocked = self.inactive.blockSignals(True)
            self.inactive.setChecked(flt.include_inactive)
            self.inactive.blockSignals(blocked)
        self._update_chips()
        self._load_values()
        self.filter_changed.emit(flt)

    def add_condition(self, field: str, value: str) -> None:
        self.set_filter(self._filter.with_condition(field, value))

    def remove_condition(self, field: str, value: str) -> None:
        self.set_filter(self._filter.without_condition(field, value))

    def clear(self) -> None:
        self.set_filter(AudienceFilter(include_inactive=self._filter.include_inactive))

    def add_selected(self) -> None:
        field = self.field_combo.currentData()
        value = self.value_combo.currentData()
        if field is not None and value is not None:
            self.add_condition(str(field), str(value))

    # ---------------------------------------------------------------- fields and values
    def reload_fields(self) -> None:
        current = self.field_combo.currentData() or "department"
        blocked = self.field_combo.blockSignals(True)
        self.field_combo.clear()
        for field in self._service.filter_fields():
            self.field_combo.addItem(field_name(field), field)
        self.field_combo.setCurrentIndex(max(self.field_combo.findData(current), 0))
        self.field_combo.blockSignals(blocked)
        self._load_values()

    def _load_values(self) -> None:
        field = self.field_combo.currentData()
        self.value_combo.clear()
        if field is None:
            return
        chosen = {v for f, v in self._filter.conditions if f == field}
        for value, count in self._service.values(str(field), self._filter)[:MAX_VALUES]:
            if value in chosen:
                continue
            self.value_combo.addItem(
                self.tr("{value} ({count})")
                .replace("{value}", value_text(str(field), value))
                .replace("{count}", count_text(count)),
                value,
            )
        self.add_button.setEnabled(self.value_combo.count() > 0)

    # ---------------------------------------------------------------- chips
    def _update_chips(self) -> None:
        for chip in self._chips:
            self.chips_row.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for field, value in self._filter.conditions:
            chip = QToolButton()
            chip.setObjectName("filterChip")
            chip.setText(
                self.tr("{field}: {value}  ✕")
                .replace("{field}", field_name(field))
                .replace("{value}", value_text(field, value))
            )
            chip.setToolTip(self.tr("Remove this filter"))
            chip.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
                " padding: 2px 8px; background: palette(alternate-base); }"
            )
            chip.clicked.connect(lambda _=False, f=field, v=value: self.remove_condition(f, v))
            self.chips_row.addWidget(chip)
            self._chips.append(chip)
        has = bool(self._filter.conditions)
        self.chips_holder.setVisible(has)

    @property
    def chips(self) -> list[QToolButton]:
        return list(self._chips)

    # ---------------------------------------------------------------- signals
    def _search_edited(self, _text: str) -> None:
        self._search_timer.start()

    def _apply_search(self) -> None:
        text = self.search.text()
        if text != self._filter.search:
            self.set_filter(
                AudienceFilter(text, self._filter.conditions, self._filter.include_inactive)
            )

    def flush(self) -> None:
        """Applies a search still waiting for its typing pause (tests, Enter key)."""
        if self._search_timer.isActive():
            self._search_timer.stop()
            self._apply_search()

    def _inactive_toggled(self, checked: bool) -> None:
        self.set_filter(AudienceFilter(self._filter.search, self._filter.conditions, checked))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, ID, position, place, interests…"))
        self.field_label.setText(self.tr("Filter by"))
        self.add_button.setText(self.tr("Add filter"))
        self.inactive.setText(self.tr("Show inactive"))
        self.inactive.setToolTip(
            self.tr("Include employees who are no longer in the latest directory export.")
        )
        self.chips_label.setText(self.tr("Filters:"))
        self.clear_button.setText(self.tr("Clear all"))
        for i in range(self.field_combo.count()):
            self.field_combo.setItemText(i, field_name(str(self.field_combo.itemData(i))))
        self._update_chips()
        self._load_values()
