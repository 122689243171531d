"""A workspace: one SQLite file (``*.commsplan``) holding a whole plan.

Opening checks the file before anything can write to it (header, application id, integrity,
schema version), takes an exclusive lock so two app instances never write the same plan,
upgrades older files after a backup copy, and hands out repositories. Every change runs in a
transaction (:meth:`Workspace.transaction`) that records what it changed.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading

if sys.platform != "win32":
    import fcntl
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import QT_TRANSLATE_NOOP
from . import schema
from .errors import (
    CorruptWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceNeedsUpgradeError,
    WorkspaceReadOnlyError,
    WorkspaceTooNewError,
    WorkspaceWriteError,
)

if TYPE_CHECKING:
    import sqlite_utils

    from ..domain.changes import Changes
    from .repositories import (
        ApprovalRepository,
        BlackoutRepository,
        CampaignRepository,
        ChannelRepository,
        CommunicationRepository,
        EmployeeRepository,
        FeedbackRepository,
        GoalRepository,
        MeasurementRepository,
        SegmentRepository,
        SettingsRepository,
        StatusChangeRepository,
        ValueRepository,
    )
    from .sequencing_repo import SequencingRuleRepository

SUFFIX = ".commsplan"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _host_name() -> str:
    """This computer's name, for the lock holder message (``socket`` costs start-up time)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


class _FileLock:
    """An exclusive advisory lock on a sidecar file; the OS drops it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{_host_name()}:{os.getpid()}".encode())
        self._fd = fd
        return True

    def holder(self) -> str:
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip() or "?"
        except OSError:
            return "?"

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None
            with contextlib.suppress(OSError):
                self.path.unlink()


def _check_header(path: Path) -> bool:
    """Refuses files that are not SQLite databases of ours, reading only their header.

    Returns whether the file is in WAL mode (header bytes 18–19 are 2 then).
    """
    return _read_header(path)[0]


def _read_header(path: Path) -> tuple[bool, int]:
    """:func:`_check_header`, plus the schema version the header records (PRAGMA
    user_version, bytes 60–63; a write still in the WAL may have changed it since)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except IsADirectoryError:
        raise NotAWorkspaceError(str(path)) from None
    except PermissionError as exc:
        raise WorkspaceError(
            QT_TRANSLATE_NOOP("errors", "“{path}” cannot be read ({detail})."),
            path=str(path),
            detail=exc.strerror,
        ) from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise NotAWorkspaceError(str(path))
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != schema.APPLICATION_ID:
        raise NotAWorkspaceError(str(path))
    return header[18] == 2 and header[19] == 2, int.from_bytes(header[60:64], "big")


