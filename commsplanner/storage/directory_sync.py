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
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..domain import Employee, EntityKind
from ..domain.progress import Progress
from .errors import WorkspaceWriteError
from .schema import ACTIVE_EMPLOYEE_COUNT

if TYPE_CHECKING:
    from .workspace import Workspace

BATCH_SIZE = 1000
TAG_KINDS = Employee.TAG_FIELDS
_JSON_COLUMNS = ("interests", "needs", "expectations", "attributes")


def _columns(ws: Workspace) -> list[str]:
    return list(ws.employees.codec.columns)


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def row_encoder(columns: Sequence[str]) -> Callable[[Employee], list[Any]]:
    """Employee → column values in ``columns`` order, exactly as the repository's codec
    writes them, but fast: JSON of repeated tag lists is made once (imports of 100,000
    people repeat a few hundred combinations)."""
    plain = attrgetter(*columns)
    tag_positions = [i for i, c in enumerate(columns) if c in TAG_KINDS]
    bool_positions = [i for i, c in enumerate(columns) if c in ("customer_facing", "active")]
    date_positions = [i for i, c in enumerate(columns) if c == "start_date"]
    attribute_positions = [i for i, c in enumerate(columns) if c == "attributes"]
    memo: dict[tuple[str, ...], str] = {}

    def tags_json(tags: tuple[str, ...]) -> str:
        text = memo.get(tags)
        if text is None:
            text = _JSON(list(tags))
            if len(memo) < 100_000:
                memo[tags] = text
        return text

    def encode(employee: Employee) -> list[Any]:
        values = list(plain(employee))
        for i in tag_positions:
            values[i] = tags_json(values[i])
        for i in bool_positions:
            values[i] = None if values[i] is None else int(values[i])
        for i in date_positions:
            values[i] = None if values[i] is None else values[i].isoformat()
        for i in attribute_positions:
            values[i] = _JSON(values[i]) if values[i] else "{}"
        return values

    return encode


@dataclass
class SyncPlan:
    """What a synchronisation will write; counts are final once the plan is made.

    ``inserts`` and ``updates`` hold column values in :attr:`columns` order (updates end
    with the employee id).
    """

    columns: list[str] = field(default_factory=list)
    inserts: list[list[Any]] = field(default_factory=list)
    updates: list[list[Any]] = field(default_factory=list)
    deactivate: list[int] = field(default_factory=list)
    unchanged: int = 0
    reactivated: int = 0
    # The connection's change counter when the plan was made: the plan is only valid while
    # nothing else has been written.
    stamp: int = -1

    @property
    def added(self) -> int:
        return len(self.inserts)

    @property
    def updated(self) -> int:
        return len(self.updates) - self.reactivated

    @property
    def deactivated(self) -> int:
        return len(self.deactivate)

    def still_valid(self, ws: Workspace) -> bool:
        return self.stamp == ws.conn.total_changes


@dataclass
class SyncWritten:
    added_ids: list[int]
    updated_ids: list[int]
    deactivated_ids: list[int]


def stored_employees(ws: Workspace, columns: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """Every stored employee (active or not) by external id: (id, *columns) tuples."""
    cursor = ws.conn.cursor()
    cursor.row_factory = None
    quoted = ", ".join(f'"{c}"' for c in columns)
    cursor.execute(f"SELECT id, {quoted} FROM employees")
    position = list(columns).index("external_id") + 1
    return {row[position]: row for row in cursor.fetchall()}


def employee_count(ws: Workspace, *, active_only: bool = True) -> int:
    sql = f"SELECT {ACTIVE_EMPLOYEE_COUNT}" if active_only else "SELECT COUNT(*) FROM employees"
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
    columns = _columns(ws)
    wanted = set(fields)
    mapped = [i for i, c in enumerate(columns) if c in wanted and c not in ("attributes", "active")]
    active_at = columns.index("active")
    attributes_at = columns.index("attributes")
    names = list(dict.fromkeys(attribute_names))
    encode = row_encoder(columns)
    stored = stored_employees(ws, columns)
    plan = SyncPlan(columns=columns, stamp=ws.conn.total_changes)
    total = len(employees)
    for number, employee in enumerate(employees, start=1):
        if progress is not None and number % BATCH_SIZE == 0:
            progress.step(number, total)
        new = encode(employee)
        found = stored.get(employee.external_id)
        if found is None:
            new[active_at] = 1
            plan.inserts.append(new)
            continue
        old = found[1:]
        merged = list(old)
        for i in mapped:
            merged[i] = new[i]
        if names:
            attributes = json.loads(old[attributes_at] or "{}")
            for name in names:
                value = employee.attributes.get(name)
                if value:
                    attributes[name] = value
                else:
                    attributes.pop(name, None)
            merged[attributes_at] = _JSON(dict(sorted(attributes.items())))
        merged[active_at] = 1
        if tuple(merged) == old or all(
            _same(columns[i], old[i], merged[i]) for i in range(len(columns))
        ):
            plan.unchanged += 1
            continue
        if not old[active_at]:
            plan.reactivated += 1
        merged.append(found[0])
        plan.updates.append(merged)
    if deactivate_missing:
        plan.deactivate = sorted(
            row[0]
            for external_id, row in stored.items()
            if row[active_at + 1] and external_id not in present_ids
        )
    return plan


def _insert_sql(columns: Sequence[str]) -> str:
    quoted = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO employees ({quoted}) VALUES ({', '.join('?' * len(columns))})"


def _update_sql(columns: Sequence[str]) -> str:
    assignments = ", ".join(f'"{c}" = ?' for c in columns)
    return f"UPDATE employees SET {assignments} WHERE id = ?"


def _write_batches(
    conn: sqlite3.Connection,
    sql: str,
    rows: Sequence[Sequence[Any]],
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
    columns = plan.columns or _columns(ws)
    total = len(plan.inserts) + len(plan.updates) + len(plan.deactivate) + 1
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress.step(done, total)

    try:
        before = conn.execute("SELECT COALESCE(MAX(id), 0) FROM employees").fetchone()[0]
        _write_batches(conn, _update_sql(columns), plan.updates, step)
        _write_batches(conn, _insert_sql(columns), plan.inserts, step)
        added_ids = [r[0] for r in conn.execute("SELECT id FROM employees WHERE id > ?", (before,))]
        updated_ids = [row[-1] for row in plan.updates]
        if updated_ids:
            touched = json.dumps(updated_ids)
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
        if added_ids:
            for kind in TAG_KINDS:
                conn.execute(
                    "INSERT OR IGNORE INTO employee_tags (kind, tag, employee_id) "
                    f"SELECT ?, j.value, e.id FROM employees e, json_each(e.{kind}) j "
                    "WHERE e.id > ?",
                    (kind, before),
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
