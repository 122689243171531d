"""The "Find a slot" dialog: the nearest conflict-free places for one communication."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.scheduling import SlotSearch, SlotSuggestion
from ..i18n import format_day, format_time
from .whatif import describe

SlotRole = Qt.ItemDataRole.UserRole + 1


class SlotDialog(QDialog):
    """Lists the suggestions of a :class:`SlotSearch`; "Move there" accepts one."""

    def __init__(self, search: SlotSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self.setWindowTitle(self.tr("Find a slot"))
        self.setMinimumWidth(680)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.now_label = QLabel()
        self.now_label.setWordWrap(True)
        self.now_label.setStyleSheet("color: #5f6368")
        self.list = QListWidget()
        self.list.setObjectName("slotList")
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentRowChanged.connect(self._row_changed)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.move_button: QPushButton = buttons.addButton(
            self.tr("Move there"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.now_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._fill()

    def _when(self, suggestion_start) -> str:
        return f"{format_day(suggestion_start.date())} {format_time(suggestion_start)}"

    def _fill(self) -> None:
        search = self.search
        first, last = search.window
        self.heading.setText(
            self.tr("Where “%1” can go without conflicts, between %2 and %3")
            .replace("%1", search.title)
            .replace("%2", format_day(first))
            .replace("%3", format_day(last))
        )
        current = search.current
        if current is not None and not current.clean:
            issues = describe(current)[1:]
            self.now_label.setText(
                self.tr("Now on %1. There: %2")
                .replace("%1", self._when(search.occurrence))
                .replace("%2", "; ".join(issues))
            )
        else:
            self.now_label.setText(
                self.tr("Now on %1, with no conflict there.").replace(
                    "%1", self._when(search.occurrence)
                )
            )
        entries: list[tuple[str, SlotSuggestion]] = []
        for slot in search.suggestions:
            entries.append((self._clean_text(slot), slot))
        if not search.suggestions:
            if search.lighter:
                self.empty_label.setText(
                    self.tr(
                        "No conflict-free slot on the working days of its campaign. These places "
                        "would still reach people over the weekly limit, but lighten the load "
                        "without making any conflict worse:"
                    )
                )
                for slot in search.lighter:
                    entries.append((self._lighter_text(slot), slot))
            else:
                self.empty_label.setText(
                    self.tr(
                        "No conflict-free slot on the working days of its campaign, and no "
                        "place that would lighten the load. Consider another week, audience or "
                        "channel."
                    )
                )
        self.empty_label.setVisible(not search.suggestions)
        for text, slot in entries:
            entry = QListWidgetItem(text)
            entry.setData(SlotRole, slot)
            entry.setToolTip("\n".join(describe(slot.candidate, with_time=True)))
            self.list.addItem(entry)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.move_button.setEnabled(self.list.count() > 0)

    def _distance(self, slot: SlotSuggestion) -> str:
        if slot.days_away > 0:
            return self.tr("%1 day(s) later").replace("%1", str(slot.days_away))
        if slot.days_away < 0:
            return self.tr("%1 day(s) earlier").replace("%1", str(-slot.days_away))
        return self.tr("same day")

    def _clean_text(self, slot: SlotSuggestion) -> str:
        return (
            self.tr("%1 — %2; the busiest person it reaches gets %3 of %4 that week")
            .replace("%1", self._when(slot.start))
            .replace("%2", self._distance(slot))
            .replace("%3", str(slot.busiest))
            .replace("%4", str(slot.cap))
        )

    def _lighter_text(self, slot: SlotSuggestion) -> str:
        delta = slot.candidate.delta
        return (
            self.tr("%1 — %2; %3 fewer people over the limit, %4 fewer communications beyond it")
            .replace("%1", self._when(slot.start))
            .replace("%2", self._distance(slot))
            .replace("%3", f"{-delta.overload_people:,}")
            .replace("%4", f"{-delta.overload_excess:,}")
        )

    def _row_changed(self, row: int) -> None:
        self.move_button.setEnabled(row >= 0)

    def chosen(self) -> SlotSuggestion | None:
        entry = self.list.currentItem()
        return entry.data(SlotRole) if entry is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None, search: SlotSearch) -> SlotSuggestion | None:
        dialog = cls(search, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen() if accepted else None
        dialog.deleteLater()
        return chosen
