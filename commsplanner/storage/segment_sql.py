"""Segment rules as SQL: the rule tree compiled to a parameterised WHERE over ``employees``.

Only values travel as parameters; field names come from a fixed list (custom attributes go
through ``json_extract`` with the name as a parameter), so no text of a rule ever becomes
SQL. The semantics match :func:`commsplanner.domain.rules.matches`, which the tests use as
the reference. ``contains`` calls ``cp_contains``, a function registered on the connection
that compares case- and accent-folded text (SQLite's LIKE folds ASCII letters only).

Member sets come back as sorted numpy ``int64`` arrays of employee ids.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..domain.rules import (
    AllOf,
    AnyOf,
    Condition,
    FieldKind,
    Not,
    Rule,
    custom_name,
    field_kind,
    fold,
    is_custom,
)
from .schema import ACTIVE_EMPLOYEE_COUNT

if TYPE_CHECKING:
    from .workspace import Workspace

# Columns of ``employees`` a rule may name, quoted. Nullable ones are wrapped in COALESCE
# so that every condition is TRUE or FALSE, never NULL (NOT NULL would drop rows).
_TEXT_COLUMNS = {
    "position": 'e."position"',
    "function": 'e."function"',
    "department": 'e."department"',
    "location": 'e."location"',
    "level": 'e."level"',
    "language": 'e."language"',
    "external_id": 'e."external_id"',
    "display_name": "COALESCE(e.\"display_name\", '')",
}
# Beyond this many values a list travels as one JSON parameter instead of one per value.
_INLINE_LIST = 200

# Employee columns whose distribution a profile may show.
PROFILE_COLUMNS = ("position", "function", "department", "location", "level", "language")


def _contains(haystack: Any, needle: Any) -> int:
    if haystack is None or needle is None:
        return 0
    return int(needle in fold(str(haystack)))


def register_functions(conn: sqlite3.Connection) -> None:
    """Adds ``cp_contains(text, folded_needle)`` to a connection (cheap; safe to repeat)."""
    conn.create_function("cp_contains", 2, _contains, deterministic=True)


def _json_path(name: str) -> str:
    return "$." + json.dumps(name)


def _list_sql(values: Sequence[str], params: list[Any]) -> str:
    if len(values) > _INLINE_LIST:
        params.append(json.dumps(list(values), ensure_ascii=False))
        return "(SELECT value FROM json_each(?))"
    params.extend(values)
    return "(" + ", ".join("?" * len(values)) + ")"


def _text_expr(field: str, params: list[Any]) -> str:
    if is_custom(field):
        params.append(_json_path(custom_name(field)))
        return "COALESCE(CAST(json_extract(e.attributes, ?) AS TEXT), '')"
    return _TEXT_COLUMNS[field]


def _condition_sql(cond: Condition, params: list[Any]) -> str:
    kind = field_kind(cond.field)
    op, value = cond.op, cond.value
    if kind == FieldKind.BOOL:
        params.append(1 if value else 0)
        return f'e."{cond.field}" = ?'
    if kind == FieldKind.DATE:
        params.append(value)
        symbol = {"eq": "=", "before": "<", "after": ">"}[op]
        return f'(e."{cond.field}" IS NOT NULL AND e."{cond.field}" {symbol} ?)'
    if kind == FieldKind.TAGS:
        params.append(cond.field)
        if op in ("has", "lacks"):
            params.append(value)
            test = "tag = ?"
        elif op == "contains":
            params.append(fold(str(value)))
            test = "cp_contains(tag, ?)"
        else:
            test = "tag IN " + _list_sql(value, params)  # type: ignore[arg-type]
        negate = "NOT " if op in ("lacks", "not_in") else ""
        return f"e.id {negate}IN (SELECT employee_id FROM employee_tags WHERE kind = ? AND {test})"
    expr = _text_expr(cond.field, params)
    if op == "eq":
        params.append(value)
        return f"{expr} = ?"
    if op == "contains":
        params.append(fold(str(value)))
        return f"cp_contains({expr}, ?)"
    listed = _list_sql(value, params)  # type: ignore[arg-type]
    return f"{expr} {'NOT IN' if op == 'not_in' else 'IN'} {listed}"


def compile_rule(rule: Rule | None, params: list[Any]) -> str:
    """SQL boolean expression over ``employees e`` for a rule; appends its parameters.

    ``None`` (a segment without a rule) matches nobody.
    """
    if rule is None:
        return "0"
    if isinstance(rule, Condition):
        return _condition_sql(rule, params)
    if isinstance(rule, Not):
        return f"NOT ({compile_rule(rule.item, params)})"
    if not rule.items:
        return "1" if isinstance(rule, AllOf) else "0"
    joiner = " AND " if isinstance(rule, AllOf) else " OR "
    assert isinstance(rule, (AllOf, AnyOf))
    return "(" + joiner.join(compile_rule(item, params) for item in rule.items) + ")"


def member_where(
    rule: Rule | None, include_ids: Iterable[int] = (), exclude_ids: Iterable[int] = ()
) -> tuple[str, list[Any]]:
    """WHERE clause (over ``employees e``) of a segment's members, with its parameters."""
    params: list[Any] = []
    where = compile_rule(rule, params)
    includes = sorted({int(i) for i in include_ids})
    excludes = sorted({int(i) for i in exclude_ids})
    if includes:
        params.append(json.dumps(includes))
        where = f"({where} OR e.id IN (SELECT value FROM json_each(?)))"
    if excludes:
        params.append(json.dumps(excludes))
        where = f"{where} AND e.id NOT IN (SELECT value FROM json_each(?))"
    return f"e.active AND {where}", params


