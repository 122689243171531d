"""Putting the content of another workspace file (a backup) into an open workspace.

The copy goes through SQLite's online backup API into the open, locked connection: SQLite
writes the destination in one write transaction (through its WAL), so a crash or a full disk
leaves the workspace as it was before, never half restored.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from . import schema
from .errors import CorruptWorkspaceError, WorkspaceTooNewError, WorkspaceWriteError
from .workspace import Workspace, _check_header, _connect_read_only


def check_file(path: Path) -> int:
    """Refuses a damaged file or one from a newer app; returns its schema version."""
    _check_header(path)
    version = Workspace._inspect(path)
    if version > schema.SCHEMA_VERSION:
        raise WorkspaceTooNewError(str(path), version, schema.SCHEMA_VERSION)
    return version


def restore_into(workspace: Workspace, source: Path) -> None:
    """Replaces everything in ``workspace`` by the content of the workspace file ``source``.

    The workspace must be open for writing (it holds the lock) and outside any transaction.
    """
    check_file(source)
    if workspace.read_only:
        raise WorkspaceWriteError(str(workspace.path), "read-only")
    try:
        src = _connect_read_only(source)
    except sqlite3.Error as exc:
        raise CorruptWorkspaceError(str(source), str(exc)) from None
    try:
        # pages=-1: the whole file in one step, so in one destination transaction.
        src.backup(workspace.conn, pages=-1)
    except sqlite3.Error as exc:
        raise WorkspaceWriteError(str(workspace.path), str(exc)) from None
    finally:
        src.close()
    result = workspace.conn.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":  # pragma: no cover - SQLite checked the source before copying
        raise CorruptWorkspaceError(str(workspace.path), str(result))
