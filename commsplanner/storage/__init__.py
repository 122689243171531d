"""The SQLite workspace: schema, migrations, transactions and repositories. The only SQL."""

from .errors import (
    CorruptWorkspaceError,
    InUseError,
    NotAWorkspaceError,
    NotFoundError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceNeedsUpgradeError,
    WorkspaceReadOnlyError,
    WorkspaceTooNewError,
    WorkspaceWriteError,
)
from .schema import SCHEMA_VERSION
from .workspace import SUFFIX, Workspace

__all__ = [
    "SCHEMA_VERSION",
    "SUFFIX",
    "CorruptWorkspaceError",
    "InUseError",
    "NotAWorkspaceError",
    "NotFoundError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceLockedError",
    "WorkspaceMissingError",
    "WorkspaceNeedsUpgradeError",
    "WorkspaceReadOnlyError",
    "WorkspaceTooNewError",
    "WorkspaceWriteError",
]
