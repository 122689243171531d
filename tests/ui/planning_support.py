"""A small known workspace and helpers for the planning pages' GUI tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog

from commsplanner.domain import Employee, Segment, WorkspaceSettings
from commsplanner.services.hub import open_hub
from commsplanner.storage import Workspace
from commsplanner.ui import messages
from commsplanner.ui.planning.common import Questions
from commsplanner.ui.session import WorkspaceSession


def build(path: Path) -> Path:
    ws = Workspace.create(path)
    ws.settings.save(WorkspaceSettings(organisation="Banco Andino", country=""))
    ws.employees.add_many(
        [Employee(f"E{i}", position="Cajero" if i < 4 else "Supervisor") for i in range(6)]
    )
    ws.segments.add(Segment("Cajeros", rule={"field": "position", "op": "eq", "value": "Cajero"}))
    ws.segments.add(
        Segment("Supervisores", rule={"field": "position", "op": "eq", "value": "Supervisor"})
    )
    ws.close()
    return path


def planning_session(tmp_path: Path) -> Iterator[WorkspaceSession]:
    """A session on :func:`build`'s workspace (for a test module's ``session`` fixture)."""
    hub = open_hub(build(tmp_path / "plan.commsplan"))
    session = WorkspaceSession(hub)
    yield session
    session.close()


class Recorder:
    """Stands in for message boxes: records what would have been shown."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, confirm: bool = True) -> None:
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.answer = confirm
        monkeypatch.setattr(
            messages, "show_error", lambda parent, exc, title=None: self.errors.append(str(exc))
        )
        monkeypatch.setattr(Questions, "confirm", classmethod(self._confirm))

    def _confirm(self, cls: type, parent: Any, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answer


def drive_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[Any], Any], accept: bool = True
) -> list[Any]:
    """Replaces ``cls.exec`` by ``fill(dialog)`` then OK (or Cancel); returns the dialogs seen."""
    seen: list[Any] = []

    def exec_(self: QDialog) -> int:
        seen.append(self)
        fill(self)
        if not accept:
            return QDialog.DialogCode.Rejected
        self.accept()
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)
    return seen


def type_text(qtbot, widget: Any, text: str, *, clear: bool = True) -> None:
    """Types ``text`` key by key (QTest only knows ASCII keys; others go as key events)."""
    if clear:
        widget.clear()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    index = view.model().index(row, column, QModelIndex())
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def row_texts(view: QAbstractItemView, column: int = 0) -> list[str]:
    model = view.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]
