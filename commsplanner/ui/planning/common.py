"""Pieces the planning pages share: undoable edits, labels, small input widgets."""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, Qt, QTime, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...domain import ChannelKind, CommsPlannerError, Priority, Status, ValueWeight
from ...services.planning import (
    CHANNEL_KIND_LABELS,
    PRIORITY_LABELS,
    STATUS_LABELS,
    WEIGHT_LABELS,
    PlanEdit,
    PlanWarning,
)
from .. import messages
from ..session import WorkspaceSession


class _NothingChanged(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside an undo command's first run so that an empty edit is not recorded."""


def run_edit(
    parent: QWidget | None,
    session: WorkspaceSession,
    text: str,
    make: Callable[[], PlanEdit],
) -> PlanEdit | None:
    """Runs a planning edit as one undoable step named ``text``.

    Returns the edit (None when it was refused: the reason is shown to the user). An edit
    that changed nothing is not put on the undo stack.
    """
    planning = session.hub.planning
    holder: list[PlanEdit] = []

    def redo():
        if not holder:
            edit = make()
            holder.append(edit)
            if not edit:
                raise _NothingChanged
            return edit.changes
        return planning.redo(holder[0])

    def undo():
        return planning.undo(holder[0])

    try:
        session.execute(text, redo, undo)
    except _NothingChanged:
        return holder[0]
    except CommsPlannerError as exc:
        messages.show_error(parent, exc)
        return None
    return holder[0]


translate = QCoreApplication.translate


def marked(context: str, text: str) -> str:
    """Translates a text marked elsewhere (QT_TRANSLATE_NOOP); literal texts use translate."""
    return QCoreApplication.translate(context, text)


def status_label(status: Status | str) -> str:
    return marked("status", STATUS_LABELS[Status(status)])


def priority_label(priority: Priority | str) -> str:
    return marked("priority", PRIORITY_LABELS[Priority(priority)])


def kind_label(kind: ChannelKind | str) -> str:
    return marked("channel_kind", CHANNEL_KIND_LABELS[ChannelKind(kind)])


def weight_label(weight: ValueWeight | str) -> str:
    return marked("value_weight", WEIGHT_LABELS[ValueWeight(weight)])


def warning_text(warning: PlanWarning) -> str:
    return warning.format(marked("planning_warnings", warning.template), format_date=format_date)


def warnings_text(warnings: Iterable[PlanWarning]) -> str:
    return "\n".join("⚠ " + warning_text(w) for w in warnings)


def format_date(day: date | None, *, empty: str = "") -> str:
    if day is None:
        return empty
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime) -> str:
    locale = QLocale()
    day = locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day} {clock}"


def format_count(value: int) -> str:
    return QLocale().toString(int(value))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def colour_swatch(colour: str, size: int = 14) -> QPixmap:
    """A small rounded square of ``colour`` (grey when it is not a valid colour)."""
    ratio = 2  # drawn at double size so that it stays sharp on high-density screens
    pixmap = QPixmap(size * ratio, size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    fill = QColor(colour)
    if not fill.isValid():
        fill = QColor("#999999")
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(fill.darker(130))
    painter.setBrush(fill)
    painter.drawRoundedRect(0.5, 0.5, size - 1, size - 1, 3, 3)
    painter.end()
    return pixmap


def swatch_icon(colour: str) -> QIcon:
    return QIcon(colour_swatch(colour))


def fit_columns(view: QAbstractItemView, widest: int = 260) -> None:
    """Sizes every column but the last (which stretches) to its contents, up to ``widest``."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    for column in range(max(header.count() - 1, 0)):
        view.resizeColumnToContents(column)  # type: ignore[attr-defined]
        header.resizeSection(column, min(header.sectionSize(column) + 12, widest))


# ---------------------------------------------------------------------------- who
_SETTINGS_GROUP = "planning"


def remembered_person() -> str:
    """The name last given as "who" (approvals, submissions), else the login name."""
    settings = QSettings()
    settings.beginGroup(_SETTINGS_GROUP)
    name = str(settings.value("who", "") or "")
    settings.endGroup()
    if name:
        return name
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def remember_person(name: str) -> None:
    settings = QSettings()
    settings.beginGroup(_SETTINGS_GROUP)
    settings.setValue("who", name)
    settings.endGroup()


# ---------------------------------------------------------------------------- questions
class Questions:
    """Yes/no questions of the planning pages, replaceable in tests."""

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


# ---------------------------------------------------------------------------- widgets
class ColourDialogs:
    """The colour chooser, replaceable in tests."""

    @classmethod
    def ask(cls, parent: QWidget | None, current: str, title: str) -> str | None:
        chosen = QColorDialog.getColor(QColor(current), parent, title)
        return chosen.name() if chosen.isValid() else None


class ColourButton(QPushButton):
    """A button showing a colour; clicking it opens the colour chooser."""

    colour_changed = Signal(str)

    def __init__(self, colour: str = "#1f77b4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clicked.connect(self.choose)
        self._show()

    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self._show()
            self.colour_changed.emit(colour)

    def choose(self) -> None:
        chosen = ColourDialogs.ask(self, self._colour, translate("ColourButton", "Choose a colour"))
        if chosen:
            self.set_colour(chosen)

    def _show(self) -> None:
        self.setIcon(swatch_icon(self._colour))
        self.setText(self._colour.upper())
        self.setToolTip(translate("ColourButton", "Choose a colour"))


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box ("set") and a date field."""

    changed = Signal()

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _: self.changed.emit())
        self.edit.dateChanged.connect(lambda _: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)

    def value(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(to_qdate(day))

    def set_label(self, text: str) -> None:
        self.check.setText(text)


class WarningLabel(QLabel):
    """Warnings (and refusals) shown in place, under an editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet("color: #8a5300;")
        self.hide()

    def show_warnings(self, warnings: Iterable[PlanWarning]) -> None:
        text = warnings_text(warnings)
        self.setText(text)
        self.setVisible(bool(text))
