"""Why a workspace file could not be opened or written. Messages are translatable templates."""

from __future__ import annotations

from ..domain.errors import QT_TRANSLATE_NOOP, CommsPlannerError


class WorkspaceError(CommsPlannerError):
    """A workspace file could not be used; the file was left as it was."""


class WorkspaceMissingError(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The workspace “{path}” does not exist."), path=path
        )


class NotAWorkspaceError(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "“{path}” is not a Comms Planner workspace. It was not changed."
            ),
            path=path,
        )


class CorruptWorkspaceError(WorkspaceError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workspace “{path}” is damaged and cannot be opened ({detail}). "
                "It was not changed; restore a backup copy.",
            ),
            path=path,
            detail=detail,
        )


class WorkspaceTooNewError(WorkspaceError):
    def __init__(self, path: str, version: int, supported: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workspace “{path}” was saved by a newer version of Comms Planner "
                "(format {version}; this version reads up to {supported}). "
                "Update the app to open it; the file was not changed.",
            ),
            path=path,
            version=version,
            supported=supported,
        )


class WorkspaceLockedError(WorkspaceError):
    def __init__(self, path: str, holder: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workspace “{path}” is already open in another Comms Planner window "
                "({holder}). Close it there, or open this one read-only.",
            ),
            path=path,
            holder=holder,
        )


class WorkspaceReadOnlyError(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workspace “{path}” is read-only: changes cannot be saved. "
                "Use “Save a copy as…” to keep working on a copy.",
            ),
            path=path,
        )


class WorkspaceNeedsUpgradeError(WorkspaceError):
    def __init__(self, path: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workspace “{path}” was made by an older version and must be upgraded, "
                "which is not possible while it is open read-only.",
            ),
            path=path,
        )


class WorkspaceWriteError(WorkspaceError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The change could not be saved to “{path}” ({detail}). "
                "Nothing was changed in the workspace.",
            ),
            path=path,
            detail=detail,
        )


class NotFoundError(CommsPlannerError):
    def __init__(self, what: str, entity_id: int) -> None:
        # These templates do not name the kind of item ({what} stays a parameter, for logs): a
        # translation cannot be assembled from an untranslated English noun.
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The item (id {id}) no longer exists in this workspace."),
            what=what,
            id=entity_id,
        )


class InUseError(CommsPlannerError):
    """Deleting something still referenced elsewhere (a channel used by communications, …)."""

    def __init__(self, what: str, name: str, users: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "“{name}” is still used by {users} item(s); reassign or remove them first.",
            ),
            what=what,
            name=name,
            users=users,
        )
