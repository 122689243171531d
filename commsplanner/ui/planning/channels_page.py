"""The Channels page: the channels the team uses and the blackout periods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...domain import EntityKind
from ..session import WorkspaceSession
from .panels import BlackoutsPanel, ChannelsPanel
from .two_panel_page import TwoPanelPage


class ChannelsPage(TwoPanelPage):
    """Channels with their kind, direction and capacity; periods when nothing is sent."""

    page_id = "channels"
    relevant = (EntityKind.CHANNEL, EntityKind.COMMUNICATION, EntityKind.BLACKOUT)

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ChannelsPage", "Channels")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/channels.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        self.channels = ChannelsPanel(session)
        self.blackouts = BlackoutsPanel(session)
        super().__init__(session, self.channels, self.blackouts, (620, 420), parent)
        self.setObjectName("channelsPage")
