"""The few rows the Overview page shows, read as plain tuples.

The Overview is the first screen after start-up; building entity objects through the
repositories (and importing every entity class to do so) would cost more than the reads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .schema import ACTIVE_EMPLOYEE_COUNT

if TYPE_CHECKING:
    from .workspace import Workspace

_COUNTS_SQL = f"""
SELECT
    {ACTIVE_EMPLOYEE_COUNT},
    (SELECT COUNT(*) FROM segments),
    (SELECT COUNT(*) FROM campaigns),
    (SELECT COUNT(*) FROM communications)
"""

# Columns of one upcoming candidate, in order: id, title, start (ISO), duration_minutes,
# recurrence, skipped dates (ISO dates separated by spaces, or NULL), message_brief,
# campaign name, campaign colour, channel name.
_CANDIDATE_COLUMNS = """
    c.id, c.title, c."start", c.duration_minutes, c.recurrence,
    (SELECT group_concat(j.value, ' ') FROM json_each(c.skipped_dates) j),
    c.message_brief, COALESCE(k.name, ''), COALESCE(k.colour, ''), COALESCE(h.name, '')
FROM communications c
LEFT JOIN campaigns k ON k.id = c.campaign_id
LEFT JOIN channels h ON h.id = c.channel_id
"""


def counts(ws: Workspace) -> tuple[int, int, int, int]:
    """Active employees, segments, campaigns and communications."""
    return tuple(ws.conn.execute(_COUNTS_SQL).fetchone())  # type: ignore[return-value]


def workspace_settings(ws: Workspace, *names: str) -> tuple[Any, ...]:
    """Fields of the stored workspace settings (None where absent), read by SQLite without
    building the settings object."""
    fields = ", ".join("json_extract(value, ?)" for _ in names)
    row = ws.conn.execute(
        f"SELECT {fields} FROM settings WHERE key = 'workspace'",
        [f'$."{name}"' for name in names],
    ).fetchone()
    return tuple(row) if row else (None,) * len(names)


def values(ws: Workspace) -> list[tuple[int, str, str, str]]:
    """(id, name, description, colour) of the corporate values, in their order."""
    sql = "SELECT id, name, description, colour FROM corporate_values ORDER BY position, id"
    return [tuple(row) for row in ws.conn.execute(sql)]  # type: ignore[misc]


def one_off_candidates(
    ws: Workspace, first_day: str, after_last_day: str, limit: int, excluded_status: str
) -> list[tuple[Any, ...]]:
    """The ``limit`` earliest non-recurring communications dated from ``first_day`` up to
    (not including) ``after_last_day`` (ISO dates), ``excluded_status`` left out."""
    sql = (
        f"SELECT {_CANDIDATE_COLUMNS} "
        "WHERE (c.recurrence IS NULL OR c.recurrence = '') AND c.status != ? "
        'AND c."start" >= ? AND c."start" < ? '
        'ORDER BY c."start", c.title COLLATE NOCASE, c.id LIMIT ?'
    )
    return [
        tuple(r) for r in ws.conn.execute(sql, (excluded_status, first_day, after_last_day, limit))
    ]


def series_candidates(
    ws: Workspace, after_last_day: str, excluded_status: str
) -> list[tuple[Any, ...]]:
    """Recurring communications that start before ``after_last_day``, ``excluded_status``
    left out (whether they still occur is for the caller to expand)."""
    sql = (
        f"SELECT {_CANDIDATE_COLUMNS} "
        "WHERE c.recurrence IS NOT NULL AND c.recurrence != '' AND c.status != ? "
        'AND c."start" < ? ORDER BY c.id'
    )
    return [tuple(r) for r in ws.conn.execute(sql, (excluded_status, after_last_day))]
