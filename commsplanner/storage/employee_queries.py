"""Read-only queries of the audience browser, fast on 100,000 employees.

A browser view is an ordered array of employee ids (filter + sort, computed once) from which
the table fetches blocks of rows by position; counts and value distributions use the same
filter. Fields are checked against a fixed list before they reach SQL; custom attributes
(``attr:<name>``) go in as JSON-path parameters, never as SQL text.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from .schema import ACTIVE_EMPLOYEE_COUNT

if TYPE_CHECKING:
    from .workspace import Workspace

TEXT_COLUMNS = (
    "external_id",
    "display_name",
    "position",
    "function",
    "department",
    "location",
    "level",
    "language",
)
TAG_KINDS = ("interests", "needs", "expectations")
OTHER_COLUMNS = ("customer_facing", "start_date", "active")
ATTRIBUTE_PREFIX = "attr:"

# Everything a search looks into, as one text per employee.
_SEARCH_TEXT = (
    "cp_fold(e.external_id || ' ' || COALESCE(e.display_name, '') || ' ' || e.position || ' ' "
    "|| e.function || ' ' || e.department || ' ' || e.location || ' ' || e.level || ' ' "
    "|| e.language || ' ' || e.interests || ' ' || e.needs || ' ' || e.expectations || ' ' "
    "|| e.attributes)"
)

# The folded search texts, kept in a TEMP table of the connection (never in the file): made
# on the first search, marked stale by TEMP triggers whenever an employee changes, remade on
# the next search. A search is then one LIKE scan in C instead of a Python call per person.
_SEARCH_SETUP = (
    "CREATE TEMP TABLE IF NOT EXISTS cp_search (id INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    "CREATE TEMP TABLE IF NOT EXISTS cp_search_state (stale INTEGER NOT NULL)",
    "INSERT INTO cp_search_state SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM cp_search_state)",
    *(
        f"CREATE TEMP TRIGGER IF NOT EXISTS cp_search_{event.lower()} AFTER {event} "
        "ON main.employees WHEN (SELECT stale FROM temp.cp_search_state) = 0 "
        "BEGIN UPDATE cp_search_state SET stale = 1; END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ),
)


class UnknownFieldError(ValueError):
    """A field name that is neither a column nor ``attr:<name>`` (a programming error)."""


# Combining marks (Latin accents, Hebrew points, Arabic harakat, …) dropped after NFKD.
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8"
    "\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: "Área" and "area" fold alike."""
    if not text:
        return ""
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _COMBINING.sub("", unicodedata.normalize("NFKD", folded))


def _ensure_functions(conn: sqlite3.Connection) -> None:
    conn.create_function("cp_fold", 1, fold, deterministic=True)


def prepare_search(ws: Workspace) -> bool:
    """Brings the search index up to date; False when it cannot be kept (then searches fold
    every row as they go, which is slower but gives the same answers)."""
    conn = ws.conn
    _ensure_functions(conn)
    try:
        for statement in _SEARCH_SETUP:
            conn.execute(statement)
        (stale,) = conn.execute("SELECT stale FROM temp.cp_search_state").fetchone()
        if stale:
            _rebuild_search(conn)
    except sqlite3.OperationalError:
        return False
    return True


_SEARCH_COLUMNS = (
    "external_id",
    "display_name",
    "position",
    "function",
    "department",
    "location",
    "level",
    "language",
    "interests",
    "needs",
    "expectations",
    "attributes",
)


def _rebuild_search(conn: sqlite3.Connection) -> None:
    """Folds every employee's text into the TEMP index (about a second for 100,000)."""
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(f"SELECT id, {', '.join(_SEARCH_COLUMNS)} FROM employees").fetchall()
    # Most fields repeat a few values: fold each distinct value once.
    memos: list[dict[Any, str]] = [{} for _ in _SEARCH_COLUMNS]
    texts = []
    for row in rows:
        parts = []
        for memo, value in zip(memos, row[1:], strict=True):
            folded = memo.get(value)
            if folded is None:
                folded = fold(value) if isinstance(value, str) else ""
                memo[value] = folded
            parts.append(folded)
        texts.append((row[0], " ".join(parts)))
    outer = conn.in_transaction
    if not outer:
        conn.execute("BEGIN")
    try:
        conn.execute("DELETE FROM temp.cp_search")
        conn.executemany("INSERT INTO temp.cp_search (id, text) VALUES (?, ?)", texts)
        conn.execute("UPDATE temp.cp_search_state SET stale = 0")
    except BaseException:
        if not outer:
            conn.execute("ROLLBACK")
        raise
    if not outer:
        conn.execute("COMMIT")


