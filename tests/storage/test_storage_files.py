"""Workspace files: creation, refusal of files that are not ours (untouched), locks, upgrades."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from commsplanner.domain import CorporateValue, Employee
from commsplanner.storage import (
    SCHEMA_VERSION,
    CorruptWorkspaceError,
    NotAWorkspaceError,
    Workspace,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceMissingError,
    WorkspaceNeedsUpgradeError,
    WorkspaceReadOnlyError,
    WorkspaceTooNewError,
    schema,
)

EXPECTED_TABLES = {
    "settings",
    "employees",
    "employee_tags",
    "segments",
    "corporate_values",
    "goals",
    "channels",
    "campaigns",
    "campaign_goals",
    "campaign_values",
    "campaign_segments",
    "communications",
    "communication_segments",
    "blackouts",
    "measurements",
    "approvals",
    "status_changes",
    "feedback",
}


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _stored_workspace(tmp_path: Path, name: str = "plan.commsplan") -> Path:
    path = tmp_path / name
    with Workspace.create(path) as ws:
        ws.values.add(CorporateValue(name="Excelencia"))
    return path


def _set_user_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


# ----------------------------------------------------------------------------- creating


def test_create_makes_a_private_file_at_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.commsplan"
    ws = Workspace.create(path)
    try:
        assert ws.schema_version == SCHEMA_VERSION
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ws.upgraded_from == 0 and ws.backup_path is None
    finally:
        ws.close()
    assert _tables(path) >= EXPECTED_TABLES
    assert not (tmp_path / "new.commsplan.lock").exists()
    assert not Path(f"{path}-wal").exists()  # a closed workspace is one file


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "taken.commsplan"
    path.write_text("precious")
    with pytest.raises(WorkspaceError) as caught:
        Workspace.create(path)
    assert "already exists" in str(caught.value)
    assert path.read_text() == "precious"


def test_create_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError) as caught:
        Workspace.create(tmp_path / "missing" / "x.commsplan")
    assert "x.commsplan" in str(caught.value)


def test_every_migration_applies_in_order_to_an_empty_database(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "steps.db", isolation_level=None)
    for step, migration in enumerate(schema.MIGRATIONS, start=1):
        conn.execute("BEGIN")
        migration(conn)
        conn.execute(f"PRAGMA user_version = {step}")
        conn.execute("COMMIT")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert _tables(tmp_path / "steps.db") >= EXPECTED_TABLES


def test_run_script_refuses_an_incomplete_statement(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db")
    with pytest.raises(ValueError):
        schema.run_script(conn, "CREATE TABLE t (a INTEGER")
    conn.close()


# ----------------------------------------------------------------------------- refusing


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceMissingError):
        Workspace.open(tmp_path / "nowhere.commsplan")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"organisation;plan\nAlameda;2026\n",
        b"SQLite format 3\x00 but truncated",
        bytes(range(256)) * 40,
    ],
    ids=["empty", "text", "truncated-header", "binary"],
)
def test_files_that_are_not_workspaces_are_refused_untouched(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "other.commsplan"
    path.write_bytes(content)
    before = _fingerprint(path)
    with pytest.raises(NotAWorkspaceError) as caught:
        Workspace.open(path)
    assert str(path) in str(caught.value)
    assert _fingerprint(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.commsplan"]


def test_another_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "foreign.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.execute("INSERT INTO notes VALUES ('hello')")
    conn.commit()
    conn.close()
    before = _fingerprint(path)
    with pytest.raises(NotAWorkspaceError):
        Workspace.open(path)
    assert _fingerprint(path) == before


def test_a_folder_is_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspaceError):
        Workspace.open(tmp_path)


def test_a_newer_file_is_refused_untouched(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    _set_user_version(path, SCHEMA_VERSION + 1)
    before = _fingerprint(path)
    with pytest.raises(WorkspaceTooNewError) as caught:
        Workspace.open(path)
    assert f"format {SCHEMA_VERSION + 1}" in str(caught.value)
    with pytest.raises(WorkspaceTooNewError):
        Workspace.open(path, read_only=True)
    assert _fingerprint(path) == before


def test_a_damaged_file_is_refused_untouched(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    assert len(data) >= 4 * page_size
    # Overwrite pages 2 and 3 (the first tables' b-trees), keeping our valid header.
    data[page_size : 3 * page_size] = b"\xa5" * (2 * page_size)
    path.write_bytes(bytes(data))
    before = _fingerprint(path)
    with pytest.raises(CorruptWorkspaceError) as caught:
        Workspace.open(path)
    assert "damaged" in str(caught.value)
    assert _fingerprint(path) == before


def _damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Pages 2 and 3 (the first tables' b-trees); the header and the schema page stay valid.
    data[page_size : 3 * page_size] = b"\xa5" * (2 * page_size)
    path.write_bytes(bytes(data))


def test_damage_found_by_the_background_check_blocks_every_write(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    _damage_pages(path)
    before = _fingerprint(path)

    workspace = Workspace.open(path, check_later=True)  # the first screen does not wait
    try:
        with pytest.raises(CorruptWorkspaceError) as caught:
            workspace.check_integrity()
        assert "damaged" in str(caught.value)
        with pytest.raises(CorruptWorkspaceError), workspace.transaction():
            pass
        with pytest.raises(CorruptWorkspaceError):
            workspace.values.add(CorporateValue("Nuevo", colour="#112233"))
    finally:
        workspace.close()
    assert _fingerprint(path) == before  # not even PRAGMA optimize on close


def test_a_sound_file_passes_the_background_check_and_takes_writes(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    with Workspace.open(path, check_later=True) as workspace:
        workspace.values.add(CorporateValue("Nuevo", colour="#112233"))  # waits for the check
        assert workspace.check_integrity(wait=False) is True
    with Workspace.open(path) as again:
        assert "Nuevo" in [v.name for v in again.values.list()]


def test_the_background_check_starts_when_first_asked(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    with Workspace.open(path, check_later=True) as workspace:
        # Nothing competes with the first screen: the check waits to be asked for.
        assert "workspace-check" not in [t.name for t in threading.enumerate()]
        assert workspace.check_integrity(wait=False) is False  # started, not done yet
        assert workspace.check_integrity() is True


def test_a_file_to_upgrade_is_checked_before_opening_even_when_asked_later(
    tmp_path: Path,
) -> None:
    path = _stored_workspace(tmp_path)
    _damage_pages(path)
    _set_user_version(path, SCHEMA_VERSION - 1)
    before = _fingerprint(path)
    with pytest.raises(CorruptWorkspaceError):
        Workspace.open(path, check_later=True)
    assert _fingerprint(path) == before


def test_a_file_open_elsewhere_is_refused_untouched(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    first = Workspace.open(path)
    try:
        before = _fingerprint(path)
        with pytest.raises(WorkspaceLockedError) as caught:
            Workspace.open(path)
        assert str(os.getpid()) in str(caught.value)  # names who holds it
        assert _fingerprint(path) == before
        # Read-only access is still possible while it is open.
        with Workspace.open(path, read_only=True) as viewer:
            assert [v.name for v in viewer.values.list()] == ["Excelencia"]
    finally:
        first.close()
    # Once closed, it opens again.
    Workspace.open(path).close()


def test_a_read_only_file_is_refused_for_writing_without_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_workspace(tmp_path)
    path.chmod(0o400)
    if os.access(path, os.W_OK):  # root ignores file modes: simulate what others see
        real_access = os.access
        monkeypatch.setattr(
            os,
            "access",
            lambda p, mode, **kw: False if mode & os.W_OK else real_access(p, mode, **kw),
        )
    before = _fingerprint(path)
    with pytest.raises(WorkspaceReadOnlyError) as caught:
        Workspace.open(path)
    assert "read-only" in str(caught.value)
    assert _fingerprint(path) == before
    assert not (tmp_path / "plan.commsplan.lock").exists()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_a_truly_read_only_file_can_still_be_viewed(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    path.chmod(0o400)
    before = _fingerprint(path)
    with pytest.raises(WorkspaceReadOnlyError):
        Workspace.open(path)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.values.count() == 1
    assert _fingerprint(path) == before


def test_a_read_only_session_cannot_write_and_leaves_the_file_alone(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    before = _fingerprint(path)
    with Workspace.open(path, read_only=True) as ws:
        assert ws.read_only
        with pytest.raises(WorkspaceReadOnlyError):
            ws.values.add(CorporateValue(name="Otro"))
        assert ws.values.count() == 1
    assert _fingerprint(path) == before


# ----------------------------------------------------------------------------- upgrading


def _blank_workspace_file(path: Path) -> None:
    """A file marked as ours at version 0, with nothing in it (what an old build left)."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 0")
    conn.commit()
    conn.close()


