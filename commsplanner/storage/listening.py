"""SQL of the listening side: measurements upserted by natural key, feedback queries, counts.

A measurement is identified by its *natural key* — date, metric, segment or attribute group,
and source — compared without regard to case, accents in spacing or surrounding blanks, so
importing the same survey export twice updates the stored results instead of doubling them.
Feedback entries imported from a file are identified the same way by date, channel and text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain import EntityKind, Feedback, FeedbackStatus, Measurement
from ..domain.progress import Progress

if TYPE_CHECKING:
    from .workspace import Workspace

MeasurementKey = tuple[str, str, int | None, str, str, str]
FeedbackKey = tuple[str, int | None, str]

_PROGRESS_EVERY = 500


def fold(text: str | None) -> str:
    """Case-, width- and spacing-insensitive form of a label ("  Satisfacción " → "satisfacción")."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def measurement_key(m: Measurement) -> MeasurementKey:
    """date + metric + segment or attribute group + source, folded."""
    return (
        m.date.isoformat(),
        fold(m.metric),
        m.segment_id,
        fold(m.group_attribute) if m.segment_id is None else "",
        fold(m.group_value) if m.segment_id is None else "",
        fold(m.source),
    )


def feedback_key(f: Feedback) -> FeedbackKey:
    return (f.date.isoformat(), f.channel_id, fold(f.text))


@dataclass
class UpsertResult:
    """What an upsert did: ids added and updated, and how many rows were already the same."""

    added: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0


# --------------------------------------------------------------------------- measurements


def measurements_by_key(ws: Workspace) -> dict[MeasurementKey, Measurement]:
    """Every stored measurement by natural key (the newest id wins if a key repeats)."""
    repo = ws.measurements
    rows = ws.conn.execute("SELECT * FROM measurements ORDER BY id").fetchall()
    return {measurement_key(m): m for m in (repo.codec.from_row(r) for r in rows)}


def _same_measurement(a: Measurement, b: Measurement) -> bool:
    return (
        a.value == b.value
        and a.respondents == b.respondents
        and a.campaign_id == b.campaign_id
        and a.metric == b.metric
        and a.source == b.source
        and a.group_attribute == b.group_attribute
        and a.group_value == b.group_value
    )


def plan_measurement_upsert(ws: Workspace, items: Sequence[Measurement]) -> tuple[int, int, int]:
    """(would add, would update, unchanged) for ``items``, without writing."""
    existing = measurements_by_key(ws)
    added = updated = unchanged = 0
    for item in items:
        found = existing.get(measurement_key(item))
        if found is None:
            added += 1
        elif _same_measurement(found, item):
            unchanged += 1
        else:
            updated += 1
    return added, updated, unchanged


def upsert_measurements(
    ws: Workspace, items: Sequence[Measurement], progress: Progress | None = None
) -> UpsertResult:
    """Adds new results and updates those whose natural key is already stored (one transaction)."""
    repo = ws.measurements
    result = UpsertResult()
    with ws.transaction() as changes:
        existing = measurements_by_key(ws)
        inserts: list[dict[str, Any]] = []
        for done, item in enumerate(items, start=1):
            if progress is not None and done % _PROGRESS_EVERY == 0:
                progress.step(done, len(items))
            item.validate()
            key = measurement_key(item)
            found = existing.get(key)
            if found is None:
                inserts.append(repo.codec.to_row(item))
                existing[key] = item
            elif found.id is None:
                continue  # repeated inside this batch; the first one stands
            elif _same_measurement(found, item):
                result.unchanged += 1
            else:
                row = repo.codec.to_row(replace(item, id=found.id))
                ws.conn.execute(repo._update_sql, {**row, "id": found.id})
                changes.update(EntityKind.MEASUREMENT, found.id)
                result.updated.append(found.id)
        if inserts:
            before = ws.conn.execute("SELECT COALESCE(MAX(id), 0) FROM measurements").fetchone()[0]
            ws.conn.executemany(repo._insert_sql, inserts)
            new_ids = [
                r[0]
                for r in ws.conn.execute(
                    "SELECT id FROM measurements WHERE id > ? ORDER BY id", (before,)
                )
            ]
            for new_id in new_ids:
                changes.add(EntityKind.MEASUREMENT, new_id)
            result.added.extend(new_ids)
        if progress is not None:
            progress.step(len(items), len(items))
    return result


