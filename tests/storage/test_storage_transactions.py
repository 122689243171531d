"""Transactions: all or nothing, savepoints for nested work, recorded Changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from commsplanner.domain import BusinessGoal, CorporateValue, EntityKind
from commsplanner.storage import Workspace, WorkspaceReadOnlyError


class BoomError(Exception):
    pass


def _names(ws: Workspace) -> list[str]:
    return [v.name for v in ws.values.list()]


def test_a_failed_transaction_leaves_nothing(workspace: Workspace) -> None:
    with pytest.raises(BoomError), workspace.transaction():
        workspace.values.add(CorporateValue(name="Excelencia"))
        workspace.goals.add(BusinessGoal(name="NPS"))
        raise BoomError
    assert _names(workspace) == []
    assert workspace.goals.count() == 0
    assert not workspace.conn.in_transaction


def test_a_committed_transaction_reports_what_changed(workspace: Workspace) -> None:
    with workspace.transaction() as changes:
        value = workspace.values.add(CorporateValue(name="Excelencia"))
        goal = workspace.goals.add(BusinessGoal(name="NPS"))
        workspace.values.update(CorporateValue(name="Excelencia!", id=value.id))
    assert changes.added == {EntityKind.VALUE: {value.id}, EntityKind.GOAL: {goal.id}}
    assert not changes.updated.get(EntityKind.VALUE)  # updating a new item is still "added"
    assert _names(workspace) == ["Excelencia!"]


def test_a_failed_savepoint_rolls_back_only_its_own_work(workspace: Workspace) -> None:
    with workspace.transaction() as changes:
        kept = workspace.values.add(CorporateValue(name="Excelencia"))
        with pytest.raises(BoomError), workspace.transaction() as inner:
            dropped = workspace.values.add(CorporateValue(name="Integridad"))
            assert inner.added[EntityKind.VALUE] == {dropped.id}
            raise BoomError
        workspace.goals.add(BusinessGoal(name="NPS"))
    assert _names(workspace) == ["Excelencia"]
    # What the rolled-back savepoint did is not reported.
    assert changes.added[EntityKind.VALUE] == {kept.id}
    assert EntityKind.GOAL in changes.added


def test_savepoints_nest_several_levels(workspace: Workspace) -> None:
    with workspace.transaction() as outer:
        workspace.values.add(CorporateValue(name="A"))
        with workspace.transaction():
            workspace.values.add(CorporateValue(name="B"))
            with pytest.raises(BoomError), workspace.transaction():
                workspace.values.add(CorporateValue(name="C"))
                raise BoomError
            with workspace.transaction():
                workspace.values.add(CorporateValue(name="D"))
    assert _names(workspace) == ["A", "B", "D"]
    assert len(outer.added[EntityKind.VALUE]) == 3


def test_an_error_in_an_inner_savepoint_that_escapes_undoes_everything(
    workspace: Workspace,
) -> None:
    with pytest.raises(BoomError), workspace.transaction():
        workspace.values.add(CorporateValue(name="A"))
        with workspace.transaction():
            workspace.values.add(CorporateValue(name="B"))
            raise BoomError
    assert _names(workspace) == []


def test_a_duplicate_inside_a_transaction_keeps_the_rest_usable(workspace: Workspace) -> None:
    from commsplanner.domain import ValidationError

    with workspace.transaction():
        workspace.values.add(CorporateValue(name="Excelencia"))
        with pytest.raises(ValidationError):
            workspace.values.add(CorporateValue(name="EXCELENCIA"))  # names ignore case
        workspace.values.add(CorporateValue(name="Integridad"))
    assert _names(workspace) == ["Excelencia", "Integridad"]


def test_work_is_durable_after_reopening(tmp_path: Path) -> None:
    path = tmp_path / "durable.commsplan"
    with Workspace.create(path) as ws:
        ws.values.add(CorporateValue(name="Excelencia"))
        with pytest.raises(BoomError), ws.transaction():
            ws.values.add(CorporateValue(name="Lost"))
            raise BoomError
    with Workspace.open(path) as ws:
        assert _names(ws) == ["Excelencia"]


def test_current_changes_is_only_set_inside_a_transaction(workspace: Workspace) -> None:
    assert workspace.current_changes is None
    with workspace.transaction() as changes:
        assert workspace.current_changes is changes
        with workspace.transaction() as inner:
            assert workspace.current_changes is inner
        assert workspace.current_changes is changes
    assert workspace.current_changes is None


def test_read_only_workspaces_refuse_transactions(tmp_path: Path) -> None:
    path = tmp_path / "ro.commsplan"
    Workspace.create(path).close()
    with (
        Workspace.open(path, read_only=True) as ws,
        pytest.raises(WorkspaceReadOnlyError),
        ws.transaction(),
    ):
        pass
