"""Recurring communications: occurrences expanded on demand, never stored one by one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from .errors import QT_TRANSLATE_NOOP, ValidationError
from .models import Communication


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One dated instance of a communication (the only one, or one of its series)."""

    communication: Communication
    start: datetime
    # 0 for a one-off; the position in the series otherwise (skipped dates keep their number).
    index: int = 0

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.communication.duration_minutes)

    @property
    def day(self) -> date:
        return self.start.date()


def validate_rule(rule: str, start: datetime) -> None:
    """Raises :class:`ValidationError` when ``rule`` is not a usable RRULE body."""
    try:
        rrulestr(rule, dtstart=start)
    except (ValueError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The repetition rule “{rule}” is not valid ({detail})."),
            field="recurrence",
            rule=rule,
            detail=str(exc),
        ) from None


def occurrences(comm: Communication, first: date, last: date) -> list[Occurrence]:
    """Occurrences of ``comm`` whose day lies in ``first``…``last`` (both included).

    Times are wall-clock times of the workspace, so a weekly 09:00 stays at 09:00 across
    daylight-saving changes.
    """
    if not comm.recurrence:
        day = comm.start.date()
        return [Occurrence(comm, comm.start, 0)] if first <= day <= last else []
    if comm.start.date() > last:
        return []  # a series never starts before its first date; skip parsing its rule
    rule = rrulestr(comm.recurrence, dtstart=comm.start)
    skipped = set(comm.skipped_dates)
    window_start = datetime.combine(first, time.min)
    window_end = datetime.combine(last, time.max)
    found: list[Occurrence] = []
    for index, start in enumerate(rule):
        if start > window_end:
            break
        if start >= window_start and start.date() not in skipped:
            found.append(Occurrence(comm, start, index))
    return found


def series_dates(comm: Communication, limit: int = 1000) -> list[datetime]:
    """Every occurrence start of a bounded series (up to ``limit``), skipped ones excluded."""
    if not comm.recurrence:
        return [comm.start]
    rule = rrulestr(comm.recurrence, dtstart=comm.start)
    skipped = set(comm.skipped_dates)
    out: list[datetime] = []
    for start in rule:
        if len(out) >= limit:
            break
        if start.date() not in skipped:
            out.append(start)
    return out
