"""Small pieces shared by the listening pages: labels in the UI language, the group picker."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from ...domain import FeedbackKind, FeedbackStatus
from ...i18n import normalise_language
from ...services.audience_fields import FIELD_LABELS, FIELDS_CONTEXT
from ...services.dashboard import GroupLabel
from ...services.feedback_log import KIND_LABELS, STATUS_LABELS

# Attributes a result or an entry can be grouped by, in menu order.
GROUP_ATTRIBUTES = ("department", "location", "position", "function", "level", "language")


def ui_language() -> str:
    """ "es" or "en": the language the UI speaks now (the default QLocale follows it)."""
    return normalise_language(QLocale().name())


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def kind_label(kind: FeedbackKind) -> str:
    return QCoreApplication.translate("FeedbackLog", KIND_LABELS[FeedbackKind(kind)])


def status_label(status: FeedbackStatus) -> str:
    return QCoreApplication.translate("FeedbackLog", STATUS_LABELS[FeedbackStatus(status)])


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return QCoreApplication.translate(FIELDS_CONTEXT, label) if label else name


def group_text(group: GroupLabel) -> str:
    return group.text(QCoreApplication.translate)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def format_number(value: float, digits: int = 2) -> str:
    """A number in the UI locale, without trailing zeros ("3,8", "45", "−12")."""
    text = QLocale().toString(float(value), "f", digits)
    decimal = QLocale().decimalPoint()
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def format_count(value: int) -> str:
    return QLocale().toString(int(value))


def set_combo_data(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)


class GroupPicker(QWidget):
    """Whom something concerns: the whole organisation, a segment or an attribute group."""

    changed = Signal()

    def __init__(self, hub: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.whole = QRadioButton()
        self.by_segment = QRadioButton()
        self.by_attribute = QRadioButton()
        self.segment = QComboBox()
        self.segment.setObjectName("groupSegment")
        self.attribute = QComboBox()
        self.attribute.setObjectName("groupAttribute")
        self.value = QComboBox()
        self.value.setObjectName("groupValue")
        self.value.setEditable(True)
        buttons = QButtonGroup(self)
        for button in (self.whole, self.by_segment, self.by_attribute):
            buttons.addButton(button)
            button.toggled.connect(self._sync)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.whole, 0, 0, 1, 3)
        layout.addWidget(self.by_segment, 1, 0)
        layout.addWidget(self.segment, 1, 1, 1, 2)
        layout.addWidget(self.by_attribute, 2, 0)
        layout.addWidget(self.attribute, 2, 1)
        layout.addWidget(self.value, 2, 2)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        for segment in hub.segmentation.list_segments():
            self.segment.addItem(segment.name, segment.id)
        for name in GROUP_ATTRIBUTES:
            self.attribute.addItem(field_label(name), name)
        self.attribute.currentIndexChanged.connect(self._fill_values)
        self.segment.currentIndexChanged.connect(self.changed)
        self.value.currentTextChanged.connect(self.changed)
        self.whole.setChecked(True)
        self._fill_values()
        self.retranslate()

    def retranslate(self) -> None:
        self.whole.setText(self.tr("Whole organisation"))
        self.by_segment.setText(self.tr("Segment"))
        self.by_attribute.setText(self.tr("Attribute group"))
        for i in range(self.attribute.count()):
            self.attribute.setItemText(i, field_label(str(self.attribute.itemData(i))))

    def _fill_values(self) -> None:
        name = self.attribute.currentData()
        text = self.value.currentText()
        self.value.blockSignals(True)
        self.value.clear()
        if name:
            for value, _count in self._hub.segmentation.distinct_values(str(name)):
                if value:
                    self.value.addItem(value)
        self.value.setEditText(text)
        self.value.blockSignals(False)
        self.changed.emit()

    def _sync(self) -> None:
        self.segment.setEnabled(self.by_segment.isChecked())
        self.attribute.setEnabled(self.by_attribute.isChecked())
        self.value.setEnabled(self.by_attribute.isChecked())
        self.changed.emit()

    def set_group(self, segment_id: int | None, attribute: str | None, value: str | None) -> None:
        if segment_id is not None:
            self.by_segment.setChecked(True)
            set_combo_data(self.segment, segment_id)
        elif attribute:
            self.by_attribute.setChecked(True)
            index = self.attribute.findData(attribute)
            if index < 0:
                self.attribute.addItem(attribute, attribute)
                index = self.attribute.count() - 1
            self.attribute.setCurrentIndex(index)
            self.value.setEditText(value or "")
        else:
            self.whole.setChecked(True)
        self._sync()

    def group(self) -> tuple[int | None, str | None, str | None]:
        """(segment id, attribute, value); all None for the whole organisation."""
        if self.by_segment.isChecked() and self.segment.currentData() is not None:
            return int(self.segment.currentData()), None, None
        if self.by_attribute.isChecked():
            value = " ".join(self.value.currentText().split())
            if value:
                return None, str(self.attribute.currentData()), value
        return None, None, None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True when the user says yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
