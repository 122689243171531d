"""The open workspace as the UI sees it: its services, its undo stack and its change signal.

Every edit goes through :meth:`WorkspaceSession.execute`: the service call runs first (so a
refused edit never reaches the undo stack), then an undo command is pushed that can undo and
redo it. After each do, undo or redo the session emits :attr:`WorkspaceSession.changed` with
the :class:`~commsplanner.domain.Changes`, and each page refreshes what it shows from that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..services.hub import ServiceHub

if TYPE_CHECKING:
    from ..domain import Changes

# An edit of a service; returns what it changed. (Changes is imported only when an edit runs:
# the first screen edits nothing.)
Action = Callable[[], "Changes | None"]


class _ServiceCommand(QUndoCommand):
    def __init__(self, session: WorkspaceSession, text: str, redo: Action, undo: Action) -> None:
        super().__init__(text)
        self._session = session
        self._redo = redo
        self._undo = undo
        self._done_once = True  # the first redo already ran in execute()

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False
            return
        self._session.notify(self._redo())

    def undo(self) -> None:
        self._session.notify(self._undo())


class WorkspaceSession(QObject):
    """Services of the open workspace plus one QUndoStack for all its edits."""

    changed = Signal(object)  # Changes

    def __init__(self, hub: ServiceHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.undo_stack = QUndoStack(self)
        # Set once the window has told the user this file is damaged (it then closes it).
        self.damage_reported = False

    @property
    def read_only(self) -> bool:
        return self.hub.read_only

    def execute(self, text: str, redo: Action, undo: Action) -> Changes:
        """Runs ``redo`` now and records it as one undoable step named ``text``.

        Exceptions from ``redo`` propagate and nothing is recorded.
        """
        from ..domain import Changes

        changes = redo() or Changes()
        self.undo_stack.push(_ServiceCommand(self, text, redo, undo))
        self.notify(changes)
        return changes

    def notify(self, changes: Changes | None) -> None:
        """Tells every page what changed (also for edits that are not undoable, e.g. imports)."""
        if changes:
            self.changed.emit(changes)

    def close(self) -> None:
        self.undo_stack.clear()
        self.hub.close()
