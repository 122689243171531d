"""The Channels page: the channels the team uses and the blackout periods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...domain import Changes, EntityKind
from ..session import WorkspaceSession
from .panels import BlackoutsPanel, ChannelsPanel

_RELEVANT = (EntityKind.CHANNEL, EntityKind.COMMUNICATION, EntityKind.BLACKOUT)


class ChannelsPage(QWidget):
    """Channels with their kind, direction and capacity; periods when nothing is sent."""

    page_id = "channels"

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate("ChannelsPage", "Channels")

    @classmethod
    def page_icon(cls) -> str:
        return "icons/channels.svg"

    def __init__(self, session: WorkspaceSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelsPage")
        self.session = session
        self.channels = ChannelsPanel(session)
        self.blackouts = BlackoutsPanel(session)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.channels)
        splitter.addWidget(self.blackouts)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches(*_RELEVANT):
            return
        self.channels.reload()
        self.blackouts.reload()

    def retranslate(self) -> None:
        self.channels.retranslate()
        self.blackouts.retranslate()
