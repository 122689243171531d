"""A sidebar page made of two editable panels side by side (values|goals, channels|blackouts)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...domain import Changes, EntityKind
from ..session import WorkspaceSession


class TwoPanelPage(QWidget):
    """Lays out ``first`` and ``second`` in a splitter and reloads both on relevant changes."""

    relevant: tuple[EntityKind, ...] = ()

    def __init__(
        self,
        session: WorkspaceSession,
        first: QWidget,
        second: QWidget,
        sizes: tuple[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._panels = (first, second)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(first)
        splitter.addWidget(second)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes(list(sizes))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is not None and not changes.touches(*self.relevant):
            return
        for panel in self._panels:
            panel.reload()

    def retranslate(self) -> None:
        for panel in self._panels:
            panel.retranslate()
