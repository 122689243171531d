"""Opening, creating and summarising workspaces, for the app shell and the CLI."""

from __future__ import annotations

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
    settings: WorkspaceSettings


def open_hub(
    path: str | os.PathLike[str],
    *,
    read_only: bool = False,
    create: bool = False,
    check_later: bool = False,
):
    """Opens (or creates) a workspace and returns its :class:`~.hub.ServiceHub`.

    ``check_later``: the search for damage inside the file runs in the background, from the
    first call of :meth:`WorkspaceInfoService.check_integrity` on; the app uses it so the
    first screen does not wait for a read of the whole file.
    """
    from .hub import ServiceHub

    if create:
        workspace = Workspace.create(path)
    else:
        workspace = Workspace.open(path, read_only=read_only, check_later=check_later)
    return ServiceHub(workspace)


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

    def settings(self) -> WorkspaceSettings:
        return self._ws.settings.load()

    def save_settings(self, settings: WorkspaceSettings) -> None:
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
