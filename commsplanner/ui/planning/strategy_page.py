"""The Strategy page: corporate values and business goals, side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain import EntityKind
from ..session import WorkspaceSession
from .panels import GoalsPanel, ValuesPanel
from .two_panel_page import TwoPanelPage


class StrategyPage(TwoPanelPage):
    """What the plan serves: the values to promote and the goals to reach."""

    page_id = "strategy"
    relevant = (EntityKind.VALUE, EntityKind.GOAL, EntityKind.CAMPAIGN)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("StrategyPage", "Values and goals")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/strategy.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        self.values = ValuesPanel(session)
        self.goals = GoalsPanel(session)
        super().__init__(session, self.values, self.goals, (480, 560), parent)
        self.setObjectName("strategyPage")
