"""Rotating, timestamped backups of a workspace, and putting one back.

Every edit is committed to the workspace file as it happens, so these backups are not about
unsaved work: they keep earlier states of the plan (the last N copies) to go back to after a
mistake. Copies are written atomically (``Workspace.save_copy``) into a folder of their own per
workspace, named ``<workspace name>-<YYYYmmdd-HHMMSS>.commsplan``.

No Qt here: the app shell runs these functions off the UI thread and chooses the folders.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError
from ..domain.progress import Progress
from ..storage import SUFFIX, Workspace, WorkspaceError
from ..storage.restore import check_file, restore_into

BACKUPS_FOLDER = "backups"
DEFAULT_KEEP = 10
MAX_KEEP = 200
_STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?$")


class BackupError(CommsPlannerError):
    """A backup could not be written, read or restored; the workspace itself is unharmed."""


def _write_error(folder: Path, detail: str) -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The backup could not be written to “{folder}” ({detail}). "
            "The workspace itself is unchanged.",
        ),
        folder=str(folder),
        detail=detail,
    )


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``counts`` is filled by :func:`describe` (None if it cannot be read)."""

    path: Path
    created: datetime
    size: int
    counts: dict[str, int] | None = None
    problem: str = ""

    @property
    def usable(self) -> bool:
        return not self.problem


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    # The state the workspace had just before the restore, itself kept as a backup.
    safety_backup: Path


def folder_name(workspace: Path) -> str:
    """A folder name for the backups of ``workspace``: its name plus a short path hash.

    The hash keeps apart two workspaces with the same file name in different folders, so
    one is never offered the other's backups.
    """
    try:
        resolved = workspace.expanduser().resolve()
    except OSError:
        resolved = workspace.absolute()
    digest = hashlib.sha1(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:8]
    stem = unicodedata.normalize("NFC", workspace.stem)
    # Characters that some file systems refuse, or that would nest folders.
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", stem).strip(" .") or "workspace"
    return f"{safe[:60]}-{digest}"


def backup_folder(root: Path, workspace: Path) -> Path:
    """Where the backups of ``workspace`` go: ``<root>/backups/<name>-<hash>/``."""
    return root / BACKUPS_FOLDER / folder_name(workspace)


def backup_name(stem: str, when: datetime) -> str:
    return f"{stem}-{when.strftime(_STAMP_FORMAT)}{SUFFIX}"


def _created(path: Path) -> datetime:
    found = _STAMP.search(path.stem)
    if found:
        with contextlib.suppress(ValueError):
            return datetime.strptime(found.group(1), _STAMP_FORMAT)
    return datetime.fromtimestamp(path.stat().st_mtime)


def _counter(path: Path) -> int:
    """The "-2" of a second backup written in the same second."""
    found = _STAMP.search(path.stem)
    return int(found.group(2)) if found and found.group(2) else 1


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in ``folder``, newest first (without counts; see :func:`describe`)."""
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backups in “{folder}” cannot be read ({detail})."),
            folder=str(folder),
            detail=exc.strerror or str(exc),
        ) from None
    for path in entries:
        if path.suffix != SUFFIX or path.name.startswith(".") or not path.is_file():
            continue
        try:
            found.append(BackupInfo(path, _created(path), path.stat().st_size))
        except OSError:
            continue  # vanished meanwhile
    found.sort(key=lambda info: (info.created, _counter(info.path), info.path.name), reverse=True)
    return found


def describe(info: BackupInfo) -> BackupInfo:
    """``info`` with the row counts of the backup, or with the problem that stops reading it."""
    try:
        check_file(info.path)
        with Workspace.open(info.path, read_only=True) as ws:
            counts = ws.counts()
    except WorkspaceError as exc:
        if type(exc).__name__ == "WorkspaceNeedsUpgradeError":
            # An older format: still restorable (the workspace is upgraded when reopened).
            return BackupInfo(info.path, info.created, info.size, None, "")
        return BackupInfo(info.path, info.created, info.size, None, exc.template)
    return BackupInfo(info.path, info.created, info.size, counts, "")


def describe_all(folder: Path, progress: Progress | None = None) -> list[BackupInfo]:
    """Every backup of ``folder`` with its counts, newest first (reads each file)."""
    backups = list_backups(folder)
    described = []
    for done, info in enumerate(backups):
        if progress is not None:
            progress.step(done, len(backups))
        described.append(describe(info))
    return described


def rotate(folder: Path, keep: int) -> list[Path]:
    """Deletes all but the ``keep`` newest backups of ``folder``; returns what was deleted."""
    keep = max(1, keep)
    removed = []
    for info in list_backups(folder)[keep:]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def _fresh_target(folder: Path, stem: str, when: datetime) -> Path:
    target = folder / backup_name(stem, when)
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{stem}-{when.strftime(_STAMP_FORMAT)}-{counter}{SUFFIX}"
    return target


def save_backup(
    save_copy: Callable[[Path], Path],
    stem: str,
    folder: Path,
    keep: int | None,
    *,
    now: datetime | None = None,
) -> Path:
    """Writes a backup with ``save_copy(target)`` (atomic), then keeps the ``keep`` newest
    (all of them when ``keep`` is None)."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise _write_error(folder, exc.strerror or str(exc)) from None
    target = _fresh_target(folder, stem, now or datetime.now())
    try:
        written = save_copy(target)
    except WorkspaceError as exc:
        raise _write_error(folder, str(exc.params.get("detail", exc))) from None
    except OSError as exc:
        raise _write_error(folder, exc.strerror or str(exc)) from None
    if keep is not None:
        rotate(folder, keep)
    return written


def write_backup(workspace: Path, folder: Path, keep: int, *, now: datetime | None = None) -> Path:
    """Backs up the workspace file ``workspace`` into ``folder`` and rotates.

    It reads through a connection of its own (a consistent snapshot, thanks to WAL), so it
    can run in a background thread while the app keeps using the workspace.
    """
    try:
        source = Workspace.open(workspace, read_only=True)
    except WorkspaceError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "“{path}” could not be read to back it up ({detail})."),
            path=str(workspace),
            detail=str(exc),
        ) from None
    with source:
        return save_backup(source.save_copy, workspace.stem, folder, keep, now=now)


def restore_backup(
    backup: Path,
    workspace: Path,
    folder: Path,
    keep: int,
    *,
    now: datetime | None = None,
) -> RestoreResult:
    """Puts the content of ``backup`` into the (closed) workspace file ``workspace``.

    First the current state is saved as one more backup, so a restore can itself be undone
    by restoring that one. The replacement is one SQLite transaction: after a crash the
    workspace holds either its old or its restored content. Raises ``WorkspaceLockedError``
    while another window or process has the workspace open.
    """
    if not backup.is_file():
        raise BackupError(
            QT_TRANSLATE_NOOP("errors", "The backup “{name}” no longer exists."),
            name=backup.name,
        )
    try:
        check_file(backup)
    except WorkspaceError as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The backup “{name}” cannot be restored: it is damaged or not a workspace "
                "({detail}). The workspace was not changed.",
            ),
            name=backup.name,
            detail=str(exc),
        ) from None
    with Workspace.open(workspace) as ws:
        # No rotation yet: it could delete the very backup being restored.
        safety = save_backup(ws.save_copy, workspace.stem, folder, None, now=now)
        restore_into(ws, backup)
    rotate(folder, max(keep, 2))
    return RestoreResult(backup, safety)
