"""The SQL of a directory synchronisation: compare, upsert by external id, deactivate, tags.

:func:`plan_sync` compares the employees read from an HR export with the stored ones (only
the fields the import maps, so a column missing from this export never erases data kept
from an earlier one); :func:`apply_sync` writes that plan inside the caller's transaction.
Sized for directories of 100,000 people: one pass over the table, ``executemany`` in batches,
tags rebuilt with ``json_each`` for the touched employees only.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain import Employee, EntityKind
from ..domain.progress import Progress
from .errors import WorkspaceWriteError

if TYPE_CHECKING:
    from .workspace import Workspace

BATCH_SIZE = 1000
TAG_KINDS = Employee.TAG_FIELDS
_JSON_COLUMNS = ("interests", "needs", "expectations", "attributes")


def _columns(ws: Workspace) -> list[str]:
    return list(ws.employees.codec.columns)


@dataclass
class SyncPlan:
    """What a synchronisation will write; counts are final once the plan is made."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)  # full rows, with "id"
    deactivate: list[int] = field(default_factory=list)
    unchanged: int = 0
    reactivated: int = 0

    @property
    def added(self) -> int:
        return len(self.inserts)

    @property
    def updated(self) -> int:
        return len(self.updates) - self.reactivated

    @property
    def deactivated(self) -> int:
        return len(self.deactivate)


@dataclass
class SyncWritten:
    added_ids: list[int]
    updated_ids: list[int]
    deactivated_ids: list[int]


def stored_employees(ws: Workspace) -> dict[str, sqlite3.Row]:
    """Every stored employee (active or not) by external id."""
    rows = ws.conn.execute("SELECT * FROM employees").fetchall()
    return {row["external_id"]: row for row in rows}


def employee_count(ws: Workspace, *, active_only: bool = True) -> int:
    sql = "SELECT COUNT(*) FROM employees" + (" WHERE active" if active_only else "")
    return int(ws.conn.execute(sql).fetchone()[0])


def _same(column: str, old: Any, new: Any) -> bool:
    if old == new:
        return True
    if column in _JSON_COLUMNS and isinstance(old, str) and isinstance(new, str):
        try:
            return json.loads(old) == json.loads(new)
        except ValueError:
            return False
    return False


def plan_sync(
    ws: Workspace,
    employees: Sequence[Employee],
    *,
    fields: Iterable[str],
    attribute_names: Iterable[str],
    present_ids: set[str],
    deactivate_missing: bool,
    progress: Progress | None = None,
) -> SyncPlan:
    """Compares ``employees`` with the workspace.

    ``fields`` are the columns this import provides (others keep their stored values);
    ``attribute_names`` the custom attributes it provides (an empty cell removes the stored
    value, attributes it does not provide are kept). ``present_ids`` are all external ids in
    the file, valid rows or not: only employees absent from it are deactivated.
    """
    codec = ws.employees.codec
    columns = _columns(ws)
    mapped = [c for c in columns if c in set(fields) and c not in ("attributes", "active")]
    names = list(dict.fromkeys(attribute_names))
    stored = stored_employees(ws)
    plan = SyncPlan()
    total = len(employees)
    for number, employee in enumerate(employees, start=1):
        if progress is not None and number % BATCH_SIZE == 0:
            progress.step(number, total)
        new = codec.to_row(employee)
        old = stored.get(employee.external_id)
        if old is None:
            new["active"] = 1
            plan.inserts.append(new)
            continue
        merged = {c: old[c] for c in columns}
        for column in mapped:
            merged[column] = new[column]
        if names:
            attributes = json.loads(old["attributes"] or "{}")
            for name in names:
                value = employee.attributes.get(name)
                if value:
                    attributes[name] = value
                else:
                    attributes.pop(name, None)
            merged["attributes"] = json.dumps(attributes, ensure_ascii=False, separators=(",", ":"))
        merged["active"] = 1
        if all(_same(c, old[c], merged[c]) for c in columns):
            plan.unchanged += 1
            continue
        if not old["active"]:
            plan.reactivated += 1
        merged["id"] = old["id"]
        plan.updates.append(merged)
    if deactivate_missing:
        plan.deactivate = sorted(
            row["id"]
            for external_id, row in stored.items()
            if row["active"] and external_id not in present_ids
        )
    return plan


def _upsert_sql(columns: Sequence[str]) -> str:
    quoted = [f'"{c}"' for c in columns]
    return (
        f"INSERT INTO employees ({', '.join(quoted)}) "
        f"VALUES ({', '.join(':' + c for c in columns)}) "
        "ON CONFLICT(external_id) DO UPDATE SET "
        + ", ".join(f"{q} = excluded.{q}" for q in quoted if q != '"external_id"')
    )


def _write_batches(
    conn: sqlite3.Connection,
    sql: str,
    rows: Sequence[dict[str, Any]],
    step: Callable[[int], None],
) -> None:
    for start in range(0, len(rows), BATCH_SIZE):
        batch = rows[start : start + BATCH_SIZE]
        conn.executemany(sql, batch)
        step(len(batch))


def apply_sync(ws: Workspace, plan: SyncPlan, *, progress: Progress | None = None) -> SyncWritten:
    """Writes ``plan``; must run inside ``ws.transaction()`` (it records the Changes)."""
    changes = ws.current_changes
    if changes is None:
        raise RuntimeError("apply_sync() needs an open transaction")
    conn = ws.conn
    columns = _columns(ws)
    sql = _upsert_sql(columns)
    total = len(plan.inserts) + len(plan.updates) + len(plan.deactivate) + 1
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress.step(done, total)

    try:
        before = conn.execute("SELECT COALESCE(MAX(id), 0) FROM employees").fetchone()[0]
        _write_batches(conn, sql, plan.updates, step)
        _write_batches(conn, sql, plan.inserts, step)
        added_ids = [r[0] for r in conn.execute("SELECT id FROM employees WHERE id > ?", (before,))]
        updated_ids = [row["id"] for row in plan.updates]
        touched = json.dumps(updated_ids + added_ids)
        conn.execute(
            "DELETE FROM employee_tags WHERE employee_id IN (SELECT value FROM json_each(?))",
            (touched,),
        )
        for kind in TAG_KINDS:
            conn.execute(
                "INSERT OR IGNORE INTO employee_tags (kind, tag, employee_id) "
                f"SELECT ?, j.value, e.id FROM employees e, json_each(e.{kind}) j "
                "WHERE e.id IN (SELECT value FROM json_each(?))",
                (kind, touched),
            )
        for start in range(0, len(plan.deactivate), BATCH_SIZE * 10):
            chunk = plan.deactivate[start : start + BATCH_SIZE * 10]
            conn.execute(
                "UPDATE employees SET active = 0 WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(chunk),),
            )
            step(len(chunk))
        step(1)
    except sqlite3.Error as exc:
        raise WorkspaceWriteError(str(ws.path), str(exc)) from exc
    added = changes.added.setdefault(EntityKind.EMPLOYEE, set())
    added.update(added_ids)
    updated = changes.updated.setdefault(EntityKind.EMPLOYEE, set())
    updated.update(i for i in updated_ids if i not in added)
    updated.update(i for i in plan.deactivate if i not in added)
    return SyncWritten(added_ids, updated_ids, list(plan.deactivate))
