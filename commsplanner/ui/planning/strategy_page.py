"""The Strategy page: corporate values and business goals, side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...domain import Changes, EntityKind
from ..session import WorkspaceSession
from .panels import GoalsPanel, ValuesPanel

_RELEVANT = (EntityKind.VALUE, EntityKind.GOAL, EntityKind.CAMPAIGN)


class StrategyPage(QWidget):
    """What the plan serves: the values to promote and the goals to reach."""

    page_id = "strategy"

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("StrategyPage", "Values and goals")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/strategy.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strategyPage")
        self.session = session
        self.values = ValuesPanel(session)
        self.goals = GoalsPanel(session)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.values)
        splitter.addWidget(self.goals)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([480, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches(*_RELEVANT):
            return
        self.values.reload()
        self.goals.reload()

    def retranslate(self) -> None:
        self.values.retranslate()
        self.goals.retranslate()