def list_measurements(
    ws: Workspace,
    *,
    metric: str | None = None,
    campaign_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[Measurement]:
    """Measurements by date, optionally of one metric (folded match), campaign or period."""
    clauses: list[str] = []
    params: list[Any] = []
    if campaign_id is not None:
        clauses.append("campaign_id = ?")
        params.append(campaign_id)
    if first is not None:
        clauses.append("date >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append("date <= ?")
        params.append(last.isoformat())
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = ws.conn.execute(f"SELECT * FROM measurements{where} ORDER BY date, id", params)
    codec = ws.measurements.codec
    found = [codec.from_row(r) for r in rows]
    if metric is not None:
        wanted = fold(metric)
        found = [m for m in found if fold(m.metric) == wanted]
    return found


def metric_counts(ws: Workspace) -> list[tuple[str, int]]:
    """Metric names with how many results each has, most used first (spellings merged)."""
    counts: dict[str, list[Any]] = {}
    for metric, count in ws.conn.execute(
        "SELECT metric, COUNT(*) FROM measurements GROUP BY metric ORDER BY COUNT(*) DESC"
    ):
        entry = counts.setdefault(fold(metric), [metric, 0])
        entry[1] += count
    return sorted(((m, c) for m, c in counts.values()), key=lambda mc: (-mc[1], fold(mc[0])))


def delete_measurements(ws: Workspace, ids: Iterable[int]) -> list[Measurement]:
    """Deletes several measurements at once and returns them (for undo)."""
    removed: list[Measurement] = []
    with ws.transaction():
        for measurement_id in dict.fromkeys(ids):
            removed.append(ws.measurements.delete(measurement_id))
    return removed


# --------------------------------------------------------------------------- feedback


def feedback_by_key(ws: Workspace) -> dict[FeedbackKey, Feedback]:
    repo = ws.feedback
    rows = ws.conn.execute("SELECT * FROM feedback ORDER BY id").fetchall()
    return {feedback_key(f): f for f in (repo.codec.from_row(r) for r in rows)}


def _same_feedback(a: Feedback, b: Feedback) -> bool:
    return replace(a, id=None) == replace(b, id=None)


def plan_feedback_upsert(ws: Workspace, items: Sequence[Feedback]) -> tuple[int, int, int]:
    existing = feedback_by_key(ws)
    added = updated = unchanged = 0
    for item in items:
        found = existing.get(feedback_key(item))
        if found is None:
            added += 1
        elif _same_feedback(found, item):
            unchanged += 1
        else:
            updated += 1
    return added, updated, unchanged


def upsert_feedback(
    ws: Workspace, items: Sequence[Feedback], progress: Progress | None = None
) -> UpsertResult:
    """Adds new entries; entries already stored (same date, channel and text) are updated."""
    repo = ws.feedback
    result = UpsertResult()
    with ws.transaction() as changes:
        existing = feedback_by_key(ws)
        for done, item in enumerate(items, start=1):
            if progress is not None and done % _PROGRESS_EVERY == 0:
                progress.step(done, len(items))
            key = feedback_key(item)
            found = existing.get(key)
            if found is None:
                stored = repo.add(item)
                existing[key] = stored
                result.added.append(stored.id)  # type: ignore[arg-type]
            elif found.id in result.added:
                continue
            elif _same_feedback(found, item):
                result.unchanged += 1
            else:
                repo.update(replace(item, id=found.id))
                changes.update(EntityKind.FEEDBACK, found.id)  # type: ignore[arg-type]
                result.updated.append(found.id)  # type: ignore[arg-type]
    return result


def list_feedback(
    ws: Workspace,
    *,
    statuses: Iterable[FeedbackStatus] | None = None,
    campaign_id: int | None = None,
    segment_id: int | None = None,
    channel_id: int | None = None,
    kind: str | None = None,
    first: date | None = None,
    last: date | None = None,
) -> list[Feedback]:
    """Feedback entries, newest first, narrowed by any of the filters given."""
    clauses: list[str] = []
    params: list[Any] = []
    wanted = [str(s) for s in statuses] if statuses is not None else None
    if wanted is not None:
        if not wanted:
            return []
        clauses.append(f"status IN ({','.join('?' * len(wanted))})")
        params.extend(wanted)
    for column, value in (
        ("campaign_id", campaign_id),
        ("segment_id", segment_id),
        ("channel_id", channel_id),
        ("kind", kind),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if first is not None:
        clauses.append("date >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append("date <= ?")
        params.append(last.isoformat())
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    codec = ws.feedback.codec
    rows = ws.conn.execute(f"SELECT * FROM feedback{where} ORDER BY date DESC, id DESC", params)
    return [codec.from_row(r) for r in rows]


def feedback_month_channel_counts(
    ws: Workspace, first: date, last: date
) -> list[tuple[str, int | None, str, str, int]]:
    """(YYYY-MM, channel id, status, kind, count) of feedback received in ``first``…``last``."""
    rows = ws.conn.execute(
        "SELECT substr(date, 1, 7), channel_id, status, kind, COUNT(*) FROM feedback "
        "WHERE date >= ? AND date <= ? GROUP BY 1, 2, 3, 4 ORDER BY 1",
        (first.isoformat(), last.isoformat()),
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def oldest_open_feedback(ws: Workspace, up_to: date) -> Feedback | None:
    """The earliest entry still waiting for an answer, received on or before ``up_to``."""
    row = ws.conn.execute(
        "SELECT * FROM feedback WHERE status = ? AND date <= ? ORDER BY date, id LIMIT 1",
        (FeedbackStatus.NEW.value, up_to.isoformat()),
    ).fetchone()
    return ws.feedback.codec.from_row(row) if row else None


def open_feedback_counts(
    ws: Workspace, up_to: date | None = None
) -> list[tuple[int | None, int | None, str | None, str | None, int]]:
    """(campaign id, segment id, group attribute, group value, count) of entries still new."""
    sql = (
        "SELECT campaign_id, segment_id, group_attribute, group_value, COUNT(*) FROM feedback "
        "WHERE status = ?"
    )
    params: list[Any] = [FeedbackStatus.NEW.value]
    if up_to is not None:
        sql += " AND date <= ?"
        params.append(up_to.isoformat())
    rows = ws.conn.execute(sql + " GROUP BY 1, 2, 3, 4", params)
    return [(r[0], r[1], r[2], r[3], r[4]) for r in rows]


def delete_feedback(ws: Workspace, ids: Iterable[int]) -> list[Feedback]:
    removed: list[Feedback] = []
    with ws.transaction():
        for feedback_id in dict.fromkeys(ids):
            removed.append(ws.feedback.delete(feedback_id))
    return removed


def restore_many(ws: Workspace, items: Sequence[Measurement | Feedback]) -> None:
    """Puts back deleted measurements or feedback entries with their old ids (undo)."""
    with ws.transaction():
        for item in items:
            repo = ws.measurements if isinstance(item, Measurement) else ws.feedback
            repo.restore(item)


# --------------------------------------------------------------------------- dashboard inputs


def listening_date_span(ws: Workspace) -> tuple[date | None, date | None]:
    """Earliest and latest day of any measurement or feedback entry (None when there is none)."""
    row = ws.conn.execute(
        "SELECT MIN(d), MAX(d) FROM (SELECT date AS d FROM measurements "
        "UNION ALL SELECT date FROM feedback)"
    ).fetchone()
    if row is None or row[0] is None:
        return None, None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def front_line_count(ws: Workspace) -> int:
    """Active employees who face external customers."""
    return int(
        ws.conn.execute(
            "SELECT COUNT(*) FROM employees WHERE active AND customer_facing"
        ).fetchone()[0]
    )
