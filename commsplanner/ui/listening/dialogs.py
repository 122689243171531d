"""Editors of the listening pages: one feedback entry, one result (measurement)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import (
    CommsPlannerError,
    EntityKind,
    Feedback,
    FeedbackKind,
    FeedbackStatus,
    Measurement,
)
from ...domain.models import clean_tags
from ..messages import error_text
from .common import (
    GroupPicker,
    from_qdate,
    kind_label,
    set_combo_data,
    status_label,
    to_qdate,
)

_ERROR_STYLE = "color: #B91C1C;"


def _campaigns(hub: Any) -> list[tuple[int, str]]:
    return hub.measurements_import.campaigns()


class FeedbackDialog(QDialog):
    """Records or edits one idea, question, complaint or praise."""

    def __init__(self, hub: Any, entry: Feedback | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.hub = hub
        self.original = entry
        self.result_entry: Feedback | None = None
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("feedbackDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.kind = QComboBox()
        self.kind.setObjectName("feedbackKind")
        for kind in FeedbackKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.channel = QComboBox()
        self.channel.setObjectName("feedbackChannel")
        self.channel.addItem("", None)
        for channel in hub.calendar.channels():
            self.channel.addItem(channel.name, channel.id)
        self.group = GroupPicker(hub)
        self.tags = QLineEdit()
        self.tags.setObjectName("feedbackTags")
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedbackText")
        self.text.setTabChangesFocus(True)
        self.status = QComboBox()
        self.status.setObjectName("feedbackStatus")
        for status in FeedbackStatus:
            self.status.addItem(status_label(status), status.value)
        self.response = QPlainTextEdit()
        self.response.setObjectName("feedbackResponse")
        self.response.setTabChangesFocus(True)
        self.campaign = QComboBox()
        self.campaign.setObjectName("feedbackCampaign")
        self.campaign.addItem("", None)
        for campaign_id, name in _campaigns(hub):
            self.campaign.addItem(name, campaign_id)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.labels = {key: QLabel() for key in (
            "date", "kind", "channel", "group", "tags", "text", "status", "response", "campaign"
        )}  # fmt: skip
        for key, widget in (
            ("date", self.date_edit),
            ("kind", self.kind),
            ("channel", self.channel),
            ("group", self.group),
            ("text", self.text),
            ("tags", self.tags),
            ("status", self.status),
            ("response", self.response),
            ("campaign", self.campaign),
        ):
            self.form.addRow(self.labels[key], widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 560)
        self._load(entry)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Edit feedback entry") if self.original else self.tr("New feedback entry")
        )
        texts = {
            "date": self.tr("Received on"),
            "kind": self.tr("Kind"),
            "channel": self.tr("Channel"),
            "group": self.tr("From"),
            "tags": self.tr("Topic tags"),
            "text": self.tr("What was said"),
            "status": self.tr("Status"),
            "response": self.tr("Answer or action"),
            "campaign": self.tr("Campaign"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.tags.setPlaceholderText(self.tr("Comma-separated, e.g. schedules, tools"))
        self.channel.setItemText(0, self.tr("(no channel)"))
        self.campaign.setItemText(0, self.tr("(no campaign)"))

    def _load(self, entry: Feedback | None) -> None:
        entry = entry or Feedback(date=date.today(), text="")
        self.date_edit.setDate(to_qdate(entry.date))
        set_combo_data(self.kind, entry.kind.value)
        set_combo_data(self.channel, entry.channel_id)
        self.group.set_group(entry.segment_id, entry.group_attribute, entry.group_value)
        self.tags.setText(", ".join(entry.tags))
        self.text.setPlainText(entry.text)
        set_combo_data(self.status, entry.status.value)
        self.response.setPlainText(entry.response)
        set_combo_data(self.campaign, entry.campaign_id)

    def entry(self) -> Feedback:
        """The entry as the form shows it (not yet validated)."""
        segment_id, attribute, value = self.group.group()
        entry = Feedback(
            date=from_qdate(self.date_edit.date()),
            text=self.text.toPlainText().strip(),
            kind=FeedbackKind(self.kind.currentData()),
            channel_id=self.channel.currentData(),
            segment_id=segment_id,
            group_attribute=attribute,
            group_value=value,
            tags=clean_tags(self.tags.text().split(",")),
            status=FeedbackStatus(self.status.currentData()),
            campaign_id=self.campaign.currentData(),
            response=self.response.toPlainText().strip(),
        )
        if self.original is not None:
            entry = dataclasses.replace(entry, id=self.original.id)
        return entry

    def accept(self) -> None:
        entry = self.entry()
        try:
            entry.validate()
        except CommsPlannerError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.result_entry = entry
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, hub: Any, entry: Feedback | None = None
    ) -> Feedback | None:
        """Shows the dialog; the entry to store, or None when cancelled."""
        dialog = cls(hub, entry, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_entry
            return None
        finally:
            dialog.deleteLater()


class AnswerDialog(QDialog):
    """Marks an entry answered or acted on, with the answer given."""

    def __init__(self, entry: Feedback, status: FeedbackStatus, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("answerDialog")
        self.status = status
        self.quote = QLabel(entry.text)
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("color: #374151; font-style: italic;")
        self.prompt = QLabel()
        self.response = QPlainTextEdit(entry.response)
        self.response.setObjectName("answerText")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addWidget(self.prompt)
        layout.addWidget(self.response)
        layout.addWidget(buttons)
        self.resize(480, 300)
        if status is FeedbackStatus.ACTED_ON:
            self.setWindowTitle(self.tr("Mark as acted on"))
            self.prompt.setText(self.tr("What was done about it?"))
        else:
            self.setWindowTitle(self.tr("Mark as answered"))
            self.prompt.setText(self.tr("What was answered?"))

    @classmethod
    def ask(cls, parent: QWidget | None, entry: Feedback, status: FeedbackStatus) -> str | None:
        dialog = cls(entry, status, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.response.toPlainText().strip()
            return None
        finally:
            dialog.deleteLater()


class MeasurementDialog(QDialog):
    """Records or edits one result by hand (a survey score, a campaign KPI …)."""

    def __init__(
        self,
        hub: Any,
        measurement: Measurement | None = None,
        campaign_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("measurementDialog")
        self.hub = hub
        self.original = measurement
        self.result_measurement: Measurement | None = None
        service = hub.measurements_import
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("measurementDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("measurementMetric")
        self.metric_combo.setEditable(True)
        known = service.metrics()
        for name in known or []:
            self.metric_combo.addItem(name)
        self.value = QDoubleSpinBox()
        self.value.setObjectName("measurementValue")
        self.value.setRange(-1_000_000_000, 1_000_000_000)
        self.value.setDecimals(2)
        self.group = GroupPicker(hub)
        self.respondents = QSpinBox()
        self.respondents.setObjectName("measurementRespondents")
        self.respondents.setRange(-1, 10_000_000)
        self.source = QComboBox()
        self.source.setObjectName("measurementSource")
        self.source.setEditable(True)
        self.source.addItem("")
        for name in service.sources():
            self.source.addItem(name)
        self.campaign = QComboBox()
        self.campaign.setObjectName("measurementCampaign")
        self.campaign.addItem("", None)
        for cid, name in service.campaigns():
            self.campaign.addItem(name, cid)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(_ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.labels = {key: QLabel() for key in (
            "date", "metric", "value", "group", "respondents", "source", "campaign"
        )}  # fmt: skip
        form = QFormLayout()
        for key, widget in (
            ("date", self.date_edit),
            ("metric", self.metric_combo),
            ("value", self.value),
            ("group", self.group),
            ("respondents", self.respondents),
            ("source", self.source),
            ("campaign", self.campaign),
        ):
            form.addRow(self.labels[key], widget)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #6B7280;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self._load(measurement, campaign_id)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit result") if self.original else self.tr("New result"))
        texts = {
            "date": self.tr("Date"),
            "metric": self.tr("Metric"),
            "value": self.tr("Value"),
            "group": self.tr("Group"),
            "respondents": self.tr("Respondents"),
            "source": self.tr("Source"),
            "campaign": self.tr("Campaign"),
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.respondents.setSpecialValueText(self.tr("unknown"))
        self.metric_combo.lineEdit().setPlaceholderText(self.tr("e.g. Satisfaction (1–5), eNPS"))
        self.source.lineEdit().setPlaceholderText(self.tr("e.g. Pulse survey"))
        self.campaign.setItemText(0, self.tr("(no campaign)"))
        threshold = self.hub.workspace_info.settings().anonymity_threshold
        self.hint.setText(
            self.tr(
                "Results of groups with fewer than {threshold} members or respondents are kept "
                "but never shown, charted or exported."
            ).replace("{threshold}", str(threshold))
        )

    def _load(self, measurement: Measurement | None, campaign_id: int | None) -> None:
        m = measurement or Measurement(
            date=date.today(), metric="", value=0.0, campaign_id=campaign_id
        )
        self.date_edit.setDate(to_qdate(m.date))
        self.metric_combo.setEditText(m.metric)
        self.value.setValue(m.value)
        self.group.set_group(m.segment_id, m.group_attribute, m.group_value)
        self.respondents.setValue(-1 if m.respondents is None else m.respondents)
        self.source.setEditText(m.source)
        set_combo_data(self.campaign, m.campaign_id)

    def measurement(self) -> Measurement:
        segment_id, attribute, value = self.group.group()
        respondents = self.respondents.value()
        m = Measurement(
            date=from_qdate(self.date_edit.date()),
            metric=" ".join(self.metric_combo.currentText().split()),
            value=self.value.value(),
            segment_id=segment_id,
            group_attribute=attribute,
            group_value=value,
            respondents=None if respondents < 0 else respondents,
            source=" ".join(self.source.currentText().split()),
            campaign_id=self.campaign.currentData(),
        )
        if self.original is not None:
            m = dataclasses.replace(m, id=self.original.id)
        return m

    def accept(self) -> None:
        m = self.measurement()
        try:
            m.validate()
        except CommsPlannerError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.result_measurement = m
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        hub: Any,
        measurement: Measurement | None = None,
        campaign_id: int | None = None,
    ) -> Measurement | None:
        dialog = cls(hub, measurement, campaign_id, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.result_measurement
            return None
        finally:
            dialog.deleteLater()


def enter_campaign_result(parent: QWidget | None, session: Any, campaign_id: int) -> bool:
    """Asks for one result of a campaign and records it as an undoable step.

    For the campaign's page: ``enter_campaign_result(self, self.session, campaign.id)``.
    Returns True when a result was recorded.
    """
    from .. import messages

    measurement = MeasurementDialog.ask(parent, session.hub, campaign_id=campaign_id)
    if measurement is None:
        return False
    service = session.hub.measurements_import
    stored: dict[str, Any] = {}

    def redo() -> Any:
        changes = service.add(measurement)
        stored["ids"] = sorted(changes.added.get(EntityKind.MEASUREMENT, ()))
        return changes

    def undo() -> Any:
        changes, _removed = service.delete_many(stored.get("ids", []))
        return changes

    try:
        session.execute(QCoreApplication.translate("ListeningPage", "Record result"), redo, undo)
    except CommsPlannerError as exc:
        messages.show_error(parent, exc)
        return False
    return True


__all__ = ["AnswerDialog", "FeedbackDialog", "MeasurementDialog", "enter_campaign_result"]
