"""The "Balance the plan" dialog: a proposal of moves shown as a diff, applied as one step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import Changes, CommsPlannerError
from ...domain.errors import Cancelled
from ...i18n import normalise_language
from ...services.planning import PlanEdit
from ...services.scheduling import BalanceProposal
from .. import messages
from ..i18n import format_day, format_time
from ..workers import run_job


class BalanceDialog(QDialog):
    """Choose a period, look at the proposed moves, apply them or not."""

    def __init__(self, session, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.proposal: BalanceProposal | None = None
        self.applied = False
        self.setWindowTitle(self.tr("Balance the plan"))
        self.resize(820, 560)
        intro = QLabel(
            self.tr(
                "Moves communications out of weeks where people would get more than the weekly "
                "limit, to lighter weeks inside their campaign's dates. Pinned, repeating and "
                "already live communications stay where they are, the order rules are kept, "
                "and no conflict gets worse."
            )
        )
        intro.setWordWrap(True)
        self.first_edit = QDateEdit(QDate(first.year, first.month, first.day))
        self.last_edit = QDateEdit(QDate(last.year, last.month, last.day))
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.compute_button = QPushButton(self.tr("Find moves"))
        self.compute_button.clicked.connect(self.compute)
        period = QHBoxLayout()
        period.addWidget(self.first_edit)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_edit)
        period.addWidget(self.compute_button)
        period.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Period:"), period)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.totals = QTableWidget(0, 3)
        self.totals.setObjectName("balanceTotals")
        self.totals.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Now"), self.tr("After")]
        )
        self.totals.verticalHeader().hide()
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals.setMaximumHeight(140)
        self.totals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.moves = QTableWidget(0, 4)
        self.moves.setObjectName("balanceMoves")
        self.moves.setHorizontalHeaderLabels(
            [self.tr("Communication"), self.tr("Campaign"), self.tr("From"), self.tr("To")]
        )
        self.moves.verticalHeader().hide()
        self.moves.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moves.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.moves.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)

        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("Apply the moves"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.discard_button = buttons.addButton(
            self.tr("Discard"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.discard_button.clicked.connect(self.reject)
        self.apply_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.totals)
        layout.addWidget(self.moves, 1)
        layout.addWidget(buttons)
        self.summary.setText(self.tr("Choose the period and press “Find moves”."))

    def period(self) -> tuple[date, date]:
        return self.first_edit.date().toPython(), self.last_edit.date().toPython()

    # ------------------------------------------------------------------ proposal
    def compute(self) -> BalanceProposal | None:
        first, last = self.period()
        hub = self.session.hub
        language = normalise_language(QLocale().name())
        try:
            proposal = run_job(
                self,
                self.tr("Balancing the plan"),
                lambda progress: hub.scheduling.balance(
                    first, last, language=language, progress=progress
                ),
                label=self.tr("Looking for moves that lighten the load…"),
            )
        except Cancelled:
            return None  # the user stopped it: nothing to say, nothing changed
        except CommsPlannerError as err:
            messages.show_error(self, err, self.tr("Balance the plan"))
            return None
        self.show_proposal(proposal)
        return proposal

    def show_proposal(self, proposal: BalanceProposal) -> None:
        self.proposal = proposal
        before, after = proposal.before, proposal.after
        if proposal.moves:
            text = (
                self.tr("%2 move(s) found in %1 s.")
                .replace("%2", str(len(proposal.moves)))
                .replace("%1", f"{proposal.seconds:.1f}")
            )
        else:
            text = self.tr(
                "No move would lower the load on people without making a conflict worse."
            )
        if not proposal.complete:
            text += " " + self.tr("It stopped at its time limit: running it again may find more.")
        self.summary.setText(text)
        rows = [
            (
                self.tr("People over the weekly limit (summed over weeks)"),
                before.overload_people,
                after.overload_people,
            ),
            (
                self.tr("Communications beyond the weekly limit"),
                before.overload_excess,
                after.overload_excess,
            ),
            (
                self.tr("People over a channel's weekly limit"),
                before.channel_people,
                after.channel_people,
            ),
            (self.tr("Conflict findings of every kind"), before.findings, after.findings),
        ]
        self.totals.setRowCount(len(rows))
        for row, (label, was, now) in enumerate(rows):
            self.totals.setItem(row, 0, QTableWidgetItem(label))
            for column, value in ((1, was), (2, now)):
                cell = QTableWidgetItem(f"{value:,}")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.totals.setItem(row, column, cell)
        self.moves.setRowCount(len(proposal.moves))
        for row, move in enumerate(proposal.moves):
            values = (
                move.title,
                move.campaign,
                f"{format_day(move.old_start.date())} {format_time(move.old_start)}",
                f"{format_day(move.new_start.date())} {format_time(move.new_start)}",
            )
            for column, value in enumerate(values):
                self.moves.setItem(row, column, QTableWidgetItem(value))
        self.apply_button.setEnabled(bool(proposal.moves) and not self.session.read_only)

    # ------------------------------------------------------------------ applying
    def apply(self) -> bool:
        """Applies the proposal as ONE undoable step; a stale proposal is refused."""
        proposal = self.proposal
        if proposal is None or not proposal.moves:
            return False
        scheduling = self.session.hub.scheduling
        state: dict[str, PlanEdit] = {}

        def redo() -> Changes:
            if "edit" not in state:
                state["edit"] = scheduling.apply_balance(proposal)
                return state["edit"].changes
            return scheduling.redo(state["edit"])

        def undo() -> Changes:
            return scheduling.undo(state["edit"])

        try:
            self.session.execute(
                self.tr("Balance the plan (%1 move(s))").replace("%1", str(len(proposal.moves))),
                redo,
                undo,
            )
        except CommsPlannerError as err:
            messages.show_error(self, err, self.tr("Balance the plan"))
            self.apply_button.setEnabled(False)
            return False
        self.applied = True
        self.accept()
        return True

    @classmethod
    def ask(cls, session, first: date, last: date, parent: QWidget | None = None) -> bool:
        """Shows the dialog; True when a proposal was applied."""
        dialog = cls(session, first, last, parent)
        dialog.exec()
        applied = dialog.applied
        dialog.deleteLater()
        return applied
