"""The communication editor: what, when, through which channel, to whom, and repetition."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import Campaign, CommsPlannerError, Communication, Status, ValidationError
from ...domain.errors import QT_TRANSLATE_NOOP
from ...domain.recurrence import series_dates
from ...services.planning import PlanningService
from ...services.recurrence_rules import RecurrenceSpec
from .. import messages
from .common import (
    WarningLabel,
    format_count,
    format_date,
    remembered_person,
    status_label,
    swatch_icon,
    translate,
)
from .models import CheckListModel
from .recurrence_editor import RecurrenceEditor


@dataclass(frozen=True)
class CommunicationAnswer:
    """What the dialog produced: the communication, and who/why for a status change."""

    communication: Communication
    who: str = ""
    comment: str = ""


class CommunicationDialog(QDialog):
    """Creates or edits one communication of a campaign."""

    def __init__(
        self,
        planning: PlanningService,
        campaign: Campaign,
        communication: Communication | None = None,
        *,
        segment_sizes: dict[int, int] | None = None,
        default_start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.campaign = campaign
        self.original = communication
        self.setWindowTitle(
            translate("CommunicationDialog", "New communication")
            if communication is None
            else translate("CommunicationDialog", "Edit communication")
        )
        self.setMinimumWidth(640)
        start = (
            communication.start
            if communication
            else default_start or self._suggested_start(campaign)
        )
        base = communication or Communication(
            campaign.id or 0, "", start, owner=campaign.owner, status=Status.DRAFT
        )
        self._skipped: list[date] = list(base.skipped_dates)

        # ---- what and when
        self.title_edit = QLineEdit(base.title)
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(base.duration_minutes)
        self.duration_spin.setSuffix(translate("CommunicationDialog", " min"))
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(translate("CommunicationDialog", "No channel yet"), None)
        for channel in planning.channels():
            self.channel_combo.addItem(swatch_icon(channel.colour), channel.name, channel.id)
        self.channel_combo.setCurrentIndex(max(self.channel_combo.findData(base.channel_id), 0))
        self.owner_combo = QComboBox()
        self.owner_combo.setEditable(True)
        self.owner_combo.addItems(planning.owners())
        self.owner_combo.setCurrentText(base.owner)
        self.status_combo = QComboBox()
        self.status_combo.addItem(status_label(base.status), base.status.value)
        if communication is not None:
            for target in planning.allowed_statuses(base.status):
                self.status_combo.addItem(status_label(target), target.value)
        else:
            other = Status.IDEA if base.status is Status.DRAFT else Status.DRAFT
            self.status_combo.addItem(status_label(other), other.value)
        self.who_edit = QLineEdit()
        self.comment_edit = QLineEdit()
        self.brief_edit = QPlainTextEdit(base.message_brief)
        self.brief_edit.setPlaceholderText(
            translate(
                "CommunicationDialog", "What to say, to whom, the call to action, who signs it…"
            )
        )

        # ---- audience
        self.audience_group = QButtonGroup(self)
        self.campaign_audience = QRadioButton(
            translate("CommunicationDialog", "The campaign's segments")
        )
        self.own_audience = QRadioButton(translate("CommunicationDialog", "These segments:"))
        self.audience_group.addButton(self.campaign_audience)
        self.audience_group.addButton(self.own_audience)
        sizes = segment_sizes or {}
        self.segments_model = CheckListModel(self)
        self.segments_model.set_rows(
            (
                (
                    s.id,
                    translate("CommunicationDialog", "{name} — {size} people")
                    .replace("{name}", s.name)
                    .replace("{size}", format_count(sizes.get(s.id, 0))),
                    s.description or None,
                    swatch_icon(s.colour),
                )
                for s in planning.segments()
            ),
            base.segment_ids,
        )
        self.segments_view = QListView()
        self.segments_view.setModel(self.segments_model)
        self.segments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.segments_view.setMaximumHeight(140)
        (self.own_audience if base.segment_ids else self.campaign_audience).setChecked(True)
        campaign_names = [s.name for s in planning.segments() if s.id in campaign.segment_ids]
        self.campaign_audience.setToolTip(", ".join(campaign_names))

        # ---- repetition
        self.recurrence = RecurrenceEditor()
        self.recurrence.set_spec(RecurrenceSpec.from_rule(base.recurrence, start), start)
        self.recurrence.set_skipped(tuple(self._skipped))
        self.occurrence_combo = QComboBox()
        self.skip_button = QPushButton(translate("CommunicationDialog", "Skip this date"))
        self.skipped_list = QListWidget()
        self.skipped_list.setMaximumHeight(90)
        self.restore_button = QPushButton(translate("CommunicationDialog", "Restore"))
        self.skip_box = QGroupBox(translate("CommunicationDialog", "Skipped occurrences"))
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.occurrence_combo, 1)
        skip_row.addWidget(self.skip_button)
        skipped_row = QHBoxLayout()
        skipped_row.addWidget(self.skipped_list, 1)
        skipped_row.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignTop)
        skip_layout = QVBoxLayout(self.skip_box)
        skip_layout.addLayout(skip_row)
        skip_layout.addLayout(skipped_row)

        self.warning = WarningLabel()

        # ---- layout
        details = QWidget()
        form = QFormLayout(details)
        form.addRow(translate("CommunicationDialog", "Title"), self.title_edit)
        when = QHBoxLayout()
        when.addWidget(self.start_edit, 1)
        when.addWidget(QLabel(translate("CommunicationDialog", "Duration")))
        when.addWidget(self.duration_spin)
        form.addRow(translate("CommunicationDialog", "Date and time"), when)
        form.addRow(translate("CommunicationDialog", "Channel"), self.channel_combo)
        form.addRow(translate("CommunicationDialog", "Owner"), self.owner_combo)
        form.addRow(translate("CommunicationDialog", "Status"), self.status_combo)
        self.who_label = QLabel(translate("CommunicationDialog", "Approved by"))
        self.comment_label = QLabel(translate("CommunicationDialog", "Comment"))
        form.addRow(self.who_label, self.who_edit)
        form.addRow(self.comment_label, self.comment_edit)
        form.addRow(translate("CommunicationDialog", "Message brief"), self.brief_edit)
        audience = QWidget()
        audience_layout = QVBoxLayout(audience)
        audience_layout.addWidget(self.campaign_audience)
        audience_layout.addWidget(self.own_audience)
        audience_layout.addWidget(self.segments_view)
        audience_layout.addStretch(1)
        repetition = QWidget()
        repetition_layout = QVBoxLayout(repetition)
        repetition_layout.addWidget(self.recurrence)
        repetition_layout.addWidget(self.skip_box)
        repetition_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, translate("CommunicationDialog", "Details"))
        self.tabs.addTab(audience, translate("CommunicationDialog", "Audience"))
        self.tabs.addTab(repetition, translate("CommunicationDialog", "Repetition"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.own_audience.toggled.connect(self.segments_view.setEnabled)
        self.segments_view.setEnabled(self.own_audience.isChecked())
        self.start_edit.dateTimeChanged.connect(self._start_changed)
        self.recurrence.changed.connect(self._update)
        self.skip_button.clicked.connect(self.skip_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        for signal in (
            self.title_edit.textChanged,
            self.channel_combo.currentIndexChanged,
        ):
            signal.connect(self._update)
        self._status_changed()
        self._update()

    @staticmethod
    def _suggested_start(campaign: Campaign) -> datetime:
        day = campaign.start if campaign.start and campaign.start > date.today() else date.today()
        day = day + timedelta(days=1) if day == date.today() else day
        return datetime.combine(day, datetime.min.time()).replace(hour=9)

    # ------------------------------------------------------------------ reading
    def start(self) -> datetime:
        moment = self.start_edit.dateTime()
        d, t = moment.date(), moment.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def target_status(self) -> Status:
        return Status(self.status_combo.currentData())

    def communication(self) -> Communication:
        base = self.original or Communication(self.campaign.id or 0, "", self.start())
        rule = self.recurrence.rule()
        return replace(
            base,
            title=self.title_edit.text(),
            start=self.start(),
            duration_minutes=self.duration_spin.value(),
            channel_id=self.channel_combo.currentData(),
            segment_ids=self.segments_model.checked_ids() if self.own_audience.isChecked() else (),
            message_brief=self.brief_edit.toPlainText().strip(),
            owner=self.owner_combo.currentText().strip(),
            status=self.target_status(),
            recurrence=rule,
            skipped_dates=tuple(sorted(self._skipped)) if rule else (),
        )

    def answer(self) -> CommunicationAnswer:
        return CommunicationAnswer(
            self.communication(), self.who_edit.text().strip(), self.comment_edit.text().strip()
        )

    # ------------------------------------------------------------------ reacting
    def _approving(self) -> bool:
        return (
            self.target_status() is Status.APPROVED
            and self.original is not None
            and self.original.status is not Status.APPROVED
        )

    def _status_changed(self, *_: object) -> None:
        changing = self.original is not None and self.target_status() != self.original.status
        self.who_label.setVisible(self._approving())
        self.who_edit.setVisible(self._approving())
        self.comment_label.setVisible(changing)
        self.comment_edit.setVisible(changing)
        if self._approving() and not self.who_edit.text():
            self.who_edit.setText(remembered_person())

    def _start_changed(self, *_: object) -> None:
        self.recurrence.set_start(self.start())
        self._update()

    def _update(self, *_: object) -> None:
        try:
            comm = self.communication()
            comm.validate()
        except CommsPlannerError:
            self.warning.show_warnings([])
            self.skip_box.setVisible(bool(self.recurrence.rule()))
            return
        self.warning.show_warnings(self.planning.communication_warnings(comm))
        self.skip_box.setVisible(bool(comm.recurrence))
        self._fill_occurrences(comm)

    def _fill_occurrences(self, comm: Communication) -> None:
        self.occurrence_combo.clear()
        self.skipped_list.clear()
        if not comm.recurrence:
            return
        unskipped = replace(comm, skipped_dates=())
        for moment in series_dates(unskipped, limit=104):
            if moment.date() not in self._skipped:
                self.occurrence_combo.addItem(format_date(moment.date()), moment.date())
        for day in sorted(self._skipped):
            item = QListWidgetItem(format_date(day))
            item.setData(Qt.ItemDataRole.UserRole, day)
            self.skipped_list.addItem(item)
        self.skip_button.setEnabled(self.occurrence_combo.count() > 0)
        self.restore_button.setEnabled(self.skipped_list.count() > 0)
        self.recurrence.set_skipped(tuple(self._skipped))

    def skip_selected(self) -> None:
        day = self.occurrence_combo.currentData()
        if isinstance(day, date) and day not in self._skipped:
            self._skipped.append(day)
            self._update()

    def restore_selected(self) -> None:
        item = self.skipped_list.currentItem() or self.skipped_list.item(0)
        if item is None:
            return
        day = item.data(Qt.ItemDataRole.UserRole)
        if day in self._skipped:
            self._skipped.remove(day)
            self._update()

    def accept(self) -> None:
        try:
            comm = self.communication()
            comm.validate()
            if self._approving() and (
                not self.who_edit.text().strip() or not self.comment_edit.text().strip()
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Add a comment to the approval (what was approved, on which conditions).",
                    )
                    if self.who_edit.text().strip()
                    else QT_TRANSLATE_NOOP(
                        "errors", "Say who approved it: the approval needs a name."
                    )
                )
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        planning: PlanningService,
        campaign: Campaign,
        communication: Communication | None = None,
        *,
        segment_sizes: dict[int, int] | None = None,
    ) -> CommunicationAnswer | None:
        dialog = cls(planning, campaign, communication, segment_sizes=segment_sizes, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
