"""The sequencing_rules table: its migration from a first-version file, and the repository."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from calendar_support import build_plan

from commsplanner.domain import EntityKind
from commsplanner.domain.sequencing import RuleKind, SequencingRule
from commsplanner.storage import SCHEMA_VERSION, Workspace, schema


def _first_version_file(path: Path) -> None:
    """A workspace as the first release wrote it: only the first migration applied."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("BEGIN")
    schema.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO corporate_values (name, colour) VALUES ('Excelencia', '#123456')")
    conn.execute("COMMIT")
    conn.close()


def test_a_first_version_file_gains_the_rules_table(tmp_path: Path) -> None:
    path = tmp_path / "old.commsplan"
    _first_version_file(path)
    with Workspace.open(path) as ws:
        assert ws.upgraded_from == 1
        assert ws.schema_version == SCHEMA_VERSION
        assert ws.backup_path is not None and ws.backup_path.exists()
        assert ws.sequencing_rules.list() == []
        assert ws.values.list()[0].name == "Excelencia"


def test_rules_are_stored_restored_and_found(workspace) -> None:
    plan = build_plan(workspace)
    a, b = plan.comms["c1"], plan.comms["c2"]
    repo = workspace.sequencing_rules
    with workspace.transaction() as changes:
        rule = repo.add(
            SequencingRule(RuleKind.LEAD_TIME, first_id=a, second_id=b, days=2, note="Mandos")
        )
    assert changes.added == {EntityKind.SEQUENCING_RULE: {rule.id}}
    assert repo.get(rule.id) == rule
    assert repo.naming(b) == [rule]
    assert repo.naming(plan.comms["c3"]) == []
    hold = repo.add(
        SequencingRule(
            RuleKind.HOLD_SEGMENT, first_id=a, segment_id=plan.seg_c, campaign_id=plan.campaign_x
        )
    )
    assert repo.for_campaign(plan.campaign_x) == [hold]
    removed = repo.delete(rule.id)
    # A deleted rule's id is never handed out again; undo puts it back under its own id.
    newer = repo.add(SequencingRule(RuleKind.NOT_BEFORE, first_id=a, second_id=b))
    assert newer.id > rule.id
    repo.restore(removed)
    assert repo.get(rule.id) == rule
    # References are soft: deleting a communication keeps the rule (it becomes void).
    workspace.communications.delete(a)
    assert len(repo.list()) == 3
