"""File ▸ Export calendar (.ics)…: which communications go into the calendar file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class IcsChoice:
    path: Path
    segment_id: int | None
    campaign_id: int | None
    first: date | None
    last: date | None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class IcsExportDialog(QDialog):
    """Audience, campaign and period of the exported calendar, and where to write it."""

    def __init__(
        self,
        segments: list[tuple[int, str]],
        campaigns: list[tuple[int, str]],
        suggestion: Path,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("icsExportDialog")
        today = today or date.today()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.segment_combo = QComboBox()
        self.segment_combo.setObjectName("segmentCombo")
        self.segment_combo.addItem("", None)
        for segment_id, name in segments:
            self.segment_combo.addItem(name, segment_id)
        self.campaign_combo = QComboBox()
        self.campaign_combo.setObjectName("campaignCombo")
        self.campaign_combo.addItem("", None)
        for campaign_id, name in campaigns:
            self.campaign_combo.addItem(name, campaign_id)
        self.period_check = QCheckBox()
        self.period_check.setObjectName("periodCheck")
        self.first_edit = QDateEdit(_qdate(today))
        self.first_edit.setObjectName("firstDate")
        self.last_edit = QDateEdit(_qdate(today + timedelta(days=90)))
        self.last_edit.setObjectName("lastDate")
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.period_check.toggled.connect(self.first_edit.setEnabled)
        self.period_check.toggled.connect(self.last_edit.setEnabled)
        period = QHBoxLayout()
        self.to_label = QLabel()
        period.addWidget(self.period_check)
        period.addWidget(self.first_edit)
        period.addWidget(self.to_label)
        period.addWidget(self.last_edit)
        period.addStretch(1)
        self.path_edit = QLineEdit(str(suggestion))
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()

        self.segment_label = QLabel()
        self.campaign_label = QLabel()
        self.period_label = QLabel()
        self.path_label = QLabel()
        self.segment_label.setBuddy(self.segment_combo)
        self.campaign_label.setBuddy(self.campaign_combo)
        self.period_label.setBuddy(self.period_check)
        self.path_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(self.segment_label, self.segment_combo)
        form.addRow(self.campaign_label, self.campaign_combo)
        form.addRow(self.period_label, period)
        form.addRow(self.path_label, path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(560, 0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export calendar"))
        self.intro.setText(
            self.tr(
                "An iCalendar (.ics) file that Outlook, Google Calendar or Thunderbird can "
                "import or subscribe to. Exporting again to the same file updates the events "
                "instead of duplicating them."
            )
        )
        self.segment_label.setText(self.tr("&Audience:"))
        self.segment_combo.setItemText(0, self.tr("Every audience"))
        self.segment_combo.setToolTip(
            self.tr("Only communications sent to this segment (directly or by their campaign)")
        )
        self.campaign_label.setText(self.tr("&Campaign:"))
        self.campaign_combo.setItemText(0, self.tr("Every campaign"))
        self.period_label.setText(self.tr("&Period:"))
        self.period_check.setText(self.tr("Only from"))
        self.to_label.setText(self.tr("to"))
        self.first_edit.setAccessibleName(self.tr("First day"))
        self.last_edit.setAccessibleName(self.tr("Last day"))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export calendar"),
            self.path_edit.text(),
            self.tr("iCalendar files (*.ics)"),
        )
        if path:
            self.path_edit.setText(path if path.lower().endswith(".ics") else path + ".ics")

    def problems(self) -> str:
        text = self.path_edit.text().strip()
        if not text:
            return self.tr("Choose where to save the calendar file.")
        if Path(text).expanduser().is_dir():
            return self.tr("“{path}” is a folder; add a file name.").replace("{path}", text)
        if self.period_check.isChecked() and self.first_edit.date() > self.last_edit.date():
            return self.tr("The period ends before it starts.")
        return ""

    def _accept_if_valid(self) -> None:
        problem = self.problems()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        if not problem:
            self.accept()

    def choice(self) -> IcsChoice:
        text = self.path_edit.text().strip()
        path = Path(text if text.lower().endswith(".ics") else text + ".ics").expanduser()
        period = self.period_check.isChecked()
        return IcsChoice(
            path=path,
            segment_id=self.segment_combo.currentData(),
            campaign_id=self.campaign_combo.currentData(),
            first=_date(self.first_edit.date()) if period else None,
            last=_date(self.last_edit.date()) if period else None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, session: Any) -> IcsChoice | None:
        """Shows the dialog for the open workspace; the choice, or None when cancelled."""
        calendar = session.hub.calendar
        segments = sorted(((s.id, s.name) for s in calendar.segments()), key=lambda e: e[1])
        campaigns = sorted(((c.id, c.name) for c in calendar.campaigns()), key=lambda e: e[1])
        suggestion = session.hub.path.with_suffix(".ics")
        dialog = cls(segments, campaigns, suggestion, parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()
