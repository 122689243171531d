"""The workspace schema as an ordered list of migrations.

``PRAGMA user_version`` holds how many migrations a file has had. Never edit a released
migration: append a new function to ``MIGRATIONS``. Each runs inside the opening transaction,
so a failure leaves the file at its old version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# 'CoPl' in ASCII: marks the SQLite file as a Comms Planner workspace.
APPLICATION_ID = 0x436F506C


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Runs several statements inside the current transaction.

    ``executescript`` would commit first, which would break the all-or-nothing upgrade.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending!r}")


def _initial_schema(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        CREATE TABLE employees (
            id INTEGER PRIMARY KEY,
            external_id TEXT NOT NULL UNIQUE,
            display_name TEXT,
            position TEXT NOT NULL DEFAULT '',
            function TEXT NOT NULL DEFAULT '',
            department TEXT NOT NULL DEFAULT '',
            location TEXT NOT NULL DEFAULT '',
            level TEXT NOT NULL DEFAULT '',
            customer_facing INTEGER NOT NULL DEFAULT 0,
            language TEXT NOT NULL DEFAULT '',
            interests TEXT NOT NULL DEFAULT '[]',
            needs TEXT NOT NULL DEFAULT '[]',
            expectations TEXT NOT NULL DEFAULT '[]',
            start_date TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            attributes TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX employees_position ON employees(position);
        CREATE INDEX employees_function ON employees(function);
        CREATE INDEX employees_department ON employees(department);
        CREATE INDEX employees_location ON employees(location);
        CREATE INDEX employees_level ON employees(level);
        CREATE INDEX employees_customer_facing ON employees(customer_facing);

        -- Tags again, one row each, so that "has tag" conditions use an index.
        CREATE TABLE employee_tags (
            kind TEXT NOT NULL,
            tag TEXT NOT NULL,
            employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
            PRIMARY KEY (kind, tag, employee_id)
        ) WITHOUT ROWID;
        CREATE INDEX employee_tags_employee ON employee_tags(employee_id);

        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT '',
            rule TEXT,
            include_ids TEXT NOT NULL DEFAULT '[]',
            exclude_ids TEXT NOT NULL DEFAULT '[]',
            colour TEXT NOT NULL DEFAULT '#4c78a8'
        );

        CREATE TABLE corporate_values (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            description TEXT NOT NULL DEFAULT '',
            kpi TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            due_date TEXT
        );

        CREATE TABLE channels (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL,
            two_way INTEGER NOT NULL DEFAULT 0,
            weekly_cap_per_person INTEGER,
            daily_capacity INTEGER,
            effort_note TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL
        );

        CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            objective TEXT NOT NULL DEFAULT '',
            key_messages TEXT NOT NULL DEFAULT '[]',
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            priority TEXT NOT NULL,
            "start" TEXT,
            "end" TEXT,
            colour TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE campaign_goals (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, goal_id)
        );
        CREATE INDEX campaign_goals_goal ON campaign_goals(goal_id);
        CREATE TABLE campaign_values (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            value_id INTEGER NOT NULL REFERENCES corporate_values(id) ON DELETE RESTRICT,
            weight TEXT NOT NULL,
            PRIMARY KEY (campaign_id, value_id)
        );
        CREATE INDEX campaign_values_value ON campaign_values(value_id);
        CREATE TABLE campaign_segments (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, segment_id)
        );
        CREATE INDEX campaign_segments_segment ON campaign_segments(segment_id);

        CREATE TABLE communications (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            "start" TEXT NOT NULL,
            duration_minutes INTEGER NOT NULL,
            channel_id INTEGER REFERENCES channels(id) ON DELETE RESTRICT,
            message_brief TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            recurrence TEXT,
            skipped_dates TEXT NOT NULL DEFAULT '[]',
            pinned INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX communications_campaign ON communications(campaign_id);
        CREATE INDEX communications_start ON communications("start");
        CREATE INDEX communications_channel ON communications(channel_id);
        CREATE TABLE communication_segments (
            communication_id INTEGER NOT NULL REFERENCES communications(id) ON DELETE CASCADE,
            segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (communication_id, segment_id)
        );
        CREATE INDEX communication_segments_segment ON communication_segments(segment_id);

        CREATE TABLE blackouts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            "start" TEXT NOT NULL,
            "end" TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE measurements (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            metric TEXT NOT NULL,
            value REAL NOT NULL,
            segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            group_attribute TEXT,
            group_value TEXT,
            respondents INTEGER,
            source TEXT NOT NULL DEFAULT '',
            campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL
        );
        CREATE INDEX measurements_date ON measurements(date);

        CREATE TABLE approvals (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            who TEXT NOT NULL,
            at TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            snapshot TEXT NOT NULL DEFAULT '{}'
        );

        CREATE TABLE status_changes (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            from_status TEXT,
            to_status TEXT NOT NULL,
            at TEXT NOT NULL,
            who TEXT NOT NULL DEFAULT '',
            comment TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX status_changes_entity ON status_changes(entity, entity_id);

        CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel_id INTEGER REFERENCES channels(id) ON DELETE SET NULL,
            segment_id INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            group_attribute TEXT,
            group_value TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL,
            campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
            response TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX feedback_date ON feedback(date);
        """,
    )


def _sequencing_rules(conn: sqlite3.Connection) -> None:
    # Soft references (no foreign keys): a rule outlives the deletion of what it names, so
    # that undoing the deletion brings it back; rules naming missing items are void.
    # AUTOINCREMENT: a deleted rule's id is never handed out again (undo restores by id).
    run_script(
        conn,
        """
        CREATE TABLE sequencing_rules (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            first_id INTEGER,
            second_id INTEGER,
            segment_id INTEGER,
            campaign_id INTEGER,
            days INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX sequencing_rules_campaign ON sequencing_rules(campaign_id);
        """,
    )


def _inactive_employees_index(conn: sqlite3.Connection) -> None:
    # Active employees are counted as all rows minus the inactive ones (see
    # ACTIVE_EMPLOYEE_COUNT): a few index pages instead of the whole table, which the first
    # screen of a 100,000-employee workspace would otherwise read (~30 ms).
    conn.execute("CREATE INDEX employees_inactive ON employees(id) WHERE NOT active")


Migration = Callable[[sqlite3.Connection], None]

# Append only. Position + 1 is the schema version a migration brings a file to.
MIGRATIONS: list[Migration] = [
    _initial_schema,
    _sequencing_rules,
    _inactive_employees_index,
]

SCHEMA_VERSION = len(MIGRATIONS)

# The number of active employees as an SQL expression. SQLite counts all rows through its
# smallest index and the inactive ones through the partial index employees_inactive (its
# condition must stay written exactly "NOT active" for the planner to use it); a plain
# "COUNT(*) ... WHERE active" reads every page of the table.
ACTIVE_EMPLOYEE_COUNT = (
    "((SELECT COUNT(*) FROM employees) - (SELECT COUNT(*) FROM employees WHERE NOT active))"
)
