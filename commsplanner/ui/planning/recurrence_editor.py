"""The repetition editor of a communication: choices, not RRULE syntax, with a summary."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.recurrence_rules import (
    ORDINAL_NAMES,
    WEEKDAY_NAMES,
    EndMode,
    Frequency,
    MonthlyMode,
    RecurrenceSpec,
    describe,
)
from .common import format_date, from_qdate, to_qdate, translate

_FREQUENCIES = (Frequency.NONE, Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY)
_MONTHLY_MODES = (
    MonthlyMode.DAY_OF_MONTH,
    MonthlyMode.WEEKDAY,
    MonthlyMode.LAST_DAY,
    MonthlyMode.LAST_WORKDAY,
)
_END_MODES = (EndMode.NEVER, EndMode.UNTIL, EndMode.COUNT)


class RecurrenceEditor(QWidget):
    """Does not repeat / every N days / weeks on given days / months on a day or weekday,
    ending never, on a date or after a number of times."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start: datetime = datetime.now().replace(second=0, microsecond=0)
        self._custom_rule = ""
        self._skipped: tuple[date, ...] = ()
        self._filling = False

        self.frequency_combo = QComboBox()
        for frequency in (*_FREQUENCIES, Frequency.CUSTOM):
            self.frequency_combo.addItem("", frequency.value)
        self.interval_label = QLabel()
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 99)
        self.interval_unit = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.frequency_combo)
        top.addWidget(self.interval_label)
        top.addWidget(self.interval_spin)
        top.addWidget(self.interval_unit)
        top.addStretch(1)

        # Weekly: one box per weekday, Monday first.
        self.weekly = QWidget()
        weekly_layout = QHBoxLayout(self.weekly)
        weekly_layout.setContentsMargins(0, 0, 0, 0)
        self.day_checks = [QCheckBox() for _ in range(7)]
        for check in self.day_checks:
            weekly_layout.addWidget(check)
            check.toggled.connect(self._emit)
        weekly_layout.addStretch(1)

        # Monthly: on day N / on the Nth weekday / last day / last working day.
        self.monthly = QWidget()
        grid = QGridLayout(self.monthly)
        grid.setContentsMargins(0, 0, 0, 0)
        self.monthly_group = QButtonGroup(self)
        self.monthly_radios = [QRadioButton() for _ in _MONTHLY_MODES]
        for index, radio in enumerate(self.monthly_radios):
            self.monthly_group.addButton(radio, index)
        self.month_day_spin = QSpinBox()
        self.month_day_spin.setRange(1, 31)
        self.clamp_check = QCheckBox()
        self.week_number_combo = QComboBox()
        for number in (1, 2, 3, 4, -1):
            self.week_number_combo.addItem("", number)
        self.weekday_combo = QComboBox()
        for day in range(7):
            self.weekday_combo.addItem("", day)
        day_row = QHBoxLayout()
        day_row.addWidget(self.month_day_spin)
        day_row.addWidget(self.clamp_check)
        day_row.addStretch(1)
        weekday_row = QHBoxLayout()
        weekday_row.addWidget(self.week_number_combo)
        weekday_row.addWidget(self.weekday_combo)
        weekday_row.addStretch(1)
        grid.addWidget(self.monthly_radios[0], 0, 0)
        grid.addLayout(day_row, 0, 1)
        grid.addWidget(self.monthly_radios[1], 1, 0)
        grid.addLayout(weekday_row, 1, 1)
        grid.addWidget(self.monthly_radios[2], 2, 0, 1, 2)
        grid.addWidget(self.monthly_radios[3], 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        # Custom: a rule the choices cannot express, kept and editable as text.
        self.custom_edit = QLineEdit()

        # Ends.
        self.ends = QWidget()
        ends_layout = QHBoxLayout(self.ends)
        ends_layout.setContentsMargins(0, 0, 0, 0)
        self.ends_label = QLabel()
        self.end_group = QButtonGroup(self)
        self.end_radios = [QRadioButton() for _ in _END_MODES]
        for index, radio in enumerate(self.end_radios):
            self.end_group.addButton(radio, index)
        self.until_edit = QDateEdit()
        self.until_edit.setCalendarPopup(True)
        self.count_spin = QSpinBox()
        self.count_spin.setRange(1, 999)
        self.count_spin.setValue(6)
        self.count_unit = QLabel()
        ends_layout.addWidget(self.ends_label)
        ends_layout.addWidget(self.end_radios[0])
        ends_layout.addWidget(self.end_radios[1])
        ends_layout.addWidget(self.until_edit)
        ends_layout.addWidget(self.end_radios[2])
        ends_layout.addWidget(self.count_spin)
        ends_layout.addWidget(self.count_unit)
        ends_layout.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setItalic(True)
        self.summary.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.weekly)
        layout.addWidget(self.monthly)
        layout.addWidget(self.custom_edit)
        layout.addWidget(self.ends)
        layout.addWidget(self.summary)

        for signal in (
            self.frequency_combo.currentIndexChanged,
            self.interval_spin.valueChanged,
            self.monthly_group.idToggled,
            self.month_day_spin.valueChanged,
            self.clamp_check.toggled,
            self.week_number_combo.currentIndexChanged,
            self.weekday_combo.currentIndexChanged,
            self.end_group.idToggled,
            self.until_edit.dateChanged,
            self.count_spin.valueChanged,
            self.custom_edit.textChanged,
        ):
            signal.connect(self._emit)
        self.monthly_radios[0].setChecked(True)
        self.end_radios[0].setChecked(True)
        self.retranslate()
        self.set_spec(RecurrenceSpec(), self._start)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        labels = {
            Frequency.NONE: translate("RecurrenceEditor", "Does not repeat"),
            Frequency.DAILY: translate("RecurrenceEditor", "Daily"),
            Frequency.WEEKLY: translate("RecurrenceEditor", "Weekly"),
            Frequency.MONTHLY: translate("RecurrenceEditor", "Monthly"),
            Frequency.CUSTOM: translate("RecurrenceEditor", "Custom rule"),
        }
        for index in range(self.frequency_combo.count()):
            frequency = Frequency(self.frequency_combo.itemData(index))
            self.frequency_combo.setItemText(index, labels[frequency])
        self.interval_label.setText(translate("RecurrenceEditor", "every"))
        locale = QLocale()
        for day, check in enumerate(self.day_checks):
            check.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            check.setToolTip(QCoreApplication.translate("recurrence", WEEKDAY_NAMES[day]))
        self.monthly_radios[0].setText(translate("RecurrenceEditor", "On day"))
        self.monthly_radios[1].setText(translate("RecurrenceEditor", "On the"))
        self.monthly_radios[2].setText(
            translate("RecurrenceEditor", "On the last day of the month")
        )
        self.monthly_radios[3].setText(
            translate("RecurrenceEditor", "On the last working day (Monday to Friday)")
        )
        self.clamp_check.setText(translate("RecurrenceEditor", "or the last day in shorter months"))
        for index in range(self.week_number_combo.count()):
            number = self.week_number_combo.itemData(index)
            self.week_number_combo.setItemText(
                index, QCoreApplication.translate("recurrence", ORDINAL_NAMES[number])
            )
        for index in range(self.weekday_combo.count()):
            self.weekday_combo.setItemText(
                index, QCoreApplication.translate("recurrence", WEEKDAY_NAMES[index])
            )
        self.ends_label.setText(translate("RecurrenceEditor", "Ends:"))
        self.end_radios[0].setText(translate("RecurrenceEditor", "never"))
        self.end_radios[1].setText(translate("RecurrenceEditor", "on"))
        self.end_radios[2].setText(translate("RecurrenceEditor", "after"))
        self.count_unit.setText(translate("RecurrenceEditor", "times"))
        self.custom_edit.setPlaceholderText(
            translate("RecurrenceEditor", "An RFC 5545 rule, e.g. FREQ=YEARLY;BYMONTH=3")
        )
        self._update()

    # ------------------------------------------------------------------ values
    def set_start(self, start: datetime) -> None:
        """The first occurrence; defaults for new choices follow its day."""
        if Frequency(self.frequency_combo.currentData()) is Frequency.NONE:
            # Nothing chosen yet: weekday and day-of-month defaults follow the new start.
            self.set_spec(RecurrenceSpec(), start)
            return
        self._start = start
        self._update()

    def set_skipped(self, skipped: tuple[date, ...]) -> None:
        self._skipped = tuple(skipped)
        self._update()

    def set_spec(self, spec: RecurrenceSpec, start: datetime) -> None:
        self._filling = True
        try:
            self._start = start
            defaults = RecurrenceSpec.default_for(start, Frequency.WEEKLY)
            frequency = Frequency(spec.frequency)
            self.frequency_combo.setCurrentIndex(self.frequency_combo.findData(frequency.value))
            self._custom_rule = spec.custom_rule
            self.custom_edit.setText(spec.custom_rule)
            self.interval_spin.setValue(max(spec.interval, 1))
            weekdays = spec.weekdays if frequency is Frequency.WEEKLY else defaults.weekdays
            for day, check in enumerate(self.day_checks):
                check.setChecked(day in weekdays)
            source = spec if frequency is Frequency.MONTHLY else defaults
            mode = MonthlyMode(source.monthly_mode)
            self.monthly_radios[_MONTHLY_MODES.index(mode)].setChecked(True)
            self.month_day_spin.setValue(source.month_day)
            self.clamp_check.setChecked(source.clamp_to_month_end)
            self.week_number_combo.setCurrentIndex(
                max(self.week_number_combo.findData(source.week_number), 0)
            )
            self.weekday_combo.setCurrentIndex(source.weekday)
            end = EndMode(spec.end)
            self.end_radios[_END_MODES.index(end)].setChecked(True)
            self.until_edit.setDate(to_qdate(spec.until or (start.date().replace(day=28))))
            if spec.until is None:
                self.until_edit.setDate(QDate(start.year, start.month, start.day).addMonths(3))
            self.count_spin.setValue(spec.count or 6)
        finally:
            self._filling = False
        self._update()

    def spec(self) -> RecurrenceSpec:
        frequency = Frequency(self.frequency_combo.currentData())
        base = RecurrenceSpec.default_for(self._start, frequency)
        end = _END_MODES[max(self.end_group.checkedId(), 0)]
        spec = replace(
            base,
            interval=self.interval_spin.value(),
            end=end,
            until=from_qdate(self.until_edit.date()) if end is EndMode.UNTIL else None,
            count=self.count_spin.value() if end is EndMode.COUNT else None,
        )
        if frequency is Frequency.WEEKLY:
            days = tuple(d for d, check in enumerate(self.day_checks) if check.isChecked())
            spec = replace(spec, weekdays=days or base.weekdays)
        elif frequency is Frequency.MONTHLY:
            spec = replace(
                spec,
                monthly_mode=_MONTHLY_MODES[max(self.monthly_group.checkedId(), 0)],
                month_day=self.month_day_spin.value(),
                clamp_to_month_end=self.clamp_check.isChecked(),
                week_number=self.week_number_combo.currentData(),
                weekday=self.weekday_combo.currentData(),
            )
        elif frequency is Frequency.CUSTOM:
            spec = replace(spec, custom_rule=self.custom_edit.text().strip())
        return spec

    def rule(self) -> str | None:
        return self.spec().to_rule()

    def summary_text(self) -> str:
        return self.summary.text()

    # ------------------------------------------------------------------ internals
    def _emit(self, *_: object) -> None:
        if self._filling:
            return
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        frequency = Frequency(self.frequency_combo.currentData() or Frequency.NONE.value)
        repeats = frequency is not Frequency.NONE
        custom = frequency is Frequency.CUSTOM
        # "Custom rule" is only offered for rules made elsewhere.
        custom_index = self.frequency_combo.findData(Frequency.CUSTOM.value)
        view = self.frequency_combo.view()
        if view is not None:
            view.setRowHidden(custom_index, not (custom or self._custom_rule))
        self.interval_label.setVisible(repeats and not custom)
        self.interval_spin.setVisible(repeats and not custom)
        self.interval_unit.setVisible(repeats and not custom)
        units = {
            Frequency.DAILY: translate("RecurrenceEditor", "day(s)"),
            Frequency.WEEKLY: translate("RecurrenceEditor", "week(s)"),
            Frequency.MONTHLY: translate("RecurrenceEditor", "month(s)"),
        }
        self.interval_unit.setText(units.get(frequency, ""))
        self.weekly.setVisible(frequency is Frequency.WEEKLY)
        self.monthly.setVisible(frequency is Frequency.MONTHLY)
        self.custom_edit.setVisible(custom)
        self.ends.setVisible(repeats and not custom)
        monthly_mode = _MONTHLY_MODES[max(self.monthly_group.checkedId(), 0)]
        self.month_day_spin.setEnabled(monthly_mode is MonthlyMode.DAY_OF_MONTH)
        self.clamp_check.setEnabled(
            monthly_mode is MonthlyMode.DAY_OF_MONTH and self.month_day_spin.value() > 28
        )
        self.week_number_combo.setEnabled(monthly_mode is MonthlyMode.WEEKDAY)
        self.weekday_combo.setEnabled(monthly_mode is MonthlyMode.WEEKDAY)
        end = _END_MODES[max(self.end_group.checkedId(), 0)]
        self.until_edit.setEnabled(end is EndMode.UNTIL)
        self.count_spin.setEnabled(end is EndMode.COUNT)
        self.summary.setText(
            describe(
                self.spec(),
                QCoreApplication,  # type: ignore[arg-type]
                format_date=format_date,
                skipped=self._skipped,
            )
        )
