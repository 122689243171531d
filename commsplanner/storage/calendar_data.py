"""Bulk reads the calendar and its conflict checks need, sized for 100,000 employees.

The repositories hand out one dataclass per row, which is right for editing but too slow
for "the department of every active employee"; these helpers return plain tuples.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .workspace import Workspace

_SCALAR_ATTRIBUTES = frozenset({"position", "function", "department", "location", "level"})


def change_counter(ws: Workspace) -> int:
    """A number that grows with every row written through this workspace's connection.

    Caches built from the workspace compare it to know whether they are stale, whichever
    service made the write.
    """
    return ws.conn.total_changes


def employee_attribute(ws: Workspace, field: str) -> list[tuple[int, str]]:
    """(employee id, value) of one attribute for every active employee, by id."""
    if field in _SCALAR_ATTRIBUTES:
        sql = f'SELECT id, "{field}" FROM employees WHERE active ORDER BY id'
        return [(r[0], r[1] or "") for r in ws.conn.execute(sql)]
    sql = "SELECT id, json_extract(attributes, ?) FROM employees WHERE active ORDER BY id"
    return [
        (r[0], "" if r[1] is None else str(r[1]))
        for r in ws.conn.execute(sql, ("$." + json.dumps(field),))
    ]


def max_employee_id(ws: Workspace) -> int:
    return int(ws.conn.execute("SELECT COALESCE(MAX(id), 0) FROM employees").fetchone()[0])
