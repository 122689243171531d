"""Errors and questions shown to the user, translated.

The shell calls these functions through the module (``messages.show_error(...)``), so tests
can replace them with recorders instead of clicking through modal boxes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.errors import ERRORS_CONTEXT, CommsPlannerError

if TYPE_CHECKING:
    # Imported where a box is built: the shell imports this module before its first paint.
    from PySide6.QtWidgets import QMessageBox


def error_text(exc: BaseException) -> str:
    """The message for ``exc`` in the UI language, parameters filled in."""
    if isinstance(exc, CommsPlannerError):
        return exc.format(QCoreApplication.translate(ERRORS_CONTEXT, exc.template))
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        if exc.filename:
            return (
                QCoreApplication.translate("Messages", "“{path}” could not be used ({detail}).")
                .replace("{path}", str(exc.filename))
                .replace("{detail}", detail)
            )
        return detail
    detail = str(exc) or type(exc).__name__
    return QCoreApplication.translate("Messages", "An unexpected error occurred: {detail}").replace(
        "{detail}", detail
    )


def _parent_window(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None else QApplication.activeWindow()


def error_box(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """A ready message box for ``exc`` (not shown), so its text can be checked."""
    import traceback

    from PySide6.QtWidgets import QMessageBox

    expected = isinstance(exc, CommsPlannerError)
    box = QMessageBox(_parent_window(parent))
    box.setIcon(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or QCoreApplication.translate("Messages", "Comms Planner"))
    box.setText(error_text(exc))
    if not expected:
        box.setInformativeText(
            QCoreApplication.translate(
                "Messages",
                "Your workspace keeps every change that was completed. "
                "If this happens again, send the details below to whoever supports the app.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Shows ``exc`` in a modal message box."""
    error_box(parent, exc, title).exec()


def ask_open_read_only(parent: QWidget | None, exc: BaseException) -> bool:
    """Offers to open a workspace that another window holds, read-only. True to do so."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(_parent_window(parent))
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Workspace in use"))
    box.setText(error_text(exc))
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "You can open it read-only to look at it and save a copy, without changing it.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("Messages", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only