class _SharedConnection(sqlite3.Connection):
    """The workspace connection, also read by worker threads (recomputes off the UI thread):
    closing it waits for a statement another thread is executing, which would otherwise
    crash the interpreter; that thread's next statement gets a clean "closed" error."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._guard = threading.RLock()

    def execute(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        with self._guard:
            return super().execute(*args, **kwargs)

    def executemany(self, *args: Any, **kwargs: Any) -> sqlite3.Cursor:
        with self._guard:
            return super().executemany(*args, **kwargs)

    def close(self) -> None:
        with self._guard:
            super().close()


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def _connect_read_only(path: Path, **options: Any) -> sqlite3.Connection:
    """A read-only connection that also works in a folder the user cannot write to.

    In WAL mode even a reader needs the ``-shm`` index beside the file; on read-only media
    or folders SQLite cannot create it ("attempt to write a readonly database"). Nobody can
    be writing the file there either, so it is then opened as immutable.
    """
    conn = sqlite3.connect(_read_only_uri(path), uri=True, **options)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    except sqlite3.Error:
        conn.close()
        raise
    else:
        return conn
    return sqlite3.connect(_read_only_uri(path) + "&immutable=1", uri=True, **options)


def _lock_for_writing(target: Path, read_only: bool) -> _FileLock | None:
    """The sidecar lock of a workspace opened for writing (None when read-only); refuses a
    file the user may not write or another instance holds."""
    if read_only:
        return None
    if not os.access(target, os.W_OK):
        raise WorkspaceReadOnlyError(str(target))
    lock = _FileLock(target.with_name(target.name + ".lock"))
    try:
        locked = lock.acquire()
    except OSError:
        raise WorkspaceReadOnlyError(str(target)) from None
    if not locked:
        raise WorkspaceLockedError(str(target), lock.holder())
    return lock


def _connect(target: Path, read_only: bool) -> sqlite3.Connection:
    """The workspace connection, not yet configured (see :func:`_configure`)."""
    options: dict[str, Any] = {
        "isolation_level": None,
        "check_same_thread": False,
        "factory": _SharedConnection,
    }
    if read_only:
        return _connect_read_only(target, **options)
    return sqlite3.connect(target, **options)


def _configure(conn: sqlite3.Connection, read_only: bool) -> sqlite3.Connection:
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 3000")
    return conn


class _IntegrityCheck:
    """SQLite's ``quick_check`` of a workspace on a read-only connection of its own, run in a
    thread (SQLite releases the GIL) while the app goes on reading the file. The thread
    starts when the answer is first asked for (see :meth:`Workspace.check_integrity`)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self.problem: str | None = None
        self._thread = threading.Thread(target=self._run, name="workspace-check", daemon=True)

    def start(self) -> None:
        if self._thread.ident is None:
            self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def _run(self) -> None:
        try:
            conn = _connect_read_only(self._path)
            try:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            self.problem = str(exc)
        else:
            self.problem = None if result == "ok" else str(result)

    @property
    def done(self) -> bool:
        return self.started and not self._thread.is_alive()

    def wait(self) -> str | None:
        """The damage found (None when the file is sound), once the check is over."""
        self.start()
        self._thread.join()
        return self.problem