def _ids(cursor: sqlite3.Cursor) -> np.ndarray:
    """Sorted ids from a one-row ``SELECT group_concat(id)`` result.

    One string parsed by numpy is about twice as fast as a Python tuple per row for the
    100,000 ids of a big segment.
    """
    joined = cursor.fetchone()[0]
    if not joined:
        return np.zeros(0, dtype=np.int64)
    ids = np.asarray(joined.split(","), dtype=np.int64)
    ids.sort()  # group_concat promises no order; sorting sorted data is nearly free
    return ids


class SegmentStore:
    """Segment queries on one SQLite connection (the workspace's, or a private reader)."""

    def __init__(self, conn: sqlite3.Connection, *, owned: bool = False) -> None:
        self.conn = conn
        self._owned = owned
        register_functions(conn)

    @classmethod
    def for_workspace(cls, workspace: Workspace) -> SegmentStore:
        return cls(workspace.conn)

    @classmethod
    def open_reader(cls, path: Path) -> SegmentStore:
        """A read-only connection of its own, for counting from a worker thread."""
        conn = sqlite3.connect(
            path.resolve().as_uri() + "?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
        conn.execute("PRAGMA busy_timeout = 3000")
        return cls(conn, owned=True)

    def close(self) -> None:
        if self._owned and self.conn is not None:
            self.conn.close()
            self.conn = None  # type: ignore[assignment]

    def _cursor(self) -> sqlite3.Cursor:
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: much faster than sqlite3.Row for big sets
        return cursor

    # ------------------------------------------------------------------ change detection
    def fingerprint(self) -> tuple[int, int]:
        """Changes as soon as anything is written, by this connection or another one."""
        version = self._cursor().execute("PRAGMA data_version").fetchone()[0]
        return self.conn.total_changes, int(version)

    # ------------------------------------------------------------------ members
    def count(
        self,
        rule: Rule | None,
        include_ids: Iterable[int] = (),
        exclude_ids: Iterable[int] = (),
    ) -> int:
        where, params = member_where(rule, include_ids, exclude_ids)
        sql = f"SELECT COUNT(*) FROM employees e WHERE {where}"
        return int(self._cursor().execute(sql, params).fetchone()[0])

    def any_match(self, rule: Rule | None) -> bool:
        """Whether at least one active employee matches (stops at the first one)."""
        where, params = member_where(rule)
        sql = f"SELECT EXISTS (SELECT 1 FROM employees e WHERE {where})"
        return bool(self._cursor().execute(sql, params).fetchone()[0])

    def member_ids(
        self,
        rule: Rule | None,
        include_ids: Iterable[int] = (),
        exclude_ids: Iterable[int] = (),
    ) -> np.ndarray:
        where, params = member_where(rule, include_ids, exclude_ids)
        sql = f"SELECT group_concat(e.id) FROM employees e WHERE {where}"
        return _ids(self._cursor().execute(sql, params))

    def active_ids(self) -> np.ndarray:
        sql = "SELECT group_concat(id) FROM employees WHERE active"
        return _ids(self._cursor().execute(sql))

    def active_count(self) -> int:
        return int(self._cursor().execute(f"SELECT {ACTIVE_EMPLOYEE_COUNT}").fetchone()[0])

    def max_employee_id(self) -> int:
        return int(
            self._cursor().execute("SELECT COALESCE(MAX(id), 0) FROM employees").fetchone()[0]
        )

    # ------------------------------------------------------------------ attribute columns
    def columns(self, fields: Sequence[str]) -> dict[str, tuple[np.ndarray, list[str]]]:
        """Codes of some attributes for every active employee (in id order) and their labels.

        One pass over the table whatever the number of fields. A field is a text column,
        ``customer_facing`` (labels "true"/"false") or ``attr:<name>``.
        """
        params: list[Any] = []
        exprs = []
        for name in fields:
            if name == "customer_facing":
                exprs.append("CASE WHEN e.customer_facing THEN 'true' ELSE 'false' END")
            elif is_custom(name) or name in _TEXT_COLUMNS:
                exprs.append(_text_expr(name, params))
            else:
                raise ValueError(f"not a column: {name}")
        sql = f"SELECT {', '.join(exprs)} FROM employees e WHERE e.active ORDER BY e.id"
        rows = self._cursor().execute(sql, params).fetchall()
        result: dict[str, tuple[np.ndarray, list[str]]] = {}
        for position, name in enumerate(fields):
            index: dict[str, int] = {}
            codes = [index.setdefault(row[position], len(index)) for row in rows]
            result[name] = (np.asarray(codes, dtype=np.int32), list(index))
        return result

    def tag_pairs(self, kind: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(employee ids, tag codes, tag labels) of one tag kind, inactive employees included.

        Read tag by tag along the (kind, tag, employee_id) index, which is much faster than
        joining every row to ``employees``; callers mask the ids they want.
        """
        sql = "SELECT tag, group_concat(employee_id) FROM employee_tags WHERE kind = ? GROUP BY tag"
        labels: list[str] = []
        id_parts: list[np.ndarray] = []
        code_parts: list[np.ndarray] = []
        for code, (tag, joined) in enumerate(self._cursor().execute(sql, (kind,))):
            ids = np.asarray(joined.split(","), dtype=np.int64)
            labels.append(tag)
            id_parts.append(ids)
            code_parts.append(np.full(ids.size, code, dtype=np.int32))
        if not labels:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int32), []
        return np.concatenate(id_parts), np.concatenate(code_parts), labels

    def distinct_values(self, field: str) -> list[tuple[str, int]]:
        """Values of one rule field among active employees with their counts, most common first."""
        cursor = self._cursor()
        kind = field_kind(field)
        if kind == FieldKind.TAGS:
            sql = (
                "SELECT t.tag, COUNT(*) FROM employee_tags t JOIN employees e "
                "ON e.id = t.employee_id WHERE t.kind = ? AND e.active "
                "GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag"
            )
            return [(r[0], r[1]) for r in cursor.execute(sql, (field,))]
        if kind == FieldKind.BOOL:
            sql = "SELECT e.customer_facing, COUNT(*) FROM employees e WHERE e.active GROUP BY 1"
            return [("true" if r[0] else "false", r[1]) for r in cursor.execute(sql)]
        if kind == FieldKind.DATE:
            sql = (
                "SELECT e.start_date, COUNT(*) FROM employees e WHERE e.active "
                "AND e.start_date IS NOT NULL GROUP BY 1 ORDER BY 1"
            )
            return [(r[0], r[1]) for r in cursor.execute(sql)]
        if kind is None:
            raise ValueError(f"not a rule field: {field}")
        params: list[Any] = []
        expr = _text_expr(field, params)
        sql = (
            f"SELECT {expr} AS v, COUNT(*) FROM employees e WHERE e.active "
            "GROUP BY v ORDER BY COUNT(*) DESC, v"
        )
        return [(r[0], r[1]) for r in cursor.execute(sql, params)]

    def custom_attribute_names(self) -> list[str]:
        sql = (
            "SELECT DISTINCT j.key FROM employees e, json_each(e.attributes) j "
            "WHERE e.active ORDER BY j.key"
        )
        return [r[0] for r in self._cursor().execute(sql)]

    # ------------------------------------------------------------------ employees by id
    def describe(self, ids: Iterable[int]) -> list[tuple[int, str, str, bool]]:
        """(id, external id, display name, active) of the given employees that exist."""
        wanted = sorted({int(i) for i in ids})
        if not wanted:
            return []
        sql = (
            "SELECT id, external_id, COALESCE(display_name, ''), active FROM employees "
            "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"
        )
        return [
            (r[0], r[1], r[2], bool(r[3]))
            for r in self._cursor().execute(sql, (json.dumps(wanted),))
        ]

    def ids_for_external(self, external_ids: Iterable[str]) -> dict[str, int]:
        """Internal ids of employees by their directory identifiers (unknown ones left out)."""
        wanted = list(dict.fromkeys(str(x) for x in external_ids))
        if not wanted:
            return {}
        sql = (
            "SELECT external_id, id FROM employees "
            "WHERE external_id IN (SELECT value FROM json_each(?))"
        )
        rows = self._cursor().execute(sql, (json.dumps(wanted, ensure_ascii=False),))
        return {r[0]: r[1] for r in rows}

    def search_employees(self, text: str, limit: int = 20) -> list[tuple[int, str, str]]:
        """Active employees whose identifier or name starts with / contains ``text``."""
        needle = fold(text.strip())
        if not needle:
            return []
        sql = (
            "SELECT id, external_id, COALESCE(display_name, '') FROM employees e "
            "WHERE e.active AND (cp_contains(e.external_id, ?) "
            "OR cp_contains(COALESCE(e.display_name, ''), ?)) ORDER BY e.external_id LIMIT ?"
        )
        return [tuple(r) for r in self._cursor().execute(sql, (needle, needle, limit))]  # type: ignore[misc]
