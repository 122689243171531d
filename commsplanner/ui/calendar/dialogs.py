"""Small dialogs of the calendar: "this one or the whole series?" and a communication editor."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import Campaign, Channel, CommsPlannerError, Communication, Segment, Status
from ...domain.recurrence import validate_rule
from ...services.calendar import Scope


def status_labels() -> dict[Status, str]:
    translate = QCoreApplication.translate
    return {
        Status.IDEA: translate("Status", "Idea"),
        Status.DRAFT: translate("Status", "Draft"),
        Status.IN_REVIEW: translate("Status", "In review"),
        Status.APPROVED: translate("Status", "Approved"),
        Status.SCHEDULED: translate("Status", "Scheduled"),
        Status.LIVE: translate("Status", "Live"),
        Status.DONE: translate("Status", "Done"),
        Status.CANCELLED: translate("Status", "Cancelled"),
    }


def error_text(err: CommsPlannerError) -> str:
    return err.format(QCoreApplication.translate("errors", err.template))


class RecurrenceScopeDialog(QMessageBox):
    """Asks whether a change applies to one occurrence or to the whole series."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Recurring communication"))
        self.setText(
            self.tr("“%1” repeats. Change only this occurrence or the whole series?").replace(
                "%1", title
            )
        )
        self.setInformativeText(
            self.tr(
                "Changing only this one takes it out of the series as a separate communication."
            )
        )
        self.one_button = self.addButton(
            self.tr("Only this one"), QMessageBox.ButtonRole.AcceptRole
        )
        self.series_button = self.addButton(
            self.tr("The whole series"), QMessageBox.ButtonRole.AcceptRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.one_button)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> Scope | None:
        """Scope.ONE, Scope.SERIES, or None when cancelled."""
        dialog = cls(title, parent)
        dialog.exec()
        clicked = dialog.clickedButton()
        if clicked is dialog.one_button:
            return Scope.ONE
        if clicked is dialog.series_button:
            return Scope.SERIES
        return None


@dataclass
class Lookups:
    campaigns: list[Campaign]
    channels: list[Channel]
    segments: list[Segment]


class CommunicationDialog(QDialog):
    """A communication's fields in one form; validation errors keep the dialog open."""

    def __init__(
        self, lookups: Lookups, comm: Communication, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._comm = comm
        self.setWindowTitle(
            self.tr("Communication") if comm.id is None else self.tr("Edit communication")
        )
        self.setMinimumWidth(460)
        form = QFormLayout()
        self.title_edit = QLineEdit(comm.title)
        self.title_edit.setPlaceholderText(self.tr("What is being communicated"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.campaign_combo = QComboBox()
        for campaign in lookups.campaigns:
            self.campaign_combo.addItem(campaign.name, campaign.id)
        index = self.campaign_combo.findData(comm.campaign_id)
        self.campaign_combo.setCurrentIndex(max(index, 0))
        form.addRow(self.tr("C&ampaign:"), self.campaign_combo)
        self.start_edit = QDateTimeEdit(QDateTime(comm.start))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(self.tr("&Starts:"), self.start_edit)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 24 * 60 * 7)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setValue(comm.duration_minutes)
        form.addRow(self.tr("&Duration:"), self.duration_spin)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("(no channel)"), None)
        for channel in lookups.channels:
            self.channel_combo.addItem(channel.name, channel.id)
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(comm.channel_id), 0))
        form.addRow(self.tr("C&hannel:"), self.channel_combo)
        self.segment_list = QListWidget()
        self.segment_list.setMaximumHeight(110)
        for segment in lookups.segments:
            entry = QListWidgetItem(segment.name)
            entry.setData(Qt.ItemDataRole.UserRole, segment.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if segment.id in comm.segment_ids else Qt.CheckState.Unchecked
            )
            self.segment_list.addItem(entry)
        form.addRow(self.tr("A&udience:"), self.segment_list)
        hint = QLabel(self.tr("No segment ticked: the campaign's audience."))
        hint.setStyleSheet("color: #70757a")
        form.addRow("", hint)
        self.status_combo = QComboBox()
        for status, label in status_labels().items():
            self.status_combo.addItem(label, status.value)
        self.status_combo.setCurrentIndex(
            max(self.status_combo.findData(Status(comm.status).value), 0)
        )
        form.addRow(self.tr("Stat&us:"), self.status_combo)
        self.owner_edit = QLineEdit(comm.owner)
        form.addRow(self.tr("&Owner:"), self.owner_edit)
        self.message_edit = QPlainTextEdit(comm.message_brief)
        self.message_edit.setMaximumHeight(80)
        form.addRow(self.tr("&Key message:"), self.message_edit)
        self.repeat_edit = QLineEdit(comm.recurrence or "")
        self.repeat_edit.setPlaceholderText(
            self.tr("e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=6 (empty: once)")
        )
        form.addRow(self.tr("&Repeat:"), self.repeat_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.result_comm: Communication | None = None

    def communication(self) -> Communication:
        segments = tuple(
            self.segment_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.segment_list.count())
            if self.segment_list.item(i).checkState() == Qt.CheckState.Checked
        )
        start: datetime = self.start_edit.dateTime().toPython()
        rule = self.repeat_edit.text().strip().upper() or None
        return dataclasses.replace(
            self._comm,
            title=self.title_edit.text().strip(),
            campaign_id=self.campaign_combo.currentData(),
            start=start.replace(second=0, microsecond=0),
            duration_minutes=self.duration_spin.value(),
            channel_id=self.channel_combo.currentData(),
            segment_ids=segments,
            status=Status(self.status_combo.currentData()),
            owner=self.owner_edit.text().strip(),
            message_brief=self.message_edit.toPlainText().strip(),
            recurrence=rule,
            skipped_dates=self._comm.skipped_dates if rule else (),
        )

    def accept(self) -> None:
        comm = self.communication()
        try:
            comm.validate()
            if comm.recurrence:
                validate_rule(comm.recurrence, comm.start)
        except CommsPlannerError as err:
            self.error_label.setText(error_text(err))
            self.error_label.show()
            return
        self.result_comm = comm
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, lookups: Lookups, comm: Communication
    ) -> Communication | None:
        dialog = cls(lookups, comm, parent)
        return dialog.result_comm if dialog.exec() == QDialog.DialogCode.Accepted else None
