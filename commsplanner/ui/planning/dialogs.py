"""Dialogs of the Campaigns page: status change, approvals, changes since approval,
and a new campaign from a template. Each has an ``ask(...)`` classmethod."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import Approval, ApprovalKind, CommsPlannerError, ValidationError
from ...domain.errors import QT_TRANSLATE_NOOP
from ...i18n import normalise_language
from ...services.approvals import PlanDiff
from ...services.templates import TemplateService
from .. import messages
from .common import (
    format_count,
    format_date,
    format_datetime,
    from_qdate,
    kind_label,
    remember_person,
    remembered_person,
    swatch_icon,
    to_qdate,
    translate,
)
from .models import CheckListModel


def _require(who: str, comment: str, *, need_who: bool, need_comment: bool) -> None:
    if need_who and not who.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say who is signing: the record needs a name."),
            field="who",
        )
    if need_comment and not comment.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Add a comment to the approval (what was approved, on which conditions).",
            ),
            field="comment",
        )


# ----------------------------------------------------------------------------- status
class StatusDialog(QDialog):
    """Who and why, for a status change that records them (approval, cancellation)."""

    def __init__(
        self,
        title: str,
        text: str,
        *,
        need_who: bool,
        need_comment: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.need_who, self.need_comment = need_who, need_comment
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        label = QLabel(text)
        label.setWordWrap(True)
        self.who_edit = QLineEdit(remembered_person() if need_who else "")
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setFixedHeight(80)
        form = QFormLayout()
        if need_who:
            form.addRow(translate("StatusDialog", "Who"), self.who_edit)
        form.addRow(translate("StatusDialog", "Comment"), self.comment_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.who_edit.text().strip(), self.comment_edit.toPlainText().strip()

    def accept(self) -> None:
        who, comment = self.values()
        try:
            _require(who, comment, need_who=self.need_who, need_comment=self.need_comment)
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return
        if self.need_who:
            remember_person(who)
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        *,
        need_who: bool,
        need_comment: bool,
    ) -> tuple[str, str] | None:
        dialog = cls(title, text, need_who=need_who, need_comment=need_comment, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


# ----------------------------------------------------------------------------- approvals
@dataclass(frozen=True)
class ApprovalAnswer:
    who: str
    comment: str
    approved: bool = True


class ApprovalDialog(QDialog):
    """Submitting the plan for approval, or recording leadership's decision on it."""

    def __init__(
        self,
        kind: ApprovalKind,
        summary: str,
        changes_since_submission: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = ApprovalKind(kind)
        submitting = self.kind is ApprovalKind.SUBMITTED
        self.setWindowTitle(
            translate("ApprovalDialog", "Submit the plan for approval")
            if submitting
            else translate("ApprovalDialog", "Record the approval of the plan")
        )
        self.setMinimumWidth(480)
        intro = QLabel(
            translate(
                "ApprovalDialog",
                "A snapshot of the plan as it stands now is kept with this record, so that "
                "later changes can be listed.",
            )
        )
        intro.setWordWrap(True)
        summary_label = QLabel(summary)
        summary_label.setWordWrap(True)
        self.who_edit = QLineEdit(remembered_person())
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setFixedHeight(90)
        self.approve_radio = QRadioButton(translate("ApprovalDialog", "Approved"))
        self.reject_radio = QRadioButton(translate("ApprovalDialog", "Changes requested"))
        self.approve_radio.setChecked(True)
        form = QFormLayout()
        form.addRow(
            translate("ApprovalDialog", "Submitted by")
            if submitting
            else translate("ApprovalDialog", "Approved by"),
            self.who_edit,
        )
        if not submitting:
            decision = QHBoxLayout()
            decision.addWidget(self.approve_radio)
            decision.addWidget(self.reject_radio)
            decision.addStretch(1)
            form.addRow(translate("ApprovalDialog", "Decision"), decision)
        form.addRow(translate("ApprovalDialog", "Comment"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(summary_label)
        if changes_since_submission:
            note = QLabel(
                translate(
                    "ApprovalDialog",
                    "The plan changed since it was submitted ({count} change(s)); the "
                    "approval applies to the plan as it is now.",
                ).replace("{count}", format_count(len(changes_since_submission)))
            )
            note.setWordWrap(True)
            note.setStyleSheet("color: #8a5300;")
            note.setToolTip("\n".join(changes_since_submission))
            layout.addWidget(note)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ApprovalDialog", "Submit")
            if submitting
            else translate("ApprovalDialog", "Record")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> ApprovalAnswer:
        return ApprovalAnswer(
            self.who_edit.text().strip(),
            self.comment_edit.toPlainText().strip(),
            self.approve_radio.isChecked(),
        )

    def accept(self) -> None:
        answer = self.answer()
        try:
            _require(
                answer.who,
                answer.comment,
                need_who=True,
                need_comment=self.kind is not ApprovalKind.SUBMITTED,
            )
        except CommsPlannerError as exc:
            messages.show_error(self, exc)
            return
        remember_person(answer.who)
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        kind: ApprovalKind,
        summary: str,
        changes_since_submission: list[str] | None = None,
    ) -> ApprovalAnswer | None:
        dialog = cls(kind, summary, changes_since_submission, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()


def approval_line(approval: Approval) -> str:
    """ "Approved by … on …: “comment”" in the UI language."""
    texts = {
        ApprovalKind.APPROVED: translate("ApprovalDialog", "Approved by {who} on {when}"),
        ApprovalKind.SUBMITTED: translate("ApprovalDialog", "Submitted by {who} on {when}"),
        ApprovalKind.REJECTED: translate("ApprovalDialog", "Changes requested by {who} on {when}"),
    }
    line = (
        texts[ApprovalKind(approval.kind)]
        .replace("{who}", approval.who)
        .replace("{when}", format_datetime(approval.at))
    )
    if approval.comment:
        line += translate("ApprovalDialog", ": “{comment}”").replace("{comment}", approval.comment)
    return line


class DiffDialog(QDialog):
    """What changed since the plan was last approved, one sentence per change."""

    def __init__(self, diff: PlanDiff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DiffDialog", "Changes since the last approval"))
        self.resize(760, 480)
        header = self.header = QLabel(approval_line(diff.approval))
        header.setWordWrap(True)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        self.lines = diff.lines(
            QCoreApplication,  # type: ignore[arg-type]
            format_date=format_date,
            format_datetime=format_datetime,
        )
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        if self.lines:
            self.list.addItems(self.lines)
        else:
            self.list.addItem(translate("DiffDialog", "Nothing has changed since then."))
        count = QLabel(
            translate("DiffDialog", "{count} change(s)").replace(
                "{count}", format_count(len(self.lines))
            )
        )
        self.copy_button = QPushButton(translate("DiffDialog", "Copy as text"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(count)
        bottom.addStretch(1)
        bottom.addWidget(self.copy_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)

    def text(self) -> str:
        return "\n".join([self.header.text(), *(f"- {line}" for line in self.lines)])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    @classmethod
    def show_diff(cls, parent: QWidget | None, diff: PlanDiff) -> None:
        cls(diff, parent).exec()


# ----------------------------------------------------------------------------- templates
@dataclass(frozen=True)
class TemplateAnswer:
    template_id: str
    start: date
    language: str
    name: str
    owner: str
    segment_ids: tuple[int, ...]
    create_missing_channels: bool
    working_days_only: bool


class TemplateDialog(QDialog):
    """Choose a template, a start date and the audience; see what it will create."""

    def __init__(
        self,
        templates: TemplateService,
        segments: list[tuple[int, str]],
        owners: list[str],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.setWindowTitle(translate("TemplateDialog", "New campaign from a template"))
        self.resize(900, 600)
        self.template_list = QListWidget()
        self.template_list.setMinimumWidth(240)
        self.template_list.setIconSize(QSize(14, 14))
        self.language_combo = QComboBox()
        self.language_combo.addItem("Español", "es")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        for template in templates.templates():
            item = QListWidgetItem(swatch_icon(template.colour), "")
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.template_list.addItem(item)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.start_edit = QDateEdit()
        self.start_edit.setCalendarPopup(True)
        monday = date.today() + timedelta(days=7 - date.today().weekday())
        self.start_edit.setDate(to_qdate(monday))
        self.owner_combo = QComboBox()
        self.owner_combo.setEditable(True)
        self.owner_combo.addItems(owners)
        self.owner_combo.setCurrentText("")
        self.segments_model = CheckListModel(self)
        self.segments_model.set_rows((sid, name, None, None) for sid, name in segments)
        self.segments_view = QListView()
        self.segments_view.setModel(self.segments_model)
        self.segments_view.setMaximumHeight(110)
        self.segments_view.setIconSize(QSize(14, 14))
        self.segments_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channels_check = QCheckBox(
            translate("TemplateDialog", "Create the channels it needs that the workspace lacks")
        )
        self.channels_check.setChecked(True)
        self.working_days_check = QCheckBox(
            translate("TemplateDialog", "Move dates off weekends and public holidays")
        )
        self.working_days_check.setChecked(True)
        self.preview = QTreeWidget()
        self.preview.setRootIsDecorated(False)
        self.preview.setHeaderLabels(
            [
                translate("TemplateDialog", "When"),
                translate("TemplateDialog", "Communication"),
                translate("TemplateDialog", "Channel"),
            ]
        )
        self.preview.setColumnWidth(0, 150)
        self.preview.setColumnWidth(1, 300)

        form = QFormLayout()
        form.addRow(translate("TemplateDialog", "Language of the texts"), self.language_combo)
        form.addRow(translate("TemplateDialog", "Campaign name"), self.name_edit)
        form.addRow(translate("TemplateDialog", "Start date"), self.start_edit)
        form.addRow(translate("TemplateDialog", "Owner"), self.owner_combo)
        form.addRow(translate("TemplateDialog", "Target segments"), self.segments_view)
        form.addRow("", self.channels_check)
        form.addRow("", self.working_days_check)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addLayout(form)
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.template_list)
        splitter.addWidget(right)
        splitter.setSizes([260, 640])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("TemplateDialog", "Create campaign")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self._last_default_name = ""
        self.template_list.currentRowChanged.connect(self._template_changed)
        self.language_combo.currentIndexChanged.connect(self._template_changed)
        self.start_edit.dateChanged.connect(self._update_preview)
        self.channels_check.toggled.connect(self._update_preview)
        self.working_days_check.toggled.connect(self._update_preview)
        self.template_list.setCurrentRow(0)
        self._template_changed()

    def language(self) -> str:
        return normalise_language(self.language_combo.currentData())

    def template_id(self) -> str | None:
        item = self.template_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _template_changed(self, *_: object) -> None:
        lang = self.language()
        for row in range(self.template_list.count()):
            item = self.template_list.item(row)
            template = self.templates.get(item.data(Qt.ItemDataRole.UserRole))
            item.setText(template.name[lang])
        template_id = self.template_id()
        if template_id is None:
            return
        template = self.templates.get(template_id)
        self.summary.setText(f"<b>{template.name[lang]}</b><br>{template.summary[lang]}")
        # Keep a name the user typed; follow the template's name otherwise.
        if self.name_edit.text() in ("", self._last_default_name):
            self._last_default_name = template.name[lang]
            self.name_edit.setText(template.name[lang])
        self._update_preview()

    def _update_preview(self, *_: object) -> None:
        self.preview.clear()
        template_id = self.template_id()
        if template_id is None:
            return
        planned = self.templates.preview(
            template_id,
            from_qdate(self.start_edit.date()),
            language=self.language(),
            working_days_only=self.working_days_check.isChecked(),
            create_missing_channels=self.channels_check.isChecked(),
        )
        for item in planned:
            channel = item.channel_name or translate("TemplateDialog", "No channel yet")
            if item.creates_channel:
                channel = (
                    translate("TemplateDialog", "{name} (new {kind} channel)")
                    .replace("{name}", item.channel_name)
                    .replace("{kind}", kind_label(item.channel_kind))
                )
            row = QTreeWidgetItem([format_datetime(item.start), item.title, channel])
            row.setToolTip(1, item.brief)
            self.preview.addTopLevelItem(row)

    def answer(self) -> TemplateAnswer:
        return TemplateAnswer(
            template_id=self.template_id() or "",
            start=from_qdate(self.start_edit.date()),
            language=self.language(),
            name=self.name_edit.text().strip(),
            owner=self.owner_combo.currentText().strip(),
            segment_ids=self.segments_model.checked_ids(),
            create_missing_channels=self.channels_check.isChecked(),
            working_days_only=self.working_days_check.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        templates: TemplateService,
        segments: list[tuple[int, str]],
        owners: list[str],
        language: str,
    ) -> TemplateAnswer | None:
        dialog = cls(templates, segments, owners, language, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
