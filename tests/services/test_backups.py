"""Rotating backups of a workspace and restoring one (services.backups, storage.restore)."""

from __future__ import annotations

import errno
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from commsplanner.domain import CorporateValue, WorkspaceSettings
from commsplanner.services import backups
from commsplanner.services.backups import BackupError
from commsplanner.storage import Workspace, WorkspaceLockedError

T0 = datetime(2026, 3, 2, 9, 30, 0)


def _plan(path: Path, values: int = 2, organisation: str = "Banco Andino") -> Path:
    ws = Workspace.create(path)
    with ws, ws.transaction():
        ws.settings.save(WorkspaceSettings(organisation=organisation))
        for i in range(values):
            ws.values.add(CorporateValue(f"Valor {i}", "", "#123456", i))
    return path


def _state(path: Path) -> tuple[str, int]:
    with Workspace.open(path, read_only=True) as ws:
        return ws.settings.load().organisation, ws.counts()["values"]


def test_folder_names_are_safe_and_tell_same_named_workspaces_apart(tmp_path: Path) -> None:
    a = backups.backup_folder(tmp_path / "root", tmp_path / "x" / "plan.commsplan")
    b = backups.backup_folder(tmp_path / "root", tmp_path / "y" / "plan.commsplan")
    assert a.parent == b.parent == tmp_path / "root" / "backups"
    assert a != b and a.name.startswith("plan-") and b.name.startswith("plan-")
    odd = backups.folder_name(Path('/tmp/a:b*c?"<>|.commsplan'))
    assert not set(':*?"<>|/') & set(odd)
    assert backups.folder_name(Path("/tmp/....commsplan")).startswith("workspace-")


def test_write_list_and_rotate_keep_the_newest(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    folder = tmp_path / "backups"
    written = [
        backups.write_backup(plan, folder, keep=3, now=T0 + timedelta(minutes=i)) for i in range(5)
    ]
    listed = backups.list_backups(folder)
    assert [b.path for b in listed] == written[:1:-1]  # newest first, the 3 newest
    assert listed[0].path.name == "plan-20260302-093400.commsplan"
    assert listed[0].created == T0 + timedelta(minutes=4)
    assert all(b.size > 0 for b in listed)
    assert oct(listed[0].path.stat().st_mode & 0o777) == "0o600"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temporary left
    described = backups.describe_all(folder)
    assert described[0].counts["values"] == 2 and described[0].usable
    # Same second twice: a second name, nothing overwritten.
    again = backups.write_backup(plan, folder, keep=10, now=T0 + timedelta(minutes=4))
    assert again.name == "plan-20260302-093400-2.commsplan"
    assert backups.list_backups(folder)[0].path == again  # the newer of the two comes first
    assert len(backups.list_backups(folder)) == 4


def test_backup_reads_a_snapshot_while_the_workspace_is_open_and_locked(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    with Workspace.open(plan) as ws:
        with ws.transaction():
            ws.values.add(CorporateValue("Nuevo", "", "#000000", 9))
        copy = backups.write_backup(plan, tmp_path / "b", keep=5, now=T0)
    assert _state(copy) == ("Banco Andino", 3)


def test_a_damaged_backup_is_listed_as_unusable(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "plan-20260101-000000.commsplan").write_bytes(b"not a database at all" * 10)
    (folder / "notes.txt").write_text("ignored")
    (folder / ".plan-20260101-000001.commsplan.part").write_bytes(b"half")
    [info] = backups.describe_all(folder)
    assert not info.usable and info.counts is None and "not" in info.problem
    assert backups.list_backups(tmp_path / "missing") == []


def test_restore_puts_the_backup_back_and_keeps_the_replaced_state(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    folder = tmp_path / "b"
    old = backups.write_backup(plan, folder, keep=3, now=T0)
    with Workspace.open(plan) as ws, ws.transaction():
        ws.settings.save(WorkspaceSettings(organisation="Otra"))
        ws.values.add(CorporateValue("Nuevo", "", "#000000", 9))
    # Two more backups fill the rotation: restoring the oldest must not delete it first.
    for i in (1, 2):
        backups.write_backup(plan, folder, keep=3, now=T0 + timedelta(minutes=i))
    result = backups.restore_backup(old, plan, folder, keep=3, now=T0 + timedelta(hours=1))
    assert _state(plan) == ("Banco Andino", 2)
    assert _state(result.safety_backup) == ("Otra", 3)
    assert result.safety_backup.parent == folder
    assert len(backups.list_backups(folder)) == 3
    with Workspace.open(plan) as ws:  # opens for writing again, integrity intact
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_refuses_while_the_workspace_is_open(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    old = backups.write_backup(plan, tmp_path / "b", keep=3, now=T0)
    with Workspace.open(plan), pytest.raises(WorkspaceLockedError):
        backups.restore_backup(old, plan, tmp_path / "b", keep=3)


def test_restore_refuses_a_damaged_or_missing_backup_and_changes_nothing(tmp_path: Path) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    bad = tmp_path / "bad.commsplan"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BackupError) as caught:
        backups.restore_backup(bad, plan, tmp_path / "b", keep=3)
    assert "bad.commsplan" in str(caught.value) and "not changed" in str(caught.value)
    with pytest.raises(BackupError, match="no longer exists"):
        backups.restore_backup(tmp_path / "gone.commsplan", plan, tmp_path / "b", keep=3)
    assert _state(plan) == ("Banco Andino", 2)
    assert not (tmp_path / "b").exists()


def test_a_restore_that_fails_midway_leaves_the_workspace_as_it_was(tmp_path, monkeypatch) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    other = _plan(tmp_path / "other.commsplan", values=400, organisation="Otra")
    from commsplanner.storage import restore

    real_connect = restore._connect_read_only

    class _FailsMidway:
        """Copies a few pages into the workspace, then the disk is "full"."""

        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def backup(self, target, pages=-1):
            def progress(status, remaining, total):
                if total - remaining >= 3:
                    raise sqlite3.OperationalError("database or disk is full")

            self._conn.backup(target, pages=1, progress=progress)

        def close(self):
            self._conn.close()

    monkeypatch.setattr(restore, "_connect_read_only", lambda p: _FailsMidway(real_connect(p)))
    with pytest.raises(Exception) as caught:
        backups.restore_backup(other, plan, tmp_path / "b", keep=3)
    assert "disk is full" in str(caught.value)
    assert _state(plan) == ("Banco Andino", 2)
    with Workspace.open(plan) as ws:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("where", ["mkdir", "replace"])
def test_disk_full_or_read_only_folder_gives_a_clear_error(tmp_path, monkeypatch, where) -> None:
    plan = _plan(tmp_path / "plan.commsplan")
    folder = tmp_path / "b"
    first = backups.write_backup(plan, folder, keep=3, now=T0)
    if where == "mkdir":
        # Root ignores permissions: a read-only folder is simulated at the call that fails.
        def refuse(self, *args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))

        monkeypatch.setattr(Path, "mkdir", refuse)
        expected = "Permission denied"
    else:

        def full(src, dst):
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(os, "replace", full)
        expected = "No space left on device"
    with pytest.raises(BackupError) as caught:
        backups.write_backup(plan, folder, keep=3, now=T0 + timedelta(minutes=1))
    monkeypatch.undo()
    message = str(caught.value)
    assert expected in message and str(folder) in message and "unchanged" in message
    assert [b.path for b in backups.list_backups(folder)] == [first]  # the old one is kept
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    assert _state(plan) == ("Banco Andino", 2)
