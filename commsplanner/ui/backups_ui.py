"""Automatic backups of the open workspace and File ▸ Restore from backup….

:class:`AutoBackup` writes a backup every N minutes (Edit ▸ Preferences) when the workspace
changed since the last one, in a background job, into the user's data folder
(``backups/<workspace name>-<hash>/``), keeping the last N. The logic lives in
:mod:`commsplanner.services.backups`; this module only times, shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .app_settings import AppSettings
from .messages import error_text
from .session import WorkspaceSession
from .workspace_files import data_dir

_USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole


def backups_folder(workspace: Path) -> Path:
    """The folder holding the backups of ``workspace`` (in the user's data folder)."""
    from ..services.backups import backup_folder

    return backup_folder(data_dir(), workspace)


class AutoBackup(QObject):
    """Backs up the open workspace periodically, off the UI thread, when it changed."""

    started = Signal()
    written = Signal(object)  # Path of the new backup
    failed = Signal(str)  # the message, translated

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session: WorkspaceSession | None = None
        self.dirty = False
        self.job: Any = None
        self._after_job: list[Callable[[], None]] = []
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer)
        self.apply_settings()

    def apply_settings(self) -> None:
        minutes = self.settings.backup_minutes
        if minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def set_session(self, session: WorkspaceSession | None) -> None:
        if self.session is not None:
            self.session.changed.disconnect(self._on_changed)
        self.session = session
        self.dirty = False
        if session is not None:
            session.changed.connect(self._on_changed)

    def _on_changed(self, _changes: object) -> None:
        self.dirty = True

    def _on_timer(self) -> None:
        if self.dirty:
            self.backup_now()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def backup_now(self) -> bool:
        """Starts a backup of the open workspace; False if none can start now."""
        session = self.session
        if session is None or session.read_only or self.job is not None:
            return False
        from ..services.backups import write_backup
        from .workers import Job

        path = session.hub.path
        folder = backups_folder(path)
        keep = self.settings.backup_count
        # Changes made while the copy is written make the next backup due again.
        self.dirty = False
        self.job = Job(lambda _progress: write_backup(path, folder, keep), self)
        self.job.done.connect(self._finished)
        self.started.emit()
        self.job.start()
        return True

    def wait(self) -> None:
        """Blocks until a running backup is written (before closing its workspace)."""
        job = self.job
        if job is not None:
            job.wait()
            self._finished()

    def _finished(self) -> None:
        job, self.job = self.job, None
        if job is None:
            return
        job.deleteLater()
        if job.error is not None:
            self.dirty = True  # try again next time
            self.failed.emit(error_text(job.error))
        else:
            self.written.emit(job.result)


class RestoreDialog(QDialog):
    """The backups of a workspace, newest first, with what each holds."""

    def __init__(self, workspace: Path, backups: list[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.workspace = workspace
        self.backups = backups
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("backupList")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnCount(6)
        locale = QLocale()
        for info in backups:
            counts = info.counts or {}
            item = QTreeWidgetItem(
                [
                    locale.toString(info.created, QLocale.FormatType.ShortFormat),
                    locale.formattedDataSize(info.size),
                    *(
                        locale.toString(counts[key]) if key in counts else "–"
                        for key in ("employees", "segments", "campaigns", "communications")
                    ),
                ]
            )
            item.setData(0, _USER_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            if not info.usable:
                item.setDisabled(True)
                item.setToolTip(0, self.tr("This backup is damaged and cannot be restored."))
            self.tree.addTopLevelItem(item)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.tree.setVisible(bool(backups))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        self.tree.currentItemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        first_usable = next(
            (i for i in range(self.tree.topLevelItemCount()) if backups[i].usable), None
        )
        if first_usable is not None:
            self.tree.setCurrentItem(self.tree.topLevelItem(first_usable))
        self.retranslate()
        for column in range(6):  # after the headers are set: wide enough for them too
            self.tree.resizeColumnToContents(column)
        self._update_ok()
        self.resize(720, 380)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro.setText(
            self.tr(
                "Choose the state to go back to. What “{name}” holds now is saved as one "
                "more backup first, so the restore can itself be undone."
            ).replace("{name}", self.workspace.name)
        )
        self.tree.setHeaderLabels(
            [
                self.tr("Saved"),
                self.tr("Size"),
                self.tr("Employees"),
                self.tr("Segments"),
                self.tr("Campaigns"),
                self.tr("Communications"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Backups, newest first"))
        self.empty.setText(
            self.tr(
                "There are no backups of this workspace yet. They are written every few "
                "minutes while you work (see Edit ▸ Preferences), or with File ▸ Back up now."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Restore"))

    def _update_ok(self, *_args: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.selected() is not None
        )

    def selected(self) -> Path | None:
        item = self.tree.currentItem()
        if item is None or item.isDisabled():
            return None
        return Path(str(item.data(0, _USER_ROLE)))

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Path, backups: list[Any]) -> Path | None:
        """The backup to restore, or None when cancelled."""
        dialog = cls(workspace, backups, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.selected()
        finally:
            dialog.deleteLater()


def confirm_restore(parent: QWidget | None, when: str) -> bool:
    """Asks before replacing the workspace's content. True to go ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RestoreDialog", "Restore from backup"))
    box.setText(
        QCoreApplication.translate(
            "RestoreDialog", "Replace the workspace's content by the backup of {when}?"
        ).replace("{when}", when)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "RestoreDialog", "Its current content is kept as a backup, so you can come back to it."
        )
    )
    restore = box.addButton(
        QCoreApplication.translate("RestoreDialog", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