def test_a_version_zero_file_is_migrated_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.commsplan"
    _blank_workspace_file(path)
    with Workspace.open(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert ws.upgraded_from == 0
        assert ws.backup_path is None  # nothing to keep from an empty file
        ws.values.add(CorporateValue(name="Excelencia"))
    assert _tables(path) >= EXPECTED_TABLES
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.commsplan"]


def test_a_version_zero_file_cannot_be_upgraded_read_only(tmp_path: Path) -> None:
    path = tmp_path / "old.commsplan"
    _blank_workspace_file(path)
    before = _fingerprint(path)
    with pytest.raises(WorkspaceNeedsUpgradeError):
        Workspace.open(path, read_only=True)
    assert _fingerprint(path) == before


def _add_pinboard(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE pinboard (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
    conn.execute("INSERT INTO pinboard (note) SELECT name FROM corporate_values")


def test_an_older_file_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_workspace(tmp_path)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _add_pinboard])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Workspace.open(path) as ws:
        assert ws.upgraded_from == SCHEMA_VERSION
        assert ws.schema_version == SCHEMA_VERSION + 1
        assert ws.conn.execute("SELECT note FROM pinboard").fetchall()[0][0] == "Excelencia"
        backup = ws.backup_path
    assert backup is not None and backup.exists()
    assert backup.name == f"plan.v{SCHEMA_VERSION}-backup.commsplan"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    # The backup is the old version, complete and readable on its own.
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("SELECT name FROM corporate_values").fetchall() == [("Excelencia",)]
    assert "pinboard" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()


def test_a_second_upgrade_keeps_earlier_backups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_workspace(tmp_path)
    first_backup = tmp_path / f"plan.v{SCHEMA_VERSION}-backup.commsplan"
    first_backup.write_bytes(b"an older backup")
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, _add_pinboard])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Workspace.open(path) as ws:
        assert ws.backup_path is not None
        assert ws.backup_path.name == f"plan.v{SCHEMA_VERSION}-backup-2.commsplan"
    assert first_backup.read_bytes() == b"an older backup"


