"""Opening, creating and summarising workspaces, for the app shell and the CLI.

No postponed annotations here: typing.NamedTuple compiles every annotation it is given as a
string, a cost paid at every start of the app.
"""

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..storage import SCHEMA_VERSION, Workspace

if TYPE_CHECKING:
    from ..domain import WorkspaceSettings


class WorkspaceSummary(NamedTuple):
    path: Path
    schema_version: int
    counts: dict[str, int]
    settings: "WorkspaceSettings"


class WorkspaceInfoService:
    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def summary(self) -> WorkspaceSummary:
        return WorkspaceSummary(
            path=self._ws.path,
            schema_version=self._ws.schema_version,
            counts=self._ws.counts(),
            settings=self._ws.settings.load(),
        )

    def settings(self) -> "WorkspaceSettings":
        return self._ws.settings.load()

    def save_settings(self, settings: "WorkspaceSettings") -> None:
        self._ws.settings.save(settings)

    def check_integrity(self, *, wait: bool = True) -> bool:
        """Whether the file is known to be sound (False while the background check opened
        with ``check_later`` is still running and ``wait`` is False; the first call starts
        it); raises
        :class:`~commsplanner.storage.CorruptWorkspaceError` if it found damage."""
        return self._ws.check_integrity(wait=wait)

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        return self._ws.save_copy(target)

    @property
    def upgraded_from(self) -> int | None:
        return self._ws.upgraded_from

    @property
    def backup_path(self) -> Path | None:
        return self._ws.backup_path

    @staticmethod
    def supported_schema_version() -> int:
        return SCHEMA_VERSION
