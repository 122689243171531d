"""Creating or editing a segment: name, rule (builder and text, in sync), manual lists,
with the member count updating live while the rule is edited."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import CommsPlannerError, Segment, ValidationError
from ...domain.rules import Rule, format_rule, from_dict, parse, to_dict
from ...services.segmentation import SegmentationService
from ..messages import error_text
from .employee_list import EmployeeListEditor
from .labels import format_count, format_share, ui_language, warning_text
from .live_count import LiveCount
from .rule_builder import RuleBuilder

_STYLE = """
QFrame#group { border: 1px solid #d1d5db; border-radius: 4px; background: #f9fafb; }
QLabel#countLabel { font-size: 15pt; font-weight: bold; color: #1f3a5f; }
QLabel#ruleError { color: #b91c1c; }
QLabel#warnings { color: #92400e; }
"""


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class SegmentDialog(QDialog):
    """Edits a copy of a segment; ``segment()`` is the result once accepted."""

    def __init__(
        self,
        service: SegmentationService,
        segment: Segment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmentDialog")
        self.setStyleSheet(_STYLE)
        self.service = service
        self.original = segment
        self._colour = segment.colour if segment else "#4c78a8"
        self._rule: Rule | None = None
        self._text_error: str | None = None
        self._organisation = service.organisation_size()
        self._values: dict[str, list[tuple[str, int]]] = {}
        self.language = ui_language()

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.description_edit = QLineEdit()
        self.colour_button = QToolButton()
        self.colour_button.setObjectName("colourButton")
        self.builder = RuleBuilder(service.fields(), self._values_for)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.builder)
        self.text_label = QLabel()
        self.rule_text = QLineEdit()
        self.rule_text.setObjectName("ruleText")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.rule_text.setFont(mono)
        self.rule_error = QLabel()
        self.rule_error.setObjectName("ruleError")
        self.rule_error.setWordWrap(True)
        self.rule_error.hide()
        # The text and a caret under the column of the error: monospace and never wrapped,
        # so that the caret stays under the character it points at.
        self.rule_error_caret = QLabel()
        self.rule_error_caret.setObjectName("ruleError")
        self.rule_error_caret.setFont(mono)
        self.rule_error_caret.setTextFormat(Qt.TextFormat.PlainText)
        self.rule_error_caret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rule_error_caret.hide()
        rule_page = QWidget()
        rule_layout = QVBoxLayout(rule_page)
        rule_layout.addWidget(scroll, 1)
        rule_layout.addWidget(self.text_label)
        rule_layout.addWidget(self.rule_text)
        rule_layout.addWidget(self.rule_error)
        rule_layout.addWidget(self.rule_error_caret)

        self.includes = EmployeeListEditor(service)
        self.includes.setObjectName("includes")
        self.excludes = EmployeeListEditor(service)
        self.excludes.setObjectName("excludes")
        self.tabs = QTabWidget()
        self.tabs.addTab(rule_page, "")
        self.tabs.addTab(self.includes, "")
        self.tabs.addTab(self.excludes, "")

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_detail = QLabel()
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("warnings")
        self.warnings_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.problem_label = QLabel()
        self.problem_label.setObjectName("ruleError")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()

        self.form = QFormLayout()
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        self.form.addRow(self.form_labels[0], self.name_edit)
        self.form.addRow(self.form_labels[1], self.description_edit)
        self.form.addRow(self.form_labels[2], colour_row)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.count_detail, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(count_row)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.live = LiveCount(service, self)
        self.live.counted.connect(self._show_count)
        self.live.failed.connect(self._show_count_error)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(300)
        self._text_timer.timeout.connect(self._apply_text)

        self.builder.changed.connect(self._builder_changed)
        self.rule_text.textEdited.connect(lambda _text: self._text_timer.start())
        self.includes.changed.connect(self._lists_changed)
        self.excludes.changed.connect(self._lists_changed)
        self.colour_button.clicked.connect(self._choose_colour)
        self.name_edit.textChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._load(segment)
        self.retranslate()
        self.resize(860, 640)

    # ------------------------------------------------------------------ public
    @classmethod
    def ask(
        cls,
        service: SegmentationService,
        segment: Segment | None = None,
        parent: QWidget | None = None,
    ) -> Segment | None:
        """Shows the dialog; the edited segment, or None when cancelled."""
        dialog = cls(service, segment, parent)
        try:
            return dialog.segment() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.live.close()
            dialog.deleteLater()

    def segment(self) -> Segment:
        """The segment as edited (not validated beyond what the dialog checks)."""
        base = self.original or Segment(name="")
        return replace(
            base,
            name=self.name_edit.text().strip(),
            description=self.description_edit.text().strip(),
            rule=to_dict(self._rule) if self._rule is not None else None,
            include_ids=self.includes.ids(),
            exclude_ids=self.excludes.ids(),
            colour=self._colour,
        )

    def current_rule(self) -> Rule | None:
        return self._rule

    # ------------------------------------------------------------------ loading
    def _load(self, segment: Segment | None) -> None:
        self._set_colour(self._colour)
        if segment is None:
            self.builder.root.add_condition()
            self._rule = self.builder.rule()
        else:
            self.name_edit.setText(segment.name)
            self.description_edit.setText(segment.description)
            self._rule = from_dict(segment.rule) if segment.rule is not None else None
            with QSignalBlocker(self.builder):
                self.builder.set_rule(self._rule)
            self.includes.set_ids(segment.include_ids)
            self.excludes.set_ids(segment.exclude_ids)
        self._show_text()
        self._request_count()
        self.live.flush()
        self._update_ok()

    def _values_for(self, field: str) -> list[tuple[str, int]]:
        found = self._values.get(field)
        if found is None:
            found = self._values[field] = self.service.distinct_values(field)
        return found

    # ------------------------------------------------------------------ synchronisation
    def _builder_changed(self) -> None:
        rule = self.builder.rule()
        try:
            self._rule = from_dict(to_dict(rule)) if rule is not None else None
        except ValidationError as exc:
            self._set_text_error(error_text(exc))
            return
        self._text_error = None
        self._show_text()
        self._request_count()

    def _show_text(self) -> None:
        with QSignalBlocker(self.rule_text):
            self.rule_text.setText(format_rule(self._rule, self.language) if self._rule else "")
        self._set_text_error(None)

    def _apply_text(self) -> None:
        text = self.rule_text.text()
        if not text.strip():
            rule = None
        else:
            try:
                rule = parse(text)
            except CommsPlannerError as exc:
                self._set_text_error(error_text(exc))
                return
        self._rule = rule
        with QSignalBlocker(self.builder):
            self.builder.set_rule(rule)
        self._set_text_error(None)
        self._request_count()

    def _set_text_error(self, message: str | None) -> None:
        self._text_error = message
        lines = (message or "").split("\n")
        caret = lines[-2:] if len(lines) >= 3 and lines[-1].endswith("^") else []
        self.rule_error.setText("\n".join(lines[: len(lines) - len(caret)]))
        self.rule_error.setVisible(bool(message))
        self.rule_error_caret.setText("\n".join(caret))
        self.rule_error_caret.setVisible(bool(caret))
        self.rule_text.setStyleSheet("border: 1px solid #b91c1c;" if message else "")
        self._update_ok()

    def _lists_changed(self) -> None:
        self._update_tab_titles()
        self._request_count()

    def _request_count(self) -> None:
        self.count_detail.setText(QCoreApplication.translate("SegmentDialog", "counting…"))
        self.live.request(self._rule, self.includes.ids(), self.excludes.ids())

    def _show_count(self, count: int) -> None:
        self.member_count = count
        self.count_label.setText(
            QCoreApplication.translate("SegmentDialog", "Members: {count}").replace(
                "{count}", format_count(count)
            )
        )
        share = count / self._organisation if self._organisation else 0.0
        self.count_detail.setText(
            QCoreApplication.translate("SegmentDialog", "{share} of {total} active employees")
            .replace("{share}", format_share(share))
            .replace("{total}", format_count(self._organisation))
        )
        warnings = self.service.rule_warnings(self._rule, self.includes.ids(), self.excludes.ids())
        if count == 0:
            warnings.insert(0, self.service.empty_warning())
        self.warnings_label.setText("\n".join("⚠ " + warning_text(w) for w in warnings))
        self.warnings_label.setVisible(bool(warnings))

    def _show_count_error(self, message: str) -> None:
        self.count_label.setText("–")
        self.count_detail.setText(message)

    # ------------------------------------------------------------------ other fields
    def _set_colour(self, colour: str) -> None:
        self._colour = colour
        self.colour_button.setIcon(_swatch(colour))
        self.colour_button.setText(colour)
        self.colour_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self)
        if chosen.isValid():
            self._set_colour(chosen.name())

    def _name_problem(self) -> str | None:
        name = self.name_edit.text().strip()
        if not name:
            return QCoreApplication.translate("SegmentDialog", "The segment needs a name.")
        own = self.original.id if self.original else None
        for other in self.service.list_segments():
            if other.id != own and other.name.casefold() == name.casefold():
                return QCoreApplication.translate(
                    "SegmentDialog", "Another segment is already called “{name}”."
                ).replace("{name}", other.name)
        return None

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()) and self._text_error is None)

    def accept(self) -> None:
        if self._text_timer.isActive():
            self._text_timer.stop()
            self._apply_text()
        if self._text_error is not None:
            self.tabs.setCurrentIndex(0)
            self.rule_text.setFocus()
            return
        problem = self._name_problem()
        if problem is None:
            try:
                self.service.normalised(self.segment())
            except CommsPlannerError as exc:
                problem = error_text(exc)
        if problem:
            self.problem_label.setText(problem)
            self.problem_label.show()
            self.name_edit.setFocus()
            return
        self.live.close()
        super().accept()

    def reject(self) -> None:
        self.live.close()
        super().reject()

    # ------------------------------------------------------------------ language
    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, QCoreApplication.translate("SegmentDialog", "Rule"))
        self.tabs.setTabText(
            1,
            QCoreApplication.translate("SegmentDialog", "Always include ({count})").replace(
                "{count}", format_count(len(self.includes.ids()))
            ),
        )
        self.tabs.setTabText(
            2,
            QCoreApplication.translate("SegmentDialog", "Always exclude ({count})").replace(
                "{count}", format_count(len(self.excludes.ids()))
            ),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("SegmentDialog", "Edit segment")
            if self.original
            else QCoreApplication.translate("SegmentDialog", "New segment")
        )
        labels = [
            QCoreApplication.translate("SegmentDialog", "Name:"),
            QCoreApplication.translate("SegmentDialog", "Description:"),
            QCoreApplication.translate("SegmentDialog", "Colour:"),
        ]
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(
            QCoreApplication.translate("SegmentDialog", "e.g. Front-line staff in Madrid")
        )
        self.text_label.setText(
            QCoreApplication.translate(
                "SegmentDialog",
                "The rule as text (edit either the builder or the text; they stay in sync):",
            )
        )
        self.rule_text.setPlaceholderText(
            'position in ("Cajero", "Supervisor") and "sostenibilidad" in interests'
        )
        self.includes.retranslate(
            QCoreApplication.translate(
                "SegmentDialog",
                "These employees are members even when the rule does not select them "
                "(as long as they are active).",
            )
        )
        self.excludes.retranslate(
            QCoreApplication.translate(
                "SegmentDialog",
                "These employees are never members, even when the rule selects them.",
            )
        )
        self.builder.retranslate()
        self._update_tab_titles()