def test_a_failing_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_workspace(tmp_path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x INTEGER)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(WorkspaceError):
        Workspace.open(path)
    monkeypatch.undo()
    assert "half_done" not in _tables(path)
    with Workspace.open(path) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        assert [v.name for v in ws.values.list()] == ["Excelencia"]
    assert not (tmp_path / "plan.commsplan.lock").exists()


# ----------------------------------------------------------------------------- copies


def test_save_copy_writes_a_standalone_private_copy(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    with Workspace.open(path) as ws:
        copy = ws.save_copy(tmp_path / "copy.commsplan")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert not (tmp_path / ".copy.commsplan.part").exists()
    with Workspace.open(copy) as other:
        assert [v.name for v in other.values.list()] == ["Excelencia"]


def test_save_copy_to_an_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    with Workspace.open(path) as ws, pytest.raises(WorkspaceError) as caught:
        ws.save_copy(tmp_path / "missing" / "copy.commsplan")
    assert "copy.commsplan" in str(caught.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_a_workspace_in_a_read_only_folder_can_be_viewed(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = _stored_workspace(folder)
    folder.chmod(0o555)
    try:
        before = _fingerprint(path)
        with pytest.raises(WorkspaceReadOnlyError):
            Workspace.open(path)
        with Workspace.open(path, read_only=True) as ws:
            assert ws.values.count() == 1
        assert _fingerprint(path) == before
    finally:
        folder.chmod(0o755)


def test_active_employees_are_counted_without_reading_the_table(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    with Workspace.open(path) as ws:
        ws.employees.add_many(
            [Employee("A"), Employee("B"), Employee("C", active=False), Employee("D")]
        )
        assert ws.counts()["employees"] == 3
        assert ws.employees.count() == 3
        assert ws.employees.count(active_only=False) == 4
        plan = [
            str(row[-1])
            for row in ws.conn.execute(f"EXPLAIN QUERY PLAN SELECT {schema.ACTIVE_EMPLOYEE_COUNT}")
        ]
    # Two index walks, no scan of the employees table itself.
    assert "SCAN employees USING INDEX employees_inactive" in plan
    assert "SCAN employees" not in plan


def test_a_version_two_file_gets_the_inactive_employees_index(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX employees_inactive")
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.upgraded_from == 2
        names = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master")}
    assert "employees_inactive" in names


def test_a_current_file_opens_for_the_first_screen_with_a_single_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _stored_workspace(tmp_path)

    def second_connection(*args: object, **kwargs: object) -> int:
        raise AssertionError("a current file in WAL mode needs no separate inspection")

    monkeypatch.setattr(Workspace, "_inspect", second_connection)
    with Workspace.open(path, check_later=True) as workspace:
        assert workspace.schema_version == SCHEMA_VERSION
        assert workspace.check_integrity() is True


def test_a_newer_version_still_in_the_wal_is_refused_untouched(tmp_path: Path) -> None:
    path = _stored_workspace(tmp_path)
    # A newer app set the version and stopped before SQLite copied it into the file: the
    # header still says current, the write-ahead log says newer.
    newer = sqlite3.connect(path, isolation_level=None)
    try:
        newer.execute("PRAGMA wal_autocheckpoint = 0")
        newer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        with path.open("rb") as fh:
            assert int.from_bytes(fh.read(100)[60:64], "big") == SCHEMA_VERSION
        before = path.read_bytes()
        with pytest.raises(WorkspaceTooNewError):
            Workspace.open(path, check_later=True)
        assert path.read_bytes() == before
        assert not path.with_name(path.name + ".lock").exists()
    finally:
        newer.close()
