"""One small repository per entity: the only code that reads and writes the workspace tables.

Every write runs in the workspace's transaction (joining the caller's if one is open) and
records what it changed in that transaction's :class:`~commsplanner.domain.Changes`.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from ..domain import (
    Approval,
    Blackout,
    BusinessGoal,
    Campaign,
    Channel,
    Communication,
    CorporateValue,
    Employee,
    EntityKind,
    Feedback,
    Measurement,
    Segment,
    StatusChange,
    ValidationError,
    ValueWeight,
    WorkspaceSettings,
)
from ..domain.errors import QT_TRANSLATE_NOOP
from .codec import Codec
from .errors import InUseError, NotFoundError
from .schema import ACTIVE_EMPLOYEE_COUNT

if TYPE_CHECKING:
    from .workspace import Workspace

T = TypeVar("T")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class Repository(Generic[T]):
    """Create, read, update and delete for one table mapped to one dataclass."""

    model: ClassVar[type]
    table: ClassVar[str]
    kind: ClassVar[EntityKind]
    what: ClassVar[str]  # how messages name one item
    order_by: ClassVar[str] = "id"
    link_fields: ClassVar[tuple[str, ...]] = ()

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.codec: Codec[T] = Codec(self.model, skip=self.link_fields)
        cols = self.codec.columns
        self._insert_sql = (
            f"INSERT INTO {self.table} ({', '.join(map(_quote, cols))}) "
            f"VALUES ({', '.join(':' + c for c in cols)})"
        )
        self._insert_with_id_sql = (
            f"INSERT INTO {self.table} (id, {', '.join(map(_quote, cols))}) "
            f"VALUES (:id, {', '.join(':' + c for c in cols)})"
        )
        self._update_sql = f"UPDATE {self.table} SET {', '.join(f'{_quote(c)} = :{c}' for c in cols)} WHERE id = :id"

    # ------------------------------------------------------------------ reading
    def _from_rows(self, rows: Sequence[sqlite3.Row]) -> list[T]:
        return [self.codec.from_row(row) for row in rows]

    def find(self, entity_id: int) -> T | None:
        row = self.ws.conn.execute(
            f"SELECT * FROM {self.table} WHERE id = ?", (entity_id,)
        ).fetchone()
        return self._from_rows([row])[0] if row else None

    def get(self, entity_id: int) -> T:
        found = self.find(entity_id)
        if found is None:
            raise NotFoundError(self.what, entity_id)
        return found

    def list(self) -> list[T]:
        rows = self.ws.conn.execute(
            f"SELECT * FROM {self.table} ORDER BY {self.order_by}"
        ).fetchall()
        return self._from_rows(rows)

    def count(self) -> int:
        return self.ws.conn.execute(f"SELECT COUNT(*) FROM {self.table}").fetchone()[0]

    def usage(self, entity_id: int) -> int:
        """How many other items refer to this one (0 for kinds nothing refers to)."""
        return 0

    # ------------------------------------------------------------------ writing
    def _save_links(self, entity_id: int, obj: T) -> None:
        """Writes the fields kept in link tables; overridden where there are some."""

    def _translate_integrity(self, exc: sqlite3.IntegrityError, obj: Any) -> Exception:
        message = str(exc)
        if "UNIQUE" in message and hasattr(obj, "name"):
            return ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The name “{name}” is already taken; choose another one."
                ),
                field="name",
                what=self.what,
                name=obj.name,
            )
        if "FOREIGN KEY" in message:
            return ValidationError(
                QT_TRANSLATE_NOOP("errors", "This item refers to something that no longer exists."),
                what=self.what,
            )
        return exc

    def add(self, obj: T) -> T:
        """Stores a new item and returns it with its id."""
        validate = getattr(obj, "validate", None)
        if validate:
            validate()
        with self.ws.transaction() as changes:
            try:
                cursor = self.ws.conn.execute(self._insert_sql, self.codec.to_row(obj))
                entity_id = int(cursor.lastrowid)
                self._save_links(entity_id, obj)
            except sqlite3.IntegrityError as exc:
                raise self._translate_integrity(exc, obj) from None
            changes.add(self.kind, entity_id)
        return dataclasses.replace(obj, id=entity_id)  # type: ignore[type-var]

    def restore(self, obj: T) -> T:
        """Puts back an item with its old id (undo of a delete)."""
        with self.ws.transaction() as changes:
            try:
                self.ws.conn.execute(self._insert_with_id_sql, self.codec.to_row(obj, with_id=True))
                self._save_links(obj.id, obj)  # type: ignore[attr-defined]
            except sqlite3.IntegrityError as exc:
                raise self._translate_integrity(exc, obj) from None
            changes.add(self.kind, obj.id)  # type: ignore[attr-defined]
        return obj

    def update(self, obj: T) -> T:
        entity_id = obj.id  # type: ignore[attr-defined]
        if entity_id is None:
            raise ValueError("update() needs a stored item")
        validate = getattr(obj, "validate", None)
        if validate:
            validate()
        with self.ws.transaction() as changes:
            try:
                cursor = self.ws.conn.execute(
                    self._update_sql, {**self.codec.to_row(obj), "id": entity_id}
                )
                if cursor.rowcount == 0:
                    raise NotFoundError(self.what, entity_id)
                self._save_links(entity_id, obj)
            except sqlite3.IntegrityError as exc:
                raise self._translate_integrity(exc, obj) from None
            changes.update(self.kind, entity_id)
        return obj

    def delete(self, entity_id: int) -> T:
        """Deletes an item and returns what it was (for undo). Refuses items still in use."""
        existing = self.get(entity_id)
        users = self.usage(entity_id)
        if users:
            raise InUseError(self.what, getattr(existing, "name", str(entity_id)), users)
        with self.ws.transaction() as changes:
            self.ws.conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (entity_id,))
            changes.remove(self.kind, entity_id)
        return existing


class ValueRepository(Repository[CorporateValue]):
    model = CorporateValue
    table = "corporate_values"
    kind = EntityKind.VALUE
    what = "value"
    order_by = "position, id"

    def usage(self, entity_id: int) -> int:
        return self.ws.conn.execute(
            "SELECT COUNT(*) FROM campaign_values WHERE value_id = ?", (entity_id,)
        ).fetchone()[0]


class GoalRepository(Repository[BusinessGoal]):
    model = BusinessGoal
    table = "goals"
    kind = EntityKind.GOAL
    what = "goal"

    def usage(self, entity_id: int) -> int:
        return self.ws.conn.execute(
            "SELECT COUNT(*) FROM campaign_goals WHERE goal_id = ?", (entity_id,)
        ).fetchone()[0]


class ChannelRepository(Repository[Channel]):
    model = Channel
    table = "channels"
    kind = EntityKind.CHANNEL
    what = "channel"

    def usage(self, entity_id: int) -> int:
        return self.ws.conn.execute(
            "SELECT COUNT(*) FROM communications WHERE channel_id = ?", (entity_id,)
        ).fetchone()[0]


class SegmentRepository(Repository[Segment]):
    model = Segment
    table = "segments"
    kind = EntityKind.SEGMENT
    what = "segment"
    order_by = "name COLLATE NOCASE"

    def usage(self, entity_id: int) -> int:
        return self.ws.conn.execute(
            "SELECT (SELECT COUNT(*) FROM campaign_segments WHERE segment_id = ?)"
            " + (SELECT COUNT(*) FROM communication_segments WHERE segment_id = ?)",
            (entity_id, entity_id),
        ).fetchone()[0]


class BlackoutRepository(Repository[Blackout]):
    model = Blackout
    table = "blackouts"
    kind = EntityKind.BLACKOUT
    what = "blackout period"
    order_by = '"start", id'

    def overlapping(self, start: date, end: date) -> list[Blackout]:
        rows = self.ws.conn.execute(
            'SELECT * FROM blackouts WHERE "start" <= ? AND "end" >= ? ORDER BY "start"',
            (end.isoformat(), start.isoformat()),
        ).fetchall()
        return self._from_rows(rows)


class MeasurementRepository(Repository[Measurement]):
    model = Measurement
    table = "measurements"
    kind = EntityKind.MEASUREMENT
    what = "measurement"
    order_by = "date, id"


class ApprovalRepository(Repository[Approval]):
    model = Approval
    table = "approvals"
    kind = EntityKind.APPROVAL
    what = "approval"
    order_by = "at, id"

    def latest(self, kind: str | None = None) -> Approval | None:
        sql = "SELECT * FROM approvals"
        params: tuple[Any, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (str(kind),)
        row = self.ws.conn.execute(sql + " ORDER BY at DESC, id DESC LIMIT 1", params).fetchone()
        return self._from_rows([row])[0] if row else None


class StatusChangeRepository(Repository[StatusChange]):
    model = StatusChange
    table = "status_changes"
    kind = EntityKind.STATUS_CHANGE
    what = "status change"
    order_by = "at, id"

    def history(self, entity: EntityKind, entity_id: int) -> list[StatusChange]:
        rows = self.ws.conn.execute(
            "SELECT * FROM status_changes WHERE entity = ? AND entity_id = ? ORDER BY at, id",
            (str(entity), entity_id),
        ).fetchall()
        return self._from_rows(rows)


class FeedbackRepository(Repository[Feedback]):
    model = Feedback
    table = "feedback"
    kind = EntityKind.FEEDBACK
    what = "feedback entry"
    order_by = "date, id"


class CampaignRepository(Repository[Campaign]):
    model = Campaign
    table = "campaigns"
    kind = EntityKind.CAMPAIGN
    what = "campaign"
    order_by = '"start" IS NULL, "start", name COLLATE NOCASE'
    link_fields = ("goal_ids", "value_weights", "segment_ids")

    def _save_links(self, entity_id: int, obj: Campaign) -> None:
        conn = self.ws.conn
        for table in ("campaign_goals", "campaign_values", "campaign_segments"):
            conn.execute(f"DELETE FROM {table} WHERE campaign_id = ?", (entity_id,))
        conn.executemany(
            "INSERT INTO campaign_goals (campaign_id, goal_id, position) VALUES (?, ?, ?)",
            [(entity_id, goal, pos) for pos, goal in enumerate(dict.fromkeys(obj.goal_ids))],
        )
        conn.executemany(
            "INSERT INTO campaign_values (campaign_id, value_id, weight) VALUES (?, ?, ?)",
            [(entity_id, value, ValueWeight(w).value) for value, w in obj.value_weights.items()],
        )
        conn.executemany(
            "INSERT INTO campaign_segments (campaign_id, segment_id, position) VALUES (?, ?, ?)",
            [(entity_id, seg, pos) for pos, seg in enumerate(dict.fromkeys(obj.segment_ids))],
        )

    def _from_rows(self, rows: Sequence[sqlite3.Row]) -> list[Campaign]:
        if not rows:
            return []
        conn = self.ws.conn
        ids = [row["id"] for row in rows]
        goals: dict[int, list[int]] = {i: [] for i in ids}
        segments: dict[int, list[int]] = {i: [] for i in ids}
        values: dict[int, dict[int, ValueWeight]] = {i: {} for i in ids}
        marks = ",".join("?" * len(ids)) if len(ids) < 900 else None
        where = f"WHERE campaign_id IN ({marks})" if marks else ""
        params = ids if marks else []
        for cid, gid in conn.execute(
            f"SELECT campaign_id, goal_id FROM campaign_goals {where} ORDER BY position", params
        ):
            if cid in goals:
                goals[cid].append(gid)
        for cid, sid in conn.execute(
            f"SELECT campaign_id, segment_id FROM campaign_segments {where} ORDER BY position",
            params,
        ):
            if cid in segments:
                segments[cid].append(sid)
        for cid, vid, weight in conn.execute(
            f"SELECT campaign_id, value_id, weight FROM campaign_values {where} ORDER BY rowid",
            params,
        ):
            if cid in values:
                values[cid][vid] = ValueWeight(weight)
        return [
            self.codec.from_row(
                row,
                goal_ids=tuple(goals[row["id"]]),
                segment_ids=tuple(segments[row["id"]]),
                value_weights=values[row["id"]],
            )
            for row in rows
        ]

    def usage(self, entity_id: int) -> int:
        return 0  # communications go with their campaign (ON DELETE CASCADE)

    def delete(self, entity_id: int) -> Campaign:
        """Deletes a campaign with its communications; the caller keeps both for undo."""
        with self.ws.transaction() as changes:
            for (comm_id,) in self.ws.conn.execute(
                "SELECT id FROM communications WHERE campaign_id = ?", (entity_id,)
            ).fetchall():
                changes.remove(EntityKind.COMMUNICATION, comm_id)
            return super().delete(entity_id)

    def using_segment(self, segment_id: int) -> list[int]:
        return [
            r[0]
            for r in self.ws.conn.execute(
                "SELECT campaign_id FROM campaign_segments WHERE segment_id = ?", (segment_id,)
            )
        ]


class CommunicationRepository(Repository[Communication]):
    model = Communication
    table = "communications"
    kind = EntityKind.COMMUNICATION
    what = "communication"
    order_by = '"start", id'
    link_fields = ("segment_ids",)

    def _save_links(self, entity_id: int, obj: Communication) -> None:
        conn = self.ws.conn
        conn.execute("DELETE FROM communication_segments WHERE communication_id = ?", (entity_id,))
        conn.executemany(
            "INSERT INTO communication_segments (communication_id, segment_id, position) VALUES (?, ?, ?)",
            [(entity_id, seg, pos) for pos, seg in enumerate(dict.fromkeys(obj.segment_ids))],
        )

    def _from_rows(self, rows: Sequence[sqlite3.Row]) -> list[Communication]:
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        segments: dict[int, list[int]] = {i: [] for i in ids}
        if len(ids) < 900:
            query = (
                "SELECT communication_id, segment_id FROM communication_segments "
                f"WHERE communication_id IN ({','.join('?' * len(ids))}) ORDER BY position"
            )
            params: list[int] = ids
        else:
            query = (
                "SELECT communication_id, segment_id FROM communication_segments ORDER BY position"
            )
            params = []
        for cid, sid in self.ws.conn.execute(query, params):
            if cid in segments:
                segments[cid].append(sid)
        return [self.codec.from_row(row, segment_ids=tuple(segments[row["id"]])) for row in rows]

    def for_campaign(self, campaign_id: int) -> list[Communication]:
        rows = self.ws.conn.execute(
            'SELECT * FROM communications WHERE campaign_id = ? ORDER BY "start", id',
            (campaign_id,),
        ).fetchall()
        return self._from_rows(rows)

    def add_many(self, items: Iterable[Communication]) -> list[Communication]:
        with self.ws.transaction():
            return [self.add(item) for item in items]


class EmployeeRepository(Repository[Employee]):
    """Employees, with bulk paths sized for directories of 100,000 people."""

    model = Employee
    table = "employees"
    kind = EntityKind.EMPLOYEE
    what = "employee"

    TAG_KINDS = Employee.TAG_FIELDS

    def _save_links(self, entity_id: int, obj: Employee) -> None:
        conn = self.ws.conn
        conn.execute("DELETE FROM employee_tags WHERE employee_id = ?", (entity_id,))
        conn.executemany(
            "INSERT OR IGNORE INTO employee_tags (kind, tag, employee_id) VALUES (?, ?, ?)",
            [(kind, tag, entity_id) for kind in self.TAG_KINDS for tag in getattr(obj, kind)],
        )

    def _rebuild_tags_above(self, min_id: int) -> None:
        for kind in self.TAG_KINDS:
            self.ws.conn.execute(
                "INSERT OR IGNORE INTO employee_tags (kind, tag, employee_id) "
                f"SELECT ?, j.value, e.id FROM employees e, json_each(e.{kind}) j WHERE e.id > ?",
                (kind, min_id),
            )

    def add_many(self, employees: Iterable[Employee], *, batch_size: int = 2000) -> int:
        """Inserts many employees in one transaction; returns how many were added."""
        conn = self.ws.conn
        added = 0
        with self.ws.transaction() as changes:
            before = conn.execute("SELECT COALESCE(MAX(id), 0) FROM employees").fetchone()[0]
            batch: list[dict[str, Any]] = []
            try:
                for employee in employees:
                    employee.validate()
                    batch.append(self.codec.to_row(employee))
                    if len(batch) >= batch_size:
                        conn.executemany(self._insert_sql, batch)
                        added += len(batch)
                        batch.clear()
                if batch:
                    conn.executemany(self._insert_sql, batch)
                    added += len(batch)
            except sqlite3.IntegrityError as exc:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Every employee needs an identifier of their own; one is used twice "
                        "or is already in the workspace ({detail}).",
                    ),
                    field="external_id",
                    detail=str(exc),
                ) from None
            self._rebuild_tags_above(before)
            changes.added.setdefault(EntityKind.EMPLOYEE, set()).update(
                r[0] for r in conn.execute("SELECT id FROM employees WHERE id > ?", (before,))
            )
        return added

    def find_by_external_id(self, external_id: str) -> Employee | None:
        row = self.ws.conn.execute(
            "SELECT * FROM employees WHERE external_id = ?", (external_id,)
        ).fetchone()
        return self.codec.from_row(row) if row else None

    def count(self, *, active_only: bool = True) -> int:
        sql = f"SELECT {ACTIVE_EMPLOYEE_COUNT}" if active_only else "SELECT COUNT(*) FROM employees"
        return self.ws.conn.execute(sql).fetchone()[0]

    def iter_all(self, *, active_only: bool = True) -> Iterator[Employee]:
        sql = "SELECT * FROM employees" + (" WHERE active" if active_only else "") + " ORDER BY id"
        for row in self.ws.conn.execute(sql):
            yield self.codec.from_row(row)

    def active_ids(self) -> list[int]:
        return [
            r[0] for r in self.ws.conn.execute("SELECT id FROM employees WHERE active ORDER BY id")
        ]

    def distinct_values(self, field: str) -> list[tuple[str, int]]:
        """Values of one attribute among active employees, with their counts, most common first."""
        if field in self.TAG_KINDS:
            sql = (
                "SELECT t.tag, COUNT(*) FROM employee_tags t JOIN employees e ON e.id = t.employee_id "
                "WHERE t.kind = ? AND e.active GROUP BY t.tag ORDER BY COUNT(*) DESC, t.tag"
            )
            return [(r[0], r[1]) for r in self.ws.conn.execute(sql, (field,))]
        if field in Employee.SCALAR_FIELDS or field == "customer_facing":
            sql = (
                f"SELECT {_quote(field)}, COUNT(*) FROM employees WHERE active "
                f"GROUP BY {_quote(field)} ORDER BY COUNT(*) DESC, {_quote(field)}"
            )
            return [
                (str(r[0]) if r[0] is not None else "", r[1]) for r in self.ws.conn.execute(sql)
            ]
        sql = (
            "SELECT json_extract(attributes, ?), COUNT(*) FROM employees WHERE active "
            "GROUP BY 1 ORDER BY COUNT(*) DESC, 1"
        )
        return [
            (str(r[0]) if r[0] is not None else "", r[1])
            for r in self.ws.conn.execute(sql, ("$." + json.dumps(field),))
        ]

    def custom_attribute_names(self) -> list[str]:
        rows = self.ws.conn.execute(
            "SELECT DISTINCT j.key FROM employees e, json_each(e.attributes) j ORDER BY j.key"
        )
        return [r[0] for r in rows]


class SettingsRepository:
    """Workspace-wide settings and small per-workspace preferences, stored as JSON values."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def get_value(self, key: str, default: Any = None) -> Any:
        row = self.ws.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_value(self, key: str, value: Any) -> None:
        with self.ws.transaction() as changes:
            self.ws.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False, default=_json_default)),
            )
            changes.update(EntityKind.SETTING, 0)

    def load(self) -> WorkspaceSettings:
        stored = self.get_value("workspace", {}) or {}
        known = {f.name for f in dataclasses.fields(WorkspaceSettings)}
        return WorkspaceSettings(**{k: v for k, v in stored.items() if k in known})

    def save(self, settings: WorkspaceSettings) -> WorkspaceSettings:
        settings.validate()
        self.set_value("workspace", dataclasses.asdict(settings))
        return settings


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in settings")