class Workspace:
    """An open workspace file. Use :meth:`open` or :meth:`create`, then :meth:`close`."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool, lock: _FileLock | None
    ):
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self._lock = lock
        self._changes: Changes | None = None
        self._db: sqlite_utils.Database | None = None
        self._repos: dict[str, Any] = {}
        self.upgraded_from: int | None = None
        self.backup_path: Path | None = None
        # The damage check when open() was asked to run it in the background.
        self._integrity: _IntegrityCheck | None = None

    # ----------------------------------------------------------------- opening
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> Workspace:
        """Makes a new, empty workspace; refuses to overwrite an existing file."""
        target = Path(path)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise WorkspaceError(
                QT_TRANSLATE_NOOP("errors", "“{path}” already exists; choose another name."),
                path=str(target),
            ) from None
        except OSError as exc:
            raise WorkspaceWriteError(str(target), exc.strerror or str(exc)) from None
        os.close(fd)
        try:
            conn = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
            # Written while still in rollback-journal mode, so it lands in the file header
            # at once and the file is recognisable even after a crash.
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.close()
        except sqlite3.Error as exc:
            target.unlink(missing_ok=True)
            raise WorkspaceWriteError(str(target), str(exc)) from None
        return cls.open(target)

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, read_only: bool = False, check_later: bool = False
    ) -> Workspace:
        """Opens an existing workspace, upgrading it if it is older than this app.

        Every check runs before anything may write, so a refused file is left untouched.
        With ``check_later`` the search for damage inside the file (SQLite's quick_check, a
        read of the whole file: ~0.2 s for 100,000 employees) runs in the background instead
        of delaying the first screen, from the first call of :meth:`check_integrity` on;
        nothing is written until it has passed. A file that needs upgrading is always
        checked first.
        """
        target = Path(path)
        if not target.exists():
            raise WorkspaceMissingError(str(target))
        in_wal_mode, header_version = _read_header(target)
        # Opening writes nothing to a file already in WAL mode; any other is checked first.
        check_later = check_later and in_wal_mode
        if check_later and header_version == schema.SCHEMA_VERSION:
            # The usual start: a current file in WAL mode. Its version is confirmed through
            # the connection itself rather than a second one (which would read the whole
            # schema once more); anything unexpected takes the fully checked way.
            opened = cls._open_current(target, read_only)
            if opened is not None:
                return opened
            check_later = False
        version = cls._inspect(target, quick_check=not check_later)
        if check_later and version < schema.SCHEMA_VERSION:
            cls._inspect(target)
            check_later = False
        if version > schema.SCHEMA_VERSION:
            raise WorkspaceTooNewError(str(target), version, schema.SCHEMA_VERSION)
        lock = _lock_for_writing(target, read_only)
        try:
            if read_only and version < schema.SCHEMA_VERSION:
                raise WorkspaceNeedsUpgradeError(str(target))
            conn = _configure(_connect(target, read_only), read_only)
            workspace = cls(target, conn, read_only=read_only, lock=lock)
            if version < schema.SCHEMA_VERSION:
                workspace._upgrade(version)
            if check_later:
                workspace._integrity = _IntegrityCheck(target)
            return workspace
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_current(cls, target: Path, read_only: bool) -> Workspace | None:
        """Opens a file whose header says it is current and in WAL mode, its damage check
        left for later; None (nothing opened, nothing written) when the file says otherwise
        once opened, for :meth:`open` to inspect it fully."""
        lock = _lock_for_writing(target, read_only)
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(target, read_only)
            # Read before anything else runs on the connection: only then is the journal mode
            # set (a no-op for a file in WAL mode) and the connection configured.
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) == schema.SCHEMA_VERSION:
                workspace = cls(target, _configure(conn, read_only), read_only=read_only, lock=lock)
                workspace._integrity = _IntegrityCheck(target)
                return workspace
        except sqlite3.Error:
            pass  # left to the full inspection
        except BaseException:
            if conn is not None:
                conn.close()
            if lock is not None:
                lock.release()
            raise
        if conn is not None:
            conn.close()
        if lock is not None:
            lock.release()
        return None

    @staticmethod
    def _inspect(path: Path, *, quick_check: bool = True) -> int:
        """Schema version of a file, checked for damage through a read-only connection."""
        try:
            conn = _connect_read_only(path)
        except sqlite3.Error as exc:
            raise CorruptWorkspaceError(str(path), str(exc)) from None
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0] if quick_check else "ok"
            if result != "ok":
                raise CorruptWorkspaceError(str(path), result)
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise CorruptWorkspaceError(str(path), str(exc)) from None
        finally:
            conn.close()

    def _upgrade(self, from_version: int) -> None:
        if from_version > 0:
            self.backup_path = self._backup_before_upgrade(from_version)
        with self.transaction():
            for step, migration in enumerate(
                schema.MIGRATIONS[from_version:], start=from_version + 1
            ):
                migration(self.conn)
                self.conn.execute(f"PRAGMA user_version = {step}")
        self.upgraded_from = from_version

    def _backup_before_upgrade(self, version: int) -> Path:
        backup = self.path.with_name(f"{self.path.stem}.v{version}-backup{SUFFIX}")
        counter = 1
        while backup.exists():
            counter += 1
            backup = self.path.with_name(f"{self.path.stem}.v{version}-backup-{counter}{SUFFIX}")
        self.save_copy(backup)
        return backup

    # ----------------------------------------------------------------- lifecycle
    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def check_integrity(self, *, wait: bool = True) -> bool:
        """Whether the file is known to be sound; raises :class:`CorruptWorkspaceError` when
        the background damage check found damage. The first call starts that check; with
        ``wait=False`` it returns False while the check is still running instead of waiting
        for it."""
        check = self._integrity
        if check is None:
            return True
        if not wait and not check.done:
            check.start()
            return False
        problem = check.wait()
        if problem is not None:
            raise CorruptWorkspaceError(str(self.path), problem)
        return True

    def close(self) -> None:
        # A background damage check still running is not waited for: it reads through its
        # own connection and its answer no longer matters.
        check = self._integrity
        sound = check is None or (check.done and check.problem is None)
        if self.conn is not None:
            # PRAGMA optimize may write statistics: only into a file known to be sound.
            if not self.read_only and sound:
                with contextlib.suppress(sqlite3.Error):
                    self.conn.execute("PRAGMA optimize")
            self.conn.close()
            self.conn = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Writes a consistent copy of the workspace to ``target`` (atomically, mode 0600)."""
        destination = Path(target)
        temporary = destination.with_name(f".{destination.name}.part")
        try:
            temporary.unlink(missing_ok=True)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            copy = sqlite3.connect(temporary)
            try:
                self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(temporary, destination)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            detail = getattr(exc, "strerror", None) or str(exc)
            raise WorkspaceWriteError(str(destination), detail) from None
        return destination

    # ----------------------------------------------------------------- transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Changes]:
        """All-or-nothing unit of work; nested calls become savepoints of the outer one.

        Yields the :class:`Changes` being recorded; a savepoint's changes join the outer
        transaction's when the savepoint ends without error.
        """
        if self.read_only:
            raise WorkspaceReadOnlyError(str(self.path))
        self.check_integrity()  # nothing is written into a damaged file
        # Imported here: opening a workspace to read it (the first screen) does not need it.
        from ..domain.changes import Changes

        conn = self.conn
        if conn.in_transaction:
            assert self._changes is not None
            outer = self._changes
            name = f"sp_{id(outer)}_{os.urandom(4).hex()}"
            conn.execute(f"SAVEPOINT {name}")
            # The savepoint records into its own Changes, merged into the outer one only when
            # it is released: what a rolled-back savepoint did must not be reported.
            inner = self._changes = Changes()
            try:
                yield inner
            except BaseException:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
                outer.merge(inner)
            finally:
                self._changes = outer
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise WorkspaceWriteError(str(self.path), str(exc)) from None
        self._changes = Changes()
        try:
            yield self._changes
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise WorkspaceWriteError(str(self.path), str(exc)) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._changes = None

    @property
    def current_changes(self) -> Changes | None:
        """The changes of the transaction under way, for repositories to record into."""
        return self._changes

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, imported on first use (it is slow to import)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    # ----------------------------------------------------------------- repositories
    def _repo(self, name: str) -> Any:
        repo = self._repos.get(name)
        if repo is None:
            from . import repositories

            repo = getattr(repositories, name)(self)
            self._repos[name] = repo
        return repo

    @property
    def settings(self) -> SettingsRepository:
        return self._repo("SettingsRepository")

    @property
    def employees(self) -> EmployeeRepository:
        return self._repo("EmployeeRepository")

    @property
    def segments(self) -> SegmentRepository:
        return self._repo("SegmentRepository")

    @property
    def values(self) -> ValueRepository:
        return self._repo("ValueRepository")

    @property
    def goals(self) -> GoalRepository:
        return self._repo("GoalRepository")

    @property
    def channels(self) -> ChannelRepository:
        return self._repo("ChannelRepository")

    @property
    def campaigns(self) -> CampaignRepository:
        return self._repo("CampaignRepository")

    @property
    def communications(self) -> CommunicationRepository:
        return self._repo("CommunicationRepository")

    @property
    def blackouts(self) -> BlackoutRepository:
        return self._repo("BlackoutRepository")

    @property
    def measurements(self) -> MeasurementRepository:
        return self._repo("MeasurementRepository")

    @property
    def approvals(self) -> ApprovalRepository:
        return self._repo("ApprovalRepository")

    @property
    def status_changes(self) -> StatusChangeRepository:
        return self._repo("StatusChangeRepository")

    @property
    def feedback(self) -> FeedbackRepository:
        return self._repo("FeedbackRepository")

    @property
    def sequencing_rules(self) -> SequencingRuleRepository:
        repo = self._repos.get("SequencingRuleRepository")
        if repo is None:
            from .sequencing_repo import SequencingRuleRepository

            repo = self._repos["SequencingRuleRepository"] = SequencingRuleRepository(self)
        return repo

    def counts(self) -> dict[str, int]:
        """Rows per main table, for summaries."""
        tables = {
            "employees": f"SELECT {schema.ACTIVE_EMPLOYEE_COUNT}",
            "segments": "SELECT COUNT(*) FROM segments",
            "values": "SELECT COUNT(*) FROM corporate_values",
            "goals": "SELECT COUNT(*) FROM goals",
            "channels": "SELECT COUNT(*) FROM channels",
            "campaigns": "SELECT COUNT(*) FROM campaigns",
            "communications": "SELECT COUNT(*) FROM communications",
            "blackouts": "SELECT COUNT(*) FROM blackouts",
            "measurements": "SELECT COUNT(*) FROM measurements",
            "approvals": "SELECT COUNT(*) FROM approvals",
            "feedback": "SELECT COUNT(*) FROM feedback",
        }
        return {name: self.conn.execute(sql).fetchone()[0] for name, sql in tables.items()}
