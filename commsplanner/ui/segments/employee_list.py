"""Manual includes or excludes of a segment: employees picked by their directory id."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.segmentation import SegmentationService

_SPLIT = re.compile(r"[\s,;]+")


class EmployeeListEditor(QWidget):
    """A list of employees, added by typing their directory ids (several at once)."""

    changed = Signal()

    def __init__(self, service: SegmentationService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[int] = []
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.input = QLineEdit()
        self.input.setObjectName("employeeIds")
        self.add_button = QPushButton()
        self.add_button.setObjectName("addEmployees")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEmployees")
        self.problem = QLabel()
        self.problem.setObjectName("employeeProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c;")
        self.problem.hide()
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add_from_input)
        self.input.returnPressed.connect(self.add_from_input)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def retranslate(self, explanation: str) -> None:
        self.explanation.setText(explanation)
        self.input.setPlaceholderText(
            QCoreApplication.translate(
                "EmployeeListEditor", "Employee IDs from the directory, separated by commas"
            )
        )
        self.add_button.setText(QCoreApplication.translate("EmployeeListEditor", "Add"))
        self.remove_button.setText(
            QCoreApplication.translate("EmployeeListEditor", "Remove selected")
        )
        self._show()

    def ids(self) -> tuple[int, ...]:
        return tuple(self._ids)

    def set_ids(self, ids: Iterable[int]) -> None:
        self._ids = sorted({int(i) for i in ids})
        self._show()

    def add_from_input(self) -> None:
        wanted = [part for part in _SPLIT.split(self.input.text()) if part]
        if not wanted:
            return
        found, unknown = self._service.resolve_external_ids(wanted)
        if unknown:
            self.problem.setText(
                QCoreApplication.translate(
                    "EmployeeListEditor", "No employee has the ID: {ids}"
                ).replace("{ids}", ", ".join(unknown))
            )
            self.problem.show()
            self.input.setText(" ".join(unknown))  # keep what needs fixing
        else:
            self.problem.hide()
            self.input.clear()
        if found:
            self._ids = sorted(set(self._ids) | set(found))
            self._show()
            self.changed.emit()

    def remove_selected(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        if chosen:
            self._ids = [i for i in self._ids if i not in chosen]
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.list.clear()
        known = {row[0]: row for row in self._service.describe_employees(self._ids)}
        for employee_id in self._ids:
            row = known.get(employee_id)
            if row is None:
                text = QCoreApplication.translate(
                    "EmployeeListEditor", "#{id} (no longer in the directory)"
                ).replace("{id}", str(employee_id))
                inactive = True
            else:
                _, external_id, name, active = row
                text = f"{external_id} — {name}" if name else external_id
                inactive = not active
                if inactive:
                    text += " " + QCoreApplication.translate("EmployeeListEditor", "(inactive)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, employee_id)
            if inactive:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.gray)
            self.list.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