def refresh_search_if_kept(ws: Workspace) -> None:
    """Brings the search index up to date now, if this connection keeps one (so that the
    first search after an import does not pay for it)."""
    conn = ws.conn
    try:
        state = conn.execute("SELECT stale FROM temp.cp_search_state").fetchone()
    except sqlite3.OperationalError:
        return  # no index yet: the first search makes it
    if state and state[0]:
        _ensure_functions(conn)
        _rebuild_search(conn)


def _attribute_path(field: str) -> str:
    return "$." + json.dumps(field[len(ATTRIBUTE_PREFIX) :], ensure_ascii=False)


def _check_field(field: str) -> None:
    if field in TEXT_COLUMNS or field in TAG_KINDS or field in OTHER_COLUMNS:
        return
    if field.startswith(ATTRIBUTE_PREFIX) and len(field) > len(ATTRIBUTE_PREFIX):
        return
    raise UnknownFieldError(field)


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def build_where(
    search: str,
    conditions: Sequence[tuple[str, Sequence[str]]],
    include_inactive: bool,
    *,
    indexed_search: bool = False,
) -> tuple[str, list[Any]]:
    """SQL condition over ``employees e`` and its parameters.

    Conditions on different fields must all hold; the values of one field are alternatives.
    ``""`` as a value means "empty" (no tag of that kind for tag fields). Start dates are
    matched by year ("2021"). The search matches every word, case and accents ignored; with
    ``indexed_search`` it reads the index :func:`prepare_search` keeps.
    """
    clauses: list[str] = []
    params: list[Any] = []
    if not include_inactive:
        clauses.append("e.active")
    for field, values in conditions:
        _check_field(field)
        values = [str(v) for v in values]
        if not values:
            continue
        filled = [v for v in values if v]
        options: list[str] = []
        if field in TAG_KINDS:
            if filled:
                options.append(
                    "e.id IN (SELECT employee_id FROM employee_tags WHERE kind = ? "
                    "AND tag IN (SELECT value FROM json_each(?)))"
                )
                params += [field, json.dumps(filled, ensure_ascii=False)]
            if len(filled) < len(values):
                options.append(
                    "NOT EXISTS (SELECT 1 FROM employee_tags t "
                    "WHERE t.kind = ? AND t.employee_id = e.id)"
                )
                params.append(field)
        elif field == "start_date":
            if filled:
                options.append("substr(e.start_date, 1, 4) IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(filled))
            if len(filled) < len(values):
                options.append("e.start_date IS NULL")
        elif field in ("customer_facing", "active"):
            options.append(f"e.{field} IN (SELECT value FROM json_each(?))")
            params.append(json.dumps([1 if v in ("1", "true", "True") else 0 for v in values]))
        elif field.startswith(ATTRIBUTE_PREFIX):
            options.append(
                "COALESCE(json_extract(e.attributes, ?), '') IN (SELECT value FROM json_each(?))"
            )
            params += [_attribute_path(field), json.dumps(values, ensure_ascii=False)]
        else:
            options.append(f"COALESCE(e.{field}, '') IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(values, ensure_ascii=False))
        clauses.append("(" + " OR ".join(options) + ")")
    words = [f"%{_like_escape(word)}%" for word in fold(search).split()]
    if words and indexed_search:
        likes = " AND ".join("s.text LIKE ? ESCAPE '\\'" for _ in words)
        clauses.append(f"e.id IN (SELECT s.id FROM temp.cp_search s WHERE {likes})")
        params += words
    else:
        for word in words:
            clauses.append(f"{_SEARCH_TEXT} LIKE ? ESCAPE '\\'")
            params.append(word)
    return (" AND ".join(clauses) or "1"), params


def _sort_expression(field: str) -> tuple[str, list[Any]]:
    _check_field(field)
    if field in TAG_KINDS:
        return f"json_extract(e.{field}, '$[0]')", []
    if field.startswith(ATTRIBUTE_PREFIX):
        return "json_extract(e.attributes, ?)", [_attribute_path(field)]
    return f"e.{field}", []


_DIGITS = re.compile(r"(\d+)")


@lru_cache(maxsize=200_000)
def _natural_key(text: str) -> tuple[Any, ...]:
    """ "E2" before "E10", "área" next to "Area"."""
    parts = _DIGITS.split(fold(text))
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


def count(ws: Workspace, where: str, params: Sequence[Any]) -> int:
    _ensure_functions(ws.conn)
    return int(
        ws.conn.execute(f"SELECT COUNT(*) FROM employees e WHERE {where}", params).fetchone()[0]
    )


def ordered_ids(
    ws: Workspace,
    where: str,
    params: Sequence[Any],
    sort_field: str | None = None,
    descending: bool = False,
) -> np.ndarray:
    """Ids of the matching employees in display order (empty values always last)."""
    conn = ws.conn
    _ensure_functions(conn)
    if sort_field is None or sort_field == "id":
        rows = conn.execute(
            f"SELECT e.id FROM employees e WHERE {where} ORDER BY e.id"
            + (" DESC" if descending else ""),
            params,
        ).fetchall()
        return np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    expression, extra = _sort_expression(sort_field)
    cursor = conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(
        f"SELECT e.id, {expression} FROM employees e WHERE {where} ORDER BY e.id",
        [*extra, *params],
    ).fetchall()
    if not rows:
        return np.empty(0, dtype=np.int64)
    # Sort the distinct values (few for departments, at most one per person for names),
    # then order the people by the rank of their value; ties stay in id order.
    values = [r[1] for r in rows]
    distinct = {v for v in set(values) if v is not None and v != ""}
    if sort_field in ("customer_facing", "active"):
        ordered = sorted(distinct)
    else:
        ordered = sorted(distinct, key=lambda v: _natural_key(str(v)))
    last = len(ordered)
    if descending:
        rank = {v: last - 1 - i for i, v in enumerate(ordered)}
    else:
        rank = {v: i for i, v in enumerate(ordered)}
    ranks = np.fromiter((rank.get(v, last) for v in values), dtype=np.int64, count=len(values))
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    return ids[np.argsort(ranks, kind="stable")]


def fetch_rows(ws: Workspace, ids: Sequence[int]) -> list[sqlite3.Row]:
    """The stored rows of ``ids``, in that order (ids that no longer exist are left out)."""
    if len(ids) == 0:
        return []
    rows = ws.conn.execute(
        "SELECT * FROM employees WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([int(i) for i in ids]),),
    ).fetchall()
    by_id = {row["id"]: row for row in rows}
    return [by_id[int(i)] for i in ids if int(i) in by_id]


def value_counts(
    ws: Workspace, field: str, where: str, params: Sequence[Any]
) -> list[tuple[str, int]]:
    """(value, employees) among the matching employees, most common first.

    Tag fields count employees per tag (one employee may count under several tags); start
    dates count per year.
    """
    _check_field(field)
    conn = ws.conn
    _ensure_functions(conn)
    if field in TAG_KINDS:
        sql = (
            "SELECT t.tag, COUNT(*) FROM employee_tags t JOIN employees e ON e.id = t.employee_id "
            f"WHERE t.kind = ? AND {where} GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag"
        )
        args: list[Any] = [field, *params]
    else:
        if field == "start_date":
            expression = "COALESCE(substr(e.start_date, 1, 4), '')"
        elif field.startswith(ATTRIBUTE_PREFIX):
            expression = "COALESCE(json_extract(e.attributes, ?), '')"
        else:
            expression = f"COALESCE(e.{field}, '')"
        sql = (
            f"SELECT {expression} AS v, COUNT(*) FROM employees e WHERE {where} "
            "GROUP BY v ORDER BY COUNT(*) DESC, v"
        )
        args = [_attribute_path(field)] if field.startswith(ATTRIBUTE_PREFIX) else []
        args += list(params)
    return [(str(r[0]), int(r[1])) for r in conn.execute(sql, args)]


def employees_with_tags(ws: Workspace, kind: str, where: str, params: Sequence[Any]) -> int:
    """How many matching employees have at least one tag of ``kind``."""
    if kind not in TAG_KINDS:
        raise UnknownFieldError(kind)
    _ensure_functions(ws.conn)
    sql = (
        "SELECT COUNT(*) FROM employees e WHERE "
        f"EXISTS (SELECT 1 FROM employee_tags t WHERE t.kind = ? AND t.employee_id = e.id) "
        f"AND {where}"
    )
    return int(ws.conn.execute(sql, [kind, *params]).fetchone()[0])


def attribute_names(ws: Workspace) -> list[str]:
    """Names of the custom attributes any employee has, sorted."""
    rows = ws.conn.execute(
        "SELECT DISTINCT j.key FROM employees e, json_each(e.attributes) j "
        "WHERE e.attributes != '{}'"
    ).fetchall()
    return sorted((r[0] for r in rows), key=fold)


def total(ws: Workspace, *, include_inactive: bool = False) -> int:
    sql = (
        "SELECT COUNT(*) FROM employees" if include_inactive else f"SELECT {ACTIVE_EMPLOYEE_COUNT}"
    )
    return int(ws.conn.execute(sql).fetchone()[0])
