"""Who refers to a value, goal, channel, segment or campaign: the lookups planning edits need.

Deleting or reassigning something must know every row that points at it, including the
rows whose reference SQLite would quietly set to NULL (feedback, measurements), so that an
undo can put those references back.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .workspace import Workspace

# (table, column) pairs a planning edit may look up; the SQL is built only from these.
_REFERENCES = frozenset(
    {
        ("communications", "channel_id"),
        ("communications", "campaign_id"),
        ("communication_segments", "segment_id"),
        ("campaign_segments", "segment_id"),
        ("campaign_values", "value_id"),
        ("campaign_goals", "goal_id"),
        ("feedback", "channel_id"),
        ("feedback", "segment_id"),
        ("feedback", "campaign_id"),
        ("measurements", "segment_id"),
        ("measurements", "campaign_id"),
    }
)

# The column that identifies the referring item in each table.
_OWNER_COLUMN = {
    "communications": "id",
    "communication_segments": "communication_id",
    "campaign_segments": "campaign_id",
    "campaign_values": "campaign_id",
    "campaign_goals": "campaign_id",
    "feedback": "id",
    "measurements": "id",
}


def referring_ids(ws: Workspace, table: str, column: str, entity_id: int) -> list[int]:
    """Ids of the items in ``table`` whose ``column`` is ``entity_id`` (sorted, unique)."""
    if (table, column) not in _REFERENCES:
        raise ValueError(f"unknown reference {table}.{column}")
    owner = _OWNER_COLUMN[table]
    rows = ws.conn.execute(
        f"SELECT DISTINCT {owner} FROM {table} WHERE {column} = ? ORDER BY {owner}",
        (entity_id,),
    )
    return [int(r[0]) for r in rows]


def communication_counts_by_campaign(ws: Workspace) -> dict[int, int]:
    """How many communications each campaign has (campaigns without any are absent)."""
    rows = ws.conn.execute("SELECT campaign_id, COUNT(*) FROM communications GROUP BY campaign_id")
    return {int(r[0]): int(r[1]) for r in rows}


def communication_counts_by_channel(ws: Workspace) -> dict[int, int]:
    """How many communications use each channel (unused channels are absent)."""
    rows = ws.conn.execute(
        "SELECT channel_id, COUNT(*) FROM communications "
        "WHERE channel_id IS NOT NULL GROUP BY channel_id"
    )
    return {int(r[0]): int(r[1]) for r in rows}


def distinct_owners(ws: Workspace) -> list[str]:
    """Every owner named on a campaign or a communication, alphabetically."""
    rows = ws.conn.execute(
        "SELECT owner FROM campaigns WHERE owner != '' "
        "UNION SELECT owner FROM communications WHERE owner != '' "
        "ORDER BY 1 COLLATE NOCASE"
    )
    return [r[0] for r in rows]


# Ids handed out by planning edits are never handed out again, even after the item with the
# highest id is deleted (SQLite alone would reuse it): an approval snapshot refers to items
# by id, and "campaign 7" must not silently become another campaign.
_HIGH_WATER_KEY = "planning.id_high_water"
_ALLOCATED_TABLES = frozenset(
    {
        "corporate_values",
        "goals",
        "channels",
        "campaigns",
        "communications",
        "blackouts",
        "status_changes",
        "approvals",
        "segments",
        "feedback",
        "measurements",
    }
)


def allocate_id(ws: Workspace, table: str) -> int:
    """A fresh id for a new row of ``table``: above every id it has ever had."""
    if table not in _ALLOCATED_TABLES:
        raise ValueError(f"ids of {table} are not allocated here")
    row = ws.conn.execute("SELECT value FROM settings WHERE key = ?", (_HIGH_WATER_KEY,)).fetchone()
    marks: dict[str, int] = json.loads(row[0]) if row else {}
    current = ws.conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
    new_id = max(int(current), int(marks.get(table, 0))) + 1
    marks[table] = new_id
    ws.conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_HIGH_WATER_KEY, json.dumps(marks, sort_keys=True)),
    )
    return new_id
